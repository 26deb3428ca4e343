"""models/portals.csv: which portal, base URL and site id serve a municipality's council documents."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.ingest.portals.base import PortalEntry

REGISTRY = Path(__file__).resolve().parents[3] / "models" / "portals.csv"
FIELDS = ("municipality", "country", "portal", "base_url", "site", "note")


class RegistryError(ValueError):
    """The registry has no row for what was asked, or a malformed one."""


def load_registry(path: Path = REGISTRY) -> list[PortalEntry]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if line.strip() and not line.startswith("#")))
    entries = []
    for number, row in enumerate(rows, start=2):
        values = {name: (row.get(name) or "").strip() for name in FIELDS}
        if not (values["municipality"] and values["portal"] and values["base_url"]):
            raise RegistryError(f"{path.name} line {number}: municipality, portal and base_url are required")
        entries.append(PortalEntry(**values))
    return entries


def find_entries(
    municipality: str, portal: str | None = None, entries: list[PortalEntry] | None = None
) -> list[PortalEntry]:
    """The registry rows of a municipality (case-insensitive), optionally of one portal only."""
    rows = load_registry() if entries is None else entries
    wanted = municipality.casefold()
    found = [e for e in rows if e.municipality.casefold() == wanted and (portal is None or e.portal == portal)]
    if not found:
        which = f" on portal {portal!r}" if portal else ""
        raise RegistryError(f"no portal registered for {municipality!r}{which}: add a row to models/portals.csv")
    return found
