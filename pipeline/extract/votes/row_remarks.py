"""The outcome a vote table row's note states where its decision cell states none: a meeting portal's row for an
item not voted on ("62 <tab> Status for klimaplanen <tab> Ingen afstemning") with a remark under it ("Bemærkning:
Taget til efterretning.", "Bemærkning: Udsat til næste møde."). The outcome words are the language's: statements,
block outcomes and the decision cell outcomes (models/votes/<lang>.json)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pipeline.extract.votes.lexicon import Lexicon

if TYPE_CHECKING:  # decision_tables.py reads its rows with this
    from pipeline.extract.votes.decision_tables import CellOutcome

_NOTE_LABEL = re.compile(r"^[^\W\d]{2,20}[ \t]*:[ \t]*")  # "Bemærkning:", "Note:" opening the remark


def remarked(note: str, cell_outcomes: Iterable[CellOutcome], lex: Lexicon) -> str | None:
    """The outcome `note` states: a noting, a block outcome ("Udsat"), or a cell outcome its words after a label
    open with ("Bemærkning: Til efterretning."); None when it states none."""
    if not note:
        return None
    if any(regex.search(note) for regex in lex.statements):
        return "noted"
    outcome = next((rule.outcome for rule in lex.block_outcomes if rule.regex.search(note)), None)
    remark = _NOTE_LABEL.sub("", note, count=1)
    return outcome or next((rule.outcome for rule in cell_outcomes if rule.regex.match(remark)), None)
