"""Progress items: a line naming an item and its status ("Title – Status", "Title (Status)"), a heading
run into its status sentence, and a heading (coded ones may end in a colon) whose next line opens with a
status or with the item itself."""

from __future__ import annotations

import re

from pipeline.extract.actions.blocks import report_chapters
from pipeline.extract.actions.codes import code_in, field_of, leading_code
from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.legend import is_legend, leading_mark
from pipeline.extract.actions.records import MAX_INLINE_CHARS, MAX_TITLE_WORDS, heading_joins, is_noise, self_report
from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.status import value_status
from pipeline.extract.actions.titles import BRACKETED_STATUS, INLINE_STATUS, TRAILING_MARK, without_date
from pipeline.text import structure
from pipeline.text.structure import Line, Span

_COUNTED_SHARE = re.compile(r"(?<![\w./-])\d+\s*\((?P<share>[^()]{1,20})\)")  # "18 (67%)": a count, its share
COMMENT_LINES = 2  # an item's own comment is a line or two; a longer run is the report's prose


def progress_items(lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """Lines naming an item and its status, and headings whose next line opens with a status."""
    out: list[Candidate] = []
    legends = [is_legend(line.text, lex) for line in lines]
    has_legend = any(legends)
    chapters = report_chapters(lines, lex)
    for index, line in enumerate(lines):
        if legends[index]:
            continue  # "‖  Sat i bero   ✕  Opgivet": a legend's second line pairs marks with statuses, names no item
        marked = _marked_item(line, lex) if has_legend else None
        if marked:
            out.append(marked)
            continue
        if lex.status_start.match(line.text) and structure.is_heading(line.text, MAX_TITLE_WORDS):
            continue  # "IKKE IGANGSAT": a status heading over its items, never "IKKE" with the status "IGANGSAT"
        item = structure.parse_item(line)
        inline = _inline_status(item.span, lex) if len(structure.cells(line)) <= 2 else None
        inline = inline or _run_in_status(item.span, lex)
        if inline:
            inline.action_id = inline.action_id or item.number  # "1.1 Zonnepanelen ... Afgerond."
            inline.body.extend(_comment_under(lines, index, lex))
            out.append(inline)
            continue
        if index + 1 >= len(lines) or index in chapters or not _heads_report(item.span, lex):
            continue  # "4. SAMLET VURDERING" / "Tre av fem tiltak er gjennomført": the report's chapter on all items
        if field_of(line, lex) or is_noise(item.text, lex) or lex.non_item_heading.match(item.text):
            continue
        following = lines[index + 1]
        ident, title = leading_code(item.span, lex)
        ident = ident or code_in(item.span, lex) or item.number
        # a coded heading's report may open with the item itself ("A2 Warmtescan" / "De actie is afgerond.")
        opens = lex.status_start.match(following.text) or (ident and self_report(following.text, lex))
        if opens and _groups_list(lines, index + 1):
            continue  # "Status på tiltakene" over "FULLFØRT" over "- Fartsdumper ...": the report's title
        if opens and not field_of(following, lex) and not following.text.rstrip().endswith(":"):  # not a list's intro
            stated = structure.first_sentence(following.start, following.text, lex.conventions.abbreviations)
            out.append(Candidate(ident, structure.clean_label(title), [stated], status=stated))
    return out


def _groups_list(lines: list[Line], at: int) -> bool:
    """The line at `at` is a status heading over a list ("PÅGÅR" over "- Fortau langs ..."), grouping its items
    by status: no report on the line above it."""
    heading = lines[at].text
    listed = at + 1 < len(lines) and structure.parse_item(lines[at + 1]).kind != "plain"
    return listed and structure.is_heading(heading, MAX_TITLE_WORDS) and not structure.is_sentence(heading)


def _marked_item(line: Line, lex: Lexicon) -> Candidate | None:
    """A short item opened by a mark the document's legend explains ("✔ Solceller på skolerne", "◐ 2. Ny
    hal"): the mark is its status. Only under a legend: a bullet alone ("● Ny hal") states nothing."""
    marked = leading_mark(line, lex)
    if marked is None or not value_status(marked[0], lex):
        return None
    item = structure.parse_item(marked[1])
    if not 0 < len(structure.words(item.text)) <= MAX_TITLE_WORDS or structure.is_sentence(item.text):
        return None
    ident, title = leading_code(item.span, lex)
    return Candidate(ident or item.number, structure.clean_label(title), [marked[0]], status=marked[0])


def _comment_under(lines: list[Line], index: int, lex: Lexicon) -> list[Span]:
    """The running sentences right under a "Title – Status" line, before the next item or heading:
    the item's comment, which may report a later stage than the status it was marked with; the next item
    with a status of its own ("2. Chatbot (ikke påbegynt)") is no comment."""
    out: list[Span] = []
    for line in lines[index + 1 : index + 1 + COMMENT_LINES]:
        next_item = _inline_status(structure.parse_item(line).span, lex)
        if not structure.is_sentence(line.text) or field_of(line, lex) or next_item:
            break
        out.append(line)
    return out


def _heads_report(item: Span, lex: Lexicon) -> bool:
    """A heading over an item's report; a coded one may end in a colon ("D1 Digital besøksteljing:")."""
    if structure.is_heading(item.text, MAX_TITLE_WORDS):
        return True
    bare = item.text.rstrip()
    coded = leading_code(item, lex)[0] is not None
    return coded and bare.endswith(":") and structure.is_heading(bare[:-1], MAX_TITLE_WORDS)


def _inline_status(item: Span, lex: Lexicon) -> Candidate | None:
    """A line "Title – Status", "Title: Status" or "Title (Status)" whose status part is a short value."""
    if len(item.text) > MAX_INLINE_CHARS or lex.note_line.match(item.text):
        return None  # "Noot 2: vervangen door ...": the note a status cell points to, its item is the row
    for shape in (BRACKETED_STATUS, INLINE_STATUS, TRAILING_MARK):
        match = shape.match(item.text)
        if not match or shape is TRAILING_MARK and not lex.is_mark(match.group("status")):
            continue
        title = structure.trim(item.start + match.start("title"), match.group("title"))
        status = structure.trim(item.start + match.start("status"), match.group("status"))
        if len(structure.words(title.text)) > MAX_TITLE_WORDS or lex.field.match(item.text) or _bare_field(title, lex):
            continue
        if is_noise(title.text, lex) or lex.non_item_heading.match(title.text) or structure.is_sentence(title.text):
            continue
        if not value_status(status, lex) or _tally(title.text, lex):
            continue
        ident, title = leading_code(title, lex)
        return Candidate(ident, structure.clean_label(without_date(title, lex)), [status], status=status)
    return None


def _tally(title: str, lex: Lexicon) -> bool:
    """A title that already holds a count with its share ("Voor 18 (67%) Tegen 9"): the line is a tally of votes,
    answers or attendance, and its shares are shares of counts, never an item's work done."""
    return any(lex.percent.fullmatch(share.group("share").strip()) for share in _COUNTED_SHARE.finditer(title))


def _bare_field(title: Span, lex: Lexicon) -> bool:
    """A title that is a field's label and nothing else ("Status ...... actief", "Fremdrift – pågår"): a record's
    field line, naming no item."""
    field = lex.field.match(title.text.strip())
    return field is not None and not field.group("value")


def _run_in_status(item: Span, lex: Lexicon) -> Candidate | None:
    """A heading run into its status sentence when the text was wrapped ("Zonnepanelen op het
    gemeentehuis Nog niet gestart. De aanbesteding volgt in 2025."): a capital opens the status."""
    for join in heading_joins(item.text, MAX_TITLE_WORDS):
        rest = item.text[join.end() :]
        if not lex.status_start.match(rest) and not lex.self_subject.match(rest):
            continue  # the report opens with its status, or with the item itself ("Deze actie is ...")
        if not lex.speaks(item.text):
            return None  # no status rule speaks to the line
        title = structure.trim(item.start, item.text[: join.start() + 1])
        if not structure.is_heading(title.text, MAX_TITLE_WORDS) or is_noise(title.text, lex):
            return None
        stated = structure.first_sentence(item.start + join.end(), rest, lex.conventions.abbreviations)
        ident, title = leading_code(title, lex)
        return Candidate(ident, structure.clean_label(title), [stated], status=stated)
    return None
