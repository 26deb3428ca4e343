"""Cases drawn as boxes: the box's top carries the case header ("+-- Sak 52/26  Budsjettjustering ------ (sak
26/655)"), a bar opens every line inside ("|  Resultat: FALT      For: 6     Mot: 9"), a rule closes it
("+---------"). The bar is the box's side, not a table's first cell: the lines inside read as they would without it,
their column gaps kept, and the rows take the box's case number. Look-alikes: a pipe table's rows (a bar opening a
line with more bars after it) stay a table. All texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "VOTERINGSRESULTATER\nKommunestyret, torsdag 22. oktober 2026\n\n",
    "nn": "RØYSTINGSRESULTAT\nKommunestyret, torsdag 22. oktober 2026\n\n",
}
RULE = "+" + "-" * 70 + "\n"


def _box(header: str, lines: list[str]) -> str:
    return f"+-- {header} {'-' * 20} (sak 26/655)\n" + "".join(f"|  {line}\n" for line in lines) + RULE + "\n"


def _rows(language: str, text: str) -> list[tuple]:
    return [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "boxes", "rows"),
    [
        (
            "nb",
            _box(
                "Sak 52/26  Budsjettjustering 2026",
                ["Formannskapets innstilling", "Resultat: VEDTATT      For: 15      Mot: 0"],
            ),
            [("52/26", "adopted", 15, 0)],
        ),
        (
            "nb",
            _box(
                "Sak 53/26  Salg av tomt",
                ["Forslag fra Kari Dahl (SV):", "«Tomten beholdes.»", "Resultat: FALT      For: 6      Mot: 9"],
            ),
            [("53/26", "rejected", 6, 9)],
        ),
        (
            "nb",
            _box("PS 7/26  Ny brannstasjon", ["Innstillingen ble vedtatt med 11 mot 4 stemmer."]),
            [("7/26", "adopted", 11, 4)],
        ),
        (
            "nb",
            _box("Sak 8/26  Gatelys", ["Vedtak: Saken sendes tilbake til kommunedirektøren."])
            + _box("Sak 9/26  Skolemat", ["Vedtak: Enstemmig vedtatt."]),
            [("8/26", "postponed", None, None), ("9/26", "adopted", None, 0)],
        ),
        (
            "nb",
            _box("Sak 60/26  Budsjett 2027", ["Votering:", "Innstillingen ble vedtatt med 20 mot 7 stemmer."]),
            [("60/26", "adopted", 20, 7)],
        ),
        (
            "nn",
            _box(
                "Sak 52/26  Budsjettjustering 2026",
                ["Formannskapet si innstilling", "Resultat: VEDTEKE      For: 15      Mot: 0"],
            ),
            [("52/26", "adopted", 15, 0)],
        ),
        (
            "nn",
            _box(
                "Sak 53/26  Sal av tomt",
                ["Framlegg frå Kari Dahl (SV):", "«Tomta vert halden på.»", "Resultat: FALL      For: 6      Mot: 9"],
            ),
            [("53/26", "rejected", 6, 9)],
        ),
        (
            "nn",
            _box("PS 7/26  Ny brannstasjon", ["Innstillinga vart vedteken med 11 mot 4 røyster."]),
            [("7/26", "adopted", 11, 4)],
        ),
        (
            "nn",
            _box("Sak 8/26  Gatelys", ["Vedtak: Saka vert send attende til kommunedirektøren."])
            + _box("Sak 9/26  Skulemat", ["Vedtak: Samrøystes vedteke."]),
            [("8/26", "postponed", None, None), ("9/26", "adopted", None, 0)],
        ),
        (
            "nn",
            _box("Sak 60/26  Budsjett 2027", ["Røysting:", "Innstillinga vart vedteken med 20 mot 7 røyster."]),
            [("60/26", "adopted", 20, 7)],
        ),
    ],
)
def test_a_case_in_a_box_reads_as_its_lines(language, boxes, rows):
    assert _rows(language, boxes) == rows


@pytest.mark.parametrize(
    ("language", "table", "cases"),
    [
        (
            "nb",
            "| Sak   | Tittel          | Vedtak          |\n| 7/26  | Ny brannstasjon | Vedtatt         |\n"
            "| 8/26  | Gatelys         | Enstemmig vedtatt |\n",
            {"7/26", "8/26"},
        ),
        (
            "nn",
            "| Sak   | Tittel          | Vedtak          |\n| 7/26  | Ny brannstasjon | Vedteke         |\n"
            "| 8/26  | Gatelys         | Samrøystes vedteke |\n",
            {"7/26", "8/26"},
        ),
    ],
)
def test_a_pipe_table_stays_a_table(language, table, cases):
    assert {case for case, *_ in _rows(language, table)} == cases
