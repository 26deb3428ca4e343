"""Tie explanations: the sentence saying how a tied vote was settled belongs to the vote above it.

"Uitslag: VERWORPEN (13 voor, 13 tegen)" / "Bij staking van stemmen is het amendement verworpen." and
"Beslissing: verworpen." / "Stemming: bij staking van stemmen (19 ja, 19 nee) is het voorstel verworpen."
record one vote: the second line only says why the tie ended as it did (casting_vote when the chair's vote
settled it). It gives its counts, parties and casting vote to the decision next to it in the same case
block (no blank line between, the same outcome) and no row of its own. Alone in its case it stays the row.
"""

from __future__ import annotations

import re

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.section import SectionText


def with_tie_explanations(decided: list[Decision], text: SectionText, lex: Lexicon) -> list[Decision]:
    """Fold each tie explanation into the counted or bare decision beside it."""
    tie_wording = lex.tie_explanation
    if tie_wording is None:
        return decided
    out = list(decided)
    for counted in [d for d in decided if _majority(d)]:
        _after_tie_sentence(counted, text, tie_wording)
    for tie in [d for d in decided if _explains_tie(d, text, tie_wording)]:
        index = next(i for i, d in enumerate(out) if d is tie)  # by identity: two rows may compare equal
        beside = [out[i] for i in (index - 1, index + 1) if 0 <= i < len(out)]
        target = next((d for d in beside if _same_vote(d, tie, text, tie_wording)), None)
        if target is not None:
            _take_tie(target, tie)
            del out[index]
    return out


def _explains_tie(decision: Decision, text: SectionText, tie_wording: re.Pattern[str]) -> bool:
    """A tie sentence counting no majority: one joined to the next vote's unequal count ("... is het voorstel
    verworpen. Het oorspronkelijke voorstel wordt verworpen met 8 stemmen voor en 18 stemmen tegen") is that vote."""
    return not _majority(decision) and _opens_on_tie(decision, text, tie_wording)


def _opens_on_tie(decision: Decision, text: SectionText, tie_wording: re.Pattern[str]) -> bool:
    """The decision's own text (or the subject read from it) opens on the tie wording."""
    own = text.between(decision.start, decision.end)
    return bool(tie_wording.match(own) or tie_wording.match(decision.subject or ""))


def _majority(decision: Decision) -> bool:
    """Both counts read and unequal."""
    return None not in (decision.votes_for, decision.votes_against) and decision.votes_for != decision.votes_against


def _after_tie_sentence(decision: Decision, text: SectionText, tie_wording: re.Pattern[str]) -> None:
    """A counted vote read from the tie sentence on: it starts after that sentence, which is the vote above's."""
    own = text.between(decision.start, decision.end)
    if tie_wording.match(own) and (stop := _SENTENCE_END.search(own)):
        decision.start += stop.end()


_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)")


def _same_vote(other: Decision, tie: Decision, text: SectionText, tie_wording: re.Pattern[str]) -> bool:
    """Another decision of the same outcome in the same block: no blank line between the two."""
    if other.outcome != tie.outcome or _explains_tie(other, text, tie_wording) or other.proposer is not None:
        return False
    first, second = (other, tie) if other.start <= tie.start else (tie, other)
    gap = text.between(first.end, second.start)
    return "\n\n" not in gap


def _take_tie(decision: Decision, tie: Decision) -> None:
    """The explanation's counts where the decision has none; its parties and casting vote where missing."""
    if decision.votes_for is None and decision.votes_against is None and not decision.unanimous:
        decision.votes_for, decision.votes_against = tie.votes_for, tie.votes_against
        decision.counts_consistent = tie.counts_consistent
        decision.unanimous = tie.unanimous
    if decision.against_parties is None:
        decision.against_parties = tie.against_parties
    decision.casting_vote = decision.casting_vote or tie.casting_vote
    decision.start, decision.end = min(decision.start, tie.start), max(decision.end, tie.end)
