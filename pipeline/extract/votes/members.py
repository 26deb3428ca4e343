"""Vote pages that list every member's vote, turned into count lines.

Two layouts, both language-neutral (the option words and party names are data):
one line per member ("Kari Nordmann (Arbeiderpartiet) – For", "Jan Jansen, VVD: tegen"), and one block
per option: the option word alone on a line, the count on the next, then the names with their parties
("MOT / 21 / Per Hansen Høyre Kari Lie Senterpartiet ..."). Each becomes a `TallyHit` per option whose
breakdown lists the parties, so counting, party sums and consistency checks are the count lines' own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import groupby

from pipeline.extract.votes.counts import is_party_name
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.phrases import TallyHit
from pipeline.text.gated import gated

_MAX_GAP = 2  # blank lines allowed between two member lines of one list
_BREAK = re.compile("\n")

Line = tuple[int, int, str, str, int | None]  # start, end, option, party, votes (None: a party's, uncounted)


def _parties(parties: list[str]) -> dict[str, int] | None:
    """Votes per party in the order first named; None when no member's party is known."""
    return dict(Counter(p for p in parties if p)) or None


def _vote_lines(text: str, lex: Lexicon) -> list[Line]:
    """One line per member ("Jan Jansen (VVD): voor", one vote) or per party ("CDA (4) tegen", "PVV: tegen")."""
    members = [
        (m.start(), m.end(), lex.option_words[m.group("option").lower()], (m.group("party") or "").strip(), 1)
        for regex in lex.member_votes
        for m in gated(regex).finditer(text)
        if not (m.group("party") or "").strip().isdigit()  # "CD&V (9): ja" is a party's line
    ]
    rows = [
        (
            m.start(),
            m.end(),
            lex.option_words[m.group("option").lower()],
            m.group("party").strip(),
            int(m["n"]) if m["n"] else None,
        )
        for regex in lex.party_votes
        for m in gated(regex).finditer(text)
    ]
    known = [row for row in rows if is_party_name(row[3], lex)]
    # "Trots Haarlem  2  tegen" in a table of known parties' seats is a local party's row, though no list names it
    unknown = [row for row in rows if row[4] is not None and row not in known]
    breaks = [m.start() for m in _BREAK.finditer(text)] if unknown and known else []
    local = [row for row in unknown if _beside(row, known, breaks)]
    return sorted(members + known + local)


def _beside(row: Line, others: list[Line], breaks: list[int]) -> bool:
    """Another line lies within the gap allowed inside one list. The line breaks between two lines are counted
    from the text's break offsets (`breaks`), not by reading the text between them for every pair."""
    return any(_breaks_in(breaks, min(o[1], row[1]), max(o[0], row[0])) <= _MAX_GAP + 1 for o in others if o != row)


def _breaks_in(breaks: list[int], start: int, end: int) -> int:
    """Line breaks at offsets start..end-1 (none when end <= start), as `text.count("\n", start, end)`."""
    return max(0, bisect_left(breaks, end) - bisect_left(breaks, start))


def _tally(option: str, lines: list[Line]) -> TallyHit:
    """One option's count line; a party's line without its number leaves the total unknown."""
    weights = [votes for *_, votes in lines]
    parties: dict[str, int | None] = {}
    for *_, party, votes in lines:
        if party:
            before = parties.get(party, 0)
            parties[party] = None if votes is None or before is None else before + votes
    n = None if None in weights else sum(w for w in weights if w is not None)
    return TallyHit(start=lines[0][0], end=lines[-1][1], option=option, n=n, parties=parties or None)


def _member_lines(text: str, lex: Lexicon) -> list[TallyHit]:
    """Runs of one-line-per-member (or per-party) votes: one count line per option and run."""
    runs: list[list[Line]] = []
    for line in _vote_lines(text, lex):
        if runs and text.count("\n", runs[-1][-1][1], line[0]) <= _MAX_GAP + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    out = []
    for run in runs:
        if len(run) < 2:
            continue  # a single "Name: for" line is no vote page
        for option, lines in groupby(sorted(run, key=lambda item: item[2]), key=lambda item: item[2]):
            out.append(_tally(option, list(lines)))
    return out


def _option_blocks(text: str, lex: Lexicon) -> list[TallyHit]:
    """ "FOR / 12 / names" blocks: the stated count, and the parties named in the names."""
    out = []
    if lex.option_block is None:
        return out
    for m in lex.option_block.finditer(text):
        parties = [p.group(0) for p in lex.party_names.finditer(m.group("names"))] if lex.party_names else []
        out.append(
            TallyHit(
                start=m.start(),
                end=m.end(),
                option=lex.option_words[m.group("option").lower()],
                n=int(m.group("n")),
                parties=_parties(parties),
            )
        )
    return out


def member_tallies(text: str, lex: Lexicon) -> list[TallyHit]:
    """Count lines read from member-by-member vote lists, in text order."""
    if not lex.option_words:
        return []
    return sorted(_member_lines(text, lex) + _option_blocks(text, lex), key=lambda t: t.start)
