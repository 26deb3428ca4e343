"""What a vote page's vote is about: the lines right above its result field (result_fields.py reads the field)."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.proposal_labels import Defined, defined_proposal
from pipeline.extract.votes.proposals import find_proposals
from pipeline.extract.votes.result_fields import (
    _ROLL_CALL_LINES,
    _lines_above,
    _opens_vote,
    _Rules,
    _rules_of,
    _vote_opening,
    is_roll_call,
    result_lines,
)

if TYPE_CHECKING:
    from pipeline.extract.votes.decisions import Decision
    from pipeline.extract.votes.section import SectionText

_QUOTED_END = re.compile(r"[«\"“](?P<words>[^\n«»\"“”]{3,400})[»\"”][ \t]*$")  # a proposal's words closing a line
_QUOTED = re.compile(r"^[ \t]*[«\"“](?P<words>[^\n«»\"“”]{3,400})[»\"”][ \t]*$")  # a proposal's words, quoted alone
_NAMING_WORD = re.compile(r"(?<![\w/.-])(?=\w*[a-zæøå])[^\W\d_]{3,}(?![\w/-])")  # lower case, no digit
_CANDIDATE = re.compile(r"[A-ZÆØÅ][\w'’.-]+(?:[ \t]+[A-ZÆØÅ][\w'’.-]+){1,4}[ \t]*\([^()\n]{1,20}\)")  # a name alone


def about_result_fields(decided: list[Decision], text: SectionText, raw: str, lex: Lexicon) -> list[Decision]:
    """A vote page's vote is about what the lines right above its result field name: a proposal's words quoted
    on a line of their own (under "Forslag nr. 3 fra ..."), else the subject field's value ("Forslag: Gratis
    skolemat"), else a recommendation's label standing alone ("Formannskapets innstilling"). The proposer read
    from the heading above stays. `raw` is the section's text with its fields' labels, offsets as `text`.
    A vote tab's proposal and its result read as one sentence: a postponement proposal carried puts the case off,
    a proposal withdrawn ("Tilleggsframlegg frå SV" / "Resultat: Trekt": an empty decision) is no row."""
    starts = sorted(result_lines(text.text, lex))
    kept = []
    for decision in decided:
        inside = [r for r in starts if decision.start - text.base <= r < decision.end - text.base]
        named = _named_above(raw, inside[0], lex) if inside else None
        if isinstance(named, Defined):  # "VOTERING 1 – F1": the listed proposal F1, moved by whom the list names
            decision.proposer, decision.proposer_party = named.name, named.party
            named = named.words
        if named:
            decision.subject = named
            if _withdrawn(named, text.text, inside[0], lex):
                continue
            if decision.outcome == "adopted" and any(w in named.lower() for w in lex.postponement_words):
                decision.outcome = "postponed"
        kept.append(decision)
    return kept


def _withdrawn(named: str, text: str, at: int, lex: Lexicon) -> bool:
    """The proposal named and the result field at `at` say it was withdrawn ("Endringsforslag fra FrP trukket")."""
    rules = _rules_of(lex)
    line = text[at : text.find("\n", at) % (len(text) + 1)]
    field = rules.field.match(line) if rules.field is not None else None
    value = field.group("value").strip(" .") if field else ""
    return bool(value) and any(regex.fullmatch(f"{named} {value}") for regex in lex.empty_decisions)


def _named_above(raw: str, at: int, lex: Lexicon) -> str | Defined | None:
    """The quoted words, the subject field's value or the recommendation's label right above a result field,
    below the result field of the vote before."""
    rules = _rules_of(lex)
    for _ in range(_ROLL_CALL_LINES):  # the counts printed between the label and its result belong to the vote
        line_start = raw.rfind("\n", 0, max(at - 1, 0)) + 1
        if at == 0 or not is_roll_call(raw[line_start : max(at - 1, line_start)], lex):
            break
        at = line_start
    above = _lines_above(raw, at)
    if rules.field is not None:  # another vote's result above ends what this one is about
        above = list(takewhile(lambda found: _opens_vote(found[1], rules) or not rules.field.match(found[1]), above))
    lines = [line for _, line in above]
    for index, line in enumerate(lines):
        if quoted := _QUOTED.match(line):
            return quoted.group("words").strip()
        if opening := _vote_opening(line, rules):
            # "Votering 2: Formannskapets innstilling": what the vote is about; the proposal's words quoted after
            # its heading on the same line ("Votering 2 - Forslag fra SV «...»") or in a field under it
            # ("Tekst: Taksten fastholdes.") are what was voted on
            if quoted := _QUOTED_END.search(opening):
                return quoted.group("words").strip()
            if defined := defined_proposal(opening, raw, at, lex):
                return defined
            if rules.named is not None and rules.named.fullmatch(opening.strip(" \t*:")):
                return opening  # "Votering 3 – Innstillingen fra formannskapet": the recommendation, as named
            return _field_value(lines[:index], rules) or opening
    headed = [p.start for p in find_proposals(raw, lex)] if rules.subject is not None else []
    for line_start, line in above:
        if rules.subject is not None and (field := rules.subject.match(line)):
            value = line[field.end() :].strip()  # 'Voorstel: "De raad beslist ..."': the quoted words
            if _CANDIDATE.fullmatch(value):  # "Framlegg: Inger Riskedal (H)": an election's candidate, not its object
                return None
            return quoted.group("words").strip() if (quoted := _QUOTED.match(value)) else value
        if any(line_start <= start <= line_start + len(line) for start in headed):
            break  # "Voorstel: ..." / "Amendement A1 ...": / "Besluit: aangenomen": the vote is the amendment's
    label = lines[0].strip(" \t*:") if lines else ""
    named = label and rules.named is not None and rules.named.fullmatch(label)
    entry = label and rules.entry is not None and rules.entry.fullmatch(label)  # "Motie 7B (CDA) - Titel"
    return label if (named or entry) and not _reference_only(label) else None


def _field_value(lines: list[str], rules: _Rules) -> str | None:
    """The proposal-text field's value among `lines` ("Tekst: Taksten fastholdes."), its quotes dropped."""
    for line in lines:
        if rules.text is not None and (field := rules.text.match(line)):
            value = line[field.end() :].strip()
            return quoted.group("words").strip() if (quoted := _QUOTED.match(value)) else value or None
    return None


def _reference_only(label: str) -> bool:
    """Its noun and a reference code ("Raadsvoorstel RV-2026-014"): names nothing, the item's title does."""
    return any(ch.isdigit() for ch in label) and len(_NAMING_WORD.findall(label)) < 2
