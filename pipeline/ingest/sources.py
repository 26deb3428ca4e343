"""Which sources a run reads: files, folders, http(s) URLs and manifest CSVs, checked before any is processed.

A manifest is read the way spreadsheets write it: the delimiter (`,` `;` or tab) is sniffed
from the header, a UTF-8 BOM is dropped, `#` lines are comments. Its values are normalised to
the contract (country → ISO 3166-1 alpha-2 from a name in da/nb/nn/nl/en or a code; doc_type
synonyms → the contract's vocabulary, models/manifest.json) or the row is refused with its
row number; duplicate rows are warned about and read once. Every mistake is a `ManifestError`
(a usage error: one line, raised before any document is processed).

`Source.location` is the source as the user gave it — relative to the manifest or the folder
given, or as typed — so runs on two machines write the same `source`; `Source.path` is where
the file is read from.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry

from pipeline.gazetteers.cities import country_code
from pipeline.rules import load_json

log = logging.getLogger(__name__)

DEFAULT_MANIFEST = Path(__file__).resolve().parents[2] / "corpus" / "manifest.csv"
MANIFEST_FIELDS = ("municipality", "country", "doc_type", "title")
DELIMITERS = (",", ";", "\t")


class ManifestError(ValueError):
    """A mistake in the sources given (a manifest's columns or values, a CSV that is no manifest): exit 2."""


@dataclass
class Source:
    location: str  # path or URL as the user gave it (relative to `base` when that is set)
    municipality: str | None = None
    country: str | None = None
    doc_type: str | None = None
    title: str | None = None
    base: str | None = None  # the manifest's folder or the folder given, which a relative location is read from

    @property
    def is_url(self) -> bool:
        return "://" in self.location

    @property
    def path(self) -> Path:
        """The local file to read."""
        location = Path(self.location)
        return location if self.base is None or location.is_absolute() else Path(self.base) / location


def _header_delimiter(line: str) -> str:
    """The delimiter the header line uses most (a one-column header has none: a comma is as good as any)."""
    return max(DELIMITERS, key=line.count)


def _lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")  # what spreadsheets in these locales save as "CSV"
    return text.splitlines()


def csv_header(path: Path) -> list[str]:
    """The first non-comment line of a CSV file, split on its sniffed delimiter, folded."""
    for line in _lines(path):
        if line.strip() and not line.startswith("#"):
            return [h.strip().lower() for h in next(csv.reader([line], delimiter=_header_delimiter(line)))]
    return []


def is_manifest(path: Path) -> bool:
    """A CSV whose header has a `source` column."""
    return path.suffix.lower() == ".csv" and path.is_file() and "source" in csv_header(path)


def _fold(value: str) -> str:
    return " ".join(value.casefold().replace("_", " ").replace("-", " ").split())


@cache
def doc_type_synonyms() -> dict[str, str]:
    """Folded synonym → contract doc_type (the contract's own names included)."""
    table = load_json("manifest.json")["doc_type"]
    return {_fold(word): doc_type for doc_type, words in table.items() for word in [doc_type, *words]}


def normal_country(value: str) -> str | None:
    """ISO 3166-1 alpha-2 for a code ("dk", "NLD") or a country name in da/nb/nn/nl/en ("Norge", "Netherlands")."""
    if len(value) == 2 and pycountry.countries.get(alpha_2=value.upper()):
        return value.upper()
    return country_code(value)


def _normalised(row: dict[str, str], where: str) -> dict[str, str | None]:
    values = {name: (row.get(name) or "").strip() or None for name in MANIFEST_FIELDS}
    if values["country"]:
        code = normal_country(values["country"])
        if code is None:
            raise ManifestError(f"{where}: country {values['country']!r} is neither a country name nor an ISO code")
        values["country"] = code
    if values["doc_type"]:
        doc_type = doc_type_synonyms().get(_fold(values["doc_type"]))
        if doc_type is None:
            allowed = ", ".join(load_json("manifest.json")["doc_type"])
            raise ManifestError(f"{where}: doc_type {values['doc_type']!r} is not one of {allowed}")
        values["doc_type"] = doc_type
    return values


def read_manifest(path: Path) -> list[Source]:
    """Rows of a manifest CSV, normalised; locations stay as written, relative ones are read from its folder."""
    if not path.is_file():
        raise ManifestError(f"manifest not found: {path}")
    lines = [line for line in _lines(path) if not line.startswith("#")]
    header = next((line for line in lines if line.strip()), "")
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=_header_delimiter(header))
    columns = [(c or "").strip().lower() for c in reader.fieldnames or []]
    if "source" not in columns:
        shown = ", ".join(c for c in columns if c) or "none"
        raise ManifestError(f"manifest {path} has no 'source' column (columns found: {shown})")
    reader.fieldnames = columns
    sources: list[Source] = []
    first_row: dict[Path | str, int] = {}
    for row in reader:
        where = f"{path}, row {reader.line_num}"
        location = (row.get("source") or "").strip()
        if not location:
            continue
        source = Source(location, **_normalised(row, where), base=None if "://" in location else str(path.parent))
        key = _identity(source)
        if key in first_row:
            log.warning("%s: %s repeats row %d; the first row is used", where, location, first_row[key])
            continue
        first_row[key] = reader.line_num
        sources.append(source)
    return sources


def _folder(folder: Path) -> list[Source]:
    """Files under `folder`, recursively and sorted, relative to it; hidden files and manifests are skipped."""
    files = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder)
        if not any(part.startswith(".") for part in relative.parts) and not is_manifest(path):
            files.append(Source(relative.as_posix(), base=str(folder)))
    return files


def _identity(source: Source) -> Path | str:
    return source.location if source.is_url else source.path.resolve()


def expand_sources(locations: list[str], manifest: Path | None = None) -> list[Source]:
    """Sources from files, folders, URLs and manifests, in the order given, each file or URL once.

    No locations and no manifest means the embedded corpus (corpus/manifest.csv). A location
    that does not exist is still returned: fetch() then fails it with a reason, so it is
    reported as a failed document instead of silently vanishing. A `.csv` given by name must
    be a manifest: a spreadsheet is never read as a document.
    """
    if not locations and manifest is None:
        manifest = DEFAULT_MANIFEST
    sources = read_manifest(manifest) if manifest is not None else []
    for location in locations:
        path = Path(location)
        if "://" in location:
            sources.append(Source(location))
        elif path.is_dir():
            sources.extend(_folder(path))
        elif is_manifest(path):
            sources.extend(read_manifest(path))
        elif path.suffix.lower() == ".csv" and path.is_file():
            columns = ", ".join(csv_header(path)) or "none"
            raise ManifestError(f"{location} is a CSV without a 'source' column, so not a manifest "
                                f"(columns found: {columns})")
        else:
            sources.append(Source(location))
    seen: set[Path | str] = set()
    unique = []
    for source in sources:
        if _identity(source) not in seen:
            seen.add(_identity(source))
            unique.append(source)
    return unique
