"""Loopback portals: recorded responses written in each portal's documented shape, served by pytest-httpserver."""

from __future__ import annotations

import pytest

from pipeline.ingest.portals import HttpSettings, PortalEntry


@pytest.fixture
def fast() -> HttpSettings:
    """No politeness delay and no backoff in tests; three attempts per request."""
    return HttpSettings(delay=0, timeout=5, attempts=3, backoff=0, max_wait=0.05)


@pytest.fixture
def entry(httpserver):
    def make(portal: str, municipality: str, country: str, site: str = "", path: str = "") -> PortalEntry:
        return PortalEntry(municipality, country, portal, httpserver.url_for(path).rstrip("/"), site)

    return make
