"""A programme's own chapters as its themes: a coalition agreement or college programme without a cue
word ("Coalitieakkoord 2022-2026" / "1. Wonen" ... "2. Economie" ...) is built from its themes, so its
numbered chapters name them, the document's own parts ("Inleiding", "Financiën") left out. Read only
when no announced list was found."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.focus_areas.announcements import Announcement, counted
from pipeline.extract.focus_areas.parts import between_parts, is_part, title_of
from pipeline.extract.focus_areas.rules import Cues
from pipeline.text import sections
from pipeline.text import structure as lists
from pipeline.text.structure import Item, Line, Span

_CHAPTER = re.compile(r"^\s*(?P<n>\d{1,2})(?:[.)]\s*|\s+)(?=[^\W\d])")  # "1. Wonen", "2) Zorg", "3 Economie"
_MARKDOWN_MARK = re.compile(r"^\s*#{1,6}\s*")


def programme_chapters(lines: list[Line], rules: Cues) -> list[Span]:
    """The chapter headings of a document whose title names a programme: numbered ones, else unnumbered
    headings each opening a text, read from just under the title."""
    title = lines[: rules.rules.title_lines]
    if not any(rules.programme_title.search(line.text) and not lists.is_sentence(line.text) for line in title):
        return []
    title = title_of(lines, rules)
    return _themes(_numbered_chapters(lines), rules, title) or _themes(_unnumbered_chapters(lines, rules), rules, title)


def strategy_sections(lines: list[Line], rules: Cues) -> list[Span]:
    """A strategy or plan named only by its title ("Klimastrategi 2025-2030"), no cue word: its themes
    are the sibling headings between the parts that open it (introduction, vision) and the part that
    follows it up ("Sådan følger vi op", "Økonomi"). Both ends must be there: a run of headings
    without them is any document's chapters, not its themes."""
    title = title_of(lines, rules)
    if not title:
        return []
    for chapters in (_numbered_chapters(lines), _unnumbered_chapters(lines, rules)):
        seen = Counter(span.text.casefold() for span in chapters)
        chapters = [span for span in chapters if seen[span.text.casefold()] == 1]  # "Mål" under every theme
        parts = [is_part(span.text, rules, title) for span in chapters]
        themes = _themes(chapters, rules, title)
        if themes and parts[0] and True in parts[parts.index(False) :]:
            return themes
    return []


def _themes(chapters: list[Span], rules: Cues, title: frozenset[str]) -> list[Span]:
    """The chapters after the opening parts ("Voorwoord", "Inleiding") up to the first closing part
    ("Financiën", "Tot slot"): what follows a closing part is the document's own business again."""
    themes = between_parts(chapters, rules, title, text=lambda span: span.text)
    return themes if rules.rules.min_chapters <= len(themes) <= rules.rules.max_chapters else []


def _unnumbered_chapters(lines: list[Line], rules: Cues) -> list[Span]:
    """The longest run of headings with a text each that starts on one of the title's lines or just under."""
    runs = (
        sections.headings_with_text_after(lines, index, skip=rules.passed_over)
        for index in range(min(rules.rules.title_lines, len(lines)))
    )
    return [lists.clean_label(item.span) for item in max(runs, key=len, default=[])]


def _numbered_chapters(lines: list[Line]) -> list[Span]:
    """Top-level headings numbered 1, 2, ... ("1. Wonen", "2 Economie")."""
    chapters: list[Span] = []
    for line in lines:
        found = _CHAPTER.match(line.text)
        if not found or not lists.is_heading(line.text):
            continue
        if int(found.group("n")) != len(chapters) + 1:
            if chapters:
                break
            continue
        chapters.append(lists.clean_label(lists.trim(line.start + found.end(), line.text[found.end() :])))
    return chapters


def counted_chapters(lines: list[Line], start: int, count: int, rules: Cues) -> list[Item]:
    """As many top-level chapter headings as a count announced, spread over the text after it and
    numbered from any number on ("fem satsingsområde. Dei vert omtala i kapittel 4 til 8." / "4 Levande
    lokalsamfunn" ... "8 Klima og miljø"). A run numbered from 1 is the list itself and must end at the
    count; one numbered on from an earlier chapter is part of the document's chapters."""
    run = _chapter_run(lines, start, rules)
    if len(run) < count or run and run[0].number == "1" and len(run) != count:
        return []
    return run[:count]


def chapters_after_cue_chapter(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes as the chapters after a numbered cue chapter ("3 Satsingsområda" / intro / "4 Levande
    bygder" ... "8 Klima"), numbered on from it, each opening a text; a count in its intro must agree."""
    head = _MARKDOWN_MARK.sub("", lines[ann.line_index].text)
    found = _CHAPTER.match(head)
    if not found or not lists.is_heading(head):
        return None
    run = _chapter_run(lines, ann.line_index, rules)
    if not run or int(run[0].number or 0) != int(found.group("n")) + 1:
        return None
    if _lists_own(lines, ann.line_index, run[0], rules):
        return None
    count = ann.count or _intro_count(lines, ann.line_index, rules)
    if count:
        return [item.span for item in run[:count]] if len(run) >= count else None
    return [item.span for item in run]


def _lists_own(lines: list[Line], index: int, next_chapter: Item, rules: Cues) -> bool:
    """The cue chapter's own text lists its themes as marked items ("3. Onze speerpunten" / "3.1 Arbeidsmarkt",
    "3.2 Onderwijs" / "4. Partners") or as lines carrying the cue word and a number ("2. Indsatsområder" /
    "Indsatsområde 1  Design" ...): the chapters after it are the document's other chapters."""
    body = [line for line in lines[index + 1 :] if line.end <= next_chapter.start]
    listed = (lists.parse_item(line).kind != "plain" or rules.numbered_cue.match(line.text) for line in body)
    return sum(bool(item) for item in listed) >= 2


def _chapter_run(lines: list[Line], start: int, rules: Cues) -> list[Item]:
    """Top-level chapter headings after `start` numbered on from the first ("4 Levande lokalsamfunn",
    "5 Oppvekst" ...), each opening a text; sub-chapters ("4.1 Delmål") and text between them are passed
    over. The run ends where the numbering breaks, at a document's own part ("Oppfølging", "Vedlegg") and
    at a chapter whose text says it is no theme ("... er ikkje eigne satsingsområde")."""
    chapters: list[Item] = []
    body = True
    for line in lines[start + 1 : start + 1 + rules.rules.max_numbered_span]:
        text = _MARKDOWN_MARK.sub("", line.text)
        found = _CHAPTER.match(text)
        heading = lists.is_heading(text)
        name = text[found.end() :] if found else text
        if heading and (rules.document_parts.fullmatch(name.strip()) or rules.furniture.fullmatch(name.strip())):
            if chapters:
                break
            continue
        if not found or not heading:
            if chapters and not heading and rules.denial.search(text):
                chapters.pop()
                break
            body = body or not heading
            continue
        if chapters and (not body or int(found.group("n")) != int(chapters[-1].number or 0) + 1):
            break
        label = lists.clean_label(lists.trim(line.end - len(name), name))
        chapters.append(Item(label.start, label.end, label.text, "number", found.group("n")))
        body = False
    return chapters


def sub_chapters(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes as the numbered sub-chapters of a cue chapter ("3 Satsingsområde" / "3.1 Levande
    lokalsamfunn" <text> / "3.2 Oppvekst" <text> ... "4 Arealstrategi"), each opening a text; deeper
    sub-chapters ("3.1.1 Delmål") and text between them are passed over. Sub-chapters without text between
    them are a table of contents (read elsewhere). A count in the chapter's intro must agree."""
    head = _MARKDOWN_MARK.sub("", lines[ann.line_index].text)
    found = _CHAPTER.match(head)
    if not found or not lists.is_heading(head):
        return None
    own = re.compile(rf"^{found.group('n')}\.(?P<k>\d{{1,2}})\.?\s+(?=[^\W\d])")
    items: list[Span] = []
    body = True
    for line in lines[ann.line_index + 1 : ann.line_index + 1 + rules.rules.max_numbered_span]:
        text = _MARKDOWN_MARK.sub("", line.text)
        sub = own.match(text)
        if sub and lists.is_heading(text):
            if not body or int(sub.group("k")) != len(items) + 1:
                return None
            items.append(lists.clean_label(lists.trim(line.end - len(text) + sub.end(), text[sub.end() :])))
            body = False
        elif _CHAPTER.match(text) and lists.is_heading(text):
            break  # the next chapter
        else:
            body = True
    count = ann.count or _intro_count(lines, ann.line_index, rules)
    return items if len(items) >= 2 and count in (None, len(items)) else None


def _intro_count(lines: list[Line], index: int, rules: Cues) -> int | None:
    """The count the paragraph under a chapter heading announces ("... valt fem satsingsområde.")."""
    if index + 1 >= len(lines):
        return None
    found = counted(lines[index + 1], rules)
    return rules.count(found.group("n")) if found else None
