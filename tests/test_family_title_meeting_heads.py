"""Title family: a meeting record's head is a letterhead and a block of fields. The issuer's name stands left of
the genre, set apart by a wide gap or run into one line with it; the body and the date stand in fields below
("Utvalg:", "Dato:"), with place and hour fields between. The title is the genre, the body and the date; the issuer,
place and hour name no document. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import title

MEETING_HEADS = [
    ("NORDVIK KOMMUNE                                   MØTEPROTOKOLL\nUtvalg:     Formannskapet\n"
     "Møtested:   Rådhuset, møterom 2\nDato:       04.03.2026\nTid:        09:00 - 14:30\nPS 12/26 Budsjett",
     "MØTEPROTOKOLL – Formannskapet 04.03.2026"),
    ("Vestdal herad                                Møtebok\nOrgan:      Heradsstyret\nStad:       Heradshuset\n"
     "Dato:       tysdag 9.6.2026\nSak 30/26 Rekneskap 2025",
     "Møtebok – Heradsstyret 9.6.2026"),
    ("Sønderby Kommune                            Beslutningsprotokol\nØkonomiudvalget\n"
     "------------------------------------------------------------\nMødedato:  Mandag den 2. februar 2026\n"
     "Mødested:  Mødelokale 1\nPunkt 1 Godkendelse af dagsorden",
     "Beslutningsprotokol – Økonomiudvalget 2. februar 2026"),
    ("Østre Fjord kommune                 Møtebok – Hovedutval for helse\n"
     "                          Møtedato: 12.11.2026\n"
     "Møtestad: Kommunehuset\nSak 5/26",
     "Møtebok – Hovedutval for helse 12.11.2026"),
    ("VEJLE KOMMUNE Referat – Teknisk Udvalg – Møde 3. juni 2026\n\nPunkt 1 Lokalplan",
     "Referat – Teknisk Udvalg – Møde 3. juni 2026"),
    ("Gemeente Utrecht Besluitenlijst gemeenteraad 14 april 2026\n\n1. Opening",
     "Besluitenlijst gemeenteraad 14 april 2026"),
    ("Møteprotokoll\nKommunestyret\nMøtested: Rådhussalen\nMøtedato: torsdag 18. juni 2026\n\nSak 41/26",
     "Møteprotokoll – Kommunestyret 18. juni 2026"),
]


@pytest.mark.parametrize(("text", "expected"), MEETING_HEADS)
def test_a_meeting_heads_title_is_its_genre_body_and_date(text, expected):
    assert title(text) == expected


LOOK_ALIKES = [
    # a sentence about the municipality goes on in lower case: its name is no letterhead
    ("Gemeente Utrecht sluit zich aan bij het klimaatverbond\n\nDe raad stemde in.",
     "Gemeente Utrecht sluit zich aan bij het klimaatverbond"),
    # a strategy's motto and foreword: the date in the foreword's sentence is no meeting date
    ("Strategi 2026-2029\n\"Sammen om hverdagen\"\nForord\nStrategien blev vedtaget den 15. december 2025 og afløser",
     "Strategi 2026-2029"),
    # a report's chapter line and prose run on: the date at the end of the prose is no meeting date
    ("Årsrapport 2025\nKapittel 6: Oppfølging av handlingsprogrammet\nTabellene under viser status for tiltakene per\n"
     "31.12.2025. Fremdrift er oppgitt i prosent.",
     "Årsrapport 2025"),
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_a_head_that_is_no_meeting_record_keeps_its_title(text, expected):
    assert title(text) == expected


LETTERS = [
    ("RAADSINFORMATIEBRIEF\nAan:        de gemeenteraad\nVan:        het college\nDatum:      3 maart 2026\n"
     "Onderwerp:  Stand van zaken warmtenet\nGeachte raad,",
     "RAADSINFORMATIEBRIEF – Stand van zaken warmtenet"),
    ("NOTAT\nTil:      Kultur- og Fritidsudvalget\nFra:      Forvaltningen\nDato:     4. maj 2026\n"
     "Emne:     Status for idrætspolitikken\nBaggrund\nUdvalget bad om en status.",
     "Status for idrætspolitikken"),
    ("Collegebrief\nBetreft: aansluiting bij het netwerk van fietssteden\nGeachte leden van de raad,",
     "Collegebrief – aansluiting bij het netwerk van fietssteden"),
    ("Uittreksel uit de notulen van de gemeenteraad\nZitting van 24 maart 2026\nOnderwerp: Lidmaatschap Eurocities\n"
     "Feiten en context",
     "Uittreksel uit de notulen van de gemeenteraad – Lidmaatschap Eurocities"),
    ("Overzicht moties – detailweergave\nNummer: M2026-04\nTitel: Meer groen op schoolpleinen\nStatus: lopend",
     "Overzicht moties – detailweergave – Meer groen op schoolpleinen"),
]


@pytest.mark.parametrize(("text", "expected"), LETTERS)
def test_a_letters_subject_field_names_it(text, expected):
    assert title(text) == expected


def test_an_items_subject_in_a_list_below_prose_is_no_title():
    text = (
        "Overzicht toezeggingen, stand per 1 april 2026\nDit overzicht gaat elk kwartaal naar de raad.\n"
        "Afgedane punten vallen eraf.\nNummer: T-2026-03\nOnderwerp: Onderzoek naar een nieuw zwembad\nStatus: lopend"
    )
    assert title(text) == "Overzicht toezeggingen, stand per 1 april 2026"


SPELLED_OUT = [
    ("Besluitenlijst van de openbare vergadering van de gemeenteraad van Zwolle\n"
     "gehouden op maandag 2 februari 2026 in de raadzaal\nVoorzitter: de burgemeester",
     "Besluitenlijst gemeenteraad Zwolle 2 februari 2026"),
    ("NOTULEN van de openbare vergadering van de gemeenteraad van Venlo, gehouden op\n"
     "dinsdag 12 mei 2026 om 19.30 uur in de raadzaal.\nAanwezig: 37 leden",
     "NOTULEN gemeenteraad Venlo 12 mei 2026"),
    ("Gemeente Ede\nBesluitenlijst van de vergadering van de gemeenteraad\nDatum: donderdag 5 maart 2026, 19.30 uur\n"
     "Voorzitter: de burgemeester",
     "Besluitenlijst gemeenteraad 5 maart 2026"),
    ("Plan- og Miljøudvalget – Referat fra ordinært møde 9. marts 2026\n\nPunkt 1",
     "Plan- og Miljøudvalget – Referat 9. marts 2026"),
    ("Hovedutvalg for oppvekst – Protokoll fra møte 3. februar 2026\n\nSak 1/26",
     "Hovedutvalg for oppvekst – Protokoll 3. februar 2026"),
]


@pytest.mark.parametrize(("text", "expected"), SPELLED_OUT)
def test_a_spelled_out_meeting_title_takes_its_usual_short_form(text, expected):
    assert title(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Verslag van de vergadering met de bewoners van de wijk\n\nOp 3 maart spraken wij",
     "Gehouden oefeningen in 2025\n\nDe brandweer oefende tien keer."],
)
def test_words_like_a_spelled_out_meeting_title_elsewhere_stay(text):
    assert title(text) == text.split("\n")[0]
