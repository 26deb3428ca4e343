"""Subjects of labelled votes (vote_labels.py): a proposal label points to the proposal named above
it ("Amendement ingediend door An Peeters (Groen): ..." / "Stemming over het amendement"), a decision
label to the decision stated below it ("Stemming over het ontwerpbesluit" / "Besluit" / "Artikel 1:
De gemeenteraad keurt ... goed."), else to the case title."""

from __future__ import annotations

from pipeline.extract.votes.blocks import Block, block_decision
from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.proposal_rules import proposal_lexicon
from pipeline.extract.votes.proposals import find_proposals, open_proposal
from pipeline.extract.votes.proposers import declared, titled_before
from pipeline.extract.votes.section import SectionText
from pipeline.extract.votes.vote_labels import Mark, segment


def about_labels(decided: list[Decision], blocks: list[Block], text: SectionText, raw: str, lex: Lexicon) -> None:
    """Give each decision under a vote label the subject the label points to. `raw` is the section's text
    with its header lines kept: a proposal may be named on the lines right under the case title."""
    marks = text.marks(lex)
    for decision in decided:
        index = segment(marks, decision.start - text.base)
        if index < 0 or not marks[index].covers(decision.start - text.base):
            continue
        mark = marks[index]
        if mark.about == "proposal" and decision.proposer is None:
            _about_proposal(decision, mark, raw, text.title, lex)
        elif mark.about == "decision" and mark.inline and _own_sentence(decision, mark, text):
            continue  # "Stemming over het ontwerpbesluit: 27 ja" / "Het ontwerpbesluit is goedgekeurd.": its own words
        elif mark.about == "decision":  # the draft decision before the council: nobody's proposal
            limit = marks[index + 1].start if index + 1 < len(marks) else len(text.text)
            decision.subject = _stated_below(mark, limit, blocks, text, lex) or text.title or decision.subject
            decision.proposer = decision.proposer_party = None


def _own_sentence(decision: Decision, mark: Mark, text: SectionText) -> bool:
    """The decision names itself in a sentence below its inline label's line."""
    return bool(decision.subject) and decision.subject not in text.text[mark.start : mark.end]


def _about_proposal(decision: Decision, mark: Mark, raw: str, title: str | None, lex: Lexicon) -> None:
    """The proposal named last above the label."""
    heading = titled_before(declared(raw, lex), mark.start) or open_proposal(
        find_proposals(raw, lex, title), mark.start, 0
    )
    if heading is not None:
        decision.subject, decision.proposer, decision.proposer_party = heading.title, heading.name, heading.party
    elif named := _named_by_label(raw[mark.start : mark.end], lex):
        decision.subject = named


def _named_by_label(label: str, lex: Lexicon) -> str | None:
    """A label that names its proposal itself ("Stemming op het amendement van de N-VA-fractie"): the words
    from the proposal's kind on; a bare kind ("Stemming over het amendement") names nothing of its own."""
    plex = proposal_lexicon(lex.language)
    kind = plex.anaphor_word.search(label) if plex else None
    named = label[kind.start() :].strip(" \t*:") if kind else ""
    return named if kind and len(named) > len(kind.group(0)) else None


def _stated_below(mark: Mark, limit: int, blocks: list[Block], text: SectionText, lex: Lexicon) -> str | None:
    """The first sentence of the decision block below the label, before the next label."""
    for block in blocks:
        if mark.end <= block.label_start < limit and (stated := block_decision(text, block, lex)):
            return stated.subject
    return None
