"""The run report: one offline HTML file, every section and chart there, every row traceable, checked in Chromium."""

from __future__ import annotations

import json
import re
import shutil
import struct
import sys
import types
from pathlib import Path

import browser
import matplotlib.image
import pandas as pd
import pytest
from report_fixture import HOSTILE_EVIDENCE, sample_results, sample_run
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from typer.testing import CliRunner

from flows.cli import app
from pipeline.dataset.consolidate import finish_run
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import OUTCOMES, RELATIONS, STATUSES, DocumentRow, PartnerCityRow
from pipeline.dataset.write import read_run
from pipeline.report import REPORT, sections, write_report
from pipeline.report.page import TIMELINE_ROWS, build

SECTIONS = ("run", "corpus", "focus-areas", "partner-cities", "networks", "votes", "actions", "coverage")
CHARTS = (
    "chart-corpus",
    "chart-partner-map",
    "chart-since-years",
    "chart-networks",
    "chart-outcomes",
    "chart-parties-against",
    "chart-actions",
)
EXTRACTED_SECTIONS = ("focus-areas", "partner-cities", "networks", "votes", "actions")
# Attributes through which a page makes the browser fetch something by itself (links wait for a click).
FETCHING = {"src", "srcset", "poster", "data", "background", "action", "formaction", "manifest"}
CSS_FETCH = re.compile(r"url\(|@import", re.IGNORECASE)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    return sample_run(tmp_path_factory.mktemp("runs"))


@pytest.fixture(scope="module")
def report(run_dir) -> Path:
    return write_report(run_dir)


@pytest.fixture(scope="module")
def page(report) -> HTMLParser:
    return HTMLParser(report.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dom(chromium, report, tmp_path_factory) -> HTMLParser:
    return HTMLParser(browser.rendered_dom(chromium, report, tmp_path_factory.mktemp("dom")))


def fetched_references(page: HTMLParser) -> list[str]:
    """Every address the page would load on its own: fetching attributes, <link> hrefs, CSS url()/@import."""
    found = []
    for node in page.css("*"):
        for name, value in node.attributes.items():
            if name in FETCHING or (node.tag == "link" and name == "href"):
                found.append(value or "")
            if name == "style" and value and CSS_FETCH.search(value):
                found.append(value)
    found += [style.text() for style in page.css("style") if CSS_FETCH.search(style.text())]
    return found


def png_size(png: Path) -> tuple[int, int]:
    """Width and height from the PNG header (IHDR)."""
    return struct.unpack(">II", png.read_bytes()[16:24])


def test_report_is_one_file_written_into_the_run_folder(report, run_dir):
    assert report == run_dir / REPORT
    assert report.stat().st_size > 10_000
    assert [p.name for p in run_dir.iterdir() if p.name.startswith(".")] == []


def test_report_loads_nothing_but_inline_data(page):
    assert page.css("script, link, iframe, object, embed, base") == []
    assert all(ref.startswith("data:") for ref in fetched_references(page)), fetched_references(page)
    assert all(img.attributes["src"].startswith("data:image/svg+xml;base64,") for img in page.css("img"))


def test_chromium_renders_every_section_and_chart_without_any_request(dom):
    root = dom.css_first("html").attributes
    assert json.loads(root["data-resources"]) == []
    assert json.loads(root["data-broken-images"]) == []
    assert [s for s in SECTIONS if dom.css_first(f"#{s}") is None] == []
    assert [c for c in CHARTS if dom.css_first(f"img#{c}") is None] == []


def test_chromium_screenshot_shows_a_drawn_page(chromium, report, tmp_path):
    png = browser.screenshot(chromium, report, tmp_path / "report.png")
    assert png_size(png) == (1280, 4000)
    pixels = matplotlib.image.imread(png)
    assert pixels.std() > 0.05  # not a blank page: text, tables and coloured bars


def test_every_extracted_row_links_to_its_source_page_and_evidence(page, run_dir):
    tables = {
        name: pd.read_parquet(run_dir / f"{name}.parquet")
        for name in ("focus_areas", "partner_cities", "networks", "votes", "actions")
    }
    shown = {
        "focus-areas": len(tables["focus_areas"]),
        "partner-cities": len(tables["partner_cities"]),
        "networks": len(tables["networks"]),
        "actions": len(tables["actions"]),
        "votes": len(tables["votes"]) + int((~tables["votes"]["counts_consistent"]).sum()),
    }
    for section, n_rows in shown.items():
        links = page.css(f"#{section} details.prov")
        assert len(links) == n_rows, section
        for link in links:
            assert re.search(r"\.pdf · p\. \d+$", link.css_first("summary").text(strip=True)), section
            assert link.css_first("code").text().startswith("corpus/")
            assert link.css_first("blockquote").text(strip=True)


def test_network_matrix_cells_point_at_their_rows(page):
    cells = page.css("#networks table.matrix td a")
    assert len(cells) == 10  # eleven mentions, Aalborg names ICLEI twice: one cell per network and municipality
    for cell in cells:
        assert page.css_first(cell.attributes["href"]) is not None
        assert "Kommunen deltar i" in cell.attributes["title"]


def test_evidence_with_markup_is_shown_as_text(page):
    quotes = [q.text(strip=True) for q in page.css("#partner-cities blockquote")]
    assert HOSTILE_EVIDENCE in quotes
    assert page.css('img[src*="evil.example"]') == []


def test_failed_documents_and_silent_documents_are_listed_with_their_reason(page):
    errors = page.css_first("#corpus table").text()
    assert "corpus/broken.pdf" in errors and "PDF has no pages" in errors
    assert "networks: ValueError: unreadable table" in errors
    coverage = page.css_first("#coverage").text()
    assert "corpus/003_259c048bf72ba3f8.pdf" in coverage  # ok, but nothing extracted
    assert "Forslaget fikk 3 stemmer." in coverage  # vote words without a parsed vote
    assert "Not checked: 1 document(s) with vote words whose type is not read for votes (strategy)" in coverage


def test_inconsistent_vote_counts_are_listed_for_review(page):
    review = page.css("#votes table")[0]
    assert "Renolens tilleggsforslag" in review.text()
    assert len(review.css("tr")) == 2  # header and the one vote whose counts do not add up


def _only_documents(results: list[DocResult]) -> list[DocResult]:
    return [DocResult(document=r.document) for r in results]


@pytest.mark.parametrize("results", [[], _only_documents(sample_results())], ids=["no-documents", "no-rows"])
def test_empty_tables_render_a_nothing_extracted_note(tmp_path, results):
    report = write_report(sample_run(tmp_path, results))
    page = HTMLParser(report.read_text(encoding="utf-8"))
    for section in EXTRACTED_SECTIONS:
        assert "Nothing extracted" in page.css_first(f"#{section}").text(), section
        assert page.css(f"#{section} img") == []


def test_report_command_writes_the_report_and_prints_its_path(run_dir):
    result = CliRunner().invoke(app, ["report", "--run", str(run_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(run_dir / REPORT)
    assert (run_dir / REPORT).exists()


@pytest.mark.parametrize(("flag", "written"), [([], True), (["--no-report"], False)])
def test_run_command_writes_the_report_unless_told_not_to(prefect_harness, tmp_path, monkeypatch, flag, written):
    """The session's Prefect API is configured: without it each run started a temporary server (~90 s at load 20)."""

    def fake_flow(out: str, report: bool, **_) -> object:
        doc = DocResult(document=DocumentRow(doc_id="a" * 16, source="a.txt"))
        return finish_run([doc], Path(out), "run-1", "t", before_switch=write_report if report else None)

    monkeypatch.setitem(sys.modules, "flows.main", types.SimpleNamespace(pipeline_flow=fake_flow))
    result = CliRunner().invoke(app, ["run", "--out", str(tmp_path), "--no-progress", *flag])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "run-1" / REPORT).exists() is written


def test_corpus_facets_count_documents_read_not_files_and_leave_failed_ones_apart():
    documents = pd.DataFrame(
        [
            {
                "doc_id": "a" * 16,
                "source": "a.txt",
                "status": "ok",
                "error": None,
                "municipality": "Aalborg",
                "country": "DK",
                "language": "da",
                "doc_type": "strategy",
            },
            {
                "doc_id": "a" * 16,
                "source": "a.pdf",
                "status": "ok",
                "error": None,
                "municipality": "Aalborg",
                "country": "DK",
                "language": "da",
                "doc_type": "strategy",
            },
            {
                "doc_id": "b" * 16,
                "source": "b.pdf",
                "status": "failed",
                "error": "corrupt PDF",
                "municipality": None,
                "country": None,
                "language": "und",
                "doc_type": "other",
            },
        ]
    )
    corpus = sections.corpus(documents)
    assert corpus["n_read"] == 1
    assert corpus["facets"]["municipality"] == {"Aalborg": 1}
    assert corpus["facets"]["doc_type"] == {"strategy": 1} and "und" not in corpus["facets"]["language"]
    assert [d["source"] for d in corpus["with_errors"]] == ["b.pdf"]


def _vote(**fields) -> dict:
    return {
        "body": "Bystyret",
        "outcome": "adopted",
        "unanimous": None,
        "against_parties": None,
        "counts_consistent": True,
        **fields,
    }


def test_parties_against_counts_votes_not_members():
    votes = [_vote(against_parties='{"R": 2, "SV": 4}'), _vote(against_parties='{"R": 1}'), _vote()]
    assert sections.parties_against(votes) == {"R": 2, "SV": 1}


def test_unreadable_against_parties_count_as_none():
    assert sections.parse_parties("1Ap, 5MDG") == {}
    assert sections.parse_parties('["Ap"]') == {}


def test_unanimous_share_leaves_out_votes_that_say_nothing():
    votes = [_vote(unanimous=True), _vote(unanimous=False), _vote(unanimous=True), _vote()]
    assert sections.unanimity(votes) == {"unanimous": 2, "known": 3, "unstated": 1, "share": 2 / 3}


def test_network_reach_counts_each_municipality_once():
    rows = [
        {"network": "ICLEI", "municipality": "Aalborg", "doc_id": "a"},
        {"network": "ICLEI", "municipality": "Aalborg", "doc_id": "b"},
        {"network": "ICLEI", "municipality": "Trondheim", "doc_id": "c"},
        {"network": "URBACT", "municipality": None, "doc_id": "d"},
    ]
    assert sections.network_reach(rows) == {"ICLEI": 2, "URBACT": 1}


def test_partner_map_lists_what_it_cannot_place():
    documents = pd.DataFrame({"doc_id": ["a"], "country": ["DK"]})
    places = {("Aalborg", "DK"): (9.9, 57.0), ("Gdynia", "PL"): (18.5, 54.5)}
    partners = [
        {"doc_id": "a", "municipality": "Aalborg", "city": city, "partner_country": country, "relation": "twin"}
        for city, country in (("Gdynia", "PL"), ("Atlantis", None))
    ]
    placed = sections.partner_map(partners, documents, lambda name, country: places.get((name, country)))
    assert [(line["city"], line["home"], line["away"]) for line in placed["lines"]] == [
        ("Gdynia", (9.9, 57.0), (18.5, 54.5))
    ]
    assert [(row["city"], row["missing"]) for row in placed["unplaced"]] == [("Atlantis", "city")]


def test_timeline_keeps_the_oldest_partnerships_and_counts_the_rest(tmp_path):
    cities = [
        PartnerCityRow(
            doc_id="a" * 16, city=f"City {i}", mention=f"City {i}", relation="twin", since_year=1900 + i, char_start=i
        )
        for i in range(TIMELINE_ROWS + 10)
    ]
    result = DocResult(document=DocumentRow(doc_id="a" * 16, source="a.txt"), rows={"partner_cities": cities})
    run = sample_run(tmp_path, [result])
    context = build(read_run(run), {}, lambda name, country: None)
    assert context["since_hidden"] == 10
    assert context["since_chart"].startswith("data:image/svg+xml;base64,")
    assert context["partner_map_chart"] is None
    assert len(context["partner_map"]["unplaced"]) == len(cities)


def test_timeline_shows_a_partnership_once_when_two_documents_state_it():
    row = {"doc_id": "pdf", "municipality": "Trondheim", "city": "Darmstadt", "relation": "twin", "since_year": 1968}
    older = {**row, "city": "Dunfermline", "since_year": 1945}
    partners = [row, {**row, "doc_id": "txt"}, older, {**row, "since_year": None, "city": "Keren"}]
    assert [(r["city"], r["since_year"]) for r in sections.since_years(partners)] == [
        ("Dunfermline", 1945),
        ("Darmstadt", 1968),
    ]


def test_each_colour_means_one_thing_and_noted_is_not_paused():
    from pipeline.report import charts

    parallel = [{"adopted", "completed"}, {"rejected", "cancelled"}, {"postponed", "paused"}, {"noted", "unknown"}]
    palette = charts.colours([*OUTCOMES, *STATUSES])
    by_colour: dict[str, set[str]] = {}
    for category, colour in palette.items():
        by_colour.setdefault(colour, set()).add(category)
    assert all(len(group) == 1 or group in parallel for group in by_colour.values()), by_colour
    assert palette["noted"] != palette["paused"] and palette["rejected"] != palette["paused"]
    okabe_ito_and_tol = {
        "#000000",
        "#E69F00",
        "#56B4E9",
        "#009E73",
        "#F0E442",
        "#0072B2",
        "#D55E00",
        "#CC79A7",
        "#999999",
        "#332288",
        "#882255",
    }
    relations = charts.colours(RELATIONS)
    assert set(palette.values()) | set(relations.values()) <= okabe_ito_and_tol
    assert len(set(relations.values())) == len(RELATIONS)


def test_since_chart_marks_when_a_relation_began_and_runs_no_bar_to_today():
    import base64

    from pipeline.report import charts

    rows = [{"municipality": "Aalborg", "doc_id": "a", "city": "Lahti", "relation": "twin", "since_year": 1951}]
    svg = base64.b64decode(charts.since_timeline(rows, RELATIONS, 2026).split(",", 1)[1]).decode()
    assert "LineCollection" not in svg  # the old chart drew each relation as a bar from its year to today
    assert "1951" in svg


def test_partner_map_draws_land_and_borders_from_offline_data():
    import base64

    from pipeline.report import charts, outlines

    denmark = (8.0, 13.0, 54.5, 57.8)
    assert outlines.within(outlines.land(), denmark) and outlines.within(outlines.borders(), denmark)
    lines = [
        {"municipality": "Aalborg", "city": "Lahti", "relation": "twin", "home": (9.9, 57.0), "away": (25.7, 61.0)}
    ]
    svg = base64.b64decode(charts.partner_map(lines, RELATIONS).split(",", 1)[1]).decode()
    assert "#eeeeee" in svg  # land, fitted to the partners' extent


def test_an_incomplete_portal_pull_shows_its_gaps_in_the_report(tmp_path):
    folder = tmp_path / "run"
    shutil.copytree(sample_run(tmp_path / "runs"), folder)
    info = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    info["pulls"] = [
        {
            "portal": "notubiz",
            "municipality": "Almere",
            "date_from": "2024-01-01",
            "date_to": "2024-03-31",
            "status": "incomplete",
            "meetings_listed": 3,
            "meetings_fetched": 2,
            "documents_listed": 9,
            "documents_failed": 1,
            "gaps": ["meeting 4711: HTTP 500 Internal Server Error"],
            "warnings": ["429 Too Many Requests: waited 2 s (Retry-After)"],
        }
    ]
    (folder / "run.json").write_text(json.dumps(info), encoding="utf-8")
    text = HTMLParser(write_report(folder).read_text(encoding="utf-8")).css_first("#coverage").text()
    assert "Council portal pulls" in text and "incomplete" in text
    assert "gap: meeting 4711: HTTP 500 Internal Server Error" in text
    assert "warning: 429 Too Many Requests" in text
