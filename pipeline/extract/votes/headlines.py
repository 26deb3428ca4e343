"""Headlines of news pages that state the decision the paragraph under them reports ("Begroting 2027 aangenomen" /
"De raad stemde in met de begroting 2027. ..."): one decision, not two. The paragraph's row keeps its vote and takes
the headline's subject, the short name the page gives the decision."""

from __future__ import annotations

from pipeline.extract.votes.decisions import Decision

_MAX_HEADLINE = 100  # chars: a headline is a short line
_BELOW = 2  # lines: the paragraph's decision opens right under its headline


def merge_headlines(decided: list[Decision], text: str) -> list[Decision]:
    """`decided` (offsets in `text`) without the headlines that restate the next decision, whose subject they give."""
    out: list[Decision] = []
    for index, decision in enumerate(decided):
        below = decided[index + 1] if index + 1 < len(decided) else None
        if below is not None and _restated_below(decision, below, text):
            below.subject = decision.subject
            continue
        out.append(decision)
    return out


def _restated_below(headline: Decision, below: Decision, text: str) -> bool:
    """`headline` fills a short line of its own without a full stop, states no vote nor mover, and `below` reaches
    the same outcome on the next lines."""
    start = text.rfind("\n", 0, headline.start) + 1
    end = text.find("\n", headline.start)
    line = text[start : end if end >= 0 else len(text)].strip()
    bare = headline.unanimous is None and headline.votes_for is None and headline.votes_against is None
    short = 0 < len(line) <= _MAX_HEADLINE and not line.endswith((".", "!", "?", ":")) and headline.end <= end
    near = end >= 0 and below.start > end and text.count("\n", end, below.start) <= _BELOW
    same = headline.outcome == below.outcome and headline.proposer is None and bool(headline.subject)
    return bare and short and near and same
