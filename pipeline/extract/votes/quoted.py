"""Stretches of a case text that only quote decisions: background sections and tracker fields.

A case's "Sagsfremstilling" / "Baggrund" section retells what was decided before ("Planen blev
vedtaget med 15 stemmer mod 10"), and a follow-up table's "Status:" / "Kommentar:" fields report
that something was approved. Neither is a decision of the meeting, so vote phrases and count lines
inside them give no row. Both are read from structure (a label line, a field label at a line's
start); the labels are data per language (`background_labels`, `tracker_fields`), and a decision
label or step header below a background section ends it. `generic_decisions` are decisions that
name nothing ("Godkendt.", "Til orientering."), `generic_subjects` subjects that name nothing
("Orienteringen", "Sagen"): for both the row's subject is the recommendation or the item's title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.votes.lexicon import Lexicon, decision_labels, expander
from pipeline.extract.votes.proposal_rules import proposal_lexicon
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import literals, load_rules
from pipeline.text.gated import gated
from pipeline.text.structure import cells, has_list_marker, is_heading, is_rule_row, split_lines

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_MIN_TRACKER_FIELDS = 2  # one "Status:" line may be anything; two different field labels make a tracker
_LABEL_WORDS = 8  # a label or heading line is short
_BARE_DECISION_WORDS = 4


@dataclass(frozen=True)
class QuoteRules:
    background: re.Pattern[str] | None  # a background label alone on its line
    field: re.Pattern[str] | None  # a tracker field label at a line's start
    column: re.Pattern[str] | None  # a tracker field as a table's column header
    generic_decision: re.Pattern[str] | None
    generic_subject: frozenset[str]
    document_title: re.Pattern[str] | None  # "Saksprotokoll - Internasjonal strategi": the document's title
    inline_proposal: re.Pattern[str] | None  # a recommendation label with its text on the same line
    lead_in: re.Pattern[str] | None  # "Forvaltningen indstiller, ": who recommends, before what is recommended


@cache
def quote_rules(language: str) -> QuoteRules:
    rules = load_rules("votes", language, VotesRules).model_dump()
    expand = expander(rules)
    background, fields = rules["background_labels"], rules["tracker_fields"]
    generic = rules["generic_decisions"]
    return QuoteRules(
        background=re.compile(r"^[ \t]*\**(?:" + literals(background) + r")\**[ \t]*:?\**[ \t]*$", re.I | re.M)
        if background
        else None,
        field=re.compile(r"^[ \t]*(?P<field>" + literals(fields) + r")[ \t]*:", re.I | re.M) if fields else None,
        column=re.compile(literals(fields) + r"[ \t:]*", re.I) if fields else None,
        generic_decision=re.compile("(?:" + "|".join(expand(p) for p in generic) + r")[ \t.!]*", re.I)
        if generic
        else None,
        generic_subject=frozenset(s.lower() for s in rules["generic_subjects"]),
        document_title=re.compile(r"(?:" + literals(rules["document_kinds"]) + r")\b", re.I)
        if rules["document_kinds"]
        else None,
        inline_proposal=re.compile(
            r"^[ \t]*\**(?:" + literals(rules["inline_proposal_labels"]) + r")\**[ \t]*:\**[ \t]*(?=\S)",
            re.I | re.M,
        )
        if rules["inline_proposal_labels"]
        else None,
        lead_in=re.compile("(?:" + "|".join(expand(p) for p in rules["recommendation_lead_ins"]) + ")", re.I)
        if rules["recommendation_lead_ins"]
        else None,
    )


def quoted_spans(text: str, lex: Lexicon, trackers: bool = True) -> list[tuple[int, int]]:
    """Background sections (label to the next label of any kind) and, with `trackers`, tracker fields."""
    rules = quote_rules(lex.language)
    spans = []
    if rules.background is not None:
        ends = sorted(
            {m.start() for m in gated(lex.block_label).finditer(text)}
            | {m.start() for m in decision_labels(text, lex)}
            | {line.start for line in split_lines(text) if _opens_part(line.text) or _bare_decision(line.text, lex)}
        )
        for m in gated(rules.background).finditer(text):
            following = [pos for pos in ends if pos > m.end()]
            spans.append((m.start(), following[0] if following else len(text)))
    if not trackers:
        return spans
    if rules.field is not None:
        found = list(gated(rules.field).finditer(text))
        if len({m.group("field").lower() for m in found}) >= _MIN_TRACKER_FIELDS:
            starts = [m.start() for m in found] + [len(text)]
            spans += [(m.start(), _field_end(text, m.end(), starts[i + 1])) for i, m in enumerate(found)]
    if rules.column is not None:
        spans += _tracker_tables(text, rules.column)
    return spans


def is_tracker_entry(text: str, lex: Lexicon) -> bool:
    """A decision quoted as a follow-up entry ("Vedtak: Utrede ny svømmehall" / "Ansvarlig: Kultur" /
    "Status: Under arbeid"): two different tracker fields under it make the block a tracked decision."""
    regex = quote_rules(lex.language).field
    found = {m.group("field").lower() for m in gated(regex).finditer(text)} if regex is not None else set()
    return len(found) >= _MIN_TRACKER_FIELDS


def _opens_part(line: str) -> bool:
    """A heading or a short label line ("Beslutning 12-03-2024", "Udvalgets bemærkninger:"): a background
    section ends there, whatever the label says; its own list items ("1. Vedtak i ...") do not end it."""
    short = len(line.split()) <= _LABEL_WORDS
    return short and not has_list_marker(line) and (is_heading(line, _LABEL_WORDS) or line.rstrip().endswith(":"))


def _bare_decision(line: str, lex: Lexicon) -> bool:
    """A decision line of a few words ("Godkendt.", "Som innstillingen."), not a retelling sentence
    ("Saka vart teken til vitande i eldrerådet.")."""
    return len(line.split()) <= _BARE_DECISION_WORDS and is_generic_decision(line, lex)


def _tracker_tables(text: str, column: re.Pattern[str]) -> list[tuple[int, int]]:
    """Tables whose header row names tracker fields ("Indsats | Ansvarlig | Status"): every row is quoted, over
    the ruler drawn under the header ("-----+-----") too."""
    lines, spans, index = split_lines(text), [], 0
    while index < len(lines):
        header = cells(lines[index])
        if len({c.text.lower() for c in header if column.fullmatch(c.text)}) < _MIN_TRACKER_FIELDS:
            index += 1
            continue
        last = index
        while last + 1 < len(lines) and (len(cells(lines[last + 1])) > 1 or is_rule_row(lines[last + 1].text)):
            last += 1
        spans.append((lines[index].start, lines[last].end))
        index = last + 1
    return spans


def _field_end(text: str, start: int, next_field: int) -> int:
    """A field's value runs on over the lines that continue it: to the next field or a blank line."""
    blank = _BLANK_LINE.search(text, start, next_field)
    return blank.start() if blank else next_field


def inline_proposals(text: str, ends: list[int], lex: Lexicon) -> list[tuple[int, int]]:
    """Recommendations written on their label's line ("Indstilling: Direktionen indstiller, at ..."),
    each up to the next label in `ends`."""
    regex = quote_rules(lex.language).inline_proposal
    if regex is None:
        return []
    return [(m.end(), next((pos for pos in ends if pos > m.end()), len(text))) for m in gated(regex).finditer(text)]


# a field label, its colon, then an opening quote on its line or opening the next: "Voorstel: \"De gemeenteraad
# beslist ...\"", "Voorstel van het raadslid:" / "\"De gemeenteraad beslist ...\"", "Forslag: «...»"
_QUOTED_FIELD = re.compile(
    r"^[ \t]*\**(?P<label>[^\W\d][^\n:\"“„«]{0,60}?)\**[ \t]*:[ \t]*(?:\n[ \t]*)?(?P<open>[\"“„«])", re.M
)
_CLOSING_QUOTES = {'"': '"', "“": "”", "„": "“”", "«": "»"}
_MAX_QUOTED = 1200  # chars: a proposal's quoted wording is a few sentences


def quoted_proposals(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The quoted wording under a proposal label ("Voorstel: \"De gemeenteraad beslist het parkeren gratis te
    maken.\"", "Ontwerpbesluit: “...”"), from the opening to the closing quote, over line breaks: what the meeting
    was asked to decide, not its decision. The vote and the decision below the quote stay outside it."""
    spans = []
    for m in _QUOTED_FIELD.finditer(text):
        if not (lex.is_proposal_label(m.group("label")) or _names_proposal(m.group("label"), lex)):
            continue
        closing = _CLOSING_QUOTES[m.group("open")]
        end = next((i for i in range(m.end(), min(len(text), m.end() + _MAX_QUOTED)) if text[i] in closing), None)
        if end is not None:
            spans.append((m.end(), end))
    return spans


def _names_proposal(label: str, lex: Lexicon) -> bool:
    """A proposal label naming whose proposal it is ("Voorstel van raadslid Lotte Wauters (Groen)", "Voorstel van
    het raadslid"): the quoted wording under it is what the member proposed, as under "Voorstel:". An amendment's
    or a motion's heading ("Amendement van raadslid X:") is no such label: its vote is read with its heading."""
    plex = proposal_lexicon(lex.language)
    label = " ".join(label.split())
    return bool(plex and lex.is_proposal_label(label.split(" ", 1)[0]) and plex.mention.fullmatch(label))


def is_generic_decision(sentence: str | None, lex: Lexicon) -> bool:
    """A decision that names nothing ("Godkendt.", "Taget til efterretning.")."""
    regex = quote_rules(lex.language).generic_decision
    return bool(sentence and regex is not None and regex.fullmatch(sentence.strip()))


def names_document(title: str | None, lex: Lexicon) -> bool:
    """A case title field that repeats the document's own kind ("Saksprotokoll - Budsjett 2024"): a page
    title printed on every case, not what one case is about."""
    regex = quote_rules(lex.language).document_title
    return bool(title and regex is not None and regex.match(title.strip()))


def without_lead_in(sentence: str, lex: Lexicon) -> str:
    """A recommendation's sentence without who recommends it ("Direktionen indstiller, at X" -> "at X"). A chain of
    lead-ins ("Direktionen indstiller over for Byrådet, at udvalget anbefaler, at X") is stripped to its last link."""
    regex = quote_rules(lex.language).lead_in
    while regex is not None:
        m = regex.match(sentence)
        rest = sentence[m.end() :].strip() if m else ""
        if not rest or rest == sentence:
            return sentence
        sentence = rest
    return sentence


def is_generic_subject(subject: str | None, lex: Lexicon) -> bool:
    """A subject that names nothing ("Orienteringen", "Sagen")."""
    return bool(subject and subject.strip(" .").lower() in quote_rules(lex.language).generic_subject)


_QUOTE_REACH = 2000  # chars: a quoted proposal is a few sentences, not a page


def in_quotes(text: str, offset: int) -> bool:
    """Inside «...» or “...” opened earlier on the same line: a proposal's wording, not its outcome
    ("X sette fram framlegg: «Saka vert utsett til neste møte.»"). Read back at most _QUOTE_REACH chars: a
    line of a text without line breaks is the whole text, and reading it per phrase would grow as its square.
    Straight double quotes open and close alike: an odd number before `offset` opened one ('Voorstel: "De raad
    besluit ...'), and so does one opening the line under a label that ends in a colon."""
    reach = max(0, offset - _QUOTE_REACH)
    before = text[max(text.rfind("\n", reach, offset) + 1, reach) : offset]
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        return True
    return before.count('"') % 2 == 1


def opens_recommendation(text: str, offset: int, lex: Lexicon) -> bool:
    """The line holding `offset` is a recommendation written without its label ("Forvaltningen indstiller, at
    budgetopfølgningen tages til efterretning."), above every decision label of the section: what the meeting
    was asked to decide, not what it decided (its decision follows, under a label or a committee's step)."""
    regex = quote_rules(lex.language).lead_in
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    words = text[line_start : line_end if line_end >= 0 else len(text)].split(None, 1)
    # someone recommends: the verb has its subject before it ("Indstilles godkendt, at ..." is a decision)
    if regex is None or len(words) < 2 or not regex.match(words[1]):
        return False
    return not any(m.start() < line_start for m in decision_labels(text, lex))


def on_inline_recommendation(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The statement at `start`..`end` is all of a recommendation written on its label's line ("Kommunedirektørens
    innstilling: Rapporten tas til orientering."): what the meeting was asked to decide, nothing after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    head, colon, _ = text[line_start:start].partition(":")
    rest = text[end : line_end if line_end >= 0 else len(text)]
    return bool(colon) and lex.is_proposal_label(head.strip(" \t*")) and not rest.strip(" \t\n.;:!)\"'»”")
