"""A project paragraph may front its partners in a 'with' phrase and make the issuer the subject after the verb ('Met
Esbjerg (Denemarken) en Husum (Duitsland) testen we ...', 'Med Vardø og Piteå kartlegger vi ...'), or put the verb in
the passive ('Met Pelt en Peer worden knooppunten afgestemd'), or add them after a dash to the project's heading
('Grenzeloos Groen (Interreg Euregio Maas-Rijn, 2022) – met Thorn en Stramproy'): in a project's context the towns
are its project partners. Without a project around it the same phrase names no partner ('Met Parijs
als voorbeeld maken we ...'), and a 'with' phrase whose clause has no 'we' stays no cue."""

from __future__ import annotations

import pytest

P = "project_partner"

PARTNERS = [
    (
        "nl",
        "Veere",
        "Europese projecten\n  * Dune Guardians (Interreg North Sea, 2025-2028)\n"
        "    Met Esbjerg (Denemarken) en Husum (Duitsland) testen we natuurlijke duinversterking.\n",
        {"Esbjerg", "Husum"},
    ),
    (
        "nl",
        "Veere",
        "Het project GreenPort loopt tot 2027. Met Emden en Cuxhaven vergroenen wij in dit project kleine havens.",
        {"Emden", "Cuxhaven"},
    ),
    (
        "nl",
        "Tielt",
        "In het Erasmus+-project Open Scholen zijn drie steden actief. "
        "Met Hazebrouck en Ieper wisselen we leraren uit.",
        {"Hazebrouck", "Ieper"},
    ),
    (
        "da",
        "Skive",
        "EU-projekter\n  * Klitsikring (Interreg North Sea, 2025-2028)\n"
        "    Med Esbjerg og Husum (Tyskland) tester vi naturlig klitforstærkning i projektet.\n",
        {"Esbjerg", "Husum"},
    ),
    (
        "nb",
        "Moskenes",
        "Prosjektet «Kystkultur i endring» (Interreg Aurora, 2024-2027). Med Vardø og Piteå kartlegger vi "
        "kystkulturen i nord.",
        {"Vardø", "Piteå"},
    ),
    (
        "nn",
        "Voss",
        "Prosjektet «Fjordliv» (Interreg Aurora, 2024-2027). Med Kiruna og Tornio kartlegg vi fjellturismen.",
        {"Kiruna", "Tornio"},
    ),
]

PASSIVE_OR_DASHED = [
    (
        "nl",
        "Hamont-Achel",
        '"Fietsend over de grens" (LEADER Grensregio Noord-Limburg, 2025-2026)\n'
        "Met Eindhoven en Weert worden knooppunten van het fietsnetwerk op elkaar afgestemd.\n",
        {"Eindhoven", "Weert"},
    ),
    (
        "nl",
        "Kinrooi",
        "AFGELOPEN PROJECTEN\n"
        "▸ Grenzeloos Groen (Interreg Euregio Maas-Rijn, afgerond in 2022) – met Roermond en Weert.\n",
        {"Roermond", "Weert"},
    ),
    (
        "da",
        "Tønder",
        "Projektet WaddenRoute (Interreg North Sea, 2024-2027)\n"
        "Med Husum og Den Helder bliver cykelruterne koblet sammen.\n",
        {"Husum", "Den Helder"},
    ),
    (
        "nb",
        "Moskenes",
        "Prosjekter\n- Kystkultur (Interreg Aurora, 2024-2027) – med Piteå og Kiruna.\n",
        {"Piteå", "Kiruna"},
    ),
    (
        "nn",
        "Voss",
        "Prosjektet «Fjordliv» (Interreg Aurora, 2024-2027)\nMed Kiruna og Tornio vart turistløypene kopla saman.\n",
        {"Kiruna", "Tornio"},
    ),
]

NONE = [
    ("nl", "Veere", "Met Parijs als voorbeeld maken we de binnenstad autovrij."),
    ("nl", "Veere", "Met de trein naar Keulen bezoeken we de kerstmarkt."),
    ("da", "Skive", "Med Paris som forbillede gør vi bymidten bilfri."),
    ("nb", "Moskenes", "Med Bergen som forbilde gjør vi sentrum bilfritt."),
    ("nl", "Veere", "Met Brugge als voorbeeld werd de binnenstad autovrij gemaakt."),
    ("nn", "Voss", "Vennskapsbyar – med eit blikk på historia."),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), PARTNERS + PASSIVE_OR_DASHED)
def test_towns_in_a_projects_fronted_or_dashed_with_phrase_are_project_partners(rows, language, issuer, text, expected):
    found = rows(text, language, issuer)
    assert {city for city, (relation, _) in found.items() if relation == P} >= expected


@pytest.mark.parametrize(("language", "issuer", "text"), NONE)
def test_a_with_phrase_outside_a_project_names_no_partner(rows, language, issuer, text):
    assert rows(text, language, issuer) == {}
