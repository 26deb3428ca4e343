"""Vote labels: a line naming what the vote below it is about ("Stemming over het amendement" /
"Stemming over het ontwerpbesluit").

One agenda point may hold one vote per subject, each under its own label. A label ends the vote above
it: the count lines below it belong to its own vote, never to the phrase or counts above it. What it
points to is read in labelled.py. The labels are data (models/votes/<lang>.json `vote_labels`). A count
line may name its subject too ("For Kleivens forslag stemte 3"): another proposal than the vote's is its loser.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.phrases import TallyHit


@dataclass(frozen=True)
class Mark:
    """A vote label line (offsets in the section text) and what it points to."""

    start: int
    end: int
    about: str  # proposal, decision
    inline: bool = False  # the vote's result on the label's own line ("Stemming over het ontwerpbesluit: eenparig.")

    def covers(self, offset: int) -> bool:
        """A decision at `offset` is the label's: anywhere below a label line of its own, on the line of an
        inline one (a decision block further down is the item's own)."""
        return offset >= self.start and (not self.inline or offset < self.end)


def vote_marks(text: str, lex: Lexicon) -> list[Mark]:
    """The vote label lines of a section text, in order."""
    found = {
        m.start(): Mark(m.start(), m.end(), rule.about, bool(m.groupdict().get("inline")))
        for rule in lex.vote_labels
        for m in rule.regex.finditer(text)
    }
    return [found[at] for at in sorted(found)]


def segment(marks: Sequence[Mark], offset: int) -> int:
    """Which labelled vote `offset` lies in: the index of the last label above it, -1 above every label."""
    return bisect.bisect_right([m.start for m in marks], offset) - 1


def other_votes(tallies: Sequence[TallyHit], marks: Sequence[Mark], offset: int) -> set[int]:
    """Indexes of the count lines that lie in another labelled vote than `offset`."""
    here = segment(marks, offset)
    return {i for i, tally in enumerate(tallies) if segment(marks, tally.start) != here}


def split_tallies(tallies: list[TallyHit], marks: Sequence[Mark]) -> list[list[TallyHit]]:
    """Count lines grouped by the labelled vote they lie in, in order; no group is empty."""
    groups: dict[int, list[TallyHit]] = {}
    for tally in tallies:
        groups.setdefault(segment(marks, tally.start), []).append(tally)
    return [groups[key] for key in sorted(groups)]


def another_alternative(tally: TallyHit, subject: str | None, votes_for: int | None) -> bool:
    """A 'for' line naming another proposal than the decision counted already, with another number ("ble
    innstillingen vedtatt med 4 stemmer. For Kleivens forslag stemte 3"): the votes for the losing
    alternative, which count against the winner."""
    if not (tally.what and subject and tally.n is not None and votes_for is not None):
        return False
    what, subject = " ".join(tally.what.lower().split()), " ".join(subject.lower().split())
    return tally.n != votes_for and what not in subject and subject not in what
