"""Scoring a run against gold: matching, P/R/F1 and attribute accuracy."""

from __future__ import annotations

import json

import pytest

from pipeline.assignment import best_pairs
from pipeline.dataset.consolidate import finish_run
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import ActionRow, DocumentRow, NetworkRow, PartnerCityRow, VoteRow
from pipeline.evaluate import evaluate, match_rows, similarity, source_stem

DOC = "d" * 16


def _run(tmp_path, rows: dict) -> object:
    doc = DocumentRow(doc_id=DOC, source="corpus/aalborg.pdf", municipality="Aalborg", country="DK",
                      doc_type="report", language="da")
    return finish_run([DocResult(document=doc, rows=rows)], tmp_path / "out", "run-1", "t").folder


def _gold(tmp_path, **tables) -> object:
    folder = tmp_path / "gold"
    folder.mkdir()
    payload = {"document": {"source": "aalborg.txt", "municipality": "Aalborg", "country": "DK",
                            "doc_type": "evaluation", "language": "da"}, **tables}
    (folder / "aalborg.json").write_text(json.dumps(payload), encoding="utf-8")
    return folder


def test_cities_match_on_mention_or_canonical_name_ignoring_case_and_diacritics(tmp_path):
    rows = {"partner_cities": [
        PartnerCityRow(doc_id=DOC, city="Gothenburg", mention="Göteborg", relation="twin", partner_country="SE"),
        PartnerCityRow(doc_id=DOC, city="Krakow", mention="Krakow", relation="twin", partner_country="PL"),
        PartnerCityRow(doc_id=DOC, city="Oslo", mention="Oslo", relation="twin", partner_country="NO"),
    ]}
    gold = _gold(tmp_path, partner_cities=[
        {"city": "Gothenburg", "mention": "Gøteborg", "relation": "strategic_partner", "partner_country": "SE"},
        {"city": "Kraków", "mention": "Krakow", "relation": "twin", "partner_country": "PL"},
        {"city": "Tampere", "mention": "Tammerfors", "relation": "twin", "partner_country": "FI"},
    ])
    scores, n_docs = evaluate(_run(tmp_path, rows), gold)
    cities = scores["partner_cities"]
    assert n_docs == 1
    assert (cities.tp, cities.fp, cities.fn) == (2, 1, 1)
    assert cities.f1 == pytest.approx(2 / 3)
    assert cities.accuracy("relation") == 0.5
    assert cities.accuracy("partner_country") == 1.0
    assert scores["documents"].accuracy("doc_type") == 0.0
    assert scores["documents"].accuracy("country") == 1.0


def test_votes_match_within_a_meeting_by_subject_and_compare_party_breakdowns(tmp_path):
    vote = {"body": "Bystyret", "meeting_date": "2019-08-29", "outcome": "adopted"}
    rows = {"votes": [
        VoteRow(doc_id=DOC, subject="Salomonsens forslag", proposer="Silje Salomonsen", votes_against=5,
                against_parties='{"V": 3, "KrF": 2}', **vote),
        VoteRow(doc_id=DOC, subject="innstillingen", votes_against=0, unanimous=True, **vote),
    ]}
    gold = _gold(tmp_path, votes=[
        {**vote, "subject": "innstillingen", "votes_against": 0, "unanimous": True, "against_parties": None},
        {**vote, "subject": "forslag fra Silje Salomonsen", "proposer": "Silje Salomonsen", "votes_against": 5,
         "against_parties": {"KrF": 2, "V": 3}},
    ])
    scores, _ = evaluate(_run(tmp_path, rows), gold)
    votes = scores["votes"]
    assert (votes.tp, votes.fp, votes.fn) == (2, 0, 0)
    assert votes.accuracy("against_parties") == 1.0
    assert votes.accuracy("votes_against") == 1.0


def test_networks_and_actions_use_their_own_keys(tmp_path):
    rows = {
        "networks": [NetworkRow(doc_id=DOC, network="EUniverCities", mention="EUniversities", kind="city_network")],
        "actions": [ActionRow(doc_id=DOC, action_id="4.1", title="Youth camp", status="paused")],
    }
    gold = _gold(
        tmp_path,
        networks=[{"network": "EUniverCities", "mention": "EUniversities", "kind": "city_network"}],
        actions=[{"action_id": "4.1", "title": "Ungdomslejr", "status": "cancelled"},
                 {"action_id": "5.1", "title": "Sprogkurser", "status": "paused"}],
    )
    scores, _ = evaluate(_run(tmp_path, rows), gold)
    assert scores["networks"].f1 == 1.0
    assert (scores["actions"].tp, scores["actions"].fn) == (1, 1)
    assert scores["actions"].accuracy("status") == 0.0


def test_documents_join_gold_by_file_stem_of_paths_and_urls():
    assert source_stem("corpus/001_57a4.pdf") == "001_57a4"
    assert source_stem("https://example.org/docs/001_57a4.pdf?download=1") == "001_57a4"


def test_similarity_accepts_a_short_name_inside_a_longer_one_but_not_unrelated_names():
    assert similarity("Interreg", "Interreg programmet") >= 85
    assert similarity("Sermersooq", "Semersooq") >= 85
    assert similarity("Oslo", "Tartu") < 85


def test_decisions_without_a_subject_match_within_their_meeting(tmp_path):
    vote = {"body": "Børne- og Uddannelsesudvalget", "meeting_date": "2023-03-27", "outcome": "adopted"}
    rows = {"votes": [VoteRow(doc_id=DOC, subject=None, **vote)]}
    gold = _gold(tmp_path, votes=[{**vote, "subject": None}])
    scores, _ = evaluate(_run(tmp_path, rows), gold)
    assert scores["votes"].tp == 1


def test_rows_are_matched_by_the_optimal_assignment_whatever_their_order():
    """'Frankfurt' fits both gold rows; 'Oder' only the second: the best assignment pairs both, in any order."""
    gold = [
        {"city": "Frankfurt (Oder)", "mention": "Frankfurt (Oder)"},
        {"city": "Frankfurt am Main", "mention": "Frankfurt am Main"},
    ]
    predicted = [{"city": "Frankfurt", "mention": "Frankfurt"}, {"city": "Oder", "mention": "Oder"}]
    for preds in (predicted, predicted[::-1]):
        for golds in (gold, gold[::-1]):
            pairs = match_rows("partner_cities", preds, golds)
            assert sorted((p["city"], g["city"]) for p, g in pairs) == [
                ("Frankfurt", "Frankfurt am Main"),
                ("Oder", "Frankfurt (Oder)"),
            ]


def test_assignment_prefers_more_pairs_then_higher_similarity():
    scores = {(0, 0): 99.0, (0, 1): 98.0, (1, 0): 86.0, (2, 2): 90.0}
    assert best_pairs(scores) == [(0, 1), (1, 0), (2, 2)]
    assert best_pairs({(0, 0): 90.0, (1, 0): 95.0, (1, 1): 88.0, (2, 1): 99.0}) == [(1, 0), (2, 1)]
    assert best_pairs({}) == []
