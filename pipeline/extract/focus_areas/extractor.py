"""Extractor for the `focus_areas` table: the strategy's own enumerated themes.

A list only counts when a cue announces it: a sentence or heading naming the themes
("fem målområder", "de twee speerpunten", "skal fortsat prioriteres - inden for:") or, in a
paragraph about the strategy itself, a sentence announcing "N things". Lists of other things
are told apart by the cue too: veto words (the municipality's vision, an event's sessions, a
table of contents) reject it. Strategies repeat their list, often reworded, so the first full
list in the document is the one reported. Cue words live in models/focus_areas/<lang>.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from pipeline.dataset.rows import FocusAreaRow
from pipeline.document import Document
from pipeline.rules import load_json
from pipeline.text import structure as lists
from pipeline.text.structure import Item, Line, Span

MAX_LABEL_WORDS = 60
MAX_ITEMS = 30  # a longer run-in enumeration is running text, not a list of themes
INTRO_WORDS = 25
MAX_NUMBERED_SPAN = 2000  # lines searched for the next "Tema N:" heading
_RUN_IN_START = re.compile(r"(?<=[a-zæøåäöüé,])\s+(?=[A-ZÆØÅÄÖÜ][a-zæøåäöüé])")


@dataclass(frozen=True)
class Cues:
    cue: re.Pattern
    veto: re.Pattern
    context: re.Pattern
    counted_cue: re.Pattern  # "fem målområder", "følgende 5 temaer"
    numbered_cue: re.Pattern  # "Målområde 2: Label" opening a line
    counted_end: re.Pattern  # "... fire ting." closing a sentence
    opener: re.Pattern
    trigger: re.Pattern  # a cue word or a count: lines without one are skipped at once
    numbers: dict[str, int]
    goal_nouns: frozenset[str]
    conventions: lists.Conventions  # abbreviations and conjunctions, models/lists/<lang>.json

    def count(self, word: str) -> int:
        return int(word) if word.isdigit() else self.numbers[word.lower()]


def _alternation(patterns: list[str]) -> str:
    return "(?:" + "|".join(patterns) + ")"


@cache
def cues(language: str) -> Cues | None:
    """The language's cue set from models/focus_areas/<lang>.json; None for other languages."""
    try:
        data = load_json(f"focus_areas/{language}.json")
    except FileNotFoundError:
        return None
    flags = re.IGNORECASE
    cue = _alternation(data["cue"])
    number = _alternation([re.escape(w) for w in data["numbers"]] + [r"\d{1,2}"])
    return Cues(
        cue=re.compile(rf"(?<!\w){cue}(?!\w)", flags),
        veto=re.compile(rf"(?<!\w){_alternation(data['veto'])}(?!\w)", flags),
        context=re.compile(rf"(?<!\w){_alternation(data['context'])}(?!\w)", flags),
        counted_cue=re.compile(rf"(?<!\w)(?P<n>{number})\s+(?:[\w-]+\s+){{0,2}}?{cue}(?!\w)", flags),
        numbered_cue=re.compile(rf"^\s*(?P<cue>{cue})\s+(?P<n>\d{{1,2}})\s*[:.)–—-]\s+(?=\S)", flags),
        counted_end=re.compile(rf"(?<!\w)(?P<n>{number})\s+(?P<noun>\w+)\s*[.:]?$", flags),
        opener=re.compile(rf"(?<!\w){_alternation([re.escape(w) for w in data['openers']])}[:,]?\s+", flags),
        trigger=re.compile(rf"(?<!\w)(?:{cue}(?!\w)|{number}\s+\w+\s*[.:])", flags),
        numbers={k.lower(): v for k, v in data["numbers"].items()},
        goal_nouns=frozenset(w.lower() for w in data["goal_nouns"]),
        conventions=lists.conventions(language),
    )


@dataclass(frozen=True)
class Announcement:
    """A sentence announcing a list: where it is, and how many items it promises (if it says)."""

    line_index: int
    sentence: Span
    cue_end: int  # offset in the document text just after the cue (or count) phrase
    count: int | None


def extract(doc: Document) -> list[FocusAreaRow]:
    rules = cues(doc.language)
    if rules is None:
        return []
    lines = lists.split_lines(doc.text)
    for announcement in _announcements(lines, rules):
        labels = _labels(lines, announcement, rules)
        if labels:
            labels = [_heading_form(label, lines) for label in labels]
            return [
                FocusAreaRow(
                    municipality=doc.municipality, ordinal=n, label=label.text, **doc.provenance(label.start, label.end)
                )
                for n, label in enumerate(labels, start=1)
            ]
    return []


def _announcements(lines: list[Line], rules: Cues) -> Iterator[Announcement]:
    """Cue sentences in document order: a cue word, or a count of things in a strategy paragraph."""
    for index, line in enumerate(lines):
        if not rules.trigger.search(line.text):
            continue
        for sentence in lists.sentences(line.start, line.text, rules.conventions.abbreviations):
            if rules.veto.search(sentence.text):
                continue
            cue = rules.cue.search(sentence.text)
            if cue:
                counted = rules.counted_cue.search(sentence.text)
                count = rules.count(counted.group("n")) if counted else None
                end = counted.end() if counted else cue.end()
                yield Announcement(index, sentence, sentence.start + end, count)
                continue
            counted = rules.counted_end.search(sentence.text)
            if (
                counted
                and counted.group("noun").lower() not in rules.goal_nouns
                and rules.context.search(line.text)
                and not rules.veto.search(line.text)
            ):
                yield Announcement(index, sentence, sentence.start + counted.end(), rules.count(counted.group("n")))


def _labels(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span]:
    """The announced list, read in the first shape that fits; [] when none does."""
    for reader in (_numbered_cue_lines, _table_column, _following_lines, _run_in_enumeration, _run_in_sentences):
        labels = reader(lines, ann, rules)
        if labels is None:
            continue
        labels = _dedupe([lab for lab in labels if lab.text])
        if _valid(labels, ann.count):
            return labels
    return []


def _numbered_cue_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes that carry the cue word and a number on their own lines ("Tema 1: Grøn omstilling"
    ... "Tema 2: Klima"), running text between them allowed; read from number 1 on."""
    first = rules.numbered_cue.match(lines[ann.line_index].text)
    if not first or first.group("n") != "1":
        return None
    word = first.group("cue").casefold()
    labels: list[Span] = []
    for line in lines[ann.line_index : ann.line_index + MAX_NUMBERED_SPAN]:
        match = rules.numbered_cue.match(line.text)
        if not match or match.group("cue").casefold() != word:
            continue
        if int(match.group("n")) != len(labels) + 1:
            break
        labels.append(
            _item_label(lists.Item(line.start + match.end(), line.end, line.text[match.end() :], "number"), rules)
        )
    return labels


def _table_column(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    header = lists.cells(lines[ann.line_index])
    if len(header) < 2 or not rules.cue.search(header[0].text):
        return None
    rows = lists.table_column(lines, ann.line_index, limit=MAX_ITEMS + 1)
    return [lists.clean_label(item.span) for item in rows]


def _following_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """The list on the lines after the cue: marked items, one item a line, or numbered headings."""
    line = lines[ann.line_index]
    rest = line.text[ann.sentence.end - line.start :].strip()
    lead_in = rest.endswith(":") and len(lists.words(rest)) <= 4
    if rest and not lead_in:
        return None
    colon = lead_in or ann.sentence.text.endswith(":")
    heading = lists.is_heading(line.text)
    if not (colon or heading or ann.count):
        return None
    start = ann.line_index
    if heading and _is_intro(lines, start + 1, rules):
        start, colon = start + 1, True  # "Speerpunten" / "Het college kiest voor:" / the list
    limit = ann.count or MAX_ITEMS + 1
    items = lists.list_after(lines, start, allow_plain=colon or heading, limit=limit)
    if len(items) < 2 and heading:
        items = lists.numbered_headings_after(lines, start, limit=limit)
    if lists.looks_like_toc(items):
        return []
    return [_item_label(item, rules) for item in items]


def _is_intro(lines: list[Line], index: int, rules: Cues) -> bool:
    """A short sentence ending in a colon that leads from a heading into its list."""
    if index >= len(lines):
        return False
    text = lines[index].text
    return text.endswith(":") and len(text.split()) <= INTRO_WORDS and not rules.veto.search(text)


def _run_in_enumeration(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """A run-in enumeration: "... de twee speerpunten ..., namelijk eenheid en verscheidenheid." or
    "... temaer: a, b og c"."""
    tail_start = ann.cue_end - ann.sentence.start
    tail = ann.sentence.text[tail_start:]
    if tail.count(",") >= MAX_ITEMS:
        return None
    opener = rules.opener.search(tail) or re.search(r":\s*", tail)
    if not opener or not tail[opener.end() :].strip():
        return None
    start = ann.cue_end + opener.end()
    return lists.split_enumeration(Span(start, ann.sentence.end, tail[opener.end() :]), rules.conventions.conjunctions)


def _run_in_sentences(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """A counted cue whose N item sentences run on in the same paragraph (text lost its line breaks):
    "følgende 5 temaer, som supplerer ... aktiviteter Sætte fokus på .... Intensivere ...."""
    if not ann.count:
        return None
    line = lines[ann.line_index]
    offset = ann.cue_end - line.start
    start = _RUN_IN_START.search(line.text, offset)
    if not start or start.start() > ann.sentence.end - line.start:
        return None
    parts = lists.sentences(line.start + start.end(), line.text[start.end() :], rules.conventions.abbreviations)
    return [lists.clean_label(p) for p in parts[: ann.count]]


def _item_label(item: Item, rules: Cues) -> Span:
    """The item's own name: its first sentence when an explanation follows it."""
    first = lists.sentences(item.start, item.text, rules.conventions.abbreviations)
    return lists.clean_label(first[0] if first else item.span)


def _valid(labels: list[Span], count: int | None) -> bool:
    if not 2 <= len(labels) <= MAX_ITEMS or (count is not None and len(labels) != count):
        return False
    return all(len(lists.words(lab.text)) <= MAX_LABEL_WORDS for lab in labels)


def _dedupe(labels: list[Span]) -> list[Span]:
    seen: set[str] = set()
    out = []
    for label in labels:
        key = label.text.casefold()
        if key not in seen:
            seen.add(key)
            out.append(label)
    return out


def _heading_form(label: Span, lines: list[Line]) -> Span:
    """A run-in label ("eenheid") takes the form of the heading that names the same theme ("Eenheid")."""
    if not label.text[:1].islower():
        return label
    for line in lines:
        if line.text.casefold() == label.text.casefold():
            return line
    return label
