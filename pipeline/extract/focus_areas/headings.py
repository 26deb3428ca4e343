"""Themes as headings that carry the cue word: numbered ("Tema 1: Grøn omstilling", "Satsingsområde B –
...", "1. satsingsområde: ...", "Satsingsområde 1" over the name on the next line), numbered goal-type
headings in a strategy ("Mål 1: ...", "Hoofdstuk 3: Zorg"), a plan's coded headings ("BD1 - ...", "SD2: ..."),
and unnumbered labelled ones ("Thema: Wonen")."""

from __future__ import annotations

import re

from pipeline.extract.focus_areas.announcements import Announcement
from pipeline.extract.focus_areas.parts import is_part, title_of
from pipeline.extract.focus_areas.rules import NUMBER_SEPARATOR, Cues, mark_position
from pipeline.text import sections
from pipeline.text import structure as lists
from pipeline.text.structure import Item, Line, Span


def numbered_cue_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes that carry the cue word and a number on their own lines ("Tema 1: Grøn omstilling"
    ... "Tema 2: Klima", also as "## Tema 1: ...", "3. Tema 1: ..." or "1. tema: ..."), running text
    between them allowed; read from number 1 on. A table of contents lists the same headings before the
    body: when the run starts again at 1 with the same labels, the body's headings are the ones reported."""
    pattern = next((p for p in (rules.numbered_cue, rules.ordinal_cue) if p.match(lines[ann.line_index].text)), None)
    if pattern is None or mark_position(pattern.match(lines[ann.line_index].text).group("n")) != 1:
        return None
    runs = _numbered_runs(lines, ann.line_index, pattern, rules)
    contents = _without_page_refs(runs[0])
    if len(runs) > 1 and _same_labels(contents, runs[1]):
        return [_entry_label(span, rules) for span in runs[1]]
    return [_entry_label(span, rules) for span in contents]


# "BD1 - Wonen", "SD2: Zorg", "M3 Klima": a plan's code (capitals glued to a number), then the name; or a
# capital letter as the code's first step ("A. Wonen" over "A.1 ...", "B. Zorg").
_CODED_HEADING = re.compile(
    rf"^(?:(?P<code>(?-i:[A-ZÆØÅ]{{1,4}})) ?(?P<n>\d{{1,2}})(?P<sub>(?:\.\d{{1,2}})*)"
    rf"|(?P<letter>(?-i:[A-Z]))(?=\.)(?P<letter_sub>(?:\.\d{{1,2}})*))\.?"
    rf"(?:\s*{NUMBER_SEPARATOR}\s+|\s+)(?=(?-i:[A-ZÆØÅ]))"
)


_DEFINED_CODE = re.compile(r"\((?-i:([A-ZÆØÅ]{1,4}))\)")  # a cue word's code in brackets: "beleidsdoelstellingen (BD)"


def coded_heading_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes as a plan's coded headings after the cue ("BD1 - Tielt woont betaalbaar" ... "BD2 - ...",
    "A. Wonen" ... "B. Zorg"): one code, numbered 1, 2, 3 (or lettered A, B, C), with the sections' own
    sub-codes ("AP1.1 ...", "A.1 ...") and text between them; a heading without a code ends the run, or
    stands in its way, except the list's own heading right after a counted cue ("Speerpunten"). After a
    count, which must agree, or under a cue heading ("Prioritaire beleidsdoelstellingen"); a second series
    of single-numbered codes ("A1 ... A3" then "B1 ...") numbers actions per group, not themes."""
    defined = set(_DEFINED_CODE.findall(ann.sentence.text))  # "beleidsdoelstellingen (BD), actieplannen (AP)"
    by_sentence = ann.count is None and not lists.is_heading(lines[ann.line_index].text)  # an uncounted cue sentence
    if by_sentence and not defined:
        return None
    code: str | None = None
    labels: list[Span] = []
    for n, line in enumerate(lines[ann.line_index + 1 :]):
        found = _CODED_HEADING.match(line.text)
        if found is None:
            if lists.is_heading(line.text) and not lists.is_sentence(line.text) and (n or ann.count is None):
                break  # before the first code: the codes sit under other headings ("Spoor A" / "A1 ...")
            continue
        if found.group("sub") or found.group("letter_sub"):
            continue  # a section's own item ("AP1.1 ...", "A.1 ...")
        this = found.group("code") or ""
        if code is not None and this != code:
            if mark_position(found.group("n") or found.group("letter")) == 1:
                return None  # "A1 ... A3", then "B1 ...": codes lettered by group number items, not themes
            break  # another code further on ("DEEL 3 SAMENWERKING"): the next part of the document
        if mark_position(found.group("n") or found.group("letter")) != len(labels) + 1:
            break
        code = this
        name = line.text[found.end() :].split("\t", 1)[0]  # a table row's first cell: "A. Skog og tre\tMål ..."
        labels.append(lists.clean_label(lists.trim(line.start + found.end(), name)))
    if by_sentence and code not in defined:
        return None  # an uncounted cue sentence speaks of these themes only where it names their code
    return labels or None


def split_numbered_cue_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Cue headings whose number stands alone and whose name is the next line ("Satsingsområde 1" /
    "Levande lokalsamfunn" / <text> / "Satsingsområde 2" / ...), as a designed page breaks them."""
    first = rules.bare_numbered_cue.match(lines[ann.line_index].text)
    if not first or mark_position(first.group("n")) != 1:
        return None
    word = first.group("cue").casefold()
    labels: list[Span] = []
    last = min(len(lines) - 1, ann.line_index + rules.rules.max_numbered_span)
    for index in range(ann.line_index, last):
        found = rules.bare_numbered_cue.match(lines[index].text)
        if not found or found.group("cue").casefold() != word:
            continue
        name = lines[index + 1]
        if mark_position(found.group("n")) != len(labels) + 1 or not lists.is_heading(name.text):
            break
        labels.append(lists.clean_label(name))
    return labels


def numbered_heading_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes as numbered headings after a word that is no cue on its own ("Mål 1: Grøn energi",
    "Actielijn 2: Bouwen", in a strategy also "Hoofdstuk 3: Zorg"). Stricter than a cue word's headings:
    every one must be a heading, a second run from 1 must repeat the first (a table of contents), not
    start other labels (the same goals numbered again under each theme), and a document's own parts
    ("Hoofdstuk 1: Inleiding", "Financiën") are left out. A run after an earlier one of the same word
    is the next theme's goals, not a list of its own."""
    first = rules.numbered_heading.match(lines[ann.line_index].text)
    if rules.chapter.fullmatch(first.group("cue")) and not strategy_titled(lines, rules):
        return None
    if _numbered_before(lines, ann.line_index, first.group("cue"), rules):
        return []
    runs = _numbered_runs(lines, ann.line_index, rules.numbered_heading, rules)
    contents = _without_page_refs(runs[0])
    if len(runs) > 1 and not _same_labels(contents, runs[1]):
        return []
    run = runs[-1] if len(runs) > 1 else contents
    if not all(lists.is_heading(span.text) for span in run):
        return []
    labels = [_entry_label(span, rules) for span in run]
    title = title_of(lines, rules)
    return [label for label in labels if not is_part(label.text, rules, title)]


_NEXT_CELL = re.compile(r"\t|\s+\|(?=\s|$)")  # a tab or a table's bar after a numbered heading's name


def _numbered_runs(lines: list[Line], index: int, pattern: re.Pattern, rules: Cues) -> list[list[Span]]:
    """The labels of lines numbered 1, 2, ... after the same word as line `index`; a second run when the
    numbering starts again at 1 (a table of contents, then the body)."""
    word = pattern.match(lines[index].text).group("cue").casefold()
    runs: list[list[Span]] = [[]]
    for line in lines[index : index + rules.rules.max_numbered_span]:
        match = pattern.match(line.text)
        if not match or match.group("cue").casefold() != word:
            continue
        if mark_position(match.group("n")) != len(runs[-1]) + 1:
            if mark_position(match.group("n")) != 1 or len(runs) > 1:
                break
            runs.append([])
        name = _NEXT_CELL.split(line.text[match.end() :], maxsplit=1)[0]  # "Tema 1 | Klima | 2026": the first cell
        runs[-1].append(lists.trim(line.start + match.end(), name))
    return runs


def _numbered_before(lines: list[Line], index: int, word: str, rules: Cues) -> bool:
    """A heading of the same word and a number within the span before `index` (bounded, so a document
    of many such headings is still read in linear time)."""
    for line in lines[max(0, index - rules.rules.max_numbered_span) : index]:
        match = rules.numbered_heading.match(line.text)
        if match and match.group("cue").casefold() == word.casefold():
            return True
    return False


def _same_labels(first: list[Span], second: list[Span]) -> bool:
    return [s.text.casefold() for s in first] == [s.text.casefold() for s in second]


def strategy_titled(lines: list[Line], rules: Cues) -> bool:
    """The document's title names a strategy, plan or programme."""
    return any(rules.context.search(line.text) for line in lines[: rules.rules.title_lines])


def _without_page_refs(entries: list[Span]) -> list[Span]:
    """Entries of a table of contents without their page numbers, when every entry ends in one."""
    stripped = [sections.without_page_ref(entry) for entry in entries]
    return entries if None in stripped else stripped


def _entry_label(span: Span, rules: Cues) -> Span:
    return item_label(lists.Item(span.start, span.end, span.text, "number"), rules)


def labelled_cue_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Unnumbered headings that each carry the cue word before their label ("Thema: Wonen" ...
    "Thema: Werken", "Speerpunt Economie"), running text between them allowed."""
    if not is_labelled_heading(lines[ann.line_index], rules):
        return None
    word = rules.labelled_cue.match(lines[ann.line_index].text).group("cue").casefold()
    labels: list[Span] = []
    for line in lines[ann.line_index : ann.line_index + rules.rules.max_numbered_span]:
        match = rules.labelled_cue.match(line.text)
        if match and match.group("cue").casefold() == word and lists.is_heading(line.text):
            labels.append(lists.clean_label(lists.trim(line.start + match.end(), line.text[match.end() :])))
    return labels


def is_labelled_heading(line: Line, rules: Cues) -> bool:
    return bool(rules.labelled_cue.match(line.text)) and lists.is_heading(line.text)


def item_label(item: Item, rules: Cues) -> Span:
    """The item's own name: its first sentence when an explanation follows it."""
    first = lists.sentences(item.start, item.text, rules.conventions.abbreviations)
    return lists.clean_label(first[0] if first else item.span)
