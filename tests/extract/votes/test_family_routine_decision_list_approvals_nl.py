"""The approval of the previous meeting's decision list written as a sentence ('Besluit: de besluitenlijst wordt
ongewijzigd vastgesteld.') names only the item's routine: the row is about the item's title, which says which list
('Vaststelling besluitenlijst vergadering 10 februari 2026'), as a bare 'Besluit: ongewijzigd vastgesteld.' is.

Look-alikes: a sentence naming another matter ('Besluit: het bestemmingsplan wordt ongewijzigd vastgesteld.') keeps
its words; the agenda's own approval keeps its words as before (tests/.../test_family_nl_manner_only_decision_lines).
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = (
    "Gemeente Testby\nBESLUITENLIJST van de openbare vergadering van de gemeenteraad\n"
    "gehouden op donderdag 8 oktober 2026\n\n"
)

ITEMS = {
    "besluit label": (
        "Agendapunt 3. Vaststelling besluitenlijst vergadering 10 september 2026\n"
        "Besluit: de besluitenlijst wordt ongewijzigd vastgesteld.\n",
        "Vaststelling besluitenlijst vergadering 10 september 2026",
    ),
    "capital, no manner": (
        "3. Besluitenlijst raadsvergadering 17 september 2026\nBesluit: De besluitenlijst wordt vastgesteld.\n",
        "Besluitenlijst raadsvergadering 17 september 2026",
    ),
    "without remarks": (
        "Agendapunt 2 Vaststellen besluitenlijst van 24 september 2026\n"
        "Besluit: de besluitenlijst wordt zonder opmerkingen vastgesteld.\n",
        "Vaststellen besluitenlijst van 24 september 2026",
    ),
    "council as agent": (
        "Agendapunt 4. Besluitenlijst vorige vergadering (3 september 2026)\nDe raad stelt de besluitenlijst vast.\n",
        "Besluitenlijst vorige vergadering (3 september 2026)",
    ),
    "list and minutes": (
        "Agendapunt 3. Besluitenlijst en notulen van 1 oktober 2026\n"
        "Besluit: de besluitenlijst en de notulen worden ongewijzigd vastgesteld.\n",
        "Besluitenlijst en notulen van 1 oktober 2026",
    ),
}


@pytest.mark.parametrize(("item", "title"), ITEMS.values(), ids=ITEMS.keys())
def test_a_routine_list_approval_is_about_the_item(item, title):
    assert outcomes(HEAD + item, "nl") == [("adopted", title)]


def test_a_sentence_naming_another_matter_keeps_its_words():
    item = "Agendapunt 6. Bestemmingsplan Kerkstraat\nBesluit: het bestemmingsplan wordt ongewijzigd vastgesteld.\n"
    assert outcomes(HEAD + item, "nl") == [("adopted", "het bestemmingsplan wordt ongewijzigd vastgesteld")]
