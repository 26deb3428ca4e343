"""Whole-item decision lines that carry their own vote: an election with its count ("Kari Nes vart vald med
20 mot 3 røyster.", "Kari Nes blev valgt med 20 stemmer mod 3.") and one written after a run-in vote label
("Røysting: Dei føreslegne kandidatane vart samrøystes valde.", "Votering: Kari Nes ble valgt.").

Such a line names no proposal, so no vote phrase reads it: its count is read with the language's count
tails (models/votes/<lang>.json `tails`), the same shapes a vote phrase's count takes, and a run-in label
is the language's decision label (`decision_labels`) followed by a colon on the decision's own line.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.votes.counts import parse_breakdown
from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon, expander
from pipeline.extract.votes.schema import VotesRules
from pipeline.extract.votes.union import read_counts
from pipeline.rules import literals, load_rules


@cache
def _run_in_label(language: str) -> re.Pattern[str]:
    labels = load_rules("votes", language, VotesRules).decision_labels
    return re.compile(r"[ \t*]*" + literals(labels) + r"[ \t*]*:[ \t*]*(?=\S)", re.I)


def run_in_label_end(line: str, lex: Lexicon) -> int:
    """Where the decision starts after a run-in vote label opening `line` ("Røysting: ..."); 0 without one."""
    m = _run_in_label(lex.language).match(line)
    return m.end() if m else 0


@cache
def _rival_votes(language: str) -> re.Pattern[str] | None:
    rules = load_rules("votes", language, VotesRules)
    fragment = rules.fragments.get("rival_votes")
    return re.compile(expander(rules.model_dump())(fragment)) if fragment else None


def count_line(decision: Decision, sentence: str, lex: Lexicon, around: str = "") -> None:
    """Votes for and against (and the parties against) written into the decision's own sentence; when it gives
    only the winner's votes, the other candidates' votes `around` it ("Y fikk 13 stemmer.", fragment `rival_votes`)
    are against, as in a written ballot."""
    groups: dict[str, str] = {}
    for regex in lex.tails:
        if m := regex.search(sentence):
            for key, value in read_counts(m.groupdict(), lex.number_words).items():
                groups.setdefault(key, value)
    rival = _rival_votes(lex.language)
    if "for" in groups and "against" not in groups and rival is not None:
        if rivals := [int(m.group("n")) for m in rival.finditer(around or sentence)]:
            groups["against"] = str(sum(rivals))
    if "for" not in groups and "against" not in groups:
        return
    decision.votes_for = int(groups["for"]) if "for" in groups else decision.votes_for
    decision.votes_against = int(groups["against"]) if "against" in groups else decision.votes_against
    if breakdown := groups.get("against_breakdown"):
        decision.against_parties = parse_breakdown(breakdown, lex).counted(decision.votes_against)
    decision.unanimous = False if decision.votes_against else decision.unanimous
