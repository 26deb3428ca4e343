"""List shapes laid out over lines: numbered or labelled cue headings, a table of contents' sub-entries,
a table column, marked or plain items after the cue, and theme headings each opening a section."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.extract.focus_areas.announcements import Announcement, counted
from pipeline.extract.focus_areas.chapters import counted_chapters
from pipeline.extract.focus_areas.headings import is_labelled_heading, item_label
from pipeline.extract.focus_areas.labels import continues_label
from pipeline.extract.focus_areas.letters import lettered_items, lettered_line
from pipeline.extract.focus_areas.parts import between_parts, title_of
from pipeline.extract.focus_areas.rules import Cues
from pipeline.text import sections
from pipeline.text import structure as lists
from pipeline.text.structure import Item, Line, Span

_CHAPTER_NUMBER = re.compile(r"^\s*(\d{1,2})\.?\s+(?=[^\W\d])")  # "4 Bakgrunn", "5. Klima"
# A sub-item numbered under its theme ("Actieplan 2.1 ...", "AP 2.1", "2.1 ...", "Tiltak 2.3:").
_SUB_ITEM = re.compile(r"^\s*(?:[^\W\d]{1,12}\.?\s*)?(?P<theme>\d{1,2})\.\d{1,2}(?!\d)")
_CODE_CELL = re.compile(r"(?:[^\W\d]{1,4}\.?\s?)?\d{1,3}(?:\.\d{1,2})?[.)]?")  # "3", "2.", "BD 1", "SD2", "Tema 4"


def toc_entries(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """A table of contents whose entries are the themes: the cue is an entry ("2. Satsingsområder 5")
    and its numbered sub-entries ("2.1 Klima og miljø 6") name them."""
    limit = ann.count or rules.rules.max_items + 1
    entries = sections.toc_sub_entries(lines, ann.line_index, limit=rules.rules.max_items + 1)
    entries = between_parts(entries, rules, title_of(lines, rules), text=lambda entry: entry.text)[:limit]
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
    rows = [item.span for item in _column(lines, header, column, rules)]
    if column == 0 and rows and all(_CODE_CELL.fullmatch(row.text) for row in rows):
        rows = [item.span for item in _column(lines, header, 1, rules)]  # a row-number or code column
        if header != ann.line_index and _CODE_CELL.fullmatch(cells[0].text):
            rows.insert(0, cells[1])  # no header: the first line is a row too ("BD 1 | Een veilige gemeente")
    return [lists.clean_label(row) for row in rows]


def _column(lines: list[Line], header: int, column: int, rules: Cues) -> list[Item]:
    read = lists.pipe_table_column_at if lines[header].text.startswith("|") else lists.table_column_at
    return read(lines, header, column, limit=rules.rules.max_items + 1)


def following_lines(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """The list on the lines after the cue: marked items, one item a line, numbered headings (also
    with lead-ins and sub-items between them), or section headings each opening a text. Under a
    heading naming one theme ("Fokusområde: Sundhed") the list is that theme's goals or actions."""
    line = lines[ann.line_index]
    if is_labelled_heading(line, rules):
        return None
    rest = line.text[ann.sentence.end - line.start :].strip()
    lead_in = rest.endswith(":") and len(lists.words(rest)) <= 4
    entry = sections.without_page_ref(line) is not None  # "Strategiens fire temaer ..... 4"
    if _next_chapter_entry(lines, ann.line_index) or entry and _chapter_in_body(lines, ann.line_index):
        return None  # "3. Onze speerpunten ..... 4" / "4. Partners ..... 6": the themes stand in chapter 3 itself
    if rest and not (lead_in or entry) or lead_in and rules.veto.search(rest):
        return None  # "Deze zijn allemaal uitgevoerd:" leads into a list of done items, not themes
    colon = lead_in or ann.sentence.text.endswith(":")
    heading = lists.is_heading(line.text)
    if not (colon or heading or ann.count):
        return None
    start = ann.line_index
    if heading and _is_intro(lines, start + 1, rules):
        start, colon = start + 1, True  # "Speerpunten" / "Het college kiest voor:" / the list
        if start + 1 < len(lines) and len(lists.table_cells(lines[start + 1])) >= 2:
            return table_column(lines, replace(ann, line_index=start), rules)  # "... vier speerpunten:" / a table
    limit = (ann.count or rules.rules.max_items) + 1  # one more than promised, so a longer list is seen
    read = rules.rules.max_items + 1  # parts of the document among the items are left out after reading
    items = _entries_after(lines, start, read) if entry else []
    items = items or lettered_items(lines, start, read, rules)
    items = items or lettered_line(lines, start, rules.conventions.conjunctions)
    items = items or _list_over_wraps(lines, start, allow_plain=colon or heading, limit=read)
    if any(item.kind == "plain" and rules.lead_in.match(item.text) for item in items):
        items = []  # "Oppvekst" / "Vi vil" / bullets: headings over their goals, not a list of lines
    if len(items) < 2 and (heading or ann.count):
        items = sections.numbered_headings_after(lines, start, limit=read)
    if len(items) < 2 and (colon or heading or ann.count):
        items = sections.numbered_sections_after(lines, start, limit=read)
    if len(items) < 2 and (heading or ann.count):
        items = sections.headings_with_text_after(lines, start, limit=read, skip=rules.passed_over)
    if len(items) < 2 and (colon or heading or ann.count):
        items = _numbered_items_with_text(lines, start, read, rules)
    if sections.looks_like_toc(items) and not entry:
        return []  # a table of contents after a cue in running text; after a cue entry its entries are read
    if not _counted_marked_list(items, ann):
        items = _before_furniture(items, rules, title_of(lines, rules), limit)
    return [item_label(item, rules) for item in items]


def _list_over_wraps(lines: list[Line], start: int, *, allow_plain: bool, limit: int) -> list[Item]:
    """The list after `start`, read on over a marked item broken at its line end ("2. Grensoverschrijdende" /
    "arbeidsmarkt" / "3. ..."): the wrapped words stay with their item (labels.py), the next item goes on."""
    items = lists.list_after(lines, start, allow_plain=allow_plain, limit=limit)
    while items and items[-1].kind != "plain" and len(items) < limit:
        index = next((n for n, line in enumerate(lines) if line.end == items[-1].end), None)
        if index is None or index + 2 >= len(lines) or not continues_label(lines[index + 1].text):
            break
        following = lists.parse_item(lines[index + 2])
        numbered = items[-1].number is not None
        if following.kind != items[-1].kind or numbered and not lists.follows(items[-1].number, following.number or ""):
            break
        items += lists.list_after(lines, index + 1, allow_plain=False, limit=limit - len(items))
    return items


def _counted_marked_list(items: list[Item], ann: Announcement) -> bool:
    """A bulleted or numbered list exactly as long as the count its lead-in announced ("fire pilarar:" / "- Klima"
    ... "- Økonomi"): every item is one of the themes, also one named like a part of the document."""
    marked = bool(items) and all(item.kind in ("bullet", "number", "letter") for item in items)
    return marked and ann.count == len(items)


def _next_chapter_entry(lines: list[Line], index: int) -> bool:
    """The contents entry after a numbered cue entry is the next chapter's ("3 Satsingsområder ..... 7" /
    "4. Arealstrategi ..... 19", or without page numbers "3. Onze speerpunten" / "4. Partners"): the contents
    name no themes, whatever marks their numbers."""
    chapter = _CHAPTER_NUMBER.match(lines[index].text)
    if chapter is None or index + 1 >= len(lines):
        return False
    following = _CHAPTER_NUMBER.match(lines[index + 1].text)
    return following is not None and int(following[1]) == int(chapter[1]) + 1


def _chapter_in_body(lines: list[Line], index: int) -> bool:
    """The contents entry at `index` ("De beleidsdoelstellingen ..... 6") heads a chapter of the text below and
    the entry after it is marked as it is (no sub-entry "1. Wonen ..... 7"): the entries after it are the next
    chapters, and the themes stand in that chapter itself."""
    entry = sections.without_page_ref(lines[index])
    if entry is None or index + 1 >= len(lines):
        return False
    if lists.parse_item(lines[index + 1]).kind != lists.parse_item(lines[index]).kind:
        return False
    name = entry.text.casefold()
    return any(
        line.text.strip().casefold() == name and lists.is_heading(line.text)
        for line in lines[index + 1 :]
        if sections.without_page_ref(line) is None
    )


def _entries_after(lines: list[Line], start: int, limit: int) -> list[Item]:
    """The entries of a table of contents after a cue entry, each ending in its page number ("Grøn
    transport ..... 5"), while they run on: the themes among the document's own parts. After a numbered
    cue chapter ("3 Satsingsområder ..... 7"), the next chapter numbers ("4 Arealstrategi ..... 19") are
    the document's other chapters, not its themes."""
    chapter = _CHAPTER_NUMBER.match(lines[start].text)
    items: list[Item] = []
    for line in lines[start + 1 : start + 1 + limit]:
        name = sections.without_page_ref(line)
        if name is None or lists.is_sentence(name.text):
            break
        if chapter and (next_chapter := _CHAPTER_NUMBER.match(line.text)) and int(next_chapter[1]) > int(chapter[1]):
            break
        items.append(Item(name.start, name.end, name.text, "plain"))
    return items


def _numbered_items_with_text(lines: list[Line], start: int, limit: int, rules: Cues) -> list[Item]:
    """Numbered items written as sentences with text between them ("1. Sundhed – alle skal have et godt
    liv." / <paragraph> / "2. Læring – ..."), from the line after `start` while the numbering runs on;
    an unnumbered heading (the next section) ends them, an indented line or one opening on a goal noun
    ("    Delmål: fleire gründerbedrifter") is the item's own text."""
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
        elif not items or item.kind == "plain" and lists.is_heading(line.text) and not _item_text(line, rules):
            break
    return items


def _item_text(line: Line, rules: Cues) -> bool:
    """A line under a numbered item that belongs to it: indented below it, or a goal field ("Mål: ...")."""
    return line.text[:1] in " \t" or bool(rules.goal_lead.match(line.text))


def sections_after(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Unnumbered theme headings, each opening a section of text, after a cue paragraph that goes on
    after its cue ("Strategien har fire indsatsområder. De beskrives nedenfor.") or after a cue heading
    and an intro of a paragraph or two ("Thema's" / "Op deze pagina leest u ..."). Without a count the cue
    paragraph must be short: a long one is running text that happens to name a cue word."""
    line = lines[ann.line_index]
    heading = lists.is_heading(line.text)
    start = ann.line_index
    if is_labelled_heading(line, rules):
        return None  # "Thema: Wonen" names one theme; the paragraph under it is its text, not an intro
    if heading and start + 1 < len(lines) and _is_short_paragraph(lines[start + 1].text, rules):
        start += 1
    elif heading and _intro_end(lines, start, rules) > start:
        start = _intro_end(lines, start, rules)
    elif not (ann.count or ann.arranged or rules.context.search(line.text) and _is_short_paragraph(line.text, rules)):
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
    """Theme headings after an intro: unnumbered with a body each (also past a figure's caption right
    after the intro, "Themacirkel" with no text of its own), with subtitles, or numbered; the first reading
    that gives as many as counted (at least two), up to a heading that is no theme."""
    read = rules.rules.max_items + 1  # parts of the document among the headings are left out after reading
    skip = _skipped(lines, start, rules)
    readings = (
        sections.headings_with_text_after(lines, start, limit=read, skip=skip),
        sections.headings_with_text_after(lines, _past_caption(lines, start), limit=read, skip=skip),
        sections.subtitled_headings_after(lines, start, limit=read, skip=rules.passed_over),
        sections.numbered_headings_after(lines, start, limit=read),
        lettered_items(lines, start, read, rules),
        _headings_over_sub_items(lines, start, read),
    )
    title = title_of(lines, rules)
    themes = [_before_furniture(items, rules, title, limit) for items in readings]
    for items in themes:
        if len(items) >= 2 and (not count or len(items) == count):
            return items
    return themes[0]


def _past_caption(lines: list[Line], start: int) -> int:
    """The line before the theme headings: past a figure's caption right after `start`, a heading with
    no text of its own over the first theme heading ("Themacirkel omgevingsvisie" / "Aangenaam leven")."""
    caption, heading = start + 1, start + 2
    if heading < len(lines) and all(lists.is_heading(lines[n].text) for n in (caption, heading)):
        return caption
    return start


def _headings_over_sub_items(lines: list[Line], start: int, limit: int) -> list[Item]:
    """Theme headings each over its own numbered sub-items, the first number the theme's place ("Mechelen
    werkt aan een groene stad" / "Actieplan 1.1 Meer bomen" / "Actieplan 1.2 ..." / "Mechelen zorgt
    voor elkaar" / "Actieplan 2.1 ..."): a plan's themes over their action plans, with or without text."""
    items: list[Item] = []
    position = start + 1
    while position + 1 < len(lines) and len(items) < limit:
        line = lines[position]
        if not _theme_line(line.text):
            break
        subs = 0
        position += 1
        while position < len(lines) and not _theme_line(lines[position].text):
            found = _SUB_ITEM.match(lines[position].text)
            if found and int(found.group("theme")) != len(items) + 1:
                return []  # sub-items numbered under another heading: not this shape
            subs += bool(found)
            position += 1
        if not subs:
            break
        items.append(Item(line.start, line.end, line.text, "heading"))
    return items if len(items) >= 2 else []


def _theme_line(text: str) -> bool:
    """A heading over sub-items, also written as a short sentence with its full stop ("Mechelen zorgt
    voor elkaar.")."""
    return lists.is_heading(text.removesuffix(".")) and not _SUB_ITEM.match(text)


def _skipped(lines: list[Line], start: int, rules: Cues) -> re.Pattern:
    """Lines passed over between theme sections: navigation, lead-ins into a theme's goals ("Vi vil"), and
    the sub-headings every theme repeats ("Mål" / "Indsatser", "Wat willen we bereiken?"): a heading seen
    twice after the cue is a part of each theme, not a theme."""
    seen: Counter[str] = Counter(
        line.text.casefold()
        for line in lines[start + 1 : start + 1 + rules.rules.max_numbered_span]
        if not lists.has_list_marker(line.text)
        and (lists.is_heading(line.text) or lists.is_sentence(line.text) and len(lists.words(line.text)) <= 6)
    )
    repeated = [re.escape(text) for text, n in seen.items() if n > 1] + _item_headings(lines, start, rules)
    if not repeated:
        return rules.passed_over
    return re.compile(rf"(?:{rules.passed_over.pattern})|(?:{'|'.join(repeated)})$", re.IGNORECASE)


def _item_headings(lines: list[Line], start: int, rules: Cues) -> list[str]:
    """Headings of items reported under a theme, each over its field lines ("Cykelsti langs fjorden" /
    "Status: Gennemført"): a project or action, not a theme."""
    window = lines[start + 1 : start + 1 + rules.rules.max_numbered_span]
    return [
        re.escape(line.text.casefold())
        for line, after in zip(window, window[1:], strict=False)
        if lists.is_heading(line.text) and rules.item_field.match(after.text)
    ]


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


def _before_furniture(items: list[Item], rules: Cues, title: frozenset[str], limit: int) -> list[Item]:
    """Section headings up to the first one that belongs to the web page ("Kontakt"), the document's own
    parts before the themes passed over and the first one after them ending the run ("Økonomi", "Tot
    slot"); at most `limit`, counted after the parts are gone."""
    for position, item in enumerate(items):
        if rules.furniture.fullmatch(item.text.strip()):
            items = items[:position]
            break
    items = _in_order(items)  # "4 Bakgrunn" then "6 Klima": the run ends where a number is skipped
    return between_parts(items, rules, title, text=lambda item: item.text)[:limit]


def _in_order(items: list[Item]) -> list[Item]:
    """Headings that all open with a chapter number, up to the first that does not number on by one."""
    found = [_CHAPTER_NUMBER.match(item.text) for item in items]
    if not items or None in found:
        return items
    numbers = [int(m.group(1)) for m in found]
    end = next((n for n in range(1, len(numbers)) if numbers[n] != numbers[n - 1] + 1), len(numbers))
    return items[:end]


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
