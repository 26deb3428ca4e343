"""iBabs (NL): SOAP service `Public.svc`, spoken as plain XML over httpx.

`GetMeetingtypes` names the bodies; `GetMeetingsByDateRange(Sitename, StartDate, EndDate,
MetaDataOnly)` lists the meetings; `GetMeetingWithOptions` (options IncludeDocuments,
IncludeMeetingItems, IncludeListEntries, all false by default) reads one with its documents and
list entries; `GetListEntryVotes(Sitename, EntryId)` gives one vote per member with `GroupName`
(the party) and `Vote` true/false. Responses are read by local element name, so the data-contract
namespaces of a site's WSDL version do not matter.
"""

from __future__ import annotations

import re
from datetime import date
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from pipeline.dataset.rows import VoteRow
from pipeline.ingest.portals.base import CASE_PROTOCOL, PortalEntry, PortalError, PortalSource, Pull
from pipeline.ingest.portals.http import PortalHttp
from pipeline.ingest.portals.records import AGAINST, FOR, Ballot, VoteRecord, record_result

NAME = "ibabs"
_SERVICE_NS = "http://tempuri.org/"
_ARRAYS_NS = "http://schemas.datacontract.org/2004/07/iBabsWCFObjects"
_NOTHING_FOUND = re.compile(r"\bno\b.*\bmeetings?\b", re.IGNORECASE)


def secrets() -> tuple[str, ...]:
    return ()


def headers(entry: PortalEntry) -> dict[str, str]:
    return {"Content-Type": "text/xml; charset=utf-8"}


def _local(element: ElementTree.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def child(element: ElementTree.Element | None, name: str) -> ElementTree.Element | None:
    for sub in element if element is not None else []:
        if _local(sub) == name:
            return sub
    return None


def children(element: ElementTree.Element | None, container: str, name: str) -> list[ElementTree.Element]:
    box = child(element, container)
    return [sub for sub in box if _local(sub) == name] if box is not None else []


def text(element: ElementTree.Element | None, name: str) -> str | None:
    found = child(element, name)
    if found is None:
        return None
    return (found.text or "").strip() or None


def envelope(operation: str, fields: str) -> str:
    return (f'<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:a="{_ARRAYS_NS}"><s:Body>'
            f'<{operation} xmlns="{_SERVICE_NS}">{fields}</{operation}></s:Body></s:Envelope>')


def call(entry: PortalEntry, http: PortalHttp, operation: str, **fields: str) -> ElementTree.Element:
    """The `<operation>Result` element; a result whose Status is not OK is a PortalError.

    A listing answered with status ERR and a message saying there are no meetings is an empty
    result, not an error (the service says "No public meetings for this meetingtype!" and the like).
    """
    body = "".join(f"<{k}>{v}</{k}>" for k, v in (("Sitename", escape(entry.site)), *fields.items()))
    root = http.post_xml(entry.base_url, envelope(operation, body),
                         headers={"SOAPAction": f'"{_SERVICE_NS}IPublic/{operation}"'})
    result = next((e for e in root.iter() if _local(e) == f"{operation}Result"), None)
    if result is None:
        raise PortalError(f"{operation}: no {operation}Result in the response", "invalid")
    status, message = text(result, "Status"), text(result, "Message") or ""
    if status and status.upper() != "OK" and _NOTHING_FOUND.search(message):
        http.report.warn(f"{operation}: {message}")
        return ElementTree.Element(f"{operation}Result")
    if status and status.upper() != "OK":
        raise PortalError(f"{operation}: {status}: {text(result, 'Message') or ''}".strip(), "http")
    return result


def _meeting_options() -> str:
    return "".join(f'<a:iBabsKeyValue><a:Key>{k}</a:Key><a:Value>true</a:Value></a:iBabsKeyValue>'
                   for k in ("IncludeDocuments", "IncludeMeetingItems", "IncludeListEntries"))


def _sources(entry: PortalEntry, meeting: ElementTree.Element, body: str | None, day: str | None) -> list:
    documents = children(meeting, "Documents", "iBabsDocument")
    for item in children(meeting, "MeetingItems", "iBabsMeetingItem"):
        documents += children(item, "Documents", "iBabsDocument")
    for item in child(meeting, "ListItems") or []:  # list items' element name varies by WSDL version
        documents += children(item, "Documents", "iBabsDocument")
    found, seen = [], set()
    for document in documents:
        url = text(document, "PublicDownloadURL")
        if not url or url in seen:
            continue
        seen.add(url)
        found.append(PortalSource(
            url, municipality=entry.municipality, country=entry.country, doc_type=CASE_PROTOCOL,
            title=text(document, "DisplayName") or text(document, "FileName"), portal=NAME, body=body,
            meeting_date=day, meeting_id=text(meeting, "Id"), document_id=text(document, "Id"),
        ))
    return found


def _stated(value: str | None) -> int | None:
    return int(value) if value and value.strip().lstrip("-").isdigit() else None


def _outcome(value: str | None) -> str | None:
    return {"true": "adopted", "false": "rejected"}.get((value or "").strip().lower())


def _votes(entry: PortalEntry, http: PortalHttp, meeting: ElementTree.Element, body: str | None,
           day: str | None, result: Pull) -> None:
    for item in children(meeting, "MeetingItems", "iBabsMeetingItem"):
        for list_entry in children(item, "ListEntries", "iBabsListEntryBasic"):
            if (text(list_entry, "ListCanVote") or "").lower() != "true":
                continue
            entry_id = text(list_entry, "EntryId")
            try:
                answer = call(entry, http, "GetListEntryVotes", EntryId=escape(entry_id or ""))
            except PortalError as exc:
                result.report.gap(f"votes of list entry {entry_id}: {exc}")
                continue
            ballots = tuple(
                Ballot(text(v, "UserName"), text(v, "GroupName"),
                       FOR if (text(v, "Vote") or "").lower() == "true" else AGAINST)
                for v in children(answer, "ListEntryVotes", "iBabsListEntryVote"))
            if not ballots:
                continue
            record = VoteRecord(
                url=f"{entry.base_url}#GetListEntryVotes?Sitename={entry.site}&EntryId={entry_id}",
                subject=text(list_entry, "EntryTitle") or text(item, "Title") or f"list entry {entry_id}",
                ballots=ballots, body=body, meeting_date=day,
                stated_outcome=_outcome(text(list_entry, "VoteResult")),
                stated_for=_stated(text(list_entry, "VotesInFavour")),
                stated_against=_stated(text(list_entry, "VotesAgainst")),
            )
            result.records.append(record_result(record, entry))
            result.report.vote_records += 1


def pull(entry: PortalEntry, date_from: date, date_to: date, http: PortalHttp) -> Pull:
    report = http.report
    result = Pull(report)
    try:
        types = call(entry, http, "GetMeetingtypes")
        bodies = {text(t, "Id"): text(t, "Meetingtype") or text(t, "Description")
                  for t in children(types, "Meetingtypes", "iBabsMeetingtype")}
        listing = call(entry, http, "GetMeetingsByDateRange", StartDate=f"{date_from}T00:00:00",
                       EndDate=f"{date_to}T23:59:59", MetaDataOnly="true")
    except PortalError as exc:
        report.gap(f"meeting list: {exc}")
        return result
    report.pages_listed, report.pages_fetched = 1, 1
    meetings = children(listing, "Meetings", "iBabsMeeting")
    report.meetings_listed = len(meetings)
    for listed in meetings:
        meeting_id = text(listed, "Id")
        day = (text(listed, "MeetingDate") or "")[:10] or None
        try:
            answer = call(entry, http, "GetMeetingWithOptions", MeetingId=escape(meeting_id or ""),
                          Options=_meeting_options())
        except PortalError as exc:
            report.gap(f"meeting {meeting_id} ({day}): {exc}")
            continue
        meeting = child(answer, "Meeting")
        if meeting is None:
            report.gap(f"meeting {meeting_id} ({day}): no Meeting in the response")
            continue
        report.meetings_fetched += 1
        body = bodies.get(text(meeting, "MeetingtypeId") or text(listed, "MeetingtypeId"))
        result.sources.extend(_sources(entry, meeting, body, day))
        _votes(entry, http, meeting, body, day, result)
    return result


def discover(municipality: str, date_from: date, date_to: date, **options) -> list[PortalSource]:
    """This portal's documents of a municipality's meetings in the period (see pipeline.ingest.portals.run)."""
    from pipeline.ingest.portals.run import discover as discover_all

    return discover_all(municipality, date_from, date_to, portal=NAME, **options)


def votes(municipality: str, date_from: date, date_to: date, **options) -> list[VoteRow]:
    """Vote rows from this portal's structured vote records."""
    from pipeline.ingest.portals.run import votes as votes_all

    return votes_all(municipality, date_from, date_to, portal=NAME, **options)
