"""The issuing municipality is never its own partner, whatever its spelling and even when the
document's metadata does not name it."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath
from urllib.parse import urlparse

from pipeline.document import Document
from pipeline.extract.partner_cities.decisions import Found, coordinated
from pipeline.extract.partner_cities.guards import other_municipality
from pipeline.extract.partner_cities.layout import Layout
from pipeline.extract.partner_cities.lexicon import Lexicon
from pipeline.extract.partner_cities.separate import separate_municipality
from pipeline.gazetteers.cities import City, gazetteer, km
from pipeline.gazetteers.names import fold, spellings


def _named_issuer(municipality: str | None) -> set[str]:
    """Folded spellings of the issuer's name, and the canonical name of the city it resolves to."""
    if not municipality:
        return set()
    keys = spellings(municipality)
    city = gazetteer().lookup(municipality)
    if city is not None and fold(city.name) in keys | {fold(municipality)}:
        keys |= spellings(city.name)
    return keys


def owners(layout: Layout, lexicon: Lexicon, found: list[Found], home: str | None = None) -> set[str]:
    """Home-country cities that own relations: 'Gent heeft zeven zustersteden', 'Herning Kommune har
    venskabsbyer i ...' (the name is followed by a 'has' verb and then, in the same sentence, a relation cue).
    A foreign town that 'har vært vennskapsby siden 1949' is the partner, not the issuer."""
    names: set[str] = set()
    for item in found:
        if home and not item.mention.domestic:
            continue
        unit = layout.units[item.unit]
        after = layout.text[item.mention.end : unit.end]
        before = layout.text[unit.start : item.mention.start]
        cues = sorted(lexicon.relation_cues(after), key=lambda c: c.start)
        if not cues or not lexicon.any(lexicon.owner_after, after) or lexicon.relation_cues(before):
            continue
        following = after[cues[0].end :].split()
        if not following or following[0].lower() not in lexicon.prepositions:  # '... een stedenband met Arnhem'
            names.add(item.mention.city.name)
    return names


def _source_words(source: str) -> set[str]:
    """Words of the source's host name (a URL) or file name: a municipality's site names it."""
    parsed = urlparse(source)
    where = parsed.netloc if parsed.scheme in ("http", "https") else PurePath(parsed.path).stem
    return {fold(word) for word in re.split(r"[\W_\d]+", where) if len(word) >= 3}


def issuer_names(
    doc: Document,
    home: str | None,
    layout: Layout,
    lexicon: Lexicon,
    found: list[Found],
    minimum: int,
    also_issuing: frozenset[str] = frozenset(),
) -> set[str]:
    """Canonical names of cities that are the issuer: the named municipality, the owners of relations,
    and, when no municipality is named, a city of the home country (or of `also_issuing`, the other countries
    writing the language: Greenland writes Danish) named by the source's site or file name, or the one
    home-country city the document names most (≥ `minimum`; a Danish page names its Greenlandic twin town often)."""
    issuing = also_issuing | {home}
    municipality = doc.municipality
    keys = _named_issuer(municipality)
    names = {f.mention.city.name for f in found if fold(f.mention.city.name) in keys or fold(f.mention.surface) in keys}
    # another municipality that has relations of its own ('Holmestrand har egne vennskapsbyer') is no issuer
    owning = owners(layout, lexicon, found, home)
    names |= {n for n in owning if not (municipality and other_municipality(n, home, frozenset(keys)))}
    if not municipality:
        site = _source_words(doc.source)
        names |= {
            f.mention.city.name
            for f in found
            if f.mention.city.country in issuing and fold(f.mention.city.name) in site
        }
    if not municipality and found:
        top, first, second = _most_named(layout.text, found)
        if top.country == home and first >= minimum and second < first:
            names.add(top.name)
    return names


def _is_word_char(char: str) -> bool:
    """What the regex class \\w matches in a str pattern: a Unicode letter or digit, or the underscore."""
    return char.isalnum() or char == "_"


def _whole_words(text: str, word: str) -> int:
    """How often `word` stands in `text` with no word character either side: what counting the matches of
    `(?<!\\w)word(?!\\w)` gives, found by substring search (the regex, opening with a lookbehind, tries every
    position of the document for each spelling of each town)."""
    if not word:
        return len(re.findall(r"(?<!\w)(?!\w)", text))
    count, at = 0, text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and _is_word_char(text[at - 1])) and not (end < len(text) and _is_word_char(text[end])):
            count += 1
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return count


def _most_named(text: str, found: list[Found]) -> tuple[City, int, int]:
    """The city whose names occur most often in the text (in 'Herning Storkommune' and 'Norden Herning'
    too, which are no mentions), its count and the runner-up's."""
    surfaces: dict[str, set[str]] = {}
    cities: dict[str, City] = {}
    for item in found:
        surfaces.setdefault(item.mention.city.name, set()).add(item.mention.surface)
        cities[item.mention.city.name] = item.mention.city
    counts = Counter({name: sum(_whole_words(text, s) for s in forms) for name, forms in surfaces.items()})
    ranked = counts.most_common(2) + [("", 0)]
    return cities[ranked[0][0]], ranked[0][1], ranked[1][1]


def _municipality_pair(
    group: list[Found], text: str, lexicon: Lexicon, home: str | None, issuer_keys: frozenset[str]
) -> bool:
    """Two places only, joined by a bare coordinator, the issuer and another municipality the catalogue knows:
    two parties, not a town and its district ('Andøy og Bodø', 'Hamont-Achel en Bree')."""
    others = [f for f in group if fold(f.mention.city.name) not in issuer_keys]
    if len(group) != 2 or len(others) != 1:
        return False
    gap = text[group[0].mention.end : group[1].mention.start].strip()
    joined = bool(lexicon.gaps.separator.fullmatch(gap))
    return joined and other_municipality(others[0].mention.surface, home, issuer_keys)


def _issuer_with(group: list[Found], text: str, lexicon: Lexicon, issuer: set[str]) -> bool:
    """The issuer joined to the next town by a preposition alone: the subject of an inverted clause and its
    counterparts ('I projektet X samarbejder Vejle med Fredericia og Kolding'), not a town and its districts."""
    for here, after in zip(group, group[1:], strict=False):
        gap = text[here.mention.end : after.mention.start].split()
        if here.mention.city.name in issuer and len(gap) == 1 and lexicon.ends_in_preposition(gap[0]):
            return True
    return False


def own_places(
    doc: Document, found: list[Found], issuer: set[str], home: str | None, lexicon: Lexicon, own_km: float
) -> set[int]:
    """Ids of mentions of the issuer's own towns and districts: home-country places listed together with the
    issuer ('Zwolle, Stadshagen en Berkum', 'Bodø og Saltstraumen'; a pair after 'mellom'/'tussen' is a
    relation, and so is the issuer paired with one other municipality of the catalogue: 'Andøy og Bodø har en
    intensjonsavtale'), and home-country places within `own_km` of the issuer's town; a neighbouring municipality
    of the catalogue is neither ('Samen met de gemeenten Maaseik en Dilsen-Stokkem ontwikkelt Kinrooi')."""
    text, own = doc.text, set()
    keys = frozenset(fold(name) for name in issuer)

    def apart(item: Found) -> bool:
        return separate_municipality({item.mention.surface, item.mention.city.name}, doc.municipality, home)

    for group in coordinated(text, found, lexicon.gaps):
        if not any(f.mention.city.name in issuer for f in group):
            continue
        if _municipality_pair(group, text, lexicon, home, keys) or _issuer_with(group, text, lexicon, issuer):
            continue
        if lexicon.ends_in_preposition(text[max(0, group[0].mention.start - 20) : group[0].mention.start]):
            continue
        own |= {id(f) for f in group if f.mention.domestic and f.mention.city.name not in issuer and not apart(f)}
    seat = gazetteer().lookup(doc.municipality, home) if doc.municipality else None
    if seat is None or seat.latitude is None or seat.country != home:
        return own
    for item in found:
        city = item.mention.city
        if city.country != home or city.latitude is None or apart(item):
            continue
        if km(seat.latitude, seat.longitude, city.latitude, city.longitude) < own_km:
            own.add(id(item))
    return own
