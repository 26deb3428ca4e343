"""Decisions recorded as sentences (nl minutes): the sentence a bare vote record is about, and lead-ins.

"De gemeenteraad keurt de overeenkomst goed." / "Met algemeenheid van stemmen.": the record names nothing,
the sentence above it is what was decided. "De gemeenteraad beslist:" / "Artikel 1. ...": the lead-in
decides nothing of its own; the article below it does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.phrases import Hit, previous_sentence, without_label
from pipeline.extract.votes.quoted import is_generic_decision
from pipeline.extract.votes.section import SectionText

if TYPE_CHECKING:
    from pipeline.extract.votes.decisions import Decision


def stated_above(section: SectionText, hit: Hit, floor: int, lex: Lexicon) -> str | None:
    """The decision sentence right above a vote record naming nothing ("De gemeenteraad keurt de overeenkomst
    goed." / "Met algemeenheid van stemmen."): what minutes that record decisions as sentences decided.
    A record opening its line ("Stemming: eenparig") is about the whole line above it, initials and all."""
    if lex.phrase_subject != "sentence":
        return None
    text = section.text
    line_start = text.rfind("\n", 0, hit.phrase_start) + 1
    label = text[line_start : hit.phrase_start].strip(" \t:")
    if line_start == hit.start or (label and lex.block_label.fullmatch(label)):
        begin = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        sentence = text[begin:line_start]
    else:
        begin, sentence = previous_sentence(text, hit.phrase_start)
    if not sentence or begin < floor or section.in_proposal(begin):
        return None
    sentence = without_label(" ".join(sentence.split())).rstrip(" .")
    if lex.block_label.fullmatch(sentence):
        return None  # "Voorstel van besluit" above its result: a label naming the recommendation, no sentence
    if is_generic_decision(sentence, lex):
        return None  # "De gemeenteraad keurt de notulen goed." names only the item: the item's title names it
    return sentence if any(r.search(sentence) for r in lex.decisive_sentences) else None


def without_lead_ins(decisions: list[Decision], lex: Lexicon) -> list[Decision]:
    """ "De gemeenteraad beslist:" above "Artikel 1. De notulen ... worden goedgekeurd.": the article decides,
    and a vote the lead-in states ("De raad besluit met algemene stemmen:") is the article's. A lead-in ends
    with its colon, or with the article's label run on after it ("...: Artikel 1"), and decides by its verb."""
    out: list[Decision] = []
    for index, decision in enumerate(decisions):
        following = decisions[index + 1] if index + 1 < len(decisions) else None
        head, colon, rest = (decision.subject or "").rpartition(":")
        leads = bool(colon) and len(rest.split()) <= 2 and any(r.search(head) for r in lex.decisive_sentences)
        counted = following is not None and (following.votes_for, following.votes_against) != (None, None)
        if leads and following is not None and following.unanimous is None and not counted:
            following.unanimous, following.votes_against = decision.unanimous, decision.votes_against
            following.votes_for, following.against_parties = decision.votes_for, decision.against_parties
            following.start = decision.start
            continue
        out.append(decision)
    return out
