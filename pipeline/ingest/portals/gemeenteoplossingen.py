"""Gemeenteoplossingen (NL): REST under the council site's `/api`, as Open Raadsinformatie's client reads it.

`GET {base}/{version}/meetings?date_from=&date_to=` (epoch seconds) returns whole meetings with their
`dmu` (the body), `items[]` and `documents[]`; a document is served at
`{base}/{version}/meetings/{id}/documents/{document id}`. Version `v2` (registry `site`) wraps the list
as `{"result": {"totalCount": N, "meetings": [...]}}`, and `totalCount` is what the pull must reach;
`v1` (the default) answers with the bare list. No structured votes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from pipeline.ingest.portals.base import CASE_PROTOCOL, PortalEntry, PortalError, PortalSource, Pull
from pipeline.ingest.portals.http import PortalHttp

NAME = "gemeenteoplossingen"


def secrets() -> tuple[str, ...]:
    return ()


def headers(entry: PortalEntry) -> dict[str, str]:
    return {"Accept": "application/json"}


def _epoch(day: date, at: time) -> int:
    return int(datetime.combine(day, at, tzinfo=UTC).timestamp())


def _meeting_sources(entry: PortalEntry, api: str, meeting: dict) -> list[PortalSource]:
    documents = list(meeting.get("documents") or [])
    for item in meeting.get("items") or []:
        documents += item.get("documents") or []
    body = (meeting.get("dmu") or {}).get("name")
    day = str(meeting.get("date") or "")[:10] or None
    found, seen = [], set()
    for document in documents:
        if document.get("id") is None or document["id"] in seen:
            continue
        seen.add(document["id"])
        found.append(PortalSource(
            f"{api}/meetings/{meeting['id']}/documents/{document['id']}", municipality=entry.municipality,
            country=entry.country, doc_type=CASE_PROTOCOL, title=document.get("filename") or document.get("title"),
            portal=NAME, body=body, meeting_date=day, meeting_id=str(meeting["id"]), document_id=str(document["id"]),
        ))
    return found


def pull(entry: PortalEntry, date_from: date, date_to: date, http: PortalHttp) -> Pull:
    report = http.report
    result = Pull(report)
    version = entry.site or "v1"
    api = f"{entry.base_url.rstrip('/')}/{version}"
    params = {"date_from": _epoch(date_from, time.min), "date_to": _epoch(date_to, time.max)}
    try:
        data = http.get_json(f"{api}/meetings", params)
    except PortalError as exc:
        report.gap(f"meeting list: {exc}")
        return result
    report.pages_listed, report.pages_fetched = 1, 1
    if isinstance(data, dict):
        meetings = (data.get("result") or {}).get("meetings") or []
        report.meetings_listed = int((data.get("result") or {}).get("totalCount", len(meetings)))
    else:
        meetings = data or []
        report.meetings_listed = len(meetings)
    for meeting in meetings:
        if not isinstance(meeting, dict) or "id" not in meeting:
            report.gap(f"a meeting without id in the list: {str(meeting)[:80]}")
            continue
        report.meetings_fetched += 1
        result.sources.extend(_meeting_sources(entry, api, meeting))
    if report.meetings_fetched < report.meetings_listed:
        report.gap(f"the portal counts {report.meetings_listed} meetings but listed {report.meetings_fetched}")
    return result


def discover(municipality: str, date_from: date, date_to: date, **options) -> list[PortalSource]:
    """This portal's documents of a municipality's meetings in the period (see pipeline.ingest.portals.run)."""
    from pipeline.ingest.portals.run import discover as discover_all

    return discover_all(municipality, date_from, date_to, portal=NAME, **options)
