"""A proposal named by its own words: the contract's "a proposal text's first sentence".

"Utsettelsesforslag fra Kari Moe (SV): Saken utsettes til bystyremøtet i april.", "Forslag om udsættelse:"
over "Sagen udsættes til næste møde.", "Ændringsforslag fra Enhedslisten v/ Sofie Krag (Ø): At vejadgangen
flyttes til Møllevej.": a vote that refers back to such a proposal by an anaphor ("Utsettelsesforslaget
falt", "Ændringsforslaget blev forkastet") is about what it proposes, the first sentence of its text, given
after the heading's colon or in the paragraph below it. Which headings name their proposal this way is data
(models/votes/<lang>.json `proposals.named_by_text`); a vote naming the proposal by its mover ("Forslaget fra
Moe") keeps that name, as every named proposal does. A postponement proposal adopted postpones the case.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.phrases import QUOTES
from pipeline.extract.votes.proposals import Proposal, line_end
from pipeline.extract.votes.proposers import Proposer
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import alternation, load_rules
from pipeline.text.structure import conventions

if TYPE_CHECKING:
    from pipeline.extract.votes.decisions import Decision

# a sentence ends at a stop before a capital or the end, not after a day or item number ("1. juni"), a short
# capitalised abbreviation ("Gl. Landevej", "St. Kongensgade") or a known one ("jf.", lists/<lang>.json)
_STOP = re.compile(r"(?<!\b[A-ZÆØÅ][a-zæøå])(?<!\b\d)(?<!\b\d\d)[.!?](?=\s+[A-ZÆØÅ«\"“]|\s*$)")


@cache
def _named_by_text(language: str) -> re.Pattern[str] | None:
    heads = load_rules("votes", language, VotesRules).proposals.named_by_text
    return re.compile(alternation(heads), re.I) if heads else None


def own_texts(proposals: list[Proposal], text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Where the words of proposals named by their text stand: the rest of a heading line that carries them,
    or the lines under a heading ending in a colon, up to a blank line or a line of the treatment
    ("Utsettelsesforslaget ble vedtatt ..."). An outcome phrase there ("Saka vert utsett til neste møte.")
    is what the proposal says, not a decision."""
    regex = _named_by_text(lex.language)
    return [_text_span(p, text, lex) for p in proposals if regex and p.end > p.start and regex.search(p.title)]


def _text_span(proposal: Proposal, text: str, lex: Lexicon) -> tuple[int, int]:
    own_end = line_end(text, proposal.start)
    if not text[proposal.start : own_end].rstrip().endswith(":"):
        return proposal.start, own_end
    end = own_end
    while end < len(text) and text[end + 1 : line_end(text, end + 1)].strip():
        line = text[end + 1 : line_end(text, end + 1)]
        if lex.block_label.match(line) or any(r.match(line) for r in (*lex.treatment_lines, *lex.decision_blocks)):
            break
        end = line_end(text, end + 1)
    return own_end, end


def _own_words(proposal: Proposal, text: str, lex: Lexicon) -> str | None:
    """The first sentence of the text a proposal heading carries or heads, when its kind is named by its text."""
    regex = _named_by_text(lex.language)
    heading = " ".join(text[proposal.start : proposal.end].split())
    if regex is None or not regex.search(proposal.title) or not heading.lstrip(" \t-–•*·").startswith(proposal.title):
        return None  # not such a kind, or named by the vote in words of its own ("Utsettelsesforslaget fra Moe")
    _, _, words = proposal.title.partition(":")
    if not words.strip():  # the text stands in the lines under the heading
        words = text[slice(*_text_span(proposal, text, lex))]
    words = " ".join(words.split()).strip(QUOTES + " ")
    abbreviations = conventions(lex.language).abbreviations
    for stop in _STOP.finditer(words):
        last = words[: stop.end()].split()[-1].lower()
        if last not in abbreviations and last.rstrip(".") not in abbreviations:
            words = words[: stop.end()]
            break
    return words.strip(QUOTES + " ").rstrip(".") or None


def name_by_text(decision: Decision, proposal: Proposal | Proposer, text: str, lex: Lexicon) -> None:
    """The vote on a proposal of a kind named by its text is about that text's first sentence; an adopted
    postponement proposal postpones the case. A declared mover (`Proposer`) names no heading of a kind."""
    words = _own_words(proposal, text, lex) if isinstance(proposal, Proposal) else None
    if words is None:
        return
    decision.subject = words
    postponing = any(word in proposal.title.lower() for word in lex.postponement_words)
    if decision.outcome == "adopted" and postponing:
        decision.outcome = "postponed"
