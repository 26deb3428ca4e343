"""Notubiz: paging to the end, empty periods, throttling, failed and truncated meetings, auth errors."""

from __future__ import annotations

import logging
import time
from datetime import date

from ingest.portals.responses import json_response, notubiz_events_page, notubiz_meeting
from werkzeug import Request, Response

from pipeline.ingest.portals import pull_municipalities

FROM, TO = date(2024, 1, 1), date(2024, 12, 31)


def serve_events(httpserver, pages: list[list[int]]) -> None:
    def handler(request: Request) -> Response:
        page = int(request.args["page"])
        return json_response(notubiz_events_page(pages[page - 1], page, len(pages)))

    httpserver.expect_request("/events").respond_with_handler(handler)


def serve_meetings(httpserver, ids: list[int], except_ids: tuple[int, ...] = ()) -> None:
    base = httpserver.url_for("").rstrip("/")
    for i in ids:
        if i not in except_ids:
            httpserver.expect_request(f"/events/meetings/{i}").respond_with_json(notubiz_meeting(i, base))


def pull(entry, fast):
    return pull_municipalities(["Leeuwarden"], FROM, TO, entries=[entry("notubiz", "Leeuwarden", "NL", "330")],
                               settings=fast)


def test_pagination_follows_every_page_and_keeps_meeting_metadata(httpserver, entry, fast):
    serve_events(httpserver, [[101, 102], [103, 104], [105]])
    serve_meetings(httpserver, [101, 102, 103, 104, 105])
    pulled = pull(entry, fast)
    report = pulled.reports[0]
    assert (report.pages_listed, report.pages_fetched) == (3, 3)
    assert (report.meetings_listed, report.meetings_fetched) == (5, 5)
    assert len(pulled.sources) == 15 and report.documents_listed == 15
    assert report.complete and not report.gaps
    source = pulled.sources[0]
    assert (source.municipality, source.country, source.doc_type) == ("Leeuwarden", "NL", "case_protocol")
    assert (source.body, source.meeting_date, source.meeting_id, source.portal) == (
        "Gemeenteraad", "2024-03-11", "101", "notubiz")
    assert {s.title for s in pulled.sources} >= {"Raadsvoorstel stedenband Kaunas",
                                                 "Motie vreemd aan de orde: Mayors for Peace"}


def test_the_organisation_id_and_period_are_sent_with_the_project_user_agent(httpserver, entry, fast):
    serve_events(httpserver, [[]])
    pull(entry, fast)
    request, _ = httpserver.log[0]
    assert request.args["organisation_id"] == "330"
    assert request.args["date_from"].startswith("2024-01-01") and request.args["date_to"].startswith("2024-12-31")
    assert request.args["format"] == "json" and request.args["version"]
    assert "municipal-intl-pipeline" in request.headers["User-Agent"]


def test_an_empty_period_is_a_complete_pull_of_nothing(httpserver, entry, fast):
    serve_events(httpserver, [[]])
    pulled = pull(entry, fast)
    report = pulled.reports[0]
    assert pulled.sources == [] and report.meetings_listed == 0
    assert report.complete and report.as_dict()["status"] == "complete"


def test_a_429_with_retry_after_is_waited_out_and_reported_as_a_warning(httpserver, entry, fast):
    httpserver.expect_oneshot_request("/events").respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": "0"}))
    serve_events(httpserver, [[101]])
    serve_meetings(httpserver, [101])
    report = pull(entry, fast).reports[0]
    assert report.complete and report.meetings_fetched == 1
    assert any("429" in w and "Retry-After 0" in w for w in report.warnings)


def test_a_500_on_one_meeting_leaves_a_named_gap_and_the_rest_of_the_pull(httpserver, entry, fast):
    serve_events(httpserver, [[101, 102, 103]])
    serve_meetings(httpserver, [101, 102, 103], except_ids=(102,))
    httpserver.expect_request("/events/meetings/102").respond_with_data("boom", status=500)
    pulled = pull(entry, fast)
    report = pulled.reports[0]
    assert (report.meetings_listed, report.meetings_fetched) == (3, 2)
    assert len(pulled.sources) == 6
    assert not report.complete and report.as_dict()["status"] == "incomplete"
    assert len(report.gaps) == 1 and "meeting 102" in report.gaps[0] and "HTTP 500" in report.gaps[0]


def test_a_truncated_json_body_is_retried_then_reported_as_a_gap(httpserver, entry, fast):
    serve_events(httpserver, [[101, 102]])
    serve_meetings(httpserver, [101], except_ids=())
    httpserver.expect_request("/events/meetings/102").respond_with_data(
        '{"meeting": {"id": 102, "documents": [{"id": 1, "ti', content_type="application/json")
    report = pull(entry, fast).reports[0]
    assert report.meetings_fetched == 1 and not report.complete
    assert "meeting 102" in report.gaps[0] and "truncated" in report.gaps[0]
    assert any("retried" in w for w in report.warnings)


def test_a_failed_listing_page_is_a_gap_and_later_pages_are_not_claimed(httpserver, entry, fast):
    def handler(request: Request) -> Response:
        if request.args["page"] == "2":
            return Response("down", status=503)
        return json_response(notubiz_events_page([101], 1, 3))

    httpserver.expect_request("/events").respond_with_handler(handler)
    serve_meetings(httpserver, [101])
    report = pull(entry, fast).reports[0]
    assert (report.pages_listed, report.pages_fetched) == (3, 1)
    assert not report.complete and "events page 2" in report.gaps[0]


def test_an_auth_error_is_reported_without_retrying_and_the_token_never_appears(httpserver, entry, fast, monkeypatch):
    monkeypatch.setenv("NOTUBIZ_APPLICATION_TOKEN", "s3cr3t-token")
    httpserver.expect_request("/events").respond_with_data("forbidden", status=403)
    report = pull(entry, fast).reports[0]
    assert len(httpserver.log) == 1
    assert not report.complete and "credentials" in report.gaps[0]
    assert httpserver.log[0][0].args["application_token"] == "s3cr3t-token"
    assert "s3cr3t-token" not in str(report.as_dict())


def test_a_meeting_that_times_out_is_a_named_gap(httpserver, entry, fast):
    serve_events(httpserver, [[101, 102]])
    serve_meetings(httpserver, [101])

    def slow(request: Request) -> Response:
        time.sleep(0.5)
        return json_response({"meeting": {}})

    httpserver.expect_request("/events/meetings/102").respond_with_handler(slow)
    fast.timeout, fast.attempts = 0.1, 1
    report = pull(entry, fast).reports[0]
    assert report.meetings_fetched == 1 and "meeting 102" in report.gaps[0] and "timed out" in report.gaps[0]


def test_an_answer_of_an_unexpected_shape_stops_the_pull_with_a_gap_not_a_crash(httpserver, entry, fast):
    httpserver.expect_request("/events").respond_with_json(["not", "an", "object"])
    report = pull(entry, fast).reports[0]
    assert not report.complete and report.gaps[0].startswith("pull stopped: AttributeError")


def test_the_token_never_reaches_the_logs(httpserver, entry, fast, monkeypatch, caplog):
    monkeypatch.setenv("NOTUBIZ_APPLICATION_TOKEN", "s3cr3t-token")
    serve_events(httpserver, [[101]])
    serve_meetings(httpserver, [101])
    with caplog.at_level(logging.DEBUG):
        pull(entry, fast)
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug"))  # not the server
    assert "HTTP Request" in ours and "application_token=***" in ours
    assert "s3cr3t-token" not in ours
