"""A result line under a motion's or amendment's heading that names only the proposal's kind, or who withdrew it for
now, is that proposal's row.

Besluitenlijsten put each motion on a heading line ("Motie M1 'Tiny houses op tijdelijke locaties' (CDA, BOP)")
and its result on the line under it: 'Besluit: motie aangenomen, unaniem.', 'Uitslag: amendement verworpen met 9
stemmen voor en 18 tegen', 'Door de indiener aangehouden.', 'Besluit: op verzoek van het college aangehouden tot
2 juli 2026.'. The kind ('motie') or the agent ('door de indiener') names nothing new: the row is about the
heading above, with the line's outcome and counts.

Look-alikes: a result line naming another proposal by its own words keeps them, and a heading without a result
line under it records nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

HEAD = (
    "Besluitenlijst van de openbare vergadering van de gemeenteraad van Testdorp\n"
    "gehouden op woensdag 18 maart 2026\n\n"
)
CASE = " 5.1 Woonvisie Testdorp 2026-2035\n     Raadsvoorstel: aangenomen met 17 stemmen voor en 3 tegen.\n\n"
MOTION = "     Motie M1 'Tiny houses op tijdelijke locaties' (CDA, BOP)\n"
AMENDMENT = "     Amendement A2 'Meer groen in de wijk' (D66)\n"
CITED = {MOTION: "Motie M1 Tiny houses op tijdelijke locaties", AMENDMENT: "Amendement A2 Meer groen in de wijk"}


@pytest.mark.parametrize(
    ("heading", "line", "expected"),
    [
        (MOTION, "Besluit: motie aangenomen, unaniem.", ("adopted", None, 0)),
        (MOTION, "Besluit: de motie is unaniem aangenomen.", ("adopted", None, 0)),
        (AMENDMENT, "Besluit: amendement verworpen.", ("rejected", None, None)),
        (AMENDMENT, "Uitslag: amendement verworpen met 9 stemmen voor en 18 tegen", ("rejected", 9, 18)),
        (MOTION, "Door de indiener aangehouden.", ("postponed", None, None)),
        (MOTION, "Besluit: op verzoek van het college aangehouden tot 2 juli 2026.", ("postponed", None, None)),
    ],
)
def test_a_result_line_naming_the_kind_is_the_headings_row(heading: str, line: str, expected: tuple) -> None:
    outcome, for_, against = expected
    label = CITED[heading]
    rows = vote_cells(HEAD + CASE + heading + "     " + line + "\n", "nl")
    assert rows[-1] == ("5.1", label, outcome, for_, against, None)
    assert len(rows) == 2


def test_a_heading_without_a_result_line_records_nothing() -> None:
    rows = vote_cells(HEAD + CASE + MOTION + "\n 5.2 Herinrichting Brink\n     Besluit: aangehouden.\n", "nl")
    assert len(rows) == 2
    assert all("Tiny houses" not in (row[1] or "") for row in rows)
