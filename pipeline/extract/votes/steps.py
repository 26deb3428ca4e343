"""Committee steps inside one case: the treatments a case passes before the deciding body's decision.

Danish minutes record them as "Beslutning i Økonomiudvalget den 12-03-2024: Anbefales." or
"Økonomiudvalget, 12. marts 2024, pkt. 56:", Norwegian møtebøker as "Behandling i Formannskapet
31.10.2023:" / "Formannskapet si handsaming i møte 03.04.2025:". Each step is a row of its own for
that committee, with the committee's own date (and item number when given), while the case's number,
archive number and title stay those of the case header above. A step lasts until the next step or
case header; the next case goes back to the meeting's own body and date.

A body line without a step's wording ("Økonomiudvalget - 12-03-2024") is a step when it sits inside
a case and no case header follows it; followed by case headers it opens a new meeting.

Numbered points of a recommendation ("indstiller, at / 1. Planen godkendes") are not case headers:
a numbered line is a point when it is "1." after a line that leads in to a list (a `list_lead_ins`
rule), or follows a point.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pipeline.extract.votes.blocks import Block, block_holding, states_unanimity
from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon, expander
from pipeline.extract.votes.phrases import find_statements
from pipeline.extract.votes.schema import VotesRules
from pipeline.extract.votes.section import SectionText
from pipeline.extract.votes.subject_rules import subject_rules
from pipeline.rules import load_rules

_POINT = re.compile(r"^\(?(?P<n>\d{1,2})[.)]\s+\S")
_SHORT = 60  # chars: a heading-like line between a meeting's body line and its first case
_LOOKAHEAD = 6  # non-blank lines after a body line searched for the case header that makes it a meeting header


@dataclass(frozen=True)
class StepRules:
    headers: tuple[re.Pattern[str], ...]
    lead_ins: tuple[re.Pattern[str], ...]
    decided: tuple[re.Pattern[str], ...]
    closing: tuple[re.Pattern[str], ...]
    closing_lines: tuple[re.Pattern[str], ...]  # a label with its decision on its line, closing as a bare one


@dataclass(frozen=True)
class Step:
    """Raw fields of a step header line, and where a decision written on the same line starts."""

    fields: dict[str, str]
    decision_at: int | None = None
    soft: bool = False  # "Formannskapets vedtak:": a step only when another body held the floor


def step_rules(lex: Lexicon) -> StepRules:
    return _compiled(lex.language)


@cache
def _compiled(language: str) -> StepRules:
    rules = load_rules("votes", language, VotesRules).model_dump()
    expand = expander(rules)
    return StepRules(
        headers=tuple(re.compile(expand(p)) for p in rules["step_headers"]),
        lead_ins=tuple(re.compile(expand(p)) for p in rules["list_lead_ins"]),
        decided=tuple(re.compile(expand(p)) for p in rules["decided_steps"]),
        closing=tuple(re.compile(expand(p)) for p in rules["closing_decisions"]),
        closing_lines=tuple(re.compile(expand(p)) for p in rules["closing_decision_lines"]),
    )


def has_steps(lex: Lexicon) -> bool:
    """The language's rules describe committee steps (models/votes/<lang>.json `step_headers`)."""
    return bool(step_rules(lex).headers)


def match_step(line: str, lex: Lexicon) -> Step | None:
    """The step a header line records, None when it is no step header."""
    for regex in step_rules(lex).headers:
        m = regex.fullmatch(line)
        if m:
            groups = {k: v for k, v in m.groupdict().items() if v and k not in ("decision", "soft")}
            decision = m.group("decision") if "decision" in regex.groupindex else None
            at = m.start("decision") if decision and decision.strip() else None
            return Step(groups, at, soft="soft" in regex.groupindex)
    return None


def step_decides(header: str, lex: Lexicon) -> bool:
    """The text under this step header is the step's own decision ("Beslutning i Økonomiudvalget den ...")."""
    return any(r.match(header) for r in step_rules(lex).decided)


def closes_case(line: str, lex: Lexicon) -> bool:
    """A bare decision label ("Beslutning", "Vedtak:"), or, where the language's minutes write one so
    (`closing_decision_lines`), a label with its decision after its colon ("Beslutning: Anbefales over for
    Byrådet."), that after a step that decided is the meeting's own."""
    rules = step_rules(lex)
    return any(r.fullmatch(line) for r in rules.closing) or any(r.fullmatch(line) for r in rules.closing_lines)


_BLANK_END = re.compile(r"\n[ \t]*\n[ \t]*$")  # a blank line ends the text above a label


def decided_above(above: str, lex: Lexicon) -> bool:
    """A step's own lines `above` a label record its decision and a blank line ends them ("Beslutning i Kultur- og
    Fritidsudvalget den 7. april 2026:" / "Anbefales." / "" / "Beslutning: Anbefales over for Byrådet."): the
    label below is the meeting's own decision, not the step's."""
    return _BLANK_END.search(above) is not None and any(stem in above.lower() for stem in lex.triggers)


def closing_body(line: str, lex: Lexicon) -> str | None:
    """The body a closing label names ("Byrådets beslutning" -> "Byrådet"), when its rule names one."""
    found = (m for r in step_rules(lex).closing if (m := r.fullmatch(line)) and "body" in r.groupindex)
    return next((m.group("body") for m in found if m.group("body")), None)


def is_point(line: str, previous: str, previous_was_point: bool, lex: Lexicon) -> bool:
    """A numbered point of a list ("1. Budgettet godkendes"), not a numbered case header."""
    m = _POINT.match(line)
    if m is None:
        return False
    return previous_was_point or (m.group("n") == "1" and leads_in(previous, lex))


def recommends_noting(section: SectionText, lex: Lexicon) -> bool:
    """The case's recommendation is only to take the matter for information ("indstiller, at ... tages til
    efterretning."); a recommendation that goes on after it (", og at der frigives 2 mio. kr.") decides more."""
    return section.notes_only(find_statements(section.text, lex)) is True


def inherit_noting(decisions: list[Decision], noting: bool) -> None:
    """A step that approves a 'for information' recommendation ("Godkendt.") takes it for information."""
    if noting and len(decisions) == 1 and decisions[0].outcome == "adopted" and decisions[0].proposer is None:
        decisions[0].outcome = "noted"


def noted_about_case(decisions: list[Decision], section: SectionText, lex: Lexicon) -> None:
    """A decision taking a matter for information that names only the recommendation ("Indstillingen blev
    godkendt." under "indstiller, at budgetopfølgningen tages til efterretning") notes the case: its title, as a
    bare "Taget til efterretning." does, where the language's minutes name it so (`subjects.noted_refs`)."""
    refs = subject_rules(lex.language).noted_refs
    for decision in decisions:
        noted = decision.outcome == "noted" and decision.proposer is None
        ref = refs.fullmatch((decision.subject or "").strip(" .")) if noted and refs is not None else None
        if ref is not None and _refers_to_title(ref.groupdict().get("referent"), section.title):
            decision.subject = section.generic_subject(lex, noting=True) or decision.subject


def _refers_to_title(referent: str | None, title: str | None) -> bool:
    """A rule without a `referent` group names the case by itself; one with it ("de jaarstukken voor kennisgeving
    aan te nemen") names the case where its noun is a word of the item's title or a word's last part ("brief" of
    "Raadsinformatiebrief"): another noun ("de brief van de provincie" under a budget item) is another document."""
    if referent is None:
        return True
    noun = referent.lower()
    return any(word == noun or word.endswith(noun) for word in re.findall(r"[^\W\d_]+", (title or "").lower()))


def send_back_subjects(decisions: list[Decision], section: SectionText) -> None:
    """A committee's step that postpones or sends the case back ("Sagen sendes tilbage til Kultur- og
    Fritidsudvalget med henblik på ...") endorses nothing of the recommendation: its own sentence is what
    it decided, and the row's subject."""
    for decision in decisions:
        if decision.outcome == "postponed" and decision.proposer is None:
            offset = decision.start - section.base
            sentence = section.first_sentence(offset, len(section.text))
            decision.subject = sentence.rstrip(".") if sentence else decision.subject


def postpone_send_backs(decisions: list[Decision], section: SectionText, lex: Lexicon) -> None:
    """An adopted decision whose own words send the case back ("Bystyret vedtok å sende saken tilbake ...", a
    member's proposal "om å returnere saken") postpones the case. Decided by the body itself it is about the case
    (its title, as the passive "Saken sendes tilbake" is); moved by a member it keeps the proposal's words."""
    for decision in decisions:
        words = decision.subject or ""
        if decision.outcome != "adopted" or not words or words == section.title:
            continue
        if any(rule.outcome == "postponed" and rule.regex.search(words) for rule in lex.block_outcomes):
            decision.outcome = "postponed"
            decision.subject = section.title if decision.proposer is None and section.title else words


def settle_send_back(
    decisions: list[Decision], procedural: list[Block], section: SectionText, lex: Lexicon
) -> list[Decision]:
    """Decisions inside a block that sends the case back ("Saken sendes tilbake ...\nEnstemmig."): the send-back
    is the one decision and a bare vote record ("Enstemmig.") its vote. Without a send-back phrase of its own the
    block itself becomes the row (empty list); anything else in the block (a proposal's vote) keeps the decisions."""
    if not procedural or not decisions:
        return decisions
    inside = [d for d in decisions if block_holding(procedural, section, d) is not None and d.proposer is None]
    sent = [d for d in inside if d.outcome == "postponed"]
    records = [d for d in inside if d.outcome == "adopted" and d.subject == section.title]
    if len(inside) != len(decisions) or len(sent) + len(records) != len(decisions) or len(sent) > 1:
        return decisions
    if not sent:
        return []
    block = block_holding(procedural, section, sent[0])
    if any(d.unanimous for d in records) or (block is not None and states_unanimity(section, block, lex)):
        sent[0].unanimous, sent[0].votes_against = True, 0
    return sent


def leads_in(line: str, lex: Lexicon) -> bool:
    """A line that only leads in to a list ("Direktionen indstiller, at"): no sentence of its own."""
    return any(r.search(line) for r in step_rules(lex).lead_ins)


def opens_meeting(following: list[str], header_kind: Callable[[str], str | None], lex: Lexicon) -> bool:
    """A body line opens a meeting when a case header follows it before any decision or prose.

    `header_kind` says what a line is as a header: "case", another kind, or None (no header).
    Short lines without a full stop ("Referat", "Dagsorden") may stand between the two.
    """
    seen = 0
    for line in following:
        line = line.strip(" \t|*")
        if not line:
            continue
        kind = header_kind(line)
        if kind == "case":
            return True
        if kind is None and (len(line) > _SHORT or line[-1] in ".!?" or lex.clause_union.search(line)):
            return False
        seen += 1
        if seen >= _LOOKAHEAD:
            break
    return False
