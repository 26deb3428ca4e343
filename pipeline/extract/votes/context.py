"""Meeting context from protocol headers, carried forward to the votes below them.

A header ("Utvalg: Bystyret Møtedato: 29.08.2019 Sak: 87/19", "Beslutning Økonomiudvalget den
27-03-2023", "PS 7/25 19/8286 Innstilling vedtatt", "5. 5.1") sets some of body, date, case and
archive case; the rest carries on from earlier headers until a header replaces it. A new body
clears what belonged to the previous meeting, a new case clears the previous case's archive number.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from pipeline.extract.votes.dates import parse_date
from pipeline.extract.votes.lexicon import Lexicon

_CASE = re.compile(r"\d+(?:[/.]\d+)*(?:\.?[a-z](?![a-zæøå]))?")  # "87/19", "7.b", "4c"
_ARCHIVE = re.compile(r"[\w.-]*\d[\w./-]*")
_BULLETS = " \t•·*-–|"
_MAX_HEADER = 300  # chars: a header is a short line; longer lines are prose and are not tried


@dataclass(frozen=True)
class MeetingContext:
    body: str | None = None
    meeting_date: str | None = None
    case_number: str | None = None
    archive_case: str | None = None
    title: str | None = None


@dataclass
class Section:
    """The text between two headers that open a new case or meeting: one unit of decisions."""

    start: int
    end: int
    header_spans: list[tuple[int, int]] = field(default_factory=list)
    listing_spans: list[tuple[int, int]] = field(default_factory=list)  # result columns of case lists
    title: str | None = None


@dataclass
class Protocol:
    """Sections of a document plus the context in force at every offset."""

    sections: list[Section]
    offsets: list[int]
    contexts: list[MeetingContext]

    def context_at(self, offset: int) -> MeetingContext:
        index = bisect.bisect_right(self.offsets, offset) - 1
        return self.contexts[index] if index >= 0 else MeetingContext()


def _clean_body(value: str) -> str | None:
    value = value.strip(" *:;,.\t")
    if not value:
        return None
    return value.capitalize() if value.isupper() and len(value) > 3 else value


def _value(field_name: str, raw: str, lex: Lexicon) -> str | None:
    raw = raw.strip(" *\t")
    if field_name == "body":
        return _clean_body(raw)
    if field_name == "meeting_date":
        return parse_date(raw, lex)
    if field_name == "case_number":
        m = _CASE.search(raw)
        return m.group(0) if m else None
    if field_name == "archive_case":
        m = _ARCHIVE.search(raw)
        return m.group(0).rstrip(".,;") if m else None
    return raw.strip() or None


def _labelled(line: str, lex: Lexicon) -> dict[str, str] | None:
    """Fields of a 'Label: value Label: value' header line (labels may be glued to values)."""
    if not lex.labels.match(line):
        return None
    matches = list(lex.labels.finditer(line))
    found: dict[str, str] = {}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        kind = lex.label_fields.get(m.group("label").lower(), "other")
        found.setdefault(kind, line[m.end() : end])
    return found


_KEYS = {"body": "body", "date": "meeting_date", "case": "case_number", "archive": "archive_case", "title": "title"}


def _header(line: str, lex: Lexicon) -> tuple[dict[str, str | None], tuple[int, int] | None] | None:
    """Context fields a header line sets, and the span of a result column to read as a decision."""
    labelled = _labelled(line, lex)
    if labelled is not None:
        fields = {_KEYS[k]: _value(_KEYS[k], v, lex) for k, v in labelled.items() if k in _KEYS}
        return fields, None
    for regex in lex.header_lines:
        m = regex.fullmatch(line)
        if m:
            groups = m.groupdict()
            fields = {_KEYS[k]: _value(_KEYS[k], v, lex) for k, v in groups.items() if k in _KEYS and v}
            result = m.span("result") if groups.get("result") else None
            return fields, result
    return None


def _empty_label(line: str, lex: Lexicon) -> str | None:
    """The field of a lone label line ("Udvalg:"), whose value the next line gives."""
    labelled = _labelled(line, lex)
    if labelled is None or len(labelled) != 1:
        return None
    kind, value = next(iter(labelled.items()))
    return _KEYS[kind] if kind in _KEYS and not value.strip(" |*\t") else None


def _update(ctx: MeetingContext, fields: dict[str, str | None]) -> MeetingContext:
    fields = {k: v for k, v in fields.items() if v}
    cleared: dict[str, None] = {}
    if "body" in fields and ctx.body and fields["body"] != ctx.body:
        cleared.update(meeting_date=None, case_number=None, archive_case=None, title=None)
    if "case_number" in fields and fields["case_number"] != ctx.case_number:
        cleared.update(archive_case=None, title=None)
    return replace(ctx, **{**cleared, **fields})


def scan(text: str, lex: Lexicon) -> Protocol:
    """Split a document's text into sections at headers and record the context in force from each header on."""
    sections = [Section(0, len(text))]
    offsets: list[int] = [0]
    contexts = [MeetingContext()]
    archive_by_case: dict[str, str] = {}
    pending: str | None = None
    pos = 0
    for raw in text.split("\n"):
        line_start, pos = pos, pos + len(raw) + 1
        line = raw.lstrip(_BULLETS)
        skip = len(raw) - len(line)
        line = line.rstrip("*| \t")
        if not line or len(line) > _MAX_HEADER:
            continue
        if pending:  # a table cell "Dato: |" whose value sits on the next line
            fields = {pending: _value(pending, line, lex)}
            pending = None
            if fields[next(iter(fields))] and _header(line, lex) is None:
                contexts.append(_update(contexts[-1], fields))
                offsets.append(line_start)
                sections[-1].header_spans.append((line_start, line_start + len(raw)))
                continue
        if any(r.fullmatch(line) for r in lex.context_resets):
            sections[-1].end = line_start
            sections.append(Section(line_start, len(text)))
            offsets.append(line_start)
            contexts.append(MeetingContext())
            continue
        parsed = _header(line, lex)
        if parsed is None:
            continue
        fields, result = parsed
        pending = _empty_label(line, lex)
        ctx = _update(contexts[-1], fields)
        if ctx.case_number and ctx.archive_case:
            archive_by_case.setdefault(ctx.case_number, ctx.archive_case)
        elif ctx.case_number in archive_by_case:
            ctx = replace(ctx, archive_case=archive_by_case[ctx.case_number])
        if fields.get("body") or fields.get("case_number"):
            sections[-1].end = line_start
            sections.append(Section(line_start, len(text)))
        section = sections[-1]
        section.header_spans.append((line_start, line_start + len(raw)))
        if result:
            section.listing_spans.append((line_start + skip + result[0], line_start + skip + result[1]))
        if fields.get("title"):
            section.title = fields["title"]
        offsets.append(line_start)
        contexts.append(ctx)
    return Protocol(sections, offsets, contexts)
