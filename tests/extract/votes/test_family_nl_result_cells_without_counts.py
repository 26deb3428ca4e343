"""Family (nl): a labelled result whose value a bar follows with one more cell that holds no count ("Uitslag:
Aangenomen  |  voor 100%", "Besluit: aangenomen | zonder stemming", "Stemuitslag: verworpen | bij handopsteking"):
the cell is read as a line under the result, so the item keeps its row. Look-alikes: a result with counts after the
bar keeps them, and a table's row (more bars) is no such line. All items are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes, vote_cells

HEAD = "Raadsvergadering donderdag 11 juni 2026\n\nAgendapunt 7  |  Kadernota 2027\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('  Motie 7.2 "Ruimte voor starters" (D66)\n  Uitslag: Aangenomen  |  voor 100%\n', "adopted"),
        ('  Motie 7.4 "Meer groen op schoolpleinen" (PvdD)\n  Uitslag: Aangenomen | unaniem\n', "adopted"),
        ('Motie 7.5 "Gratis parkeren bij de markt" (VVD)\nStemuitslag: verworpen | bij handopsteking\n', "rejected"),
        ('Amendement 7.1 "Lagere leges" (CDA)\nBesluit: aangenomen | zonder stemming\n', "adopted"),
        ('Motie 7.6 "Toegankelijke speeltuinen" (CU)\nResultaat: aangenomen  |  met algemene stemmen\n', "adopted"),
    ],
)
def test_a_result_with_a_countless_cell_keeps_its_row(text: str, expected: str) -> None:
    assert [o for o, _ in outcomes(HEAD + text, "nl")] == [expected]


def test_counts_after_the_bar_stay_the_results_counts() -> None:
    text = '  Motie 7.2 "Ruimte voor starters" (D66)\n  Uitslag: Aangenomen  |  Voor 20 - Tegen 7\n'
    assert [(c[2], c[3], c[4]) for c in vote_cells(HEAD + text, "nl")] == [("adopted", 20, 7)]


def test_a_table_row_is_no_labelled_result() -> None:
    text = "Uitslag | Motie | Voor | Tegen\nAangenomen | Ruimte voor starters | 27 | 0\n"
    assert all(s != "Uitslag" for _, s in outcomes(HEAD + text, "nl"))
