"""ACOS Innsyn: the year's meeting plan table, meeting pages with document lists, and pages of the wrong shape."""

from __future__ import annotations

from datetime import date

from werkzeug import Request, Response

from pipeline.ingest.portals import pull_municipalities

MONTHS = 12


def plan(year: int, meetings: dict[str, list[tuple[int, int, int]]]) -> str:
    """A plan table: per body, (month, day, meeting id) links in the month's cell."""
    rows = []
    for number, (body, dates) in enumerate(meetings.items(), start=1):
        cells = []
        for month in range(1, MONTHS + 1):
            links = "".join(f'<a href="wfinnsyn.ashx?response=mote&amp;moteid={i}&amp;">{d:02d}</a> '
                            for m, d, i in dates if m == month)
            cells.append(f"<td>{links}</td>")
        rows.append(f'<tr><th><a href="wfinnsyn.ashx?response=moteplan_utvalg&amp;utvalg={number}">{body}</a></th>'
                    f'{"".join(cells)}</tr>')
    head = "".join(f"<th>{m}</th>" for m in range(1, MONTHS + 1))
    return (f"<html><body><table><caption>Møteplan {year}</caption><thead><tr><th></th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></body></html>")


def meeting_page(meeting_id: int) -> str:
    return f"""<html><body><h1>Kommunestyret</h1>
    <div id="div_sok_resultstable"><ul>
      <li><div class="det"><h3><a id="sak{meeting_id}1" class="content-link">PS 12/24 Vennskapskommune</a></h3>
        </div><div class="met i-exp i-hs"><div><a href="wfinnsyn.ashx?response=arkivsak_detaljer&amp;arkivsakid=24/311">
        Saksmappe</a></div>
        <h3>Dokumenter</h3>
        <ul><li><a href="/dokument.ashx?journalpostid={meeting_id}1&amp;dokid={meeting_id}11">Saksprotokoll</a></li>
            <li><a href="/dokument.ashx?journalpostid={meeting_id}1&amp;dokid={meeting_id}12">Saksframlegg</a></li></ul>
      </div></li>
      <li><div class="det"><h3><a id="sak{meeting_id}2" class="content-link">RS 3/24 Referatsaker</a></h3></div></li>
    </ul></div></body></html>"""


def serve(httpserver, plans: dict[int, str], failing: tuple[str, ...] = (), wrong_shape: tuple[str, ...] = ()):
    def handler(request: Request) -> Response:
        if request.args.get("response") == "moteplan":
            return Response(plans[int(request.args["fradato"][:4])], content_type="text/html; charset=utf-8")
        meeting_id = request.args["moteid"]
        if meeting_id in failing:
            return Response("error", status=500)
        if meeting_id in wrong_shape:
            return Response("<html><body><form>Logg inn</form></body></html>", content_type="text/html")
        return Response(meeting_page(int(meeting_id)), content_type="text/html; charset=utf-8")

    httpserver.expect_request("/innsyn/wfinnsyn.ashx").respond_with_handler(handler)


def pull(entry, fast, start=date(2024, 1, 1), end=date(2024, 6, 30)):
    return pull_municipalities(["Gjøvik"], start, end, entries=[entry("acos", "Gjøvik", "NO", "", "/innsyn")],
                               settings=fast)


PLAN_2024 = {"Kommunestyret": [(2, 8, 401), (6, 20, 402), (9, 19, 403)], "Formannskapet": [(3, 5, 411)]}


def test_meetings_of_the_period_give_their_document_lists(httpserver, entry, fast):
    serve(httpserver, {2024: plan(2024, PLAN_2024)})
    pulled = pull(entry, fast)
    report = pulled.reports[0]
    assert report.complete and (report.meetings_listed, report.meetings_fetched) == (3, 3)
    assert len(pulled.sources) == 6
    first = pulled.sources[0]
    assert (first.body, first.meeting_date, first.meeting_id, first.title) == (
        "Kommunestyret", "2024-02-08", "401", "Saksprotokoll")
    assert first.location.endswith("/dokument.ashx?journalpostid=4011&dokid=40111")
    assert {s.meeting_date for s in pulled.sources} == {"2024-02-08", "2024-06-20", "2024-03-05"}


def test_a_period_over_new_year_reads_both_plans(httpserver, entry, fast):
    serve(httpserver, {2023: plan(2023, {"Kommunestyret": [(12, 14, 390)]}), 2024: plan(2024, PLAN_2024)})
    report = pull(entry, fast, start=date(2023, 12, 1), end=date(2024, 2, 29)).reports[0]
    assert (report.pages_listed, report.pages_fetched, report.meetings_listed) == (2, 2, 2) and report.complete


def test_a_failed_meeting_and_a_page_of_the_wrong_shape_are_gaps(httpserver, entry, fast):
    serve(httpserver, {2024: plan(2024, PLAN_2024)}, failing=("402",), wrong_shape=("411",))
    report = pull(entry, fast).reports[0]
    assert report.meetings_fetched == 1 and len(report.gaps) == 2 and not report.complete
    assert "meeting 402 (2024-06-20)" in report.gaps[0] and "no list of cases" in report.gaps[1]


def test_a_plan_without_its_year_is_a_gap_not_a_guess(httpserver, entry, fast):
    serve(httpserver, {2024: "<html><body><p>Ingen møter</p></body></html>"})
    report = pull(entry, fast).reports[0]
    assert report.pages_fetched == 0 and "captioned with its year" in report.gaps[0]
