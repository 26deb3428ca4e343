"""A status or progress report of a plan, laid out by the plan's themes without a cue word saying so:
sibling section headings ("TRANSPORT", "Bygg og energi") each over its own rows (actions with their
status, a table, a paragraph), in a report whose title names the plan ("Klimaplan 2030 – status 2025").

The layout alone cannot tell a theme from an implementation agenda's locations ("Stationsplein") or
project groups ("Afgeronde projecten"), so every heading of the run must name a policy field
(`theme_fields` in models/focus_areas/<lang>.json, catalogued from the sectors municipal plans report
on); one heading that names none makes the run no list of themes. Upper-case headings, when the report
has them, are the theme level: the rows under them are the plan's actions. A heading numbered by a word
that is no theme word ("Tiltak 12 ...", "Actie 2.3 ...") heads one of those actions, never a theme. Read
only when no announced list was found; a count in the text ("fordelt på tre temaer") must agree.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.focus_areas.parts import between_parts, title_of
from pipeline.extract.focus_areas.rules import Cues
from pipeline.text import structure as lists
from pipeline.text.structure import Line, Span

# An item numbered under its theme ("Actie 1.1 ...", "Tiltak 2.3:", "1.2 ..."): an action, not a theme.
_SUB_ITEM = re.compile(r"^\s*(?:[^\W\d]{1,12}\.?\s*)?\d{1,2}\.\d{1,2}(?!\d)")
# An action headed by its own word and number ("Tiltak 12 Ladepunkter", "Actie 4: ...", "Tiltak nr. 3 ..."):
# an item when the word is no theme word ("Tema 1 Transport" is the theme level).
ACTION_HEADING = re.compile(r"^\s*(?P<word>[^\W\d]{2,15})\s+(?:nr\.\s*)?\d{1,3}(?:\.\d{1,2})*[.:)]?\s+(?=\w)")
_ROW = re.compile(r"^[^:–—]{2,80}?(?::|\s[–—-])\s+\S")  # "Elbusser – gennemført", "Ladepunkter: pågår"
_PERIOD = re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?(?!\d)")  # "2024-2027, peildatum ..."
_CHAPTER = re.compile(r"^\s*\d{1,2}[.)]?\s+(?=[^\W\d])")  # "1. TRANSPORT", "2 Energi": the chapter's number


def plan_report_themes(lines: list[Line], rules: Cues) -> list[Span]:
    """The theme headings of a plan's status report, [] when the title names no plan or a heading of
    the run names no policy field. A heading repeated under every theme ("Handlinger") is part of each."""
    title = title_of(lines, rules)
    if not title or any(rules.budget_title.search(line.text) for line in lines[: rules.rules.title_lines]):
        return []  # a budget or economic plan is laid out by committee areas, not by a plan's themes
    start = _body_start(lines, rules)
    seen = Counter(line.text.casefold() for line in lines[start:] if _plain_heading(line))
    repeated = frozenset(text for text, n in seen.items() if n > 1)
    heads = [
        index
        for index in range(start, len(lines) - 1)
        if _opens_section(lines, index, rules, repeated) and lines[index].text.casefold() not in title
    ]
    upper = [index for index in heads if _upper(lines[index].text)]
    run = [lists.clean_label(lines[index]) for index in upper or heads]
    run = [span for span in run if not rules.furniture.fullmatch(span.text)]
    themes = between_parts(run, rules, title, text=lambda span: span.text)
    if not rules.rules.min_report_themes <= len(themes) <= rules.rules.max_chapters:
        return []
    return themes if all(rules.theme_field.search(span.text) for span in themes) else []


def _body_start(lines: list[Line], rules: Cues) -> int:
    """The first line after the title: past the headings at the top that name the plan or the report, or its
    period ("2024-2027, peildatum 1 juni 2026")."""
    start = 1
    for line in lines[1 : rules.rules.title_lines]:
        named = rules.strategy_title.search(line.text) or rules.report_title.search(line.text)
        named = named or _PERIOD.match(line.text)
        if not (named and lists.is_heading(line.text)):
            break
        start += 1
    return start


def _opens_section(lines: list[Line], index: int, rules: Cues, repeated: frozenset[str]) -> bool:
    """A heading over its own section ("TRANSPORT", "2. Energi"), not numbered as an item and not a
    reported item's own heading ("Cykelsti" / "Status: ..."): in capitals over any rows, else over rows
    with their status ("Elbusser – gennemført"), running text, list items, a table or items numbered
    under it (other heading-like lines under a title-case heading leave its level unclear). A sub-heading
    every theme repeats (`repeated`: "Handlinger") is part of each section: passed over, never a theme."""
    line = lines[index]
    below = next((after for after in lines[index + 1 :] if after.text.casefold() not in repeated), line)
    name = _CHAPTER.sub("", line.text, count=1)
    if (
        line.text.casefold() in repeated
        or below is line
        or not lists.is_heading(name)
        or lists.parse_item(Line(0, len(name), name)).kind != "plain"
    ):
        return False
    if _item(line.text, rules) or rules.item_field.match(below.text):
        return False
    if _upper(name):
        return not _upper(lines[index - 1].text)  # a title broken over two lines in capitals
    if _ROW.match(line.text):
        return False  # an action row with its status, not a heading
    return (
        bool(_ROW.match(below.text))
        or lists.is_sentence(below.text)
        or lists.parse_item(below).kind != "plain"
        or len(lists.table_cells(below)) > 1
        or _item(below.text, rules)
        or not lists.is_heading(below.text)
    )


def _item(text: str, rules: Cues) -> bool:
    """A heading numbered as one of a theme's actions ("Tiltak 1.2 ...", "Actie 4 ...", "2.3 ...")."""
    found = ACTION_HEADING.match(text)
    return bool(_SUB_ITEM.match(text)) or (found is not None and not rules.cue.fullmatch(found.group("word")))


def _plain_heading(line: Line) -> bool:
    """A heading line that is no list item, no table row and no row with its status."""
    return lists.is_heading(line.text) and lists.parse_item(line).kind == "plain" and not _ROW.match(line.text)


def _upper(text: str) -> bool:
    """Written in capitals ("BYGG OG ENERGI"): a report's theme level when it has one."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) > 2 and all(char.isupper() for char in letters)
