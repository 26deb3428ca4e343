"""Notubiz (NL): JSON API. Events are listed page by page; each meeting is read with its agenda and documents.

`GET /events?organisation_id=&date_from=&date_to=&page=N` until `pagination.has_more_pages` is false,
then `GET /events/meetings/{id}` (the body is the meeting's title attribute, id 1; documents
sit on the meeting and on nested agenda items, each with a download `url`); every call takes
`format=json&version=`. An application token,
when the portal requires one, is read from NOTUBIZ_APPLICATION_TOKEN. Notubiz has no structured
votes in this API, so this connector yields documents only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

from pipeline.ingest.portals.base import CASE_PROTOCOL, PortalEntry, PortalError, PortalSource, Pull
from pipeline.ingest.portals.http import PortalHttp

NAME = "notubiz"
TOKEN_ENV = "NOTUBIZ_APPLICATION_TOKEN"
API_VERSION = "1.17.0"


def secrets() -> tuple[str, ...]:
    return tuple(filter(None, [os.environ.get(TOKEN_ENV)]))


def headers(entry: PortalEntry) -> dict[str, str]:
    return {}


def _params(**extra: object) -> dict:
    token = os.environ.get(TOKEN_ENV)
    return {"format": "json", "version": API_VERSION, **({"application_token": token} if token else {}), **extra}


def _list_events(entry: PortalEntry, date_from: date, date_to: date, http: PortalHttp) -> list[dict]:
    report, events, page = http.report, [], 1
    while True:
        params = _params(organisation_id=entry.site, date_from=f"{date_from} 00:00:00",
                         date_to=f"{date_to} 23:59:59", page=page)
        try:
            data = http.get_json(f"{entry.base_url}/events", params)
        except PortalError as exc:
            report.gap(f"events page {page}: {exc}")
            return events
        report.pages_fetched += 1
        pagination = data.get("pagination") or {}
        if pagination.get("total_pages") is not None:
            report.pages_listed = int(pagination["total_pages"])
        events.extend(data.get("events") or [])
        if not pagination.get("has_more_pages"):
            return events
        page += 1


def _documents(item: dict) -> Iterator[dict]:
    """Documents of a meeting or agenda item, nested agenda items included."""
    yield from item.get("documents") or []
    for child in item.get("agenda_items") or []:
        yield from _documents(child)


def _title(meeting: dict) -> str | None:
    """The meeting's title attribute (id 1), which names the body ("Gemeenteraad", "Commissie Bestuur")."""
    return next((str(a["value"]) for a in meeting.get("attributes") or []
                 if isinstance(a, dict) and a.get("id") == 1 and a.get("value")), None)


def _document_url(entry: PortalEntry, document: dict) -> str:
    if document.get("url"):
        return str(document["url"])
    versions = document.get("versions") or [{}]
    return f"{entry.base_url}/document/{document['id']}/{versions[-1].get('id', 1)}"


def pull(entry: PortalEntry, date_from: date, date_to: date, http: PortalHttp) -> Pull:
    report = http.report
    result = Pull(report)
    events = _list_events(entry, date_from, date_to, http)
    public = [e for e in events if e.get("permission_group", "public") == "public"]
    if len(public) < len(events):
        report.warn(f"{len(events) - len(public)} non-public meetings listed but not readable")
    report.meetings_listed = len(public)
    for event in public:
        try:
            meeting = http.get_json(f"{entry.base_url}/events/meetings/{event['id']}", _params())["meeting"]
        except (PortalError, KeyError, TypeError) as exc:
            report.gap(f"meeting {event.get('id')}: {exc}")
            continue
        report.meetings_fetched += 1
        plannings = meeting.get("plannings") or event.get("plannings") or [{}]
        meeting_date = (plannings[0].get("start_date") or "")[:10] or None
        body = _title(meeting) or (meeting.get("gremium") or {}).get("title")
        seen: set[str] = set()
        for document in _documents(meeting):
            url = _document_url(entry, document)
            if url in seen:
                continue
            seen.add(url)
            result.sources.append(PortalSource(
                url, municipality=entry.municipality, country=entry.country, doc_type=CASE_PROTOCOL,
                title=document.get("title"), portal=NAME, body=body, meeting_date=meeting_date,
                meeting_id=str(meeting.get("id", event["id"])), document_id=str(document.get("id", "")) or None,
            ))
    return result


def discover(municipality: str, date_from: date, date_to: date, **options) -> list[PortalSource]:
    """This portal's documents of a municipality's meetings in the period (see pipeline.ingest.portals.run)."""
    from pipeline.ingest.portals.run import discover as discover_all

    return discover_all(municipality, date_from, date_to, portal=NAME, **options)
