"""The main flow end to end: real Prefect runs (ephemeral API) over real files and a real HTTP port."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import browser
import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from pipeline.dataset.write import read_run
from pipeline.ingest import deadline
from pipeline.report import REPORT

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EXTRACTED_SECTIONS = ("focus-areas", "partner-cities", "networks", "votes", "actions")  # report ids
EXPECTED_LANGUAGES = {"000": "da", "001": "nb", "002": "da", "003": "nl", "004": "da"}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def corpus_run(prefect_harness, tmp_path_factory) -> tuple[str, Path]:
    """The command line's `run` over the sample corpus (the default manifest), once for the tests that read it:
    what it printed, and the run folder.

    In this process (the command line's `app`), so it reads with this worker's warm forkserver: a second Python
    start and a second forkserver warming every language's rules would prove nothing the command-line runs of
    `python -m pipeline` in this file and in tests/cli/ do not. The environment the run sets is restored after.
    """
    from typer.testing import CliRunner

    from flows.cli import app

    out = tmp_path_factory.mktemp("corpus-run")
    with pytest.MonkeyPatch.context() as env:
        env.delenv("PREFECT_LOGGING_LEVEL", raising=False)  # the run sets it for its process
        env.chdir(ROOT)  # the default manifest is found from the project's folder
        done = CliRunner().invoke(
            app, ["run", "--out", str(out / "out"), "--cache-dir", str(out / "cache"), "--no-progress"]
        )
    assert done.exit_code == 0, done.output
    return done.stderr, (out / "out" / "latest").resolve()


def test_corpus_run_lists_every_document_with_its_language(corpus_run):
    printed, run = corpus_run
    docs = read_run(run)["documents"]
    assert "documents: 5 ok, 0 failed" in printed
    assert len(docs) == 5 and docs["doc_id"].is_unique  # each document once, in one of its renderings
    assert set(docs["status"]) == {"ok"}
    for _, row in docs.iterrows():
        assert row["language"] == EXPECTED_LANGUAGES[Path(row["source"]).name[:3]], row["source"]
    pdfs = docs[docs["source"].str.endswith(".pdf")]
    assert len(pdfs) == 2 and (pdfs["n_pages"] > 0).all()


def test_corpus_run_fills_extracted_tables_with_provenance(corpus_run):
    tables = read_run(corpus_run[1])
    docs = tables["documents"].set_index("doc_id")
    for name in ("focus_areas", "partner_cities", "networks", "votes"):
        frame = tables[name]
        assert len(frame) > 0, name
        assert frame["doc_id"].isin(docs.index).all()
        assert frame["evidence"].notna().all()
        assert (frame["char_end"] >= frame["char_start"]).all()
        from_pdf = frame[frame["doc_id"].map(docs["source"]).str.endswith(".pdf")]
        assert from_pdf["page"].notna().all() and (from_pdf["page"] >= 1).all()


def test_pipeline_run_over_the_sample_corpus_writes_a_report_chromium_opens(corpus_run, chromium, tmp_path):
    printed, run = corpus_run
    assert "report:" in printed and (run / REPORT).exists()
    dom = HTMLParser(browser.rendered_dom(chromium, run / REPORT, tmp_path))
    root_attributes = dom.css_first("html").attributes
    assert json.loads(root_attributes["data-resources"]) == []
    assert json.loads(root_attributes["data-broken-images"]) == []
    counts = json.loads((run / "run.json").read_text(encoding="utf-8"))["counts"]
    for section, table in zip(
        EXTRACTED_SECTIONS, ("focus_areas", "partner_cities", "networks", "votes", "actions"), strict=True
    ):
        assert ("Nothing extracted" in dom.css_first(f"#{section}").text()) == (counts[table] == 0), section


def test_corrupt_pdf_and_unreachable_url_fail_while_the_others_succeed(prefect_harness, tmp_path):
    from flows.main import pipeline_flow

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "002_a1e10ab50720f0e2.txt", folder / "ballerup.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%garbage, no xref, no EOF")
    url = f"http://127.0.0.1:{_closed_port()}/strategi.pdf"
    summary = pipeline_flow(
        sources=[str(folder), url], out=str(tmp_path / "out"), cache_dir=str(tmp_path / "c"), timeout=2.0
    )
    docs = read_run(tmp_path / "out" / "latest")["documents"].set_index("source")
    assert summary.n_ok == 1 and summary.n_failed == 2
    assert not deadline._idle  # the children that read the documents do not hold the models while it writes
    assert docs.loc["ballerup.txt", "status"] == "ok"  # relative to the folder given
    for source in ("broken.pdf", url):
        assert docs.loc[source, "status"] == "failed"
        error = docs.loc[source, "error"]
        assert error and "\n" not in error and len(error) < 300
    assert "pdf" in docs.loc["broken.pdf", "error"].lower()


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def test_cli_run_prints_a_summary_and_exit_codes_follow_the_readme(prefect_api_env, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "003_259c048bf72ba3f8.txt", folder / "vng.txt")
    (folder / "empty.pdf").write_bytes(b"")
    out = tmp_path / "out"
    done = _cli(
        "run",
        str(folder),
        "--out",
        str(out),
        "--cache-dir",
        str(tmp_path / "c"),
        "--no-progress",
        "--fail-on-error",
        cwd=ROOT,
    )
    assert done.returncode == 1, done.stderr
    assert "1 ok" in done.stderr and "1 failed" in done.stderr
    assert str(out) in done.stderr and done.stdout == ""
    assert "latest not moved: 1 document(s) failed" in done.stderr  # --fail-on-error keeps the previous latest
    [run] = out.glob("run-*")
    assert (run / "dataset.duckdb").exists() and (run / "report.html").exists()
    assert not (out / "latest").exists()
    assert _in_process("run", "--no-such-option").exit_code == 2


def _in_process(*args: str):
    """The command line's `app` in this process: what it prints and exits with, without two Python starts (`python
    -m pipeline` itself is run above and in tests/cli/test_usage_errors.py)."""
    from typer.testing import CliRunner

    from flows.cli import app

    return CliRunner().invoke(app, list(args))


def test_cli_help_explains_each_command():
    done = _in_process("--help")
    assert done.exit_code == 0
    for command in ("run", "evaluate"):
        assert command in done.stdout
    run_help = _in_process("run", "--help").stdout
    assert "manifest" in run_help and "--fail-on-error" in run_help


def test_cli_exits_zero_when_the_run_completes_with_failed_documents(prefect_harness, tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "002_a1e10ab50720f0e2.txt", folder / "ballerup.txt")
    (folder / "random.pdf").write_bytes(bytes(range(256)) * 8)
    args = ["run", str(folder), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c"), "--no-progress"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "1 failed" in result.output
    assert "reused from the cache: 0, processed: 2" in " ".join(result.output.split())
