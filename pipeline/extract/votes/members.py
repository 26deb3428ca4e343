"""Vote pages that list every member's vote, turned into count lines.

Two layouts, both language-neutral (the option words and party names are data):
one line per member ("Kari Nordmann (Arbeiderpartiet) – For", "Jan Jansen, VVD: tegen"), and one block
per option: the option word alone on a line, the count on the next, then the names with their parties
("MOT / 21 / Per Hansen Høyre Kari Lie Senterpartiet ..."). Each becomes a `TallyHit` per option whose
breakdown lists the parties, so counting, party sums and consistency checks are the count lines' own.
"""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.phrases import TallyHit

_MAX_GAP = 2  # blank lines allowed between two member lines of one list


def _parties(parties: list[str]) -> dict[str, int] | None:
    """Votes per party in the order first named; None when no member's party is known."""
    return dict(Counter(p for p in parties if p)) or None


def _member_lines(text: str, lex: Lexicon) -> list[TallyHit]:
    """Runs of one-line-per-member votes: one count line per option and run."""
    lines = [
        (m.start(), m.end(), lex.option_words[m.group("option").lower()], (m.group("party") or "").strip())
        for regex in lex.member_votes
        for m in regex.finditer(text)
    ]
    lines.sort()
    runs: list[list[tuple[int, int, str, str]]] = []
    for line in lines:
        if runs and text.count("\n", runs[-1][-1][1], line[0]) <= _MAX_GAP + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    out = []
    for run in runs:
        if len(run) < 2:
            continue  # a single "Name: for" line is no vote page
        for option, members in groupby(sorted(run, key=lambda item: item[2]), key=lambda item: item[2]):
            members = list(members)
            out.append(
                TallyHit(
                    start=members[0][0],
                    end=members[-1][1],
                    option=option,
                    n=len(members),
                    parties=_parties([party for *_, party in members]),
                )
            )
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
