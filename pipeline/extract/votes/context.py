"""Meeting context from protocol headers, carried forward to the votes below them.

A header ("Utvalg: Bystyret Møtedato: 29.08.2019 Sak: 87/19", "PS 7/25 19/8286 Innstilling vedtatt", "5. 5.1")
sets some of body, date, case and archive case; the rest carries on until a header replaces it. A new body clears
what belonged to the previous meeting, a new case clears the previous case's archive number.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from pipeline.extract.votes.blocks import Block
from pipeline.extract.votes.closing_references import paragraph_item
from pipeline.extract.votes.dates import continues_sentence, dated_event
from pipeline.extract.votes.decision_tables import TableRow, read_tables
from pipeline.extract.votes.history import history_lines
from pipeline.extract.votes.item_lists import read_lists
from pipeline.extract.votes.label_results import read_label_results
from pipeline.extract.votes.lettered import letter_width
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.lines_in_case import after_count_lines, case_history, coming_step
from pipeline.extract.votes.listed_notes import listed_note
from pipeline.extract.votes.meeting import (
    MAX_HEADER,
    Listing,
    MeetingContext,
    clean_fields,
    empty_label,
    field_value,
    head_bodies,
    header_fields,
    header_kind,
    is_title,
    read_head,
    route_rows,
    ruled_cases,
    same_body,
    split_heading,
    step_context,
    titled,
    unframed,
    updated,
)
from pipeline.extract.votes.news import Mention, mentioned_at, news_dateline, page_mentions, page_stamp, told_day
from pipeline.extract.votes.row_notes import is_row_note
from pipeline.extract.votes.section import SectionText
from pipeline.extract.votes.steps import (
    Step,
    closes_case,
    closing_body,
    decided_above,
    has_steps,
    is_point,
    match_step,
    opens_meeting,
    step_decides,
)


@dataclass
class Section:
    """The text between two headers that open a new case or meeting: one unit of decisions."""

    start: int
    end: int
    header_spans: list[tuple[int, int]] = field(default_factory=list)
    listings: list[Listing] = field(default_factory=list)  # result columns of case lists
    title: str | None = None
    step: bool = False  # opened by a committee step: the text under its header is that step's decision


@dataclass
class Protocol:
    """Sections of a document plus the context in force at every offset."""

    sections: list[Section]
    offsets: list[int]
    contexts: list[MeetingContext]
    head: MeetingContext = MeetingContext()  # body and date the document's head lines name
    table_rows: list[TableRow] = field(default_factory=list)  # rows of decision tables, each its item's header
    stamp: str | None = None  # the page's own publication date: a news page
    bodies: tuple[str, ...] = ()  # every body the head names: its date is each one's meeting day
    read_mentions: Callable[[], list[Mention]] = list  # reads `mentions`, on first use
    read_told_day: Callable[[], str | None] = lambda: None  # reads `told_day`, on first use
    section_texts: dict[tuple, tuple[SectionText, list[Block]]] = field(default_factory=dict)  # read by sections_of
    reports: bool = False  # the page reports decisions in headed paragraphs, as a news page does

    @cached_property
    def mentions(self) -> list[Mention]:
        """The meeting days the prose names: read only for rows no header dated (a scan with the news rules)."""
        return self.read_mentions()

    def context_at(self, offset: int) -> MeetingContext:
        """The context the headers above `offset` set."""
        index = bisect.bisect_right(self.offsets, offset) - 1
        return self.contexts[index] if index >= 0 else MeetingContext()

    def header_at(self, offset: int) -> int:
        """Where the header in force at `offset` starts (0 above the first): two offsets under one header share it."""
        index = bisect.bisect_right(self.offsets, offset) - 1
        return self.offsets[index] if index >= 0 else 0

    def has_case_after(self, offset: int) -> bool:
        """A case header lies below `offset`: the text above the first case is the minutes' head."""
        index = bisect.bisect_right(self.offsets, offset)
        return any(ctx.case_number for ctx in self.contexts[index:])

    def meeting_at(self, offset: int, agent: str | None = None, prose: bool = True) -> MeetingContext:
        """The context in force for a row. What no header set comes from the decision's own agent
        ("Byrådet vedtog …"), a meeting day the prose names (unless `prose` is false) or else the
        document's head (its own meeting); the head's date only for the head's body, or for a row no
        body names when the head names none either ("Besluitenlijst raad" / "Vergadering van 5 maart 2026")."""
        ctx = self.context_at(offset)
        body = ctx.body or agent or self.head.body
        date = ctx.meeting_date if ctx.meeting_date != self.stamp else None  # a dateline read as a header
        reported = prose and not (ctx.case_number and self.head.meeting_date)  # dated minutes: prose recalls
        unnamed = body is None and self.stamp is None
        headed = any(same_body(body, named) for named in (self.head.body, *self.bodies))
        # a head dating this body's meeting ("Kommunalbestyrelsen, onsdag den 27. maj 2026") outranks a day the
        # prose names only further down ("Ved mødet den 27. april 2026 blev ...": an earlier or a coming meeting)
        own = self.head.meeting_date if headed else None
        date = date or (self.mentioned(offset, ctx, body=body) if prose else None)
        date = date or (self.report_meeting() if reported and not own else None)
        date = date or (self.told_day if reported and ctx.case_number is None else None)
        date = date or (self.head.meeting_date if headed or unnamed else None)
        return replace(ctx, body=body, meeting_date=date)

    @cached_property
    def told_day(self) -> str | None:
        """On a report page, the meeting day its prose tells relative to the page ("heeft donderdagavond ...")."""
        return self.read_told_day()

    def report_meeting(self) -> str | None:
        """On a report page (dated by its stamp), the one meeting its prose names anywhere; None for several."""
        named = {iso for _, iso, meeting, *_ in self.mentions if meeting}
        return named.pop() if self.stamp and len(named) == 1 else None

    def mentioned(
        self, offset: int, ctx: MeetingContext, named_only: bool = False, body: str | None = None
    ) -> str | None:
        """The last meeting day the prose names above a row or early in its sentence (a news page's meeting), not one
        told as another body's than the row's `body`; none inside a case of dated minutes, whose prose recalls
        earlier treatments."""
        inside = ctx.case_number and self.head.meeting_date
        return None if inside else mentioned_at(self.mentions, offset, named_only, body, paragraphs=bool(self.stamp))


class _Scanner:
    """Walks a text's lines once, splitting sections at headers and recording the context in force.

    `base` is the context set by meeting and case headers; a step layers its body and date on it
    and lasts until the next header that sets a body, date or case.
    """

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text, self.lex = text, lex
        self.sections = [Section(0, len(text))]
        self.offsets: list[int] = [0]
        self.contexts = [MeetingContext()]
        self.base = MeetingContext()
        self.archive_by_case: dict[tuple[str | None, str | None, str], str] = {}
        self.listed: set[str] = set()  # case numbers of vote table rows: a note under the table names them
        self.decided = False  # the open step has recorded its own decision
        self.case_line_end = -1  # where the line after the last case header (or an item listed under it) starts

    def push(self, at: int, ctx: MeetingContext) -> None:
        self.offsets.append(at)
        self.contexts.append(ctx)

    def open_section(self, at: int, title: str | None = None) -> Section:
        self.sections[-1].end = at
        self.sections.append(Section(at, len(self.text), title=title))
        return self.sections[-1]

    def step(self, line_start: int, header_end: int, fields: dict[str, str | None], decided: bool = False) -> None:
        section = self.open_section(line_start, self.base.title)
        section.step = True
        self.decided = decided
        section.header_spans.append((line_start, header_end))
        self.push(line_start, step_context(self.base, fields))

    def restates(self, step: Step, fields: dict[str, str | None], line_start: int) -> bool:
        """A step header of the open step's own body and date, after that step's lines recorded a vote
        ("Behandling i Formannskapet - 12.11.2026" / "... ble enstemmig vedtatt." / "Vedtak i Formannskapet -
        12.11.2026"): the decision those votes reached, restated under a label, not a new step."""
        section = self.sections[-1]
        if not section.step or not section.header_spans or step.decision_at is not None:
            return False
        here, own = self.contexts[-1], step_context(self.base, fields)
        same_case = own.case_number == here.case_number  # "Kommunestyret – 18.06.2026 – PS 42/26" opens the next case
        if not (same_case and same_body(own.body, here.body) and own.meeting_date == here.meeting_date):
            return False
        voted = self.text[section.header_spans[-1][1] : line_start].lower()
        return any(stem in voted for stem in self.lex.triggers)

    def closing(self, line_start: int, line: str) -> bool:
        """A bare decision label inside a step: the step's own while it has not decided; after its decision, or
        naming another body ("Byrådets beslutning" under "Behandling i Økonomiudvalget"), the case's final
        decision, back in the meeting's body and date (True)."""
        if not (self.sections[-1].step and closes_case(line, self.lex)):
            return False
        named = closing_body(line, self.lex)  # "Byrådets beslutning" under the Økonomiudvalget's treatment
        other = named is not None and not same_body(named, self.contexts[-1].body)
        spans = self.sections[-1].header_spans  # the step's own lines above may record its decision
        above = self.text[spans[-1][1] : line_start] if spans else ""
        closed, self.decided = self.decided or other or decided_above(above, self.lex), True
        if closed:
            self.open_section(line_start, self.base.title)
            self.push(line_start, self.base)
        return closed

    def title(self, line: str) -> None:
        """The case title written on the line under a case header that had none."""
        line, archive = titled(line, self.lex)
        self.sections[-1].title = line
        self.base = replace(self.base, title=line, archive_case=archive or self.base.archive_case)

    def header(self, line_start: int, raw: str, skip: int, fields: dict, result: Listing | None) -> None:
        meeting_level = any(fields.get(k) for k in ("body", "meeting_date", "case_number"))
        ctx = updated(self.base if meeting_level else self.contexts[-1], fields)
        key = (ctx.body, ctx.meeting_date, ctx.case_number or "")
        if ctx.case_number and ctx.archive_case:
            self.archive_by_case.setdefault(key, ctx.archive_case)
        elif ctx.case_number and key in self.archive_by_case:  # the case's own entry further down a list
            ctx = replace(ctx, archive_case=self.archive_by_case[key])
        self.base = ctx if meeting_level else updated(self.base, fields)
        if fields.get("body") or fields.get("case_number"):
            self.open_section(line_start)
        section = self.sections[-1]
        section.header_spans.append((line_start, line_start + len(raw)))
        if result:
            self.listed.add((ctx.case_number or "").lower())
            offset = line_start + skip
            section.listings.append(result._replace(start=offset + result.start, end=offset + result.end))
        if fields.get("title"):
            section.title = fields["title"]
        if fields.get("case_number"):  # "PS 45/26 Referatsaker": the papers it lists may follow on the next lines
            lists = self.lex.listing_cases is not None and self.lex.listing_cases.search(fields.get("title") or "")
            line_end = self.text.find("\n", line_start)
            self.case_line_end = (len(self.text) if line_end < 0 else line_end) + 1 if lists else -1
        self.push(line_start, ctx)

    def listed_item(self, line_start: int, line_end: int, line: str, fields: dict[str, str | None]) -> bool:
        """A numbered item line right under the header of a case that lists papers, or under the items listed
        before it ("PS 45/26 Referatsaker" / "RS 14/26 Protokoll fra Ungdomsrådet" / "RS 15/26 Brev fra ..."): one
        of the papers the case lists, not a case of its own; the case's decision below is about the case."""
        listed = self.lex.listed_items is not None and self.lex.listed_items.match(line) is not None
        if not (listed and fields.get("case_number") and line_start == self.case_line_end):
            return False
        self.case_line_end = line_end
        return True


def _archive_field(line: str, fields: dict[str, str | None], line_start: int, scanner: _Scanner, lex: Lexicon) -> bool:
    """A labelled case number in the field block right under a header that numbered the case already ("Punkt 21
    Title" / "Sag nr.: 25/9031"): the label is one the language also uses for case numbers, the number is the
    case's archive number."""
    if {k for k, v in fields.items() if v} != {"case_number"} or not lex.labels.match(line):
        return False
    spans, base = scanner.sections[-1].header_spans, scanner.base
    under_header = bool(spans) and spans[-1][1] + 1 == line_start
    numbered = bool(base.case_number) and base.case_number != fields["case_number"]
    return under_header and numbered and not base.archive_case


def scan(text: str, lex: Lexicon) -> Protocol:
    """Split a document's text into sections at headers and record the context in force from each header on."""
    scanner = _Scanner(text, lex)
    lines = text.split("\n")
    head = read_head(lines, lex)
    tables = read_lists(text, lex, read_label_results(text, lex, read_tables(text, lex)))  # tables, labels, items
    rows = {row.start: row for row in tables.rows}
    listed = {row.case: row.subject for row in tables.rows}  # the items a decision list named
    bare = ruled_cases(lines, lex, frozenset(listed))  # notes below a decision table open no case of their own
    route = route_rows(lines, head.body, lex) | history_lines(lines, lex)  # steps elsewhere or before: no header
    pending: str | None = None
    previous, previous_point = "", False
    untitled = False  # the last line was a case header without its title ("PS 41/24" / "Budsjett 2025")
    pos = 0
    for index, raw in enumerate(lines):
        line_start, pos = pos, pos + len(raw) + 1
        if any(a <= line_start < b for a, b in tables.spans):  # a decision table: a row opens its item's case
            if (row := rows.get(line_start)) is None:  # its header, rules and wrapped lines are blanked
                scanner.sections[-1].header_spans.append((line_start, line_start + len(raw)))
            else:
                fields = {"case_number": row.case, "title": row.title or row.subject, "archive_case": row.archive}
                scanner.header(line_start, raw, 0, fields, None)
            continue
        line, skip = unframed(raw)
        if cut := letter_width(line, lex):  # "a) Sak 51/26 - Title": the list letter is no part of the header
            line, skip = line[cut:], skip + cut
        note = listed_note(line, listed, lex) if listed else None
        if note:  # "KS-004/26: Framlegg frå ...", "Ad 5. Het amendement ...", "00072 Goedgekeurd ...":
            case, end = note  # a note below the list about one of its items opens that item's case
            fields = {"case_number": case, "title": listed[case]}
            scanner.header(line_start, raw[: skip + end], skip, fields, None)
            continue
        line = line.rstrip("*| \t")
        if not line:
            continue
        if index in route:
            continue
        if index in bare:  # "061/26 Title" under a rule or in the case list
            scanner.header(line_start, raw, skip, bare[index], None)
            previous, previous_point, untitled = line, False, False
            continue
        if paragraph_item(scanner, lines, index, pos, lex):  # "... blev udsat. (Punkt 12)": its paragraph's item
            continue
        split = split_heading(line, lines[index + 1 : index + 3], lex)
        point = split is None and is_point(line, previous, previous_point, lex)
        previous, previous_point = line, point
        untitled, after_case = False, untitled
        if point or len(line) > MAX_HEADER:
            continue
        if pending:  # a table cell "Dato: |" whose value sits on the next line
            fields = {pending: field_value(pending, line, lex)}
            pending = None
            if fields[next(iter(fields))] and header_fields(line, lex) is None:
                scanner.header(line_start, raw, skip, fields, None)
                continue
        if lex.head_skip and lex.head_skip.search(line) and header_fields(line, lex) is not None:
            continue  # "Publisert 27.11.2026": the page's own date, never a meeting's
        if is_row_note(line, scanner.listed, lex):
            continue  # "Agp 7a Kadernota - tegen: VVD (2)" under a vote table: about a listed row, no new case
        if any(r.fullmatch(line) for r in lex.context_resets):
            scanner.open_section(line_start)
            scanner.base = MeetingContext()
            scanner.push(line_start, scanner.base)
            continue
        step = match_step(line, lex)
        if step is not None and step.soft and same_body(step.fields.get("body"), scanner.contexts[-1].body):
            continue  # "Kommunestyrets vedtak:" under the Kommunestyret's own treatment: a block label only
        if step is not None and scanner.restates(step, clean_fields(step.fields, lex), line_start):
            continue  # "Vedtak i Kommunestyret - 18.06.2026" under the same meeting's voted treatment: a label
        if step is not None and scanner.base.body is None and head.body is None:  # no meeting yet: the step names it
            scanner.header(line_start, raw, skip, clean_fields(step.fields, lex), None)
            scanner.sections[-1].title = scanner.sections[-1].title or scanner.base.title  # still the item's
            continue
        if step is not None:
            end = line_start + (skip + step.decision_at if step.decision_at is not None else len(raw))
            scanner.step(line_start, end, clean_fields(step.fields, lex), step_decides(line, lex))
            resume = after_count_lines(lines, index + 1, pos, lex) if step.decision_at is not None else pos
            if step.decision_at is not None and resume < len(text):  # "Økonomiudvalget 12-03-2024: Anbefales." is whole
                scanner.open_section(resume, scanner.base.title)
                scanner.push(resume, scanner.base)
            continue
        if scanner.closing(line_start, line):
            continue
        parsed = header_fields(line, lex) or split
        if parsed is None:
            if after_case and is_title(line, lex):
                scanner.title(line)
            continue
        fields, result = parsed
        if scanner.listed_item(line_start, pos, line, fields):
            continue
        if _archive_field(line, fields, line_start, scanner, lex):  # "Punkt 21 Title" / "Sag nr.: 25/9031"
            fields = {"archive_case": fields["case_number"]}
        dated_only = {k for k, v in fields.items() if v} == {"meeting_date"}
        if dated_only and index and continues_sentence(lines[index - 1], line):
            continue  # "Aftalen gælder fra" / "1. september 2026 og løber ...": a wrapped sentence's day
        if scanner.base.case_number and dated_only and dated_event(line):
            continue  # "7. november 2022 besluttede Byrådet ...": a date the case's text tells of, not a meeting
        if case_history(line, fields, scanner.base, lex):
            continue  # "Raadsvergadering 22 april 2024" under an agenda item: when it was treated before
        pending = empty_label(line, lex)
        inside_case = scanner.base.case_number and not fields.get("case_number") and fields.get("body")
        inside_case = inside_case and has_steps(lex)  # only languages whose protocols record committee steps
        if inside_case and not opens_meeting(lines[index + 1 : index + 40], lambda s: header_kind(s, lex), lex):
            if fields.get("meeting_date") and not coming_step(fields["meeting_date"], head):
                scanner.step(line_start, line_start + len(raw), fields, step_decides(line, lex))
            continue  # a body named alone inside a case ("Høring: / Ældrerådet", "afgøres af") is no step
        if fields.get("body") and not fields.get("meeting_date") and lex.follow_on and lex.follow_on.search(line):
            fields["meeting_date"] = scanner.base.meeting_date or head.meeting_date  # "OCMW-RAAD (aansluitend)"
        scanner.header(line_start, raw, skip, fields, result)
        untitled = bool(fields.get("case_number")) and not fields.get("title") and result is None
        untitled = untitled or (after_case and {k for k, v in fields.items() if v} <= {"archive_case"})  # "Sagsnr.:"
    stamp = page_stamp(text, lex)
    dateline = news_dateline(text, stamp, lex)
    if head.meeting_date and head.meeting_date in (stamp, dateline and dateline[2]):
        head = replace(head, meeting_date=None)  # a report's or news page's dateline dates the page, not the meeting
    for i, ctx in enumerate(scanner.contexts if dateline else ()):
        if scanner.offsets[i] == dateline[0] and ctx.meeting_date == dateline[2]:  # the dateline read as a header
            scanner.contexts[i] = replace(ctx, meeting_date=None)
    bodies = head_bodies(lines, lex)
    mentions = partial(page_mentions, text, stamp, lex, dateline)
    told = partial(told_day, text, stamp, lex)
    sections, offsets, contexts = scanner.sections, scanner.offsets, scanner.contexts
    # a news page, or where the language's pages so report (`news.unnumbered_reports`) a page numbering no case
    # (a magazine's council column) even without a publication line: a report in headed paragraphs
    # (also one the breadcrumb files under news that only a dateline dates: "Nyheder" / "NYHED · 24. juni 2026")
    unnumbered = (lex.news.unnumbered_reports or dateline is not None) and not any(c.case_number for c in contexts)
    reports = bool(stamp) or unnumbered
    return Protocol(sections, offsets, contexts, head, tables.rows, stamp, bodies, mentions, told, reports=reports)
