"""A case header printed inside a rule ("====== PS 14/26 ===", "--- Sak 3/26 ---", "──── Sak 15/26 ────") opens
its case as the bare header does: the title on the line under it names the case, without the archive number a
column after the title gives ("Vegnamn i Bismo sentrum <gap> Saksnr: 2025/998"). A rule alone, or a rule around
words that are no header, opens nothing."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Formannskapet\nMøtedato: 12.03.2026\n\n",
    "nn": "Formannskapet\nMøtedato: 12.03.2026\n\n",
}

FRAMED = [
    (
        "nn",
        "================================== PS 14/26 ===\n"
        "Referatsaker                                  Saksnr: 2026/210\n"
        "Formannskapet tok referatsakene til vitande.\n",
        "14/26",
        "Referatsaker",
        "noted",
    ),
    (
        "nn",
        "──────────── Sak 15/26 ────────────\nVegnamn i Bismo sentrum\nSaka vert utsett til neste møte.\n",
        "15/26",
        "Vegnamn i Bismo sentrum",
        "postponed",
    ),
    (
        "nb",
        "=========================== PS 21/26 ==========\n"
        "Referatsaker                          Arkivsak: 26/118\n"
        "Formannskapet tok referatsakene til orientering.\n",
        "21/26",
        "Referatsaker",
        "noted",
    ),
    (
        "nb",
        "--- Sak 3/26 ---\nMeldinger\nFormannskapet tok meldingene til orientering.\n",
        "3/26",
        "Meldinger",
        "noted",
    ),
    (
        "nb",
        "~~~~~~ PS 9/26 ~~~~~~\nNytt kulturhus på Moen\nSaken ble utsatt.\n",
        "9/26",
        "Nytt kulturhus på Moen",
        "postponed",
    ),
]


@pytest.mark.parametrize(("language", "body", "case", "title", "outcome"), FRAMED)
def test_a_case_header_framed_by_rules_opens_its_case(language, body, case, title, outcome):
    rows = votes(HEAD[language] + body, language)
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [(case, title, outcome)]


# look-alikes: a rule around words that are no case header keeps the decision under the meeting, without a case
NOT_HEADERS = [
    ("nb", "=========== Merknader ===========\nFormannskapet tok orienteringen til orientering.\n"),
    ("nn", "==========================================\nFormannskapet tok meldinga til vitande.\n"),
]


@pytest.mark.parametrize(("language", "body"), NOT_HEADERS)
def test_a_rule_around_no_header_opens_no_case(language, body):
    rows = votes(HEAD[language] + body, language)
    assert [r.case_number for r in rows] == [None]
