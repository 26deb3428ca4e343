"""FirstAgenda Publication (DK, also some NO): JSON behind the public agenda site `dagsordener.<kommune>.dk`.

`GET /Home/AnonymousAuthentication` sets a session cookie; `GET /api/agenda/udvalgsliste` lists every
committee (grouped by election period) with its meetings inlined; `GET /api/agenda/dagsorden/{id}`
gives a meeting's items, each with `Felter[]` (the case presentation and decision, a PDF by
`DocumentId`) and `Bilag[]` (attachments). PDFs are served at `/vis/pdf/bilag/{id}`. The listing has
no counts or pages: what it lists in the period is what the pull must fetch. No structured votes.
"""

from __future__ import annotations

from datetime import date

from pipeline.ingest.portals.base import CASE_PROTOCOL, PortalEntry, PortalError, PortalSource, Pull
from pipeline.ingest.portals.http import PortalHttp

NAME = "firstagenda"
_EMPTY_ID = "00000000-0000-0000-0000-000000000000"


def secrets() -> tuple[str, ...]:
    return ()


def headers(entry: PortalEntry) -> dict[str, str]:
    return {"Accept": "application/json"}


def _meetings(listing: dict, date_from: date, date_to: date) -> list[tuple[str, dict]]:
    """(committee name, meeting) for every meeting dated in the period, each meeting once."""
    found, seen = [], set()
    groups = listing.get("Udvalg") or {}
    for committees in groups.values() if isinstance(groups, dict) else [groups]:
        for committee in committees or []:
            for meeting in committee.get("Moeder") or []:
                day = (meeting.get("Dato") or "")[:10]
                if day and str(date_from) <= day <= str(date_to) and meeting.get("Id") not in seen:
                    seen.add(meeting.get("Id"))
                    found.append((committee.get("Navn"), meeting))
    return found


def pull(entry: PortalEntry, date_from: date, date_to: date, http: PortalHttp) -> Pull:
    report = http.report
    result = Pull(report)
    base = entry.base_url.rstrip("/")
    try:
        http.request("GET", f"{base}/Home/AnonymousAuthentication", lambda r: None, params={"callback": base + "/"})
        listing = http.get_json(f"{base}/api/agenda/udvalgsliste")
    except PortalError as exc:
        report.gap(f"committee list: {exc}")
        return result
    report.pages_listed, report.pages_fetched = 1, 1
    meetings = _meetings(listing, date_from, date_to)
    report.meetings_listed = len(meetings)
    for body, meeting in meetings:
        try:
            agenda = http.get_json(f"{base}/api/agenda/dagsorden/{meeting['Id']}")
            items = agenda["Dagsordenpunkter"] or []
        except (PortalError, KeyError, TypeError) as exc:
            report.gap(f"meeting {meeting.get('Id')} ({(meeting.get('Dato') or '')[:10]}): {exc}")
            continue
        report.meetings_fetched += 1
        seen: set[str] = set()
        for item in items:
            for field in item.get("Felter") or []:
                document_id = field.get("DocumentId")
                if not document_id or document_id == _EMPTY_ID or document_id in seen:
                    continue
                seen.add(document_id)
                result.sources.append(PortalSource(
                    f"{base}/vis/pdf/bilag/{document_id}?redirectDirectlyToPdf=false",
                    municipality=entry.municipality, country=entry.country, doc_type=CASE_PROTOCOL,
                    title=item.get("Navn") or item.get("Caption"), portal=NAME, body=body,
                    meeting_date=(meeting.get("Dato") or "")[:10] or None, meeting_id=str(meeting["Id"]),
                    document_id=str(document_id),
                ))
    return result


def discover(municipality: str, date_from: date, date_to: date, **options) -> list[PortalSource]:
    """This portal's documents of a municipality's meetings in the period (see pipeline.ingest.portals.run)."""
    from pipeline.ingest.portals.run import discover as discover_all

    return discover_all(municipality, date_from, date_to, portal=NAME, **options)
