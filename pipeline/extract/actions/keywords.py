"""A document's own item keyword: a follow-up report that numbers its items with a word the language's
list does not hold ("Aftalepunkt 1: Flere pædagoger", "Aftalepunkt 2: ..."), each heading followed by a
report of its status. Such a word numbers items in that document as "Handling 2.1" does everywhere.
A word numbering goals or steps without reports ("Mål 1: ...", "Fase 2: ...") is not taken, nor a word that
numbers the plan's themes ("Fokusområde 2: ...", "Speerpunt 3: ..."; models/actions theme_words) even where its
text reports on projects under it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.extract.actions.rules import Lexicon, item_pattern, keyword_code_pattern, keyword_pattern
from pipeline.extract.actions.status import verdict_of
from pipeline.text.structure import Line

_KEYED = re.compile(r"^(?P<word>[A-ZÆØÅ][a-zæøå-]{3,24})\s+\d{1,2}(?:\.\d{1,2})?\s*[:.–—-]\s+\S")
MIN_HEADINGS = 2  # one heading is a heading; two numbered alike are a list
REPORT_LINES = 2  # lines under a heading searched for its status report


def with_own_keywords(lex: Lexicon, lines: list[Line]) -> Lexicon:
    """The rules with the document's own item keywords added: words opening two or more numbered
    headings, at least half of them followed by a status report."""
    headings: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        keyed = _KEYED.match(line.text)
        if keyed and lex.theme_word.fullmatch(keyed.group("word")):
            continue  # "Fokusområde 2: Unges uddannelse": the plan's theme, whatever its text reports
        if keyed and not lex.item.match(line.text) and not lex.note_line.match(line.text):  # "Note 1: ..." explains
            headings.setdefault(keyed.group("word").casefold(), []).append(index)
    reported = Counter(
        word
        for word, found in headings.items()
        for index in found
        if _reports(lines[index + 1 : index + 1 + REPORT_LINES], lex)
    )
    own = [
        re.escape(word)
        for word, found in headings.items()
        if len(found) >= MIN_HEADINGS and reported[word] * 2 >= len(found)
    ]
    if not own:
        return lex
    words, codes = (*lex.item_words, *own), (*lex.code_words, *own)
    return replace(
        lex,
        item=item_pattern(words),
        item_words=words,
        keyword_code=keyword_code_pattern(codes),
        keyword=keyword_pattern(codes),
        code_words=codes,
    )


def _reports(below: list[Line], lex: Lexicon) -> bool:
    """The lines under a heading report a status of their own, not through an item of the language's
    ("Actielijn 1: Betaalbaar wonen" over "Actie 1.1 ...": a group of actions, no action)."""
    return not any(lex.item.match(line.text) for line in below) and verdict_of(below, lex) is not None
