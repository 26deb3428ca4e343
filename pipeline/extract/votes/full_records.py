"""Items listed in a decision table at the top of the minutes and then recorded in full below, each under its own
case header ("FS 55/26  Busetjing av flyktningar  Vedteke 4-3" in the list; "FS 55/26 Busetjing av flyktningar"
with its proposals and votes further down). A note under the table ("Ad 5. ...", "KS-003/26: Mot stemte ...") only
explains its row; a full record that names what was voted on (the recommendation, a member's proposal) records
the votes themselves, and they are the rows: the list line only summed them up."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.subject_rules import subject_rules

_TRAILING_NOTE = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$")  # "(alternativ røysting mot ...)"


def recorded_in_full(
    row: Decision,
    explained: list[Decision],
    header_at: Callable[[int], int],
    text: str,
    lex: Lexicon,
    is_note: Callable[[str], bool],
) -> bool:
    """The decisions `explained` (about the table row `row`'s item) sit under case headers below the table that
    are not note lines (`is_note`: "Ad 5. ...", "KS-003/26: ..."), and one of them names what was voted on."""
    for decision in explained:
        start = header_at(decision.start)
        end = text.find("\n", start)
        if start < row.end or is_note(text[start : end if end >= 0 else len(text)]):
            return False
    return any(_names_voted_object(d, lex) for d in explained)


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


def once_each(decisions: list[Decision], row: Decision) -> list[Decision]:
    """The full record's decisions, a vote restated in the next sentence kept once ("Framlegget vart samrøystes
    vedteke. Saka er utsett."): the same subject twice is one decision, its unanimity kept, postponed when
    either says so. The list's counts ("Vedteke 4-3") go to the one decision with the list's outcome that
    states none."""
    kept: dict[str | None, Decision] = {}
    for decision in decisions:
        first = kept.setdefault(decision.subject, decision)
        if first is not decision:
            first.unanimous = decision.unanimous if first.unanimous is None else first.unanimous
            first.outcome = "postponed" if "postponed" in (first.outcome, decision.outcome) else first.outcome
    same = [d for d in kept.values() if d.outcome == row.outcome]
    if len(same) == 1 and same[0].voteless and not row.voteless:
        for name in ("unanimous", "votes_for", "votes_against", "against_parties", "counts_consistent"):
            setattr(same[0], name, getattr(row, name))
    return list(kept.values())
