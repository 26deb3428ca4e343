"""Decision lists written as numbered items, not as tables: the outcome sits on the line under its item
("12/26 Budsjettregulering" / "Vedtatt mot 3 stemmer (FrP)", "4 Lokalplan 12" / "Godkendt - enstemmigt"),
or a heading above the items gives the outcome of every item under it ("Hamerstukken (zonder stemming
aangenomen)" / "5.1 Verordening ..." / "5.2 Grondexploitatie ..."). Each such item is read like a decision
table's row (decision_tables.py): its number and title from the item line, its decision cell from the
outcome line or the heading, so notes below the list explain its rows and add none.

An item line is a case header the language's header rules read (number and title, no body or date). A line
under it is its outcome when it opens with an outcome word of the language's list cells
(models/votes/<lang>.json `decision_tables.cell_outcomes`), a unanimity word, or says nothing was decided
("Geen besluit", "Ingen vedtak": a row of the list without a decision). Lines between the item and its
outcome are the item's wrapped title. An agenda (items without outcomes), a heading giving no outcome
("Saker til behandling") and an item whose own record follows it give no list row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.votes.decision_tables import (
    DecisionTables,
    TableRow,
    cell_cues,
    clean_subject,
    note_number,
    row_decision,
)
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.meeting import BULLETS, MAX_HEADER, header_fields
from pipeline.extract.votes.phrases import find_hits
from pipeline.extract.votes.steps import match_step

_MAX_WRAP = 2  # lines of an item's wrapped title before its outcome line
_MAX_HEADING = 120  # chars: a list heading is a short line
_RECORD_LINES = 3  # lines of an item's own record (ballots, counts, result) between it and its result line
_CELL_STOP = " .:;!"
_COUNT_WORDS = 8  # "Met 25 stemmen voor en 4 tegen": the words of a count before its outcome
_LETTERED = re.compile(r"^[ \t]*(?P<letter>[a-z])[.)][ \t]+(?P<title>[A-Z][^\n]{2,160})$")  # "b. Benoeming ..."
_LABEL = re.compile(r"[^\W\d][\w .]{0,40}:")  # "Uitslag:", "Sagsnr.:": a field's label


@dataclass(frozen=True)
class ListedItem:
    """An item line: its index, number, title and the words printed before its number ("Agendapunt", "PS")."""

    index: int
    case: str
    title: str
    prefix: str


def read_lists(text: str, lex: Lexicon, tables: DecisionTables) -> DecisionTables:
    """`tables` with the rows and spans of the document's item lists added."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    taken = [any(a <= start < b for a, b in tables.spans) for start in starts]
    items = {i: item for i, line in enumerate(lines) if not taken[i] and (item := listed_item(i, line, lex))}
    rows, spans = _outcome_rows(lines, starts, items, lex)
    column_rows = _column_rows(lines, starts, taken, lex)
    rows += column_rows
    spans += [(row.start, row.end) for row in column_rows]
    covered = {i for a, b in spans for i, start in enumerate(starts) if a <= start < b}
    covered |= {i for i, inside in enumerate(taken) if inside}  # lines of a list or a decision table
    heading_rows, heading_spans = _heading_rows(lines, starts, items, covered, lex)
    covered |= {i for a, b in heading_spans for i, start in enumerate(starts) if a <= start < b}
    closing_rows, closing_spans = _closing_rows(lines, starts, items | _lettered(lines, items, lex), covered, lex)
    rows += heading_rows + closing_rows
    spans += heading_spans + closing_spans
    return DecisionTables(sorted(tables.rows + rows, key=lambda row: row.start), tables.spans + spans)


def listed_item(index: int, raw: str, lex: Lexicon) -> ListedItem | None:
    """Line `index` as an item of a list (a case number and a title, no body or date), or None."""
    line = raw.lstrip(BULLETS).rstrip("*| \t")
    if not line or len(line) > MAX_HEADER:
        return None
    parsed = header_fields(line, lex)
    if parsed is None or parsed[1] is not None:
        return None
    fields = parsed[0]
    if not fields.get("case_number") or not fields.get("title") or fields.get("body") or fields.get("meeting_date"):
        return None
    at = line.find(fields["case_number"])
    prefix = line[: max(at, 0)].strip(" \t.").lower()
    return ListedItem(index, fields["case_number"], clean_subject(fields["title"], lex), prefix)


def opens_outcome(line: str, lex: Lexicon) -> bool:
    """`line` is a list's outcome cell: it opens with an outcome or unanimity word, or decides nothing."""
    cues = cell_cues(lex.language)
    line = _unbracketed(line.strip().lstrip(BULLETS))
    if not line or len(line) > MAX_HEADER:
        return False
    if cues.no_decision.fullmatch(line.strip(_CELL_STOP)):
        return True
    if any(rule.regex.match(line) for rule in cues.cell_outcomes) or (lex.unanimous and lex.unanimous.match(line)):
        return True
    counted = any(ch.isdigit() for ch in line) and any(rule.regex.search(line) for rule in cues.cell_outcomes)
    return counted and _counted_outcome(line, lex)


def _counted_outcome(line: str, lex: Lexicon) -> bool:
    """An outcome after its counts ("Met 25 stemmen voor en 4 tegen aangenomen", "Med 19 mot 8 stemmer vedtatt"):
    the line's first vote phrase opens it, about nothing but its counts."""
    hits = find_hits(line, lex)
    if not hits or hits[0].start != 0:
        return False
    subject = hits[0].subject or ""
    return not subject or (any(ch.isdigit() for ch in subject) and len(subject.split()) <= _COUNT_WORDS)


def _outcome_rows(
    lines: list[str], starts: list[int], items: dict[int, ListedItem], lex: Lexicon
) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """Items with their outcome on the line(s) under them, in a list of two or more such entries."""
    entries: list[tuple[ListedItem, int, int, str, str | None]] = []  # item, outcome line, last line, text, archive
    for index, item in items.items():
        following = range(index + 1, min(index + 3 + _MAX_WRAP, len(lines)))  # wrapped title, archive field
        outcome, first, archive = None, "", None
        for j in following:
            if archive is None and (archive := _archive(lines[j], lex)):
                continue  # "Arkivsak: 25/1234" under the item: its archive number, the outcome below
            fields = int(archive is not None)
            if j - index - 1 - fields > _MAX_WRAP:
                break
            labelled = _labelled_cell(lines[j], lex) if j == index + 1 + fields else None  # right under the item
            first = "" if j in items else labelled or lines[j].strip()
            if j in items or (first == lines[j].strip() and _is_label(lines[j], lex)) or match_step(lines[j], lex):
                break  # "Sagsnr.: 24/100", "Beslutning", "Beslutning Økonomiudvalget den 19-01-2026": its own record
            if _names_voted_text(lines[j], lex):
                break  # "Amendement A1 van VVD 'Geen ...'" under the item: its own record of several votes
            if _points_to_another(first, item.case, lex):
                break  # "Ad 104. Årsberetning ... blev taget til efterretning": a remark on the next item
            if opens_outcome(first, lex) and not _heads_items(j, lines, items):
                outcome = j
                break
        if outcome is None:
            continue
        last = outcome
        while last + 1 < len(lines) and last + 1 not in items and _wraps(lines[last + 1]):
            last += 1  # "Goedgekeurd met 22 stemmen voor en" / "11 stemmen tegen (...)"
        after = lines[last + 1].strip(BULLETS) if last + 1 < len(lines) and last + 1 not in items else ""
        if after and (_is_label(after, lex) or match_step(after, lex) or header_fields(after, lex)):
            continue  # "Godkendt." / "Økonomiudvalget den 2. marts 2026": the case's record goes on, no list
        entries.append((item, outcome, last, first, archive))
    if len(entries) < 2:
        return [], []  # one item with a line under it is a case of minutes, no list
    rows, spans = [], []
    for item, outcome, last, first, archive in entries:
        # the outcome cell read as `opens_outcome` read it: without the ruler or bullet the line opens with
        cell = _unbracketed(
            " ".join([first.lstrip(BULLETS)] + [lines[j].strip() for j in range(outcome + 1, last + 1)])
        )
        end = starts[last] + len(lines[last])
        wrapped = [lines[j].strip() for j in range(item.index + 1, outcome) if not _archive(lines[j], lex)]
        title = (
            " ".join([item.title] + wrapped) if not any(w.endswith((".", "!", "?")) for w in wrapped) else item.title
        )
        rows.append(TableRow(starts[item.index], end, item.case, clean_subject(title, lex), cell, archive=archive))
        spans.append((starts[item.index], end))
    return rows, spans


def _points_to_another(line: str, case: str, lex: Lexicon) -> bool:
    """A line opening with another item's number ("Ad 104. ...", "Pkt. 7: ...", "Sak 12/26 - ..."): a remark on that
    item or its header, never the outcome cell of the item above; a note by the item's own (short) number may be."""
    note = note_number(line, lex)
    number = note.group("case") if note else None
    return number is not None and number != case and not case.endswith(number)


def _names_voted_text(line: str, lex: Lexicon) -> bool:
    """A line opening with a voted text's label and naming it ("Motie M1 van SP 'Kansrijke start'",
    "Forslag fra Venstre om ..."): a text voted on inside the item, not the item's wrapped title."""
    words = line.strip().lstrip(BULLETS).split(maxsplit=1)
    labels = {label.casefold() for label in (lex.result_fields or {}).get("subject_labels", [])}
    return len(words) == 2 and words[0].casefold() in labels


def _archive(line: str, lex: Lexicon) -> str | None:
    """The archive number a field line under an item gives ("Arkivsak: 25/1234"), when it gives nothing else."""
    parsed = header_fields(line.strip().lstrip(BULLETS), lex)
    fields = {k: v for k, v in parsed[0].items() if v} if parsed else {}
    return fields["archive_case"] if set(fields) == {"archive_case"} else None


def _labelled_cell(line: str, lex: Lexicon) -> str | None:
    """The outcome after a decision label on the line under an item ("Vedtak: Vedtatt mot 4 stemmer (Sp)",
    "Besluit: aangehouden"), None when the line has no such label or the label is alone."""
    stripped = line.strip().lstrip(BULLETS)
    m = next((m for regex in lex.decision_blocks if (m := regex.match(stripped))), None)
    inline = (m.groupdict().get("inline") or "").strip() if m else ""
    return inline if inline and opens_outcome(inline, lex) else None


def _unbracketed(cell: str) -> str:
    """A cell printed in brackets ("(Vastgesteld)", "[Verworpen]") without them."""
    return cell[1:-1].strip() if cell[:1] + cell[-1:] in ("()", "[]") else cell


def _heads_items(index: int, lines: list[str], items: dict[int, ListedItem]) -> bool:
    """Line `index` ends in a colon right above an item: the heading of the next list ("Vedtatt enstemmig:")."""
    return lines[index].rstrip().endswith(":") and index + 1 in items


def _column_rows(lines: list[str], starts: list[int], taken: list[bool], lex: Lexicon) -> list[TableRow]:
    """A list whose outcome stands in a column of its own, no header above ("PS 31/26 <gap> Budsjettregulering
    <gap> Vedtatt mot 4 stemmer (Sp)"): the item, the first cell opening with an outcome, then the counts.
    Two or more such lines make the list."""
    rows = []
    for index, line in enumerate(lines):
        cells = [cell.strip() for cell in line.strip().split("\t")]
        if len(cells) < 2 or taken[index] or not any(ch.isdigit() for ch in cells[0]):
            continue  # an item's first cell holds its number
        outcome = next((k for k in range(1, len(cells)) if opens_outcome(cells[k], lex)), None)
        item = listed_item(index, "  ".join(cells[:outcome]), lex) if outcome else None
        if item is None:
            continue  # the cells before the outcome must read as the language's case header
        end = starts[index] + len(line)
        rows.append(TableRow(starts[index], end, item.case, item.title, cells[outcome], " ".join(cells[outcome + 1 :])))
    return rows if len(rows) >= 2 else []


def _wraps(line: str) -> bool:
    """A line going on with the cell above it: it opens in lower case, with a digit or a bracket."""
    stripped = line.strip()
    return bool(stripped) and (stripped[0].islower() or stripped[0].isdigit() or stripped[0] == "(")


def _heading_rows(
    lines: list[str], starts: list[int], items: dict[int, ListedItem], covered: set[int], lex: Lexicon
) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """Items listed right under a heading that gives their outcome ("Følgende saker ble vedtatt uten debatt:"),
    printed alike (the same words before the number), none with an outcome line of its own."""
    rows, spans = [], []
    for index, item in items.items():
        heading = lines[index - 1].strip() if index > 0 else ""
        if index - 1 in items or index - 1 in covered or index in covered or not _is_heading(heading, lex):
            continue
        if (
            _item_above(index - 1, lines, items)
            and _owns_record(heading, lex)
            and not _heads_items(index - 1, lines, items)
        ):
            continue  # "Agendapunt 3 ..." / "Uitslag: Aangenomen (unaniem)": the item above's record, no heading
        run = [item]
        while (nxt := items.get(run[-1].index + 1)) is not None and nxt.prefix == item.prefix:
            run.append(nxt)
        after = run[-1].index + 1
        lone = len(run) == 1 and not heading.endswith(":")  # no list's heading: perhaps a record's last line
        if _record_follows(after, lines, items, lex, lone):
            run.pop()  # the last item's own outcome or record follows it ("Het voorstel wordt aangehouden.")
        run = [i for i in run if i.index not in covered]
        if not run or row_decision(TableRow(starts[index - 1], starts[index], run[0].case, "", heading), lex) is None:
            continue
        spans.append((starts[index - 1], starts[index - 1] + len(lines[index - 1])))
        for listed in run:
            end = starts[listed.index] + len(lines[listed.index])
            rows.append(TableRow(starts[listed.index], end, listed.case, listed.title, heading))
            spans.append((starts[listed.index], end))
    return rows, spans


def _record_follows(after: int, lines: list[str], items: dict[int, ListedItem], lex: Lexicon, lone: bool) -> bool:
    """The item(s) ending above line `after` have their own record below: an outcome or record line right
    under them. A lone item under a line with no colon may have a line or two of its own first ("SAK 19/26 ..."
    / "Votering 1 av 1" / "Forslag: ..."): then the line above it closed the record of the case above
    ("Enstemmig vedtatt"), it heads no list of one."""
    reach = after + (_RECORD_LINES if lone else 1)
    for index in range(after, min(reach, len(lines))):
        if index in items or _heads_items(index, lines, items):
            return False
        if _owns_record(lines[index], lex) or find_hits(lines[index], lex):
            return True
    return False


def _item_above(index: int, lines: list[str], items: dict[int, ListedItem]) -> bool:
    """An item stands right above the line at `index`, or above a few lines of its record between them
    ("Agendapunt 5 ..." / "Uitgebrachte stemmen: 22 voor ..." / "Uitslag: Benoemd"), no blank line between."""
    for above in range(index - 1, max(index - 1 - _RECORD_LINES, -1), -1):
        if above in items:
            return True
        if not lines[above].strip():
            return False
    return False


def _closing_rows(
    lines: list[str], starts: list[int], items: dict[int, ListedItem], covered: set[int], lex: Lexicon
) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """Items listed one a line, then one line deciding them all ("5.1 Verordening ..." / "5.2 Benoeming ..." /
    "Uitslag: beide zonder stemming aangenomen."): each item is a row with that line's outcome. The line must say
    it speaks for all of them (`decision_tables.collective`); a bare outcome under a list may be the last item's."""
    collective = cell_cues(lex.language).collective
    rows, spans = [], []
    for index, item in items.items():
        above = items.get(index - 1)
        if above is not None and _siblings(above, item):
            continue  # inside a run: its first item opened it (the point heading "5. Hamerstukken" may stand above)
        run = [item]
        while (nxt := items.get(_wrapped_end(run[-1].index, lines, items, lex) + 1)) is not None and _siblings(
            item, nxt
        ):
            run.append(nxt)
        after = _wrapped_end(run[-1].index, lines, items, lex) + 1
        if len(run) < 2 or after >= len(lines) or any(i.index in covered for i in run) or after in covered:
            continue
        stripped = lines[after].strip().lstrip(BULLETS)
        label = _LABEL.match(stripped)
        cell = stripped[label.end() :].strip() if label else stripped
        closing = TableRow(starts[after], starts[after] + len(lines[after]), item.case, "", cell)
        if not collective.search(cell) or row_decision(closing, lex) is None:
            continue
        spans.append((closing.start, closing.end))
        for listed in run:
            end = starts[listed.index] + len(lines[listed.index])
            rows.append(TableRow(starts[listed.index], end, listed.case, listed.title, cell))
            spans.append((starts[listed.index], end))
    return rows, spans


def _lettered(lines: list[str], items: dict[int, ListedItem], lex: Lexicon) -> dict[int, ListedItem]:
    """Sub-items lettered alone under a numbered point ("5. Hamerstukken" / "a. Verordening ..." / "b. ..."), in
    order from "a": each numbered as its point's sub-item ("5a"), so that one line deciding them all ("a en b worden
    zonder stemming aangenomen") gives each its row. Only a closing line reads them: a lettered line elsewhere is
    a point's clause, no item of its own."""
    found: dict[int, ListedItem] = {}
    for index, item in items.items():
        at, letter = index + 1, "a"
        while at < len(lines) and (m := _LETTERED.match(lines[at])) and m["letter"] == letter:
            found[at] = ListedItem(at, item.case.rstrip(".") + letter, clean_subject(m["title"], lex), item.prefix)
            at, letter = at + 1, chr(ord(letter) + 1)
            while at < len(lines) and not _LETTERED.match(lines[at]) and _wraps_title(at, lines, items, lex):
                at += 1  # the title wraps onto a line of its own
    return found


def _wrapped_end(index: int, lines: list[str], items: dict[int, ListedItem], lex: Lexicon) -> int:
    """The last line of the item on line `index`: its title may wrap onto a line or two of their own ("5b.
    Raadsvoorstel Zienswijze begroting" / "Regionale Dienst (RV 2026-007)"), none of them an item, a record or a
    sentence's end."""
    end = index
    while end + 1 < min(len(lines), index + 1 + _MAX_WRAP) and _wraps_title(end + 1, lines, items, lex):
        end += 1
    return end


def _wraps_title(index: int, lines: list[str], items: dict[int, ListedItem], lex: Lexicon) -> bool:
    line = lines[index].strip()
    return bool(line) and index not in items and not line.endswith((".", ":", "!", "?")) and not _owns_record(line, lex)


def _siblings(a: ListedItem, b: ListedItem) -> bool:
    """Items of one level, printed alike ("5.1" and "5.2", "5a" and "5b"; not the point "5." above its sub-items)."""
    lettered = a.case[-1:].isalpha() == b.case[-1:].isalpha()
    return a.prefix == b.prefix and a.case.count(".") == b.case.count(".") and lettered


def _is_heading(line: str, lex: Lexicon) -> bool:
    """A short line, no sentence: it ends without a stop (perhaps with a colon) and names no field. A line of
    cells ("42 <tab> Ældrepolitik <tab> Ikke vedtaget") is the last row of a table above, no heading."""
    if not line or len(line) > _MAX_HEADING or line.endswith((".", "!", "?", ";")) or "\t" in line:
        return False
    return not lex.labels.match(line) and header_fields(line.rstrip(":"), lex) is None


def _owns_record(line: str, lex: Lexicon) -> bool:
    """A line under an item that records the item's own decision: an outcome cell or a label ("Uitslag:")."""
    return opens_outcome(line, lex) or _is_label(line, lex)


def _is_label(line: str, lex: Lexicon) -> bool:
    """A field or decision label ("Sagsnr.: 24/100", "Uitslag: AANGENOMEN", "Beslutning")."""
    stripped = line.strip().lstrip(BULLETS)
    labelled = _LABEL.match(stripped) is not None or lex.labels.match(stripped) is not None
    return labelled or bool(lex.block_label.match(stripped)) or any(r.match(stripped) for r in lex.decision_blocks)
