"""FirstAgenda Publication: anonymous session, committee list filtered to the period, one PDF per case field."""

from __future__ import annotations

from datetime import date

from ingest.portals.responses import firstagenda_agenda, firstagenda_listing, json_response
from werkzeug import Request, Response

from pipeline.ingest.portals import pull_municipalities


def serve(httpserver, failing: tuple[str, ...] = ()) -> None:
    def authenticate(request: Request) -> Response:
        response = Response("", status=200)
        response.set_cookie("FirstAgenda", "anon")
        return response

    def listing(request: Request) -> Response:
        if request.cookies.get("FirstAgenda") != "anon":
            return Response("no session", status=401)
        return json_response(firstagenda_listing())

    httpserver.expect_request("/Home/AnonymousAuthentication").respond_with_handler(authenticate)
    httpserver.expect_request("/api/agenda/udvalgsliste").respond_with_handler(listing)
    for meeting_id in ("m-1", "m-2", "m-3"):
        if meeting_id in failing:
            httpserver.expect_request(f"/api/agenda/dagsorden/{meeting_id}").respond_with_data("x", status=500)
        else:
            httpserver.expect_request(f"/api/agenda/dagsorden/{meeting_id}").respond_with_json(
                firstagenda_agenda(meeting_id))


def pull(entry, fast):
    return pull_municipalities(["Varde"], date(2024, 1, 1), date(2024, 12, 31),
                               entries=[entry("firstagenda", "Varde", "DK")], settings=fast)


def test_meetings_in_the_period_give_one_pdf_per_case_field(httpserver, entry, fast):
    serve(httpserver)
    pulled = pull(entry, fast)
    report = pulled.reports[0]
    assert report.complete and (report.meetings_listed, report.meetings_fetched) == (3, 3)
    assert len(pulled.sources) == 3  # the zero-GUID field and the attachments are not case documents
    source = pulled.sources[0]
    assert source.location.endswith("/vis/pdf/bilag/m-1-doc-1?redirectDirectlyToPdf=false")
    assert (source.body, source.meeting_date, source.title, source.country) == (
        "Økonomiudvalget", "2024-02-12", "Venskabsbysamarbejde med Kiel", "DK")
    assert not any(s.meeting_id == "m-old" for s in pulled.sources)


def test_a_failed_agenda_is_a_gap(httpserver, entry, fast):
    serve(httpserver, failing=("m-2",))
    report = pull(entry, fast).reports[0]
    assert report.meetings_fetched == 2 and not report.complete and "meeting m-2 (2024-04-08)" in report.gaps[0]
