"""Family (precision): a page or report chapter about the municipality's networks, memberships and
international work ("Internasjonalt arbeid: nettverk og EU-prosjekter", "Jaarverslag 2025 - hoofdstuk 6:
Netwerken en Europese projecten") is no tracker: a membership ended or declined, an application turned
down, is the relation's news, not an action's status. A plan of actions about international work, and
a tracker with a heading about cooperation, stay trackers. Pages written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PAGES = [
    (
        "nb",
        "Nordvik kommune\nInternasjonalt arbeid: nettverk og EU-prosjekter\nStatusrapport til formannskapet\n\n"
        "3. EU-prosjekter\n3.1 Interreg Nord - «Fjord og fisk»\n    Prosjektet ble avsluttet i juni 2025.\n"
        "3.2 Søknad til Horizon Europe - «Kald energi»\n    Søknaden ble avslått i mars 2025.\n",
    ),
    (
        "nl",
        "Gemeente Zeedorp\nJaarverslag 2025 - hoofdstuk 5: Netwerken en Europese projecten\n\n5.1 Lidmaatschappen\n"
        "Het lidmaatschap van Cittaslow werd onderzocht, maar het college besliste om niet toe te treden.\n\n"
        "5.2 Europese projecten\nHet Interreg-project Duinkust is in 2025 afgerond.\n",
    ),
    (
        "da",
        "Vesterby Kommune\nInternationalt samarbejde og netværk\n\n1. Medlemskaber\nKommunen meldte sig ud af "
        "Union of the Baltic Cities i 2024.\n\n2. EU-projekter\n2.1 Grøn Havn\nProjektet er afsluttet.\n",
    ),
    (
        "nn",
        "Fjelldal kommune\nÅrsmelding 2025 – Kapittel 8: Internasjonalt samarbeid og nettverk\n\n"
        "8.1 Nettverk\nMedlemskapen i "
        "Nordisk Atlantsamarbeid vart avslutta i 2025.\n\n8.2 Prosjekt\n8.2.1 Erasmus+ skulesamarbeid\n"
        "Prosjektet er i gang.\n",
    ),
    (
        "nl",
        "Internationale samenwerking\n\n1. Netwerken\nDe gemeente is lid van Eurocities. Het lidmaatschap van "
        "Energy Cities is in 2024 opgezegd.\n\n2. Projecten\n2.1 Slimme haven\nHet project loopt nog tot 2027.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), PAGES)
def test_a_page_about_networks_and_international_work_names_no_action(language, text):
    assert rows(text, language) == []


def test_a_plan_of_actions_for_international_work_stays_a_tracker():
    text = (
        "Handlingsplan for internasjonalt samarbeid 2026 – status\n\nTiltak\tAnsvar\tStatus\nNy nettside\t"
        "Kommunikasjon\tFullført\nElevutveksling\tSkole\tPågår\nEU-søknad\tNæring\tIkke startet\n"
    )
    assert [status for _, _, status in rows(text, "nb")] == ["completed", "in_progress", "not_started"]


def test_a_tracker_with_a_cooperation_heading_stays_a_tracker():
    text = (
        "Status klimahandleplan 2026\n\nSamarbejde med erhvervslivet\n\nHandling\tStatus\nEnergitjek i "
        "virksomheder\tGennemført\nFælles ladestandere\tI gang\nGrøn transport\tIkke påbegyndt\n"
    )
    assert [status for _, _, status in rows(text, "da")] == ["completed", "in_progress", "not_started"]
