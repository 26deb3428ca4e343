"""The year a partnership began: 'siden 1968', '(1972)', 'henholdsvis 1950, 1955 og 1957', or the
year an agreement was signed. Renewal years and reporting-period markers are not start years."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.extract.partner_cities.layout import ROW_MIN_GAPS, Layout, Unit
from pipeline.extract.partner_cities.lexicon import Cue, Lexicon
from pipeline.extract.partner_cities.search import open_patterns
from pipeline.extract.partner_cities.spans import Cover
from pipeline.text.structure import Span, has_list_marker, is_rule_row, table_cells

_DECADE = r"['’]?(?:erne|ene|s)\b|-(?:tallet|talet|åra|årene|erne)\b"  # "1950'erne", '1950-tallet', '1950s'
DECADE_AFTER = re.compile(_DECADE)
YEAR = re.compile(rf"(?<![\d.])(?<!jaren )(1[89]\d\d|20\d\d)(?![\d])(?!{_DECADE})")  # a year, not a decade
# '(1972)', '(Sverige, 1968)', ', Tyskland (1972)': a bracketed year after the name, its country before it
# 'Darmstadt (1968)', 'Umeå (Sverige, 1968)', 'Murmansk (1972, frosset i 2022)': a bracket opening on the start,
# a clause after it (an ending, a pause, a renewal) dates something else
_PAREN_YEAR = re.compile(
    r"^(?:\s*[,–-]\s*[^\W\d][^()\d,\n]{1,30}?)?\s*\((?:[^()\d\n]{2,40},\s*)?(1[89]\d\d|20\d\d)(?:[,;]\s*[^()\n]{2,50})?\)"
)
_ROW_YEAR = re.compile(r"(?:^|[\t|;]|\s)(1[89]\d\d|20\d\d)\s*\|?\s*$")  # a year closing a table row or alone on a line
_CELLS = re.compile(r"[\t|]|\s{2,}")  # the cells of a table row, pipes kept apart so empty cells stay
_DRAWN = re.compile(r"[\t|]")  # a row drawn with pipes or tabs
_CHUNK = re.compile(r"\S+(?: \S+)*")  # a cell of a space-aligned row: words one space apart
# a field line 'Sinds ....... 1985' / 'Siden: 1994': a short label, a leader, colon or gap, a year ending the line
_FIELD_YEAR = re.compile(r"^(?P<label>[^\W\d_][\w ]{0,24}?)\s*(?:\.{2,}|:|\t| {2,})\s*(?P<year>1[89]\d\d|20\d\d)\.?$")
ALIGN_SLACK = 2  # chars a space-aligned cell may start off its header cell
_HEADER_LINES = 6  # a table's column header lines (blank lines between them count)
RENEWAL_REACH = 25  # chars before a start verb searched for a renewal verb it is coordinated with
# 'A ble vennskapsby i 1948, B i 1952': a short lower-case word (a preposition) between a town and its own year
_GAPPED = re.compile(r"\s[^\W\d_A-Z]{1,4}\s")


@dataclass
class YearReader:
    """Start years read from sentence units; `markers` are since-phrases repeated so often they mark a period."""

    layout: Layout
    lexicon: Lexicon
    markers: frozenset[str]
    explained: Cover = field(default_factory=Cover)  # explanations of a town: their years start nothing
    phrases: dict[tuple[int, int], tuple[list[tuple[int, str, int]], list[int]]] = field(default_factory=dict)
    tops: dict[int, int] = field(default_factory=dict)  # table row line -> the first row of its table
    cells: dict[int, list[str]] = field(default_factory=dict)  # line -> its table cells, read once per line
    chunks: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # line -> its space-aligned runs

    @classmethod
    def of(cls, layout: Layout, lexicon: Lexicon, repeats: int, explained: Cover) -> YearReader:
        lowered = layout.text.lower()
        counts = Counter(m.group(0).lower() for p in open_patterns(lexicon.since, lowered) for m in p.finditer(lowered))
        return cls(layout, lexicon, frozenset(k for k, n in counts.items() if n >= repeats), explained)

    def table_year(self, entry_line: int, row_end: int) -> int | None:
        """A table of partners whose column header names the start ('Venskabsby, Land / Kontaktår',
        'Stad | Land | Sinds'): the year in the entry's row, on its line or the lines before the next entry."""
        layout, lex = self.layout, self.lexicon
        header = layout.list_heading(entry_line, lambda line: bool(lex.relation_cues(line)))
        if header is None:
            return None
        columns = " ".join(layout.line(i) for i in range(header, min(header + _HEADER_LINES, entry_line)))
        if not lex.any(lex.since_headers, columns):
            return None
        in_column = self._since_cell(header, entry_line)
        if in_column is not None:
            return in_column
        for index in range(entry_line, row_end):
            line = layout.line(index)
            m = _ROW_YEAR.search(line)
            if m:
                cell = re.split(r"[\t|;]|\s{2,}", line[: m.start(1)])[-1]  # 'fornyet 2005': a renewal, no start
                return None if lex.any(lex.renewals + lex.endings, cell + " ") else int(m.group(1))
        return None

    def field_year(self, first_line: int, last_line: int) -> int | None:
        """A field line under a partner's entry heading whose label names the start ('Sinds ....... 1985', 'Siden:
        1994', 'Startår  2003'): its year, the entry's start; a label naming an end or a renewal dates nothing."""
        layout, lex = self.layout, self.lexicon
        for index in range(first_line, last_line):
            m = _FIELD_YEAR.match(layout.line(index))
            if not m or lex.any(lex.renewals + lex.endings, m.group(0)):
                continue
            if lex.any(lex.since_headers, m.group("label")):
                return int(m.group("year"))
        return None

    def row_year(self, offset: int) -> tuple[bool, int | None]:
        """The row of a partner table holding `offset` ('Lohja | Finland | 1956 | Vennskapsby' under 'By | Land |
        Siden | Type'): the cell under the column whose header names the start decides, a dash there saying no
        year is known. (False, None) when the offset is in no table row with such a column."""
        in_table, cell, whole = self._row_cell(offset, self._names_start)
        year = YEAR.fullmatch(cell or "")
        decides = in_table if whole else year is not None  # a row with an empty cell left out: only a year decides
        return decides, int(year.group(1)) if year else None

    def row_relation(self, offset: int) -> str | None:
        """The relation the row holding `offset` states under a column naming the kind of tie ('Type avtale',
        'Soort band'): 'Intensjonsavtale' there outweighs prose elsewhere calling every town a twin, and so does a
        bare word naming cooperation or a project there ('samenwerking', 'prosjekt')."""
        lex = self.lexicon
        _, cell, whole = self._row_cell(offset, lambda name: lex.any(lex.type_headers, name))
        cues = lex.relation_cues(cell) if cell and whole else []
        if cues or not (cell and whole):
            return cues[0].relation if cues else None
        value = cell.strip().lower()  # 'samenwerking', 'prosjekt': a bare word naming the kind of tie
        return next((rel for rel, pats in lex.type_cells.items() if any(p.fullmatch(value) for p in pats)), None)

    def _row_cell(self, offset: int, names_column: Callable[[str], bool]) -> tuple[bool, str | None, bool]:
        """The cell of the table row holding `offset` under the first header cell `names_column` accepts: (whether
        there is one, its text, whether the row has as many cells as the header)."""
        index = bisect_right(self.layout.line_starts, offset) - 1
        row = self._cells(index)
        if len(row) < 2:
            return False, None, False
        header = self._table_top(index)
        if header == index:
            return False, None, False
        names = self._cells(header)
        if not _DRAWN.search(self.layout.line(header)):
            row = _under(self._chunks(header), self._chunks(index))
        column = next((j for j, name in enumerate(names) if names_column(name)), None)
        if column is None or column >= len(row):
            return False, None, False
        return True, row[column], len(row) == len(names)

    def _table_top(self, index: int) -> int:
        """The first row of the table block holding row `index` (rulers skipped); remembered for every row walked,
        so a long table is walked once."""
        walked, top = [index], index
        for above in range(index - 1, -1, -1):
            if above in self.tops:
                top = self.tops[above]
                break
            line = self.layout.line(above)
            if not is_rule_row(line):
                if len(self._cells(above)) < 2:
                    if not (line and above and len(self._cells(above - 1)) > 1):
                        break
                    continue  # a line breaking the table ('Hankø? nei – se merknad') between two rows
                walked.append(above)
                top = above
        self.tops.update(dict.fromkeys(walked, top))
        return top

    def _cells(self, index: int) -> list[str]:
        """A line's table cells: between pipes or tabs, or a row aligned with spaces ('Naantali   Finland   1972').
        Remembered per line: every mention on a line asks again, and a page-long line would make that quadratic."""
        if index not in self.cells:
            line = self.layout.line(index)
            if _DRAWN.search(line):
                self.cells[index] = [cell.text for cell in table_cells(Span(0, len(line), line))]
            else:
                chunks = self._chunks(index)
                self.cells[index] = [text for _, text in chunks] if len(chunks) > ROW_MIN_GAPS else [line]
        return self.cells[index]

    def _chunks(self, index: int) -> list[tuple[int, str]]:
        """The runs of text of a raw line between gaps of two or more spaces, with where they start (remembered)."""
        if index not in self.chunks:
            layout = self.layout
            raw = layout.text[layout.line_starts[index] : layout.line_end(index)]
            self.chunks[index] = [(m.start(), m.group()) for m in _CHUNK.finditer(raw)]
        return self.chunks[index]

    def _names_start(self, header: str) -> bool:
        """A column header naming when a relation began ('Siden', 'Avtale fra'), not when it ended; a cell with a
        year in it ('verbroederd sinds 1966') is a row of a table with no header."""
        lex = self.lexicon
        return lex.any(lex.since_headers, header) and not lex.any(lex.endings, header) and not YEAR.search(header)

    def _since_cell(self, header: int, entry_line: int) -> int | None:
        """The year in the entry row's cell under the header cell naming the start ('| By | Land | Siden |
        Bemærkning |'): read by column, so a comment column after it does not hide it."""
        lex, lines = self.lexicon, [self.layout.line(i) for i in range(header, entry_line)]
        rows = [cells for cells in map(_CELLS.split, lines) if len(cells) > 1]
        names = next((cells for cells in rows if any(lex.any(lex.since_headers, n) for n in cells)), [])
        column = next((j for j, name in enumerate(names) if lex.any(lex.since_headers, name)), None)
        cells = _CELLS.split(self.layout.line(entry_line))
        if column is None or len(cells) != len(names):
            return None
        year = YEAR.fullmatch(cells[column].strip())
        return int(year.group(1)) if year else None

    def after_mention(self, end: int) -> int | None:
        """'Darmstadt (1968)', 'Umeå (Sverige, 1968)', 'Kiruna kommune (2023)': a bracketed year right after the
        name, or after the municipality word written with it."""
        rest = self.layout.text[end : end + 80]
        word = next((w for p in self.lexicon.municipality_after if (w := p.search(rest.lower()))), None)
        m = _PAREN_YEAR.match(rest[word.end() if word else 0 :])
        return int(m.group(1)) if m else None

    def respectively(self, unit: Unit, cities_in_order: list[str], city: str) -> int | None:
        """'Sollentuna, Tuusula og Oppegård ... henholdsvis 1950, 1955 og 1957' pairs cities and years in order."""
        text = self.layout.unit_text(unit)
        for cue in self.lexicon.cues(self.lexicon.respectively, text):
            years = _year_list(text[cue.end :], self.lexicon)
            if len(years) == len(cities_in_order) > 1 and city in cities_in_order:
                return years[cities_in_order.index(city)]
        return None

    def since(
        self, unit: Unit, mention: tuple[int, int, int] | None = None, spans: list[tuple[int, int, int]] | None = None
    ) -> int | None:
        """'vennskapsby siden 1968', 'sinds 1987', for the mention (start, end, group) among the unit's
        mention `spans`. A phrase belongs to the mention right before it (or, with none before, right
        after it); a phrase after the last city of a list ('med A, B og C siden 1950') belongs to the whole
        list. A phrase before both the city and any relation cue ('Aalborg siden 2014 har underskrevet en
        samarbejdsaftale med ...') counts only if the document does not repeat it as a period marker."""
        text = self.layout.unit_text(unit)
        found, cue_ends = self._phrases(unit)
        if mention is None and not (cue_ends or self.lexicon.any(self.lexicon.relation_nouns, text)):
            return None  # a sentence naming no city must at least be about the relation
        for position, phrase, year in found:
            if mention is not None and not _owns(mention, spans or [mention], position, text[: position - unit.start]):
                continue
            anchored = (mention is not None and position >= mention[1]) or any(e <= position for e in cue_ends)
            if anchored or phrase not in self.markers:
                return year
        return None

    def _phrases(self, unit: Unit) -> tuple[list[tuple[int, str, int]], list[int]]:
        """The unit's since-phrases (offset, phrase, year) in text order, and where its relation cues end. A phrase
        in a network's clause dates the membership ('medlem av nettverket X fra 2019, og deltar i prosjektet Y
        sammen med A'), not a relation of the sentence's towns."""
        if (unit.start, unit.end) not in self.phrases:
            lex, text = self.lexicon, self.layout.unit_text(unit)
            cues = lex.relation_cues(text, unit.start)
            lowered = text.lower()
            spans = [m for p in lex.spans for m in p.finditer(lowered)] if _relation_period(lex, text, cues) else []
            found = sorted(
                (unit.start + m.start(), m.group(0), int(m.group("year")))
                for m in [m for p in lex.since for m in p.finditer(lowered)]
                + [m for m in spans if not lex.any(lex.renewals, _clause(lowered, m.start(), lex))]
                if not self.explained.holds(unit.start + m.start(), unit.start + m.end())
                and not DECADE_AFTER.match(lowered, m.end("year"))
                and not _membership(lex, _clause(lowered, m.start(), lex), cues, unit.start + m.start())
            )
            self.phrases[unit.start, unit.end] = (found, [c.end for c in cues])
        return self.phrases[unit.start, unit.end]

    def opening(self, unit: Unit) -> int | None:
        """'Sinds 1984.' / 'Siden 1994 har ...' opening the paragraph under a partner's entry heading: the entry's
        start year, though no relation word is written (a renewal or a project period opens on no since-phrase)."""
        text = self.layout.unit_text(unit)
        lead = unit.start + len(text) - len(text.lstrip())
        found, _ = self._phrases(unit)
        return next((year for position, _, year in found if position == lead), None)

    def following(self, index: int) -> int | None:
        """'Hamar inngår i en vennskapsbykjede med / - A / - B' then 'Kjeden ble etablert i 1948': the start year
        of the sentence right after the mention's sentence or list, when it opens on the relation just named."""
        layout, lex = self.layout, self.lexicon
        line = layout.units[index].line
        for unit in layout.units[index + 1 :]:
            if unit.line == line + 1 and layout.is_item(unit.line) and has_list_marker(layout.line(unit.line)):
                line = unit.line  # the rest of the list
                continue
            if unit.line > line + 1 or not lex.any(lex.back_references, layout.unit_text(unit)):
                return None
            whole = layout.sentence(layout.unit_at(unit.start))  # 'Deze band werd' / 'in 1985 aangegaan'
            return self.since(whole) or self.start_event(whole, about=True)
        return None

    def start_event(self, unit: Unit, mention: tuple[int, int, int] | None = None, about: bool = False) -> int | None:
        """'Vennskapsavtalen ble underskrevet 28. september 1975': the year nearest the first start verb,
        when the sentence is about the relation and the year's clause is not a renewal (years in since-phrases
        are left to `since`). With a mention, only the part of the sentence it sits in between semicolons
        counts ('beëindigde in 2022 de band met A; in 2023 werd B zusterstad')."""
        lex, text = self.lexicon, self.layout.unit_text(unit)
        if mention is not None:
            offset = mention[0] - unit.start
            head, tail = text.rfind(";", 0, offset) + 1, text.find(";", offset)
            text = " " * head + text[head : len(text) if tail < 0 else tail]
        events = sorted(lex.cues(lex.start_events, text), key=lambda c: c.start)
        if not events or not (about or lex.any(lex.relation_nouns, text) or lex.relation_cues(text)):
            return None
        phrases = [(m.start(), m.end()) for p in lex.since for m in p.finditer(text.lower())]
        years = [
            m
            for m in YEAR.finditer(text)
            if not lex.any(lex.renewals + lex.endings, _clause(text, m.start(), lex))
            and not _membership(lex, _clause(text, m.start(), lex), lex.relation_cues(text), m.start())
            and not any(a <= m.start() < b for a, b in phrases)
            and not self.explained.holds(unit.start + m.start(), unit.start + m.end())
        ]
        if not years:
            return None
        first = events[0]
        if lex.any(lex.renewals, text[max(0, first.start - RENEWAL_REACH) : first.end]):
            return None  # 'ble fornyet og underskrevet i 2005': the signature renewed the agreement
        end = mention[1] - unit.start if mention is not None else -1
        own = next((m for m in years if end >= 0 and _GAPPED.fullmatch(text[end : m.start()])), None)
        if own:
            return int(own.group(1))  # a gapped clause: the start verb said once, each town with its own year
        return int(min(years, key=lambda m: (abs(m.start() - first.start), m.start() < first.start)).group(1))

    def in_unit(
        self, unit: Unit, mention: tuple[int, int] | None = None, others: list[int] | None = None
    ) -> int | None:
        return self.since(unit, mention, others) or self.start_event(unit, mention)


def _relation_period(lexicon: Lexicon, text: str, cues: list[Cue]) -> bool:
    """A sentence naming a twinning or an agreement, and no project: a period there ('De verbroedering met X liep
    van 1975 tot 2019', 'Fra 1993 til 2015 var Y vennskapsby') began the relation; a project's period
    ('Interreg-prosjektet X (2024-2027)') starts no relation."""
    named = any(c.relation != "project_partner" for c in cues)
    return named and not lexicon.any(lexicon.project_context, text)


def _membership(lexicon: Lexicon, clause: str, cues: list[Cue], position: int) -> bool:
    """A clause about a network membership ('medlem av nettverket X fra 2019') naming no relation of its own (not
    'venskabsbynetværket blev stiftet i 1948'), with no relation cue before it in the sentence (not 'Venskabsbyen
    Kaunas har været en del af kommunens netværk siden 1992'): its year is the membership's."""
    if any(c.start < position for c in cues):
        return False
    return lexicon.any(lexicon.fellow_members, clause) and not lexicon.relation_cues(clause)


def _owns(mention: tuple[int, int, int], spans: list[tuple[int, int, int]], position: int, before: str) -> bool:
    """Whether the since-phrase at `position` belongs to `mention`; `before` is the unit text up to it."""
    preceding = [s for s in spans if s[1] <= position]
    if not preceding:  # 'Vennskapsby fra 1971: A og B' introduces the whole first list
        return min(spans, key=lambda s: s[0])[2] == mention[2]
    owner = max(preceding, key=lambda s: s[1])
    if owner[:2] == mention[:2]:
        return True
    last_of_group = max((s for s in spans if s[2] == owner[2]), key=lambda s: s[0])
    in_brackets = before.rstrip().endswith("(")
    return owner[2] == mention[2] and owner == last_of_group and not in_brackets


def _under(names: list[tuple[int, str]], row: list[tuple[int, str]]) -> list[str]:
    """The cells of a space-aligned row under each header cell, by where they start (an empty cell stays
    empty); none when a cell of the row starts under no header cell, as a line of prose would."""
    starts = [start for start, _ in names]
    cells = [""] * len(names)
    for start, text in row:
        column = bisect_right(starts, start + ALIGN_SLACK) - 1
        if column < 0 or start - starts[column] > ALIGN_SLACK:
            return []
        cells[column] = text
    return cells


def _clause(text: str, position: int, lex: Lexicon) -> str:
    cuts = [0] + [m.end() for m in lex.gaps.clause_edge.finditer(text)] + [len(text)]
    start = max(c for c in cuts if c <= position)
    end = min((c for c in cuts if c > position), default=len(text))
    return text[start:end]


def _year_list(text: str, lex: Lexicon) -> list[int]:
    """The run of years at the start of `text`: '1950, 1955 og 1957' -> [1950, 1955, 1957]."""
    years: list[int] = []
    position = 0
    for m in YEAR.finditer(text):
        if not lex.gaps.year_gap.match(text[position : m.start()]):
            break
        years.append(int(m.group(1)))
        position = m.end()
    return years
