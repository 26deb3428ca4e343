"""The issuer's own towns and its neighbours are no partners unless a cue names them directly.

A twin-town page of a merged municipality names the towns it is made of, and a page about cooperation names
the neighbouring municipalities; both sit under a relation heading or share a sentence with a relation word.
Where the issuer lies comes from catalogues (models/partner_cities/areas.csv, built by
scripts/build_municipality_areas.py; else the gazetteer's place of its name or of its name's parts), never from
the towns a text names: a place within the municipality's reach plus a margin, in any country (a border town
too), is a partner only through a relation cue in its own sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from pipeline.extract.partner_cities.context import touches
from pipeline.extract.partner_cities.decisions import Found
from pipeline.extract.partner_cities.domestic import in_named_project, project_scope
from pipeline.extract.partner_cities.layout import Layout
from pipeline.extract.partner_cities.lexicon import Lexicon
from pipeline.extract.partner_cities.separate import name_parts
from pipeline.gazetteers.cities import City, gazetteer, km
from pipeline.gazetteers.names import fold
from pipeline.rules import load_csv

AREAS_FILE = "partner_cities/areas.csv"
NEIGHBOUR_GAP = 30  # chars at most between an own-town or neighbour phrase and the list of places it names
_ITEM_HEAD = re.compile(r"\s*(?:[•·▪●*–-]|\d{1,2}[.)])\s*")  # a list item's marker, nothing else before the town
_NEXT_ITEM = re.compile(r"\n\s*(?:[•·▪●*–-]|\d{1,2}[.)])\s")
_AGREEMENTS = frozenset({"cooperation_agreement", "intention_agreement", "mou"})  # relations signed between two


class Area(NamedTuple):
    """Where a municipality lies: a centre and how far its own towns reach from it."""

    latitude: float
    longitude: float
    radius_km: float


@cache
def _areas() -> dict[tuple[str, str], Area]:
    return {
        (fold(row["name"]), row["country"]): Area(
            float(row["latitude"]), float(row["longitude"]), float(row["radius_km"])
        )
        for row in load_csv(AREAS_FILE)
    }


def _placed(name: str, country: str | None) -> City | None:
    city = gazetteer().lookup(name, country)
    ok = city is not None and city.latitude is not None and (country is None or city.country == country)
    return city if ok else None


@cache
def issuer_area(municipality: str | None, country: str | None) -> Area | None:
    """The catalogue's area of the municipality; else its name's place; else the middle of its name's parts
    ('Merelbeke-Melle', 'Nazareth-De Pinte'), reaching half the distance between them."""
    if not municipality:
        return None
    area = _areas().get((fold(municipality), country or ""))
    if area:
        return area
    city = _placed(municipality, country)
    if city is not None:
        return Area(city.latitude, city.longitude, 0.0)
    parts = [c for part in name_parts(municipality) if len(part) > 2 and (c := _placed(part, country))]
    if not parts:
        return None
    lat = sum(c.latitude for c in parts) / len(parts)
    lon = sum(c.longitude for c in parts) / len(parts)
    return Area(lat, lon, max(km(lat, lon, c.latitude, c.longitude) for c in parts))


def distance_beyond(area: Area, city: City, own_km: float) -> float | None:
    """How far the place lies beyond the issuer's reach (at least `own_km`); negative inside it."""
    if city.latitude is None:
        return None
    return km(area.latitude, area.longitude, city.latitude, city.longitude) - max(area.radius_km, own_km)


def own_town(area: Area | None, home: str | None, city: City, own_km: float) -> bool:
    """A home-country place within the issuer's reach: one of its own towns (a border town across it is not)."""
    beyond = distance_beyond(area, city, own_km) if area and city.country == home else None
    return beyond is not None and beyond < 0


def _pair_keys(item: Found) -> set[tuple[str, int, int]]:
    """What ties a mention to the other side of a pair: its coordinated list, and the cue that decided it."""
    cue = item.decision.cue if item.decision else None
    keys = {("cue", cue.start, cue.end)} if cue else set()
    return keys | ({("list", item.group, 0)} if item.group >= 0 else set())


def _paired_own_towns(
    found: list[Found], area: Area | None, own_km: float, home: str | None, apart: Callable[[City], bool]
) -> set[int]:
    """Ids of decided own towns of the issuer that share a list or a relation cue with a decided place
    outside it: a merged municipality tells its twinnings town by town ('Hobro og Eslöv underskrev en
    venskabsbyaftale', 'Sandnessjøen har vært vennskapsby med Sundsvall'), its own town is the issuer's side.
    A neighbouring municipality (`apart`) is no own town: 'Projectpartners: Bergeijk en Valkenswaard en de stad
    Pelt' lists three partners."""
    inside: list[Found] = []
    outside: set[tuple[str, int, int]] = set()
    for item in found:
        if item.decision is None or area is None:
            continue
        city = item.mention.city
        if own_town(area, home, city, own_km) and not apart(city):
            inside.append(item)
        elif city.latitude is not None or city.country != home:
            outside |= _pair_keys(item)
    return {id(item) for item in inside if _pair_keys(item) & outside}


def _direct(layout: Layout, lexicon: Lexicon, item: Found, span: tuple[int, int], home: str | None) -> bool:
    """The relation is read from the mention's own sentence (a cue there, or a cooperation phrase typed by its
    context), or a partner list writes the town with its foreign country ('Flensborg (Tyskland)'); a heading
    above a list or paragraph of home-country places is not enough. A home-country place needs a relation cue
    next to its list: in 'I samarbejde med Struer Kommune tog vi imod vores venskabsby Hamar' or 'Maribo og
    Nakskov har begge venskabsbyer' the cue names other towns' relations."""
    decision = item.decision
    if decision is None:
        return False
    stated = item.mention.stated_country
    if decision.listed:
        return stated is not None and stated != home
    if item.mention.domestic and not stated:
        cue, m = decision.cue, item.mention
        own = cue is not None and (
            touches(layout.text, lexicon, cue, span) or _heads_item_of(layout, m.start, m.end, cue.start)
        )
        return own or in_named_project(item.decision, project_scope(layout, item.unit), lexicon)
    return decision.cue is not None or decision.unit.start == layout.units[item.unit].start


def _by_others_cue(layout: Layout, lexicon: Lexicon, item: Found, span: tuple[int, int], home: str | None) -> bool:
    """A home-country town whose sentence's relation cue is not next to it ('Sammen med Lier og Øvre Eiker var
    Drammen vertskap for vennskapsbytreffet', 'I samarbeid med Ringsaker kommune tok vi imot vennskapsbyen
    Viborg'): the cue names another relation; the town co-organises or cooperates locally. A project's partners
    stand anywhere in its sentence ('prosjektpartnar i Interreg-prosjektet X saman med Bergen')."""
    decision, mention = item.decision, item.mention
    domestic = mention.domestic and not mention.stated_country
    cue = decision.cue
    return (
        domestic
        and cue is not None
        and cue.relation != "project_partner"
        and not touches(layout.text, lexicon, cue, span)
        and not _heads_item_of(layout, mention.start, mention.end, cue.start)
    )


def _heads_item_of(layout: Layout, start: int, end: int, cue_start: int) -> bool:
    """The town opens its list item and the cue comes later in that item ('• Gembloers – sinds 1972. Een jumelage
    binnen België'): the item is about the town, the cue names its own relation."""
    line_start = layout.text.rfind("\n", 0, start) + 1
    between = layout.text[end:cue_start]
    return (
        cue_start > end
        and bool(_ITEM_HEAD.fullmatch(layout.text[line_start:start]))
        and "\n\n" not in between
        and not _NEXT_ITEM.search(between)
    )


def _neighbour_phrase(layout: Layout, lexicon: Lexicon, item: Found, list_start: int, own_only: bool = False) -> bool:
    """'Kommunen består af byerne X, Y og Z', 'nabokommunerne X og Y', 'de buurgemeenten X': a phrase right
    before the mention's list (or before other names only) names the issuer's own towns or (unless `own_only`) its
    neighbours."""
    unit = layout.units[item.unit]
    before = layout.text[unit.start : list_start]
    patterns = lexicon.own_towns if own_only else [*lexicon.own_towns, *lexicon.neighbours]
    return any(
        len(before) - m.end() <= NEIGHBOUR_GAP or lexicon.gaps.names_only.match(before[m.end() :])
        for p in patterns
        for m in p.finditer(before.lower())
    )


def _agreed_abroad(item: Found, home: str | None) -> bool:
    """A neighbour across the border with an agreement named in its own sentence ('Met buurgemeente Essen (B) sloot
    Roosendaal een samenwerkingsovereenkomst'): a partner, not one of the issuer's surroundings."""
    decision, m = item.decision, item.mention
    abroad = not m.domestic and (m.stated_country or m.city.country) != home
    return abroad and decision is not None and decision.cue is not None and decision.relation in _AGREEMENTS


def _own_after(layout: Layout, lexicon: Lexicon, item: Found, ends: dict[int, int]) -> bool:
    """'Tettstedene Førde, Naustdal og Skei ligger i kommunen': a phrase right after the mention's list places
    them in the issuer's municipality."""
    unit = layout.units[item.unit]
    end = ends.get(item.group, item.mention.end) if item.group >= 0 else item.mention.end
    after = lexicon.gaps.names_prefix.sub("", layout.text[end : unit.end]).lower()  # 'og Skei ligger i kommunen'
    return any(p.match(after) for p in lexicon.own_after)


def drop_own_and_neighbours(
    layout: Layout,
    lexicon: Lexicon,
    found: list[Found],
    area: Area | None,
    own_km: float,
    margin_km: float,
    home: str | None,
    apart: Callable[[City], bool] = lambda city: False,
) -> None:
    """Undecide mentions of the issuer's own towns and neighbours: named by an own-town or neighbour phrase, lying
    within the margin beyond the issuer's reach without a relation cue in their own sentence, paired with a partner
    outside the area, or (home country, however far) decided by a cue in their sentence that names another town's
    relation; a town the text names as one of the issuer's own is that everywhere, unless a cue names it directly (a
    town's heading over its own twin towns: 'Kommunens fire byer - Aasiaat, ...' / 'Aasiaat' / '- Venskabsby: X')."""
    paired = _paired_own_towns(found, area, own_km, home, apart)
    list_starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for item in found:
        list_starts.setdefault(item.group, item.mention.start)
        ends[item.group] = item.mention.end

    def span_of(item: Found) -> tuple[int, int]:
        if item.group < 0:
            return item.mention.start, item.mention.end
        return list_starts.get(item.group, item.mention.start), ends.get(item.group, item.mention.end)

    def own(item: Found) -> bool:
        return _neighbour_phrase(layout, lexicon, item, span_of(item)[0], own_only=True) or _own_after(
            layout, lexicon, item, ends
        )

    own_named = {item.mention.city.id for item in found if own(item)}  # a neighbour may be a partner elsewhere
    for item in found:
        if item.decision is None:
            continue
        span = span_of(item)
        beyond = distance_beyond(area, item.mention.city, own_km) if area else None
        close = beyond is not None and beyond < margin_km and not _direct(layout, lexicon, item, span, home)
        named = (
            (_neighbour_phrase(layout, lexicon, item, span[0]) and not _agreed_abroad(item, home))
            or _own_after(layout, lexicon, item, ends)
            or _named_elsewhere(layout, lexicon, item, span, own_named)
        )
        if close or named or id(item) in paired or _by_others_cue(layout, lexicon, item, span, home):
            item.decision = None
            item.excluded = True


def _named_elsewhere(layout: Layout, lexicon: Lexicon, item: Found, span: tuple[int, int], own: set[int]) -> bool:
    """A mention of a town an own-town or neighbour phrase names elsewhere in the text, without a relation cue right
    next to it ('venskabsbyen Vejle'): the town is the issuer's own, not a partner."""
    cue = item.decision.cue if item.decision else None
    return item.mention.city.id in own and not (cue is not None and touches(layout.text, lexicon, cue, span))
