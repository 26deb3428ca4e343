"""A case's earlier treatment, retold under a heading of its own on a vote or case page.

A vote page for one case ("Voteringer" tab of a case portal) often closes with the case's history:
"Tidligere behandling" / "Formannskapet 02.04.2026, sak 19/26: Innstillingen ble vedtatt ..." or
"Tidlegare vedtak i saka" / "Hovudutval for oppvekst 27.05.2026: Innstillinga vedteken ...". The lines
under such a heading name a body and a date like a committee step, but they retell what happened before
this meeting: no step and no row. The history runs from its heading over the lines that each name a
day (one retold step a line) or wrap the line above; the first other line ends it. The
headings are data per language (`history_labels`); a step headed "Behandling i Formannskapet 12.05.2026"
is no history heading and stays a step.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.votes.dates import full_dates
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import literals, load_rules


@cache
def _heading(language: str) -> re.Pattern[str] | None:
    labels = load_rules("votes", language, VotesRules).model_dump()["history_labels"]
    if not labels:
        return None
    # "Tidligere behandling (vises kun til informasjon):": a remark in brackets after the heading is still the heading
    return re.compile(
        r"[ \t]*[#*\[]*[ \t]*(?:" + literals(labels) + r")[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?[\]*]*[ \t]*:?[ \t]*", re.I
    )


def history_lines(lines: list[str], lex: Lexicon) -> set[int]:
    """Indices of the lines under a history heading that name a day or wrap the line above: earlier steps."""
    heading = _heading(lex.language)
    out: set[int] = set()
    if heading is None:
        return out
    for index, line in enumerate(lines):
        if not heading.fullmatch(line):
            continue
        below = index + 1
        while below < len(lines) and _retold(lines[below], below - 1 in out, lex):
            out.add(below)
            below += 1
    return out


def _retold(line: str, wrapped: bool, lex: Lexicon) -> bool:
    """A retold step ("Formannskapet 02.04.2026: ...") or, below one, its wrapped rest (lower case)."""
    text = line.strip()
    return bool(text) and (bool(full_dates(text, lex)) or (wrapped and text[0].islower()))


def history_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Character spans of the history lines (`history_lines`): a decision found there is no row."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return [(starts[i], starts[i + 1]) for i in sorted(history_lines(lines, lex))]
