"""Ordinary mistakes are one line on stderr and exit 2, found before any document is processed.

Most run the command line in this process (the same `app`, stderr apart from stdout); two go through
`python -m pipeline` for real, a `run` (past the supervisor) and an `evaluate`: each such start costs
about a CPU second of imports, twice for `run`, and proves nothing more for the other mistakes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from pipeline.dataset.consolidate import finish_run
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import DocumentRow

ROOT = Path(__file__).resolve().parents[2]


def real_cli(*args: str) -> subprocess.CompletedProcess:
    """`python -m pipeline ARGS` in its own process, from the repository."""
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture
def cli(monkeypatch):
    """The command line in this process; what `run` sets in the environment is undone after the test."""
    monkeypatch.delenv("PREFECT_LOGGING_LEVEL", raising=False)

    def invoke(*args: str) -> subprocess.CompletedProcess:
        result = CliRunner().invoke(app, list(args))
        return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)

    return invoke


def assert_usage_error(done: subprocess.CompletedProcess, *words: str) -> None:
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    for word in words:
        assert word in lines[0]


def a_run(tmp_path: Path, inputs: dict | None = None) -> Path:
    doc = DocumentRow(doc_id="a" * 16, source="aalborg-2016.txt", language="da")
    return finish_run([DocResult(document=doc)], tmp_path / "out", "run-1", "t", {"inputs": inputs or {}}).folder


@pytest.mark.parametrize(
    ("manifest", "words"),
    [
        ("path;kommune\na.pdf;Aalborg\n", ["'source' column", "path, kommune"]),
        ("source;municipality;country\na.pdf;Aalborg;Danmark\nb.pdf;Bergen;Atlantis\n", ["row 3", "'Atlantis'"]),
        ("source\tdoc_type\na.pdf\tblog\n", ["row 2", "doc_type 'blog'"]),
    ],
    ids=["no-source-column", "unknown-country", "unknown-doc-type"],
)
def test_a_manifest_mistake_is_one_line_and_exit_2(cli, tmp_path, manifest: str, words: list[str]):
    path = tmp_path / "m.csv"
    path.write_text(manifest, encoding="utf-8")
    for args in (["--manifest", str(path)], [str(path)]):
        assert_usage_error(cli("run", *args, "--out", str(tmp_path / "out")), *words)
    assert not (tmp_path / "out").exists()


def test_a_csv_without_a_source_column_is_not_read_as_a_document(cli, tmp_path):
    (tmp_path / "byer.csv").write_text("by,land\nVejle,DK\n", encoding="utf-8")
    assert_usage_error(cli("run", str(tmp_path / "byer.csv"), "--out", str(tmp_path / "out")), "not a manifest")


def test_an_output_folder_that_cannot_be_written_is_found_before_processing(cli, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert_usage_error(cli("run", str(ROOT / "corpus"), "--out", str(blocked)), "cannot be written", "it is a file")
    assert_usage_error(cli("run", str(ROOT / "corpus"), "--out", str(blocked / "runs")), "cannot be written")
    assert blocked.read_text() == "not a folder"


def test_an_empty_folder_is_a_usage_error(tmp_path):  # through `python -m pipeline`
    (tmp_path / "empty").mkdir()
    assert_usage_error(real_cli("run", str(tmp_path / "empty"), "--out", str(tmp_path / "out")), "no documents found")


@pytest.mark.parametrize("command", ["evaluate", "report"])
def test_evaluate_or_report_on_a_folder_that_is_not_a_run_is_one_line(cli, tmp_path, command: str):
    assert_usage_error(cli(command, "--run", str(tmp_path)), "is not a run folder")


def test_evaluate_without_gold_beside_the_inputs_asks_for_gold(cli, tmp_path):
    run = a_run(tmp_path, {"sources": [str(tmp_path / "docs")], "manifest": None})
    assert_usage_error(cli("evaluate", "--run", str(run)), "no --gold given")


def test_evaluate_says_when_no_gold_document_matched(tmp_path):  # through `python -m pipeline`
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "other.json").write_text(json.dumps({"document": {}}))
    run = a_run(tmp_path)
    done = real_cli("evaluate", "--run", str(run), "--gold", str(tmp_path / "gold"))
    assert_usage_error(done, "0 gold documents matched")


def test_evaluate_finds_gold_beside_the_run_inputs(cli, tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "aalborg-2016.json").write_text(json.dumps({"document": {"language": "da"}}))
    run = a_run(tmp_path, {"sources": [str(tmp_path / "docs")], "manifest": None})
    done = cli("evaluate", "--run", str(run))
    assert done.returncode == 0, done.stderr
    assert "1 documents with gold" in " ".join(done.stdout.split())
