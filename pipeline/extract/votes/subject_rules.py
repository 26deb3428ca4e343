"""models/votes/<lang>.json `subjects`, compiled: what a row's subject may not be, and proposal lead-ins.

Kept apart from subjects.py so the phrase finder (phrases.py) can ask `proposes` without importing the
repair step, which reads phrases itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pipeline.extract.votes.lexicon import expander
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import alternation, load_rules
from pipeline.text.literals import after_literal
from pipeline.text.structure import conventions

_WINDOW = 400  # chars before a vote phrase searched for the sentence it stands in
# a sentence ends at a stop before a space, or at a blank line; a line break alone does not end it. A stop
# after a number ends one only at the line's end or after an amount or a year ("kr 900 000. Forslaget"),
# not after a day or a point number ("12. september", "punkt 2. at")
_SENTENCE_END = re.compile(  # a quote closing after the stop ends with it ('... 2026-niveau."')
    r"(?<!\d)[.!?][»”\"’]?(?=\s)|(?<=\d)\.(?=[ \t]*\n)|(?<=\d{3})\.(?=[ \t]+[A-ZÆØÅ])|\n[ \t]*\n"
)


@dataclass(frozen=True)
class SubjectRules:
    dangling: frozenset[str]  # lower-case words no subject ends with
    openers: frozenset[str]  # lower-case words opening a clause that needs a verb after them
    procedure: re.Pattern[str] | None  # full match: an outcome or procedure phrase, not a thing decided
    case_outcome: re.Pattern[str] | None  # full match: an outcome naming only the case ("Het voorstel is aangenomen")
    item_ref: re.Pattern[str] | None  # full match: an outcome or label naming only the item's referent, group `kind`
    quoted_item_head: re.Pattern[str] | None  # match at the start: a heading over a quoted proposal naming its kind
    procedural_proposal: re.Pattern[str] | None  # full match: a procedural proposal voted on, group `object`
    procedural_request: re.Pattern[str] | None  # a member asking for a procedural step, groups `name`, `party`
    objects: tuple[re.Pattern[str], ...]  # full match: a reported decision, group `object` what was decided
    proposal_lead: re.Pattern[str] | None  # a proposal's lead-in, from it to the vote phrase after it
    pronouns: re.Pattern[str] | None  # full match: a subject standing for the sentence before it ("Dette")
    item_sets: re.Pattern[str] | None  # full match: a subject naming several agenda items ("Øvrige punkter")
    proposal_refs: re.Pattern[str] | None  # full match: a subject standing for the proposal put forward above
    recommendation_refs: re.Pattern[str] | None  # full match: a subject standing for the recommendation above
    named_recommendations: re.Pattern[str] | None  # full match: a recommendation heading naming who recommends
    vote_lead_ins: tuple[re.Pattern[str], ...]  # a line saying what the vote below was on, group `object`
    noted_refs: re.Pattern[str] | None  # full match: on a noted row, a subject standing for the case noted
    case_refs: re.Pattern[str] | None  # full match: a subject standing for the case's own recommendation
    titled: tuple[re.Pattern[str], ...]  # full match: a proposal's label and quoted title, group `title`
    quoted_lead: re.Pattern[str] | None  # a lead-in above a quoted proposal ("fremsendt følgende forslag:")
    text_label: re.Pattern[str] | None  # a label giving a proposal's words: group `text` ("Forslagets tekst: ...")
    motion_refs: re.Pattern[str] | None  # full match: a bare motion or amendment outcome, group `kind`
    motion_names: tuple[re.Pattern[str], ...]  # a motion or amendment named with a quoted title: `kind`, `title`
    motion_decided: re.Pattern[str] | None  # a decision on a motion, ending what a naming above it names
    addressed: re.Pattern[str] | None  # full match: a recommendation's words addressed to another body


@cache
def subject_rules(language: str) -> SubjectRules:
    rules = load_rules("votes", language, VotesRules).model_dump()
    expand = expander(rules)
    own = rules["subjects"]

    def one(patterns: list[str]) -> re.Pattern[str] | None:
        return re.compile(alternation(expand(p) for p in patterns), re.I) if patterns else None

    return SubjectRules(
        dangling=frozenset(w.lower() for w in own["dangling"]),
        openers=frozenset(w.lower() for w in own["clause_openers"]),
        procedure=one(own["procedures"]),
        case_outcome=one(own["case_outcomes"]),
        item_ref=one(own["item_refs"]),
        quoted_item_head=one(own["quoted_item_heads"]),
        procedural_proposal=one(own["procedural_proposals"]),
        procedural_request=re.compile(alternation(own["procedural_requests"])) if own["procedural_requests"] else None,
        objects=tuple(re.compile(expand(p), re.S) for p in own["objects"]),
        proposal_lead=one(own["proposal_leads"]),
        pronouns=one(own["pronouns"]),
        item_sets=one(own["item_sets"]),
        proposal_refs=one(own["proposal_refs"]),
        recommendation_refs=one(own["recommendation_refs"]),
        named_recommendations=one(own["named_recommendations"]),
        vote_lead_ins=tuple(re.compile(expand(p), re.M) for p in own["vote_lead_ins"]),
        noted_refs=one(own["noted_refs"]),
        case_refs=one(own["case_refs"]),
        titled=tuple(re.compile(expand(p)) for p in own["titled_proposals"]),
        quoted_lead=one(own["quoted_proposal_leads"]),
        text_label=_text_label(own["proposal_text_labels"], expand),
        motion_refs=one(own["motion_refs"]),
        motion_names=tuple(re.compile(expand(p)) for p in own["motion_names"]),
        motion_decided=one(own["motion_decided"]),
        addressed=one(own["addressed"]),
    )


def _text_label(labels: list[str], expand: Callable[[str], str]) -> re.Pattern[str] | None:
    """A line opening with a proposal-text label: its words after the colon on the same line, or on the next
    line when that one opens with a quote mark (the label alone on its line)."""
    if not labels:
        return None
    label = alternation(expand(p) for p in labels)
    return re.compile(
        r"^[ \t]*" + label + r"[ \t]*(?::[ \t]*|:?[ \t]*\n[ \t]*(?=[«“\"]))(?P<text>\S[^\n]{2,600})", re.M | re.I
    )


def titled_subject(subject: str | None, language: str) -> str | None:
    """A proposal named by its label and a title in quotes ('Motie M3 (Samen Alkmaar) "Pendelbus vanaf P+R"',
    'Amendement A1 van VVD en CDA: "Geen verhoging toeristenbelasting"') is voted on as that title. A pattern
    with the group `head` cites it by its label as written and the title ('Motie M3 (Samen Alkmaar) Pendelbus
    vanaf P+R'): gold writes either the bare title or the whole label with the title, and the cite holds both;
    the quote marks are the page's typography."""
    titled = subject_rules(language).titled
    return next((_cited(m) for regex in titled if subject and (m := regex.fullmatch(subject))), subject)


_BELOW_WINDOW = 600  # chars around a decision searched for its label's line
_QUOTED_LINE = re.compile(r"[ \t]*\n[ \t]*(?P<line>[\"“„'‘][^\n]{2,200})")  # the next line opens with a quote


def title_below(subject: str | None, text: str, at: int, language: str) -> str | None:
    """A motion or amendment label standing alone on its line, its quoted title on the next ("9. Motie vreemd
    aan de orde van de dag M2 (CDA, BBB)" / "'Behoud van het pinapparaat'"): the label and that line, which
    titled_subject cites; the subject as it is when no quoted title follows or the two are no titled proposal."""
    titled = subject_rules(language).titled
    label = (subject or "").strip()
    if not titled or not label or any(regex.fullmatch(label) for regex in titled):
        return subject
    lo = max(0, at - _BELOW_WINDOW)
    found = list(after_literal(label, _QUOTED_LINE, text[lo : at + _BELOW_WINDOW]))
    if not found:
        return subject
    _, nearest = min(found, key=lambda f: abs(f[0] + lo - at))  # the label's own line, not one further off
    joined = f"{label} {nearest['line'].strip()}"
    return joined if any(regex.fullmatch(joined) for regex in titled) else subject


_LABEL_GROUPS = ("head", "vreemd", "number", "movers", "bare", "bare_movers")


def _cited(m: re.Match[str]) -> str:
    """The title alone, or the label and the title where the pattern has a `head` group: kind, when it was put
    ('vreemd aan de orde van de dag'), number and the movers' bracket right after the number, each where the
    proposal was named with it ('Motie Warme winter', 'M4 Behoud bibliotheek'); what stands between the label
    and the title (' van VVD en CDA:') and after the title is left out."""
    title = m["title"].strip()
    if "head" not in m.re.groupindex:
        return title
    groups = m.groupdict()
    label = " ".join(" ".join(groups[g].split()) for g in _LABEL_GROUPS if groups.get(g))
    return f"{label} {title}".strip()


def puts_forward(sentence: str, language: str) -> bool:
    """A sentence putting a proposal forward ("Mette Kure (F) stillede forslag om, at sagen sendes tilbage."):
    the proposal's words, which decide nothing by themselves."""
    lead = subject_rules(language).proposal_lead
    return bool(lead and lead.search(sentence))


def proposes(text: str, phrase_start: int, language: str) -> bool:
    """The vote phrase at `phrase_start` continues a sentence that puts a proposal forward ("Ordføreren
    fremmet forslag om at saken / utsettes", "X foreslo at planen vert vedteken"): the proposal's wording,
    not its outcome. The sentence may run over line breaks; a clause joined by a conjunction after a comma
    ("..., og forslaget ble vedtatt") is a sentence of its own."""
    lead = subject_rules(language).proposal_lead
    if lead is None:
        return False
    window = text[max(0, phrase_start - _WINDOW) : phrase_start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    sentence = window[max(ends, default=0) :]
    joined = [m.end() for m in clause_joins(language).finditer(sentence)]
    return bool(lead.search(sentence[max(joined, default=0) :]))


@cache
def clause_joins(language: str) -> re.Pattern[str]:
    """A comma or semicolon and a conjunction ("..., og forslaget ble vedtatt"): a new clause begins."""
    words = conventions(language).conjunctions
    return re.compile(r"[,;]\s+(?:" + "|".join(map(re.escape, words)) + r")\s" if words else r"(?!)", re.I)
