"""Family: a status report, annual report or evaluation (a document of a voteless type) tells of a plan's adoption,
of proposals not adopted and of items put off: no vote of a meeting. A page of such a type that quotes a council
decision word for word under a dated lead-in still records that decision."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.votes.doc_kind import quotes_dated_decision
from pipeline.extract.votes.extractor import extract
from pipeline.extract.votes.lexicon import lexicon
from pipeline.text.structure import split_lines

_TRACKER_NN = (
    "Rapportering på handlingsplan for klima 2025–2028\nStatus per 30. april 2026 – til Utval for teknikk og miljø\n\n"
    "INNSATSOMRÅDE 1: TRANSPORT\n| Nr  | Tiltak                        | Status    | Merknad                  |\n"
    "|-----|-------------------------------|-----------|--------------------------|\n"
    "| 1.1 | Ladepunkt ved rådhuset        | Fullført  | Seks punkt i drift.      |\n"
    "| 1.2 | Innfartsparkering i Nesbygda  | I gang    | Forseinka til 2027.      |\n\n"
    "INNSATSOMRÅDE 2: BYGG\n| Nr  | Tiltak                        | Status    | Merknad                  |\n"
    "|-----|-------------------------------|-----------|--------------------------|\n"
    "| 2.1 | Solceller på Nes skule        | Avlyst    | Kommunestyret avslo løyving. |\n\n"
    "Nytt tiltak (framlegg): Sykkelhotell ved ferjekaia. Tiltaket er ikkje vedteke og inngår ikkje i planen.\n\n"
    "Samla vurdering: Arbeidet går etter planen.\nSakshandsamar: Klimarådgjevar, Nesvik kommune\n"
)
_ANNUAL_NB = (
    "Årsmelding 2025 – internasjonalt samarbeid\nBergvik kommune\n\n1 Innledning\n"
    "Årsmeldingen gir en oversikt over arbeidet i 2025.\n\n2 Handlingsplanen\n"
    "Handlingsplanen ble vedtatt av kommunestyret 12. juni 2025 med 25 mot 8 stemmer.\n"
    "Et forslag om å utvide planen med et nytt tiltak ble ikke vedtatt.\n\n3 Aktiviteter\n"
    "Elevutvekslingen med vennskapsbyen ble gjennomført i mai.\nLærerkurset er utsatt til 2026.\n\n"
    "4 Økonomi\nKommunen brukte 150 000 kroner.\n\n5 Videre arbeid\nRapporten legges fram for formannskapet.\n"
    "Kontaktperson: Rådgiver for internasjonalt arbeid\n"
)
_PROGRESS_NL = (
    "Voortgangsrapportage Uitvoeringsprogramma Duurzaamheid 2026\nGemeente Polderwijk\n\n1. Inleiding\n"
    "Deze rapportage beschrijft de stand van zaken per 1 juli 2026.\n\n2. Besluitvorming\n"
    "Het programma is op 14 november 2024 door de raad vastgesteld met 22 stemmen voor en 5 tegen.\n"
    "Een amendement om het budget te verhogen werd toen verworpen.\n\n3. Stand van zaken\n"
    "De zonnepanelen op het gemeentehuis zijn geplaatst.\nDe warmtevisie wordt herzien.\n\n"
    "4. Financiën\nEr is 1,2 miljoen euro uitgegeven.\n\n5. Vervolg\nDe volgende rapportage volgt in januari.\n"
    "Contact: afdeling Ruimte, gemeente Polderwijk\n"
)
_EVALUATION_NL = (
    "Evaluatie van het stedenbandbeleid 2020-2025\nGemeente Hoogkerk aan Zee\n\nInleiding\n"
    "In deze evaluatie kijken we terug op vijf jaar stedenband.\n\nAanleiding\n"
    "De raad nam op 9 maart 2020 unaniem een motie aan die om deze evaluatie vroeg.\n\n"
    "Wat is er bereikt?\nDe scholenuitwisseling is drie keer gehouden.\nDe sportreis is geannuleerd.\n\n"
    "Conclusie\nDe stedenband heeft meerwaarde voor het onderwijs.\n"
    "Het college stelt voor de evaluatie voor kennisgeving aan te nemen.\n"
    "Opgesteld door: beleidsadviseur internationale zaken\n"
)
_EVALUATION_NB = (
    "Evaluering av frivillighetsstrategien 2021–2025\nØstmark kommune\n\n1 Bakgrunn\n"
    "Evalueringen er bestilt av formannskapet.\n\n2 Metode\nVi har intervjuet tolv lag og foreninger.\n\n"
    "3 Resultater\nFrivilligsentralen er etablert.\nEt forslag om gratis lokaler ble ikke vedtatt i budsjettet.\n"
    "Tiltaket om felles utstyrsbank er avsluttet.\n\n4 Vurdering\nStrategien har virket etter hensikten.\n\n"
    "5 Videre arbeid\nEvalueringen legges fram for kommunestyret.\nUtarbeidet av: Kultur og samfunn\n"
)


@pytest.mark.parametrize(
    ("language", "text"),
    [("nn", _TRACKER_NN), ("nb", _ANNUAL_NB), ("nl", _PROGRESS_NL), ("nl", _EVALUATION_NL), ("nb", _EVALUATION_NB)],
)
def test_reports_and_evaluations_record_no_votes(language: str, text: str) -> None:
    doc = document_from_text(text, language=language)
    assert doc.doc_type in ("report", "evaluation")
    assert extract(doc) == []


_QUOTED = [
    ("nb", "Bystyret vedtok følgende 14.03.2024:\n\n«Fra 1. januar 2025 skal alle vedtak rapporteres hvert kvartal.»"),
    ("nn", "Kommunestyret gjorde slikt vedtak 3. mai 2023:\n“Rådmannen legg fram ein rapport kvart halvår.”"),
    ("da", 'Byrådet besluttede den 2. februar 2024:\n"Opfølgningen forelægges udvalget to gange årligt."'),
    ("nl", "De gemeenteraad besloot op 12 maart 2025:\n„Het college rapporteert elk kwartaal over de moties.”"),
    ("nb", "Formannskapet vedtok 2024-10-01 dette:\n«Kommunedirektøren bes legge fram en oversikt over alle vedtak.»"),
]
_NOT_QUOTED = [
    ("nb", "Bystyret vedtok følgende 14.03.2024:\n\n- rapportering hvert kvartal\n- oversikt på nettsidene"),
    # a dated lead-in naming no decision
    ("nl", "Stand van zaken per 1 juli 2026:\n„Voortgang” betekent hier: begonnen maar niet klaar."),
    ("da", 'Status for indsatserne:\n"Grøn" betyder gennemført.'),
    ("nn", "Rapporten vart lagd fram 3. mai 2023. «Grønt» tyder fullført."),  # the date line does not lead in
]


@pytest.mark.parametrize(("language", "text"), _QUOTED)
def test_a_dated_lead_in_over_a_quote_is_a_quoted_decision(language: str, text: str) -> None:
    assert quotes_dated_decision(split_lines(text), lexicon(language))


@pytest.mark.parametrize(("language", "text"), _NOT_QUOTED)
def test_look_alikes_quote_no_decision(language: str, text: str) -> None:
    assert not quotes_dated_decision(split_lines(text), lexicon(language))


def test_a_report_quoting_a_dated_decision_keeps_it() -> None:
    text = _ANNUAL_NB.replace(
        "4 Økonomi\n",
        "Kommunestyret vedtok følgende 29.09.2025:\n«Fra 2026 skal arbeidet rapporteres to ganger i året.»\n\n"
        "4 Økonomi\n",
    )
    doc = document_from_text(text, language="nb")
    assert doc.doc_type == "report"
    assert [row.meeting_date for row in extract(doc) if row.outcome == "adopted"] != []
