"""Gemeenteoplossingen: epoch date filters, v2's totalCount against the meetings returned, v1's bare list."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.ingest.portals import pull_municipalities


def meeting(meeting_id: int, day: str) -> dict:
    return {"id": meeting_id, "date": day, "startTime": "19:30", "description": "Raadsvergadering",
            "dmu": {"id": 4, "name": "Raad"},
            "documents": [{"id": meeting_id * 10, "filename": "Besluitenlijst.pdf"}],
            "items": [{"id": 1, "number": "3", "title": "Partnerstad Mühlhausen", "sortorder": 1,
                       "documents": [{"id": meeting_id * 10 + 1, "filename": "Raadsvoorstel partnerstad.pdf"}]}]}


def pull(entry, fast, version: str):
    return pull_municipalities(["Ridderkerk"], date(2024, 1, 1), date(2024, 12, 31),
                               entries=[entry("gemeenteoplossingen", "Ridderkerk", "NL", version, "/api")],
                               settings=fast)


def test_v2_meetings_within_epoch_bounds_give_their_documents(httpserver, entry, fast):
    httpserver.expect_request("/api/v2/meetings").respond_with_json(
        {"result": {"totalCount": 2, "meetings": [meeting(7, "2024-02-01"), meeting(8, "2024-03-07")]}})
    pulled = pull(entry, fast, "v2")
    report = pulled.reports[0]
    assert report.complete and (report.meetings_listed, report.meetings_fetched) == (2, 2)
    assert len(pulled.sources) == 4
    first = pulled.sources[0]
    assert first.location.endswith("/api/v2/meetings/7/documents/70")
    assert (first.body, first.meeting_date, first.title) == ("Raad", "2024-02-01", "Besluitenlijst.pdf")
    args = httpserver.log[0][0].args
    assert datetime.fromtimestamp(int(args["date_from"]), UTC).date() == date(2024, 1, 1)
    assert datetime.fromtimestamp(int(args["date_to"]), UTC).date() == date(2024, 12, 31)


def test_a_total_count_above_what_was_returned_is_a_gap(httpserver, entry, fast):
    httpserver.expect_request("/api/v2/meetings").respond_with_json(
        {"result": {"totalCount": 5, "meetings": [meeting(7, "2024-02-01")]}})
    report = pull(entry, fast, "v2").reports[0]
    assert not report.complete and "counts 5 meetings but listed 1" in report.gaps[0]


def test_v1_answers_with_a_bare_list(httpserver, entry, fast):
    httpserver.expect_request("/api/v1/meetings").respond_with_json([meeting(9, "2024-05-02T19:30:00")])
    pulled = pull(entry, fast, "")
    assert pulled.reports[0].complete and pulled.sources[0].meeting_date == "2024-05-02"


def test_an_empty_period_is_complete(httpserver, entry, fast):
    httpserver.expect_request("/api/v2/meetings").respond_with_json({"result": {"totalCount": 0, "meetings": []}})
    pulled = pull(entry, fast, "v2")
    assert pulled.sources == [] and pulled.reports[0].complete
