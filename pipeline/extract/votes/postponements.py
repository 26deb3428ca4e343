"""One postponement per paragraph: a case put off is one decision however many sentences tell of it
("Saka vert utsett til møtet i oktober. Utvalet ønskjer ein rekneskap før saka vert avgjord.", "Formannskapet
bad om fråsegn frå politiet før saka vert avgjord. Saka vart send attende til administrasjonen.")."""

from __future__ import annotations

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.section import SectionText


def one_postponement_per_paragraph(decided: list[Decision], text: SectionText) -> list[Decision]:
    """Two postponements of the case by the body itself (no proposer; the case's title or the same words) in one
    paragraph, at least one with no vote of its own, are one row: the one with a vote, else the first, its
    evidence spanning both; so are a member's counted postponement and its restatement read back to it (the same
    mover and words). Two motions put off are two rows; a counted vote on a member's postponement proposal and
    the case then postponed is `settle.without_restated_outcomes`' to merge."""
    out: list[Decision] = []
    for decision in decided:
        previous = out[-1] if out else None
        if previous is None or not _same_postponement(previous, decision, text):
            out.append(decision)
            continue
        kept = decision if previous.voteless and not decision.voteless else previous
        kept.start, kept.end = min(previous.start, decision.start), max(previous.end, decision.end)
        out[-1] = kept
    return out


def _same_postponement(previous: Decision, decision: Decision, text: SectionText) -> bool:
    both = previous.outcome == decision.outcome == "postponed"
    case = {previous.subject, decision.subject} <= {None, text.title}  # both about the case, not two motions
    both = both and (case or previous.subject == decision.subject)
    by_body = previous.proposer is None and decision.proposer is None
    # or one member's send-back proposal counted, and the decision line restating it ("Vedtak: Saka vert sendt
    # attende.") read back to that proposal: the same mover and the same words
    restated = previous.proposer == decision.proposer and previous.subject == decision.subject
    by_body = by_body or (restated and previous.subject is not None)
    gap = text.between(previous.end, decision.start)
    return both and by_body and (previous.voteless or decision.voteless) and "\n\n" not in gap
