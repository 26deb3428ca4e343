"""Items of a status report whose own status line is missing or unread.

A report of a plan often gives each item as a short heading over the same fields ("Status: ...",
"Ansvarlig: ..."). Where most items are tracker records (records.py), a heading over one of those
fields is an item of the same list even when its status line is missing ("Ansvarlig: Affald" over
"Anlægget blev sat i drift i oktober.") or says nothing readable ("Status: -"): its status comes from
its own sentences, else it is unknown.
"""

from __future__ import annotations

import bisect

from pipeline.extract.actions.codes import field_of, leading_code
from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.records import (
    EXPLANATION_LINES,
    MAX_TITLE_WORDS,
    is_noise,
    names_other_item,
    opens_record,
)
from pipeline.extract.actions.rules import Lexicon
from pipeline.text import structure
from pipeline.text.structure import Line

MIN_RECORDS = 2  # a list of records, not one page about one project


def sibling_records(lines: list[Line], lex: Lexicon, records: list[Candidate]) -> list[Candidate]:
    """Headings over the fields the document's records use, read as items of the same list."""
    if len(records) < MIN_RECORDS:
        return []
    starts = [line.start for line in lines]
    titles = {bisect.bisect_right(starts, r.title.start) - 1 for r in records}
    labels = {label for at in titles for label in _labels(lines, at, lex)}
    out = []
    for index in range(min(titles) + 1, len(lines) - 1):  # the report's own title stands above the first record
        if index in titles or not opens_record(lines, index, lex):
            continue
        text = lines[index].text
        if is_noise(text, lex) or lex.non_item_heading.match(text) or len(structure.words(text)) > MAX_TITLE_WORDS:
            continue
        if lex.keyword_code.match(text) or lex.code.fullmatch(text.strip(" :")):
            continue  # "Sak 14/2024" over a record's fields: its code line, not another item
        if not labels & set(_labels(lines, index, lex)):
            continue
        body = [line for line in _record_lines(lines, index, lex) if field_of(line, lex) is None]
        code, title = leading_code(lines[index], lex)  # "3c Week van het Werk"
        out.append(Candidate(code, structure.clean_label(title), body, listed=True))
    return out


def _labels(lines: list[Line], title_at: int, lex: Lexicon) -> list[str]:
    """The field labels of the record under the heading at `title_at`."""
    return [field[0].casefold() for line in _record_lines(lines, title_at, lex) if (field := field_of(line, lex))]


def _record_lines(lines: list[Line], title_at: int, lex: Lexicon) -> list[Line]:
    """The lines under a record's heading, up to the next record's heading or a report on another item."""
    out = []
    for index in range(title_at + 1, min(len(lines), title_at + 1 + EXPLANATION_LINES)):
        if opens_record(lines, index, lex) or names_other_item(lines[title_at], lines[index], lex):
            break
        out.append(lines[index])
    return out
