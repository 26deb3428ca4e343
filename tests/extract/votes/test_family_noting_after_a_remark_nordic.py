"""A Norwegian item noted in a sentence that follows a remark on the same line ("Ingen merknader.
Referatsakene tas til orientering."): the remark decides nothing, so it never names the row; the noting
sentence does (here about the case, as a bare noting is). A remark alone records no decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Ingen merknader. Referatsakene tas til orientering.\n", "nb"),
        ("Vedtak: Ingen merknader. Meldingene tas til orientering.\n", "nb"),
        ("Ingen kommentarer. Saken tas til orientering.\n", "nb"),
        ("Det var ingen merknader til sakene. Referatsakene ble tatt til orientering.\n", "nb"),
        ("Saken ble drøftet. Tertialrapporten tas til orientering.\n", "nb"),
        ("Ingen merknader. Referatsakene vert tekne til vitande.\n", "nn"),
        ("Vedtak: Ingen merknadar. Meldingane vert tekne til orientering.\n", "nn"),
        ("Inga merknader. Saka vert teken til vitande.\n", "nn"),
        ("Det kom ingen merknader. Referatsakane vart tekne til vitande.\n", "nn"),
        ("Saka vart drøfta. Tertialrapporten vert teken til vitande.\n", "nn"),
    ],
)
def test_a_remark_before_the_noting_sentence_does_not_name_the_row(body, language):
    rows = votes(CASE[language] + body, language)
    assert [r.outcome for r in rows] == ["noted"]
    assert not any(word in rows[0].subject.lower() for word in ("merknad", "kommentar", "drøft"))


@pytest.mark.parametrize(
    ("body", "language"),
    [("Ingen merknader.\n", "nb"), ("Ingen merknadar.\n", "nn"), ("Vedtak: Ingen merknader.\n", "nb")],
)
def test_a_remark_alone_records_no_decision(body, language):
    assert votes(CASE[language] + body, language) == []
