"""The portal deployment: scheduled, incremental since the last complete pull, paths made absolute."""

from __future__ import annotations

from pathlib import Path

from flows.deploy_portals import build_portal_deployment
from pipeline.ingest.portals import pull_for_run


def test_the_deployment_pulls_since_the_last_run_with_absolute_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    deployment = build_portal_deployment(["Almere", "Lingewaard"], cron="0 4 * * *", out=Path("runs"),
                                         cache_dir=Path("cache"))
    parameters = deployment.parameters
    assert parameters["municipalities"] == ["Almere", "Lingewaard"] and parameters["sources"] == []
    assert parameters["portal_options"]["since_last"] is True
    assert Path(parameters["out"]).is_absolute() and Path(parameters["cache_dir"]).is_absolute()
    assert deployment.schedules[0].schedule.cron == "0 4 * * *"
    assert "portals" in deployment.tags


def test_the_deployment_options_are_what_the_flow_pull_accepts(tmp_path):
    options = build_portal_deployment(["Almere"], registry=None).parameters["portal_options"]
    registry = tmp_path / "portals.csv"
    registry.write_text("municipality,country,portal,base_url,site,note\n"
                        "Almere,NL,notubiz,http://127.0.0.1:9,952,closed port\n", encoding="utf-8")
    pulled = pull_for_run(["Almere"], date_from="2024-01-01", date_to="2024-01-31", cache_dir=str(tmp_path),
                          **(options | {"registry": str(registry), "delay": 0, "retries": 0}))
    assert not pulled.reports[0].complete and "connection failed" in pulled.reports[0].gaps[0]
