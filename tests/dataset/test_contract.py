"""The contract's vocabularies and value shapes are checked before a run is written."""

from __future__ import annotations

import json

from pipeline.dataset.consolidate import consolidate, finish_run, new_run_id
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import ActionRow, DocumentRow, NetworkRow, PartnerCityRow, VoteRow

DOC = "ab" * 8


def _result(document: DocumentRow | None = None, **rows) -> DocResult:
    return DocResult(document=document or DocumentRow(doc_id=DOC, source="x.txt", municipality="Odense"), rows=rows)


def _city(**changes) -> PartnerCityRow:
    fields = {"doc_id": DOC, "city": "Tampere", "mention": "Tammerfors", "partner_country": "FI", "relation": "twin",
              "since_year": 1946, "page": 1, "char_start": 10, "char_end": 20, "evidence": "Tammerfors"}
    return PartnerCityRow(**{**fields, **changes})


def _vote(**changes) -> VoteRow:
    return VoteRow(**{"doc_id": DOC, "outcome": "adopted", "char_start": 0, "char_end": 5, **changes})


def test_rows_within_the_contract_pass_unchanged():
    tables, _, _, violations = consolidate([_result(
        partner_cities=[_city()],
        networks=[NetworkRow(doc_id=DOC, network="ICLEI", mention="ICLEI", kind="city_network")],
        votes=[_vote(votes_for=20, votes_against=3, against_parties='{"V": 3}')],
        actions=[ActionRow(doc_id=DOC, title="Ladestandere", status="in_progress")],
    )])
    assert violations == []
    assert [len(tables[t]) for t in ("partner_cities", "networks", "votes", "actions")] == [1, 1, 1, 1]


def test_a_value_outside_a_vocabulary_drops_the_row_and_is_reported():
    tables, _, _, violations = consolidate([_result(
        votes=[_vote(), _vote(outcome="vedtatt", char_start=7, char_end=9)],
        actions=[ActionRow(doc_id=DOC, title="Cykelsti", status="done")],
        networks=[NetworkRow(doc_id=DOC, network="URBACT", mention="URBACT", kind="programme")],
    )])
    assert list(tables["votes"]["outcome"]) == ["adopted"]
    assert tables["actions"].empty and tables["networks"].empty
    found = {(v["table"], v["column"], v["value"], v["doc_id"]) for v in violations}
    assert found == {("votes", "outcome", "vedtatt", DOC), ("actions", "status", "done", DOC),
                     ("networks", "kind", "programme", DOC)}


def test_country_codes_years_and_spans_must_have_the_contract_shape():
    tables, _, _, violations = consolidate([_result(partner_cities=[
        _city(partner_country="de", char_start=1, char_end=2),
        _city(since_year=19460, char_start=3, char_end=4),
        _city(char_start=30, char_end=20),
        _city(char_start=40, char_end=50),
    ])])
    assert list(tables["partner_cities"]["char_start"]) == [40]
    assert {v["column"] for v in violations} >= {"partner_country", "since_year"}
    assert any("char_start <= char_end" in v["check"] for v in violations)


def test_against_parties_must_be_a_json_object_of_counts():
    tables, _, _, violations = consolidate([_result(votes=[
        _vote(against_parties="V, O", char_start=1, char_end=2),
        _vote(against_parties='{"V": -1}', char_start=3, char_end=4),
        _vote(against_parties='{"V": 2, "O": 1}', char_start=5, char_end=6),
    ])])
    assert list(tables["votes"]["against_parties"]) == ['{"V": 2, "O": 1}']
    assert [v["value"] for v in violations] == ["V, O", '{"V": -1}']


def test_a_document_row_is_never_dropped_only_reported():
    odd = DocumentRow(doc_id=DOC, source="y.txt", doc_type="minutes", country="Denmark")
    tables, _, _, violations = consolidate([_result(odd)])
    assert list(tables["documents"]["source"]) == ["y.txt"]
    assert {(v["table"], v["column"]) for v in violations} == {("documents", "doc_type"), ("documents", "country")}


def test_violations_are_written_to_run_json(tmp_path):
    summary = finish_run([_result(votes=[_vote(outcome="maybe")])], tmp_path, new_run_id(), "t")
    info = json.loads((summary.folder / "run.json").read_text())
    assert info["counts"]["votes"] == 0
    assert info["schema_violations"] == [
        {"table": "votes", "column": "outcome", "check": info["schema_violations"][0]["check"], "value": "maybe",
         "doc_id": DOC}
    ]
