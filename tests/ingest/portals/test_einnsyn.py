"""eInnsyn: cursor pagination through `next`, expanded meetings, and `votering` as vote rows."""

from __future__ import annotations

import json
from datetime import date

from ingest.portals.responses import einnsyn_meeting, json_response
from werkzeug import Request, Response

from pipeline.ingest.portals import pull_municipalities

FROM, TO = date(2024, 1, 1), date(2024, 12, 31)


def serve(httpserver, pages: list[list[str]], failing: tuple[str, ...] = ()) -> None:
    base = httpserver.url_for("").rstrip("/")

    def listing(request: Request) -> Response:
        after = request.args.get("startingAfter")
        index = 0 if after is None else next(i + 1 for i, p in enumerate(pages) if p and p[-1] == after)
        page = pages[index]
        more = index + 1 < len(pages)
        nxt = f"{base}/search?entity=Moetemappe&limit=2&startingAfter={page[-1]}" if more else None
        return json_response({"items": [{"entity": "Moetemappe", "id": i} for i in page], "next": nxt})

    def meeting(request: Request) -> Response:
        meeting_id = request.path.rsplit("/", 1)[-1]
        if meeting_id in failing:
            return Response("error", status=500)
        assert "moetesak.vedtak.votering" in request.args["expand"]
        return json_response(einnsyn_meeting(meeting_id, base))

    httpserver.expect_request("/search").respond_with_handler(listing)
    for ids in pages:
        for i in ids:
            httpserver.expect_request(f"/moetemappe/{i}").respond_with_handler(meeting)


def pull(entry, fast, site: str = "enh_trondheim"):
    return pull_municipalities(["Trondheim"], FROM, TO, entries=[entry("einnsyn", "Trondheim", "NO", site)],
                               settings=fast)


def test_next_links_are_followed_and_votes_counted_per_party(httpserver, entry, fast, monkeypatch):
    monkeypatch.setenv("EINNSYN_API_KEY", "key-123")
    serve(httpserver, [["mm_1", "mm_2"], ["mm_3"]])
    pulled = pull(entry, fast)
    report = pulled.reports[0]
    assert (report.pages_fetched, report.meetings_listed, report.meetings_fetched) == (2, 3, 3)
    assert report.complete and report.vote_records == 3
    assert httpserver.log[0][0].headers["X-EIN-API-KEY"] == "key-123"
    assert httpserver.log[0][0].args["administrativEnhet"] == "enh_trondheim"
    source = pulled.sources[0]
    assert (source.body, source.meeting_date, source.country) == ("Bystyret", "2024-06-20", "NO")
    row = pulled.records[0].rows["votes"][0]
    assert (row.votes_for, row.votes_against, row.outcome, row.case_number) == (3, 3, "rejected", "87/24")
    assert json.loads(row.against_parties) == {"MDG": 2, "SV": 1}
    assert row.unanimous is False and row.counts_consistent is True
    assert "abstain 1" in row.evidence and "Vennskapsbysamarbeid med Tartu" in row.evidence
    assert pulled.records[0].document.source.endswith("/vedtak/ved_mm_1")


def test_a_failed_meeting_is_a_gap(httpserver, entry, fast):
    serve(httpserver, [["mm_1", "mm_2"]], failing=("mm_2",))
    report = pull(entry, fast).reports[0]
    assert report.meetings_fetched == 1 and not report.complete and "meeting mm_2" in report.gaps[0]


def serve_enheter(httpserver) -> None:
    base = httpserver.url_for("").rstrip("/")
    pages = [
        [{"entity": "Enhet", "id": "enh_tr_fylke", "navn": "Trøndelag fylkeskommune", "enhetstype": "FYLKE"},
         {"entity": "Enhet", "id": "enh_trondheim_havn", "navn": "Trondheim havn", "enhetstype": "VIRKSOMHET"}],
        [{"entity": "Enhet", "id": "enh_trondheim", "navn": "Trondheim kommune", "enhetstype": "KOMMUNE"}],
    ]

    def handler(request: Request) -> Response:
        index = int(request.args.get("page", "0"))
        nxt = f"{base}/enhet?limit=100&page={index + 1}" if index + 1 < len(pages) else None
        return json_response({"items": pages[index], "next": nxt})

    httpserver.expect_request("/enhet").respond_with_handler(handler)


def test_a_missing_enhet_id_is_looked_up_in_the_register_of_organs(httpserver, entry, fast):
    serve_enheter(httpserver)
    serve(httpserver, [["mm_1"]])
    pulled = pull(entry, fast, site="")
    report = pulled.reports[0]
    assert report.complete and report.meetings_fetched == 1
    assert any("enh_trondheim " in w for w in report.warnings)
    search = next(r for r, _ in httpserver.log if r.path == "/search")
    assert search.args["administrativEnhet"] == "enh_trondheim"


def test_a_municipality_missing_from_the_register_is_an_incomplete_pull(httpserver, entry, fast):
    serve_enheter(httpserver)
    report = pull_municipalities(["Tromsø"], FROM, TO, entries=[entry("einnsyn", "Tromsø", "NO", "")],
                                 settings=fast).reports[0]
    assert not report.complete and "KOMMUNE named 'Tromsø'" in report.gaps[0]
