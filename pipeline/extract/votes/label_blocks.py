"""Where a proposal's label block ends in a decision list of label and outcome lines.

A list names each voted text on a line of its own and gives its outcome on the next ("Motie M2 van SP
'Huurbevriezing'" / "Ingetrokken door de indiener."), the recommendation last under its own label
("Raadsvoorstel Kadernota 2027" / "Aangenomen met 25 stemmen voor ..."). A bare result belongs to the
heading above it only while that heading's block is open: an outcome line deciding nothing (the
language's `empty_decisions`: a withdrawal) closes it without a row, and so does the recommendation's
label line (`proposal_labels`), whose own result follows. Offsets are relative to the section text.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.votes.lexicon import Lexicon, lexicon
from pipeline.extract.votes.proposals import Proposal, line_end
from pipeline.rules import alternation

_MARKER = r"(?:[-–•*·][ \t]*)?"  # a dashed or bulleted list item


@cache
def _recommendation_label(language: str) -> re.Pattern[str] | None:
    """A line opening with the recommendation's label ("Raadsvoorstel", "Raadsvoorstel Kadernota 2027")."""
    lex = lexicon(language)
    if lex is None or not lex.proposal_labels:
        return None
    labels = sorted((re.escape(label) for label in lex.proposal_labels), key=len, reverse=True)
    return re.compile(rf"^[ \t]*{_MARKER}(?i:{alternation(labels)})(?![\w-])", re.MULTILINE)


def block_ends(proposals: list[Proposal], text: str, lex: Lexicon) -> list[int]:
    """Offsets where a proposal heading's block ends before any outcome that is a row of its own."""
    ends = []
    for proposal in proposals:
        if proposal.end <= proposal.start:
            continue  # a case titled by its proposal: the whole case is its block
        own = line_end(text, proposal.end)
        below = line_end(text, own + 1)
        outcome = text[own + 1 : below].strip(" \t.")
        if outcome and any(regex.fullmatch(outcome) for regex in lex.empty_decisions):
            ends.append(below)  # "Ingetrokken door de indiener.": nothing was voted on
    label = _recommendation_label(lex.language)
    ends += [m.start() for m in label.finditer(text)] if label else []
    return sorted(ends)
