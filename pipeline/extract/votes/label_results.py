"""Result lists keyed by labels defined higher up the page: "A1   verworpen" / "9    voor kennisgeving
aangenomen" / "Forslag 2: vedtatt" under an agenda that defines "Agendapunt 9  Jaarverslag 2025" and
'Amendement A1 (D66) "Sociale huur naar 35%"'.

A results page lists its items and proposals once, with their titles, and then gives the outcomes by label
alone. One label map is built per document from the definition lines (an item line's number, a proposal's
label - letters and a number, or a kind word and a number or letter (models/votes/<lang>.json
`decision_tables.label_kinds`) - with its parties in brackets and its title after it, quoted or not). A line
opening with a label of the map, defined above it, and going on with an outcome is that label's result: its
subject is the label's title, its case the item the label was defined under, its proposer party the bracket.
Two or more such lines make a list; a single label mentioned in prose, an agenda with no outcomes and a
table of contents give no row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.votes.decision_tables import DecisionTables, TableRow, cell_cues, clean_subject
from pipeline.extract.votes.item_lists import listed_item, opens_outcome
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.meeting import BULLETS
from pipeline.extract.votes.vote_matrix import Matrix, find_matrices, matrix_counts
from pipeline.rules import literals

_MIN_LINES = 2  # result lines a list needs
_MAX_WRAP = 3  # lines an outcome may wrap over (indented under it)
_QUOTED = re.compile(  # a title in quotes of one kind: an apostrophe of another kind may stand inside it
    r"\"([^\"\n]{3,200})\"|[“„]([^“”\"\n]{3,200})[”“\"]|«([^»\n]{3,200})»|‘([^’\n]{3,200})’|'([^'\n]{3,200})'"
)
_LABEL_CODE = r"[A-ZÆØÅ]{1,2}\d{1,2}[a-z]?"  # "A1", "M3", "F2"
_INLINE = re.compile(r"[\"”'’»](?=\t|[ ]{2,})")  # a definition's quoted title closing before a gap: its outcome follows
_Found = tuple[int, int, str, str]  # a result's first and last line, its outcome text and its label


@dataclass(frozen=True)
class _Label:
    case: str
    title: str
    party: str | None
    case_title: str | None  # the item's title when the label is one proposal of the item
    line: int


@cache
def _definition(language: str, kinds: tuple[str, ...]) -> re.Pattern[str]:
    kind = literals(kinds)
    return re.compile(
        rf"^(?:(?i:{kind})[ \t]+)?(?P<label>{_LABEL_CODE}|(?i:{kind})[ \t]+(?:\d{{1,2}}|[A-ZÆØÅ]))(?![\w-])"
        r"(?:[ \t]*\((?P<party>[^()\n]{1,80})\))?[ \t]*[:.–-]?[ \t]*(?P<title>\S.*)?$"
    )


def _title(raw: str, lex: Lexicon) -> str:
    """A definition's title: its quoted words, else the line without an outcome set apart after a gap."""
    quoted = _QUOTED.search(raw)
    if quoted:
        return next(group for group in quoted.groups() if group).strip()
    return clean_subject(re.split(r"\t|[ ]{3,}", raw.strip())[0], lex)


@dataclass(frozen=True)
class _Page:
    """A page's labels by their words as written, the words its item lines print before their numbers ("PS",
    "Agendapunt", which a result line may repeat), and its item lines (index, case, title)."""

    labels: dict[str, _Label]
    prefixes: set[str]
    items: list[tuple[int, str, str]]

    def item_at(self, index: int) -> tuple[str, str] | None:
        """The case and title of the item line nearest above line `index`."""
        above = [(case, title) for at, case, title in self.items if at < index]
        return above[-1] if above else None


def label_map(lines: list[str], lex: Lexicon) -> _Page:
    """Every label the document defines (first definition kept), read once per document."""
    pattern = _definition(lex.language, tuple(lex.tables.get("label_kinds", [])))
    labels: dict[str, _Label] = {}
    prefixes: set[str] = set()
    items: list[tuple[int, str, str]] = []
    case: str | None = None
    case_title: str | None = None
    for index, raw in enumerate(lines):
        raw = raw.replace("|", " ")  # a ruled list's cells, read as the columns they are
        item = listed_item(index, raw, lex)
        if item is not None:
            case, case_title = item.case, item.title
            items.append((index, item.case, item.title))
            prefixes.add(raw[: max(raw.find(item.case), 0)].strip(" \t.:"))
            labels.setdefault(item.case, _Label(item.case, item.title, None, None, index))
            at = raw.find(item.case)
            text = raw[at + len(item.case) :].strip(" \t.:")
        else:
            text = raw.strip().lstrip(BULLETS).strip()
        m = pattern.match(text)
        if not m or case is None:
            continue
        title = m.group("title") or ""
        if not title and index + 1 < len(lines):
            title = lines[index + 1]
        title = _title(title, lex) if title else ""
        if title and len(title) > 2:
            labels.setdefault(m.group("label"), _Label(case, title, m.group("party"), case_title, index))
    return _Page(labels, prefixes - {""}, items)


def read_label_results(text: str, lex: Lexicon, tables: DecisionTables) -> DecisionTables:
    """`tables` with the rows of the document's label-keyed result lists added."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    page = label_map(lines, lex)
    labels, prefixes = page.labels, page.prefixes
    if not labels:
        return tables
    matrices = find_matrices(lines, set(labels), lex)
    counts = matrix_counts(matrices)  # a vote matrix's columns, by label
    prefix, names = literals(prefixes), literals(labels)
    gap = r"[ \t]*(?:[:|\t–-]|[ ]{2,})[ \t]*(?=\S)"  # a colon, bar, dash, tab or wide gap after the label
    result = re.compile(rf"^[ \t|]*(?:(?i:{prefix})\.?[ \t]+)?(?P<label>{names}){gap}")
    taken = [any(a <= start < b for a, b in tables.spans) for start in starts]
    found: list[_Found] = []  # first line, last line, outcome text, label
    defined = {label.line: key for key, label in labels.items() if label.party is not None or label.case != key}
    index = 0
    while index < len(lines):
        m = result.match(lines[index])
        label = labels.get(m.group("label")) if m else None
        inline = _INLINE.search(lines[index]) if index in defined else None
        if taken[index] or (inline is None and (m is None or label is None or label.line >= index)):
            index += 1
            continue
        at = inline.end() if inline else m.end()  # type: ignore[union-attr]
        rest = lines[index][at:].strip()
        last = index
        while last + 1 < len(lines) and last - index < _MAX_WRAP and _wraps(lines[last + 1], at, result):
            last += 1
            rest += " " + lines[last].strip()
        found.append((index, last, rest, defined[index] if inline else m.group("label")))  # type: ignore[union-attr]
        index = last + 1
    rows: list[TableRow] = []
    spans: list[tuple[int, int]] = []
    for run in _runs(found):
        if sum(1 for _, _, rest, _ in run if _decides(rest, lex)) < _MIN_LINES:
            continue
        for first, last, rest, key in run:
            label = labels[key]
            start, end = starts[first], starts[last] + len(lines[last])
            mover = (label.title, "", label.party) if label.party else None
            cell = _outcome_cell(rest, lex)
            votes = counts.get(key, "")
            rows.append(TableRow(start, end, label.case, label.title, cell, votes, None, label.case_title, mover))
            spans.append((start, end))
    for matrix in matrices:
        if matrix.outcomes and not any(taken[matrix.header : matrix.last + 1]):
            matrix_rows = _matrix_rows(matrix, page, lines, starts)
            rows += matrix_rows
            spans += [(starts[matrix.header], starts[matrix.last] + len(lines[matrix.last]))] if matrix_rows else []
    if not rows:
        return tables
    return DecisionTables(sorted(tables.rows + rows, key=lambda row: row.start), tables.spans + spans)


def _wraps(line: str, indent: int, result: re.Pattern[str]) -> bool:
    """`line` continues the outcome above it: indented at least as far as that outcome, no label of its own."""
    stripped = line.lstrip()
    return bool(stripped) and len(line) - len(stripped) >= indent > 0 and not result.match(line)


def _matrix_rows(matrix: Matrix, page: _Page, lines: list[str], starts: list[int]) -> list[TableRow]:
    """One row per column of a matrix ending in its outcome row, each on a line of its own within the matrix
    (a row opens its case where it starts): a label's column is about the label's title, a recommendation's
    about the item above the matrix (a page whose columns are all its items' numbers, explained in a key below
    the matrix, needs no item above)."""
    item = page.item_at(matrix.header)
    if item is None and all(page.labels.get(name) for name in matrix.columns):
        item = ("", "")  # never read: every column is a label
    if matrix.last - matrix.header + 1 < len(matrix.columns) or item is None or matrix.outcomes is None:
        return []
    rows: list[TableRow] = []
    for offset, (name, count, outcome) in enumerate(zip(matrix.columns, matrix.counts, matrix.outcomes, strict=True)):
        start = starts[matrix.header + offset]
        end = start + len(lines[matrix.header + offset])
        label = page.labels.get(name)
        if label is None or label.party is None and label.case == name:  # the recommendation, or an item's column
            case, title = (label.case, label.title) if label else item
            rows.append(TableRow(start, end, case, title, outcome, count))
            continue
        mover = (label.title, "", label.party) if label.party else None
        rows.append(TableRow(start, end, label.case, label.title, outcome, count, None, label.case_title, mover))
    return rows


def _runs(found: list[_Found]) -> list[list[_Found]]:
    """Result lines grouped into lists: a list's lines follow each other with at most one blank line between."""
    runs: list[list[_Found]] = []
    for entry in found:
        if runs and entry[0] - runs[-1][-1][1] <= 2:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return runs


def _decides(rest: str, lex: Lexicon) -> bool:
    return opens_outcome(_outcome_cell(rest, lex), lex)


def _outcome_cell(rest: str, lex: Lexicon) -> str:
    """The outcome of a result line, from its first outcome word: the words before it name whom or what it
    decided ("de heer K. Dijkman benoemd (18 stemmen voor)")."""
    if opens_outcome(rest, lex):
        return rest
    cues = cell_cues(lex.language)
    head = rest.split("(")[0]
    at = min((m.start() for rule in cues.cell_outcomes if (m := rule.regex.search(head))), default=None)
    return rest[at:] if at is not None else rest
