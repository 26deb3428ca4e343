"""Vote rules per language, layered on models/votes/common.json and compiled once.

Loaded through `pipeline.rules.load_rules` against `VotesRules` (schema.py): a key the schema does
not know is rejected, so a typo never silently disables a rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from pipeline.extract.votes.news_rules import News, compile_news
from pipeline.extract.votes.schema import VotesRules
from pipeline.extract.votes.union import Union
from pipeline.rules import alternation, has_language, literals, load_rules
from pipeline.rules.compiled import compile_rule, regex
from pipeline.text.literals import LiteralGate

_FRAGMENT = re.compile(r"<<(\w+)>>")
# a decision label line: the label, an optional colon, and the decision itself when written on the same line
_BLOCK_LABEL = (r"^[ \t]*\**(?:", r")\**[ \t]*(?::\**[ \t]*(?P<inline>[^\n]*?)|\.?\**)[ \t]*$")


@dataclass(frozen=True)
class Clause:
    """A vote phrase: where it matches, the decision reads as `outcome`."""

    outcome: str
    refers_back: bool = False  # "sluttet seg enstemmig til dette": the subject is the sentence before


@dataclass(frozen=True)
class OutcomeCue:
    """A procedural outcome read from a decision block's text ("sendes tilbage", "aangehouden")."""

    outcome: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class VoteLabel:
    """A line naming what the vote below it is about: a proposal named above it, or the draft decision."""

    about: str  # proposal, decision
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Tally:
    """A 'for'/'against' count line ("For forslaget stemte 5: ...", "imod stemte 11 (V, C, O)")."""

    option: str  # yes, no, abstain


# a consent marker opens its sentence: at a line start, after a stop, a colon ("De VOORZITTER: ...") or a bracket
_SENTENCE_OPEN = r"(?:^[ \t]*|(?<=[.?!;:)][ \t])|(?<=\())"


@dataclass(frozen=True)
class Consent:
    """models/votes/<lang>.json `consent`, compiled: the chair's puts and the council's consent (consent.py)."""

    proposals: Union
    questions: re.Pattern[str]
    objections: re.Pattern[str]
    markers: dict[str, re.Pattern[str]]  # yes, no, assent, closer
    empty_subjects: re.Pattern[str]
    procedural: re.Pattern[str]
    outcomes: tuple[OutcomeCue, ...]
    handling_refs: re.Pattern[str]
    handling: re.Pattern[str]
    speakers: re.Pattern[str] | None
    chair: re.Pattern[str] | None
    window: int


def _consent(rules: dict, expand: Callable[[str], str]) -> Consent | None:
    """The consent rules of a language; None when it has none."""
    if not rules["proposals"] and not rules["closers"]:
        return None

    def one(patterns: list[str], opens: bool = False) -> re.Pattern[str]:
        alternation = "(?:" + "|".join(expand(p) for p in patterns) + ")" if patterns else "(?!)"
        return regex((_SENTENCE_OPEN if opens else "") + alternation, re.MULTILINE)

    return Consent(
        proposals=Union([expand(p) for p in rules["proposals"]]),
        questions=one(rules["questions"], opens=True),
        objections=one(rules["objections"], opens=True),
        markers={kind: one(rules[key], opens=True) for kind, key in _MARKERS.items()},
        empty_subjects=one(rules["empty_subjects"]),
        procedural=one(rules["procedural"]),
        outcomes=tuple(OutcomeCue(c["outcome"], _compile(c["pattern"], expand)) for c in rules["outcomes"]),
        handling_refs=one(rules["handling_refs"]),
        handling=one(rules["handling"]),
        speakers=_compile(rules["speakers"], expand) if rules["speakers"] else None,
        chair=_compile(rules["chair"], expand) if rules["chair"] else None,
        window=rules["window"],
    )


_MARKERS = {"yes": "yes", "no": "no", "assent": "assent", "closer": "closers"}


@dataclass(frozen=True)
class Lexicon:
    language: str
    months: dict[str, int]
    weekdays: tuple[str, ...]  # lower-cased; the first seven Monday to Sunday, then other spellings
    year_pivot: int
    labels: re.Pattern[str]
    label_fields: dict[str, str]  # lower-cased label -> field
    number_label: re.Pattern[str]  # a case or archive label and its number, colon optional ("Saksnr. 26/0318")
    archive_column: re.Pattern[str]  # a column after a case title holding its archive number ("Sag: 26/0711")
    item_marker: re.Pattern[str]  # a case's access marker in a column after its title ("Åben sag")
    header_lines: tuple[re.Pattern[str], ...]
    ruled_line: re.Pattern[str] | None  # a rule printed between cases
    ruled_case_lines: tuple[re.Pattern[str], ...]  # a case header without prefix, trusted under a rule or in a list
    context_resets: tuple[re.Pattern[str], ...]
    follow_on: re.Pattern[str] | None  # a body heading held on the same day, straight after the meeting above
    listed_items: re.Pattern[str] | None  # an item line listed right under its case's header ("RS 14/26 ...")
    listing_cases: re.Pattern[str] | None  # a case title naming the papers listed under it ("Referatsaker")
    administrative_bodies: frozenset[str]
    default_body: str | None
    head_body: re.Pattern[str]
    head_lines: int
    head_skip: re.Pattern[str] | None  # a head line dating the page (published, updated), not a meeting
    head_meeting: re.Pattern[str]  # a head title line naming a meeting, not its body ("Besluitenlijst")
    dates_inside_cases: bool  # a date-only header line inside a case dates a new meeting
    block_label: re.Pattern[str]
    proposal_labels: frozenset[str]
    proposal_label_patterns: re.Pattern[str] | None  # "Formannskapets innstilling": who recommends, as a label
    background_labels: frozenset[str]  # "Saksopplysninger", "Vedlegg": text under them recalls, it decides nothing
    point_label: re.Pattern[str] | None
    clauses: tuple[Clause, ...]
    clause_union: Union
    statements: tuple[re.Pattern[str], ...]
    tails: tuple[re.Pattern[str], ...]
    tallies: tuple[Tally, ...]
    tally_union: Union
    declarations: tuple[re.Pattern[str], ...]
    proposer_fields: tuple[re.Pattern[str], ...]
    genitive_suffixes: tuple[str, ...]
    postponement_words: tuple[str, ...]
    generic_voters: frozenset[str]
    party_prefixes: tuple[str, ...]
    party_codes: frozenset[str]
    party_code_pattern: re.Pattern[str] | None
    alternative_subject: str
    vote_words: re.Pattern[str] | None
    triggers: tuple[str, ...]
    decision_blocks: tuple[re.Pattern[str], ...]
    empty_decisions: tuple[re.Pattern[str], ...]
    generic_subject_from: str  # "recommendation", "title", "single_recommendation": what a bare decision is about
    step_subject_from: str  # "recommendation" or "title": the same, for a decision in a step below the recommendation
    compound_recommendation: re.Pattern[str] | None  # a recommendation's second clause (", og at ...")
    phrase_subject: str  # "noun" or "sentence": how much of a vote phrase's sentence is its subject
    block_outcomes: tuple[OutcomeCue, ...]
    vote_labels: tuple[VoteLabel, ...]
    background: tuple[re.Pattern[str], ...]
    sign_offs: tuple[re.Pattern[str], ...]
    treatment_labels: tuple[re.Pattern[str], ...]
    decisive_sentences: tuple[re.Pattern[str], ...]
    treatment_lines: tuple[re.Pattern[str], ...]  # a line telling how the meeting voted: ends a recommendation
    unanimous: re.Pattern[str] | None
    option_words: dict[str, str]  # lower-cased option word -> yes, no, abstain
    number_words: dict[str, int]  # lower-cased number word -> its value ("fem" -> 5), fragment `count`
    member_votes: tuple[re.Pattern[str], ...]
    party_votes: tuple[re.Pattern[str], ...]
    option_block: re.Pattern[str] | None
    party_names: re.Pattern[str] | None  # full party names and codes, to count a run-on list of members
    consent: Consent | None  # the chair's puts settled by consent without a vote
    block_sentence_subject: str  # "sentence" or "title": what a sentence under a lone decision label is about
    decision_points: str  # "whole" or "each": a decision block of numbered points is one decision or one per point
    row_note: re.Pattern[str] | None  # a note under a vote table: groups case, label (its words), note
    row_note_against: re.Pattern[str] | None  # the note's against side: group parties
    tie_explanation: re.Pattern[str] | None  # a sentence opening on how a tied vote was settled (ties.py)
    voteless_doc_types: frozenset[str]  # document types that record no votes (a plan, a strategy)
    tables: dict  # models/votes/<lang>.json `decision_tables`, compiled where read (decision_tables.py)
    news: News  # a page reporting a meeting's decisions: its meeting dates, its sentences about later
    result_fields: dict  # models/votes/<lang>.json `result_fields`, compiled where read (result_fields.py)

    def windows(self, text: str) -> list[tuple[int, int]] | None:
        """Line ranges around trigger stems, the only places a vote phrase can be; None = everywhere.

        Scanning a long document with every rule is slow; plain substring search for the trigger
        stems finds the few lines worth it. A window runs from two lines above a trigger to the
        line after it.
        """
        lowered = text.lower()
        if not self.triggers or len(lowered) != len(text):
            return None
        hits = sorted(pos for stem in self.triggers for pos in _positions(lowered, stem))
        windows: list[tuple[int, int]] = []
        for pos in hits:
            start = pos
            for _ in range(3):
                start = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start > 0 else 0
            end = text.find("\n", pos)
            end = text.find("\n", end + 1) if end >= 0 else -1
            end = len(text) if end < 0 else end
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], end))
            else:
                windows.append((start, end))
        return windows

    @cached_property
    def header_gate(self) -> LiteralGate:
        """The header patterns a line holds the words of, built once: a gate cached by the pattern tuple hashed
        every pattern's program on each of a document's lines (~15 µs a line)."""
        return LiteralGate(self.header_lines)

    def is_proposal_label(self, label: str) -> bool:
        """A recommendation's label: one of the listed labels, or one naming who recommends."""
        label = label.strip().lower()
        patterns = self.proposal_label_patterns
        return label in self.proposal_labels or bool(patterns is not None and patterns.fullmatch(label))

    def is_party(self, code: str) -> bool:
        """True when `code` is a party code of this language (as written, case-insensitive)."""
        code = code.strip()
        if code.lower() in self.party_codes:
            return True
        return bool(self.party_code_pattern and self.party_code_pattern.fullmatch(code))


def decision_labels(text: str, lex: Lexicon) -> tuple[re.Match[str], ...]:
    """Every decision label line in `text` (`decision_blocks`, rule by rule). Finding blocks, recommendations
    and retold sections each ask for them in the same section text: it is read once."""
    return _decision_labels(lex.decision_blocks, text)


@lru_cache(maxsize=8)
def _decision_labels(rules: tuple[re.Pattern[str], ...], text: str) -> tuple[re.Match[str], ...]:
    return tuple(m for regex in rules for m in regex.finditer(text))


def _positions(text: str, stem: str) -> Iterator[int]:
    pos = text.find(stem)
    while pos >= 0:
        yield pos
        pos = text.find(stem, pos + len(stem))


def _alternation(words: list[str] | dict[str, int], escape: bool = True) -> str:
    return literals(words) if escape else alternation(sorted(words, key=len, reverse=True))


def _archive_column(rules: dict) -> str:
    """An archive number in a column of its own after a case title, labelled ("Sags-id: 25/3310", "Sag 26/2210")
    or bare ("26/0433"): the archive labels, plus the column labels that at a line's start would name a case."""
    labels = rules["header_labels"]["archive"] + rules["archive_column_labels"]
    return (
        r"(?:(?P<label>(?i:" + _alternation(labels, escape=False) + r"))\.?[ \t]*:?[ \t]*)?"
        r"(?P<number>\d{2,4}/\d{1,6}(?:-\d{1,3})?)"
    )


def expander(rules: dict) -> Callable[[str], str]:
    """Expands a pattern's {fragment} names: months, bodies, parties, count words, the file's own fragments."""
    fragments = {
        "month": _alternation(rules["months"]),
        "weekday": _alternation(rules["weekdays"]),
        "body": _alternation(rules["body_names"]),
        "party": _alternation(rules["party_codes"]),
        "option": _alternation(list(rules["option_words"])),
        "count": r"(?:\d{1,3}|(?i:(?<!\w)" + _alternation(list(rules["number_words"])) + r"(?!\w)))",
        "archive_column": _archive_column(rules).replace("?P<label>", "?:").replace("?P<number>", "?:"),
        **rules["fragments"],
    }

    def expand(pattern: str) -> str:
        for _ in range(5):  # fragments may use fragments; a few rounds settle any sane nesting
            pattern = _FRAGMENT.sub(lambda m: fragments[m.group(1)], pattern)
        return pattern

    return expand


def _compile(pattern: str, expand: Callable[[str], str], flags: int = re.MULTILINE) -> re.Pattern[str]:
    return regex(expand(pattern), flags)


def _any_of(patterns: list[str], expand: Callable[[str], str]) -> re.Pattern[str] | None:
    """One regex matching any of `patterns`, None when the language has none."""
    return _compile("|".join(patterns), expand) if patterns else None


@cache
def lexicon(language: str) -> Lexicon | None:
    """The compiled rules for `language`, or None when models/votes/ has none for it."""
    if not has_language("votes", language):
        return None
    rules = load_rules("votes", language, VotesRules).model_dump()
    expand = expander(rules)
    label_fields = {}
    for field_name, labels in rules["header_labels"].items():
        for label in labels:
            label_fields[label.replace("\\", "").lower()] = field_name
    all_labels = [label for labels in rules["header_labels"].values() for label in labels]
    number_labels = rules["header_labels"]["case"] + rules["header_labels"]["archive"]
    block_labels = rules["decision_labels"] + rules["proposal_labels"] + rules["background_labels"]
    named_proposals = [expand(p) for p in rules["proposal_label_patterns"]]
    label_alternation = "|".join([_alternation(block_labels), *named_proposals])
    vote_words = rules["vote_words"]
    number_words = {k.lower(): v for k, v in rules["number_words"].items()}
    return Lexicon(
        language=language,
        months={k.lower(): v for k, v in rules["months"].items()},
        weekdays=tuple(w.lower() for w in rules["weekdays"]),
        year_pivot=rules["two_digit_year_pivot"],
        labels=regex(r"\**(?P<label>" + _alternation(all_labels, escape=False) + r")\.?\s*:\**\s*", re.I),
        label_fields=label_fields,
        item_marker=regex(_alternation(rules["item_markers"]), re.I),
        number_label=regex(
            r"(?P<label>" + _alternation(number_labels, escape=False) + r")\.?[ \t]*:?[ \t]*(?P<number>\d[\w./-]*\d)",
            re.I,
        ),
        archive_column=regex(_archive_column(rules), re.I),
        header_lines=tuple(compile_rule(expand(p), re.MULTILINE).regex for p in rules["header_lines"]),
        ruled_line=_any_of(rules["ruled_lines"], expand),
        ruled_case_lines=tuple(_compile(p, expand) for p in rules["ruled_case_lines"]),
        context_resets=tuple(_compile(p, expand) for p in rules["context_resets"]),
        follow_on=_any_of(rules["follow_on_heads"], expand),
        listed_items=_any_of(rules["listed_item_lines"], expand),
        listing_cases=_any_of(rules["listing_case_titles"], expand),
        administrative_bodies=frozenset(b.lower() for b in rules["administrative_bodies"]),
        default_body=rules["default_body"],
        head_body=regex(_alternation(rules["head_bodies"], escape=False), re.I),
        head_lines=rules["head_lines"],
        head_skip=regex(_alternation(rules["head_skips"], escape=False), re.I) if rules["head_skips"] else None,
        head_meeting=regex("|".join(rules["head_meeting_titles"]) or "(?!)"),
        dates_inside_cases=rules["dates_inside_cases"],
        block_label=regex(r"^\**(?P<label>" + label_alternation + r")\**\s*:?\**\s*$", re.I | re.M),
        proposal_labels=frozenset(label.lower() for label in rules["proposal_labels"]),
        proposal_label_patterns=regex("|".join(named_proposals), re.I) if named_proposals else None,
        background_labels=frozenset(label.lower() for label in rules["background_labels"]),
        point_label=regex("^(?:" + "|".join(rules["point_labels"]) + ")$", re.M) if rules["point_labels"] else None,
        clauses=tuple(Clause(c["outcome"], c.get("subject") == "previous") for c in rules["clauses"]),
        clause_union=Union([expand(c["pattern"]) for c in rules["clauses"]], number_words),
        statements=tuple(_compile(p, expand) for p in rules["statements"]),
        tails=tuple(_compile(p, expand) for p in rules["tails"]),
        tallies=tuple(Tally(t["option"]) for t in rules["tallies"]),
        tally_union=Union([expand(t["pattern"]) for t in rules["tallies"]], number_words),
        number_words=number_words,
        declarations=tuple(_compile(p, expand) for p in rules["proposal_declarations"]),
        proposer_fields=tuple(_compile(p, expand) for p in rules["proposer_fields"]),
        genitive_suffixes=tuple(rules["genitive_suffixes"]),
        postponement_words=tuple(w.lower() for w in rules["postponement_words"]),
        generic_voters=frozenset(w.lower() for w in rules["generic_voter_labels"]),
        party_prefixes=tuple(rules["party_prefixes"]),
        party_codes=frozenset(p.lower() for p in rules["party_codes"]),
        party_code_pattern=regex(rules["party_code_pattern"]) if rules["party_code_pattern"] else None,
        alternative_subject=rules["alternative_subject"],
        triggers=tuple(t.lower() for t in rules["triggers"]),
        vote_words=regex(r"\b" + _alternation(vote_words) + r"\b", re.I) if vote_words else None,
        decision_blocks=tuple(_compile(p.join(_BLOCK_LABEL), expand) for p in rules["decision_blocks"]),
        empty_decisions=tuple(_compile(p, expand, re.I) for p in rules["empty_decisions"]),
        generic_subject_from=rules["generic_subject_from"],
        step_subject_from=rules["step_subject_from"],
        compound_recommendation=_compile(rules["compound_recommendation"], expand)
        if rules["compound_recommendation"]
        else None,
        phrase_subject=rules["phrase_subject"],
        block_outcomes=tuple(OutcomeCue(c["outcome"], _compile(c["pattern"], expand)) for c in rules["block_outcomes"]),
        vote_labels=tuple(VoteLabel(c["about"], _compile(c["pattern"], expand)) for c in rules["vote_labels"]),
        background=tuple(_compile(p, expand) for p in rules["background"]),
        sign_offs=tuple(_compile(p, expand, re.I) for p in rules["sign_offs"]),
        treatment_labels=tuple(_compile(p.join(_BLOCK_LABEL), expand) for p in rules["treatment_labels"]),
        decisive_sentences=tuple(_compile(p, expand) for p in rules["decisive_sentences"]),
        treatment_lines=tuple(_compile(p, expand) for p in rules["treatment_lines"]),
        unanimous=_compile(rules["fragments"]["unan"], expand) if "unan" in rules["fragments"] else None,
        option_words={k.lower(): v for k, v in rules["option_words"].items()},
        member_votes=tuple(_compile(p, expand) for p in rules["member_votes"]) if rules["option_words"] else (),
        party_votes=tuple(_compile(p, expand) for p in rules["party_votes"]) if rules["option_words"] else (),
        option_block=_compile("|".join(rules["option_blocks"]), expand)
        if rules["option_blocks"] and rules["option_words"]
        else None,
        party_names=_party_names(rules),
        consent=_consent(rules["consent"], expand),
        block_sentence_subject=rules["block_sentence_subject"],
        decision_points=rules["decision_points"],
        row_note=_compile(rules["row_note"], expand) if rules["row_note"] else None,
        row_note_against=_compile(rules["row_note_against"], expand) if rules["row_note_against"] else None,
        tie_explanation=_compile(rules["tie_explanation"], expand) if rules["tie_explanation"] else None,
        voteless_doc_types=frozenset(rules["voteless_doc_types"]),
        tables=rules["decision_tables"],
        news=compile_news(rules["news"], expand),
        result_fields=rules["result_fields"],
    )


def _party_names(rules: dict) -> re.Pattern[str] | None:
    """Full party names plus codes of two letters or more (one letter is an initial in a name list)."""
    names = rules["party_names"] + [code for code in rules["party_codes"] if len(code) > 1]
    return regex(r"(?<!\w)" + _alternation(names) + r"(?!\w)") if names else None
