"""A tally line: counts each with its share in brackets ("Voor 18 (67%)  Tegen 9 (33%)", "For 31 (89 %) Mot 4
(11 %)"), as vote pages, surveys and attendance lists give them. The percent is the share of a count, never the
share of an item's work done: such a line names no action. An item with its progress in brackets
("Ladestasjoner ved rådhuset (40 %)", "Zonnepanelen op 12 scholen (75%)") stays one. Documents written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

TALLIES = [
    ("nl", "Uitslag: VERWORPEN\tVoor 9 (36%) Tegen 16 (64%)"),
    ("nl", "Resultaat enquête\tJa 412 (81 %) Nee 97 (19 %)"),
    ("da", "Afstemning: For 15 (60 %) Imod 10 (40 %)"),
    ("nb", "Resultat: Vedtatt\tFor 31 (89 %) Mot 4 (11 %)"),
    ("nn", "Røysting: For 20 (74 prosent) Mot 7 (26 prosent)"),
    ("nb", "Oppmøte 35 (100 %) Forfall 0 (0 %)"),
]


@pytest.mark.parametrize(("language", "tally"), TALLIES)
def test_a_tally_line_is_no_action(language, tally):
    text = text_of("Møte 12.05.2026", "", "Sak 4", tally, "", "Sak 5", tally.replace("9", "8"))
    assert rows(text, language) == []


def test_items_with_their_progress_in_brackets_stay():
    text = text_of(
        "Status for klimatiltakene 2026",
        "",
        "Ladestasjoner ved rådhuset (40 %)",
        "Ny sykkelparkering ved 3 skoler (100 %)",
        "Energisparing i 12 barnehager (0 %)",
    )
    assert rows(text, "nb") == [
        (None, "Ladestasjoner ved rådhuset", "in_progress"),
        (None, "Ny sykkelparkering ved 3 skoler", "completed"),
        (None, "Energisparing i 12 barnehager", "not_started"),
    ]


def test_a_dutch_item_with_a_count_in_its_title_stays():
    text = text_of(
        "Voortgang uitvoeringsagenda duurzaamheid",
        "",
        "Zonnepanelen op 12 scholen (75%)",
        "Warmtescans voor 400 woningen (100%)",
    )
    assert [r[2] for r in rows(text, "nl")] == ["in_progress", "completed"]
