"""One postponement per paragraph: a case put off is one decision however many sentences tell of it
("Saka vert utsett til møtet i oktober. Utvalet ønskjer ein rekneskap før saka vert avgjord.", "Formannskapet
bad om fråsegn frå politiet før saka vert avgjord. Saka vart send attende til administrasjonen.")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.votes.blocks import Block, block_decision, block_holding
from pipeline.extract.votes.decisions import Decision, settle_against
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.section import SectionText

_FIELD_LABEL = re.compile(r"^[ \t]*[^\W\d_][\w -]{0,30}:[ \t]*")  # "Stemresultaat: ", "Stemming: "
_UNANIMITY_WORDS = 4  # "met algemene stemmen": the line says nothing besides


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


def with_unanimity_below(
    decided: list[Decision], text: SectionText, lex: Lexicon, blocks: Sequence[Block] = ()
) -> list[Decision]:
    """A line giving only the unanimity ("Stemresultaat: eenparig.", "Stemming: unaniem") right below a decision
    with no vote of its own (put off, rejected, taken off the agenda: "Besluit: verdaagd.", "Besluit: het punt
    wordt uitgesteld naar ...") is that decision's vote, not a second, adopted decision: the unanimity is folded
    into the decision above, in the same paragraph. So is a result line carried with its count or unanimity right
    below a postponement with no vote of its own ("De raad besluit de nota aan te houden." / "Uitslag:
    aangenomen met algemene stemmen"; "Besluit: het punt wordt verdaagd." / "Stemming: aangenomen, 15 voor - 6
    tegen"): what carried is the postponement, the case is put off by that vote. A bare unanimity line inside a
    decision block whose own words record no vote phrase ("Vedtak:" / "Saken utsettes." / "Enstemmig.") is the
    vote on what the block decides."""
    out: list[Decision] = []
    for decision in [_block_outcome(d, decided, blocks, text, lex) for d in decided]:
        previous = out[-1] if out else None
        if previous is None or not _unanimity_of(previous, decision, text, lex):
            out.append(decision)
            continue
        if decision.votes_for is not None or decision.votes_against:
            previous.votes_for, previous.votes_against = decision.votes_for, decision.votes_against
            previous.unanimous, previous.against_parties = decision.unanimous, decision.against_parties
        else:
            previous.unanimous = True
        settle_against(previous)
        previous.end = max(previous.end, decision.end)
    return out


def _block_outcome(
    decision: Decision, decided: list[Decision], blocks: Sequence[Block], text: SectionText, lex: Lexicon
) -> Decision:
    bare = decision.outcome == "adopted" and decision.unanimous is True and decision.proposer is None
    bare = bare and decision.votes_for is None and decision.votes_against in (0, None)
    block = block_holding(list(blocks), text, decision) if bare else None
    if any(d is not decision and block_holding(list(blocks), text, d) == block for d in decided):
        return decision  # the block's own words were read as a phrase: `_unanimity_of` folds the line into it
    stated = block_decision(text, block, lex) if block is not None else None
    put_off = stated is not None and stated.outcome == "postponed" and stated.votes_for is None
    if stated is None or not put_off or stated.start >= decision.start:
        return decision
    stated.unanimous, stated.end = True, max(stated.end, decision.end)
    settle_against(stated)
    return stated


def _unanimity_of(previous: Decision, decision: Decision, text: SectionText, lex: Lexicon) -> bool:
    if _vote_on_postponement(previous, decision, text):
        return True
    bare = decision.outcome == "adopted" and decision.unanimous is True and decision.proposer is None
    bare = bare and decision.votes_for is None and decision.votes_against in (0, None)
    if not (bare and previous.voteless and previous.outcome != "adopted" and decision.start >= previous.end):
        return False
    line = _FIELD_LABEL.sub("", text.between(decision.start, decision.end)).strip(" \t.;")
    alone = lex.unanimous is not None and lex.unanimous.fullmatch(line) is not None
    gap = text.between(previous.end, decision.start)
    return alone and len(line.split()) <= _UNANIMITY_WORDS and "\n\n" not in gap and gap.count("\n") <= 1


def _vote_on_postponement(previous: Decision, decision: Decision, text: SectionText) -> bool:
    """`decision` is the carried vote on the postponement `previous` stated just above: an adopted result field on
    a line of its own ("Uitslag: aangenomen ...", "Enstemmig vedtatt."; a sentence names a decision of its own),
    about the same thing (or nothing else), with no mover, right below it in the paragraph."""
    put_off = previous.outcome == "postponed" and previous.voteless and decision.start >= previous.end
    carried = decision.outcome == "adopted" and decision.proposer is None and not decision.voteless
    same = decision.subject in (None, previous.subject, text.title)
    words = text.between(decision.start, decision.end).strip()
    gap = text.between(previous.end, decision.start)
    # "Uitslag: ...", or a bare outcome line under it ("Saken utsettes." / "Enstemmig vedtatt."), not a sentence
    bare = "\n" in gap and not gap.rsplit("\n", 1)[-1].strip() and len(words.rstrip(" .").split()) <= _UNANIMITY_WORDS
    own_line = "\n" not in words and (_FIELD_LABEL.match(words) is not None or bare)
    return put_off and carried and same and own_line and "\n\n" not in gap and gap.count("\n") <= 1
