"""Elements Publikum: the tenant header, a year at a time, published case decisions only."""

from __future__ import annotations

from datetime import date

from ingest.portals.responses import json_response
from werkzeug import Request, Response

from pipeline.ingest.portals import pull_municipalities

DB = "b2c1e0aa-0000-4000-8000-000000000001"


def meetings(year: int) -> list[dict]:
    if year == 2023:
        return [{"MO_ID": 90, "MO_START": "2023-12-14T10:00:00", "UT_ID": 10, "UT_NAVN": "Kommunestyret",
                 "Database": DB}]
    return [{"MO_ID": 101, "MO_START": "2024-02-08T09:00:00", "UT_ID": 10, "UT_NAVN": "Kommunestyret", "Database": DB},
            {"MO_ID": 102, "MO_START": "2024-03-14T09:00:00", "UT_ID": 12, "UT_NAVN": "Formannskapet", "Database": DB},
            {"MO_ID": 103, "MO_START": "2024-09-19T09:00:00", "UT_ID": 10, "UT_NAVN": "Kommunestyret", "Database": DB}]


def cases(meeting_id: int) -> list[dict]:
    return [
        {"Id": meeting_id * 10, "MeetingCaseTypeId": "PS", "SequenceNumber": 12, "Year": 2024,
         "Title": "Vennskapsbyavtale med Kiruna", "ProtocolPublished": True, "ProtocolRestricted": False,
         "Database": DB},
        {"Id": meeting_id * 10 + 1, "MeetingCaseTypeId": "PS", "SequenceNumber": 13, "Year": 2024,
         "Title": None, "ProtocolPublished": True, "ProtocolRestricted": True, "Database": DB},
        {"Id": meeting_id * 10 + 2, "MeetingCaseTypeId": "RS", "SequenceNumber": 2, "Year": 2024,
         "Title": "Referatsaker", "ProtocolPublished": False, "ProtocolRestricted": False, "Database": DB},
    ]


def serve(httpserver, failing: tuple[int, ...] = ()) -> None:
    def listing(request: Request) -> Response:
        assert request.headers["tenant"] == "840029212_PROD-840029212"
        return json_response(meetings(int(request.args["year"])))

    def handlings(request: Request) -> Response:
        meeting_id = int(request.path.rsplit("/", 1)[-1])
        return Response("error", status=502) if meeting_id in failing else json_response(cases(meeting_id))

    httpserver.expect_request("/publikum/api/PredefinedQuery/DmbMeetings").respond_with_handler(listing)
    for meeting_id in (90, 101, 102, 103):
        httpserver.expect_request(f"/publikum/api/DmbHandlings/GetByMeetingId/{meeting_id}").respond_with_handler(
            handlings)


def pull(entry, fast, start: date = date(2024, 1, 1), end: date = date(2024, 6, 30), site: str = "840029212"):
    return pull_municipalities(["Steinkjer"], start, end, entries=[entry("elements", "Steinkjer", "NO", site,
                                                                         "/publikum")], settings=fast)


def test_published_decisions_of_meetings_in_the_period_are_the_documents(httpserver, entry, fast):
    serve(httpserver)
    pulled = pull(entry, fast)
    report = pulled.reports[0]
    assert report.complete and (report.meetings_listed, report.meetings_fetched) == (2, 2)
    assert len(pulled.sources) == 2
    first = pulled.sources[0]
    assert first.location.endswith(f"/publikum/Documents/ShowDmbHandlingDocument/{DB}/1010/Protokoll")
    assert (first.body, first.meeting_date, first.title) == ("Kommunestyret", "2024-02-08",
                                                             "PS 12/2024 Vennskapsbyavtale med Kiruna")
    assert any("restricted" in w for w in report.warnings)


def test_a_period_over_new_year_lists_each_year(httpserver, entry, fast):
    serve(httpserver)
    pulled = pull(entry, fast, start=date(2023, 12, 1), end=date(2024, 2, 29))
    report = pulled.reports[0]
    assert (report.pages_listed, report.pages_fetched) == (2, 2)
    assert report.complete and [s.meeting_id for s in pulled.sources] == ["90", "101"]


def test_a_failing_case_list_is_a_gap(httpserver, entry, fast):
    serve(httpserver, failing=(102,))
    report = pull(entry, fast).reports[0]
    assert report.meetings_fetched == 1 and not report.complete and "meeting 102 (2024-03-14)" in report.gaps[0]
