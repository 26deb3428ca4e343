"""A theme's label is its name only: what a list's shape leaves around the name is cut here, after the
list was read. Numbering ("1 ", "A. ", "Spoor 2:"), a cue word prefix ("Satsingsområde 2:", "Thema:"),
a table's pipe, a table of contents' dot leaders and page number, an explanation after a colon or dash,
and trailing punctuation. Cuts that could also be part of a name (a bare number, a page number, a short
subtitle) are made only when every label of the list shares the shape.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.focus_areas.reports import ACTION_HEADING
from pipeline.extract.focus_areas.rules import NUMBER_SEPARATOR, Cues
from pipeline.text import sections
from pipeline.text import structure as lists
from pipeline.text.structure import Line, Span

_EXPLAINED = re.compile(r"(?P<head>\w[^:–—]{0,60}?\w)\s*(?::|\s[–—-])\s+\S+(?:\s+\S+)+")
_SENTENCE_AFTER = re.compile(r"(?P<head>\w[^:–—]{0,60}?\w)\s*(?::|\s[–—-])\s+(?-i:[A-ZÆØÅÄÖÜ])\S*(?:\s+\S+){5,}")
_CONTINUATION = re.compile(r"[a-zæøåäöüé][\w-]*(?:\s+[\w-]+){0,3}")  # "lokalsamfunn", "og miljø"
# "Spoor 2: ...", "Strategische doelstelling 2 – ...", "BD2 ...": a numbering word (or two) and its number.
_NUMBERED = re.compile(
    rf"(?P<word>[^\W\d]+(?:\s+[^\W\d]+)?)\s*(?:\d{{1,2}}|[A-J](?=\s*{NUMBER_SEPARATOR}\s|\s+[A-ZÆØÅÄÖÜ]{{2}}))"
    rf"(?:\s*{NUMBER_SEPARATOR}\s+(?=\w)|\s+(?=(?-i:[A-ZÆØÅÄÖÜ])))"
)
# A heading run together with the first numbered action under it ("Bygg og energi Tiltak 3 Ladepunkter").
_RUN_IN_ITEM = re.compile(
    r"\s+(?P<word>(?-i:[A-ZÆØÅÄÖÜ])[^\W\d]{1,14})\s+(?:nr\.\s*)?\d{1,3}(?:\.\d{1,2})*[.:)]?(?:\s|$)"
)
_MARKED = re.compile(r"^(?:\|\s*)?(?:\d{1,2}(?:\.\d{1,2})*[.):]|[A-Za-z][.)]|\(\d{1,2}\)|[IVX]{1,4}\.)\s+(?=\w)")
_BARE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+(?=(?-i:[A-ZÆØÅÄÖÜ]))")
_BARE_LETTER = re.compile(r"^(?P<letter>[A-Za-z])\s+(?=(?-i:[A-ZÆØÅÄÖÜ]))")
_LEADERS = re.compile(r"\s*(?:\.{2,}|…+|\s\.\s\.)[\s.…]*\d{0,3}\s*$")
_PIPES = re.compile(r"^\|\s*|\s*\|$")
# "(s. 12)", also cut after its abbreviation's full stop by the sentence reader ("... fritid (s")
_PAGE_NOTE = re.compile(r"\s*\((?:s|side|sida|p|pag|blz)\.?(?:\s*\d{1,3}\)?)?$", re.IGNORECASE)


def bare(labels: list[Span], lines: list[Line], rules: Cues) -> list[Span]:
    """The labels of one list cut to the themes' names, in the order of the cuts above."""
    labels = _without_run_in_items(_continued(labels, lines), lines, rules)
    labels = [_cleaned(_without_cue_prefix(_without_marks(label), rules)) for label in labels]
    labels = _without_shared_number(_without_letters(_without_shared(labels, _BARE_NUMBER)))
    labels = _without_shared_page_refs(labels)
    labels = _without_explanation(labels)
    return [_heading_form(label, lines) for label in labels]


def _cleaned(span: Span) -> Span:
    return lists.clean_label(lists.trim(span.start, span.text))


def _without_marks(label: Span) -> Span:
    """A label without a table's pipes, dot leaders, a page note ("(side 12)") and a list mark of its
    own ("2.", "B)", "IV.")."""
    text, start = label.text, label.start
    for pattern in (_PIPES, _LEADERS, _PAGE_NOTE):
        found = pattern.search(text)
        while found and found.group(0):
            if found.start() == 0:
                start, text = start + found.end(), text[found.end() :]
            else:
                text = text[: found.start()]
            found = pattern.search(text)
    found = _MARKED.match(text)
    if found and found.end() < len(text):
        start, text = start + found.end(), text[found.end() :]
    return Span(start, start + len(text), text)


def _without_cue_prefix(label: Span, rules: Cues) -> Span:
    """ "Satsingsområde 2: Oppvekst" / "Thema: Wonen" as an item of a list: the cue word and its number
    introduce the name, they are not part of it."""
    found = re.match(rf"(?:{rules.cue.pattern})(?:\s+\d{{1,2}})?\s*[:–—-]\s+(?=\w)", label.text, re.IGNORECASE)
    if not found or found.end() >= len(label.text):
        return label
    return lists.trim(label.start + found.end(), label.text[found.end() :])


def _without_run_in_items(labels: list[Span], lines: list[Line], rules: Cues) -> list[Span]:
    """Labels cut before an action heading a wrapped line ran into them ("Bygg og energi Tiltak 3 ..."):
    cut only when the word numbers actions elsewhere, opening lines of the document or run into two
    labels, and is no theme word."""
    found = [_RUN_IN_ITEM.search(label.text) for label in labels]
    words = Counter(m.group("word").casefold() for m in found if m)
    words.update({m.group("word").casefold() for line in lines if (m := ACTION_HEADING.match(line.text))})
    out = []
    for label, match in zip(labels, found, strict=True):
        word = match.group("word") if match else ""
        if match and words[word.casefold()] > 1 and not rules.cue.fullmatch(word):
            label = lists.trim(label.start, label.text[: match.start()])
        out.append(label)
    return out


def _without_shared(labels: list[Span], pattern: re.Pattern) -> list[Span]:
    """Labels cut of a prefix every one of them carries ("1 Oppvekst", "2 Helse")."""
    found = [pattern.match(label.text) for label in labels]
    if len(labels) < 2 or None in found:
        return labels
    return [lists.trim(label.start + m.end(), label.text[m.end() :]) for label, m in zip(labels, found, strict=True)]


def _without_letters(labels: list[Span]) -> list[Span]:
    """Labels lettered A, B, C ... without punctuation ("A Levande lokalsamfunn"): the letters go when
    they run on from A through every label."""
    found = [_BARE_LETTER.match(label.text) for label in labels]
    if len(labels) < 2 or None in found:
        return labels
    if [m.group("letter").upper() for m in found] != [chr(ord("A") + n) for n in range(len(labels))]:
        return labels
    return [lists.trim(label.start + m.end(), label.text[m.end() :]) for label, m in zip(labels, found, strict=True)]


def _without_shared_number(labels: list[Span]) -> list[Span]:
    """Labels cleaned of a numbering word they all share ("Spoor 1: Armoede", "Spoor 2: Schulden", "BD1
    Zorg", "Strategische doelstelling 1: ...", "LIJN A VEILIG NAAR SCHOOL"): the word is the list's own
    numbering, whatever word the document uses for it."""
    found = [_NUMBERED.match(label.text) for label in labels]
    if not labels or None in found or len({m.group("word").casefold() for m in found}) != 1:
        return labels
    return [lists.trim(label.start + m.end(), label.text[m.end() :]) for label, m in zip(labels, found, strict=True)]


def _without_shared_page_refs(labels: list[Span]) -> list[Span]:
    """Entries of a table of contents read as labels: when every one ends in a page number, it goes."""
    stripped = [sections.without_page_ref(label) for label in labels]
    if len(labels) < 2 or None in stripped:
        return labels
    return [lists.clean_label(span) for span in stripped]


def _without_explanation(labels: list[Span]) -> list[Span]:
    """Labels cut before an explanation after a colon or a spaced dash ("Trivsel: Alle børn skal trives.",
    "Wonen – we bouwen 3.000 woningen"): the short head is the theme's name. A sentence after the head
    (six words or more, opening in capital) is cut on any label; a shorter tail only when every label
    carries one, so one theme's own subtitle ("Helse – mestring og inkludering" among plain names) stays."""
    shared = [_EXPLAINED.match(label.text) for label in labels]
    out = []
    for label, found in zip(labels, shared, strict=True):
        found = found if None not in shared else _SENTENCE_AFTER.match(label.text)
        out.append(lists.trim(label.start, found.group("head")) if found else label)
    return out


def _continued(labels: list[Span], lines: list[Line]) -> list[Span]:
    """Labels broken at a line end ("Satsingsområde 2: Et levende" / "lokalsamfunn"): a label ending its
    line takes the next line when that one opens in lower case and is a few words without a full stop."""
    if not labels:
        return labels
    after = {line.end: lines[n + 1] for n, line in enumerate(lines[:-1])}
    out = []
    for label in labels:
        nxt = after.get(label.end)
        if nxt and continues_label(nxt.text):
            label = Span(label.start, nxt.end, f"{label.text} {nxt.text}")
        out.append(label)
    return out


def continues_label(text: str) -> bool:
    """A line carrying on the label above it, broken at the line end: a few words opening in lower case,
    no full stop, no list marker ("lokalsamfunn", "og miljø")."""
    return bool(_CONTINUATION.fullmatch(text)) and not lists.has_list_marker(text)


def _heading_form(label: Span, lines: list[Line]) -> Span:
    """A run-in label ("eenheid") takes the form of the heading that names the same theme ("Eenheid")."""
    if not label.text[:1].islower():
        return label
    for line in lines:
        if line.text.casefold() == label.text.casefold():
            return line
    return label
