"""The frame around connectors: registry, manifest, pull state, document accounting and the discover command."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from ingest.portals.responses import json_response, notubiz_events_page, notubiz_meeting
from typer.testing import CliRunner

from flows.cli import app
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import DocumentRow, VoteRow
from pipeline.ingest.portals import (
    PortalEntry,
    PortalPulls,
    PortalSource,
    PullReport,
    PullState,
    RegistryError,
    account_documents,
    fill_meeting_metadata,
    find_entries,
    load_registry,
    pull_for_run,
    pull_municipalities,
    write_manifest,
)
from pipeline.ingest.pull import read_manifest
from pipeline.process import Options, fetch_source


def source(url: str, **meta) -> PortalSource:
    return PortalSource(url, municipality="Almere", country="NL", doc_type="case_protocol", portal="notubiz",
                        body="Gemeenteraad", meeting_date="2024-03-11", meeting_id="7", **meta)


def test_the_shipped_registry_has_every_portal_and_three_countries():
    entries = load_registry()
    assert {e.portal for e in entries} >= {"notubiz", "ibabs", "einnsyn", "firstagenda"}
    assert {e.country for e in entries} == {"NL", "NO", "DK"}
    for country in ("NL", "NO", "DK"):
        assert sum(e.country == country for e in entries) >= 20
    assert find_entries("almere")[0].site == "952"


def test_an_unregistered_municipality_is_a_registry_error():
    with pytest.raises(RegistryError, match="models/portals.csv"):
        find_entries("Atlantis")
    with pytest.raises(RegistryError):
        find_entries("Almere", portal="ibabs")


def test_the_manifest_round_trips_through_the_normal_manifest_reader(tmp_path):
    path = tmp_path / "manifest.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write_manifest([source("https://example.org/doc/1", title="Besluitenlijst")], fh)
    [read] = read_manifest(path)
    assert (read.location, read.municipality, read.country, read.doc_type, read.title) == (
        "https://example.org/doc/1", "Almere", "NL", "case_protocol", "Besluitenlijst")
    row = next(csv.DictReader(path.open(encoding="utf-8")))
    assert (row["body"], row["meeting_date"], row["meeting_id"], row["portal"]) == (
        "Gemeenteraad", "2024-03-11", "7", "notubiz")


def test_a_document_whose_download_fails_is_a_failed_row_and_a_gap_in_its_pull(httpserver, tmp_path):
    httpserver.expect_request("/doc/gone").respond_with_data("not here", status=404)
    good, gone = source("https://example.org/doc/ok"), source(httpserver.url_for("/doc/gone"))
    failed = fetch_source(gone, Options(cache_dir=tmp_path))
    assert isinstance(failed, DocResult) and failed.document.status == "failed"
    results = [DocResult(document=DocumentRow(doc_id="ok", source=good.location)), failed]
    report = PullReport("notubiz", "Almere", "2024-01-01", "2024-12-31", meetings_listed=1, meetings_fetched=1,
                        documents_listed=2)
    pulls = PortalPulls(sources=[good, gone], reports=[report])
    account_documents(pulls, results)
    assert report.documents_failed == 1 and not report.complete
    assert "doc/gone" in report.gaps[0] and "404" in report.gaps[0]


def test_only_a_complete_pull_moves_the_last_pulled_mark(tmp_path):
    state = PullState(tmp_path)
    done = PullReport("notubiz", "Almere", "2024-01-01", "2024-06-30", meetings_listed=2, meetings_fetched=2,
                      last_meeting_date="2024-06-12")
    broken = PullReport("ibabs", "Lingewaard", "2024-01-01", "2024-06-30", meetings_listed=2, meetings_fetched=1,
                        last_meeting_date="2024-06-20")
    state.record([done, broken])
    assert state.since("Almere", "notubiz") == "2024-06-12"
    assert state.since("Lingewaard", "ibabs") is None


def test_a_later_pull_starts_after_the_last_complete_one(httpserver, tmp_path):
    seen = []

    def events(request):
        seen.append(request.args["date_from"])
        return json_response(notubiz_events_page([], 1, 1))

    httpserver.expect_request("/events").respond_with_handler(events)
    entry = PortalEntry("Almere", "NL", "notubiz", httpserver.url_for("").rstrip("/"), "952")
    state = PullState(tmp_path)
    state.record([PullReport("notubiz", "Almere", "2024-01-01", "2024-03-31", last_meeting_date="2024-03-28")])
    pull_municipalities(["Almere"], date(2024, 1, 1), date(2024, 12, 31), entries=[entry], state=state)
    assert seen == ["2024-03-29 00:00:00"]


def registry_file(tmp_path: Path, base: str) -> Path:
    path = tmp_path / "portals.csv"
    path.write_text(f"municipality,country,portal,base_url,site,note\nAlmere,NL,notubiz,{base},952,test\n",
                    encoding="utf-8")
    return path


def test_discover_prints_a_manifest_and_reports_the_gap(httpserver, tmp_path):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/events").respond_with_json(notubiz_events_page([1, 2], 1, 1))
    httpserver.expect_request("/events/meetings/1").respond_with_json(notubiz_meeting(1, base))
    httpserver.expect_request("/events/meetings/2").respond_with_data("error", status=500)
    args = ["discover", "--municipality", "Almere", "--from", "2024-01-01", "--to", "2024-12-31",
            "--registry", str(registry_file(tmp_path, base)), "--portal-delay", "0", "--portal-retries", "0"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3 and {r["meeting_id"] for r in rows} == {"1"}
    assert "incomplete" in result.stderr and "meeting 2" in result.stderr
    assert CliRunner().invoke(app, [*args, "--fail-on-error"]).exit_code == 1


def test_discover_refuses_an_unknown_municipality_or_a_bad_date_as_usage_errors(tmp_path):
    registry = str(registry_file(tmp_path, "http://127.0.0.1:9"))
    unknown = CliRunner().invoke(app, ["discover", "--municipality", "Atlantis", "--registry", registry])
    bad_date = CliRunner().invoke(app, ["discover", "--municipality", "Almere", "--from", "1.1.2024",
                                        "--registry", registry])
    assert unknown.exit_code == 2 and "Atlantis" in unknown.stderr
    assert bad_date.exit_code == 2


def test_failed_document_rows_are_matched_by_source(tmp_path):
    row = DocumentRow(doc_id="x", source="https://example.org/a", status="failed", error="HTTP 500")
    report = PullReport("notubiz", "Almere", "2024-01-01", "2024-12-31")
    pulls = PortalPulls(sources=[source("https://example.org/b")], reports=[report])
    account_documents(pulls, [DocResult(document=row)])
    assert report.documents_failed == 0


def test_pull_for_run_with_since_last_reads_the_mark_from_the_cache_folder(httpserver, tmp_path):
    seen = []

    def events(request):
        seen.append(request.args["date_from"][:10])
        return json_response(notubiz_events_page([], 1, 1))

    httpserver.expect_request("/events").respond_with_handler(events)
    registry = registry_file(tmp_path, httpserver.url_for("").rstrip("/"))
    PullState(tmp_path / "cache").record(
        [PullReport("notubiz", "Almere", "2024-01-01", "2024-05-31", last_meeting_date="2024-05-30")])
    common = {"date_from": "2024-01-01", "date_to": "2024-12-31", "delay": 0, "registry": str(registry),
              "cache_dir": str(tmp_path / "cache")}
    pull_for_run(["Almere"], since_last=True, **common)
    pull_for_run(["Almere"], since_last=False, **common)
    assert seen == ["2024-05-31", "2024-01-01"]


def test_votes_read_from_a_pulled_protocol_take_the_meeting_date_and_body_the_text_lacks():
    pulled = source("https://example.org/protocol.pdf")
    stated = VoteRow(doc_id="p", outcome="adopted", body="Commissie Bestuur", meeting_date="2024-03-12")
    bare = VoteRow(doc_id="p", outcome="rejected")
    result = DocResult(document=DocumentRow(doc_id="p", source=pulled.location), rows={"votes": [stated, bare]})
    other = DocResult(document=DocumentRow(doc_id="q", source="elsewhere.pdf"), rows={"votes": [VoteRow(
        doc_id="q", outcome="adopted")]})
    fill_meeting_metadata(PortalPulls(sources=[pulled]), [result, other])
    assert (stated.body, stated.meeting_date) == ("Commissie Bestuur", "2024-03-12")
    assert (bare.body, bare.meeting_date) == ("Gemeenteraad", "2024-03-11")
    assert other.rows["votes"][0].meeting_date is None


def test_every_registry_row_names_a_known_portal_a_country_and_an_http_base():
    from pipeline.ingest.portals import CONNECTORS

    for row in load_registry():
        assert row.portal in CONNECTORS and row.country in {"NL", "NO", "DK"}, row
        assert row.base_url.startswith(("https://", "http://")) and not row.base_url.endswith("/"), row
        assert row.note, row
