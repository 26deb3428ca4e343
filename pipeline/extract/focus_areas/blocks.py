"""List shapes laid out over lines: numbered or labelled cue headings, a table of contents' sub-entries,
a table column, marked or plain items after the cue, and theme headings each opening a section."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.focus_areas.announcements import Announcement, counted
from pipeline.extract.focus_areas.chapters import counted_chapters
from pipeline.extract.focus_areas.rules import Cues, mark_position
from pipeline.text import sections
from pipeline.text import structure as lists
from pipeline.text.structure import Item, Line, Span

_NUMBER_CELL = re.compile(r"\d{1,3}[.)]?")
_LETTER = re.compile(r"^(?P<mark>[A-Ja-j]|[IVX]{2,4}(?=[.)]))(?:[.)]\s+|\s+(?=(?-i:[A-ZÆØÅÄÖÜ])))")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def numbered_cue_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes that carry the cue word and a number on their own lines ("Tema 1: Grøn omstilling"
    ... "Tema 2: Klima", also as "## Tema 1: ..." or "3. Tema 1: ..."), running text between them
    allowed; read from number 1 on. A table of contents lists the same headings before the body:
    when the run starts again at 1 with the same labels, the body's headings are the ones reported."""
    first = rules.numbered_cue.match(lines[ann.line_index].text)
    if not first or mark_position(first.group("n")) != 1:
        return None
    runs = _numbered_runs(lines, ann.line_index, rules.numbered_cue, rules)
    contents = _without_page_refs(runs[0])
    if len(runs) > 1 and _same_labels(contents, runs[1]):
        return [_entry_label(span, rules) for span in runs[1]]
    return [_entry_label(span, rules) for span in contents]


def numbered_heading_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes as numbered headings after a word that is no cue on its own ("Mål 1: Grøn energi",
    "Actielijn 2: Bouwen", in a strategy also "Hoofdstuk 3: Zorg"). Stricter than a cue word's headings:
    every one must be a heading, a second run from 1 must repeat the first (a table of contents), not
    start other labels (the same goals numbered again under each theme), and a document's own parts
    ("Hoofdstuk 1: Inleiding", "Financiën") are left out. A run after an earlier one of the same word
    is the next theme's goals, not a list of its own."""
    first = rules.numbered_heading.match(lines[ann.line_index].text)
    if rules.chapter.fullmatch(first.group("cue")) and not _strategy_title(lines, rules):
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
    return [label for label in labels if not rules.not_themes.fullmatch(label.text)]


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
        runs[-1].append(lists.trim(line.start + match.end(), line.text[match.end() :]))
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


def _strategy_title(lines: list[Line], rules: Cues) -> bool:
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


def toc_entries(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """A table of contents whose entries are the themes: the cue is an entry ("2. Satsingsområder 5")
    and its numbered sub-entries ("2.1 Klima og miljø 6") name them."""
    limit = ann.count or rules.rules.max_items + 1
    entries = sections.toc_sub_entries(lines, ann.line_index, limit=limit)
    return [lists.clean_label(entry.span) for entry in entries] or None


def table_column(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """A table written as text (tabs, wide gaps or pipes) whose column names the themes: the column headed
    by the cue word ("Indsatsområde | Mål | Ansvar", "Nr. | Tema | Mål"), on the cue line itself or on the
    line after a cue heading or lead-in; under a cue heading a table without one gives its first column."""
    header = ann.line_index
    if len(lists.table_cells(lines[header])) < 2:
        line = lines[header]
        if header + 1 >= len(lines) or not (lists.is_heading(line.text) or line.text.endswith(":")):
            return None
        header += 1
    cells = lists.table_cells(lines[header])
    if len(cells) < 2:
        return None
    column = next((n for n, cell in enumerate(cells) if rules.cue.fullmatch(cell.text)), None)
    if column is None and (header != ann.line_index or rules.cue.search(cells[0].text)):
        column = 0
    if column is None:
        return None
    rows = _column(lines, header, column, rules)
    if column == 0 and rows and all(_NUMBER_CELL.fullmatch(item.text) for item in rows):
        rows = _column(lines, header, 1, rules)  # a row-number column
    return [lists.clean_label(item.span) for item in rows]


def _column(lines: list[Line], header: int, column: int, rules: Cues) -> list[Item]:
    read = lists.pipe_table_column_at if lines[header].text.startswith("|") else lists.table_column_at
    return read(lines, header, column, limit=rules.rules.max_items + 1)


def following_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """The list on the lines after the cue: marked items, one item a line, numbered headings (also
    with lead-ins and sub-items between them), or section headings each opening a text. Under a
    heading naming one theme ("Fokusområde: Sundhed") the list is that theme's goals or actions."""
    line = lines[ann.line_index]
    if _is_labelled_heading(line, rules):
        return None
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
    limit = (ann.count or rules.rules.max_items) + 1  # one more than promised, so a longer list is seen
    items = _lettered_lines(lines, start, limit)
    items = items or lists.list_after(lines, start, allow_plain=colon or heading, limit=limit)
    if len(items) < 2 and (heading or ann.count):
        items = sections.numbered_headings_after(lines, start, limit=limit)
    if len(items) < 2 and (colon or heading or ann.count):
        items = sections.numbered_sections_after(lines, start, limit=limit)
    if len(items) < 2 and (heading or ann.count):
        items = sections.headings_with_text_after(lines, start, limit=limit, skip=rules.navigation)
    if len(items) < 2 and (colon or heading or ann.count):
        items = _numbered_items_with_text(lines, start, limit)
    if sections.looks_like_toc(items):
        return []
    return [item_label(item, rules) for item in _before_furniture(items, rules)]


def _lettered_lines(lines: list[Line], start: int, limit: int) -> list[Item]:
    """Items lettered A, B, C ... or numbered I, II, III ... one a line ("A. Levande lokalsamfunn",
    "b) Klima", "C Næring", "II. Wonen"), from the line after `start` while the sequence runs on."""
    items: list[Item] = []
    for line in lines[start + 1 : start + 1 + limit]:
        found = _LETTER.match(line.text)
        mark = found.group("mark").upper() if found else ""
        if not found or mark not in (chr(ord("A") + len(items)), _ROMAN[len(items) % len(_ROMAN)]):
            break
        if items and (mark == _ROMAN[len(items)]) != (items[-1].number == _ROMAN[len(items) - 1]):
            break  # "I" then "B": two sequences mixed
        body = lists.trim(line.start + found.end(), line.text[found.end() :])
        items.append(Item(body.start, body.end, body.text, "letter", mark))
    return items if len(items) >= 2 else []


def _numbered_items_with_text(lines: list[Line], start: int, limit: int) -> list[Item]:
    """Numbered items written as sentences with text between them ("1. Sundhed – alle skal have et godt
    liv." / <paragraph> / "2. Læring – ..."), from the line after `start` while the numbering runs on;
    an unnumbered heading (the next section) ends them."""
    items: list[Item] = []
    for line in lines[start + 1 :]:
        item = lists.parse_item(line)
        if item.kind == "number" and "." not in (item.number or ""):
            previous = items[-1].number if items else "0"
            if not lists.follows(previous or "", item.number or ""):
                break
            items.append(item)
            if len(items) >= limit:
                break
        elif not items or item.kind == "plain" and lists.is_heading(line.text):
            break
    return items


def sections_after(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Unnumbered theme headings, each opening a section of text, after a cue paragraph that goes on
    after its cue ("Strategien har fire indsatsområder. De beskrives nedenfor.") or after a cue heading
    and an intro of a paragraph or two ("Thema's" / "Op deze pagina leest u ..."). Without a count the cue
    paragraph must be short: a long one is running text that happens to name a cue word."""
    line = lines[ann.line_index]
    heading = lists.is_heading(line.text)
    start = ann.line_index
    if _is_labelled_heading(line, rules):
        return None  # "Thema: Wonen" names one theme; the paragraph under it is its text, not an intro
    if heading and start + 1 < len(lines) and _is_short_paragraph(lines[start + 1].text, rules):
        start += 1
    elif heading and _intro_end(lines, start, rules) > start:
        start = _intro_end(lines, start, rules)
    elif not (ann.count or rules.context.search(line.text) and _is_short_paragraph(line.text, rules)):
        return None
    count = ann.count or _paragraph_count(lines[ann.line_index : start + 1], rules)
    limit = (count or rules.rules.max_items) + 1  # one more than promised, so a longer run is seen
    items = _sections_from(lines, start, limit, count, rules)
    # past a list of other things or a paragraph more of introduction
    for later in (_list_end(lines, start), _intro_end(lines, start, rules)):
        if count and len(items) != count and later > start:
            items = _sections_from(lines, later, limit, count, rules)
    if count and len(items) != count:
        items = counted_chapters(lines, start, count, rules)
    if count and len(items) != count:
        return []
    return [item_label(item, rules) for item in items]


def _sections_from(lines: list[Line], start: int, limit: int, count: int | None, rules: Cues) -> list[Item]:
    """Theme headings after an intro: unnumbered with a body each, with subtitles, or numbered; the
    first reading that gives as many as counted (at least two), up to a heading that is no theme."""
    readings = (
        sections.headings_with_text_after(lines, start, limit=limit, skip=_skipped(lines, start, rules)),
        sections.subtitled_headings_after(lines, start, limit=limit, skip=rules.navigation),
        sections.numbered_headings_after(lines, start, limit=limit),
    )
    themes = [_before_furniture(items, rules) for items in readings]
    for items in themes:
        if len(items) >= 2 and (not count or len(items) == count):
            return items
    return themes[0]


def _skipped(lines: list[Line], start: int, rules: Cues) -> re.Pattern:
    """Lines passed over between theme sections: navigation, and the sub-headings every theme repeats
    ("Mål" / "Indsatser", "Wat willen we bereiken?"): a heading seen twice after the cue is a part of
    each theme, not a theme."""
    seen: Counter[str] = Counter(
        line.text.casefold()
        for line in lines[start + 1 : start + 1 + rules.rules.max_numbered_span]
        if not lists.has_list_marker(line.text)
        and (lists.is_heading(line.text) or lists.is_sentence(line.text) and len(lists.words(line.text)) <= 6)
    )
    repeated = [re.escape(text) for text, n in seen.items() if n > 1]
    if not repeated:
        return rules.navigation
    return re.compile(rf"(?:{rules.navigation.pattern})|(?:{'|'.join(repeated)})$", re.IGNORECASE)


def _list_end(lines: list[Line], start: int) -> int:
    """The last line of a marked list right after `start` (`start` when none follows): a counted cue
    may be followed by a list of something else ("... fem mål:" / bullets) before its theme sections."""
    end = start
    while end + 1 < len(lines) and lists.has_list_marker(lines[end + 1].text):
        end += 1
    return end


def _intro_end(lines: list[Line], heading: int, rules: Cues) -> int:
    """The last line of a longer introduction under a cue heading: up to intro_paragraphs paragraphs of
    running text, about nothing vetoed, of at most long_intro_words words together; `heading` if none."""
    end, total = heading, 0
    for index in range(heading + 1, min(heading + 1 + rules.rules.intro_paragraphs, len(lines))):
        text = lines[index].text
        total += len(lists.words(text))
        if not lists.is_sentence(text) or lists.has_list_marker(text) or rules.veto.search(text):
            break
        if total > rules.rules.long_intro_words:
            break
        end = index
    return end


def _before_furniture(items: list[Item], rules: Cues) -> list[Item]:
    """Section headings up to the first one that belongs to the web page or the document, not the
    strategy ("Kontakt", "Økonomi", "Tot slot")."""
    for position, item in enumerate(items):
        text = item.text.strip()
        if rules.furniture.fullmatch(text) or rules.not_themes.fullmatch(text):
            return items[:position]
    return items


def _paragraph_count(paragraph: list[Line], rules: Cues) -> int | None:
    """The count a cue paragraph or intro announces anywhere in it ("... kent vier hoofdthema's.")."""
    for line in paragraph:
        found = counted(line, rules)
        if found:
            return rules.count(found.group("n"))
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
    return short and not (rules.veto.search(text) or rules.goal_lead.match(text) or rules.other_list.search(text))


def item_label(item: Item, rules: Cues) -> Span:
    """The item's own name: its first sentence when an explanation follows it."""
    first = lists.sentences(item.start, item.text, rules.conventions.abbreviations)
    return lists.clean_label(first[0] if first else item.span)
