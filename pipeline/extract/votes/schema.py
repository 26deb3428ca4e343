"""The shape of models/votes/<lang>.json, validated by `pipeline.rules.load_rules` (unknown keys rejected).

Patterns are Python regexes; `<<name>>` inserts a fragment (from `fragments`, or the built-in
month, weekday, body and party alternations).
"""

from __future__ import annotations

from typing import Literal

from pipeline.rules import Rules

Outcome = Literal["adopted", "rejected", "postponed", "noted"]
Option = Literal["yes", "no", "abstain"]


class ClauseRule(Rules):
    """A vote phrase; `subject: previous` means it refers to the sentence before ("stemt hier mee in")."""

    outcome: Outcome
    pattern: str
    subject: Literal["previous"] | None = None


class TallyRule(Rules):
    """A count line for one option ("For stemte 17 (A, B og SF)", "voor 92%")."""

    option: Option
    pattern: str


class OutcomeRule(Rules):
    """An outcome read from a decision block's text when it holds no vote phrase ("Sagen udsat")."""

    outcome: Outcome
    pattern: str


class HeaderLabels(Rules):
    body: list[str] = []
    date: list[str] = []
    case: list[str] = []
    archive: list[str] = []
    title: list[str] = []
    other: list[str] = []


class VotesRules(Rules):
    """Every rule of the votes extractor for one language."""

    months: dict[str, int] = {}
    weekdays: list[str] = []
    two_digit_year_pivot: int = 50
    header_labels: HeaderLabels = HeaderLabels()
    header_lines: list[str] = []
    step_headers: list[str] = []
    list_lead_ins: list[str] = []
    context_resets: list[str] = []
    body_names: list[str] = []
    administrative_bodies: list[str] = []
    default_body: str | None = None
    decision_labels: list[str] = []
    proposal_labels: list[str] = []
    point_labels: list[str] = []
    fragments: dict[str, str] = {}
    clauses: list[ClauseRule] = []
    statements: list[str] = []
    tails: list[str] = []
    tallies: list[TallyRule] = []
    proposal_declarations: list[str] = []
    genitive_suffixes: list[str] = []
    postponement_words: list[str] = []
    generic_voter_labels: list[str] = []
    party_prefixes: list[str] = []
    party_codes: list[str] = []
    party_names: list[str] = []
    party_code_pattern: str | None = None
    alternative_subject: str = "{winner} ({loser})"
    vote_words: list[str] = []
    triggers: list[str] = []
    decision_blocks: list[str] = []
    empty_decisions: list[str] = []
    block_outcomes: list[OutcomeRule] = []
    background: list[str] = []
    decisive_sentences: list[str] = []
    option_words: dict[str, Option] = {}
    member_votes: list[str] = []
    option_blocks: list[str] = []
