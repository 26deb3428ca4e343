"""A tracker's status field that its explanation shows to be stale, and item titles without the status
written after them (snippets written for these tests).

- Stale field: the explanation speaks of the item with a generic word for it ("Ordningen", "Anlægsarbejdet",
  "Het onderzoek") and reports a later stage than the field: the explanation wins. A field ahead of its
  explanation, or an explanation about a sub-step, leaves the field.
- Titles: "Ny turveg – starta", "Ny hall (utsatt)" and a status label run onto the title when the page was
  unwrapped ("Ny leikeplass Status") name the item without the status; a heading numbered like the item
  before it but without the keyword ("Tiltak 3.3 ..." then "3.4 ...") is the next item.
"""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

STALE = [
    (
        "da",
        "Beslutning B-31: Naturlegeplads ved Skovvej\nStatus: Ikke igangsat\n"
        "Bemærkning: Anlægsarbejdet gik i gang i april og forventes afsluttet i september.",
        ("B-31", "Naturlegeplads ved Skovvej", "in_progress"),
    ),
    (
        "da",
        "Byrådssag 2024-17 Gratis morgenmad i udskolingen\nStatus: I gang\n"
        "Bemærkning: Ordningen blev indført efter efterårsferien og er nu evalueret.",
        ("2024-17", "Gratis morgenmad i udskolingen", "completed"),
    ),
    (
        "nb",
        "Verbalforslag 9 – Gratis kveldsmat i SFO\nStatus: Under arbeid\n"
        "Beskrivelse: Ordningen ble innført fra skolestart i august og er nå evaluert.",
        ("9", "Gratis kveldsmat i SFO", "completed"),
    ),
    (
        "nb",
        "Vedtak 52/2024 Ny flerbrukshall\nStatus: Ikke påbegynt\n"
        "Kommentar: Grunnarbeidet ble satt i gang i mars, og byggingen pågår.",
        ("52/2024", "Ny flerbrukshall", "in_progress"),
    ),
    (
        "nn",
        "Oppdrag 2024-09 Ny symjehall på Moen\nStatus: Ikkje starta\n"
        "Kommentar: Arbeidet vart sett i gang i februar, og grunnarbeidet er no ferdig.",
        ("2024-09", "Ny symjehall på Moen", "in_progress"),
    ),
    (
        "nn",
        "Oppdrag OP-12 Gratis kjernetid i barnehagen\nStatus: Under arbeid\n"
        "Kommentar: Ordninga vart innført frå 1. august og er no evaluert.",
        ("OP-12", "Gratis kjernetid i barnehagen", "completed"),
    ),
    (
        "nl",
        "Toezegging TZ-061 Onderzoek naar een tweede zwembad\nStatus: Nog niet gestart\n"
        "Toelichting: Het onderzoek is inmiddels afgerond en in mei naar de raad gestuurd.",
        ("TZ-061", "Onderzoek naar een tweede zwembad", "completed"),
    ),
    (
        "nl",
        "Motie M2024-22 Proef met deelscooters\nStatus: Nog niet gestart\n"
        "Toelichting: De pilot is in maart van start gegaan en loopt tot het einde van het jaar.",
        ("M2024-22", "Proef met deelscooters", "in_progress"),
    ),
]

NOT_STALE = [  # the field stays: the explanation is about a sub-step, or reports an earlier stage
    (
        "da",
        "Beslutning B-40: Ny svømmehal\nStatus: I gang\n"
        "Bemærkning: Udbuddet er afsluttet, og kontrakten er underskrevet.",
        ("B-40", "Ny svømmehal", "in_progress"),
    ),
    (
        "nb",
        "Vedtak 61/2024 Ny brannstasjon\nStatus: Pågår\nKommentar: Anbudskonkurransen er avsluttet.",
        ("61/2024", "Ny brannstasjon", "in_progress"),
    ),
    (
        "nl",
        "Motie M2024-30 Meer bankjes\nStatus: Afgedaan\n"
        "Toelichting: De bankjes zijn in overleg met de wijkraad gekozen.",
        ("M2024-30", "Meer bankjes", "completed"),
    ),
]

TITLES = [
    (
        "nn",
        "Oppfølging av handlingsdelen 2024\n\nTiltak 3.1 Utvide opningstida på biblioteket\n"
        "Opningstida vart utvida frå 1. september, og tiltaket er fullført.\n\n"
        "Tiltak 3.2 Ny turveg rundt Storevatnet – starta\nArbeidet med traséen pågår framleis.\n\n"
        "Tiltak 3.3 Meir kortreist mat i kantinene – ikkje starta\n\n"
        "3.4 Felles innkjøpsordning med nabokommunane\nAvtalen vart underskriven i mars. Tiltaket er avslutta.",
        [
            ("3.1", "Utvide opningstida på biblioteket", "completed"),
            ("3.2", "Ny turveg rundt Storevatnet", "in_progress"),
            ("3.3", "Meir kortreist mat i kantinene", "not_started"),
            ("3.4", "Felles innkjøpsordning med nabokommunane", "completed"),
        ],
    ),
    (
        "nb",
        "Årsmelding 2024 – status for tiltakene\n\nTiltak 2.1 Etablere frisklivssentral\n"
        "Kommunen har i hele perioden samarbeidet med helseforetaket og frivillige lag om tilbudet.\n"
        "Frisklivssentralen åpnet i februar og er nå i full drift.\n\nTiltak 2.2 Ny kulturstrategi – ferdigstilt\n"
        "Strategien ble vedtatt i kommunestyret i juni.\n\n2.3 Kartlegge turstier (utsatt)\n",
        [
            ("2.1", "Etablere frisklivssentral", "completed"),
            ("2.2", "Ny kulturstrategi", "completed"),
            ("2.3", "Kartlegge turstier", "paused"),
        ],
    ),
    (
        "da",
        "Status på handleplanen\n\nHandling 1.1 Flere bænke langs åen – gennemført\n"
        "Handling 1.2 Ny hundeskov (udskudt)\n1.3 Lys på stien til stationen: i gang\n",
        [
            ("1.1", "Flere bænke langs åen", "completed"),
            ("1.2", "Ny hundeskov", "paused"),
            ("1.3", "Lys på stien til stationen", "in_progress"),
        ],
    ),
    (
        "nl",
        "Voortgang uitvoeringsprogramma\n\nActie 4.1 Groene daken op scholen – afgerond\n"
        "Actie 4.2 Deelauto's in de kernen (vertraagd)\n4.3 Regenwatertonnen voor inwoners: nog niet gestart\n",
        [
            ("4.1", "Groene daken op scholen", "completed"),
            ("4.2", "Deelauto's in de kernen", "in_progress"),
            ("4.3", "Regenwatertonnen voor inwoners", "not_started"),
        ],
    ),
]

NOT_TITLES = [  # a number that is no sibling: a date, a year span, a chapter of another depth
    ("nb", "Tiltak 1.1 Ny gangvei – gjennomført\n2024 Årsrapport for kommunen\n1 Innledning"),
    ("da", "Handling 2.1 Ny legeplads – gennemført\n12.03.2024 Møde i udvalget\n3 Økonomi"),
]


@pytest.mark.parametrize(("language", "text", "expected"), STALE)
def test_an_explanation_about_the_item_overrides_a_stale_status_field(language, text, expected):
    assert rows(text, language) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), NOT_STALE)
def test_a_sub_step_or_an_earlier_stage_leaves_the_status_field(language, text, expected):
    assert rows(text, language) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), TITLES)
def test_titles_carry_no_status_and_keywordless_siblings_are_items(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text"), NOT_TITLES)
def test_dates_years_and_chapters_after_an_item_are_no_siblings(language, text):
    assert len(rows(text, language)) == 1
