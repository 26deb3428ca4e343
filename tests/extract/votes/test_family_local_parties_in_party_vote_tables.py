"""Family (nl, where the party-row layout is data): a table of one row per party - name, seats, the option it
voted - where a local party no party list names ("Trots Haarlem", "Senioren Heemskerk", "Hart voor Dorp") sits
among known parties. Its row counts like theirs: votes against and the parties against include it. Look-alikes: a
counted row with an unknown name and no known party beside it is no party table, and an unknown name without a count
stays out.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import CASE, votes


def _against(language: str, text: str) -> list[tuple]:
    rows = votes(CASE[language] + text + "\n", language)
    return [(r.votes_against, json.loads(r.against_parties) if r.against_parties else None) for r in rows]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Uitslag: aangenomen\n\n  Fractie       Zetels   Stem\n  GroenLinks    8\tvoor\n  VVD\t5\ttegen\n"
            "  Trots Dorp\t2\ttegen\n  PvdD\t2\tvoor\n  Hart voor Dorp\t2\ttegen",
            (9, {"VVD": 5, "Trots Dorp": 2, "Hart voor Dorp": 2}),
        ),
        (
            "nl",
            "Uitslag: verworpen\n| Fractie | Zetels | Stem |\n| CDA | 6 | tegen |\n| D66 | 3 | voor |\n"
            "| Senioren Dorp | 2 | tegen |\n| ChristenUnie | 1 | tegen |",
            (9, {"CDA": 6, "Senioren Dorp": 2, "ChristenUnie": 1}),
        ),
        (
            "nl",
            "Uitslag: aangenomen\n  PVV\t4\ttegen\n  SP\t2\ttegen\n  Partij voor de Dieren\t2\ttegen\n  VVD\t9\tvoor",
            (8, {"PVV": 4, "SP": 2, "Partij voor de Dieren": 2}),
        ),
        (
            "nl",
            "Uitslag: aangenomen\n  Lokaal Belang Dorp\t5\ttegen\n  CDA\t4\tvoor\n  VVD\t6\tvoor",
            (5, {"Lokaal Belang Dorp": 5}),
        ),
        (
            "nl",
            "Uitslag: aangenomen\n  D66\t4\tvoor\n  Stadspartij Nu\t3\ttegen\n\n  GroenLinks\t5\tvoor",
            (3, {"Stadspartij Nu": 3}),
        ),
    ],
)
def test_local_party_rows_count_among_known_parties(language: str, text: str, expected: tuple) -> None:
    assert _against(language, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Uitslag: aangenomen\n  Aanwezig\t9\ttegen\n\nDe voorzitter sluit de vergadering.",  # no party beside it
        "Uitslag: aangenomen\n  CDA\t4\tvoor\n  VVD\t6\tvoor\n  Trots Dorp\ttegen",  # no count of its own
    ],
)
def test_lone_or_uncounted_unknown_rows_stay_out(text: str) -> None:
    assert all(against is None or against == {} for _, against in _against("nl", text))
