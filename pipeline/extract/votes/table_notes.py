"""Notes under a decision table that quote the proposal a row decided ("| 6 | Voorstel van raadslid X (partij):
langere openingstijden | verworpen |", then below the table 'Punt 6 - Het voorstel luidde: "De bibliotheek ..."'): the
row's vote is on those words, as a quote under the proposal's own heading would make it. The note opens with the
row's item number (`decision_tables.note_number_prefix`, then the number and a dash, stop, colon or bracket); the
quote follows a lead-in naming the proposal (`subjects.quoted_proposal_leads`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.subject_rules import subject_rules
from pipeline.extract.votes.subjects import first_sentence

_NUMBER = r"(?P<case>\d{1,4}[a-z]?)"
_LINE = re.compile(r"^[^\n]+", re.M)
# the quote after the lead's colon, on its line or opening the next ('... luidde:' / '"Het krediet ..."')
_QUOTE_AFTER_LEAD = re.compile(r"(?P<lead>[^\n]{1,160}?:)[ \t]*(?:\n[ \t]*)?[«“\"](?P<text>[^«»“”\"\n]{3,600})[»”\"]")


@cache
def _note_opening(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"[ \t]*{prefix}{_NUMBER}(?:[ \t]*[.:)]|[ \t]+[-–—])[ \t]+(?=\S)")


def with_quoted_notes(found: list[Decision], case_of: Callable[[int], str | None], text: str, lex: Lexicon) -> None:
    """Name each decision table row whose note below it quotes the proposal it decided by that proposal's words."""
    rows: dict[str, Decision] = {}
    for decision in found:
        if decision.table and (case := case_of(decision.start)):
            rows.setdefault(case.lower(), decision)
    rules = subject_rules(lex.language)
    if not rows or rules.quoted_lead is None:
        return
    opening = _note_opening(lex.tables["note_number_prefix"])
    last = max(row.end for row in rows.values())
    for line in _LINE.finditer(text, last):
        note = opening.match(line.group(0))
        row = rows.get(note.group("case").lower()) if note else None
        quoted = _QUOTE_AFTER_LEAD.match(text, line.start() + note.end()) if note and row else None
        if row and quoted and rules.quoted_lead.search(quoted.group("lead")):
            row.subject = first_sentence(quoted.group("text")) or row.subject
