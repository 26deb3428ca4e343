"""The rules loader layers common → language → profile and rejects unknown keys."""

from __future__ import annotations

import json

import pytest

import pipeline.rules as rules
from pipeline.rules import RuleError, Rules, layered, load_rules


class _Cues(Rules):
    words: list[str] = []
    threshold: int = 0
    nested: dict[str, int] = {}


@pytest.fixture
def models(tmp_path, monkeypatch):
    monkeypatch.setattr(rules, "MODELS_DIR", tmp_path)
    rules.load_json.cache_clear()
    load_rules.cache_clear()
    yield tmp_path
    rules.load_json.cache_clear()
    load_rules.cache_clear()


def _write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_language_overrides_common_and_profile_overrides_language(models):
    _write(models / "cues" / "common.json", {"_doc": "defaults", "words": ["a"], "threshold": 1, "nested": {"x": 1}})
    _write(models / "cues" / "da.json", {"words": ["b"], "nested": {"y": 2}})
    _write(models / "cues" / "profiles" / "aarhus.json", {"threshold": 3})
    assert layered("cues", "da") == {"words": ["b"], "threshold": 1, "nested": {"x": 1, "y": 2}}
    loaded = load_rules("cues", "da", _Cues, "Aarhus")
    assert (loaded.words, loaded.threshold, loaded.nested) == (["b"], 3, {"x": 1, "y": 2})


def test_a_language_without_a_file_gets_the_defaults(models):
    _write(models / "cues" / "common.json", {"words": ["a"]})
    assert load_rules("cues", "de", _Cues).words == ["a"]


def test_an_unknown_key_is_rejected_with_the_file_and_key_named(models):
    _write(models / "cues" / "common.json", {"words": ["a"]})
    _write(models / "cues" / "nb.json", {"wrods": ["typo"]})
    with pytest.raises(RuleError, match=r"models/cues \(nb\): wrods"):
        load_rules("cues", "nb", _Cues)


def test_the_portal_registry_is_not_a_rule_file(models):
    _write(models / "cues" / "common.json", {"words": ["a"]})
    before = rules.rules_hash()
    (models / "portals.csv").write_text("municipality,portal\nAarhus,firstagenda\n", encoding="utf-8")
    assert rules.rules_hash() == before
    _write(models / "cues" / "da.json", {"words": ["b"]})
    assert rules.rules_hash() != before
