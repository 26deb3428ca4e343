"""Decide, mention by mention, which city mentions are partners and in which relation.

Own cue first (partner_context); then lists inherit: cities coordinated with known partners ('Rendsburg, Lancaster
og Almere') and parallel entry headings ('Lycksele i Sverige') take over the relation their siblings have."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from pipeline.extract.partner_cities.blocked import stop_word_towns
from pipeline.extract.partner_cities.context import ContextReader, Decision, touches
from pipeline.extract.partner_cities.coordination import ListGaps, across_rows
from pipeline.extract.partner_cities.domestic import written_as_municipality
from pipeline.extract.partner_cities.guards import Guards
from pipeline.extract.partner_cities.layout import Layout
from pipeline.extract.partner_cities.lexicon import Lexicon
from pipeline.extract.partner_cities.mentions import Mention
from pipeline.extract.partner_cities.spans import Cover
from pipeline.gazetteers.cities import country_code
from pipeline.gazetteers.names import fold
from pipeline.text.structure import BULLET

# a bullet or a section arrow ('>> Ploermel (Frankrijk)', '» Sunne'), or the first cell of a '| Town | ... |' row
_ENTRY_PREFIX = re.compile(rf"^\s*(?:{BULLET}\s*|[>»›]{{1,3}}\s*|[|▌▍▎▐█┃│]\s*)?$")  # a card's bar: '▌WESEL'

GOVERNED_CHARS = 40  # chars before a name searched for the relation cue that governs it
SUBJECT_WORDS = 4  # words a subject may stand from its sentence's start and from the relation cue after it
_PLAIN_WORD = re.compile(r"[^\W\d_][\w'’-]*|1[89]\d\d|20\d\d")  # a word or a year, no punctuation attached
PROSE_LIST = 3  # towns a sentence must list to read as a list (two are often a route or a neighbourhood)
_CELLS = re.compile(r"[|\t]")
_WHERE = re.compile(r"([^\W\d_]+)\s+[A-ZÆØÅÄÖÜ][\w\-]*(?:\s+[A-ZÆØÅÄÖÜ][\w\-]*){0,2}")  # 'på Færøyane'
_ENTRY_HEAD = re.compile(r"^\s*(?:$|[:(–—|\t]|-\s)")  # a town as an entry's head: alone, or before ':', '(', ' – '


@dataclass
class Found:
    """A mention with what was decided about it."""

    mention: Mention
    unit: int  # index of its sentence unit in the layout
    decision: Decision | None = None
    excluded: bool = False
    group: int = -1  # its coordinated list ('Sollentuna, Tuusula og Oppegård') within the document


def coordinated(text: str, found: list[Found], gaps: ListGaps, explained: Cover | None = None) -> list[list[Found]]:
    """Runs of mentions joined only by commas, 'og'/'and'/'en', a country or a year note after each; an
    explanation between two ('Ringkøbing – i dag en del af Ringkøbing-Skjern, og Vaasa') does not part them."""
    groups: list[list[Found]] = []
    for item in found:
        prev = groups[-1][-1] if groups else None
        gap = _without(text, prev.mention.end, item.mention.start, explained or Cover()) if prev else ""
        joined = gaps.coordination.match(gap) or gaps.added_in_brackets.match(gap)
        if prev and across_rows(text, prev.mention.end, item.mention.start):
            joined = None
        if prev and (joined or _country_then_town(gap, gaps)):
            groups[-1].append(item)
        else:
            groups.append([item])
    for number, group in enumerate(groups):
        for item in group:
            item.group = number
    return groups


def _country_then_town(gap: str, gaps: ListGaps) -> bool:
    m = gaps.next_in_brackets.match(gap)
    return m is not None and country_code(m.group("country")) is not None


def _without(text: str, start: int, end: int, spans: Cover) -> str:
    """text[start:end] with the spans inside it left out."""
    parts, at = [], start
    for a, b in spans.within(start, end):
        parts.append(text[at:a])
        at = b
    return "".join([*parts, text[at:end]])


def entry_lines(layout: Layout, found: list[Found], gaps: ListGaps) -> dict[int, Found]:
    """Lines that consist of one city (and its country): the headings of a per-partner page layout."""
    entries: dict[int, Found] = {}
    for item in found:
        m = item.mention
        index = layout.units[item.unit].line
        prefix, rest = layout.text[layout.line_starts[index] : m.start], layout.text[m.end : layout.line_end(index)]
        if len(prefix) + len(rest) > layout.heading_max_chars:
            continue
        if _ENTRY_PREFIX.match(prefix) and gaps.entry_rest.match(rest):
            entries.setdefault(index, item)
    return entries


def _new_part(layout: Layout, index: int) -> bool:
    """A heading of two or more words over a paragraph ('Samenwerkingsovereenkomst met Aken' / 'Sinds 2018 ...')
    starts another part of the page; short lines under an entry ('Finland', '1972') are the entry's own cells."""
    following = index + 1 < len(layout.line_starts) and layout.line(index + 1)
    paragraph = bool(following) and not layout.is_item(index + 1)
    return layout.is_heading(index) and len(layout.line(index).split()) > 1 and paragraph and not layout.is_field(index)


def entry_sections(layout: Layout, entries: dict[int, Found]) -> dict[str, tuple[int, int]]:
    """City name -> the lines [first, last) under its entry heading, up to the next entry heading or the next
    part of the page."""
    lines = sorted(entries) + [len(layout.line_starts)]
    sections = {}
    for a, b in zip(lines, lines[1:], strict=False):
        end = next((i for i in range(a + 2, b) if _new_part(layout, i)), b)
        sections[entries[a].mention.city.name] = (a + 1, end)
    return sections


def strongest(found: list[Found], order: list[str]) -> dict[str, Found]:
    """City name -> its mention with the strongest decision (relation priority, then document order)."""
    best: dict[str, Found] = {}
    for item in found:
        if item.decision is None:
            continue
        name = item.mention.city.name
        if name not in best or order.index(item.decision.relation) < order.index(best[name].decision.relation):
            best[name] = item
    return best


def _inherit(
    members: list[Found], partners: dict[str, Found], order: list[str], minimum: int, reader: ContextReader
) -> None:
    """Members of a list whose other members are mostly partners (decided anywhere) become partners too; a list
    running over a line break ('Roeselare, Kortrijk en' / 'Wageningen.') keeps the cue that names the list."""
    layout = reader.layout
    known = [partners[f.mention.city.name].decision for f in members if f.mention.city.name in partners]
    open_ = [f for f in members if f.mention.city.name not in partners and not f.excluded]
    if not open_ or len(known) < minimum or len(known) < len(open_):
        return
    counts = Counter(d.relation for d in known)
    relation = max(counts, key=lambda r: (counts[r], -order.index(r)))
    span = (members[0].mention.start, members[-1].mention.end)
    naming = [d.cue for d in known if d.relation == relation and d.cue]
    cue = next((c for c in naming if touches(layout.text, reader.lexicon, c, span)), None)
    for item in open_:
        item.decision = Decision(relation, layout.units[item.unit], cue)


def _drop_common_words(
    layout: Layout, groups: list[list[Found]], entries: dict[int, Found], reader: ContextReader
) -> None:
    """A town named like an everyday word ('Side', 'Mark', 'Vik') counts only where the text lists it as a
    place: with its country, alone on a list line, coordinated with another city, described by its nationality
    ('het Belgische Lier'), written as a municipality ('Vik kommune') or governed by a relation cue ('venskapsavtalen
    med Levanger'); a table row needs the country (a header row 'Stad | Land | Sinds' names no town). A list line
    counts among other towns' entry lines only: a word alone on its line among headings of topics is one."""
    towns = any(not item.mention.common_word for item in entries.values())
    listed = {id(item) for line, item in entries.items() if towns and not _CELLS.search(layout.line(line))}
    for group in groups:
        plain = any(not f.mention.common_word for f in group)
        for item in group:
            m = item.mention
            named = m.stated_country or id(item) in listed or plain or reader.described(m.start)
            named = named or written_as_municipality(layout.text, m, reader.lexicon)
            governed = _governed_by_cue(layout, reader, item) or _cue_subject(layout, reader, item)
            if m.common_word and not (named or governed):
                item.excluded = True


def _cue_subject(layout: Layout, reader: ContextReader, item: Found) -> bool:
    """The name as the subject of a relation cue a few words on in its clause, itself among the sentence's first
    words ('Minden werd in 1975 zusterstad', 'Sinds 1975 is Ystad vennskapsby', 'Voss og Ystad er vennskapsbyer'),
    or right after the sentence's opening cooperation phrase ('Med Ystad inngikk kommunen en avtale', 'Met de
    stad Minden'): a capitalised everyday word there names the partner. Numbers other than years ('Side 2 av 5')
    and clause ends break the tie."""
    unit, m, lex = layout.units[item.unit], item.mention, reader.lexicon
    head, text = layout.text[unit.start : m.start], layout.text
    if fold(m.surface) in stop_word_towns() or (not head.strip() and layout.unit_text(unit).rstrip().endswith("?")):
        return False  # 'Most af tiden', 'Waren de stedenbanden', 'Komen er ... bij?': a word opening its sentence
    opening = lex.cues(lex.generic, layout.unit_text(unit), unit.start)
    fronts = [  # the fronted preposition alone ('Med', 'Met'), not 'Sammen med' naming fellow hosts
        c
        for c in opening
        if not text[unit.start : c.start].strip()
        and c.end <= m.start
        and text[c.start : c.end].lower() in lex.prepositions
    ]
    if fronts and _only_town_noun(lex, layout.text[max(c.end for c in fronts) : m.start].split()):
        return True
    words = head.split()
    governed = bool(words) and (words[-1].lower() in lex.prepositions or lex.any(lex.locatives, head))
    if governed or not _plain_words(words):
        return False  # 'Sammen med Lier var Drammen vertskap', 'I Mora ble ...': an object or a place, no subject
    tail = layout.text[m.end : min(unit.end, m.end + GOVERNED_CHARS)]
    cues = [c for c in lex.relation_cues(tail, m.end) if c.relation != "project_partner"]
    return bool(cues) and _plain_words(layout.text[m.end : cues[0].start].split())


def _plain_words(words: list[str]) -> bool:
    """At most SUBJECT_WORDS words of one clause: no punctuation, no number but a year."""
    return len(words) <= SUBJECT_WORDS and all(_PLAIN_WORD.fullmatch(w) for w in words)


def _only_town_noun(lex: Lexicon, gap: list[str]) -> bool:
    """Nothing, or a town noun with its article ('de stad', 'byen'), between a cue and the name it governs."""
    words = [w.lower() for w in gap]
    if words and words[-1] in lex.town_nouns:
        words = [w for w in words[:-1] if w not in lex.lead_words]
    return not words


def _governed_by_cue(layout: Layout, reader: ContextReader, item: Found) -> bool:
    """A relation cue right before the name, at most a preposition (and a town noun: 'met de stad Tielt') between
    ('venskapsavtalen med Levanger', 'vennskapsbyen Stord'): the capitalised word names the partner, not an everyday
    word."""
    unit = layout.units[item.unit]
    before = layout.text[max(unit.start, item.mention.start - GOVERNED_CHARS) : item.mention.start]
    cues = [c for c in reader.lexicon.relation_cues(before) if c.relation != "project_partner"]  # 'projektet Green'
    if not cues:
        return False
    lex = reader.lexicon
    gap = before[max(c.end for c in cues) :].split()  # 'samenwerkingsovereenkomst met de stad Tielt', 'byen Mark'
    return _only_town_noun(lex, gap) or (len(gap) == 1 and gap[0].lower() in lex.prepositions)


def _drop_district_context(text: str, found: list[Found], district_of: tuple[re.Pattern, ...]) -> None:
    """'Spandau i Berlin', 'Kallio (Helsinki)': the larger city of the same country right after a district
    or town is where it lies, not a partner of its own."""
    for prev, item in zip(found, found[1:], strict=False):
        a, b = prev.mention, item.mention
        gap = text[a.end : b.start].lower()
        if a.city.country == b.city.country and a.city.population < b.city.population:
            if any(p.match(gap) for p in district_of):
                item.excluded = True


def _listed(layout: Layout, reader: ContextReader, group: list[Found]) -> bool:
    """A group reads as a list of places. On a list line: two or more towns, a town with its country, or a
    town heading its line as an entry ('Kuopio: Finlands åttende største by', 'Kuopio – siden 1947'). In
    running text, where towns are also described ('motorvegen mellom Stockholm og Gøteborg'): a town with
    its country, three or more towns, or a sentence about the relation ('samarbeid', 'avtale')."""
    first = group[0].mention
    line = layout.units[group[0].unit].line
    stated = any(f.mention.stated_country for f in group)
    opens_line = bool(_ENTRY_PREFIX.match(layout.text[layout.line_starts[line] : first.start]))
    if stated or (opens_line and _ENTRY_HEAD.match(layout.text[first.end : layout.line_end(line)])):
        return True
    if opens_line and len(group) == 1 and _paragraph_head(layout, reader, group[0]):
        return True
    if not layout.is_item(line):
        sentence = layout.unit_text(layout.units[group[0].unit])
        return len(group) >= PROSE_LIST or reader.lexicon.any(reader.lexicon.relation_nouns, sentence)
    return len(group) > 1


def _paragraph_head(layout: Layout, reader: ContextReader, item: Found) -> bool:
    """A paragraph whose first sentence only names the town, maybe with where it lies ('Klaksvik på Færøyane.'),
    before the sentences about it: one entry of a list of partners written as paragraphs."""
    unit = layout.units[item.unit]
    rest = layout.text[item.mention.end : unit.end].strip().rstrip(".").strip()
    if not rest:
        return True
    where = _WHERE.fullmatch(rest)
    return bool(where) and reader.lexicon.any(reader.lexicon.locatives, where.group(1) + " ")


def _in_entry_section(line: int, entries: dict[int, Found]) -> bool:
    """The line sits under a partner's own entry heading ('Kristinehamn' / its paragraph): other towns
    there describe that partner (its neighbours, region, visits), they are not listed partners."""
    if line in entries:
        return False  # an entry line itself: the next item of a list of partners
    above = [index for index in entries if index < line]
    return bool(above) and entries[max(above)].decision is not None


def _aside(layout: Layout, reader: ContextReader, item: Found) -> bool:
    """An aside about a visit or renewal; a table row's remark cell ('Avtalen fornya 2019') speaks of the row's own
    tie, so it sets no row aside."""
    return not layout.is_row(layout.units[item.unit].line) and reader.aside(item.unit)


def _under_cue_headings(
    layout: Layout, reader: ContextReader, groups: list[list[Found]], entries: dict[int, Found]
) -> None:
    """Towns listed under a heading that names a relation ('Vennskapsbyer', 'Zustersteden'), in a plain list,
    a table or a paragraph, take the heading's relation; towns in a visit, anniversary or location aside,
    or in the section of one partner's entry, do not."""
    listing = {layout.units[f.unit].line for group in groups for f in group}
    for group in groups:
        open_ = [f for f in group if f.decision is None and not f.excluded]
        if not open_ or not _listed(layout, reader, group) or any(_aside(layout, reader, f) for f in open_):
            continue
        if _in_entry_section(layout.units[open_[0].unit].line, entries):
            continue
        decision = reader.cue_heading_relation(layout.units[open_[0].unit].line, listing)
        for item in open_:
            refuted = decision is not None and decision.relation in reader.refuted(item.unit)
            item.decision = None if refuted else decision  # 'Keulen – ... Dit is uitdrukkelijk geen stedenband.'


def _continue_project_lists(layout: Layout, groups: list[list[Found]], separator: re.Pattern) -> None:
    """'sammen med Göteborg,\nKiel og Esbjerg': a project's list running over a line break is one list; each later
    place joined by a separator takes the relation of the first project partner in it."""
    for group in groups:
        first = next((f for f in group if f.decision), None)
        if first is None or first.decision.relation != "project_partner":
            continue
        prev = first
        for item in group[group.index(first) + 1 :]:
            if not separator.search(layout.text[prev.mention.end : item.mention.start]):
                break
            if item.decision is None and not item.excluded:
                item.decision = Decision(first.decision.relation, layout.units[item.unit])
            prev = item


def _guard(guards: Guards, item: Found) -> None:
    """Drop a decided mention that owns another town's relation, sits in a sentence about a neighbour's
    relations, or whose relation is only proposed."""
    unit = guards.layout.units[item.unit]
    m = item.mention
    if guards.owned_by_other(m.start, m.end) or guards.foreign_subject(unit):
        item.excluded = True
    elif item.decision and guards.unestablished(item.decision.cue, unit):
        item.excluded = True
    if item.excluded:
        item.decision = None


def _decided_in_section(layout: Layout, found: list[Found], name: str, first: int, last: int) -> Decision | None:
    """The relation the entry's own section decided for the town ('Brunswijk' / 'Sinds 2022 werkt Hengelo in het
    project X samen met Brunswijk'): more specific than the page's heading ('Stedenbanden')."""
    return next(
        (
            f.decision
            for f in found
            if f.decision and f.mention.city.name == name and first <= layout.units[f.unit].line < last
        ),
        None,
    )


def decide_all(
    layout: Layout,
    reader: ContextReader,
    found: list[Found],
    order: list[str],
    minimum: int,
    guards: Guards,
    explained: Cover,
) -> None:
    """Fill `decision` and `excluded` of every mention; `explained` are the spans of explanations of a town."""
    _drop_district_context(layout.text, found, reader.lexicon.district_of)
    gaps = reader.lexicon.gaps
    groups = coordinated(layout.text, [f for f in found if not f.excluded], gaps, explained)
    entries = entry_lines(layout, found, gaps)
    reader.entry_lines = frozenset(entries)
    _drop_common_words(layout, groups, entries, reader)
    listing = {layout.units[f.unit].line for f in found}
    starts_by_unit: dict[int, list[int]] = defaultdict(list)
    for item in found:
        starts_by_unit[item.unit].append(item.mention.start)
    for group in groups:
        span = (group[0].mention.start, group[-1].mention.end)
        own = {f.mention.start for f in group}
        others = [
            s for u in {f.unit for f in group} for s in starts_by_unit[u] if s not in own and not guards.own_owner(s)
        ]
        excluded_from = next((i for i, f in enumerate(group) if reader.excluded_as_location(f.mention.start)), None)
        before = layout.text[max(layout.units[group[0].unit].start, span[0] - 20) : span[0]]
        for i, item in enumerate(group):
            visited_district = reader.names_district(item.mention.start) and reader.aside(item.unit)
            cut = excluded_from is not None and i >= excluded_from
            located = guards.located(before, item.mention.domestic)
            organised = guards.organisation_partners(layout.units[item.unit], span, listing)
            item.excluded = (
                item.excluded
                or visited_district
                or reader.denied(item.unit, item.mention.start)
                or cut
                or located
                or organised
            )
            if not item.excluded:
                item.decision = reader.decide(item.mention.start, item.mention.end, span, others)
                _guard(guards, item)
    _continue_project_lists(layout, groups, gaps.separator)
    for name, (first, last) in entry_sections(layout, entries).items():
        item = next(f for f in entries.values() if f.mention.city.name == name)
        if not item.decision and not item.excluded:
            item.decision = (
                reader.section_relation(first, last)
                or _decided_in_section(layout, found, name, first, last)
                or reader.page_heading_relation(layout.units[item.unit].line, set(entries))
            )
    _under_cue_headings(layout, reader, groups, entries)
    for item in found:
        if item.decision is not None and item.decision.cue is None:
            _guard(guards, item)  # a heading's relation does not make a proposal under it agreed
    partners = strongest(found, order)
    for members in [*groups, list(entries.values())]:
        _inherit(members, partners, order, minimum, reader)
