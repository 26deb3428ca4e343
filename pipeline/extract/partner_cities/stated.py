"""The country a text states right after a town's name ('Essen (Duitsland)', 'Lund, Sverige', 'Harlingen in
Texas', a table's next cell): it chooses between namesakes and tells a foreign partner from a domestic one."""

from __future__ import annotations

import re

from pipeline.gazetteers.cities import country_code, gazetteer
from pipeline.gazetteers.names import region_country

REGION_CITY_MAX_POPULATION = 15_000  # a state named like a town this big is read as the town ('Oslo')
_STATED_COUNTRY = re.compile(
    r"^[¹²³⁴*]?\s*(?:\((?P<paren>[^)]{1,80})\)|,\s*(?P<comma>[A-ZÆØÅÄÖÜ][\w\-]+)(?:\s*\((?P<after>[^)\n]{1,40})\))?|\s*[–-]\s*(?P<dash>[A-ZÆØÅÄÖÜ][\w\-]+)"
    r"|\s+(?:i|in|en)\s+(?P<prep>[A-ZÆØÅÄÖÜ][\w\-]+(?:,\s*[A-ZÆØÅÄÖÜ][\w\-]+(?: [A-ZÆØÅÄÖÜ][\w\-]+)?)?)"
    r"|[ ]*[|\t]\s*(?P<cell>[A-ZÆØÅÄÖÜ][\w\-]+))"
)  # also a table's next cell ('Tianjin | China | 1985')


def stated_country(text: str, end: int) -> str | None:
    """The country written right after a name: '(Tyskland)', ', Norge', ' – Sverige', ' i Polen', '| Kina',
    ' i Wisconsin, USA'; after a state or province, the country in brackets or the state's own (', Iowa (USA)',
    ', Iowa')."""
    m = _STATED_COUNTRY.match(text[end : end + 90])
    if not m:
        return None
    chunk = m.group("paren") or m.group("comma") or m.group("dash") or m.group("prep") or m.group("cell")
    parts = [p.strip() for p in re.split(r"[,;/]", chunk)]
    for part in parts:
        for candidate in (part, *part.split()):
            code = candidate[:1].isupper() and country_code(candidate.strip(" ."))
            if code:
                return code
    region = m.group("after") and _stated_region(parts[0].strip(" ."), m)
    if region:  # a state between the name and its bracketed country, not a second town ('Kiel, Lund (Sverige)')
        return country_code(m.group("after").strip(" .")) or region
    return _stated_region(parts[0].strip(" ."), m) if m.group("paren") or m.group("prep") else None


def _stated_region(name: str, match: re.Match) -> str | None:
    """The country of a state or province in brackets or after 'i'/'in' ('Harlingen in Texas', 'Hulst (Zeeland)');
    not after Dutch 'en' (and), nor a region named like a city of some size ('Oslo', 'Taipei' list cities)."""
    if not name[:1].isupper() or match.group(0).lstrip().startswith("en "):
        return None
    city = gazetteer().lookup(name)
    if city is not None and city.population >= REGION_CITY_MAX_POPULATION:
        return None
    return region_country(name)
