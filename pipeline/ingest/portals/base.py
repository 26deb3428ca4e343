"""What a portal pull yields: sources with meeting metadata, structured votes, and an honest account of the pull.

A pull is never reported complete when something is missing: every listing says what the
portal claimed to have (meetings, pages, documents), every fetch that failed is a named gap,
and every throttling or retry is a warning. `PullReport.as_dict()` is one row of run.json `pulls`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from pipeline.dataset.results import DocResult
from pipeline.ingest.pull import Source

CASE_PROTOCOL = "case_protocol"


@dataclass
class PortalSource(Source):
    """A document found on a council portal, with the meeting it belongs to."""

    portal: str | None = None
    body: str | None = None
    meeting_date: str | None = None  # ISO date
    meeting_id: str | None = None
    document_id: str | None = None


@dataclass(frozen=True)
class PortalEntry:
    """One row of models/portals.csv: where a municipality's council documents live."""

    municipality: str
    country: str
    portal: str
    base_url: str
    site: str = ""  # organisation id, iBabs site name, tenant/orgnr or eInnsyn enhet, per portal
    note: str = ""


class PortalError(Exception):
    """A portal request that failed for good; `kind` is http, auth, timeout, connection or invalid."""

    def __init__(self, message: str, kind: str = "http"):
        super().__init__(message)
        self.kind = kind


@dataclass
class PullReport:
    """What the portal said it had against what was fetched, for one municipality and portal."""

    portal: str
    municipality: str
    date_from: str
    date_to: str
    pages_listed: int | None = None  # pages the portal said its listing has
    pages_fetched: int = 0
    meetings_listed: int = 0
    meetings_fetched: int = 0
    documents_listed: int = 0
    documents_failed: int = 0  # filled in after the run fetched them
    vote_records: int = 0
    gaps: list[str] = field(default_factory=list)  # things the portal has that this pull does not
    warnings: list[str] = field(default_factory=list)  # retries, throttling: nothing lost, but worth knowing
    last_meeting_date: str | None = None

    def gap(self, message: str) -> None:
        self.gaps.append(message)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    @property
    def complete(self) -> bool:
        listed_pages = self.pages_listed is None or self.pages_fetched >= self.pages_listed
        return (not self.gaps and listed_pages and self.meetings_fetched == self.meetings_listed
                and not self.documents_failed)

    def as_dict(self) -> dict:
        return asdict(self) | {"status": "complete" if self.complete else "incomplete"}


@dataclass
class Pull:
    """Sources to process, vote records already in rows, and the report of one pull."""

    report: PullReport
    sources: list[PortalSource] = field(default_factory=list)
    records: list[DocResult] = field(default_factory=list)  # one per structured vote record
