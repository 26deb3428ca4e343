"""Vote tables of one case, one row per proposal put to the vote ("Forslag | Resultat | For | Mot", "Framlegg |
Resultat | For | Mot | Avhaldande"): the table has no number column, the case is the one whose header stands right
above it ("Sak 59/26  Budsjettjustering 2026   Arkivsak: 26/498"). Each row is one vote: the proposal cell names what
was voted on, the result cell the outcome, the count columns the votes. The header words are data (models/votes/
<lang>.json `decision_tables`: proposal, decision, votes_for, votes_against, abstentions). A table under no case
header (a budget's "Forslag 2026" columns, an attendance list) is no vote table."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon, lexicon
from pipeline.extract.votes.meeting import header_fields
from pipeline.rules import alternation
from pipeline.text.pipe_tables import is_pipe_row, is_ruler, row_cells

_STRIP = " .:*#"
_COUNT = re.compile(r"\d{1,3}")
_COUNT_PAIR = re.compile(r"\d{1,3} \d{1,3}")
_ROLES = ("proposal", "decision", "votes", "votes_for", "votes_against", "abstentions")


@cache
def _columns(language: str) -> dict[str, re.Pattern[str]]:
    lex = lexicon(language)
    assert lex is not None
    rules = lex.tables
    return {role: re.compile(alternation(re.escape(w) for w in rules.get(role, [])), re.I) for role in _ROLES}


@cache
def _numbering(language: str) -> re.Pattern[str]:
    """A first column numbering a vote table's rows (models/votes/<lang>.json `decision_tables.row_numbers`)."""
    lex = lexicon(language)
    assert lex is not None
    words = lex.tables.get("row_numbers", [])
    return re.compile(alternation(re.escape(w) for w in words) if words else "(?!)", re.I)


def header_roles(cells: list[str], language: str) -> dict[str, int] | None:
    """Column index by role when every header cell names one, a proposal and a result column among them, and counts
    beside them (a column of votes, or of the votes for and against)."""
    columns = _columns(language)
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        if index == 0 and _numbering(language).fullmatch(cell.strip(_STRIP)):
            continue  # "Nr | Framlegg | Resultat | ...": the votes numbered in order, no role of a vote's own
        role = next((r for r in _ROLES if r not in found and columns[r].fullmatch(cell.strip(_STRIP))), None)
        if role is None:
            return None
        found[role] = index
    counted = "votes" in found or {"votes_for", "votes_against"} <= found.keys()
    return found if {"proposal", "decision"} <= found.keys() and counted else None


def _case_above(lines: list[str], index: int, lex: Lexicon) -> dict[str, str | None] | None:
    """The fields of the case header among the few non-blank lines above the table's header, None if none is."""
    seen = 0
    for line in reversed(lines[max(0, index - 3 * lex.tables.get("header_window", 3)) : index]):
        if not line.strip() or is_ruler(line):
            continue
        parsed = header_fields(line.strip(" \t|*"), lex)
        if parsed is not None and parsed[0].get("case_number"):
            return parsed[0]
        named = next(
            (m for p in _line_patterns(lex.language, "case_lines") if (m := p.match(line.strip(" \t|*")))), None
        )
        if named:  # "Voteringer i sak 34/26 Budsjett 2027"
            return {"case_number": named.group("case_number"), "title": named.groupdict().get("title")}
        seen += 1
        if seen >= lex.tables.get("header_window", 3):
            break
    return None


class ProposalRow(NamedTuple):
    first: int  # the row's first and last line
    last: int
    proposal: str
    result: str
    votes: str  # "13 4", "13 4 (FrP 3, H 1)": the counts as a vote cell
    subject: str = ""  # the proposal's words where the text gives them by the row's label, else the label
    mover: tuple[str, str, str] | None = None  # the label, the mover and their party, when the text names them


def case_vote_tables(
    lines: list[str], lex: Lexicon, taken: set[int]
) -> list[tuple[int, dict[str, str | None], list[ProposalRow]]]:
    """Each vote table of one case outside the lines `taken` by other tables: its header's line, its case's fields
    and its rows, a row's label ("Forslag 1, FrP") standing for the proposal's words where the text gives them."""
    out = []
    texts: dict[str, list[ProposalText]] | None = None
    for index, line in enumerate(lines):
        if ("\t" not in line and "|" not in line) or index in taken:
            continue
        read = proposal_rows(lines, index, lex)
        if read is None:
            continue
        case, found = read
        texts = proposal_texts(lines, lex) if texts is None else texts
        resolved = []
        for row in found:
            given = text_of(row, case.get("case_number"), texts)
            mover = (row.proposal, given.name, given.party) if given else None
            resolved.append(row._replace(subject=given.text if given else row.proposal, mover=mover))
        out.append((index, case, resolved))
    return out


@cache
def _line_patterns(language: str, key: str) -> tuple[re.Pattern[str], ...]:
    """The language's whole-line patterns under `key` of its table rules ("case_lines", "party_lines")."""
    lex = lexicon(language)
    assert lex is not None
    return tuple(re.compile(p, re.I) for p in lex.tables.get(key, []))


def proposal_rows(lines: list[str], index: int, lex: Lexicon) -> tuple[dict[str, str | None], list[ProposalRow]] | None:
    """The case above the vote table whose header is `lines[index]`, and the table's rows; None when the line opens
    no such table or no case header stands above it."""
    line = lines[index]
    if "\t" not in line and not is_pipe_row(line):
        return None
    roles = header_roles(row_cells(line), lex.language)
    case = _case_above(lines, index, lex) if roles else None
    if roles is None or case is None:
        return None
    rows: list[ProposalRow] = []
    at = index + 1
    while at < len(lines) and ("\t" in lines[at] or is_pipe_row(lines[at]) or is_ruler(lines[at])):
        if not is_ruler(lines[at]):
            _add_row(rows, row_cells(lines[at]), roles, at)
        at += 1
    for raw in lines[at : at + len(rows) + 1]:  # "Partifordeling mot innstillingen: FrP 3, H 1" under the table
        if not _party_line(rows, raw.strip(), lex):
            break
    return case, rows


def _add_row(rows: list[ProposalRow], cells: list[str], roles: dict[str, int], at: int) -> None:
    def cell(role: str) -> str:
        column = roles.get(role)
        return cells[column].strip() if column is not None and column < len(cells) else ""

    if cell("proposal") and rows and not any(cell(r) for r in _ROLES if r != "proposal"):
        last = rows[-1]  # the proposal's words go on in the line below, its other cells empty
        rows[-1] = last._replace(last=at, proposal=f"{last.proposal} {cell('proposal')}")
        return
    votes = cell("votes")
    if not votes and _COUNT.fullmatch(cell("votes_for")) and _COUNT.fullmatch(cell("votes_against")):
        votes = f"{cell('votes_for')} {cell('votes_against')}"
    rows.append(ProposalRow(at, at, cell("proposal"), cell("decision"), votes))


def _party_line(rows: list[ProposalRow], line: str, lex: Lexicon) -> bool:
    """Add the parties a party line names to the row it names (or to the last counted row); False for another line."""
    m = next((m for regex in _line_patterns(lex.language, "party_lines") if (m := regex.match(line))), None)
    if m is None:
        return False
    named = (m.group("subject") or "").strip().lower()
    counted = [i for i, row in enumerate(rows) if _COUNT_PAIR.fullmatch(row.votes)]
    chosen = [i for i in counted if named and named in rows[i].proposal.lower()] or counted[-1:]
    for i in chosen[:1]:
        rows[i] = rows[i]._replace(votes=f"{rows[i].votes} ({m.group('parties').strip()})")
    return True


class ProposalText(NamedTuple):
    case: str | None
    text: str
    name: str
    party: str


def proposal_texts(lines: list[str], lex: Lexicon) -> dict[str, list[ProposalText]]:
    """The proposals the text gives by their table label (folded), read once per document: "Forslag 1, FrP (sak
    59/26), fremmet av Tor Inge Bakken (FrP):" with the quoted text after it or on the next line."""
    regexes = tuple(re.compile(p) for p in lex.tables.get("proposal_texts", []))
    found: dict[str, list[ProposalText]] = {}
    for index, line in enumerate(lines if regexes else ()):
        m = next((m for regex in regexes if (m := regex.match(line.strip()))), None)
        if m is None:
            continue
        text = m.group("text") or ""
        if not text and index + 1 < len(lines):
            quoted = lines[index + 1].strip()
            text = quoted[1:-1] if quoted[:1] == "«" and quoted[-1:] == "»" else ""
        if text:
            entry = ProposalText(m.group("case"), text.strip(), m.group("name").strip(), m.group("party").strip())
            found.setdefault(m.group("label").strip().lower(), []).append(entry)
    return found


def text_of(row: ProposalRow, case: str | None, texts: dict[str, list[ProposalText]]) -> ProposalText | None:
    """The text a row's label names, in the row's case when the text names a case."""
    return next((t for t in texts.get(row.proposal.strip().lower(), []) if t.case in (None, case)), None)


def settle_proposal(decision: Decision, subject: str, mover: tuple[str, str, str] | None, lex: Lexicon) -> None:
    """A carried postponement proposal ("Utsettelsesforslag, Sp" / "Saken utsettes ...") postpones the case; the
    mover the proposal's text names moved it."""
    words = f"{subject} {mover[0] if mover else ''}".lower()
    if decision.outcome == "adopted" and any(word in words for word in lex.postponement_words):
        decision.outcome = "postponed"
    if mover:
        decision.proposer, decision.proposer_party = mover[1], mover[2]
