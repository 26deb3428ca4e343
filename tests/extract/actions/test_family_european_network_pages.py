"""Family (precision): a page titled after the municipality's European networks or cross-border cooperation
("Europese netwerken en projecten", "Europeisk samarbeid", "Grænseoverskridende samarbejde"), its title under a
breadcrumb: a list of its projects, one of them finished ("Afgeronde projecten" / "- X (LIFE, 2019-2022). Het
project is afgerond."), is the relation's news, not a tracker. A plan of actions titled otherwise stays a tracker."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

PAGES = [
    (
        "nl",
        text_of(
            "Home / Bestuur / Europa",
            "",
            "Europese netwerken en projecten",
            "",
            "De gemeente werkt samen over de grens.",
            "",
            "Afgeronde projecten",
            "- Groene Beekdalen (Interreg, 2018-2021). Het project is afgerond.",
        ),
    ),
    (
        "nl",
        text_of(
            "Grensoverschrijdende samenwerking",
            "",
            "Lopende projecten",
            "- Fietsroute Twee Landen (Interreg VI-A). Het project loopt tot 2027.",
            "- Taalcafé (Erasmus+). Dit project is in 2024 gestopt.",
        ),
    ),
    (
        "da",
        text_of(
            "Forside > Politik > EU",
            "",
            "Europæiske netværk og projekter",
            "",
            "Afsluttede projekter",
            "- Grønne Havne (Interreg Øresund, 2019-2022). Projektet er afsluttet.",
        ),
    ),
    (
        "nb",
        text_of(
            "Europeisk samarbeid",
            "",
            "Avsluttede prosjekter",
            "- Kystkultur (Interreg Nordsjø, 2018-2021). Prosjektet er avsluttet.",
            "- Ungdom i Europa (Erasmus+). Prosjektet pågår til 2026.",
        ),
    ),
    (
        "nn",
        text_of(
            "Europeiske nettverk", "", "Avslutta prosjekt", "- Fjordlys (Interreg, 2019-2022). Prosjektet er avslutta."
        ),
    ),
]


@pytest.mark.parametrize(("language", "text"), PAGES)
def test_a_page_about_european_networks_names_no_action(language, text):
    assert rows(text, language) == []


def test_a_plan_about_european_cooperation_stays_a_tracker():
    text = text_of(
        "Handlingsplan for europeisk samarbeid 2024-2027",
        "",
        "Status for tiltakene",
        "1.1 Søke Interreg-midler - Fullført",
        "1.2 Kurs for ansatte - Pågår",
    )
    assert [(code, status) for code, _, status in rows(text, "nb")] == [("1.1", "completed"), ("1.2", "in_progress")]
