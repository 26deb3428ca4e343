"""Records about a whole item that name nothing of their own: briefings, elections, nouns for the case.

A briefing ("Rådmannen orienterte om status.", "Direktøren gav en orientering om byggeriet.",
"Orientering ved skolechefen.") reports to the meeting and decides nothing: it is never a row's subject,
and an item recorded only by a briefing gives no row; taken for information after it, the item is noted.
An election ("Lise Kvist (F) blev valgt.", "Vald vart: Marit Hauge (Ap)") or another whole-item decision
line decides the item even without a decision label above it. A subject that is a generic noun for the
item ("Lokalplanen", "Protokollen frå førre møte") names the item: its title; outside any case such a
decision is a running line of the minutes' head, not a row. The wording is data per language
(models/votes/<lang>.json `briefings`, `case_nouns`, `generic_decisions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.votes.lexicon import Lexicon, expander
from pipeline.extract.votes.proposals import Proposal
from pipeline.extract.votes.quoted import is_generic_decision, is_generic_subject
from pipeline.extract.votes.referents import referent
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import alternation, load_rules


@dataclass(frozen=True)
class WholeItemRules:
    briefing: re.Pattern[str] | None  # matched at a sentence's start
    case_noun: re.Pattern[str] | None  # matched against a whole subject


@cache
def _rules(language: str) -> WholeItemRules:
    rules = load_rules("votes", language, VotesRules)
    expand = expander(rules.model_dump())
    briefings = [expand(p) for p in rules.briefings]
    nouns = [expand(p) for p in rules.case_nouns]
    return WholeItemRules(
        briefing=re.compile(alternation(briefings)) if briefings else None,
        case_noun=re.compile(alternation(nouns), re.I) if nouns else None,
    )


def is_briefing(sentence: str | None, lex: Lexicon) -> bool:
    """An official's briefing to the meeting, however the sentence goes on."""
    regex = _rules(lex.language).briefing
    return bool(sentence and regex is not None and regex.match(sentence.strip(" \t-–•*")))


def is_case_noun(subject: str | None, lex: Lexicon) -> bool:
    """A generic noun standing for the item itself ("Lokalplanen", "Protokollen fra forrige møte")."""
    regex = _rules(lex.language).case_noun
    return bool(subject and regex is not None and regex.fullmatch(" ".join(subject.split()).strip(" .")))


def names_nothing(subject: str | None, named: list[Proposal], offset: int, lex: Lexicon) -> bool:
    """A vote line's subject that names nothing but the item: a generic noun or a whole-item decision
    ("Marit Hauge (Ap) vert vald"), or a noun for the item ("Lokalplanen", "Framlegget") that refers to
    no proposal named above it."""
    if is_generic_subject(subject, lex) or is_generic_decision(subject, lex):
        return True
    return is_case_noun(subject, lex) and referent(subject, named, offset, lex.language, lex) is None


def adopts_nothing(outcome: str, word: str | None, lex: Lexicon) -> bool:
    """A postponement, or a decision noting the case itself ("Sagen taget til orientering", `word` its first
    word), adopts nothing of the recommendation: it is about the case title, not the recommendation."""
    return outcome == "postponed" or (outcome == "noted" and is_case_noun(word, lex))
