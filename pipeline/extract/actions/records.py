"""Tracker records and progress items: actions whose status is stated, not narrated.

- A tracker record is a page (or a block of a listing) about one commitment, motion or project,
  with fields: "Status: In uitvoering", "Stand van zaken" over its value, "Saksnummer: 45/23".
  It is named by the nearest heading above its fields; its code comes from an id field or the
  heading ("T-114", "Motie M2023-07"). The explanation under the fields overrides a stale field.
- A progress item is a line naming an item and its status ("Nieuw zwembad – Vertraagd",
  "Skolestier: Udskudt til 2025", "Ny hal (stilt i bero)"), or a heading followed by a
  sentence that opens with a status ("Nog niet gestart. De aanbesteding volgt in 2025.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from pipeline.extract.actions.codes import (
    LETTER_DOT,
    TOP_CHAPTER,
    code_in,
    field_of,
    leading_code,
    lettered_item,
    names_item,
    without_code,
)
from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.legend import is_legend
from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.status import findings, opens_with_item, value_status
from pipeline.text import structure
from pipeline.text.structure import Line, Span

TITLE_LOOKBACK = 12  # lines searched above a record's status field for its heading
FIELD_LOOKBACK = 30  # lines searched above it for a title field (a motion's text may stand between)
EXPLANATION_LINES = 12  # lines after the status field read as its explanation
_LEADER_FIELD = re.compile(r"\S\s*(?:\.{3,}|…{2,})\s*\S")  # a label, dot leaders, a value
MAX_TITLE_WORDS = 16
MAX_SENTENCE_TITLE_WORDS = 30  # a verbal proposal or motion is named by its sentence
MAX_INLINE_CHARS = 300  # a title and a short status; longer lines are running text (and not rescanned)
_LABEL = re.compile(r"^((?:[^\W\d]+[ -]?){1,3}):\s+\S")
_PLAIN_ID = re.compile(r"\d{1,8}")
_FULL_DATE = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d(?!\d)")
CODE_LINE_WORDS = 4
MARKED_HEADING_CELLS = 3  # code, title and mark: "T1   Ny kai   [P]"
_BARE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\s+(?=[A-ZÆØÅ])")  # an item's number without a dot
_BARE_CODE = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")  # a number alone in its column: "1.", "2.1"
_CAPITAL_AFTER_WORD = re.compile(r"\w\s+(?=[A-ZÆØÅ])")


def tracker_records(lines: list[Line], lex: Lexicon, taken: frozenset[int] = frozenset()) -> list[Candidate]:
    """One action per status field whose value states a status, named by the heading above it;
    status fields on `taken` lines (a label block already read) are left out."""
    out: list[Candidate] = []
    floor = 0  # a record's heading is searched no higher than the previous record's status field
    previous = 0  # the status field of the last record
    for index, line in enumerate(lines):
        field = field_of(line, lex)
        if field is None or not lex.status_field.match(field[0]) or is_legend(line.text, lex):
            continue  # "Status: Avsluttet betyr at tiltaket er lagt bort.": a legend, no record
        if index in taken:
            floor = index + 1
            continue
        value, body_from = field[1], index + 1
        if not value.text and index + 1 < len(lines) and field_of(lines[index + 1], lex) is None:
            value, body_from = lines[index + 1], index + 2
        title_at = _title_field_above(lines, index, floor, lex) or _heading_above(lines, index, floor, lex)
        above, floor = floor, index + 1
        # "Fremdrift: –": the last status field said nothing
        blank = out and out[-1].status is None and _says_nothing(lines[previous].text.split(":", 1)[-1])
        if title_at is None and out and (out[-1].status is not None or blank) and value_status(value, lex):
            # "Status pr. 1.7.2024: Afsluttet" under "Status 2023: I gang", or "Status: Avsluttet" under "Fremdrift: –"
            if _same_record(lines, previous, index):
                out[-1].status = value
                out[-1].body = [b for b in out[-1].body if not _says_nothing(b.text)]
                out[-1].body.extend(_explanation(lines, body_from, field[0], lex))
                previous = index
            continue
        if title_at is None or not value.text:
            continue
        status = value if value_status(value, lex) else None
        body = _told_above(lines, title_at, index, lex) + _explanation(lines, body_from, field[0], lex, lines[title_at])
        reports = self_report(value.text, lex, lines[title_at].text)
        if status is None and not _has_code(lines, title_at, index, lex) and not reports:
            floor = above  # the heading may still name a status field below ("Stand van zaken: ..." over "Status: ...")
            continue  # a "Status" heading over running text, unless the record carries a code or reports on itself
        body = body if status is not None else [value, *body]
        out.append(_record(lines, title_at, index, above, status, body, lex))
        previous = index
    return out


def _says_nothing(text: str) -> bool:
    """A value with no letter or digit ("–", "-", ""): a field left blank."""
    return not any(ch.isalnum() for ch in text)


def _same_record(lines: list[Line], status_at: int, index: int) -> bool:
    """A later status field of the same record: only fields and sentences stand between the two
    status lines, no heading of another item."""
    between = lines[status_at + 1 : index]
    return len(between) <= EXPLANATION_LINES and not any(structure.is_heading(line.text) for line in between)


def _record(
    lines: list[Line], title_at: int, status_at: int, floor: int, status: Span | None, body: list[Span], lex: Lexicon
) -> Candidate:
    title = lines[title_at]
    title = marked_heading(title, lex) or title  # "1.1 Zonnepanelen\t[G]": the status field below states it
    fields = list(_fields(lines, title_at, status_at, lex))
    titled = next((v for label, v in fields if lex.title_field.match(label) and v.text and names_item(v, lex)), None)
    title_field = field_of(title, lex) is not None
    if not title_field and _own_name(title, lex):
        titled = None  # the coded heading's own name, over the decision its field cites
    if title_field:  # named by a title field: the id field may stand above it ("Registratienummer")
        fields = list(_fields(lines, max(floor, status_at - FIELD_LOOKBACK), status_at, lex))
    ident = next((_id_value(v, lex) for label, v in fields if lex.id_field.match(label) and v.text), None)
    lettered = lettered_item(title)
    if lettered is not None and titled is None:  # "d) Elbilar i heimetenesta", "b. Ny kai": the plan's letter is its id
        return Candidate(ident or lettered[0], structure.clean_label(lettered[1]), body, status=status)
    heading_code = code_in(title, lex) or (code_in(titled, lex) if titled else None)
    name = without_code(titled or title, heading_code, lex)
    if heading_code is None:
        heading_code, name = leading_code(name, lex)  # "1. Ny skolevej til Østskolen"
    bare = None if heading_code else _BARE_NUMBER.match(name.text)  # "3 Lysløype på Åsen" over its status field
    if bare:
        heading_code, name = bare.group(1), structure.trim(name.start + bare.end(), name.text[bare.end() :])
    heading_code = heading_code or _code_line_above(lines, title_at, floor, lex)
    return Candidate(ident or heading_code, structure.clean_label(name), body, status=status)


def _fields(lines: list[Line], start: int, end: int, lex: Lexicon) -> Iterable[tuple[str, Span]]:
    """(label, value) of the fields in lines[start:end]; a label line takes the next line as its value."""
    for position in range(start, end):
        field = field_of(lines[position], lex)
        if field is None:
            continue
        label, value = field
        if not value.text and position + 1 < end and field_of(lines[position + 1], lex) is None:
            value = lines[position + 1]
        yield label, value


def _heading_above(lines: list[Line], index: int, floor: int, lex: Lexicon) -> int | None:
    """The nearest line above `index` that names the record: a heading (not a field's value,
    navigation, a contact line or a date), or a title field when the record has no heading."""
    for position in range(index - 1, max(floor, index - TITLE_LOOKBACK) - 1, -1):
        text = lines[position].text
        field = field_of(lines[position], lex)
        if len(structure.cells(lines[position])) > 1 and field is None:
            marked = marked_heading(lines[position], lex)
            if marked is None:
                return None  # a table stands between (not a field aligned by a tab): the heading is its caption
            text = " ".join(marked.text.split("\t"))  # the title beside its mark, its code's column gap a space
        if field and lex.title_field.match(field[0]) and _title_value(lines, position, index, field[1], lex):
            heading = coded_heading_over(lines, position, floor, lex)
            return position if heading is None else heading  # a title field ("Titel" over its value), unless
            # a coded heading names the record above its fields ("V-12 Ny hal" over "Vedtak: PS 14/26")
        value_line = position and _is_label_line(lines[position - 1], lex)
        if field or (value_line and not _status_heading(lines, position, index, lex)):
            continue
        if is_noise(text, lex) or not _names_record(text, lex) or _unknown_field(text, lex):
            continue
        if _FULL_DATE.search(text) and position > floor:
            continue  # a dated line under the title ("Vedtatt i kommunestyret 14.12.2022")
        return position
    return None


def _status_heading(lines: list[Line], position: int, index: int, lex: Lexicon) -> bool:
    """A report's own status heading ("Status på klimaplanen 2023") over the first record's heading,
    not over a status value: the line below it stands right above another status field."""
    field = field_of(lines[position - 1], lex)
    return position + 1 == index and field is not None and bool(lex.status_field.match(field[0]))


def _title_field_above(lines: list[Line], index: int, floor: int, lex: Lexicon) -> int | None:
    """A title field among the record's fields above its status ("Titel: Laadpalen in alle wijken"),
    which names the record even where a sub-heading ("Dictum van de motie") stands nearer."""
    for position in range(index - 1, max(floor, index - FIELD_LOOKBACK) - 1, -1):
        field = field_of(lines[position], lex)
        if field and lex.status_field.match(field[0]):
            return None  # another record's status: this record has no title field of its own
        own = _own_name(lines[position], lex) or lettered_item(lines[position]) is not None
        if field is None and own and _names_record(lines[position].text, lex):
            return None  # a coded or lettered heading ("A1. Zonnedaken", "a. Ny kai") names the record
        if field and lex.title_field.match(field[0]) and field[1].text and names_item(field[1], lex):
            return position if coded_heading_over(lines, position, floor, lex) is None else None
    return None


def coded_heading_over(lines: list[Line], position: int, floor: int, lex: Lexicon) -> int | None:
    """A heading with a code and a name of its own right above a record's run of fields ("1) K-sak
    12/24 - Ny barneskole", "V-26-03  Gratis kjernetid i SFO"): it names the record, and a title field
    below it ("Vedtak: KST PS 14/26, 12.03.2026") cites the decision the record follows up."""
    above = position - 1
    while above >= floor and (field_of(lines[above], lex) or structure.continues_cell(lines[above])):
        above -= 1
    if above < floor or is_noise(lines[above].text, lex) or not _names_record(lines[above].text, lex):
        return None
    return above if _own_name(lines[above], lex) else None


def _own_name(heading: Span, lex: Lexicon) -> bool:
    """A heading that carries a code and a name besides it ("V-26-03 Gratis kjernetid i SFO"), not a
    code alone ("Motie M2023-07", named by its title field)."""
    code = code_in(heading, lex)
    return code is not None and without_code(heading, code, lex) is not heading


def _title_value(lines: list[Line], position: int, index: int, value: Span, lex: Lexicon) -> bool:
    """A title field that names the record: its value, or the line under a bare label, is a name, not
    the decision quoted under the record's heading ("Vedtak: Mulighetsstudie for kulturhus utarbeides.")."""
    if value.text:
        return names_item(value, lex)
    return position + 1 < index and names_item(lines[position + 1], lex)


def marked_heading(line: Line, lex: Lexicon) -> Span | None:
    """The title of a coded item's heading with its mark in a column of its own ("1.1  Zonnepanelen op De Waal
    [G]", "T1   Ny kai   (-)"), or with its number in one ("1.<tab>Nieuwe atletiekbaan"): a tracker's title line
    over the item's status field, not a table row."""
    found = structure.cells(line)
    if not 2 <= len(found) <= MARKED_HEADING_CELLS:
        return None
    mark = found[-1].text
    if lex.is_mark(mark) or lex.is_mark(mark.strip("[]() ")) or (mark and _says_nothing(mark)):
        found = found[:-1]
    elif len(found) != 2 or not _BARE_CODE.fullmatch(found[0].text):
        return None
    title = Span(found[0].start, found[-1].end, line.text[found[0].start - line.start : found[-1].end - line.start])
    return title if leading_code(title, lex)[0] else None


def _names_record(text: str, lex: Lexicon) -> bool:
    """A heading, or a keyword and number before a sentence ("Verbalforslag 1: Kommunedirektøren bes ...")."""
    lettered = LETTER_DOT.match(text)  # "b. Gezamenlijke werkconferentie": a lettered sub-item's heading
    if structure.is_heading(text[lettered.end() :] if lettered else text, MAX_TITLE_WORDS):
        return True
    return bool(lex.keyword_code.match(text)) and len(structure.words(text)) <= MAX_SENTENCE_TITLE_WORDS


def _code_line_above(lines: list[Line], title_at: int, floor: int, lex: Lexicon) -> str | None:
    """The code of a short line right above a record's title ("Toezegging T-114" over "Onderzoek ...")."""
    if title_at - 1 < floor or title_at < 1:
        return None
    above = lines[title_at - 1]
    if len(structure.words(above.text)) > CODE_LINE_WORDS or not structure.is_heading(above.text):
        return None
    return code_in(above, lex)


def _unknown_field(text: str, lex: Lexicon) -> bool:
    """A "Label: value" line with a label of a few words and no code ("Datum raad: 12-03-2023"),
    unlike a heading that names an item by its code ("Motie M2023-07: Vuurwerkvrije zones") or
    by its keyword ("Toezegging wethouder Smit: ...")."""
    label = _LABEL.match(text)
    return bool(label) and code_in(Span(0, label.end(), label.group(1)), lex) is None and not lex.keyword.match(text)


def _is_label_line(line: Line, lex: Lexicon) -> bool:
    field = field_of(line, lex)
    return field is not None and not field[1].text


def _told_above(lines: list[Line], title_at: int, status_at: int, lex: Lexicon) -> list[Span]:
    """The sentences between a record's heading and its status field ("1. Huisbezoeken" / "Wat hebben
    we gedaan? Alle adressen zijn bezocht." / "Status: afgerond"): the record's own report."""
    between = lines[title_at + 1 : status_at]
    return [line for line in between if not field_of(line, lex) and structure.is_sentence(line.text)]


def _next_item(title: Line | None, line: Line) -> bool:
    """The line heads the item numbered after the record's own ("1. Huisbezoeken" → "2. Ontmoetingsplekken"), or
    after the item it is numbered under ("2.2 Garderobar" → "3. Ny veg")."""
    if title is None:
        return False
    own, other = structure.parse_item(title), structure.parse_item(line)
    if other.kind != "number" or structure.is_sentence(other.text) or not structure.is_heading(other.text):
        return False
    if own.kind != "number":  # "c. Scholierenuitwisseling" ends at the next numbered section, "2. Intentieverklaring"
        return lettered_item(title) is not None
    parts = (own.number or "").split(".")  # "2.2 Garderobar" ends at "2.3" or at "3. Ny veg", the next of its parent
    return any(structure.follows(".".join(parts[:depth]), other.number or "") for depth in range(1, len(parts) + 1))


_DOTTED_CODE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+[.)]?\s+(?=[A-ZÆØÅ])")  # "3.1 Praktikpladsgaranti ...": an item
_THEME_NUMBER = re.compile(r"\s+[A-ZÆØÅ]?\d{1,2}\b")  # "Indsatsområde 3", "Speerpunt B2"


def opens_item_or_theme(line: Line, lex: Lexicon) -> bool:
    """A line opening an item ("Handling 3.1 ...", "3.1 Praktikpladsgaranti. Garantien ...") or a numbered theme
    ("Indsatsområde 3: ..."): a record's explanation never runs on into it, whatever layout the next item is in."""
    theme = lex.theme_word.match(line.text)
    return bool(
        lex.item.match(line.text)
        or _DOTTED_CODE.match(line.text)
        or (theme and _THEME_NUMBER.match(line.text, theme.end()))
    )


def names_other_item(title: Line | None, line: Line, lex: Lexicon) -> bool:
    """The line opens with another item's keyword and code ("Actie 2a stond ..." after record 3c)."""
    named = lex.keyword_code.match(line.text)
    if title is None or not named:
        return False
    own = code_in(title, lex) or leading_code(title, lex)[0]
    return named.group("id") != own


def _explanation(lines: list[Line], start: int, label: str, lex: Lexicon, title: Line | None = None) -> list[Span]:
    """Sentences after a status field, until the next record's status field: the same label again,
    or another status label over a short value (a "Stand van zaken" holding sentences explains), or
    the heading of the item numbered after the record's `title`."""
    body: list[Span] = []
    for index in range(start, min(len(lines), start + EXPLANATION_LINES)):
        line = lines[index]
        if opens_record(lines, index, lex) or _next_item(title, line) or names_other_item(title, line, lex):
            break  # the next item's heading over its fields, or a report on another item
        if index > start and opens_item_or_theme(line, lex):
            break  # "Indsatsområde 3: ..." / "3.1 Ny kai. Kaien er ...": the next item, in its own layout
        if TOP_CHAPTER.match(line.text) and structure.is_heading(line.text):
            break  # "3. Samlet vurdering": the report's next chapter, no comment on this item
        if _ends_report(line, lex):
            break  # "Statusforklaring" / "Forslag til ny handling (ikke en del af planen)": below the items
        field = field_of(line, lex)
        if field and lex.status_field.match(field[0]):
            if field[0].casefold() == label.casefold() or not structure.is_sentence(field[1].text):
                break
        if field and field[1].text and (lex.explanation_field.match(field[0]) or lex.status_field.match(field[0])):
            body.append(field[1])
        elif not field and structure.is_sentence(line.text):
            body.append(line)
    return body


def _ends_report(line: Line, lex: Lexicon) -> bool:
    """A line after the last record that no longer speaks of it: the tracker's legend (its label, or a line that
    explains two or more statuses), or the heading of a proposal outside the plan."""
    text = line.text.strip()
    if lex.legend_label.match(text) or is_legend(text, lex):
        return True
    return bool(lex.outside_plan.search(text)) and structure.is_heading(text) and not structure.is_sentence(text)


def _has_code(lines: list[Line], title_at: int, status_at: int, lex: Lexicon) -> bool:
    return code_in(lines[title_at], lex) is not None or any(
        (f := field_of(line, lex)) and lex.id_field.match(f[0]) for line in lines[title_at + 1 : status_at]
    )


def _id_value(value: Span, lex: Lexicon) -> str | None:
    """An id field's value: a code in it, or a plain number standing alone ("Prosjektnummer: 4012")."""
    return code_in(value, lex) or (value.text if _PLAIN_ID.fullmatch(value.text) else None)


def opens_record(lines: list[Line], index: int, lex: Lexicon) -> bool:
    """A heading right over a field line: the start of an item's record ("Solceller" / "Status: ...")."""
    if index + 1 >= len(lines) or field_of(lines[index], lex) or field_of(lines[index + 1], lex) is None:
        return False
    return structure.is_heading(lines[index].text) and not structure.is_sentence(lines[index].text)


def self_report(text: str, lex: Lexicon, title: str = "") -> bool:
    """A sentence that opens with the item itself, or with a word of its `title`, and reports its
    status ("Tiltaket ble fullført i oktober.", "Ny lekeplass" / "Lekeplassen ble åpnet i mai.")."""
    first = structure.first_sentence(0, text, lex.conventions.abbreviations)
    about = lex.self_subject.match(text) or (title and opens_with_item(first.text, title, lex))
    return bool(about) and any(not f.weak for f in findings([first], lex))


def heading_joins(text: str, max_words: int) -> Iterator[re.Match[str]]:
    """Where a heading of at most `max_words` words may end in a line it was run onto: each capital
    after a word, the first `max_words` only - the k-th has k words or more before it, so later ones
    would close a heading too long to be one, and a long line is not scanned again per capital."""
    return islice(_CAPITAL_AFTER_WORD.finditer(text), max_words)


def is_noise(text: str, lex: Lexicon, coded: bool = False) -> bool:
    """Navigation, contact lines, dates alone, a legend, a bare status word, a report's section
    heading alone ("Resultater", "Stedenbanden") and a result line never name an action; a title under the
    plan's own code (`coded`) may open on a number ("Actie 3.1  30 km/u in de kernen"): no result line."""
    stripped = text.strip(" .:;,|>/–—-")
    if not stripped or lex.navigation.match(stripped) or lex.contact.search(text) or lex.is_date(stripped):
        return True
    if lex.non_item_heading.fullmatch(stripped) or not coded and lex.outcome.search(stripped):
        return True  # a section heading alone, or a result ("4 nye virksomheder etableret")
    if is_legend(stripped, lex) or lex.is_mark(stripped):
        return True  # a legend, or one entry of it ("Grøn: gennemført")
    if _LEADER_FIELD.search(stripped):
        return True  # "Sinds ....... 1978": a card's field line; an item's title ends before its leader
    bare = lex.status_start.match(stripped)
    return bool(bare) and not structure.words(stripped[bare.end() :])
