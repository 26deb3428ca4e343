"""Bare results: a vote tab's result printed with no label, as meeting portals print it: at the right margin of the
tab's opening line ("Votering 1 av 3 <gap> Falt  4 - 11") or on a line of its own under what is voted on
("FALT   5 for  -  30 mot", "Vedtatt   24 - 11"). The rules read a result field standing under what is voted on
("Resultat: falt med 4 mot 11 stemmer", as vote pages print it), so each bare result is rewritten as that field:
one on an opening line goes right above the tab's first roll-call line ("For (4)"), one on its own line stays
where it is. The room the field needs is taken from the runs of spaces aligning the tab's columns, so the text
keeps its length and its offsets hold outside the tab; a tab without room is left as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_GAP = re.compile(r"[ \t]{2,}")  # a run of spaces aligning columns: room for the field
_REMARK = r"(?:[ \t]+\([^()\n]{1,40}\))?"  # a bracketed remark closing the line ("(enstemmig)"): the field drops it
_COUNT_BRACKETS = re.compile(r"\((?P<n>\d{1,3})\)")  # a roll call's count in brackets ("Mot (11)")
_TAB_LINES = 24  # lines a tab may run below its result, roll calls and name lists included


@dataclass(frozen=True)
class BareResults:
    """The compiled rules: where a bare result stands, and the result fields it is rewritten as."""

    line: re.Pattern[str]  # a line ending in a bare result: group `opening` when a tab's opening line leads it
    fields: tuple[str, ...]  # result field templates, longest first ("Resultat: {outcome} med {for} mot {against}")
    opening: re.Pattern[str] | None  # a tab's opening line ("Votering 2 av 3"): ends the tab above
    roll_call: re.Pattern[str] | None  # a roll-call line ("For (4)", "Mot: ..."): the field goes above the first


def compile_bare_results(
    results: tuple[str, ...],
    fields: tuple[str, ...],
    openings: str | None,
    roll_call: re.Pattern[str] | None,
    labels: str | None = None,
) -> BareResults | None:
    """The rules for a language's `bare_results` patterns (groups `outcome`, `for`, `against`), or None. A result
    label may lead the line ("Resultat: Falt  6 - 11"): its counts, joined by a dash alone, are read the same way."""
    if not results or not fields:
        return None
    either = "|".join(f"(?:{r})" for r in results)
    opening = rf"(?P<opening>[ \t|*]*(?:{openings})(?:[ \t]*\t[ \t]*|[ \t]{{2,}}))" if openings else "(?!)"
    label = rf"(?:(?i:{labels})[ \t]*:[ \t]*)?" if labels else ""
    line = re.compile(rf"^(?:{opening}|[ \t|*]*{label})(?P<result>{either}){_REMARK}[ \t]*$", re.M)
    tab = re.compile(rf"[ \t|*]*(?:{openings})(?!\w)") if openings else None
    return BareResults(line, fields, tab, roll_call)


def labelled_results(text: str, rules: BareResults | None) -> str:
    """`text` with each bare result rewritten as a result field under what its vote is about (same length)."""
    if rules is None:
        return text
    for found in reversed(list(rules.line.finditer(text))):
        text = _labelled(text, found, rules)
    return text


def _labelled(text: str, found: re.Match[str], rules: BareResults) -> str:
    """The text with one bare result rewritten, or as it was when its tab has no room for the field."""
    end = _tab_end(text, found.end(), rules)
    lines = text[found.start() : end].split("\n")
    if found.group("opening") is not None:
        lines[0] = found.group("opening").rstrip(" \t")
        at = next((i for i, line in enumerate(lines[1:], 1) if _is_roll_call(line, rules)), len(lines))
    else:
        lines[0], at = None, 0
    size = end - found.start()
    for template in rules.fields:
        field = template.format(
            outcome=found.group("outcome").lower(), **{"for": found.group("for"), "against": found.group("against")}
        )
        kept = [line for line in [*lines[:at], field, *lines[at:]] if line is not None]
        tab = _fitted(kept, kept.index(field), size, rules)
        if tab is not None:
            return text[: found.start()] + tab + text[end:]
    return text


def _tab_end(text: str, at: int, rules: BareResults) -> int:
    """Where the tab holding the result ending at `at` ends: before the next tab's opening line, the next bare
    result or a second blank line, or after `_TAB_LINES` lines."""
    end = at
    blank = False
    for _ in range(_TAB_LINES):
        if end >= len(text):
            break
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        line = text[end + 1 : next_end]
        opens = rules.opening is not None and rules.opening.match(line)
        if opens or rules.line.fullmatch(line) or (blank and not line.strip()):
            break
        blank = not line.strip()
        end = next_end
    return end


def _is_roll_call(line: str, rules: BareResults) -> bool:
    return rules.roll_call is not None and rules.roll_call.match(line.strip(" \t*")) is not None


def _fitted(lines: list[str], field_at: int, size: int, rules: BareResults) -> str | None:
    """The lines joined to `size` characters, the field padded with spaces. While too long, room is taken from what
    only lays the tab out: runs of spaces outside the field (widest first), then the brackets around a roll call's
    count ("For (4)" -> "For 4"), then an opening line's words past its number ("Votering 2 av 3" -> "Votering 2").
    None when that gives too little room."""
    excess = sum(map(len, lines)) + len(lines) - 1 - size
    while excess > 0:
        runs = [(len(m.group()), i, m) for i, line in enumerate(lines) if i != field_at for m in _GAP.finditer(line)]
        if not runs:
            break
        width, i, run = max(runs, key=lambda r: (r[0], -r[1]))
        cut = min(excess, width - 1)
        lines[i] = lines[i][: run.start()] + lines[i][run.start() + cut :]
        excess -= cut
    for i, line in enumerate(lines):
        if excess > 0 and i != field_at and _is_roll_call(line, rules):
            lines[i], cuts = _COUNT_BRACKETS.subn(r"\g<n>", line, count=1)
            excess -= 2 * cuts
    if excess > 0 and field_at > 0 and rules.opening is not None:
        lines[0], excess = _shortest_opening(lines[0], excess, rules.opening)
    if excess > 0:
        return None
    lines[field_at] += " " * -excess
    return "\n".join(lines)


def _shortest_opening(line: str, excess: int, opening: re.Pattern[str]) -> tuple[str, int]:
    """The opening line cut back to its shortest run of words still opening a tab, when that is shorter."""
    words = line.rstrip().split(" ")
    for count in range(1, len(words)):
        shorter = " ".join(words[:count])
        if opening.fullmatch(shorter):
            return shorter, excess - (len(line) - len(shorter))
    return line, excess


def colon_labels(text: str, labels: tuple[str, ...], words: frozenset[str]) -> str:
    """`text` with a result label set off from its outcome by a column gap ("Resultat <gap> Falt <gap> For: 9",
    "Resultat:<tab>Vedtatt") written as the field the rules read ("Resultat: Falt"): a missing colon takes the gap's
    first character and the gap's tabs become spaces, so offsets hold. Only where the value opens with an outcome
    word: a label word opening a line of prose or a heading is left alone."""
    if not labels:
        return text
    chars = list(text)
    for found in _gapped_label(labels).finditer(text):
        if found.group("word").lower() not in words:
            continue
        start, end = found.span("gap")
        chars[start:end] = " " * (end - start)
        if found.group("colon") is None:
            chars[start] = ":"
    return "".join(chars)


@cache
def _gapped_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A result label and its first word, a column gap between (and a colon or not): compiled once per language."""
    either = "|".join(sorted((re.escape(label) for label in labels), key=len, reverse=True))
    return re.compile(
        rf"^[ \t|*]*(?i:{either})(?P<colon>[ \t]*:)?(?P<gap>[ \t]*\t[ \t]*|[ \t]{{2,}})(?P<word>[^\W\d_]+)", re.M
    )
