"""Decision lines that each decide one point of the recommendation ("Ad c) Udsat ...", "Pkt. 2 udsat, indtil ...").

A treatment decided point by point writes one line per point, each opening with the point's label
(`point_labels`). Vote phrases read the lines that carry vote words; a line deciding its point in other
words (a postponement, a send-back) carries none, yet it is a decision of its own: its words decide it, as
an unlabelled decision block's do, and it is about its point's text when the recommendation gives one.
"""

from __future__ import annotations

from pipeline.extract.votes.blocks import Block, block_decision
from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.section import SectionText, ordinal

_MAX_LINES = 4  # lines a point's decision may wrap over
_LABEL_TAIL = " \t.):"  # what may stand between a point's mark and its decision ("Ad c) ", "Ad 1: ")


def with_point_lines(
    decided: list[Decision], text: SectionText, points: dict[int, str], lex: Lexicon
) -> list[Decision]:
    """`decided` and a decision for each point line no decision was read in, in text order; `points` are the
    recommendation's points in force (a committee step's section refers to those of the case above it)."""
    if lex.point_label is None:
        return decided
    labels = [m for m in lex.point_label.finditer(text.text) if not text.in_proposal(m.start())]
    taken = [(d.start - text.base, d.end - text.base) for d in decided]
    added = []
    for index, label in enumerate(labels):
        start = label.end("point")
        while start < label.end() and text.text[start] in _LABEL_TAIL:
            start += 1
        end = labels[index + 1].start() if index + 1 < len(labels) else _wrapped_end(text.text, label.end())
        if start >= end or any(start <= a < end or a <= start < b for a, b in taken):
            continue
        if not _decision_words(text.text[start:end], lex):
            continue  # "Ad 2) Byen har 10.000 indbyggere.": an answer letter's point, no decision
        decision = block_decision(text, Block(label.start(), start, end), lex)
        if decision is None:
            continue
        point = ordinal(label.group("point"))
        decision.subject = points.get(point, decision.subject)
        added.append(decision)
    return sorted(decided + added, key=lambda d: d.start) if added else decided


def _decision_words(line: str, lex: Lexicon) -> bool:
    """A point line deciding in words: an outcome or vote stem (`triggers`: "Udsat", "godkendes", "tages til
    efterretning"), a decisive verb or a block outcome ("Sendes tilbage"). A point line in other words answers or
    explains its point (a reply letter's "Ad 1) ..."), as a point label numbers any list, and records no decision."""
    lowered = line.lower()
    if not lex.triggers or any(stem in lowered for stem in lex.triggers):
        return True
    return any(r.search(line) for r in lex.decisive_sentences) or any(r.regex.search(line) for r in lex.block_outcomes)


def _wrapped_end(text: str, line_end: int) -> int:
    """The end of the last point line: its own line and the lines it wraps over (they open in lower case)."""
    end = line_end
    for _ in range(_MAX_LINES):
        nxt = text.find("\n", end + 1)
        line = text[end + 1 : len(text) if nxt < 0 else nxt].strip()
        if not line or not line[0].islower():
            break
        end = len(text) if nxt < 0 else nxt
    return end
