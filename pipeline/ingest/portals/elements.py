"""Sikri Elements Publikum (NO): the JSON API behind `prod01.elementscloud.no/publikum/<tenant>/Dmb`.

Every call carries the header `tenant: {orgnr}_PROD-{orgnr}` (registry `site` is the organisation
number). `GET api/PredefinedQuery/DmbMeetings?year=` lists a whole year's meetings (`MO_ID`,
`MO_START`, `UT_NAVN`), with no paging, so a period is pulled a year at a time; `GET
api/DmbHandlings/GetByMeetingId/{id}` lists the meeting's cases, and each published case decision
(`ProtocolPublished` and not `ProtocolRestricted`) is a document at
`Documents/ShowDmbHandlingDocument/{Database}/{case id}/Protokoll`. Restricted decisions are counted
as warnings. The API is undocumented by the vendor and portals usually show only the last 365 days;
check a portal's terms before large pulls. No structured votes.
"""

from __future__ import annotations

from datetime import date

from pipeline.ingest.portals.base import CASE_PROTOCOL, PortalEntry, PortalError, PortalSource, Pull
from pipeline.ingest.portals.http import PortalHttp

NAME = "elements"


def secrets() -> tuple[str, ...]:
    return ()


def headers(entry: PortalEntry) -> dict[str, str]:
    return {"tenant": f"{entry.site}_PROD-{entry.site}", "Accept": "application/json"}


def _meetings(entry: PortalEntry, date_from: date, date_to: date, http: PortalHttp) -> list[dict]:
    report, found = http.report, []
    years = range(date_from.year, date_to.year + 1)
    report.pages_listed = len(years)
    for year in years:
        try:
            listing = http.get_json(f"{entry.base_url}/api/PredefinedQuery/DmbMeetings", {"year": year})
        except PortalError as exc:
            report.gap(f"meetings of {year}: {exc}")
            continue
        report.pages_fetched += 1
        for meeting in listing or []:
            day = str(meeting.get("MO_START") or "")[:10]
            if day and str(date_from) <= day <= str(date_to):
                found.append(meeting)
    return found


def _case_title(case: dict) -> str | None:
    number = "/".join(str(case[k]) for k in ("SequenceNumber", "Year") if case.get(k) is not None)
    parts = [case.get("MeetingCaseTypeId"), number, case.get("Title")]
    return " ".join(str(p) for p in parts if p) or None


def pull(entry: PortalEntry, date_from: date, date_to: date, http: PortalHttp) -> Pull:
    report = http.report
    result = Pull(report)
    if not entry.site:
        report.gap(f"no organisation number for {entry.municipality} in models/portals.csv (column site)")
        return result
    meetings = _meetings(entry, date_from, date_to, http)
    report.meetings_listed = len(meetings)
    restricted = 0
    for meeting in meetings:
        meeting_id = meeting.get("MO_ID")
        day = str(meeting.get("MO_START") or "")[:10] or None
        try:
            cases = http.get_json(f"{entry.base_url}/api/DmbHandlings/GetByMeetingId/{meeting_id}")
            cases = [c for c in cases if isinstance(c, dict)]
        except (PortalError, TypeError) as exc:
            report.gap(f"meeting {meeting_id} ({day}): {exc}")
            continue
        report.meetings_fetched += 1
        for case in cases:
            if not case.get("ProtocolPublished") or case.get("ProtocolRestricted"):
                restricted += bool(case.get("ProtocolRestricted"))
                continue
            database = case.get("Database") or meeting.get("Database")
            if not database:
                report.gap(f"case {case.get('Id')} of meeting {meeting_id}: no Database id for its document address")
                continue
            result.sources.append(PortalSource(
                f"{entry.base_url}/Documents/ShowDmbHandlingDocument/{database}/{case['Id']}/Protokoll",
                municipality=entry.municipality, country=entry.country, doc_type=CASE_PROTOCOL,
                title=_case_title(case), portal=NAME, body=meeting.get("UT_NAVN"), meeting_date=day,
                meeting_id=str(meeting_id), document_id=str(case["Id"]),
            ))
    if restricted:
        report.warn(f"{restricted} case decisions are restricted (ProtocolRestricted) and were not pulled")
    return result


def discover(municipality: str, date_from: date, date_to: date, **options) -> list[PortalSource]:
    """This portal's documents of a municipality's meetings in the period (see pipeline.ingest.portals.run)."""
    from pipeline.ingest.portals.run import discover as discover_all

    return discover_all(municipality, date_from, date_to, portal=NAME, **options)
