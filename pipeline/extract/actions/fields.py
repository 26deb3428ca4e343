"""Label blocks of a follow-up listing: a table that survived as one block of "Label: value" lines
per item ("Sak: 45/23 / Tittel: ... / Ansvarlig: ... / Status: ... / Kommentar: Arbeidet pågår.").

A block names its item itself: a title field, or a case, decision or motion keyword with its number
("Sak: 45/23", "Motie: M2023-07", "Beslutning: 2023-041 Ny skolevej"). A block ends where one of its
labels comes again (the next item) or at a line that is neither a field nor the continuation of an
explanation. The status comes from the status field, else from the explanation fields; a block
with neither a status field nor a status in its explanation is a case of minutes, not an action. Pages with a
heading over their fields are tracker records (records.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.actions.codes import MAX_TITLE_FIELD_WORDS, field_of, names_item, without_code
from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.records import coded_heading_over, heading_joins, opens_item_or_theme
from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.status import findings, opens_with_item, value_status, verdict_of
from pipeline.text import structure
from pipeline.text.structure import Line, Span

_LABEL = re.compile(r"^(?P<label>[^\W\d][\w.]*(?: [\w.]+){0,2})\s*:\s*(?P<value>.*)$")
_SEPARATORS = " \t–—-|"  # what stands between a heading and the label or report run onto it
HEADING_WORDS = 10  # a heading run onto its report is a short line (structure.is_heading's reach)
_DOTTED_LETTER = re.compile(r"^[^\W\d]{1,4}\.(?:\s|$)")  # "a. Felles studietur", "iii. ...": an item's own mark


@dataclass
class _Block:
    """The fields of one item, by kind, and the lines they stand on."""

    lines: list[int] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)
    ident: str | None = None
    title: Span | None = None
    status: Span | None = None
    explanation: list[Span] = field(default_factory=list)
    last_kind: str = ""


ALIGNED_RUN = 2  # lines of label and value in a row that make a record laid out as aligned columns
_ALIGNED = re.compile(r"^(?P<label>[^\W\d][\w.]*(?: [\w.]+){0,2}?)(?P<gap>\t| (?=[A-ZÆØÅ0-9-]))")


def aligned_records(lines: list[Line], lex: Lexicon) -> list[Line]:
    """Tracker records laid out as aligned columns without colons ("Status      Afgedaan": the normaliser
    keeps a wide gap as a tab, a narrow one as a space): in a run of two or more lines that each open with a
    field label and its value, one of them across a tab, the gap after the label becomes a colon, so the lines
    read as "Label: value" fields. The same length keeps every offset; a lone line is left alone."""
    marks = [_aligned_label(line, lex) for line in lines]
    out = list(lines)
    n = 0
    while n < len(lines):
        end = n
        while end < len(lines) and marks[end] is not None:
            end += 1
        run = range(n, end)
        if len(run) >= ALIGNED_RUN and any(lines[k].text[marks[k]] == "\t" for k in run):
            for k in run:
                text, at = lines[k].text, marks[k]
                out[k] = Line(lines[k].start, lines[k].end, f"{text[:at]}:{text[at + 1 :]}")
        n = end + 1
    return out


def _aligned_label(line: Line, lex: Lexicon) -> int | None:
    """Where the gap after a field label stands in a "Label<gap>value" line; None when the line opens otherwise."""
    m = _ALIGNED.match(line.text)
    if m is None or ":" in m.group("label") or line.text.count("\t") > 1:
        return None
    label = lex.field.match(m.group("label"))
    return m.start("gap") if label is not None and not label.group("value") else None


def unjoined(lines: list[Line], lex: Lexicon) -> list[Line]:
    """The lines with a heading split off again where a short page was unwrapped and its next line
    run onto it: a status label ("Ny skatepark i Vestparken Status pr. 1. maj 2024") or a report
    that opens with the item ("Ny frivilligsentral Arbeidet er ikkje starta.")."""
    out: list[Line] = []
    for line in lines:
        label = lex.run_on_status_label.search(line.text)
        cut = label.start("label") if label else _run_in_report(line, lex)
        head = line.text[:cut].rstrip(_SEPARATORS) if cut else ""  # "Ny hall – Status: ...": no dash left
        if not cut or len(structure.words(head)) < 2 or not structure.is_heading(head) or _header_cell(line, cut, lex):
            out.append(line)
            continue
        out.append(Line(line.start, line.start + len(head), head))
        out.append(Line(line.start + cut, line.end, line.text[cut:]))
    return out


def _header_cell(line: Line, cut: int, lex: Lexicon) -> bool:
    """ "Nr  Actie<TAB>Status": the label alone in its own cell is a table header's status column, not a label that
    an unwrapped page ran onto the title before it (that run-on is joined by a space)."""
    return line.text[cut - 1] == "\t" and bool(lex.comment_column.fullmatch(line.text[cut:].strip()))


WRAP_WORDS = 6  # the tail of a title or list item wrapped onto the next line is a few words


def rewrapped(lines: list[Line], lex: Lexicon) -> list[Line]:
    """The lines with a wrapped coded heading or list item joined again: a PDF breaks "Tiltak 1.3
    Innføre fossilfrie / byggeplasser" or "1. Nytt lys i / lysløypa" where the page ends, and a line
    opening on a lower-case letter, a few words without a field label or a list marker, continues
    the title or item above, not a report (a report sentence opens on a capital) - left apart, it
    cut the title and ended the list before its next item. The joined line keeps its offsets: the
    line break between the two becomes spaces."""
    out: list[Line] = []
    for line in lines:
        head = out[-1] if out else None
        # a row's title cell wrapped with its other cells on the next line ("A2 Subsidiescan voor" / "maatschappelijke
        # organisaties  Lopend"): one row; two rows of cells stay apart
        if (
            head is not None
            and _wrapped_onto(line, lex)
            and _wraps(head, lex)
            and not (_is_row(line) and _is_row(head))
        ):
            out[-1] = Line(head.start, line.end, head.text + " " * (line.start - head.end) + line.text)
            continue
        out.append(line)
    return out


def _wraps(head: Line, lex: Lexicon) -> bool:
    """`head` may run on: a list item, or a coded heading whose title has not yet ended its sentence
    (after "Tiltak 3 Grønne tak. Arbeidet er" the lower-case line is its report)."""
    if structure.parse_item(head).kind != "plain":
        return True
    match = lex.item.match(head.text) or lex.code.match(head.text)  # "Tiltak 1.3 ...", "A2 ..." (a row's id cell)
    return match is not None and not any(mark in head.text[match.end() :] for mark in ".:!?;")


def _is_row(line: Line) -> bool:
    return len(structure.cells(line)) > 1


def _wrapped_onto(line: Line, lex: Lexicon) -> bool:
    return (
        line.text[:1].islower()
        and not _DOTTED_LETTER.match(line.text)
        and len(structure.words(structure.cells(line)[0].text)) <= WRAP_WORDS
        and structure.parse_item(line).kind == "plain"
        and not lex.field.match(line.text)
    )


def _run_in_report(line: Line, lex: Lexicon) -> int | None:
    """Where a report sentence run onto a heading begins: the last capital after a word whose
    sentence opens with the item itself, a status or an impersonal subject and states a status, or
    opens as a plan's goal ("Kommunen skal ...") - the last, so that a name in the heading, "Ny bru
    over Storelva", stays in it."""
    if (
        structure.parse_item(line).kind != "plain"
        or len(structure.cells(line)) > 1
        or not structure.is_sentence(line.text)
        or lex.note_line.match(line.text)
        or _report_field(line.text, lex)
    ):
        return None  # a list item, a table row, a note below a table ("Merknad til B1: ...") or a status field
    for join in reversed(list(heading_joins(line.text, HEADING_WORDS))):
        head = line.text[: join.start() + 1]
        if not structure.is_heading(head, HEADING_WORDS):
            continue
        rest = line.text[join.end() :]
        first = structure.first_sentence(0, rest, lex.conventions.abbreviations)
        about = lex.status_start.match(rest) or lex.report_opener.match(rest) or opens_with_item(first.text, head, lex)
        if lex.goal.match(rest) or (about and any(not f.weak for f in findings([first], lex))):
            return join.end()
    return None


def _report_field(text: str, lex: Lexicon) -> bool:
    """A status or comment field ("Status: Delvis gjennomført - ..., men besøket fra Bergen ble avlyst."): its value
    is one report, whose later capital ("Bergen ble avlyst") opens no report run onto a heading."""
    field = lex.field.match(text)
    label = field.group("label") if field else ""
    return bool(label and (lex.status_field.match(label) or lex.explanation_field.match(label)))


def field_blocks(lines: list[Line], lex: Lexicon) -> tuple[list[Candidate], set[int]]:
    """One action per label block that names its item and reports on it; the lines it used."""
    out: list[Candidate] = []
    taken: set[int] = set()
    for block in _blocks(lines, lex):
        if block.title is None or (block.status is None and not verdict_of(block.explanation, lex)):
            continue  # a case block of minutes ("Sak: 12/23 / Tittel: ... / Merknad: Ingen merknader.")
        if coded_heading_over(lines, block.lines[0], 0, lex) is not None:
            continue  # the fields of a record under its coded heading: a tracker record (records.py)
        status = block.status if block.status is not None and value_status(block.status, lex) else None
        body = block.explanation if status is not None or block.status is None else [block.status, *block.explanation]
        out.append(Candidate(block.ident, structure.clean_label(block.title), body, status=status))
        taken.update(block.lines)
    return out, taken


def _blocks(lines: list[Line], lex: Lexicon) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        parsed = _labelled(line, lex)
        if parsed is None and current is not None and opens_item_or_theme(line, lex):
            current = None  # "Indsatsområde 3: ..." / "3.1 Ny kai. Kaien er ...": the next item, in its own layout
            index += 1
            continue
        if parsed is None:
            if current is not None and current.last_kind == "explanation" and structure.is_sentence(line.text):
                current.explanation.append(line)
                current.lines.append(index)
            elif current is not None and _LABEL.match(line.text):
                current.last_kind = ""  # a field this reader has no use for ("Opprinnelig vedtak:")
                empty = not _LABEL.match(line.text).group("value")
                index += 2 if empty and index + 1 < len(lines) and _labelled(lines[index + 1], lex) is None else 1
                continue
            else:
                current = None
            index += 1
            continue
        label, value = parsed
        used = [index]
        if not value.text and index + 1 < len(lines) and _labelled(lines[index + 1], lex) is None:
            value = lines[index + 1]
            used.append(index + 1)
        while value.text and used[-1] + 1 < len(lines) and _wraps_value(lines[used[-1] + 1], lex):
            more = lines[used[-1] + 1]  # "Vedtak: Kommunestyret ber ... fortau" / "langs Kirkebygdveien."
            value = Span(value.start, more.end, f"{value.text} {more.text}")
            used.append(used[-1] + 1)
        if current is None or label.casefold() in current.labels:
            current = _Block()
            blocks.append(current)
        current.labels.add(label.casefold())
        current.lines.extend(used)
        _add(current, label, value, lex)
        index = used[-1] + 1
    return blocks


def _labelled(line: Line, lex: Lexicon) -> tuple[str, Span] | None:
    """A field line: a known label, or a case/motion keyword before its number ("Sak: 45/23"), or
    that keyword and number alone on a line over the item's fields ("Sak 112/2023")."""
    known = field_of(line, lex)
    if known is not None:
        return known
    alone = lex.keyword_code.fullmatch(line.text.rstrip(" :"))
    if alone:
        return line.text[: alone.start("id")].strip(), structure.trim(line.start + alone.start("id"), alone.group("id"))
    match = _LABEL.match(line.text)
    if match and lex.keyword_code.match(f"{match.group('label')} {match.group('value')}"):
        value = structure.trim(line.start + match.start("value"), match.group("value"))
        return match.group("label").strip(), value
    return None


def _wraps_value(line: Line, lex: Lexicon) -> bool:
    """An unlabelled line going on in lower case: the field value above wrapped onto it."""
    return _labelled(line, lex) is None and not _LABEL.match(line.text) and structure.continues_cell(line)


def _add(block: _Block, label: str, value: Span, lex: Lexicon) -> None:
    """Sort a field into the block: its id, title, status or explanation; other fields are left out."""
    block.last_kind = ""
    if not value.text:
        return
    keyword = lex.keyword_code.match(f"{label} {value.text}") or lex.keyword_code.match(value.text)
    code = keyword.group("id") if keyword else _whole_code(value, lex)
    if code and (keyword or lex.id_field.match(label) or lex.title_field.match(label)):
        block.ident = block.ident or code
        rest = without_code(value, code, lex)
        if rest is not value and block.title is None and len(structure.words(rest.text)) <= MAX_TITLE_FIELD_WORDS:
            block.title = rest
        return
    if lex.status_field.match(label):
        block.status, block.last_kind = value, "explanation"
    elif lex.explanation_field.match(label):
        block.explanation.append(value)
        block.last_kind = "explanation"
    elif lex.title_field.match(label) and names_item(value, lex):
        block.title = value
    elif lex.id_field.match(label) and block.ident is None and any(ch.isdigit() for ch in value.text):
        block.ident = value.text


def _whole_code(value: Span, lex: Lexicon) -> str | None:
    """A value that is a code alone ("45/23", "M2023-07"), never a date."""
    text = value.text.strip().rstrip(".")
    return text if lex.code.fullmatch(text) else None
