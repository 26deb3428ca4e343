"""Family (precision): a page titled on the municipality's European projects and networks ('Europese projecten en
netwerken', 'EU-projekter og netværk') lists projects under headings such as 'Lopende projecten' or 'I gang': the
projects' news, not a tracker's actions. A report titled on the projects' progress alone stays a tracker. Pages
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

PAGES = [
    ("nl", "Gemeente Kinrooi\nEuropese projecten en netwerken\n\nLOPENDE PROJECTEN\n\n"
     "▸ RivierPark 2.0 (Interreg Vlaanderen-Nederland, 2024-2027)\nKinrooi is leadpartner.\n\n"
     "▸ Maasfietsers (LEADER Maasland)\nEen plattelandsproject rond fietstoerisme.\n"),
    ("nl", "Gemeente Bree\nEU-projecten en lidmaatschappen\n\nLopende projecten\n- Grenspark (Interreg)\n"
     "- Fietsroutes Abeek (LEADER)\n"),
    ("da", "Tønder Kommune\nEU-projekter og netværk\n\nIgangværende projekter\n- Marsk (Interreg)\n"
     "- Digesti (LEADER)\n"),
    ("nb", "Vardø kommune\nEU-prosjekter og nettverk\n\nPågående prosjekter\n- Arktisk havn (Interreg Aurora)\n"
     "- Kystkultur (Erasmus+)\n"),
    ("nn", "Voss kommune\nEU-prosjekt og nettverk\n\nPågåande prosjekt\n- Fjellgard (LEADER)\n"
     "- Skuleutveksling (Erasmus+)\n"),
]


@pytest.mark.parametrize(("language", "text"), PAGES)
def test_a_page_on_european_projects_and_networks_names_no_action(language: str, text: str) -> None:
    assert rows(text, language) == []


def test_a_progress_report_on_projects_stays_a_tracker() -> None:
    text = ("Gemeente Bree\nVoortgangsrapportage Europese projecten 2026\n\n"
            "Actie 1  Grenspark\nStatus: afgerond\n\nActie 2  Fietsroutes Abeek\nStatus: loopt\n")
    assert [status for _, _, status in rows(text, "nl")] == ["completed", "in_progress"]
