"""Status reports whose items are headings numbered by the plan itself ("1.1 Title"), without a keyword
such as "Handling" or "Tiltak", with the report under each; and numbered outlines that are not actions."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions


def _rows(text: str, language: str) -> list[tuple[str | None, str, str]]:
    doc = document_from_text(text, language=language, municipality="Testkommune")
    return [(r.action_id, r.title, r.status) for r in actions.extract(doc)]


REPORTS = [
    (
        "da",
        "Handleplan for klima – status 2024\n\n"
        "1.1 Energirenovering af skoler\n\nAlle syv skoler har fået nye vinduer. Indsatsen er gennemført.\n\n"
        "1.2 Elbiler i hjemmeplejen\n\nDer er indkøbt 20 elbiler, og flere følger i løbet af næste år.\n\n"
        "1.3 Solceller på rådhuset\n\nProjektet er udskudt på grund af manglende midler.",
        [
            ("1.1", "Energirenovering af skoler", "completed"),
            ("1.2", "Elbiler i hjemmeplejen", "unknown"),
            ("1.3", "Solceller på rådhuset", "paused"),
        ],
    ),
    (
        "da",
        "Afrapportering på sundhedspolitikken\n\n"
        "2.1. Røgfri skoletid\n\nAlle folkeskoler har indført røgfri skoletid fra august. Gennemført.\n\n"
        "2.2. Motion for seniorer\n\nTilbuddet er endnu ikke igangsat, da der mangler instruktører.",
        [("2.1", "Røgfri skoletid", "completed"), ("2.2", "Motion for seniorer", "not_started")],
    ),
    (
        "nb",
        "Rapportering på handlingsdelen 2023\n\n"
        "3.1 Ny gang- og sykkelvei\n\nArbeidet pågår, og veien skal åpnes til sommeren.\n\n"
        "3.2 Digital postkasse for innbyggere\n\nLøsningen ble tatt i bruk i mars og fungerer godt.",
        [("3.1", "Ny gang- og sykkelvei", "in_progress"), ("3.2", "Digital postkasse for innbyggere", "completed")],
    ),
    (
        "nb",
        "Status for klimatiltakene\n\n"
        "1.1 Fossilfrie byggeplasser\n\nKravet er innført i alle nye kontrakter fra 2023. Tiltaket er gjennomført.\n\n"
        "1.2 Solceller på skolene\n\nProsjektet er satt på vent til budsjettet er vedtatt.",
        [("1.1", "Fossilfrie byggeplasser", "completed"), ("1.2", "Solceller på skolene", "paused")],
    ),
    (
        "nn",
        "Rapportering på handlingsplanen\n\n"
        "4.1 Ny omsorgsbustad\n\nBygget vart ferdigstilt i haust og er teke i bruk.\n\n"
        "4.2 Breiband i grendene\n\nArbeidet er i gang og skal vere ferdig i 2025.",
        [("4.1", "Ny omsorgsbustad", "completed"), ("4.2", "Breiband i grendene", "in_progress")],
    ),
    (
        "nn",
        "Status for tiltaka i planen\n\n"
        "2.1 Symjeopplæring for vaksne\n\nTilbodet er avlyst på grunn av få påmelde.\n\n"
        "2.2 Ny turveg rundt vatnet\n\nTiltaket er ikkje starta.",
        [("2.1", "Symjeopplæring for vaksne", "cancelled"), ("2.2", "Ny turveg rundt vatnet", "not_started")],
    ),
    (
        "nl",
        "Voortgangsrapportage duurzaamheid\n\n"
        "1.1 Energieloket\n\nHet energieloket is sinds maart open voor alle inwoners. Afgerond.\n\n"
        "1.2 Laadpalen in de wijken\n\nDoor netcongestie is de plaatsing tijdelijk stilgelegd.",
        [("1.1", "Energieloket", "completed"), ("1.2", "Laadpalen in de wijken", "paused")],
    ),
    (
        "nl",
        "Stand van zaken uitvoeringsprogramma\n\n"
        "5.1. Groene schoolpleinen\n\nDrie schoolpleinen zijn vergroend, de vierde volgt. Loopt volgens planning.\n\n"
        "5.2. Warmtevisie\n\nDe warmtevisie is in juni door de raad vastgesteld en daarmee gerealiseerd.",
        [("5.1", "Groene schoolpleinen", "in_progress"), ("5.2", "Warmtevisie", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), REPORTS)
def test_numbered_headings_in_a_status_report_are_actions_with_their_number(language, text, expected):
    assert _rows(text, language) == expected


NOT_ACTIONS = [
    (
        "da",
        "Klimaplan 2030\n\n1.1 Energirenovering af skoler\n\nVi vil renovere alle skoler inden 2030.\n\n"
        "1.2 Elbiler i hjemmeplejen\n\nHjemmeplejen skal køre i elbiler.",
    ),
    ("da", "Status\n\nIndhold\n1.1 Forord 3\n1.2 Indledning 5\n1.3 Metode 7"),
    (
        "nb",
        "Kommuneplanens samfunnsdel\n\n2.1 Levende sentrum\n\nVi skal ha et levende sentrum.\n\n"
        "2.2 Gode skoler\n\nAlle barn skal lære mer.",
    ),
    (
        "nn",
        "Planprogram\n\n1.1 Bakgrunn\n\nKommunen skal rullere planen.\n\n1.2 Føremål\n\nPlanen skal gje retning.",
    ),
    (
        "nl",
        "Coalitieakkoord 2022-2026\n\n1.1 Wonen\n\nWij zorgen voor meer betaalbare woningen.\n\n"
        "1.2 Economie\n\nWij zorgen voor een sterke lokale economie.",
    ),
    ("nl", "Status van dit document: concept\n\nInhoud\n1.1 Inleiding 2\n1.2 Aanpak 4\n2.1 Planning 6"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ACTIONS)
def test_a_numbered_outline_without_reported_status_gives_no_actions(language, text):
    assert _rows(text, language) == []


MORE = {
    "da": [
        ("Status på handleplanen", "4.1 Flere lærepladser", "Målet er nået, og indsatsen er afsluttet.", "completed"),
        ("Opfølgning 2024", "2.3. Bedre busforbindelser", "Arbejdet pågår sammen med trafikselskabet.", "in_progress"),
        ("Afrapportering", "1.4 Nyt medborgerhus", "Projektet er opgivet efter borgermødet.", "cancelled"),
    ],
    "nb": [
        (
            "Status for handlingsplanen",
            "4.1 Flere lærlingeplasser",
            "Målet er nådd, og tiltaket er avsluttet.",
            "completed",
        ),
        ("Rapportering 2024", "2.3. Bedre bussruter", "Arbeidet pågår i samarbeid med fylket.", "in_progress"),
        ("Oppfølging av planen", "1.4 Nytt kulturhus", "Prosjektet er skrinlagt etter folkemøtet.", "cancelled"),
    ],
    "nn": [
        ("Status for handlingsplanen", "4.1 Fleire lærlingplassar", "Tiltaket er gjennomført.", "completed"),
        ("Rapportering 2024", "2.3. Betre bussruter", "Arbeidet pågår saman med fylket.", "in_progress"),
        ("Oppfølging av planen", "1.4 Nytt kulturhus", "Prosjektet er avlyst etter folkemøtet.", "cancelled"),
    ],
    "nl": [
        (
            "Voortgang uitvoeringsagenda",
            "4.1 Meer stageplekken",
            "Het doel is bereikt en de actie is afgerond.",
            "completed",
        ),
        ("Stand van zaken 2024", "2.3. Betere busverbindingen", "Het overleg met de provincie loopt.", "in_progress"),
        ("Voortgangsrapportage", "1.4 Nieuw buurthuis", "Het project is geschrapt na de inspraakavond.", "cancelled"),
    ],
}


@pytest.mark.parametrize(
    ("language", "title", "heading", "report", "status"),
    [(lang, *case) for lang, cases in MORE.items() for case in cases],
)
def test_each_numbering_style_under_a_status_heading(language, title, heading, report, status):
    number, name = heading.split(" ", 1)
    text = f"{title}\n\n{heading}\n\n{report}\n\n1.9 Evaluering\n\nSe bilag."
    assert _rows(text, language)[0] == (number.rstrip("."), name, status)
