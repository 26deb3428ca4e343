"""Count lines applied to a decision: 'For ... stemte N: names' and 'Imot ...' lines, several 'for' lines as an
alternative vote (the losers' votes are the winner's votes against), a share of the votes, a casting vote; whether
the named members add up to the stated totals; count cells printed in columns beside an outcome."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.extract.votes.counts import Breakdown, consistent, merge, names_add_up, parse_breakdown
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.phrases import TallyHit, Windows, find_tallies
from pipeline.extract.votes.result_fields import result_lines
from pipeline.extract.votes.vote_labels import another_alternative

if TYPE_CHECKING:
    from pipeline.extract.votes.decisions import Decision


def breakdown_of(tally: TallyHit, lex: Lexicon) -> Breakdown:
    """The parties behind a count line: counted already (member lists) or read from its bracket."""
    return Breakdown(dict(tally.parties)) if tally.parties else parse_breakdown(tally.breakdown, lex)


def normalised(text: str) -> str:
    return " ".join(text.lower().split())


def apply_tallies(decision: Decision, tallies: list[TallyHit], lex: Lexicon) -> None:
    """Counts from 'For ... stemte N: names' lines; several 'for' lines make an alternative vote.
    A share of the votes ("Stemuitslag: 92% voor") says only whether anyone voted against."""
    share = next((t.pct for t in tallies if t.option == "yes" and t.pct is not None), None)
    decision.casting_vote = decision.casting_vote or any(t.casting for t in tallies)
    if share is not None and decision.unanimous is None:
        decision.unanimous = share == 100
    tallies = [t for t in tallies if t.pct is None]
    yes = [t for t in tallies if t.option == "yes"]
    no = [t for t in tallies if t.option == "no"]
    ok = all(consistent(t.n, breakdown_of(t, lex)) for t in tallies if t.breakdown or t.parties)
    if len({normalised(t.what) for t in yes}) > 1 and decision.subject:
        subject = normalised(decision.subject)
        winner = next((t for t in yes if t.what and normalised(t.what) in subject), None)
        if winner is not None:
            losers = [t for t in yes if t is not winner]
            no = losers + no
            yes = [winner]
    losers = [t for t in yes if another_alternative(t, decision.subject, decision.votes_for)]
    yes, no = [t for t in yes if t not in losers], losers + no
    stated_for = next((t.n for t in yes if t.n is not None), None)
    if stated_for is not None:
        decision.votes_for = stated_for
    elif yes and decision.votes_for is None:  # counted from the members named ("For stemte: Ole Brink (V), ...")
        decision.votes_for = tally_total(yes[0], lex)
    if no:
        # stated numbers win; else the members named are counted. Parties named beside a bare stated total
        # ("Tegen: 9" above "VVD 5 tegen" or "Tegen: PVV (3)") break that total down, they add no votes to it
        bare = [t for t in no if t.n is not None and not t.parties and not t.breakdown.strip()]
        counted = [t.n for t in bare or no if t.n is not None]
        named = [breakdown_of(t, lex) for t in no if t.n is None and (t.breakdown or t.parties)]  # "Kari Nilsen (R)"
        ok = ok and names_add_up(sum(counted) if counted else decision.votes_against, named)
        if not counted and decision.votes_against is None:
            counted = [n for t in no if (n := tally_total(t, lex)) is not None]
        decision.votes_against = sum(counted) if counted else decision.votes_against
        breakdown = merge([breakdown_of(t, lex) for t in no if t.breakdown or t.parties])
        decision.against_parties = breakdown.counted(decision.votes_against) or decision.against_parties
        if decision.votes_against or breakdown.parties:
            decision.unanimous = False
    decision.counts_consistent = decision.counts_consistent and ok


def tally_total(tally: TallyHit, lex: Lexicon) -> int | None:
    return tally.n if tally.n is not None else breakdown_of(tally, lex).total


def cells_apart(text: str, tallies: Sequence[TallyHit]) -> str:
    """The text with the column gap before a line's first count cell, and after its last, read as a line end.

    A result list printed in columns ("Uitslag: aangenomen <gap> Voor: 15 <gap> Tegen: 7", one line per voted
    text; or cells ruled by pipes, "Uitslag: aangenomen | Voor: 15 | Tegen: 7") then reads as the outcome line
    alone, followed by its counts: each voted text's outcome is found, and the counts beside it are its own. The
    same length, so every offset holds.
    """
    chars = list(text)
    for tally in tallies:
        start = _cell_start(text, tally)
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start].rstrip(" \t|")  # "Uitslag: aangenomen | Voor: 17 | Tegen: 3": a pipe
        gap = text[line_start + len(before) : start]
        first = not any(line_start <= t.start < line_start + len(before) for t in tallies)
        if before.strip() and first and (len(gap) >= 2 or "\t" in gap or _narrow_cell(before, gap, text, start)):
            chars[line_start + len(before)] = "\n"
        line_end = text.find("\n", tally.end)
        after = text[tally.end : len(text) if line_end < 0 else line_end]
        cell = _AFTER_LAST_CELL.match(after)  # "For: 6 <gap> Mot: 11 <gap> Resultat: Falt": the outcome cell last
        if cell and not any(tally.end < t.start < tally.end + len(after) for t in tallies):
            chars[tally.end] = "\n"
    return "".join(chars)


_FIELD = re.compile(r"[^\W\d_]+(?:[ ][^\W\d_]+){0,2}[ \t]*:[ \t]*[^\W\d_]")  # "Uitslag: aangenomen"
_LABELLED_COUNT = re.compile(r"[^\W\d_]+[ \t]*:[ \t]*\d{1,3}\b")  # "Voor: 20"


def _narrow_cell(before: str, gap: str, text: str, start: int) -> bool:
    """One space between a labelled field and a labelled count ("Uitslag: aangenomen Voor: 20 Tegen: 7", the
    column gap the normaliser folded): the count opens a cell, as after a wider gap."""
    return gap == " " and bool(_FIELD.match(before.strip())) and bool(_LABELLED_COUNT.match(text, start))


_NUMBER_CELL = re.compile(r"[^\W\d_]+(?:[ ][^\W\d_]+){0,2}[ \t]*:[ \t]*\d{1,3}[ \t]*(?=\t|[ ]{2}|\n|$)")
_AFTER_LAST_CELL = re.compile(r"(?:[ \t]*\|[ \t]*|[ \t]*\t[ \t]*|[ ]{2,})(?=\S)")


_COLUMN_GAP = re.compile(r"(?<=\S)(?:\t[ \t]*|[ ]{3,})(?=\S)")
# one space between two labelled counts ("For: 35 Mot: 0", a narrow gap the normaliser folded): a gap as well
_NEXT_COUNT = re.compile(r"[^\W\d_]+[ \t]*:[ \t]*\d{1,3}(?P<gap>[ ])(?=[^\W\d_]+(?:[ ][^\W\d_]+){0,2}[ \t]*:[ \t]*\d)")


def count_cells(text: str, lex: Lexicon, found: Sequence[TallyHit], windows: Windows = None) -> list[TallyHit]:
    """Count cells a column gap opens ("Resultat: Vedtaget <gap> For: 14 <gap> Imod: 11"), those no count line
    in `found` covers: a count label written to open a line opens a cell as well. Only on a line whose every
    cell after the first is a count ("ja <gap> 18 <gap> nee 11" is a count line of another layout)."""
    chars = list(text)
    opened: set[int] = set()
    gaps = [gap.span() for gap in _COLUMN_GAP.finditer(text)]
    if gaps:  # a line laid out in columns may set two of its counts one space apart
        gaps += [cell.span("gap") for cell in _NEXT_COUNT.finditer(text)]
    for start, end in gaps:
        chars[start] = "\n"
        opened.add(end)
    if not opened:
        return []  # no column gap, no cell: the count lines were all read in `found`
    cells = [
        t
        for t in find_tallies("".join(chars), lex, windows)
        if _cell_start(text, t) in opened
        and "\n" not in text[t.start : t.end].strip()
        and not any(u.start < t.end and t.start < u.end for u in found)
    ]
    # "For: 14 <gap> Mot: 3 <gap> Resultat: Vedtatt": the result cell closing the counts' line is no other layout
    counted = {_cell_start(text, t) for t in [*found, *cells]} | result_lines("".join(chars), lex)
    # "For: 15 <gap> Mot: 0 <gap> Ikke avgitt: 0": a count column of an option the rules do not count is no other layout
    counted |= {o for o in opened if _NUMBER_CELL.match(text, o)}
    starts = sorted(opened)
    return [t for t in cells if _line_counted(text, _cell_start(text, t), starts, counted)]


def _line_counted(text: str, offset: int, opened: list[int], counted: set[int]) -> bool:
    """Every cell a column gap opens on the line of `offset` starts a count. `opened` is sorted: the line's
    cells are found by bisection, not by a walk over every cell of the section."""
    start, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    cells = opened[bisect_left(opened, start) : bisect_left(opened, len(text) if end < 0 else end)]
    return all(o in counted for o in cells)


def _cell_start(text: str, tally: TallyHit) -> int:
    """Where a count's own text begins, past the spaces a column gap leaves before it: the offset a gap opens."""
    cell = text[tally.start : tally.end]
    return tally.start + len(cell) - len(cell.lstrip(" \t"))
