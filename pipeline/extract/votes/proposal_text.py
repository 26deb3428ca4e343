"""A proposal named by its own words: the contract's "a proposal text's first sentence".

"Utsettelsesforslag fra Kari Moe (SV): Saken utsettes til bystyremøtet i april.", "Forslag om udsættelse:"
over "Sagen udsættes til næste møde.", "Ændringsforslag fra Enhedslisten v/ Sofie Krag (Ø): At vejadgangen
flyttes til Møllevej.": a vote that refers back to such a proposal by an anaphor ("Utsettelsesforslaget
falt", "Ændringsforslaget blev forkastet") is about what it proposes, the first sentence of its text, given
after the heading's colon or in the paragraph below it. Which headings name their proposal this way is data
(models/votes/<lang>.json `proposals.named_by_text`). An outcome line that refers back to a member's proposal of
any kind ("Fellesforslaget ble vedtatt", "Sps forslag falt", "Framlegget frå Sæle fall") is about its words too
when the heading or lead line gives them; a bare result under a heading ("Forslag fra M. Grefstad (Ap)" /
"Falt") keeps the heading, as a vote page names what it voted on. A postponement proposal adopted postpones
the case.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.phrases import QUOTES
from pipeline.extract.votes.proposals import Proposal, find_proposals, line_end, quote_end
from pipeline.extract.votes.proposers import Proposer
from pipeline.extract.votes.result_fields import ends_proposal_text
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import alternation, load_rules
from pipeline.text.structure import conventions

if TYPE_CHECKING:
    from pipeline.extract.votes.decisions import Decision

# a sentence ends at a stop before a capital or the end, not after a day or item number ("1. juni"), a short
# capitalised abbreviation ("Gl. Landevej", "St. Kongensgade") or a known one ("jf.", lists/<lang>.json)
_STOP = re.compile(r"(?<!\b[A-ZÆØÅ][a-zæøå])(?<!\b\d)(?<!\b\d\d)[.!?](?=\s+[A-ZÆØÅ«\"“]|\s*$)")
_OPENING_QUOTE = re.compile(r"[«“\"](?P<words>[^«»“”\"]{3,})[»”\"]")


@cache
def _named_by_text(language: str) -> re.Pattern[str] | None:
    heads = load_rules("votes", language, VotesRules).proposals.named_by_text
    return re.compile(alternation(heads), re.I) if heads else None


@cache
def _text_when_referred(language: str) -> bool:
    return load_rules("votes", language, VotesRules).proposals.text_when_referred


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
        return proposal.start, quote_end(text, proposal.start, own_end)
    return own_end, _lines_under(text, own_end, lex)


def _lines_under(text: str, own_end: int, lex: Lexicon) -> int:
    """Where the lines under a heading ending at `own_end` stop: a blank line, a label, a treatment line or a vote
    page's result field (a page printing no blank line between its votes)."""
    end = own_end
    while end < len(text) and text[end + 1 : line_end(text, end + 1)].strip():
        line = text[end + 1 : line_end(text, end + 1)]
        if lex.block_label.match(line) or any(r.match(line) for r in (*lex.treatment_lines, *lex.decision_blocks)):
            break
        if ends_proposal_text(line, lex):
            break
        end = line_end(text, end + 1)
    return end


@cache
def _field(language: str) -> re.Pattern[str] | None:
    """A proposal field opening a line ("Voorstel: De gemeenteraad vraagt ..."), where the language's minutes
    give the words of the member's proposal a case is titled after."""
    rules = load_rules("votes", language, VotesRules)
    if not rules.proposals.words_in_field:
        return None
    labels = alternation([re.escape(label) for label in sorted(rules.proposal_labels, key=len, reverse=True)])
    return re.compile(rf"^[ \t]*(?:{labels})[ \t]*:[ \t]*(?=\S)", re.I | re.M)


def _field_words(text: str, lex: Lexicon) -> str:
    """The words of the case's first proposal field, the lines it wraps onto included; empty when none."""
    regex = _field(lex.language)
    found = regex.search(text) if regex else None
    return text[found.end() : _lines_under(text, line_end(text, found.end()), lex)] if found else ""


def _own_words(proposal: Proposal, text: str, lex: Lexicon, referred: bool) -> str | None:
    """The first sentence of the text a proposal heading carries or heads, when its kind is named by its text
    or an outcome line `referred` to it; for the proposal a case is titled after, of the case's proposal field."""
    regex = _named_by_text(lex.language)
    heading = " ".join(text[proposal.start : proposal.end].split())
    moved = bool(proposal.name or proposal.party) and proposal.ident is None  # a member's, not "Forslag A"
    if referred and proposal.start == proposal.end == 0:
        words = _field_words(text, lex)
    elif referred and moved and proposal.end > proposal.start and _text_when_referred(lex.language):
        words = heading.partition(":")[2] or _words_after(proposal, text, lex)  # as written, not as referred to
    elif regex is None or not regex.search(proposal.title) or not heading.lstrip(" \t-–•*·").startswith(proposal.title):
        return None  # not such a kind, or named by the vote in words of its own ("Utsettelsesforslaget fra Moe")
    else:
        _, _, words = proposal.title.partition(":")
        if not words.strip():  # the text stands in the lines under the heading
            words = text[slice(*_text_span(proposal, text, lex))]
    words = " ".join(words.split())
    if quoted := _OPENING_QUOTE.match(words):  # «...» then the outcome on the next line: the quote alone
        words = quoted.group("words")
    words = words.strip(QUOTES + " ")
    if not words or not (words[0].isupper() or words[0].isdigit()):
        return None  # no words of its own, or a lead line that runs on ("fremmet forslag om ...")
    abbreviations = conventions(lex.language).abbreviations
    for stop in _STOP.finditer(words):
        last = words[: stop.end()].split()[-1].lower()
        if last not in abbreviations and last.rstrip(".") not in abbreviations:
            words = words[: stop.end()]
            break
    return words.strip(QUOTES + " ").rstrip(".") or None


def _words_after(proposal: Proposal, text: str, lex: Lexicon) -> str:
    """The words a heading or lead line gives: the rest of its line after a colon, else the lines under it."""
    rest = text[proposal.end : line_end(text, proposal.end)].strip()
    if rest.startswith(":"):
        rest = rest[1:].strip()
    if rest:
        return rest
    own_end = line_end(text, proposal.end)
    return text[own_end : _lines_under(text, own_end, lex)]


def name_by_text(
    decision: Decision, proposal: Proposal | Proposer, text: str, lex: Lexicon, referred: bool = False
) -> None:
    """The vote on a proposal of a kind named by its text, or on one an outcome line `referred` to, is about
    that text's first sentence; an adopted postponement proposal postpones the case. A declared mover
    (`Proposer`) names no heading of a kind."""
    words = (proposal.words or _own_words(proposal, text, lex, referred)) if isinstance(proposal, Proposal) else None
    if words is None:
        return
    decision.subject = words
    postponing = any(word in proposal.title.lower() for word in lex.postponement_words)
    if decision.outcome == "adopted" and postponing:
        decision.outcome = "postponed"


def carried(text: str, lex: Lexicon) -> list[Proposal]:
    """The members' proposals a case text gives with their words, for the treatment below it to refer to
    ("Forslag fra Marit Holm (Sp): «...»" / "Formannskapets behandling 12.02.2026:" / "Sps forslag falt ...").
    They stand before the treatment's text (offset -1): an anaphor there may name them, a bare result not."""
    found = [(p, _own_words(p, text, lex, referred=True)) for p in find_proposals(text, lex) if p.end > p.start]
    return [replace(p, start=-1, end=-1, words=words) for p, words in found if words]
