"""Tables whose rows are actions: a status table ("Tiltak | Status") or a follow-up table of political
decisions ("Sagsnr. | Beslutning | Opfølgning", "Nr. | Motie | Stand van zaken").

The header names the columns: the status or comment column is required, the id column (case or
decision number) and title column are read when named. The normaliser drops empty cells, so a
shorter row is read from both ends: its id (a code) first, its comment last.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.extract.actions.codes import field_of, leading_code
from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.legend import is_code_key, is_symbol_mark
from pipeline.extract.actions.places import is_place
from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.status import value_status, verdict_of
from pipeline.gazetteers.cities import country_code
from pipeline.text import structure
from pipeline.text.structure import Line, Span

MAX_TABLE_ROWS = 200  # rows read under one header
MAX_HEADER_WORDS = 5  # a header cell names a column in a few words
MIN_TOWN_ROWS = 2  # a table of partner towns lists at least two
MIN_HEADERLESS_ROWS = 2  # one coded line with a status is a record; two in a row are a table
MIN_HEADERLESS_CELLS = 3  # code, title, status
MAX_SECTION_GAP = 5  # heading, page number, running header and rule between a table's sections
MAX_COMMENT_LINES = 3  # sentences under a row, across the table's width, before the table goes on
_FULL_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d")
_PLAIN_NUMBER = re.compile(r"(\d{1,4}(?:[./-]\d{1,4})*)\.?")
# "1b Ontwikkeling Noord\t◐ Bestemmingsplan ligt ter inzage.": a code, a title, a mark standing alone, a comment
MIN_KEY_PAIRS = 2  # "Loopt = in uitvoering | Vervallen = gaat niet door": a key row, never one "=" in a comment
_KEY_PAIR = re.compile(r"^\s*[^=\s][^=]{0,40}?\s=\s*\w")  # a word and its meaning: "On hold = tijdelijk stilgelegd"
_BLANK_CELL = re.compile(r"\s*[-–—]\s*")  # a cell left blank with a dash: nothing reported
_LONE_TOKEN = re.compile(r"(?<=[\t ])\S{1,3}(?=[\t ]+\S)")


class Columns(NamedTuple):
    width: int
    status: int
    id: int | None
    title: int
    notes: int | None = None  # a comment column beside the status column ("Status | Kommentar")


def columns(header: list[Span], lex: Lexicon) -> Columns | None:
    """Where the status, id and title columns stand; None when no column reports a status."""
    names = [c.text.rstrip(":").strip() for c in header]
    if any(len(structure.words(n)) > MAX_HEADER_WORDS for n in names):
        return None  # a row of running text, not a header
    if len(header) == 2 and header[0].text.rstrip().endswith(":") and lex.field.match(header[0].text):
        return None  # "Status:<TAB>Fullført": a record's field and its value, not a header over a done column
    titled = any(j and lex.title_column.search(n) for j, n in enumerate(names))  # "Status | Nr | Tiltak": status first
    status = next((j for j, n in enumerate(names) if (j or titled) and lex.comment_column.search(n)), None)
    if status is not None and _status_value(names[status], lex):
        return None
    if status is None and not any(ch.isdigit() for n in names for ch in n):  # "2018-2022 | ... | Afgerond": a row
        status = next((j for j, n in enumerate(names) if j and lex.done_column.match(n.rstrip("? "))), None)
    if status is None:
        return None
    ident = next((j for j, n in enumerate(names) if j != status and lex.id_column.fullmatch(n)), None)
    title = next((j for j, n in enumerate(names) if j not in (status, ident) and lex.title_column.search(n)), None)
    if title is None:
        title = next(j for j in range(len(names)) if j not in (status, ident))
    notes = next((j for j, n in enumerate(names) if j > status and lex.comment_column.search(n)), None)
    return Columns(len(names), status, ident, title, notes)


def _status_value(name: str, lex: Lexicon) -> bool:
    """ "2 | Zonnepanelen | In uitvoering" under a lost header: a cell that names no column but states a status
    ("In uitvoering", not "Uitvoering") makes the line a row, never a header over a status column."""
    return not lex.comment_column.fullmatch(name) and value_status(Span(0, len(name), name), lex) is not None


def status_tables(lines: list[Line], lex: Lexicon) -> tuple[list[Candidate], set[int]]:
    """One action per row under a header with a status or comment column; and the header lines,
    which name columns, never an action ("Handling | Udført")."""
    out: list[Candidate] = []
    headers: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        header = structure.table_cells(line)
        found = columns(header, lex) if len(header) > 1 and not _key_row(header, lex) else None
        if found is None:
            run, taken = _coded_run(lines, index, lex)
            out.extend(_headerless(run, lex) if len(run) >= MIN_HEADERLESS_ROWS else [])
            index += max(taken, 1)
            continue
        headers.add(index)
        rows, index, places = _rows(lines, index + 1, header, found, lex)
        out.extend([] if len(rows) >= MIN_TOWN_ROWS and places * 2 > len(rows) else _with_notes(rows, lines, lex))
    return out, headers


def _key_row(cells: list[Span], lex: Lexicon) -> bool:
    """A legend written as a row of cells ("Legenda: Afgerond = klaar | Loopt = in uitvoering", wrapped onto "dan
    gepland | On hold = tijdelijk stilgelegd | ..."): a label, or two or more cells each pairing a word with its
    meaning. It explains the status words; it is neither a header nor a row."""
    if cells and lex.legend_label.match(cells[0].text.strip()):
        return True
    return sum(bool(_KEY_PAIR.match(c.text)) for c in cells) >= MIN_KEY_PAIRS


def _with_notes(rows: list[Candidate], lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """A status cell (or a blank one's comment) pointing to a note ("Se note 1", "Se note", "Sjå merknad under
    tabellen") takes the note's report ("Note 1: Cykelruten er
    sat i bero.", or one naming the row "Note til C.3: ...") as the row's status; a note nobody points to is left
    alone."""
    pointed = [(row, pointer) for row in rows if (pointer := _note_pointer(row, lex))]
    if not pointed:
        return rows  # the notes are read only for a table that points to one
    notes: dict[str, Span] = {}
    for line, after in zip(lines, [*lines[1:], None], strict=True):
        note = lex.note_line.match(line.text)
        if note:
            key = note.group("n") if note.group("id") is None else note.group("id").casefold()
            text = structure.trim(line.start + note.start("text"), note.group("text")) if note.group("text") else after
            if text is not None:
                notes.setdefault(key, text)  # "Merknad til B1:" alone on its line: the report is the next line
    for row, pointer in pointed:
        named = notes.get(row.action_id.casefold()) if row.action_id and not pointer.group("n") else None
        note = named or notes.get(pointer.group("n"))
        if note is not None:
            row.status, row.body = note, [note]
    return rows


def _note_pointer(row: Candidate, lex: Lexicon) -> re.Match | None:
    """The row's pointer to a note: its status cell ("Se note 1"), or, the status cell left blank ("-"), its
    comment ("- | Sjå merknad under tabellen.")."""
    if row.status is None:
        return None
    pointer = lex.note_pointer.match(row.status.text)
    if pointer is None and not row.status.text.strip(" -–—") and row.body:
        pointer = lex.note_pointer.match(row.body[-1].text)
    return pointer


def _names_town(row: list[Span], title: Span) -> bool:
    """A row naming a town: its title is a town of the gazetteer, or another cell names a country
    ("Lerwick | Skottland | Vennskapsby | Aktiv"). When most rows do, the table lists partner towns, no
    tracker, so its rows whose town is also an everyday word ("Kemi", "Porto") are no actions either."""
    return is_place(title.text) or any(cell is not title and country_code(cell.text) for cell in row)


def _coded_run(lines: list[Line], start: int, lex: Lexicon) -> tuple[list[list[Span]], int]:
    """Consecutive rows of a table whose header was lost: a code in the first cell (never a date or a
    year span), a status in the last; and how many lines they take. Rows laid out in spaces with a
    status mark between title and comment may wrap their comment onto the next line."""
    run: list[list[Span]] = []
    index = start
    spaced = False  # the last row was read from a line aligned in spaces, whose comment may wrap
    while index < min(len(lines), start + MAX_TABLE_ROWS):
        line = lines[index]
        row = structure.table_cells(line)
        marked = _marked_cells(line, lex) if len(row) <= 2 else None
        if spaced and len(row) == 1 and marked is None and _continues_comment(run[-1][-1], line):
            run[-1][-1] = Span(run[-1][-1].start, line.end, f"{run[-1][-1].text} {line.text}")
            index += 1
            continue
        row = marked or row
        if len(row) < MIN_HEADERLESS_CELLS or not (marked or lex.code.fullmatch(row[0].text)):
            gap = _section_gap(lines, index, lex) if len(run) >= MIN_HEADERLESS_ROWS else 0
            if not gap:
                break
            index += gap  # the rows go on under the next section heading
            continue
        if _status_cell(row, lex) is None:
            break
        run.append(row)
        spaced = marked is not None
        index += 1
    return run, index - start


def _marked_cells(line: Line, lex: Lexicon) -> list[Span] | None:
    """A row aligned in spaces whose status is a legend's mark standing between title and comment
    ("2b Boulevard De Honte – nieuwe verlichting ○ Aanbesteding in 2027."): its code, title, mark and
    comment; None for any other line."""
    code, title = leading_code(Span(line.start, line.end, line.text), lex)
    if code is None or not line.text.startswith(code):
        return None
    at = title.start - line.start
    mark = next((m for m in _LONE_TOKEN.finditer(line.text, at + 1) if is_symbol_mark(m.group(), lex)), None)
    if mark is None:
        return None
    return [
        Span(line.start, line.start + len(code), code),
        structure.trim(title.start, line.text[at : mark.start()]),
        Span(line.start + mark.start(), line.start + mark.end(), mark.group()),
        structure.trim(line.start + mark.end(), line.text[mark.end() :]),
    ]


def _continues_comment(comment: Span, line: Line) -> bool:
    """The next line goes on with a marked row's comment: it opens in lower case, or the comment stops
    mid-sentence and the line is no heading."""
    stops = comment.text.rstrip().endswith((".", "!", "?"))
    return structure.continues_cell(line) or not stops and not structure.is_heading(line.text)


def _status_cell(row: list[Span], lex: Lexicon) -> int | None:
    """Where a headerless row states its status: the first cell after the title that opens with a
    status ("Aflyst", "I gang"), else the last filled cell when it reports one ("Arbejdet pågår.")."""
    for position in range(2, len(row)):
        if value_status(row[position], lex):
            return position
    filled = [position for position in range(2, len(row)) if row[position].text]
    return filled[-1] if filled and verdict_of([row[filled[-1]]], lex) else None


def _headerless(run: list[list[Span]], lex: Lexicon) -> list[Candidate]:
    """Rows without a header: the code, the title after it, the status cell, a comment after it."""
    out = []
    for row in run:
        status = _status_cell(row, lex)
        notes = status + 1 if status is not None and status + 1 < len(row) and row[status + 1].text else None
        candidate = _row(row, Columns(len(row), status, 0, 1, notes), lex)
        if candidate:
            out.append(candidate)
    return out


def _rows(
    lines: list[Line], start: int, header: list[Span], cols: Columns, lex: Lexicon
) -> tuple[list[Candidate], int, int]:
    """The rows under a header until the table ends, the index after it and how many rows name a town;
    a repeated header (a page break) is skipped, a row with an empty first cell or a lower-case line
    continues the comment of the row above."""
    out: list[Candidate] = []
    places = 0
    names = {c.text.casefold() for c in header}
    index = start
    while index < len(lines) and index - start < MAX_TABLE_ROWS:
        if structure.is_rule_row(lines[index].text):
            index += 1  # the ruler under a pipe table's header
            continue
        if is_code_key(lines[index].text, lex) or _key_row(structure.table_cells(lines[index]), lex):
            break  # "A: afgerond   L: loopt", "Loopt = in uitvoering | Vervallen = ...": the key, no row
        row = structure.table_cells(lines[index])
        if len(row) >= 2 and out and _wraps_cells(row, lines[index], out[-1]):
            index += 1  # "gennemført | tilsluttet" under "Delvist | Etape 1 af 2 er": the cells above go on
            continue
        if len(row) < 2 and out and structure.continues_cell(lines[index]):
            last = out[-1].body[-1]  # a wrapped cell's rest ("De bankjes worden" / "in het voorjaar ...")
            out[-1].body[-1] = Span(last.start, lines[index].end, f"{last.text} {lines[index].text}")
            index += 1
            continue
        if len(row) < 2 and out and _comment_between_rows(lines, index, lex, out[-1].action_id is not None):
            _add_comment(out[-1], lines[index], lex)
            index += 1  # "Projektet er stillet i bero ...": the row above's comment, the table goes on
            continue
        if out and out[-1].action_id is not None and (len(row) < 2 or _code_cell(row[0], lex) is None):
            gap = _section_gap(lines, index, lex, cols.status)
            if gap:
                index += gap  # "SPOOR 2  HITTEBESTENDIG GROEN", a page break: the coded rows go on below
                continue
        if len(row) < 2:
            break
        index += 1
        if {c.text.casefold() for c in row} <= names:
            continue
        if not row[0].text and out:
            out[-1].body.extend(c for c in row[1:] if c.text)
            continue
        candidate = _row(row, cols, lex)
        if candidate:
            out.append(candidate)
            places += _names_town(row, candidate.title)
    return out, index, places


def _section_gap(lines: list[Line], index: int, lex: Lexicon, status_at: int | None = None) -> int:
    """How many lines of section headings and page furniture (a page number, a running header, a rule) stand
    between coded rows above and the next coded row that states a status, or leaves the header's status column
    blank with a dash ("2.1 | Fietskaart | - | Geen gegevens"): the table goes on under the plan's next section. 0
    when a sentence or another coded line stands between, or no such row follows soon (a budget table)."""
    for offset, line in enumerate(lines[index : index + MAX_SECTION_GAP]):
        row = structure.table_cells(line)
        coded = _code_cell(row[0], lex) is not None
        if offset and coded and len(row) >= MIN_HEADERLESS_CELLS:
            blank = status_at is not None and status_at < len(row) and _BLANK_CELL.fullmatch(row[status_at].text)
            return offset if _status_cell(row, lex) is not None or blank else 0
        if coded or structure.is_sentence(line.text):
            return 0
    return 0


def _wraps_cells(row: list[Span], line: Line, above: Candidate) -> bool:
    """A lower-case row with no more cells than the row above has after its title: the rest of the
    row above's wrapped cells, right-aligned ("gennemført | tilsluttet" under "Delvist | Etape 1 af 2
    er"). The status cell and the comment cell each take their own rest."""
    separate = above.status is not None and above.status not in above.body
    targets = ([None] if separate else []) + list(range(len(above.body)))  # None: the status cell
    if not structure.continues_cell(line) or len(row) > len(targets):
        return False
    for rest, target in zip(row, targets[-len(row) :], strict=True):
        if target is None and above.status is not None:
            above.status = _joined(above.status, rest)
        elif target is not None:
            above.body[target] = _joined(above.body[target], rest)
    return True


def _joined(cell: Span, rest: Span) -> Span:
    return Span(cell.start, rest.end, f"{cell.text} {rest.text}")


def _comment_between_rows(lines: list[Line], index: int, lex: Lexicon, coded: bool) -> bool:
    """Sentences under a row, with the table going on after them (under the next section's heading too, when the
    rows are `coded`), or a line under its comment label ("Kommentar: Ingen.", "Merknad: -"): the row's own
    comment, written across the table's width."""
    if _labelled_comment(lines[index], lex) is not None:
        return True
    for at in range(index, min(index + MAX_COMMENT_LINES, len(lines))):
        if len(structure.table_cells(lines[at])) >= 2:
            return True
        if not structure.is_sentence(lines[at].text):
            return at > index and coded and _section_gap(lines, at, lex) > 0
    return False


def _labelled_comment(line: Line, lex: Lexicon) -> Span | None:
    """The value of a comment or status label opening a line under a row ("Kommentar: Vedtaket er
    utført.", "Status: Afsluttet"); None for any other line."""
    field = field_of(line, lex)
    if field is None or not (lex.explanation_field.match(field[0]) or lex.status_field.match(field[0])):
        return None
    return field[1]


def _add_comment(row: Candidate, line: Line, lex: Lexicon) -> None:
    """A comment line joins its row's explanation, without its label; it stands in for a status cell
    that only names the status, so a newer status in the comment can show the cell is stale."""
    comment = _labelled_comment(line, lex) or Span(line.start, line.end, line.text)
    if row.status is not None and row.body == [row.status] and value_status(row.status, lex):
        row.body.clear()
    if comment.text:
        row.body.append(comment)


def _row(row: list[Span], cols: Columns, lex: Lexicon) -> Candidate | None:
    """A row as an action: all columns where it is as wide as the header, else id first and comment last.
    A comment column beside the status column is the explanation that can show the status is stale."""
    if len(row) == cols.width - 1 and cols.id == 0 and _code_cell(row[0], lex) is None:
        code, title = leading_code(row[0], lex)  # "1.1   LED-belysning": the id's gap lost in the layout
        if code is not None:
            row = [Span(row[0].start, title.start, code), title, *row[1:]]
    if len(row) == cols.width + 1 and cols.id is None and cols.title == 0 and _code_cell(row[0], lex) is not None:
        cols = _shifted(cols)  # "Nr  Actie | Status" over "1 | Nieuw fietspad | Afgerond": the header's id gap lost
    if len(row) >= cols.width:
        ident = row[cols.id] if cols.id is not None else _code_cell(row[0], lex)
        title = row[cols.title]
        if ident is not None and title is ident and cols.title + 1 < len(row) and cols.title + 1 != cols.status:
            title = row[cols.title + 1]
        comment = row[cols.status]
        notes = [row[cols.notes]] if cols.notes is not None else []
    else:
        ident = _code_cell(row[0], lex)
        rest = row[1:] if ident is not None else row
        if len(rest) < 2:
            return None
        title, comment, notes = rest[0], rest[-1], []
    if title is ident:
        return None
    action_id = _code_text(ident, lex) if ident is not None else None
    if ident is not None and action_id is None and any(ch.isdigit() for ch in ident.text):
        action_id = ident.text  # the id column's number as written ("Sak 45/23")
    if action_id is None:
        action_id, title = leading_code(title, lex)
    return Candidate(action_id, structure.clean_label(title), notes or [comment], status=comment)


def _shifted(cols: Columns) -> Columns:
    """The columns of a row one cell wider than its header, whose first header cell names the id and the title
    columns at once (a narrow gap lost in a space-aligned layout): the id first, every other column one on."""
    notes = cols.notes + 1 if cols.notes is not None else None
    return Columns(cols.width + 1, cols.status + 1, 0, cols.title + 1, notes)


def _code_cell(cell: Span, lex: Lexicon) -> Span | None:
    return cell if _code_text(cell, lex) else None


def _code_text(cell: Span, lex: Lexicon) -> str | None:
    """A case or decision number as written ("1.1", "22/1234", "M2023-07"), from a cell holding only that."""
    text = cell.text.strip()
    if _FULL_DATE.fullmatch(text):
        return None  # a date column ("12.03.2024") dates the decision; it does not number it
    plain = _PLAIN_NUMBER.fullmatch(text)
    if plain:
        return plain.group(1)
    code = lex.code.fullmatch(text)
    return code.group() if code else None
