"""Family 2 (nl): a results list that writes each agenda point, its title and its result on one line ("AP 7
Amendement A1: verworpen, 11 voor / 26 tegen", "Agendapunt 8  Motie M3: aangenomen"): one row per line, the
point's number as case, the title as subject, the counts when given. A point line whose title only ends in a
colon, or whose text after the colon is no result, opens the point without a decision."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeenteraad\nStemmingsuitslagen gemeenteraad - donderdag 28 mei 2026\n\n"

LINES = [
    ("AP 7  Amendement A1: verworpen, 11 voor / 26 tegen", ("7", "Amendement A1", "rejected", 11, 26)),
    ("Agendapunt 8  Motie M3: aangenomen, 20 voor / 17 tegen", ("8", "Motie M3", "adopted", 20, 17)),
    ("Punt 4.2 Verordening parkeren: vastgesteld", ("4.2", "Verordening parkeren", "adopted", None, None)),
    ("Agp 9 Motie Bomenkap: aangehouden", ("9", "Motie Bomenkap", "postponed", None, None)),
    ("AP 5b Jaarstukken 2025: aangenomen, 30 voor, 7 tegen", ("5b", "Jaarstukken 2025", "adopted", 30, 7)),
]


@pytest.mark.parametrize(("line", "row"), LINES)
def test_a_point_line_with_its_result_is_one_row(line, row):
    rows = votes(HEAD + line + "\nAgendapunt 20 Sluiting\n", "nl")
    assert [(r.case_number, r.subject, r.outcome, r.votes_for, r.votes_against) for r in rows] == [row]


@pytest.mark.parametrize(
    "line",
    [
        "Agendapunt 7  Amendement A1:",
        "AP 7  Amendement A1: toelichting van de indiener",
        "Punt 4 Vragenuur: geen vragen",
    ],
)
def test_a_point_line_without_a_result_decides_nothing(line):
    assert votes(HEAD + line + "\n", "nl") == []
