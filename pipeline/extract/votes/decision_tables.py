"""Decision lists written as tables ("| Nr. | Sag | Beslutning |", "| Punt | Onderwerp | Besluit | Stemverhouding |",
grid tables whose cells wrap over several lines): the header words (models/votes/<lang>.json `decision_tables`)
say which column holds the item's number, its subject, the decision and, optionally, the counts. Each row whose
decision cell records an outcome is one decision about its item; a row pointing below ("Se nedenfor") decides
nothing itself. A table without a decision column (an agenda, a budget, an attendance list) is no decision list."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pipeline.extract.votes.count_columns import count_columns
from pipeline.extract.votes.counts import parse_breakdown
from pipeline.extract.votes.decisions import Decision, apply_tallies, hit_decision, settle_against
from pipeline.extract.votes.footnotes import with_footnotes
from pipeline.extract.votes.full_records import moved_and_counted, once_each, recorded_in_full
from pipeline.extract.votes.lexicon import Lexicon, lexicon
from pipeline.extract.votes.mark_columns import mark_columns
from pipeline.extract.votes.phrases import find_hits, find_tallies
from pipeline.extract.votes.proposal_cells import TRAILING_BRACKET, proposal_cell, trailing_mover
from pipeline.extract.votes.proposal_tables import case_vote_tables, settle_proposal
from pipeline.extract.votes.quoted import is_generic_decision
from pipeline.extract.votes.row_remarks import remarked
from pipeline.extract.votes.sub_row_tallies import with_tally_note
from pipeline.extract.votes.table_rests import case_above, goes_on, numbered_parts
from pipeline.extract.votes.titled_cells import quoted_proposal, shared_decision, verdict
from pipeline.text.pipe_tables import Record, is_ruler, notes_under, table_runs

_ROLES = ("number", "subject", "decision", "votes", "votes_for", "votes_against", "abstentions", "proposal")
_HEADER_STRIP = " .:*#"
_HEADER_PARTS = re.compile(r"\s*/\s*")  # "Vedtak / stemmetall": two column names in one header cell
_CASE = re.compile(r"(?:[A-Za-z]{1,4}\.?\s?)?\d[\w./-]{0,12}")  # "4a", "5.1", "12/26", "PS 12/26"
_CASE_PREFIX = re.compile(r"^[A-Za-z]{1,4}(?:\.\s?|\s)(?=\d)")  # a word before the number, set apart
_NUMBER = r"(?P<case>\d{1,4}(?:[/.]\d{1,4})?[a-z]?)"  # "12", "4a", "5.1", "003/26"


@dataclass(frozen=True)
class TableRow:
    """One row of a decision table: its char span in the text and its cells by role (the subject cleaned)."""

    start: int
    end: int
    case: str
    subject: str
    decision: str
    votes: str = ""
    archive: str | None = None  # "Arkivsak: 25/1234" between a listed item and its outcome
    title: str | None = None  # the case's title when the subject is one proposal of the case (proposal_tables.py)
    mover: tuple[str, str, str] | None = None  # the proposal's label, mover and party when the text gives its words
    moved_by: tuple[str, str | None] | None = None  # "(stillet af Signe Holt, Ø)" in the subject cell: name, party
    note: str = ""  # a tab-parted row's lines under it ("Bemærkning: Taget til efterretning.")


@dataclass(frozen=True)
class DecisionTables:
    rows: list[TableRow]
    spans: list[tuple[int, int]]  # every line of every decision table: header and rulers included


@dataclass(frozen=True)
class CellOutcome:
    outcome: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class _Cues:
    columns: dict[str, re.Pattern[str]]
    no_decision: re.Pattern[str]
    closed: re.Pattern[str]
    subject_labels: frozenset[str]
    mover: re.Pattern[str]  # a trailing bracket naming who moved the item: "(stillet af Signe Holt, Ø)"
    count: re.Pattern[str] | None
    leader_row: re.Pattern[str]  # "KS-003/26  Kommunal planstrategi ........ Vedteke 34-9": one item a line
    note: re.Pattern[str]  # "KS-004/26: Framlegg frå ...", "Ad 5. Het amendement ...": a note about one item
    lead_note: re.Pattern[str]  # "Ad 5.2 Op verzoek van ...": a note marked by its lead word, no stop after the number
    cell_outcomes: tuple[CellOutcome, ...]  # "Kennisname", "Utsatt": a cell opening with its outcome word
    collective: re.Pattern[str]  # "beide", "alle": one outcome line for every item listed above it


def _words(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)", re.I)


@cache
def cell_cues(language: str) -> _Cues:
    lex = lexicon(language)
    assert lex is not None
    rules = lex.tables
    return _Cues(
        columns={role: _words(rules.get(role, [])) for role in _ROLES},
        no_decision=re.compile("|".join(rules["no_decision"] + [r.pattern for r in lex.empty_decisions]), re.I),
        closed=re.compile("|".join(rules["closed"]) or "(?!)", re.I),
        subject_labels=frozenset(w.lower() for w in rules["subject_labels"]),
        mover=re.compile(rules["mover"] or "(?!)"),
        count=re.compile(rules["count"], re.I) if rules["count"] else None,
        leader_row=re.compile(  # the body's prefix ("KS-") is no part of the case number
            rf"^[ \t]*(?:{rules['list_number_prefix'] or '(?!)'})?{_NUMBER}\.?[ \t]+"
            r"(?P<subject>\S[^\n]*?)[ \t]*(?:\.{3,}|…+)[ \t]*(?P<decision>\S[^\n]*?)[ \t]*$"
        ),
        note=re.compile(rf"{rules['note_number_prefix']}{_NUMBER}[ \t]*[.:)][ \t]+(?=\S)"),
        lead_note=re.compile(rf"(?:{rules['note_lead'] or '(?!)'}){_NUMBER}[ \t]+(?=[A-ZÆØÅ])"),
        cell_outcomes=tuple(
            CellOutcome(rule["outcome"], re.compile(rf"(?:{rule['pattern']})(?![\w-])", re.I))
            for rule in rules["cell_outcomes"]
        ),
        collective=re.compile(rf"(?<!\w)(?:{rules['collective'] or '(?!)'})(?!\w)", re.I),
    )


def _roles(header: list[str], cues: _Cues, marks: frozenset[int] = frozenset()) -> dict[str, int] | None:
    """Column index by role from the header's words (None without number, subject and decision); a word fitting two
    roles ("Sak") takes the one no other column claims; `marks` columns (a party's mark per item) are not unknown."""
    fits = [_fits(cell, cues) for cell in header]
    found: dict[str, int] = {}
    for single in (True, False):
        for index, roles in enumerate(fits):
            free = [r for r in roles if r not in found]
            if index not in found.values() and free and (len(roles) == 1 or not single):
                found[free[0]] = index
    found |= shared_decision(header, found, cues.columns["decision"])  # "Tittel / vedtak": one column for both
    unknown = sum(1 for index in range(len(header)) if index not in found.values() and index not in marks)
    needed = {"number", "subject", "decision"} <= found.keys()
    return found if needed and unknown <= 1 else None


def _fits(cell: str, cues: _Cues) -> list[str]:
    """The roles a header cell's words name; a cell naming two ("Vedtak / stemmetall") holds the first one's
    column, the decision with its counts; a bracketed gloss after the name ("Sag (sagsnr.)") names no role."""
    bare = TRAILING_BRACKET.sub("", cell)
    parts = [cell, *(part for part in _HEADER_PARTS.split(cell) if part), *([bare] if bare and bare != cell else [])]
    for part in parts:
        roles = [role for role in _ROLES if cues.columns[role].fullmatch(part.strip(_HEADER_STRIP))]
        if roles:
            return roles
    return []


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text))]


def read_tables(text: str, lex: Lexicon) -> DecisionTables:
    """The decision tables in `text`: their rows, and the spans of all their lines."""
    cues = cell_cues(lex.language)
    lines = text.split("\n")
    starts = _line_starts(text)
    rows: list[TableRow] = []
    spans: list[tuple[int, int]] = []
    above: tuple[dict[str, int], int, int] | None = None  # the last decision table's roles, width and last line
    for run in table_runs(lines):
        roles, body = _roles(run[0].cells, cues), run[1:]
        if roles is None and body:  # items down, parties across: a mark per party beside the item's outcome
            roles = _roles(run[0].cells, cues, mark_columns(body, lex))
        width, first, case = len(run[0].cells), run[0].first, None
        if roles is None and above and goes_on(above, run[0], lines):
            roles, body = above[0], run  # the table goes on after a page break or a note, without its header
            width, first = above[1], min(first, above[2] + 1)  # its notes and case lines are the table's
            case = case_above(lines, run[0].first, width)  # unnumbered sub-rows: the case line's number
        if roles is None:
            continue
        above, last = (roles, width, run[-1].last), run[-1].last
        while first > 0 and is_ruler(lines[first - 1]):  # the grid's top rule
            first -= 1
        while last + 1 < len(lines) and is_ruler(lines[last + 1]):
            last += 1
        spans.append((starts[first], starts[last] + len(lines[last])))
        records = [part for record in body for part in numbered_parts(lines, record, roles, width, case)]
        rows += [row for record in records if (row := _row(record, roles, starts, lines, lex))]
    leaders = _leader_rows(lines, starts, lex) + _proposal_rows(lines, starts, lex, spans)
    rows, spans = with_footnotes(rows, spans + [(row.start, row.end) for row in leaders], lines, starts)
    return DecisionTables(sorted(rows + leaders, key=lambda row: row.start), spans)


def _leader_rows(lines: list[str], starts: list[int], lex: Lexicon) -> list[TableRow]:
    """A decision list drawn with dot leaders, one item a line ("KS-003/26  Planstrategi ...... Vedteke 34-9"):
    two or more such lines in a row are a table of number, subject and decision."""
    leader_row = cell_cues(lex.language).leader_row
    found = [(i, m) for i, line in enumerate(lines) if (m := leader_row.match(line))]
    rows = []
    for i, m in found:
        if not any(abs(i - j) == 1 for j, _ in found):
            continue  # one line alone is a table of contents' entry or a heading, no list
        end = starts[i] + len(lines[i])
        subject = clean_subject(m.group("subject"), lex)
        rows.append(TableRow(starts[i], end, m.group("case"), subject, m.group("decision")))
    return rows


def _proposal_rows(lines: list[str], starts: list[int], lex: Lexicon, spans: list[tuple[int, int]]) -> list[TableRow]:
    """The rows of the vote tables of one case each (proposal_tables.py), the case's header read above them; the
    tables' header lines join `spans`. Lines of the decision tables in `spans` are no such table."""
    taken = {bisect_right(starts, a) - 1 for a, _ in spans}  # a decision table's first line: its header
    rows = []
    for index, case, found in case_vote_tables(lines, lex, taken):
        spans.append((starts[index], starts[index] + len(lines[index])))
        for row in found:
            subject = row.subject if row.mover else clean_subject(row.subject, lex)
            end = starts[row.last] + len(lines[row.last])
            number, archive, title = case.get("case_number") or "", case.get("archive_case"), case.get("title")
            rows.append(
                TableRow(starts[row.first], end, number, subject, row.result, row.votes, archive, title, row.mover)
            )
    return rows


def _row(record: Record, roles: dict[str, int], starts: list[int], lines: list[str], lex: Lexicon) -> TableRow | None:
    def cell(role: str) -> str:
        index = roles.get(role)
        return record.cells[index].strip() if index is not None and index < len(record.cells) else ""

    case = cell("number").rstrip(".").strip()
    if not _CASE.fullmatch(case):
        return None  # a heading row inside the table ("Hamerstukken") or a dash ruler, no item
    case = _CASE_PREFIX.sub("", case)  # "PS 61/26", "Pkt. 4": the number the case is known by
    end = starts[record.last] + len(lines[record.last])
    cues = cell_cues(lex.language)
    decided, votes = cell("decision"), cell("votes") or count_columns(cell)
    if roles["decision"] == roles["subject"]:  # one column: the title and the decision's text (titled_cells.py)
        decided = verdict(decided, votes, cues.cell_outcomes)
    subject_cell, note = with_tally_note(cell("subject"), notes_under(lines, record), lex)  # "Bemærkning: …"
    subject, moved_by = trailing_mover(subject_cell, cues.mover, lex)
    subject, moved_by = quoted_proposal(subject, lex) if moved_by is None else (subject, moved_by)
    subject, title = clean_subject(subject, lex), None
    if voted_on := proposal_cell(cell("proposal"), cues.no_decision, lex):  # the row voted on one proposal of the
        title, subject, moved_by = subject, *voted_on  # case ("Teknisk Udvalgs indstilling"): that proposal
    return TableRow(starts[record.first], end, case, subject, decided, votes, None, title, None, moved_by, note)


def clean_subject(subject: str, lex: Lexicon) -> str:
    """The subject cell without a closed item's prefix ("LUKKET: Salg af grund") and without a trailing bracket of
    submitters or labels ("(CDA, D66)", "(hamerstuk)")."""
    cues = cell_cues(lex.language)
    subject = cues.closed.sub("", subject, count=1) if cues.closed.match(subject) else subject
    m = TRAILING_BRACKET.search(subject)
    if m and m.start() > 0:
        inside = m.group("inside")
        submitters = parse_breakdown(inside, lex)  # "(CDA, D66)": the parties that moved it
        if inside.strip(" .").lower() in cues.subject_labels or (
            submitters.parties and not submitters.unread and all(map(lex.is_party, submitters.parties))
        ):
            subject = subject[: m.start()]
    return subject.strip(" \t.:;–-")


def row_decision(row: TableRow, lex: Lexicon) -> Decision | None:
    """The decision a table row records, or None when its decision cell decides nothing."""
    cues = cell_cues(lex.language)
    cell = row.decision.strip()
    if not cell or cues.no_decision.fullmatch(cell.strip(" .:;!")):
        return None
    head, _, pointer = cell.partition(",")
    below = bool(pointer) and cues.no_decision.fullmatch(pointer.strip(" .:;!")) is not None
    if below:
        cell = head  # "Godkendt, se afstemning nedenfor": the outcome here, its vote in the note below
    # "Vedteke 34-9", "Godkjent samrøystes": the outcome word beside a count or unanimity word
    hits = find_hits(cell, lex) or find_hits(_outcome_words(cell, lex, cues), lex)
    if hits:
        decision = hit_decision(hits[0], row.start, [], lex)
    else:
        outcome = next((rule.outcome for rule in lex.block_outcomes if rule.regex.search(cell)), None)
        if outcome is None and any(regex.search(cell) for regex in lex.statements):
            outcome = "noted"
        outcome = outcome or next((rule.outcome for rule in cues.cell_outcomes if rule.regex.match(cell)), None)
        outcome = outcome or ("adopted" if _carried(row.votes, lex, cues) else None)
        # a whole-item decision naming nothing else, an election among them ("Kari Nes (Sp) vart samrøystes vald.")
        outcome = outcome or ("adopted" if is_generic_decision(cell, lex) else None)
        outcome = outcome or remarked(row.note, cues.cell_outcomes, lex)  # "Ingen afstemning" over a remark
        if outcome is None:
            return None
        decision = Decision(start=row.start, end=row.end, outcome=outcome)
    decision.start, decision.end = row.start, row.end
    decision.subject, decision.table, decision.points_below = row.subject or None, True, below
    if row.title:  # one proposal of a case: a postponement carried, the mover the text names
        settle_proposal(decision, row.subject, row.mover, lex)
    if row.moved_by and decision.proposer is None:
        decision.proposer, decision.proposer_party = row.moved_by
    if lex.unanimous and (lex.unanimous.search(cell) or lex.unanimous.search(row.votes)):
        decision.unanimous = True
    counted = decision.votes_for is not None or decision.votes_against is not None
    _vote_cell(decision, row.votes or ("" if counted else cell), lex, cues)  # "Verworpen, 9 voor, 18 tegen"
    if counted and not row.votes and decision.against_parties is None:  # "met 22 stemmen voor en 11 stemmen tegen
        apply_tallies(decision, find_tallies(cell, lex), lex)  # (N-VA 6, Groen 5)": the parties from the count lines
    elif row.votes and row.note and decision.against_parties is None:  # "Imod: Ø (3), D (2)" under counted columns
        apply_tallies(decision, find_tallies(row.note, lex), lex)
    settle_against(decision)
    return decision


def _carried(votes: str, lex: Lexicon, cues: _Cues) -> bool:
    """The vote column says the row's decision passed ("Samrøystes", "5 mot 2 (Sp 2)") when its decision cell
    states the decision in its own words, with no outcome word ("Dispensasjon vert gjeven på vilkår ...")."""
    votes = votes.strip()
    if (lex.unanimous and lex.unanimous.search(votes)) or any(  # "Vedtatt med ordførerens dobbeltstemme"
        rule.outcome == "adopted" and rule.regex.match(votes) for rule in cues.cell_outcomes
    ):
        return True
    m = cues.count.fullmatch(votes) if cues.count and votes else None
    return m is not None and int(m.group("for")) > int(m.group("against"))


def _outcome_words(cell: str, lex: Lexicon, cues: _Cues) -> str:
    """A decision cell without its counts, unanimity words and a bracket saying how the item was treated: the
    outcome alone ("Vedteke 34-9" -> "Vedteke", "Conform voorstel (hamerstuk)" -> "Conform voorstel")."""
    m = TRAILING_BRACKET.search(cell)
    inside = m.group("inside").strip(" .").lower() if m and m.start() > 0 else None
    cell = cell[: m.start()] if m and inside in cues.subject_labels else cell
    words = lex.unanimous.sub("", cell) if lex.unanimous else cell
    words = (cues.count.sub("", words) if cues.count else words).strip(" ,.;:–-()")
    return words[:1].lower() + words[1:] + "."  # a cell opens in capitals, a sentence's outcome word does not


def _vote_cell(decision: Decision, cell: str, lex: Lexicon, cues: _Cues) -> None:
    """Counts in a column of their own (or in the decision cell when the table has none): a bare count
    ("25 mot 8 (H, FrP)", "22-5"), else the language's count lines ("22 voor, 5 tegen (BBB 3, SGP 2)")."""
    if not cell:
        return
    m = cues.count.fullmatch(cell.strip()) if cues.count else None
    tallies = find_tallies(cell, lex) if m is None else []
    if m is None and not tallies and cues.count:
        m = cues.count.search(cell)  # "Vedteke 34-9": the count beside the outcome in a decision cell,
        m = m if m and cell[m.end("for") : m.start("against")].strip() else None  # "34-9", not "12 3"
    if m is None:
        apply_tallies(decision, tallies, lex)
        return
    decision.votes_for, decision.votes_against = int(m.group("for")), int(m.group("against"))
    if decision.outcome == "rejected" and decision.votes_for > decision.votes_against:
        decision.votes_for, decision.votes_against = decision.votes_against, decision.votes_for
    if m.group("against_breakdown"):
        decision.against_parties = parse_breakdown(m.group("against_breakdown"), lex).counted(decision.votes_against)
    decision.unanimous = decision.votes_against == 0


def without_explanations(
    found: list[Decision],
    case_of: Callable[[int], str | None],
    header_at: Callable[[int], int],
    text: str,
    lex: Lexicon,
) -> list[Decision]:
    """`found` without the decisions about an item a decision table's row decided: a note below the table only
    explains that row ("Ad 5. Na de verwerping van het amendement stemde de raad in met het voorstel."). The counts
    one such note gives for the row's own outcome fill a row that had none ("Budgettet blev godkendt med 17 stemmer
    mod 8" under "| 201 | Budget 2027 | Godkendt |"). A row whose cell points below ("Vedteke, sjå under") to a
    record of several votes (an amendment and the rest, point by point) only points: those votes are the rows.

    A decision with another outcome on the line right under a list item's own outcome line, no header between
    ("Goedgekeurd." / "Het amendement van raadslid X werd niet aangenomen."), is a vote of its own on that item.

    A table above items recorded in full below (full_records.py: "| 102 | Lokalplan 7.41 | Godkendt |", then
    "102. Lokalplan 7.41" with its committee steps and the council's vote; "FS 55/26 ... Vedteke 4-3", then the
    case under its own header with its proposals and votes) is an overview: the full record's decisions are the
    rows, the table's row about that item adds none (it keeps its row when the full record yields no decision)."""
    rows: dict[str | None, Decision] = {}
    for d in found:  # the first row about an item is the overview's; a later one restates the item it opens
        if d.table:
            rows.setdefault(case_of(d.start), d)
    notes: dict[str | None, list[Decision]] = {}
    for decision in found:
        row = rows.get(case_of(decision.start)) if not decision.table else None
        own = row is None or _own_vote(decision, row, header_at, text) or moved_and_counted(decision, row, text)
        if not own:
            notes.setdefault(case_of(decision.start), []).append(decision)
    pointing = {id(rows[case]) for case, explained in notes.items() if rows[case].points_below and len(explained) > 1}

    def is_note(line: str) -> bool:
        return note_number(line, lex) is not None

    full = [c for c, told in notes.items() if recorded_in_full(rows[c], c, told, header_at, text, lex, is_note)]
    pointing |= {id(d) for d in found if d.table and case_of(d.start) in full}  # every table's row: overviews
    kept = {id(d) for case in full for d in once_each(notes[case], rows[case], text, lex)}
    repeated = {id(d) for case in full for d in notes[case]} - kept
    notes = {case: explained for case, explained in notes.items() if id(rows[case]) not in pointing}
    for case, explained in notes.items():
        row = rows[case]
        counted = [d for d in explained if d.outcome == row.outcome and (d.votes_for, d.votes_against) != (None, None)]
        if len(counted) == 1 and row.votes_for is None and row.votes_against is None:
            for name in ("votes_for", "votes_against", "against_parties", "counts_consistent"):
                setattr(row, name, getattr(counted[0], name))
            row.unanimous = counted[0].unanimous if row.unanimous is None else row.unanimous
    dropped = {id(d) for explained in notes.values() for d in explained} | pointing | repeated
    return [d for d in found if id(d) not in dropped]


def _own_vote(decision: Decision, row: Decision, header_at: Callable[[int], int], text: str) -> bool:
    """`decision` is a vote of its own under the list row `row`: under the same header, on the line right below the
    row, with another outcome, naming what it decides (a rule line names nothing)."""
    below = header_at(decision.start) == header_at(row.start) and text.count("\n", row.end, decision.start) <= 1
    named = any(ch.isalpha() for ch in decision.subject or "")
    return below and decision.start >= row.end and decision.outcome != row.outcome and named


def note_number(line: str, lex: Lexicon) -> re.Match[str] | None:
    """A note under a decision list opening with an item's number ("KS-004/26: Framlegg frå ...", "Ad 5. ..."):
    group "case" is the number; the match ends where the note's text begins."""
    cues = cell_cues(lex.language)
    return cues.note.match(line) or cues.lead_note.match(line)
