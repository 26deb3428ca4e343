"""Items decided inside running prose, each named by its number and its title in brackets.

A vote page's notes or a news page report items decided without a vote in one sentence ("Pkt. 35 (Titel) blev
taget til efterretning, og pkt. 37 (Titel) blev godkendt uden afstemning."): the bracket names the item, so each
clause is a row of its own, about its title, with the number in front of the bracket as its case (not the case
the page's context holds). The item words live in models/votes/<lang>.json `subjects.bracketed_items`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipeline.extract.votes.dates import parse_date
from pipeline.extract.votes.decisions import Decision, hit_decision
from pipeline.extract.votes.lexicon import Lexicon, expander
from pipeline.extract.votes.phrases import find_hits, find_statements
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import alternation, load_rules

# a clause runs to its sentence's stop (not a day's "3. marts"), never past a blank line
_CLAUSE_END = re.compile(r"(?<!\d)[.;!?](?=\s|$)|(?<=\d{4})\.(?=\s|$)|\n[ \t]*\n")


@cache
def _items(language: str) -> re.Pattern[str] | None:
    rules = load_rules("votes", language, VotesRules).model_dump()
    patterns = rules["subjects"]["bracketed_items"]
    expand = expander(rules)
    return re.compile(alternation(expand(p) for p in patterns)) if patterns else None


def _decision(title: str, clause: str, verb: str, lex: Lexicon) -> Decision | None:
    """The clause's outcome read as a sentence about the title ("<title> blev godkendt uden afstemning"), also
    where the verb stands before the item ("Desuden blev pkt. 5 (Titel) udsat")."""
    probe = f"{title} {' '.join(clause.split())}"
    for text in (probe, f"{title} {verb} {' '.join(clause.split())}"):
        if hits := [hit for hit in find_hits(text, lex) if hit.start == 0]:
            return hit_decision(hits[0], 0, [], lex)
    if find_statements(probe, lex):  # "<title> ble tatt til orientering"
        return Decision(start=0, end=len(probe), outcome="noted", statement=True)
    return None


def bracketed_items(text: str, lex: Lexicon) -> list[tuple[Decision, str]]:
    """Each bracketed item's decision with its case number; none where its clause dates another meeting."""
    pattern = _items(lex.language)
    if pattern is None or "(" not in text:
        return []
    matches = list(pattern.finditer(text))
    found = []
    for index, match in enumerate(matches):
        limit = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        stop = _CLAUSE_END.search(text, match.end(), limit)
        end = stop.start() if stop else limit
        clause = text[match.end() : end]
        if "\n" in clause[: len(clause) - len(clause.lstrip())]:
            continue  # "Sak 12/26 (Tittel)" heading a case: the lines below are its treatment, not this clause
        title = " ".join(match["title"].split())
        before = text[max(0, match.start() - 40) : match.start()].split()
        verb = before[-1] if before else ""  # the word before the item: an auxiliary in an inverted clause
        if parse_date(clause, lex) or (decision := _decision(title, clause, verb, lex)) is None:
            continue  # "... blev godkendt på mødet 3. marts 2025": an earlier meeting's decision
        decision.start, decision.end, decision.subject = match.start(), end, title
        found.append((decision, match["case"]))
    return found


def with_bracketed_items(found: Sequence[Decision], text: str, lex: Lexicon) -> tuple[list[Decision], dict[int, str]]:
    """The decisions found, those inside a bracketed item's clause replaced by the item's own decision, and the
    case number of each item's decision by its id."""
    items = bracketed_items(text, lex)
    spans = [(d.start, d.end) for d, _ in items]
    kept = [d for d in found if not any(a <= d.start < b for a, b in spans)]
    return kept + [d for d, _ in items], {id(d): case for d, case in items}
