"""ACOS Innsyn (NO): HTML pages of `wfinnsyn.ashx`, read by structure, never by the words on them.

`?response=moteplan&fradato=YYYY-01-01T00:00:00` is a year's meeting plan: one `<table>` whose
`<caption>` carries the year, one body per `tbody` row (`th`, its link's `utvalg=` the body id), then
twelve month cells whose links (`response=mote&moteid=N`) show the day of each meeting.
`?response=mote&moteid=N` is a meeting: its cases are `li` items of `#div_sok_resultstable`, and every
list of documents is the `ul` that follows an `h3`. The plan has no counts: what it links in the
period is what the pull must fetch. A meeting page without the results block is a gap (an error or
login page, not an empty meeting). No structured votes.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.ingest.portals.base import CASE_PROTOCOL, PortalEntry, PortalError, PortalSource, Pull
from pipeline.ingest.portals.http import PortalHttp

NAME = "acos"
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def secrets() -> tuple[str, ...]:
    return ()


def headers(entry: PortalEntry) -> dict[str, str]:
    return {"Accept": "text/html"}


def _html(http: PortalHttp, url: str, params: dict) -> LexborHTMLParser:
    return http.request("GET", url, lambda r: LexborHTMLParser(r.text), params=params)


def _query(url: str, name: str) -> str | None:
    return (parse_qs(urlsplit(url).query).get(name) or [None])[0]


def _plan(page: LexborHTMLParser, plan_url: str) -> list[tuple[str, str, str]]:
    """(meeting URL, ISO date, body) for every meeting linked in a year's plan."""
    table = page.css_first("table")
    caption = table.css_first("caption") if table is not None else None
    year = _YEAR.search(caption.text()) if caption is not None else None
    if year is None:
        raise PortalError("meeting plan without a table captioned with its year", "invalid")
    meetings = []
    for row in table.css("tbody > tr"):
        head = row.css_first("th")
        body = " ".join(head.text().split()) if head is not None else None
        for month, cell in enumerate(row.css("td"), start=1):
            for link in cell.css("a"):
                day = link.text().strip()
                href = link.attributes.get("href")
                if day.isdigit() and href and month <= 12:
                    meetings.append((urljoin(plan_url, href), f"{year.group()}-{month:02d}-{int(day):02d}", body))
    return meetings


def _next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and sibling.tag == "-text":
        sibling = sibling.next
    return sibling


def _documents(page: LexborHTMLParser, meeting_url: str) -> list[tuple[str, str]]:
    """(document URL, title) of every document list (a `ul` after an `h3`) on a meeting page."""
    found, seen = [], set()
    for heading in page.css("#div_sok_resultstable h3"):
        listing = _next_element(heading)
        if listing is None or listing.tag != "ul":
            continue
        for link in listing.css("a"):
            href = link.attributes.get("href")
            url = urljoin(meeting_url, href) if href else None
            if url and url not in seen:
                seen.add(url)
                found.append((url, " ".join(link.text().split()) or None))
    return found


def pull(entry: PortalEntry, date_from: date, date_to: date, http: PortalHttp) -> Pull:
    report = http.report
    result = Pull(report)
    endpoint = entry.base_url.rstrip("/") + "/wfinnsyn.ashx"
    years = range(date_from.year, date_to.year + 1)
    report.pages_listed = len(years)
    meetings = []
    for year in years:
        try:
            plan = _html(http, endpoint, {"response": "moteplan", "fradato": f"{year}-01-01T00:00:00"})
            meetings += [m for m in _plan(plan, endpoint) if str(date_from) <= m[1] <= str(date_to)]
        except PortalError as exc:
            report.gap(f"meeting plan of {year}: {exc}")
            continue
        report.pages_fetched += 1
    meetings = list(dict.fromkeys(meetings))  # a plan may repeat the previous year's last meetings
    report.meetings_listed = len(meetings)
    for meeting_url, day, body in meetings:
        meeting_id = _query(meeting_url, "moteid")
        try:
            page = http.request("GET", meeting_url, lambda r: LexborHTMLParser(r.text))
        except PortalError as exc:
            report.gap(f"meeting {meeting_id} ({day}): {exc}")
            continue
        if page.css_first("#div_sok_resultstable") is None:
            report.gap(f"meeting {meeting_id} ({day}): the page has no list of cases (an error or login page?)")
            continue
        report.meetings_fetched += 1
        for url, title in _documents(page, meeting_url):
            result.sources.append(PortalSource(
                url, municipality=entry.municipality, country=entry.country, doc_type=CASE_PROTOCOL, title=title,
                portal=NAME, body=body, meeting_date=day, meeting_id=meeting_id,
            ))
    return result


def discover(municipality: str, date_from: date, date_to: date, **options) -> list[PortalSource]:
    """This portal's documents of a municipality's meetings in the period (see pipeline.ingest.portals.run)."""
    from pipeline.ingest.portals.run import discover as discover_all

    return discover_all(municipality, date_from, date_to, portal=NAME, **options)
