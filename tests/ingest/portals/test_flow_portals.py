"""`run --municipality` end to end: a real Prefect run pulls a loopback iBabs site and writes the gaps into run.json."""

from __future__ import annotations

import json

from ingest.portals.test_ibabs import serve
from typer.testing import CliRunner

from flows.cli import app
from pipeline.dataset.write import read_run

MINUTES = "Besluitenlijst van de gemeenteraad.\nDe motie stedenband Gdańsk is aangenomen met 3 stemmen voor.\n"


def test_run_with_a_municipality_pulls_processes_and_reports_every_gap(prefect_harness, httpserver, tmp_path):
    serve(httpserver, ["m1", "m2", "m3"], failing=("m3",))
    httpserver.expect_request("/docs/m1.pdf").respond_with_data(MINUTES, content_type="text/plain")
    httpserver.expect_request("/docs/m2.pdf").respond_with_data("gone", status=404)
    registry = tmp_path / "portals.csv"
    registry.write_text("municipality,country,portal,base_url,site,note\n"
                        f"Lingewaard,NL,ibabs,{httpserver.url_for('').rstrip('/')},Lingewaard,loopback\n",
                        encoding="utf-8")
    args = ["run", "--municipality", "Lingewaard", "--from", "2024-01-01", "--to", "2024-12-31",
            "--registry", str(registry), "--portal-delay", "0", "--portal-retries", "0", "--out", str(tmp_path / "out"),
            "--cache-dir", str(tmp_path / "cache"), "--no-report", "--no-progress", "--runner", "thread"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "pull incomplete" in result.stderr and "meeting m3" in result.stderr and "m2.pdf" in result.stderr

    info = json.loads((tmp_path / "out" / "latest" / "run.json").read_text(encoding="utf-8"))
    [pull] = info["pulls"]
    assert (pull["status"], pull["meetings_listed"], pull["meetings_fetched"]) == ("incomplete", 3, 2)
    assert (pull["documents_listed"], pull["documents_failed"], pull["vote_records"]) == (2, 1, 2)
    assert len(pull["gaps"]) == 2

    tables = read_run(tmp_path / "out" / "latest")
    docs = tables["documents"]
    assert set(docs["status"]) == {"ok", "failed"} and len(docs) == 4  # two documents, two vote records
    votes = tables["votes"][tables["votes"]["evidence"].str.contains("Motie M12", na=False)]
    assert len(votes) == 2
    assert json.loads(votes.iloc[0]["against_parties"]) == {"PVV": 1, "SP": 1}
    assert bool(votes.iloc[0]["counts_consistent"]) and votes.iloc[0]["municipality"] == "Lingewaard"
    assert votes["doc_id"].isin(docs["doc_id"]).all()

    again = CliRunner().invoke(app, [*args, "--fail-on-error"])
    assert again.exit_code == 1
