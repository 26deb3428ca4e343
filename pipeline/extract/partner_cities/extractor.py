"""Extractor for the `partner_cities` table: twin towns and other named city partnerships.

A city mentioned is not a partner: each mention needs a cue that decides its relation
(partner_context, partner_decisions). One row per city, with its strongest relation; the
evidence is the sentence whose cue decided it; the start year comes from partner_years.
"""

from __future__ import annotations

from bisect import bisect_left

from pipeline.dataset.rows import PartnerCityRow
from pipeline.document import Document
from pipeline.extract.networks.matcher import network_names
from pipeline.extract.partner_cities.context import ContextReader
from pipeline.extract.partner_cities.decisions import Found, decide_all, entry_lines, entry_sections, strongest
from pipeline.extract.partner_cities.denied_twins import drop_denied_twins
from pipeline.extract.partner_cities.domestic import domestic_partner, mark_domestic, project_scope
from pipeline.extract.partner_cities.explanations import explained_again, explanation_spans
from pipeline.extract.partner_cities.fellows import drop_fellows
from pipeline.extract.partner_cities.guards import Guards
from pipeline.extract.partner_cities.homonyms import place_by_nationality, place_by_sentence_country, place_next_door
from pipeline.extract.partner_cities.issuer import issuer_names, own_places
from pipeline.extract.partner_cities.layout import Layout, breadcrumb_spans
from pipeline.extract.partner_cities.lead_in import lead_in_year
from pipeline.extract.partner_cities.lexicon import lexicon, settings
from pipeline.extract.partner_cities.mentions import find_mentions
from pipeline.extract.partner_cities.nearby import drop_own_and_neighbours, issuer_area, own_town
from pipeline.extract.partner_cities.pairs import drop_other_pairs
from pipeline.extract.partner_cities.persons import person_spans, role_person_spans
from pipeline.extract.partner_cities.separate import separate_municipality
from pipeline.extract.partner_cities.spans import Cover
from pipeline.extract.partner_cities.titles import without_titles
from pipeline.extract.partner_cities.tokens import read_tokens
from pipeline.extract.partner_cities.unlisted import governed_places
from pipeline.extract.partner_cities.years import YearReader
from pipeline.gazetteers.cities import City
from pipeline.gazetteers.names import fold, spellings

YEAR_MENTIONS = 25  # a start year is stated near one of a city's first mentions, if at all
LEAD_MENTIONS = 3  # a list's opening line gives its year to a town listed in one of its first mentions


def _evidence(doc: Document, layout: Layout, item: Found) -> str:
    """The sentence(s) holding both the mention and its deciding cue; else the mention's own unit."""
    cue, m = item.decision.cue, item.mention
    if cue is None:
        return layout.unit_text(item.decision.unit)
    return doc.sentence_at(min(cue.start, m.start), max(cue.end, m.end))


def _project_member(item: Found) -> bool:
    """A place decided as a partner in a named project: its coordinated list shares the relation ('sammen med
    Kiruna, Luleå og Bodø', 'saman med Sälen i Sverige og Geilo'), a home-country town in it included."""
    return not item.excluded and item.decision is not None and item.decision.relation == "project_partner"


def _is_issuer(item: Found, issuer: set[str], issuing: set[str | None]) -> bool:
    """A mention of the issuer's name, unless the text places it abroad: 'stedenband met de gelijknamige stad
    Harlingen in Texas' names a namesake partner."""
    m = item.mention
    return m.city.name in issuer and not (m.stated_country and m.stated_country not in issuing)


def _home_country(doc: Document) -> str | None:
    """The issuer's country; from the language when the manifest gives none (da -> DK, nb/nn -> NO, nl -> NL)."""
    return doc.country or settings(doc.language).home_country


def _since_year(
    years: YearReader,
    layout: Layout,
    mentions_of: list[Found],
    by_unit: dict[int, list[Found]],
    section: tuple[int, int] | None,
    only_partner: bool,
) -> int | None:
    """The start year in the city's row of a partner table; else the first stated next to the city, in its
    sentences, a start in a sentence naming it under its own entry, its entry section, or (sole partner)
    anywhere."""
    for item in mentions_of:
        in_table, year = years.row_year(item.mention.start)
        if in_table:
            return year
    if section:
        year = years.table_year(section[0] - 1, section[1]) or years.field_year(*section)
        if year:
            return year
    for item in mentions_of[:YEAR_MENTIONS]:
        m = item.mention
        here = by_unit[item.unit]
        ordered = list(dict.fromkeys(f.mention.city.name for f in here if f.decision))
        unit = layout.units[item.unit]
        spans = [(f.mention.start, f.mention.end, f.group) for f in here]
        whole = layout.sentence(item.unit)  # a sentence wrapped over lines dates the tie as a whole
        year = (
            years.after_mention(m.end)
            or years.respectively(unit, ordered, m.city.name)
            or years.in_unit(unit, (m.start, m.end, item.group), spans)
            or (whole != unit and years.in_unit(whole, (m.start, m.end, item.group), spans))
            or None
        )
        if year:
            return year
    year = next((y for item in mentions_of[:YEAR_MENTIONS] if (y := years.following(item.unit))), None)
    if year:
        return year
    year = next(
        (y for item in mentions_of[:LEAD_MENTIONS] if (y := lead_in_year(years, layout, item.mention.start))), None
    )
    if year:
        return year
    if section:  # 'Ploermel (Frankrijk)' / 'Sinds 1984.': the paragraph under the entry opens on its start
        k = bisect_left(layout.unit_starts, layout.line_starts[section[0]]) if section[0] < section[1] else None
        first = layout.units[k] if k is not None and k < len(layout.units) else None
        year = years.opening(first) if first and first.line < section[1] else None
        if year:
            return year
    if section:  # 'Sysmä, Finland' / 'Sysmä kom med i kjeda i 1986': under its entry, a sentence naming it is about it
        for item in mentions_of[:YEAR_MENTIONS]:
            m, unit = item.mention, layout.units[item.unit]
            if section[0] <= unit.line < section[1]:
                year = years.start_event(unit, (m.start, m.end, item.group), about=True)
                if year:
                    return year
    scope = [u for u in layout.units if section and section[0] <= u.line < section[1]]
    if only_partner:
        scope += layout.units
    return next((y for u in scope if (y := years.in_unit(u))), None)


def _relation(years: YearReader, mentions_of: list[Found]) -> str | None:
    """The relation the city's own row of a partner table states in its type column, if any."""
    return next((r for item in mentions_of if (r := years.row_relation(item.mention.start))), None)


def extract(doc: Document) -> list[PartnerCityRow]:
    conf = settings(doc.language)
    if doc.language not in conf.languages:
        return []  # no cues for this language: a guess in another language's cues would be noise
    order = conf.relation_priority
    lex = lexicon(doc.language)
    tokens = read_tokens(doc.tokens, doc.text)
    home = _home_country(doc)
    layout = Layout.of(tokens.doc, doc.text, conf.heading_max_chars)
    explained = explanation_spans(layout, lex)
    matched = without_titles(
        doc.text, find_mentions(tokens, home, lex.following_words, conf.matching, lex.describers), lex.describers
    )
    governed = governed_places(doc.text, lex, home, matched)
    held = Cover((m.start, m.end) for m in governed)  # 'Malung-Sälen kommun' holds the 'Sälen' read off it
    matched = sorted([m for m in matched if not held.holds(m.start, m.end)] + governed, key=lambda m: m.start)
    networks = Cover(network_names(doc))  # 'Sunne kommuner' names a network, not the Swedish town Sunne
    people = Cover(  # 'Kari Solberg (Sp)', 'rådgiver Kari Eide', 'Heim > Kultur > ...'
        person_spans(doc.text) + role_person_spans(doc.text, lex.person_roles) + breadcrumb_spans(doc.text)
    )
    mentions = [
        m
        for m in explained_again(layout, matched, explained)
        if not networks.holds(m.start, m.end) and not people.holds(m.start, m.end)
    ]
    place_by_sentence_country(doc.text, mentions, home, conf.matching)
    place_by_nationality(doc.text, mentions, lex, conf.matching)
    area = issuer_area(doc.municipality, home)
    place_next_door(doc.text, mentions, area, lex, (conf.own_town_km, conf.neighbour_margin_km), conf.matching)
    territories = frozenset(conf.home_territories) if home == conf.home_country else frozenset()
    mark_domestic(doc.text, mentions, lex, home, territories)
    found = [Found(m, layout.unit_at(m.start)) for m in mentions]
    issuer = issuer_names(doc, home, layout, lex, found, conf.issuer_min_mentions, frozenset(conf.issuer_countries))
    own = own_places(doc, found, issuer, home, lex, conf.own_town_km)
    issuing = {home, *conf.issuer_countries}
    found = [f for f in found if not _is_issuer(f, issuer, issuing) and id(f) not in own]
    title = doc.title if doc.title and doc.title not in doc.text else ""  # a title read off the text adds nothing
    keys = frozenset({fold(name) for name in issuer} | (spellings(doc.municipality) if doc.municipality else set()))

    def apart(city: City) -> bool:
        return separate_municipality({city.name}, doc.municipality, home)

    guards = Guards(
        layout, lex, keys, home, lambda city: own_town(area, home, city, conf.own_town_km) and not apart(city)
    )
    reader = ContextReader(layout, lex, title, conf.context_sentences, conf.generic_reach_chars, guards.skip_cue)
    decide_all(layout, reader, found, order, conf.sibling_min_partners, guards, explained)
    drop_own_and_neighbours(layout, lex, found, area, conf.own_town_km, conf.neighbour_margin_km, home, apart)
    drop_fellows(layout, lex, found, issuer)
    drop_other_pairs(layout, lex, found, home, keys, reader.excluded_as_location)
    drop_denied_twins(layout, reader, found)

    def passes(item: Found) -> bool:
        m = item.mention
        if not m.domestic:
            return True
        sentence = layout.unit_text(layout.units[item.unit])
        scope = project_scope(layout, item.unit)
        return domestic_partner(item.decision, m, conf.domestic_relations, doc.text, sentence, lex, scope)

    projects = {f.group for f in found if f.group >= 0 and _project_member(f) and passes(f)}
    kept = {
        name: item
        for name, item in strongest(found, order).items()
        if passes(item) or (_project_member(item) and item.group in projects)
    }
    sections = entry_sections(layout, entry_lines(layout, found, lex.gaps))
    years = YearReader.of(layout, lex, conf.period_marker_repeats, explained)
    by_city: dict[str, list[Found]] = {}
    by_unit: dict[int, list[Found]] = {}
    for item in found:
        if not item.excluded:
            by_city.setdefault(item.mention.city.name, []).append(item)
        if not item.excluded and (item.decision is None or item.mention.city.name in kept):
            by_unit.setdefault(item.unit, []).append(item)  # a place decided and then refused takes no year

    rows: list[PartnerCityRow] = []
    for name, item in kept.items():
        mentions_of = by_city[name]
        stated = next((f.mention.stated_country for f in mentions_of if f.mention.stated_country), None)
        since = _since_year(years, layout, mentions_of, by_unit, sections.get(name), len(kept) == 1)
        rows.append(
            PartnerCityRow(
                municipality=doc.municipality,
                city=name,
                mention=mentions_of[0].mention.surface,
                partner_country=stated or item.mention.city.country,
                relation=_relation(years, mentions_of) or item.decision.relation,
                since_year=since,
                **doc.provenance(item.mention.start, item.mention.end, _evidence(doc, layout, item)),
            )
        )
    return rows
