"""Incremental re-runs: unchanged documents come from the result cache, changed ones and rule changes re-extract.

Flow runs use the ephemeral test API and the thread runner with one worker: the caching is
the flow's own (keys are computed and results stored in the flow's process), so the runner
does not matter here, and one worker keeps spaCy single-threaded.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import pipeline.rules
from pipeline.dataset.cache import ResultCache, code_hash, fingerprint, look_up_all
from pipeline.dataset.write import read_run
from pipeline.extract import EXTRACTED_TABLES
from pipeline.ingest.pull import Source
from pipeline.process import Options

ROOT = Path(__file__).resolve().parent.parent
DOCS = ("002_a1e10ab50720f0e2.txt", "004_3fd0d7c3ff358457.txt")


@pytest.fixture(autouse=True)
def frozen_code_hash(monkeypatch):
    """Colleagues editing pipeline/ while the suite runs would otherwise turn a warm run cold."""
    monkeypatch.setattr("pipeline.dataset.cache.code_hash", lambda: "frozen")


def run(folder: Path, out: Path, cache: Path, **params) -> tuple[dict, dict[str, pd.DataFrame]]:
    """One flow run; returns run.json's `incremental` facts and the written tables."""
    from flows.main import pipeline_flow

    summary = pipeline_flow(sources=[str(folder)], out=str(out), cache_dir=str(cache), runner="thread", workers=1,
                            **params)
    info = json.loads((summary.folder / "run.json").read_text(encoding="utf-8"))
    return info["incremental"], read_run(summary.folder)


@pytest.fixture(scope="module")
def cold(prefect_harness, tmp_path_factory):
    """A first run over two documents: its input folder, its cache and its tables."""
    base = tmp_path_factory.mktemp("cold")
    folder = base / "in"
    folder.mkdir()
    for name in DOCS:
        shutil.copy(ROOT / "corpus" / name, folder / name)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pipeline.dataset.cache.code_hash", lambda: "frozen")
        facts, tables = run(folder, base / "out", base / "cache")
    assert (facts["reused"], facts["processed"]) == (0, 2)
    return base, tables


@pytest.fixture
def copy(cold, tmp_path):
    """The cold run's input folder and cache, copied to a new place so each test changes its own."""
    base, _ = cold
    shutil.copytree(base / "in", tmp_path / "in")
    shutil.copytree(base / "cache", tmp_path / "cache")
    return tmp_path / "in", tmp_path / "cache"


def without_source(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=["source"]).reset_index(drop=True)


def test_unchanged_documents_are_reused_with_their_new_location_and_the_tables_stay_the_same(cold, copy, tmp_path):
    folder, cache = copy
    (folder / DOCS[0]).rename(folder / "renamed.txt")
    facts, tables = run(folder, tmp_path / "out", cache)
    assert (facts["reused"], facts["processed"]) == (2, 0)
    _, cold_tables = cold
    for name, frame in tables.items():
        expected = cold_tables[name]
        if name == "documents":
            assert set(frame["source"]) == {"renamed.txt", DOCS[1]}
            frame, expected = frame.sort_values("doc_id"), expected.sort_values("doc_id")
            frame, expected = without_source(frame), without_source(expected)
        pd.testing.assert_frame_equal(frame, expected, obj=name)


def test_a_changed_document_alone_is_processed_and_the_tables_keep_the_unchanged_one(cold, copy, tmp_path):
    folder, cache = copy
    changed = folder / DOCS[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nTilføjet afsnit.\n", encoding="utf-8")
    facts, tables = run(folder, tmp_path / "out", cache)
    assert (facts["reused"], facts["processed"]) == (1, 1)
    _, cold_tables = cold
    kept = cold_tables["documents"].set_index("source")["doc_id"].rename(lambda s: Path(s).name)[DOCS[0]]
    assert len(tables["documents"]) == 2 and kept in set(tables["documents"]["doc_id"])
    kept_rows = 0
    for name in EXTRACTED_TABLES:
        before = cold_tables[name][cold_tables[name]["doc_id"] == kept].reset_index(drop=True)
        after = tables[name][tables[name]["doc_id"] == kept].reset_index(drop=True)
        pd.testing.assert_frame_equal(after, before, obj=name)
        kept_rows += len(after)
    assert kept_rows > 0


def test_a_changed_rule_file_reprocesses_every_document(copy, tmp_path, monkeypatch):
    folder, cache = copy
    models = tmp_path / "models"
    shutil.copytree(pipeline.rules.MODELS_DIR, models)
    rule = models / "language.json"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.setattr(pipeline.rules, "MODELS_DIR", models)
    facts, _ = run(folder, tmp_path / "out", cache)
    assert (facts["reused"], facts["processed"]) == (0, 2)


def test_full_run_processes_every_document_again(copy, tmp_path):
    folder, cache = copy
    facts, tables = run(folder, tmp_path / "out", cache, full=True)
    assert facts["full"] is True
    assert (facts["reused"], facts["processed"]) == (0, 2)
    assert set(tables["documents"]["status"]) == {"ok"}


def test_an_unreadable_cache_entry_is_a_miss_not_a_failure(copy):
    folder, cache = copy
    sources = [Source(str(folder / name)) for name in DOCS]
    options = Options(cache_dir=cache)

    def lookups():
        return look_up_all(sources, options, ResultCache(cache), fingerprint(options))

    assert all(lk.reused for lk in lookups())
    for entry in (cache / "results").rglob("*.pkl"):
        entry.write_bytes(b"not a pickle")
    assert [(lk.result, bool(lk.key)) for lk in lookups()] == [(None, True), (None, True)]


def test_code_hash_changes_when_a_module_changes(tmp_path):
    module = tmp_path / "pkg" / "extract.py"
    module.parent.mkdir()
    module.write_text("RULE = 1\n")
    before = code_hash(tmp_path / "pkg")
    module.write_text("RULE = 2\n")
    assert code_hash(tmp_path / "pkg") != before


def test_a_lookup_whose_fetch_breaks_unexpectedly_is_a_failed_row_not_a_crashed_run(tmp_path, monkeypatch):
    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pipeline.process.fetch", disk_full)
    options = Options(cache_dir=tmp_path / "cache")
    [lookup] = look_up_all([Source(str(ROOT / "corpus" / DOCS[0]))], options, ResultCache(tmp_path / "cache"), "f")
    assert lookup.result is not None and lookup.result.document.status == "failed"
    assert lookup.result.document.error.startswith("internal error: OSError")
