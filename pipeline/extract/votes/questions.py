"""A news page's decision phrase standing in a question ("Byrådet godkendte budget 2026 – hvad betyder det for
dig?", a teaser or link headline; "Har byrådet godkendt planen?"): a page reporting a meeting's decisions tells
them; a question there reports none, whatever its verb. (In minutes a chair's question may carry the consent that
decides: "Kan de raad instemmen met het voorstel? Dat is het geval." - not read here.)"""

from __future__ import annotations

import re

from pipeline.extract.votes.decisions import Decision

_REACH = 200  # chars after a phrase's start searched for its sentence's end: a headline or sentence is short
_END = re.compile(r"[.!?](?=[\"'»”’)]*(?:\s|$))")  # a stop before a space or the text's end ("kr. 4" is no end)


def asks(text: str, decision: Decision) -> bool:
    """The sentence `decision` (offsets in `text`) stands in ends with a question mark, on the phrase's own line
    (the text holds a paragraph on one line; a headline is a line) and within a short window after its start."""
    window = text[decision.start : decision.start + _REACH]
    line_end = window.find("\n")
    window = window if line_end < 0 else window[:line_end]
    end = _END.search(window)
    return end is not None and end.group() == "?"


def without_questions(decided: list[Decision], text: str) -> list[Decision]:
    return [decision for decision in decided if not asks(text, decision)]
