"""Items a status report names only where it says their report is missing: "Vi har ikke modtaget en
tilbagemelding fra ... om handling 2.4 (Ny affaldsordning); status er derfor ukendt.", "Voor actie B.2
(Deelfietsen) is geen rapportage ontvangen." The item keyword, its code and the title in brackets name one of the
plan's items, and the sentence says no report came in: a row whose status is unknown. A bracketed item in a
sentence reporting nothing missing is a cross-reference, and a missing report without a coded item names none."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.rules import Lexicon
from pipeline.rules.compiled import regex
from pipeline.text import structure
from pipeline.text.literals import may_match
from pipeline.text.structure import Line, Span

_CODE = r"(?-i:[A-ZÆØÅ]{1,2}\.?)?\d{1,2}(?:\.\d{1,2})*[a-z]?"  # "2.4", "B.2", "4b": an item's number
_QUOTES = "\"«»“”„'"


@cache
def _mention(keywords: tuple[str, ...]) -> re.Pattern[str]:
    """An item keyword, its code and its title in brackets, anywhere in a sentence."""
    words = "|".join(keywords)
    return regex(
        rf"(?<!\w)(?:{words})\s+(?P<id>{_CODE})\s*\(\s*[{_QUOTES}]?(?P<title>[^()\n{_QUOTES}]{{3,120}}?)"
        rf"[{_QUOTES}]?\s*\)",
        re.IGNORECASE,
    )


def unreported_items(lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """One candidate per coded, bracketed item in a sentence saying no report came in for it."""
    pattern = _mention(lex.item_words)
    out: list[Candidate] = []
    for start, text in _paragraphs(lines):
        if not may_match(lex.no_report, text):
            continue  # most paragraphs hold none of the phrases: no sentence of theirs can say a report is missing
        for sentence in structure.sentences(start, text, lex.conventions.abbreviations):
            if not lex.no_report.search(sentence.text):
                continue
            for match in pattern.finditer(sentence.text):
                at = sentence.start + match.start("title")
                title = structure.clean_label(Span(at, at + len(match["title"]), match["title"]))
                out.append(Candidate(match["id"], title, [sentence]))
    return out


def _paragraphs(lines: list[Line]) -> list[tuple[int, str]]:
    """Runs of lines with no blank line between, as one text from the first line's start: a sentence wrapped over
    lines is read whole (each line break counts as one space, so offsets hold where lines follow one another)."""
    out: list[tuple[int, str]] = []
    for line in lines:
        if out and line.start == out[-1][0] + len(out[-1][1]) + 1:
            out[-1] = (out[-1][0], f"{out[-1][1]} {line.text}")
        else:
            out.append((line.start, line.text))
    return out
