"""Items listed in a decision table at the top of the minutes and then recorded in full below, each under its own
case header ("FS 55/26  Busetjing av flyktningar  Vedteke 4-3" in the list; "FS 55/26 Busetjing av flyktningar"
with its proposals and votes further down; "| 102 | Lokalplan 7.41 | Godkendt |", then "102. Lokalplan 7.41 ..."
with its decision labels). A note under the table ("Ad 5. ...", "KS-003/26: Mot stemte ...", a restated title
over prose only) only explains its row; a full record records the votes themselves, and they are the rows: the
list line only summed them up."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon, decision_labels
from pipeline.extract.votes.subject_rules import subject_rules

_TRAILING_NOTE = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$")  # "(alternativ røysting mot ...)"
_RECORD_LINES = 40  # lines of a restated item searched for its decision label
_ITEM_LINE = re.compile(r"[ \t*#]*\d{1,4}(?:[/.]\d{1,4})?[a-z]?[.:)]?[ \t]+\S")  # "103. Tillægsbevilling ..."


def recorded_in_full(
    row: Decision,
    case: str | None,
    explained: list[Decision],
    header_at: Callable[[int], int],
    text: str,
    lex: Lexicon,
    is_note: Callable[[str], bool],
) -> bool:
    """The item `case` of the table row `row`, whose decisions below are `explained`, is recorded in full: its title
    restated under its number with a decision label (`_restated_with_label`), or its decisions under case headers
    below the table that are not note lines (`is_note`: "Ad 5. ...", "KS-003/26: ...") with one of them naming what
    was voted on (a record under a case header stating only its decision keeps the list line)."""
    if _restated_with_label(row, case, text, lex):
        return True
    named = any(_names_voted_object(d, lex) for d in explained)
    return named and _under_own_headers(row, explained, header_at, text, is_note)


def _under_own_headers(
    row: Decision, explained: list[Decision], header_at: Callable[[int], int], text: str, is_note: Callable[[str], bool]
) -> bool:
    """The decisions `explained` sit under case headers below the table that are not note lines."""
    for decision in explained:
        start = header_at(decision.start)
        end = text.find("\n", start)
        if start < row.end or is_note(text[start : end if end >= 0 else len(text)]):
            return False
    return True


def _restated_with_label(row: Decision, case: str | None, text: str, lex: Lexicon) -> bool:
    """A line below the table row opens with the row's item number and restates its title ("102. Lokalplan 7.41
    for boliger ved Rønnevang"), and a decision label opens a line of that item ("Beslutning i Byrådet den ...:").
    A restated title over prose only ("73/26 Ny parkeringsforskrift" / "Det ble avgitt 25 stemmer ...") is a note
    about the row."""
    if not case or not row.subject:
        return False
    number, title = re.escape(case), re.escape(row.subject)
    opening = re.compile(rf"(?m)^[ \t*#]*(?:\w{{1,8}}\.?[ \t]+)?{number}[ \t]*[.:)]?[ \t]+{title}")
    found = opening.search(text, row.end)
    if found is None:
        return False
    for line in text[found.end() : found.end() + _RECORD_LINES * 200].split("\n")[1:_RECORD_LINES]:
        if _ITEM_LINE.match(line):
            return False  # the next item: this one had no decision label
        if any(regex.match(line.strip(" \t|*")) for regex in lex.decision_blocks):
            return True
    return False


def _names_voted_object(decision: Decision, lex: Lexicon) -> bool:
    """A member's proposal (its mover known) or the recommendation named as such ("Innstillinga",
    "Kommunedirektørens innstilling", "Formannskapet si innstilling (alternativ røysting mot ...)")."""
    if decision.proposer is not None:
        return True
    subject = _TRAILING_NOTE.sub("", decision.subject or "").strip()
    if not subject:
        return False
    refs = subject_rules(lex.language).recommendation_refs
    return lex.is_proposal_label(subject) or bool(refs and refs.fullmatch(subject))


def once_each(decisions: list[Decision], row: Decision, text: str, lex: Lexicon) -> list[Decision]:
    """The full record's decisions, a vote restated in the next sentence kept once ("Framlegget vart samrøystes
    vedteke. Saka er utsett."): the same subject twice under one decision label is one decision, its unanimity
    kept, postponed when either says so; under another label ("Beslutning i Teknik- og Miljøudvalget ...:" /
    "Beslutning i Byrådet ...:") it is another body's step. The list's counts ("Vedteke 4-3") go to the one
    decision with the list's outcome that states none; a record stating only the one decision is about the listed
    item, its title the subject."""
    kept = {}
    for key, decision in _keyed(decisions, text, lex):
        first = kept.setdefault(key, decision)
        if first is not decision:
            first.unanimous = decision.unanimous if first.unanimous is None else first.unanimous
            first.outcome = "postponed" if "postponed" in (first.outcome, decision.outcome) else first.outcome
    if len(kept) == 1 and not any(_names_voted_object(d, lex) for d in kept.values()):
        next(iter(kept.values())).subject = row.subject  # the record states only the decision on the listed item
    same = [d for d in kept.values() if d.outcome == row.outcome]
    if len(same) == 1 and same[0].voteless and not row.voteless:
        for name in ("unanimous", "votes_for", "votes_against", "against_parties", "counts_consistent"):
            setattr(same[0], name, getattr(row, name))
    return list(kept.values())


def _keyed(decisions: list[Decision], text: str, lex: Lexicon) -> list[tuple[tuple[str | None, int], Decision]]:
    """Each decision keyed by its subject and the decision label it stands under: one key is one step."""
    labels = [m.start() for m in decision_labels(text, lex)]
    return [((d.subject, sum(1 for at in labels if at < d.start)), d) for d in decisions]


def moved_and_counted(decision: Decision, row: Decision, text: str) -> bool:
    """A note's vote on a member's proposal, its mover named and its count given, with another outcome than the
    row's, or another count than the row's own ("Ad 4. Amendement A2 van de SP (...) is verworpen met 5 stemmen voor
    en 16 tegen."): a vote of its own, not an explanation of the row (a row that is that member's proposal is not).
    """
    moved = decision.proposer is not None or decision.proposer_party is not None
    counted = decision.votes_for is not None and decision.votes_against is not None
    own = (decision.votes_for, decision.votes_against) != (row.votes_for, row.votes_against) and not row.voteless
    other = decision.subject != row.subject and decision.proposer_party != row.proposer_party  # not the row again
    head = " ".join((decision.subject or "").lower().split()[:2])  # the note names it itself, not a heading above
    told = bool(head) and head in " ".join(text[decision.start : decision.end].lower().split())
    return moved and counted and other and told and (decision.outcome != row.outcome or own)
