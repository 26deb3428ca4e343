"""Overview tables above full items: minutes that open with a table of the meeting's items ("12 <tab> Godkendelse af
dagsorden <tab> Godkendt", "| 7 | Kadernota | Aangenomen |") and then record every item in full, each with its own
decision block. The full item is the row (it gives the body, the date and the counts); the overview's line about an
item recorded in full below adds no second row. A table line whose item has no full record below keeps its row."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.votes.decisions import Decision

_ROW_NUMBER = re.compile(r"[ \t|]*(?P<case>\d{1,4}(?:[/.]\d{1,4})?[a-z]?)\.?[ \t]*[\t|]")  # "12\t", "| 7 |"


def without_overview_rows(found: list[Decision], text: str, case_of: Callable[[int], str | None]) -> list[Decision]:
    """`found` without the decisions outside any case read off a table line whose item number opens a case
    recorded in full further down."""
    recorded: dict[str, int] = {}  # case number -> where its first decision recorded in full sits
    for decision in found:
        if (case := case_of(decision.start)) is not None and not decision.listing:
            recorded.setdefault(case, decision.start)
    return [d for d in found if not _restated(d, text, case_of, recorded)]


def _restated(decision: Decision, text: str, case_of: Callable[[int], str | None], recorded: dict[str, int]) -> bool:
    if case_of(decision.start) is not None:
        return False
    m = _ROW_NUMBER.match(text, text.rfind("\n", 0, decision.start) + 1)
    return m is not None and recorded.get(m.group("case"), -1) > decision.start
