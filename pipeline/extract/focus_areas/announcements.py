"""Where a focus-area list is announced: cue sentences in document order.

A cue word naming the themes ("fem målområder", "de twee speerpunten"), a sentence tying the strategy
to its themes ("Handleplanen drejer sig om ..."), or, in a paragraph about the strategy itself, a
sentence announcing "N things". A count, when said, travels with the announcement so the list read
after it must agree with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.extract.focus_areas.rules import Cues
from pipeline.text import structure as lists
from pipeline.text.structure import Line, Span

PAGE_NUMBER = re.compile(r"(?<!\S)\d{1,3}(?!\S)")


@dataclass(frozen=True)
class Announcement:
    """A sentence announcing a list: where it is, and how many items it promises (if it says)."""

    line_index: int
    sentence: Span
    cue_end: int  # offset in the document text just after the cue (or count) phrase
    count: int | None
    about: bool = False  # announced by "<the strategy> is about ...", not by a cue word
    flat_contents: bool = False  # a cue entry in a table of contents that lost its line breaks


def announcements(lines: list[Line], rules: Cues) -> Iterator[Announcement]:
    """Cue sentences in document order: a cue word, or a count of things in a strategy paragraph."""
    for index, line in enumerate(lines):
        if not rules.trigger.search(line.text):
            continue
        if is_flat_contents(line, rules):
            for cue in rules.cue.finditer(line.text):
                yield Announcement(index, line, line.start + cue.end(), None, flat_contents=True)
            continue
        for sentence in lists.sentences(line.start, line.text, rules.conventions.abbreviations):
            if rules.veto.search(sentence.text) or rules.goal_lead.match(sentence.text):
                continue
            cue = rules.cue.search(sentence.text)
            if cue and _weak_alone(cue.group(0), sentence, line, rules):
                cue = None
            if cue:
                number = counted(sentence, rules)
                count = rules.count(number.group("n")) if number else None
                end = number.end() if number else cue.end()
                yield Announcement(index, sentence, sentence.start + end, count)
                continue
            about = rules.about.search(sentence.text)
            if about:
                yield Announcement(index, sentence, sentence.start + about.end(), None, about=True)
                continue
            things = rules.counted_end.search(sentence.text)
            if (
                things
                and things.group("noun").lower() not in rules.goal_nouns
                and rules.context.search(line.text)
                and not rules.veto.search(line.text)
            ):
                yield Announcement(index, sentence, sentence.start + things.end(), rules.count(things.group("n")))


def counted(sentence: Span, rules: Cues) -> re.Match | None:
    """The count announcing the list ("tre satsingsområder"); a digit opening the line is a chapter
    number ("2 Satsingsområder 4" in a table of contents), not a count."""
    found = rules.counted_cue.search(sentence.text)
    if found and found.start() == 0 and found.group("n").isdigit():
        return None
    return found


def _weak_alone(word: str, sentence: Span, line: Line, rules: Cues) -> bool:
    """A weak cue ("ambities", "opgaven", "sporen": also everyday words) announces themes only in a
    heading, with a count, or in a sentence about the strategy itself; elsewhere it is anyone's wish list."""
    if not rules.weak_cue.fullmatch(word):
        return False
    return not (
        lists.is_heading(line.text.rstrip(":"))
        or rules.counted_cue.search(sentence.text)
        or rules.context.search(sentence.text)
    )


def is_flat_contents(line: Line, rules: Cues) -> bool:
    """A table of contents run into one line (a PDF transcript): its title, then many page numbers."""
    title = rules.contents.search(line.text)
    if not title:
        return False
    numbers = PAGE_NUMBER.findall(line.text[title.end() :])
    return len(numbers) >= rules.rules.min_flat_contents_numbers
