"""Family: lines a portal export or a plan writes that look like items with a status but name none. (1) A portal
form's field: a choice field whose value is one of its label's choices ("Åben/lukket: Åben", "Open/lukka: Open",
"Openbaar/besloten: Besloten"), a case file or officer field, a bare "Status:" label. (2) A bulleted list under a
heading naming networks or relations ("4.2 Netværk", "Nettverk", "Netwerken") inside a longer plan: its lines tell how
the municipality stands to a programme ("- LAG/LEADER: ikke længere aktuelt"), no action of the plan. (3) A
slash-joined programme label ("EU/LEADER2") carries no item code. Snippets written for these tests: portal record
blocks in four languages with varied separators and field order; network lists with numbered and unnumbered
headings; look-alikes that stay actions (a real title field, an action list under an action heading)."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.case_pages import form_field
from pipeline.extract.actions.rules import lexicon
from tests.extract.actions.helpers import rows, text_of

FORM_FIELDS = [
    ("da", "Åben/lukket: Åben"),
    ("da", "Åben/lukket: Lukket"),
    ("da", "Sagsnr.: 25/14470"),
    ("da", "Status:"),
    ("nb", "Åpen/lukket: Åpen"),
    ("nb", "Saksnr.: 26/402"),
    ("nn", "Open/lukka: Open"),
    ("nn", "Sakshandsamar: Kari Nes"),
    ("nl", "Openbaar/besloten: Besloten"),
    ("nl", "Status:"),
]

# a field whose value is no choice of its label, or a title: not a form field
NOT_FORM_FIELDS = [
    ("da", "Cykelsti/fortov: Anlagt langs Ringvejen"),
    ("da", "Titel: Ny cykelsti ved skolen"),
    ("nb", "Tiltak 3: Ny gangbru"),
    ("nn", "Ladestasjonar/elbil: Fem nye ladarar"),
    ("nl", "Zonnepanelen/daken: Gereed op drie scholen"),
]


@pytest.mark.parametrize(("language", "line"), FORM_FIELDS)
def test_a_portal_form_field_names_no_action(language: str, line: str) -> None:
    lex = lexicon(language)
    assert lex is not None and form_field(line, lex)


@pytest.mark.parametrize(("language", "line"), NOT_FORM_FIELDS)
def test_a_field_whose_value_is_not_one_of_its_choices_is_no_form_field(language: str, line: str) -> None:
    lex = lexicon(language)
    assert lex is not None and not form_field(line, lex)


RELATION_LISTS = [
    (
        "da",
        text_of(
            "Aalborg Kommunes internationale strategi 2026-2029",
            "",
            "4.2 Netværk og programmer",
            "  - Eurocities: kommunen er medlem og deltager i klimagruppen.",
            "  - LAG/LEADER: ikke længere aktuelt i den nye periode; kommunen",
            "    deltager ikke.",
            "  - EU/Interreg: bruges til to mindre projekter.",
        ),
    ),
    (
        "nb",
        text_of(
            "Strategi for internasjonalt arbeid, Steinkjer kommune",
            "",
            "Nettverk",
            "- KS/LEADER: ikke lenger aktuelt; kommunen deltar ikke.",
            "- Interreg/Aurora: brukes i ett prosjekt om reiseliv.",
        ),
    ),
    (
        "nn",
        text_of(
            "Plan for internasjonalt arbeid, Sogndal kommune",
            "",
            "3 Nettverk",
            "• LAG/LEADER: ikkje lenger aktuelt; kommunen deltek ikkje.",
            "• Nordic Safe Cities: kommunen er medlem sidan 2021.",
        ),
    ),
    (
        "nl",
        text_of(
            "Internationaal beleidskader gemeente Montferland 2026-2030",
            "",
            "3.1 Netwerken",
            "  - Euregio Rijn-Waal: de gemeente is lid.",
            "  - POP3/LEADER: niet meer van toepassing na 2023; Montferland",
            "    neemt er niet meer aan deel.",
            "  - EFRO/Interreg: gebruikt voor twee kleine projecten.",
        ),
    ),
]


@pytest.mark.parametrize(("language", "text"), RELATION_LISTS)
def test_a_networks_section_list_reports_relations_not_actions(language: str, text: str) -> None:
    assert rows(text, language) == []


ACTION_LISTS = [
    (
        "da",
        text_of(
            "Klimahandleplan 2024-2026, status",
            "",
            "Handlinger",
            "- Solceller på rådhuset: gennemført.",
            "- Ny cykelsti ved skolen: igangsat.",
        ),
        "Solceller på rådhuset",
    ),
    (
        "nl",
        text_of(
            "Uitvoeringsprogramma duurzaamheid 2025",
            "",
            "Acties",
            "- Zonnepanelen op scholen: afgerond.",
            "- Nieuw fietspad: gestart.",
        ),
        "Zonnepanelen op scholen",
    ),
]


@pytest.mark.parametrize(("language", "text", "title"), ACTION_LISTS)
def test_an_action_list_under_an_action_heading_stays(language: str, text: str, title: str) -> None:
    assert title in [found for _, found, _ in rows(text, language)]


def test_a_slash_joined_programme_label_carries_no_code() -> None:
    text = text_of(
        "Status klimaplan 2025",
        "",
        "Tiltak",
        "- EU/LEADER2: ikke lenger aktuelt; kommunen deltar ikke.",
    )
    assert all(code != "EU" and not (title or "").startswith("/") for code, title, _ in rows(text, "nb"))
