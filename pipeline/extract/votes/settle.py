"""What a case's decision blocks say about its one decision besides the vote phrase: that it only took
the matter for information (`noted`, voted or not), or that it was unanimous."""

from __future__ import annotations

from pipeline.extract.votes.blocks import (
    Block,
    block_decision,
    block_holding,
    line_blocks,
    notes_only,
    states_unanimity,
)
from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.section import SectionText
from pipeline.extract.votes.steps import recommends_noting


def settle_noting(decided: list[Decision], blocks: list[Block], text: SectionText, lex: Lexicon) -> None:
    """A vote ("Enstemmig.", "Innstillingen ble vedtatt mot 3 stemmer.") on a decision that only takes the
    matter for information is `noted`, voted or not: every decision block of the case says only that, or,
    with no block, the recommendation voted on does. A block or recommendation deciding more stays adopted."""
    if len(decided) != 1 or decided[0].outcome != "adopted" or decided[0].proposer is not None:
        return
    decision = decided[0]
    votes = [(decision.start - text.base, decision.end - text.base)]
    if blocks:
        noting = all(notes_only(text, block, votes, lex) for block in blocks)
    else:
        noting = bool(text.proposal_blocks) and len(text.points()) < 2 and recommends_noting(text, lex)
    if not noting:
        return
    decision.outcome = "noted"
    stated = block_decision(text, blocks[0], lex) if len(blocks) == 1 else None
    if stated is None:
        return
    if stated.subject and decision.subject in (None, text.title):
        decision.subject = stated.subject  # the vote naming nothing is about what the block notes
    decision.start, decision.end = min(decision.start, stated.start), max(decision.end, stated.end)  # its evidence


def settle_unanimity(decided: list[Decision], blocks: list[Block], text: SectionText, lex: Lexicon) -> None:
    """The one decision of a case, with no vote of its own, is unanimous when its decision block, or the
    whole-decision line it stands on, says so in a sentence of its own ("Godkendt, idet X udpeges. Enstemmigt.",
    "Årsmeldingen tas til orientering. Enstemmig.")."""
    if len(decided) != 1 or decided[0].proposer is not None:
        return
    decision = decided[0]
    if decision.unanimous is not None or decision.votes_for is not None or decision.votes_against is not None:
        return
    block = block_holding(blocks, text, decision) or block_holding(line_blocks(text, lex), text, decision)
    if block is not None and states_unanimity(text, block, lex):
        decision.unanimous, decision.votes_against = True, 0


def without_restated_outcomes(decided: list[Decision], text: SectionText) -> list[Decision]:
    """Drop a bare outcome that restates the counted decision just above it ("Innstillingen fikk 20 stemmer,
    Løvlies forslag fikk 13 stemmer. Innstillingen er vedtatt."): the same outcome, a subject that opens
    the counted decision's subject, or the case postponed under a counted postponement ("Utsetjingsframlegget
    vart vedteke med 9 mot 8 røyster. Saka er dermed utsett."), or the winning proposal of a counted vote named
    again after it, by the same mover ("Framlegget frå Sp er dermed vedteke.", whose words then name the row); no
    counts, unanimity or other proposer of its own, no blank line between."""
    out: list[Decision] = []
    for decision in decided:
        previous = out[-1] if out else None
        if previous is None or not _restates(decision, previous, text):
            out.append(decision)
        elif decision.proposer is not None and decision.subject:  # "Framlegget frå Sp er dermed vedteke." after
            previous.subject = decision.subject  # the alternative vote it won: the proposal's own words name it
    return out


def _restates(decision: Decision, previous: Decision, text: SectionText) -> bool:
    counted = previous.votes_for is not None and previous.votes_against is not None
    # or only the unanimity of a count with no votes against, on a line of its own ("Voor: 16 Tegen: 0 / Unaniem")
    agreed = previous.unanimous is True and previous.votes_against == 0 and decision.votes_for is None
    bare = decision.voteless or (agreed and decision.unanimous is True and decision.votes_against in (0, None))
    words, above = _words(decision.subject), _words(previous.subject)
    # the case postponed under the postponement just counted; a case adopted "med samme stemmetal" after an
    # amendment is a second decision
    postponed = decision.subject == text.title and decision.outcome == "postponed"
    # or the counted alternative's winning proposal restated by its mover's words ("Framlegget frå Sp er vedteke")
    mover = decision.proposer is not None and decision.proposer == previous.proposer
    about = bool(words) and (above[: len(words)] == words or postponed or mover)
    about = about and (decision.proposer is None or mover)
    gap = text.between(previous.end, decision.start)
    after = decision.start >= previous.end and "\n\n" not in gap
    return counted and bare and about and after and decision.outcome == previous.outcome


def _words(subject: str | None) -> list[str]:
    return [w.strip(".,;:()") for w in (subject or "").lower().split()]
