"""iBabs over plain SOAP XML: meetings, documents, and per-member list-entry votes as vote rows."""

from __future__ import annotations

import json
from datetime import date
from xml.etree import ElementTree

from ingest.portals.responses import (
    ibabs_meeting,
    ibabs_meeting_types,
    ibabs_meetings,
    ibabs_votes,
    soap,
    soap_error,
)
from werkzeug import Request, Response

from pipeline.ingest.portals import pull_municipalities
from pipeline.ingest.portals.ibabs import votes

FROM, TO = date(2024, 1, 1), date(2024, 12, 31)
BALLOTS = [("A. de Vries", "VVD", True), ("B. Jansen", "VVD", True), ("C. Bakker", "D66", True),
           ("D. Visser", "PVV", False), ("E. Smit", "SP", False)]


def serve(httpserver, meeting_ids: list[str], failing: tuple[str, ...] = (), stated_for: int = 3,
          options_seen: list | None = None) -> None:
    base = httpserver.url_for("").rstrip("/")

    def handler(request: Request) -> Response:
        operation = request.headers["SOAPAction"].strip('"').rsplit("/", 1)[-1]
        body = ElementTree.fromstring(request.data)
        fields = {e.tag.rsplit("}", 1)[-1]: (e.text or "") for e in body.iter()}
        assert fields["Sitename"] == "Lingewaard"
        if operation == "GetMeetingtypes":
            return soap(operation, ibabs_meeting_types())
        if operation == "GetMeetingsByDateRange":
            assert fields["StartDate"].startswith("2024-01-01")
            if not meeting_ids:
                return soap_error(operation, "No meetings found for this period!")
            return soap(operation, ibabs_meetings(meeting_ids))
        if operation == "GetMeetingWithOptions":
            if options_seen is not None:
                options_seen.extend(e.text for e in body.iter() if e.tag.endswith("}Key"))
            if fields["MeetingId"] in failing:
                return Response("fault", status=500)
            return soap(operation, ibabs_meeting(fields["MeetingId"], base, votes_in_favour=stated_for))
        if operation == "GetListEntryVotes":
            return soap(operation, ibabs_votes(BALLOTS))
        return Response("unknown operation", status=400)

    httpserver.expect_request("/", method="POST").respond_with_handler(handler)


def pull(entry, fast):
    return pull_municipalities(["Lingewaard"], FROM, TO, entries=[entry("ibabs", "Lingewaard", "NL", "Lingewaard")],
                               settings=fast)


def test_meetings_give_documents_with_body_and_date(httpserver, entry, fast):
    serve(httpserver, ["m1", "m2"])
    pulled = pull(entry, fast)
    report = pulled.reports[0]
    assert report.complete and (report.meetings_listed, report.meetings_fetched) == (2, 2)
    assert [s.meeting_id for s in pulled.sources] == ["m1", "m2"]
    assert all(s.body == "Gemeenteraad" and s.meeting_date == "2024-05-16" for s in pulled.sources)
    assert pulled.sources[0].location.endswith("/docs/m1.pdf")


def test_the_meeting_is_asked_for_its_documents_items_and_list_entries(httpserver, entry, fast):
    seen: list = []
    serve(httpserver, ["m1"], options_seen=seen)
    pull(entry, fast)
    assert seen == ["IncludeDocuments", "IncludeMeetingItems", "IncludeListEntries"]


def test_an_empty_period_answered_with_a_no_meetings_status_is_complete(httpserver, entry, fast):
    serve(httpserver, [])
    pulled = pull(entry, fast)
    report = pulled.reports[0]
    assert report.complete and report.meetings_listed == 0 and pulled.sources == []
    assert any("No meetings found" in w for w in report.warnings)


def test_list_entry_votes_become_a_vote_row_with_party_breakdown(httpserver, entry, fast):
    serve(httpserver, ["m1"])
    pulled = pull(entry, fast)
    assert pulled.reports[0].vote_records == 1
    record = pulled.records[0]
    row = record.rows["votes"][0]
    assert (row.votes_for, row.votes_against, row.outcome, row.unanimous) == (3, 2, "adopted", False)
    assert json.loads(row.against_parties) == {"PVV": 1, "SP": 1}
    assert row.counts_consistent is True
    assert (row.body, row.meeting_date, row.municipality) == ("Gemeenteraad", "2024-05-16", "Lingewaard")
    assert row.page is None and row.char_start is None
    assert "Motie M12 stedenband met Gdańsk opzeggen" in row.evidence
    assert record.document.doc_id == row.doc_id and "EntryId=entry-m1" in record.document.source
    assert record.document.doc_type == "case_protocol"


def test_a_stated_total_that_disagrees_with_the_ballots_is_flagged(httpserver, entry, fast):
    serve(httpserver, ["m1"], stated_for=4)
    row = pull(entry, fast).records[0].rows["votes"][0]
    assert row.votes_for == 3 and row.counts_consistent is False


def test_a_failing_meeting_is_a_gap_and_its_votes_are_not_claimed(httpserver, entry, fast):
    serve(httpserver, ["m1", "m2"], failing=("m2",))
    pulled = pull(entry, fast)
    report = pulled.reports[0]
    assert (report.meetings_listed, report.meetings_fetched, report.vote_records) == (2, 1, 1)
    assert not report.complete and "meeting m2" in report.gaps[0]


def test_module_votes_function_returns_vote_rows(httpserver, entry, fast):
    serve(httpserver, ["m1"])
    rows = votes("Lingewaard", FROM, TO, entries=[entry("ibabs", "Lingewaard", "NL", "Lingewaard")], settings=fast)
    assert len(rows) == 1 and rows[0].subject.startswith("Motie M12")
