"""Decision tables with items down and parties across: each party's vote mark ("V"/"T", "voor"/"tegen", "ja"/"nee")
in a column of its own between the subject and the outcome. The mark columns name no role and do not make the
table unknown; a table whose extra columns hold anything but marks stays no decision list."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import vote_cells

GRID_NL = """Stemmingsuitslagen raadsvergadering donderdag 12 maart 2026

+----+------------------------------+-----+-----+-----+-------------+
| Nr | Onderwerp                    | VVD | CDA | D66 | Uitslag     |
+----+------------------------------+-----+-----+-----+-------------+
| 1  | Motie 3 'Groene schoolpleinen'| V   | T   | V   | Aangenomen  |
|    |                              |     |     |     | 11 - 6      |
| 2  | Bestemmingsplan Kerkstraat   | V   | V   | V   | Unaniem     |
|    |                              |     |     |     | aangenomen  |
+----+------------------------------+-----+-----+-----+-------------+
"""

PIPE_NL = """Gemeenteraad Testby
Uitslagen van de stemmingen in de raadsvergadering van 3 februari 2026

| Agendapunt | Onderwerp | GL | PvdA | SP | Besluit |
| --- | --- | --- | --- | --- | --- |
| 4 | Amendement A Verordening parkeren | tegen | voor | voor | Verworpen 9-14 |
| 5 | Verordening parkeren 2026 | voor | voor | tegen | Aangenomen 20-3 |
| 6 | Motie vreemd aan de orde 'Ijsbaan' | voor | tegen | tegen | Verworpen 8-15 |
"""

TABS_NL = (
    "Raadsvergadering 17 december 2025 - stemmingen\n\n"
    "Nr\tOnderwerp\tLokaal\tVVD\tCU\tResultaat\n"
    "7\tBegroting 2026\tV\tV\tT\tAangenomen 15 - 2\n"
    "8\tMotie 2 'Minder leges'\tT\tV\tT\tVerworpen 5 - 12\n"
)

FLEMISH_GRID = """Gemeenteraad zitting van dinsdag 24 maart 2026 - stemmingen

+-----+-----------------------------------+------+-------+---------+-------------+
| Nr  | Onderwerp                         | N-VA | CD&V  | Vooruit | Besluit     |
+-----+-----------------------------------+------+-------+---------+-------------+
| 3   | Jaarrekening 2025 OCMW            | ja   | ja    | nee     | Goedgekeurd |
|     |                                   |      |       |         | 19 - 6      |
| 4   | Retributiereglement parkeren      | ja   | nee   | nee     | Goedgekeurd |
|     |                                   |      |       |         | 13 - 12     |
| 5   | Voorstel Vooruit 'Gratis zwembad' | nee  | nee   | ja      | Verworpen   |
|     |                                   |      |       |         | 6 - 19      |
+-----+-----------------------------------+------+-------+---------+-------------+
"""

FLEMISH_PIPE = """Gemeenteraad van 28 april 2026 - stemgedrag per fractie

| Punt | Onderwerp | Groen | Vlaams Belang | Open VLD | Beslissing |
| --- | --- | --- | --- | --- | --- |
| 12 | Samenwerkingsovereenkomst Fluvius | ja | nee | ja | Goedgekeurd 21-4 |
| 13 | Aanpassing politiereglement | nee | ja | ja | Goedgekeurd 18-7 |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GRID_NL, [("1", "adopted", 11, 6), ("2", "adopted", None, 0)]),
        (PIPE_NL, [("4", "rejected", 9, 14), ("5", "adopted", 20, 3), ("6", "rejected", 8, 15)]),
        (TABS_NL, [("7", "adopted", 15, 2), ("8", "rejected", 5, 12)]),
        (FLEMISH_GRID, [("3", "adopted", 19, 6), ("4", "adopted", 13, 12), ("5", "rejected", 6, 19)]),
        (FLEMISH_PIPE, [("12", "adopted", 21, 4), ("13", "adopted", 18, 7)]),
    ],
)
def test_party_mark_columns_leave_a_decision_table_readable(text: str, expected: list[tuple]) -> None:
    found = [(case, outcome, yes, no) for case, _, outcome, yes, no, _ in vote_cells(text, "nl")]
    assert found == expected


SEATS_NOT_MARKS = """Zetelverdeling na de verkiezingen van 2026

| Nr | Onderwerp | VVD | CDA | D66 | Uitslag |
| --- | --- | --- | --- | --- | --- |
| 1 | Zetels gemeenteraad | 5 | 4 | 3 | 12 |
| 2 | Zetels commissie | 2 | 2 | 1 | 5 |
"""

AGENDA_WITH_PEOPLE = """Agenda raadsvergadering 22 september 2026

| Nr | Onderwerp | Portefeuillehouder | Commissie | Besluit |
| --- | --- | --- | --- | --- |
| 4 | Kadernota 2027 | wethouder Jansen | Bestuur | Voorstel aan de raad |
| 5 | Verordening afvalstoffen | wethouder De Vries | Ruimte | Voorstel aan de raad |
"""


@pytest.mark.parametrize("text", [SEATS_NOT_MARKS, AGENDA_WITH_PEOPLE])
def test_extra_columns_holding_no_vote_marks_keep_a_table_out(text: str) -> None:
    assert vote_cells(text, "nl") == []
