"""Extractor for the `focus_areas` table: the strategy's own enumerated themes.

A list only counts when something announces it: a cue word naming the themes ("fem målområder",
"de twee speerpunten", "skal fortsat prioriteres - inden for:"), a sentence tying the strategy to
its themes ("Handleplanen drejer sig om ...", "Het beleid richt zich op ..."), or, in a paragraph
about the strategy itself, a sentence announcing "N things". The list is then read in the first
shape that fits: "Tema 1: ..." headings, a table of contents' sub-entries, a table column, marked
or plain items, numbered or unnumbered section headings, a run-in enumeration. A count must agree
with what is read. Lists of other things are told apart by veto words (a vision, an event's
sessions, an agenda, items reported done) and weak cues (everyday words such as "ambities") need
a heading, a count or the strategy named. Strategies repeat their list, often reworded, so the
first full list in the document is the one reported. Cue words live in models/focus_areas/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.dataset.rows import FocusAreaRow
from pipeline.document import Document
from pipeline.extract.focus_areas.rules import Cues, cues
from pipeline.rules import whole_words
from pipeline.text import structure as lists
from pipeline.text.structure import Item, Line, Span

_RUN_IN_START = re.compile(r"(?<=[a-zæøåäöüé,])\s+(?=[A-ZÆØÅÄÖÜ][a-zæøåäöüé])")
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
_PAGE_NUMBER = re.compile(r"(?<!\S)\d{1,3}(?!\S)")


@dataclass(frozen=True)
class Announcement:
    """A sentence announcing a list: where it is, and how many items it promises (if it says)."""

    line_index: int
    sentence: Span
    cue_end: int  # offset in the document text just after the cue (or count) phrase
    count: int | None
    about: bool = False  # announced by "<the strategy> is about ...", not by a cue word
    flat_contents: bool = False  # a cue entry in a table of contents that lost its line breaks


def extract(doc: Document) -> list[FocusAreaRow]:
    rules = cues(doc.language)
    if rules is None:
        return []
    lines = doc.lines
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
        if _is_flat_contents(line, rules):
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
                counted = _counted(sentence, rules)
                count = rules.count(counted.group("n")) if counted else None
                end = counted.end() if counted else cue.end()
                yield Announcement(index, sentence, sentence.start + end, count)
                continue
            about = rules.about.search(sentence.text)
            if about:
                yield Announcement(index, sentence, sentence.start + about.end(), None, about=True)
                continue
            counted = rules.counted_end.search(sentence.text)
            if (
                counted
                and counted.group("noun").lower() not in rules.goal_nouns
                and rules.context.search(line.text)
                and not rules.veto.search(line.text)
            ):
                yield Announcement(index, sentence, sentence.start + counted.end(), rules.count(counted.group("n")))


def _counted(sentence: Span, rules: Cues) -> re.Match | None:
    """The count announcing the list ("tre satsingsområder"); a digit opening the line is a chapter
    number ("2 Satsingsområder 4" in a table of contents), not a count."""
    counted = rules.counted_cue.search(sentence.text)
    if counted and counted.start() == 0 and counted.group("n").isdigit():
        return None
    return counted


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


def _labels(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span]:
    """The announced list, read in the first shape that fits; [] when none does."""
    readers = (
        _numbered_cue_lines,
        _labelled_cue_lines,
        _toc_entries,
        _table_column,
        _following_lines,
        _sections_after,
        _run_in_enumeration,
        _run_in_sentences,
    )
    if ann.flat_contents:
        readers = (_flat_contents_entries,)
    elif ann.about:
        readers = (_direct_enumeration,)
    else:
        readers = (*readers, _direct_enumeration)
    for reader in readers:
        labels = reader(lines, ann, rules)
        if labels is None:
            continue
        labels = _dedupe([lab for lab in labels if lab.text])
        if _valid(labels, ann.count, rules):
            return labels
    return []


def _is_flat_contents(line: Line, rules: Cues) -> bool:
    """A table of contents run into one line (a PDF transcript): its title, then many page numbers."""
    title = rules.contents.search(line.text)
    if not title:
        return False
    numbers = _PAGE_NUMBER.findall(line.text[title.end() :])
    return len(numbers) >= rules.rules.min_flat_contents_numbers


def _flat_contents_entries(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """The entries after a cue entry of a run-together table of contents, up to the next page number,
    split where a capitalised word follows a lower-case one ("Samfunnsmål Vekst og velferd Et godt
    liv for alle Natur og miljø 14" -> three entries)."""
    line = lines[ann.line_index]
    offset = ann.cue_end - line.start
    page = _PAGE_NUMBER.search(line.text, offset)
    if page is None:
        return None
    segment = line.text[offset : page.start()]
    cuts = [0, *(m.end() for m in _RUN_IN_START.finditer(segment)), len(segment)]
    parts = [lists.trim(ann.cue_end + a, segment[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
    return [lists.clean_label(part) for part in parts if part.text]


def _numbered_cue_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes that carry the cue word and a number on their own lines ("Tema 1: Grøn omstilling"
    ... "Tema 2: Klima"), running text between them allowed; read from number 1 on."""
    first = rules.numbered_cue.match(lines[ann.line_index].text)
    if not first or first.group("n") != "1":
        return None
    word = first.group("cue").casefold()
    labels: list[Span] = []
    for line in lines[ann.line_index : ann.line_index + rules.rules.max_numbered_span]:
        match = rules.numbered_cue.match(line.text)
        if not match or match.group("cue").casefold() != word:
            continue
        if int(match.group("n")) != len(labels) + 1:
            break
        labels.append(
            _item_label(lists.Item(line.start + match.end(), line.end, line.text[match.end() :], "number"), rules)
        )
    return labels


def _labelled_cue_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Unnumbered headings that each carry the cue word before their label ("Thema: Wonen" ...
    "Thema: Werken", "Speerpunt Economie"), running text between them allowed."""
    if not _is_labelled_heading(lines[ann.line_index], rules):
        return None
    word = rules.labelled_cue.match(lines[ann.line_index].text).group("cue").casefold()
    labels: list[Span] = []
    for line in lines[ann.line_index : ann.line_index + rules.rules.max_numbered_span]:
        match = rules.labelled_cue.match(line.text)
        if match and match.group("cue").casefold() == word and lists.is_heading(line.text):
            labels.append(lists.clean_label(lists.trim(line.start + match.end(), line.text[match.end() :])))
    return labels


def _is_labelled_heading(line: Line, rules: Cues) -> bool:
    return bool(rules.labelled_cue.match(line.text)) and lists.is_heading(line.text)


def _toc_entries(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """A table of contents whose entries are the themes: the cue is an entry ("2. Satsingsområder 5")
    and its numbered sub-entries ("2.1 Klima og miljø 6") name them."""
    limit = ann.count or rules.rules.max_items + 1
    entries = lists.toc_sub_entries(lines, ann.line_index, limit=limit)
    return [lists.clean_label(entry.span) for entry in entries] or None


def _table_column(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    header = lists.cells(lines[ann.line_index])
    if len(header) < 2 or not rules.cue.search(header[0].text):
        return None
    rows = lists.table_column(lines, ann.line_index, limit=rules.rules.max_items + 1)
    return [lists.clean_label(item.span) for item in rows]


def _following_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """The list on the lines after the cue: marked items, one item a line, numbered headings, or
    section headings each opening a text."""
    line = lines[ann.line_index]
    rest = line.text[ann.sentence.end - line.start :].strip()
    lead_in = rest.endswith(":") and len(lists.words(rest)) <= 4
    if rest and not lead_in or lead_in and rules.veto.search(rest):
        return None  # "Deze zijn allemaal uitgevoerd:" leads into a list of done items, not themes
    colon = lead_in or ann.sentence.text.endswith(":")
    heading = lists.is_heading(line.text)
    if not (colon or heading or ann.count):
        return None
    start = ann.line_index
    if heading and _is_intro(lines, start + 1, rules):
        start, colon = start + 1, True  # "Speerpunten" / "Het college kiest voor:" / the list
    limit = ann.count or rules.rules.max_items + 1
    items = lists.list_after(lines, start, allow_plain=colon or heading, limit=limit)
    if len(items) < 2 and heading:
        items = lists.numbered_headings_after(lines, start, limit=limit)
    if len(items) < 2 and (heading or ann.count):
        items = lists.headings_with_text_after(lines, start, limit=limit, skip=rules.navigation)
    if lists.looks_like_toc(items):
        return []
    return [_item_label(item, rules) for item in items]


def _sections_after(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Unnumbered theme headings, each opening a section of text, after a cue paragraph that goes on
    after its cue ("Strategien har fire indsatsområder. De beskrives nedenfor.") or after a cue heading
    and a short intro paragraph ("Thema's" / "Op deze pagina leest u ..."). Without a count the cue
    paragraph must be short: a long one is running text that happens to name a cue word."""
    line = lines[ann.line_index]
    heading = lists.is_heading(line.text)
    start = ann.line_index
    if _is_labelled_heading(line, rules):
        return None  # "Thema: Wonen" names one theme; the paragraph under it is its text, not an intro
    if heading and start + 1 < len(lines) and _is_short_paragraph(lines[start + 1].text, rules):
        start += 1
    elif not (ann.count or rules.context.search(line.text) and _is_short_paragraph(line.text, rules)):
        return None
    count = ann.count or _paragraph_count(lines[ann.line_index : start + 1], rules)
    limit = (count or rules.rules.max_items) + 1  # one more than promised, so a longer run is seen
    items = lists.headings_with_text_after(lines, start, limit=limit, skip=rules.navigation)
    if len(items) < 2 or count and len(items) != count:
        items = lists.subtitled_headings_after(lines, start, limit=limit, skip=rules.navigation)
    if count and len(items) != count:
        return []
    return [_item_label(item, rules) for item in items]


def _paragraph_count(paragraph: list[Line], rules: Cues) -> int | None:
    """The count a cue paragraph or intro announces anywhere in it ("... kent vier hoofdthema's.")."""
    for line in paragraph:
        counted = _counted(line, rules)
        if counted:
            return rules.count(counted.group("n"))
    return None


def _is_short_paragraph(text: str, rules: Cues) -> bool:
    """A lead-in paragraph: running text of a few sentences at most, about nothing vetoed."""
    return lists.is_sentence(text) and len(lists.words(text)) <= rules.rules.intro_words and not rules.veto.search(text)


def _is_intro(lines: list[Line], index: int, rules: Cues) -> bool:
    """A short sentence ending in a colon that leads from a heading into its list."""
    if index >= len(lines):
        return False
    text = lines[index].text
    short = text.endswith(":") and len(text.split()) <= rules.rules.intro_words
    return short and not (rules.veto.search(text) or rules.goal_lead.match(text))


def _run_in_enumeration(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """A run-in enumeration: "... de twee speerpunten ..., namelijk eenheid en verscheidenheid." or
    "... temaer: a, b og c"."""
    tail_start = ann.cue_end - ann.sentence.start
    tail = ann.sentence.text[tail_start:]
    if tail.count(",") >= rules.rules.max_items:
        return None
    opener = rules.opener.search(tail) or re.search(r":\s*", tail)
    if not opener or not tail[opener.end() :].strip():
        return None
    start = ann.cue_end + opener.end()
    conjunctions = rules.conventions.conjunctions
    parts = lists.split_enumeration(Span(start, ann.sentence.end, tail[opener.end() :]), conjunctions)
    return [_without_conjunction(part, conjunctions) for part in parts]


def _direct_enumeration(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes enumerated right after the cue word or the strategy's "is about" verb, without a colon:
    "Politikken fokuserer på temaerne A, B og C." / "Het beleid richt zich vooral op A, B en C."
    Only short noun phrases joined by a conjunction count, so running text is not split into items."""
    if not (ann.about or rules.context.search(ann.sentence.text)):
        return None  # a cue word alone ("thema's wonen, werken en leven") may name anyone's topics
    tail = ann.sentence.text[ann.cue_end - ann.sentence.start :]
    start = rules.direct.match(tail)
    conjunctions = rules.conventions.conjunctions
    if not start or not re.search(whole_words(map(re.escape, conjunctions)), tail[start.end() :], re.IGNORECASE):
        return None
    count = ann.count or (rules.count(start.group("n")) if start.group("n") else None)
    body = Span(ann.cue_end + start.end(), ann.sentence.end, tail[start.end() :])
    parts = [_without_note(_without_conjunction(p, conjunctions)) for p in lists.split_enumeration(body, conjunctions)]
    enough = len(parts) == count if count else len(parts) >= rules.rules.min_inline_items
    if not enough or any(len(lists.words(part.text)) > rules.rules.max_inline_words for part in parts):
        return None
    return parts


def _without_conjunction(span: Span, conjunctions: tuple[str, ...]) -> Span:
    """An item that still opens with its conjunction after a comma ("..., samt by- og boligudvikling")."""
    first, _, rest = span.text.partition(" ")
    if rest and first.casefold() in conjunctions:
        return lists.trim(span.end - len(rest), rest)
    return span


def _without_note(span: Span) -> Span:
    """A label without a trailing parenthesis: "duurzaamheid (Floriade 2022)" -> "duurzaamheid"."""
    note = _TRAILING_NOTE.search(span.text)
    if not note or note.start() == 0:
        return span
    return Span(span.start, span.start + note.start(), span.text[: note.start()])


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


def _valid(labels: list[Span], count: int | None, rules: Cues) -> bool:
    """Two to max_items labels of sensible length, as many as the cue announced."""
    if not 2 <= len(labels) <= rules.rules.max_items or (count is not None and len(labels) != count):
        return False
    return all(len(lists.words(lab.text)) <= rules.rules.max_label_words for lab in labels)


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
