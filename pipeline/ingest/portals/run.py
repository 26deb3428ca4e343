"""Pull a municipality's council documents and vote records from its registered portal(s).

Connectors are modules named in CONNECTORS, each with `pull(entry, date_from, date_to, http) -> Pull`,
`headers(entry)` and `secrets()`. This module gives every connector the same frame: one polite HTTP
client per pull, a PullReport that records what the portal listed against what was fetched, and a
crash inside a connector turned into a named gap instead of a lost pull.
"""

from __future__ import annotations

import csv
import importlib
import json
import logging
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import TextIO

from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import VoteRow
from pipeline.files import write_atomic
from pipeline.ingest.portals.base import PortalEntry, PortalSource, Pull, PullReport
from pipeline.ingest.portals.http import HttpSettings, PortalHttp
from pipeline.ingest.portals.registry import find_entries, load_registry

log = logging.getLogger(__name__)

CONNECTORS = {name: f"pipeline.ingest.portals.{name}" for name in (
    "notubiz", "ibabs", "gemeenteoplossingen", "einnsyn", "elements", "acos", "firstagenda")}
MANIFEST_COLUMNS = ("source", "municipality", "country", "doc_type", "title",
                    "portal", "body", "meeting_date", "meeting_id", "document_id")


@dataclass
class PortalPulls:
    """Everything the portals gave for a run: sources to process, vote records as results, one report per pull."""

    sources: list[PortalSource] = field(default_factory=list)
    records: list[DocResult] = field(default_factory=list)
    reports: list[PullReport] = field(default_factory=list)


def connector(name: str) -> ModuleType:
    """The connector module of a portal name."""
    if name not in CONNECTORS:
        raise ValueError(f"unknown portal {name!r}: choose one of {', '.join(CONNECTORS)}")
    return importlib.import_module(CONNECTORS[name])


def pull_entry(entry: PortalEntry, date_from: date, date_to: date, settings: HttpSettings | None = None) -> Pull:
    """One pull with its report; never raises for what the portal does."""
    module = connector(entry.portal)
    report = PullReport(entry.portal, entry.municipality, str(date_from), str(date_to))
    base = settings or HttpSettings()
    settings = replace(base, secrets=tuple(base.secrets) + module.secrets())
    with PortalHttp(settings, report, module.headers(entry)) as http:
        try:
            pulled = module.pull(entry, date_from, date_to, http)
        except Exception as exc:  # a connector bug or an unforeseen answer: the pull is reported, not lost
            log.exception("%s pull for %s failed", entry.portal, entry.municipality)
            report.gap(f"pull stopped: {type(exc).__name__}: {http.redact(str(exc))}")
            pulled = Pull(report)
    report.documents_listed = len(pulled.sources)
    days = [s.meeting_date for s in pulled.sources] + [row.meeting_date for r in pulled.records
                                                       for row in r.rows.get("votes", [])]
    report.last_meeting_date = max(filter(None, days), default=None)
    state = "complete" if report.complete else f"INCOMPLETE ({len(report.gaps)} gaps)"
    log.info("%s %s %s..%s: %d/%d meetings, %d documents, %d vote records, %s", entry.portal, entry.municipality,
             date_from, date_to, report.meetings_fetched, report.meetings_listed, report.documents_listed,
             report.vote_records, state)
    return pulled


def pull_municipalities(
    municipalities: list[str],
    date_from: date,
    date_to: date,
    portal: str | None = None,
    settings: HttpSettings | None = None,
    entries: list[PortalEntry] | None = None,
    state: PullState | None = None,
) -> PortalPulls:
    """Every registered portal of every municipality (or only `portal`); RegistryError for an unknown one.

    With `state`, each pull starts the day after the last meeting a complete earlier pull reached.
    A document listed by two meetings is processed once.
    """
    chosen = [e for m in municipalities for e in find_entries(m, portal, entries)]
    out, seen = PortalPulls(), set()
    for entry in chosen:
        mark = state.since(entry.municipality, entry.portal) if state else None
        start = max(date_from, date.fromisoformat(mark) + timedelta(days=1)) if mark else date_from
        pulled = pull_entry(entry, start, date_to, settings)
        for source in pulled.sources:
            if source.location not in seen:
                seen.add(source.location)
                out.sources.append(source)
        out.records.extend(pulled.records)
        out.reports.append(pulled.report)
    return out


def pull_for_run(
    municipalities: list[str],
    date_from: str | None,
    date_to: str | None,
    portal: str | None = None,
    delay: float = 1.0,
    retries: int = 3,
    registry: str | None = None,
    cache_dir: str | None = None,
    since_last: bool = False,
) -> PortalPulls:
    """The flow's pull: ISO dates (to: today; from: a year before `to`), the registry file, the cache's marks."""
    end = date.fromisoformat(date_to) if date_to else date.today()
    start = date.fromisoformat(date_from) if date_from else end - timedelta(days=365)
    if start > end:
        raise ValueError(f"--from {start} is after --to {end}")
    entries = load_registry(Path(registry)) if registry else None
    state = PullState(Path(cache_dir)) if since_last and cache_dir else None
    return pull_municipalities(municipalities, start, end, portal, HttpSettings(delay=delay, attempts=retries + 1),
                               entries, state)


def discover(municipality: str, date_from: date, date_to: date, portal: str | None = None,
             **options) -> list[PortalSource]:
    """The documents of a municipality's meetings in the period, with their meeting metadata."""
    return pull_municipalities([municipality], date_from, date_to, portal, **options).sources


def votes(municipality: str, date_from: date, date_to: date, portal: str | None = None, **options) -> list[VoteRow]:
    """Vote rows from the structured vote records of the portal(s), where they have them."""
    pulled = pull_municipalities([municipality], date_from, date_to, portal, **options)
    return [row for record in pulled.records for row in record.rows.get("votes", [])]


def write_manifest(sources: list[PortalSource], fh: TextIO) -> None:
    """A manifest CSV `run --manifest` reads; the meeting columns ride along for the researcher."""
    writer = csv.DictWriter(fh, fieldnames=MANIFEST_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for source in sources:
        writer.writerow({"source": source.location, **{k: getattr(source, k) or "" for k in MANIFEST_COLUMNS[1:]}})


def account_documents(pulls: PortalPulls, results: list[DocResult]) -> None:
    """After the run: a listed document that could not be fetched or read is a gap in its pull."""
    status = {r.document.source: r.document for r in results}
    for report in pulls.reports:
        mine = [s for s in pulls.sources if s.portal == report.portal and s.municipality == report.municipality]
        failed = [status[s.location] for s in mine if s.location in status and status[s.location].status == "failed"]
        report.documents_failed = len(failed)
        for row in failed:
            report.gap(f"document {row.source}: {row.error}")


def fill_meeting_metadata(pulls: PortalPulls, results: list[DocResult]) -> None:
    """Vote rows read from a pulled document take the portal's body and meeting date where the text gave none."""
    meetings = {s.location: s for s in pulls.sources}
    for result in results:
        source = meetings.get(result.document.source)
        if source is None:
            continue
        for row in result.rows.get("votes", []):
            row.body = row.body or source.body
            row.meeting_date = row.meeting_date or source.meeting_date


class PullState:
    """The last meeting date pulled completely per municipality and portal, kept in the cache folder."""

    def __init__(self, cache_dir: Path):
        self.path = Path(cache_dir) / "portals" / "last_pulled.json"

    def load(self) -> dict[str, str]:
        return json.loads(self.path.read_text(encoding="utf-8")) if self.path.is_file() else {}

    @staticmethod
    def key(municipality: str, portal: str) -> str:
        return f"{portal}:{municipality.casefold()}"

    def since(self, municipality: str, portal: str) -> str | None:
        return self.load().get(self.key(municipality, portal))

    def record(self, reports: list[PullReport]) -> None:
        """Only complete pulls move the mark: an incomplete one is pulled again next time."""
        state = self.load()
        for report in reports:
            if report.complete and report.last_meeting_date:
                key = self.key(report.municipality, report.portal)
                state[key] = max(state.get(key, ""), report.last_meeting_date)
        write_atomic(self.path, json.dumps(state, indent=2, sort_keys=True).encode("utf-8"))
