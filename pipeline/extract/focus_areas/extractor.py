"""Extractor for the `focus_areas` table: the strategy's own enumerated themes.

A list only counts when something announces it: a cue word naming the themes ("fem målområder",
"de twee speerpunten", "skal fortsat prioriteres - inden for:"), a sentence tying the strategy to
its themes ("Handleplanen drejer sig om ...", "Het beleid richt zich op ..."), or, in a paragraph
about the strategy itself, a sentence announcing "N things". The list is then read in the first
shape that fits: "Tema 1: ..." headings, a table of contents' sub-entries, a table column, marked
or plain items, numbered or unnumbered section headings, a run-in enumeration. A count must agree
with what is read. Lists of other things are told apart by veto words (a vision, an event's
sessions, an agenda, items reported done), a singular cue ("Under indsatsområdet Klima ...": one
theme's contents), a lead-in naming projects or results, a text denying it is a theme, and weak cues
(everyday words such as "ambities", "prioriterer") that need a heading, a count or the strategy named;
in reports and minutes only a count. Strategies repeat their list, often reworded, so the first full
list in the document is the one reported. Without any cue, a programme's chapters, or the sections of a
strategy named by its title between its opening and follow-up parts, are its themes; in a plan's
status report, sibling headings that each name a policy field (reports.py); in a report, a count of a
cue word in the text must agree with the themes read, whichever reader read them. The document's own
parts (introduction, vision, follow-up, finances, the cue heading itself) are never themes (parts.py).
Cue words and parts live in models/focus_areas/.

Where a list is announced: announcements.py; cue headings: headings.py; other shapes laid out over
lines: blocks.py; chapters: chapters.py; shapes inside running text: inline.py; a label cut to the
theme's name: labels.py; which reading is kept: this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pipeline.dataset.rows import FocusAreaRow
from pipeline.document import Document
from pipeline.extract.focus_areas.announcements import Announcement, announcements
from pipeline.extract.focus_areas.blocks import following_lines, sections_after, table_column, toc_entries
from pipeline.extract.focus_areas.chapters import (
    chapters_after_cue_chapter,
    programme_chapters,
    strategy_sections,
    sub_chapters,
)
from pipeline.extract.focus_areas.headings import (
    coded_heading_lines,
    is_labelled_heading,
    labelled_cue_lines,
    numbered_cue_lines,
    numbered_heading_lines,
    split_numbered_cue_lines,
    strategy_titled,
)
from pipeline.extract.focus_areas.inline import (
    copula_enumeration,
    direct_enumeration,
    flat_contents_entries,
    next_line_enumeration,
    run_in_enumeration,
    run_in_sentences,
)
from pipeline.extract.focus_areas.labels import bare
from pipeline.extract.focus_areas.parts import is_part
from pipeline.extract.focus_areas.reports import plan_report_themes
from pipeline.extract.focus_areas.rules import Cues, cues
from pipeline.text import structure as lists
from pipeline.text.metadata import filed_as_news
from pipeline.text.structure import Line, Span


def extract(doc: Document) -> list[FocusAreaRow]:
    rules = cues(doc.language)
    if rules is None:
        return []
    lines = doc.lines
    if doc.doc_type in rules.rules.minutes_types and not strategy_titled(lines, rules):
        return []  # a meeting's cases: "Planen har fire satsingsområder: ..." names the themes of an item voted on
    news = filed_as_news(doc.text, doc.language)
    record = doc.doc_type in rules.rules.record_types or news
    found = list(announcements(lines, rules, record))
    reports = _reports(doc, rules)
    # a news page's headings are news items, even under a title naming a programme ("... en meerjarenplan"); a
    # report on a programme ("Evaluering av samarbeidsavtalen ...") has its own chapters: status, assessment, advice
    labels = _first_list(lines, found, rules) or ([] if news or reports else programme_chapters(lines, rules))
    if reports:
        labels = _counted(labels or plan_report_themes(lines, rules), found, rules)
    elif not labels and not any(ann.count for ann in found) and not record:
        labels = strategy_sections(lines, rules)  # a count no reading agreed with is not overruled
    labels = _themes_only(bare(labels, lines, rules), rules)  # ordinals count themes only
    return [
        FocusAreaRow(
            municipality=doc.municipality, ordinal=n, label=label.text, **doc.provenance(label.start, label.end)
        )
        for n, label in enumerate(labels, start=1)
    ]


def _reports(doc: Document, rules: Cues) -> bool:
    """The document reports on something: its type says so, or a word of its title ("Rapportering 2024")."""
    title = doc.lines[: rules.rules.title_lines]
    return doc.doc_type in rules.rules.report_types or any(rules.report_title.search(line.text) for line in title)


def _counted(labels: list[Span], found: list[Announcement], rules: Cues) -> list[Span]:
    """`labels` when no count was announced or one agrees with them, else []. Any count of a cue word in
    the announcing sentences may be the themes' ("14 indsatser fordelt på tre indsatsområder")."""
    counts = {ann.count for ann in found if ann.count}
    counts |= {
        rules.count(m.group("n")) for ann in found if ann.count for m in rules.counted_cue.finditer(ann.sentence.text)
    }
    return labels if not counts or len(labels) in counts else []


_CONTENTS_READERS = (numbered_cue_lines, split_numbered_cue_lines, labelled_cue_lines, toc_entries, sub_chapters)
_LEADER_ENTRY = re.compile(r"(?:\.{4,}|…{2,})\s*\d+\s*$")  # an entry of a table of contents, dot leaders to its page
Reader = Callable[[list[Line], Announcement, Cues], "list[Span] | None"]
# Readers of a list inside the announcing sentence: after "drie uitgangspunten: a, b en c" nothing else is announced.
_IN_SENTENCE: tuple[Reader, ...] = (run_in_enumeration, run_in_sentences, copula_enumeration, direct_enumeration)

# Readers of headings that carry the cue word itself ("Satsingsområde 2: ...", "Thema: Wonen").
_CUE_HEADINGS: frozenset[Reader] = frozenset(
    {numbered_cue_lines, split_numbered_cue_lines, labelled_cue_lines, numbered_heading_lines}
)


def _first_list(lines: list[Line], found: Iterable[Announcement], rules: Cues) -> list[Span]:
    """The first list a theme word announces; a list of main goals ("tre hovudmål:") only when no
    theme word announces one: a plan that names both has goals above its themes. A list of lower-case
    phrases ("Satsingsområda skal bidra til:" / "- betre folkehelse"), one read from a heading carrying
    the cue word on, or a report's chapters (one of them the cue heading, "Status per innsatsområde", or all
    read after a sentence counting the themes, "14 tiltak fordelt på tre innsatsområde.") gives way to
    headings that carry the cue word ("Satsingsområde 1: Levande lokalsamfunn"): those name the themes."""
    goals: list[Span] = []
    lower: list[Span] = []
    for ann in found:
        labels, reader = _labels(lines, ann, rules)
        if lower and reader not in _CUE_HEADINGS:
            continue
        if labels and not ann.goals:
            lowered = all(label.text[:1].islower() for label in labels)
            chapters = any(is_part(label.text, rules) for label in labels)  # "Status per innsatsområde" among them
            chapters = chapters or (reader is sections_after and lists.is_sentence(ann.sentence.text))
            if reader in _CUE_HEADINGS or not (lowered or chapters or _opens_on_cue_heading(lines, labels[0], rules)):
                return labels
            lower = lower or labels
            continue
        goals = goals or labels
    return lower or goals


def _opens_on_cue_heading(lines: list[Line], label: Span, rules: Cues) -> bool:
    """A list read after a sentence ("Handlingsprogrammet har tre innsatsområde.") that starts on, or right
    under, a heading carrying the cue word ("INNSATSOMRÅDE A – Gode oppvekstmiljø"): the headings name the
    themes, the lines read are what stands under the first."""
    index = next((i for i, line in enumerate(lines) if line.start <= label.start < line.end), None)
    return index is not None and any(
        rules.numbered_cue.match(line.text) or is_labelled_heading(line, rules)
        for line in lines[max(index - 1, 0) : index + 1]
    )


def _labels(lines: list[Line], ann: Announcement, rules: Cues) -> tuple[list[Span], Reader | None]:
    """The announced list, read in the first shape that fits, and the reader that read it; [] when none
    does."""
    readers = (
        numbered_cue_lines,
        split_numbered_cue_lines,
        labelled_cue_lines,
        toc_entries,
        sub_chapters,
        chapters_after_cue_chapter,
        table_column,
        coded_heading_lines,
        next_line_enumeration,
        following_lines,
        sections_after,
        run_in_enumeration,
        run_in_sentences,
    )
    if ann.numbered_heading:
        readers = (numbered_heading_lines,)
    elif _LEADER_ENTRY.search(lines[ann.line_index].text):  # "Onze speerpunten ....... 4": a contents entry
        readers = (*_CONTENTS_READERS, following_lines)
    elif ann.arranged:
        readers = (sections_after,)
    elif ann.flat_contents:
        readers = (flat_contents_entries,)
    elif ann.about:
        readers = (direct_enumeration,)
    elif ann.single:
        readers = (numbered_cue_lines, split_numbered_cue_lines, labelled_cue_lines, toc_entries, table_column)
    else:
        readers = (*readers, copula_enumeration, direct_enumeration)
    if ann.count and _listed_after_colon(ann) and run_in_enumeration in readers:  # "tre innsatsområder: a, b og c."
        readers = tuple(r for r in _IN_SENTENCE if r in readers)
    for reader in readers:
        labels = reader(lines, ann, rules)
        if labels is None:
            continue
        labels = _dedupe(_themes_only(labels, rules))
        if _valid(labels, ann, rules):
            return labels, reader
    return [], None


def _listed_after_colon(ann: Announcement) -> bool:
    """The counted cue's sentence lists its themes itself, after a colon right behind the cue: that list, not the
    document's sections further down, is the one announced."""
    tail = ann.sentence.text[ann.cue_end - ann.sentence.start :]
    head, colon, rest = tail.partition(":")
    return bool(colon) and not lists.words(head) and len(lists.words(rest)) >= 2


def _valid(labels: list[Span], ann: Announcement, rules: Cues) -> bool:
    """Two to max_items labels of sensible length, as many as the cue announced, not all of them the
    document's own parts; after a counted everyday noun ("fire områder:") only short noun phrases, so a
    list of sentences is not taken."""
    count = ann.count
    if not 2 <= len(labels) <= rules.rules.max_items or (count is not None and len(labels) != count):
        return False
    if all(is_part(lab.text, rules) for lab in labels):
        return False  # the document's own parts ("samfunnsdelen og arealdelen"), not its themes
    if all(rules.goal_lead.match(lab.text) for lab in labels):
        return False  # "Delmål: ..." under each theme: the themes' goal fields, read as headings
    longest = rules.rules.max_inline_words if ann.short_items else rules.rules.max_label_words
    return all(len(lists.words(lab.text)) <= longest for lab in labels)


def _themes_only(labels: list[Span], rules: Cues) -> list[Span]:
    """The labels without empty ones and a page's furniture read among them: a running header or footer
    ("Testkommune · Klimaplan 2026–2030 · side 3"), a link or a caption is never a theme."""
    return [label for label in labels if label.text and not rules.navigation.match(label.text)]


def _dedupe(labels: list[Span]) -> list[Span]:
    seen: set[str] = set()
    out = []
    for label in labels:
        key = label.text.casefold()
        if key not in seen:
            seen.add(key)
            out.append(label)
    return out
