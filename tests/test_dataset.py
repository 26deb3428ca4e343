"""The run folder: every table in every format, atomic `latest`, stable schema."""

from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from pipeline.dataset.consolidate import consolidate, finish_run, new_run_id
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import TABLES, DocumentRow, PartnerCityRow, VoteRow, columns
from pipeline.dataset.write import read_run


def _result(doc_id: str, source: str, **rows) -> DocResult:
    return DocResult(document=DocumentRow(doc_id=doc_id, source=source, municipality="Aalborg"), rows=rows)


def _city(doc_id: str, start: int) -> PartnerCityRow:
    return PartnerCityRow(doc_id=doc_id, city="Tampere", mention="Tammerfors", relation="twin", char_start=start,
                          char_end=start + 10, evidence="Tammerfors er venskabsby.")


def test_run_writes_every_table_as_parquet_csv_and_duckdb(tmp_path):
    results = [_result("a" * 16, "x.txt", partner_cities=[_city("a" * 16, 5)])]
    summary = finish_run(results, tmp_path, new_run_id(), "2026-01-01T00:00:00+00:00")
    latest = tmp_path / "latest"
    assert latest.resolve() == summary.folder.resolve()
    db = duckdb.connect(str(latest / "dataset.duckdb"), read_only=True)
    for table in TABLES:
        assert list(pd.read_csv(latest / f"{table}.csv").columns) == columns(table)
        assert list(pd.read_parquet(latest / f"{table}.parquet").columns) == columns(table)
        assert [c[0] for c in db.execute(f'DESCRIBE "{table}"').fetchall()] == columns(table)
    info = json.loads((latest / "run.json").read_text())
    assert info["counts"]["partner_cities"] == 1
    assert {"run_id", "started_utc", "finished_utc", "pipeline_version", "schema_version", "rules_hash"} <= set(info)


def test_duplicate_documents_keep_both_sources_but_rows_once():
    doc_id = "b" * 16
    tables, *_ = consolidate([
        _result(doc_id, "one.txt", partner_cities=[_city(doc_id, 5)]),
        _result(doc_id, "copy.txt", partner_cities=[_city(doc_id, 5)]),
    ])
    assert sorted(tables["documents"]["source"]) == ["copy.txt", "one.txt"]
    assert len(tables["partner_cities"]) == 1
    assert tables["partner_cities"].loc[0, "municipality"] == "Aalborg"


def test_rows_are_sorted_deterministically_whatever_the_completion_order():
    a, b = "a" * 16, "b" * 16
    first = [_result(b, "b.txt", partner_cities=[_city(b, 9), _city(b, 1)]), _result(a, "a.txt")]
    tables_1, *_ = consolidate(first)
    tables_2, *_ = consolidate(list(reversed(first)))
    for name in TABLES:
        pd.testing.assert_frame_equal(tables_1[name], tables_2[name])
    assert list(tables_1["partner_cities"]["char_start"]) == [1, 9]


def test_meeting_date_is_a_date_column_and_parties_json(tmp_path):
    vote = VoteRow(doc_id="c" * 16, outcome="adopted", meeting_date="2019-08-29", votes_against=12,
                   against_parties='{"Ap": 1, "MDG": 5}', unanimous=False)
    finish_run([_result("c" * 16, "p.txt", votes=[vote])], tmp_path, new_run_id(), "t")
    votes = read_run(tmp_path / "latest")["votes"]
    assert str(votes.loc[0, "meeting_date"]) == "2019-08-29"
    assert json.loads(votes.loc[0, "against_parties"]) == {"Ap": 1, "MDG": 5}
    db = duckdb.connect(str(tmp_path / "latest" / "dataset.duckdb"), read_only=True)
    assert db.execute("SELECT typeof(meeting_date) FROM votes").fetchone()[0] == "DATE"


def test_a_second_run_switches_latest_and_keeps_the_first(tmp_path):
    first = finish_run([_result("a" * 16, "a.txt")], tmp_path, "run-1", "t")
    second = finish_run([_result("a" * 16, "a.txt"), _result("b" * 16, "b.txt")], tmp_path, "run-2", "t")
    assert (tmp_path / "latest").resolve() == second.folder.resolve()
    assert len(read_run(first.folder)["documents"]) == 1
    assert len(read_run(tmp_path / "latest")["documents"]) == 2


def test_a_run_missing_a_table_is_refused_and_latest_untouched(tmp_path):
    finish_run([_result("a" * 16, "a.txt")], tmp_path, "run-1", "t")
    from pipeline.dataset.write import write_run

    with pytest.raises(ValueError, match="missing"):
        write_run(tmp_path, "run-2", {}, {})
    assert (tmp_path / "latest").resolve().name == "run-1"
