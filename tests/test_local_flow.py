"""The flow called in this process sends heartbeats only to a lasting Prefect server."""

from __future__ import annotations

from prefect.settings import get_current_settings, temporary_settings

import flows.main
from flows import server


def test_a_run_without_a_configured_api_reports_to_a_temporary_server():
    with temporary_settings(restore_defaults={"api.url"}):
        assert flows.main.on_temporary_api()


def test_the_server_prefect_api_started_is_temporary_and_a_configured_one_is_not(monkeypatch):
    with temporary_settings(updates={"api.url": "http://127.0.0.1:4321/api"}):
        assert not flows.main.on_temporary_api()
        monkeypatch.setattr(server, "temporary_url", "http://127.0.0.1:4321/api")
        assert flows.main.on_temporary_api()


def test_the_flow_runs_without_heartbeats_on_a_temporary_api_and_with_them_on_a_lasting_one(monkeypatch):
    seen = []
    monkeypatch.setattr(flows.main.Flow, "__call__", lambda self, *a, **k: seen.append(
        get_current_settings().flows.heartbeat_frequency))
    monkeypatch.setattr(flows.main, "on_temporary_api", lambda: True)
    flows.main.pipeline_flow()
    monkeypatch.setattr(flows.main, "on_temporary_api", lambda: False)
    flows.main.pipeline_flow()
    configured = get_current_settings().flows.heartbeat_frequency
    assert configured is not None
    assert seen == [None, configured]
