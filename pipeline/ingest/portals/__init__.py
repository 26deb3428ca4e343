"""Council portal connectors: one module per portal, each discovering meeting documents and structured votes."""

from pipeline.ingest.portals.base import PortalEntry, PortalError, PortalSource, Pull, PullReport
from pipeline.ingest.portals.http import HttpSettings
from pipeline.ingest.portals.registry import RegistryError, find_entries, load_registry
from pipeline.ingest.portals.run import (
    CONNECTORS,
    PortalPulls,
    PullState,
    account_documents,
    discover,
    fill_meeting_metadata,
    pull_entry,
    pull_for_run,
    pull_municipalities,
    votes,
    write_manifest,
)

__all__ = [
    "CONNECTORS", "HttpSettings", "PortalEntry", "PortalError", "PortalPulls", "PortalSource", "Pull",
    "PullReport", "PullState", "RegistryError", "account_documents", "discover", "fill_meeting_metadata",
    "find_entries", "load_registry", "pull_entry", "pull_for_run", "pull_municipalities", "votes", "write_manifest",
]
