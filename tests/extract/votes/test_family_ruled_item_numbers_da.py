"""A Danish protocol may print each item's header as its bare number and title under a ruled separator
("==========" / "110  Fremtidig skolestruktur i Christiansfeld-området"), with no dot after the number:
the line opens the case (number and title), as the numbered form "110. Title" does
(models/votes/da.json `ruled_case_lines`). Look-alikes: a numbered line standing alone without a rule above
is no case header; a table row with a result column ("71    Godkendelse af dagsorden    Godkendt") stays a
decision-table row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nBeslutningsprotokol\nTirsdag 23. juni 2026\n\n"
RULE = "=" * 60 + "\n"


@pytest.mark.parametrize(
    ("header", "case", "title"),
    [
        ("110  Fremtidig skolestruktur i Christiansfeld", "110", "Fremtidig skolestruktur i Christiansfeld"),
        ("111  Lokalplan 0415-21 for Fjordbyen, etape 3", "111", "Lokalplan 0415-21 for Fjordbyen, etape 3"),
        ("7 Medborgerskabspolitik 2026-2029", "7", "Medborgerskabspolitik 2026-2029"),
        ("45  Kvartalsrapport for anlægsprojekter", "45", "Kvartalsrapport for anlægsprojekter"),
        ("203 Salg af grund på Havnevej", "203", "Salg af grund på Havnevej"),
    ],
)
def test_a_bare_numbered_title_under_a_rule_opens_the_case(header, case, title):
    rows = votes(HEAD + RULE + header + "\n\nBeslutning Byrådet den 23-06-2026:\nGodkendt.\n", "da")
    assert [(r.case_number, r.subject) for r in rows] == [(case, title)]


def test_a_numbered_line_without_a_rule_is_no_case_header():
    body = "Indstilling\nDirektionen indstiller, at planen godkendes.\n\n25 Borgere deltog\nBeslutning\nGodkendt.\n"
    rows = votes(HEAD + body, "da")
    assert all(r.case_number != "25" for r in rows)


def test_a_table_row_with_a_result_column_is_no_case_header():
    text = (
        HEAD + "Sag   Titel                                   Beslutning\n"
        "----  --------------------------------------  ----------\n"
        " 71   Godkendelse af dagsorden                Godkendt\n"
        " 72   Regnskab 2025                           Godkendt\n"
    )
    assert all(r.case_number not in ("71", "72") for r in votes(text, "da"))  # a row of the table, no header
