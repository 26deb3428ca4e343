"""Scheduled runs for real: `prefect server start` on 127.0.0.1, `python -m flows.deploy` serving against it.

One server for the module (start-up costs 8–18 s here); every process is stopped at the end,
also when a test fails.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pandas as pd
import pytest

from flows.server import free_port

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DEPLOYMENT = "municipal-international/test-scheduled"
CRON, TIMEZONE = "17 4 * * 1-5", "Europe/Oslo"
STARTUP_SECONDS, RUN_SECONDS = 180, 420


def wait_for(what: str, check: Callable[[], object], seconds: float, process: subprocess.Popen) -> object:
    """Poll `check` until it returns something truthy; fail early when `process` died."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{what}: process exited with {process.returncode}")
        try:
            value = check()
        except Exception:  # not up yet: connection refused, 404 before registration
            value = None
        if value:
            return value
        time.sleep(1)
    pytest.fail(f"{what}: not within {seconds} s")


def start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    """A child in its own process group, so stopping it also stops what it spawned."""
    with log.open("wb") as fh:
        return subprocess.Popen(args, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="module")
def prefect_env(tmp_path_factory) -> Iterator[dict[str, str]]:
    """A real Prefect server with its own PREFECT_HOME; yields the environment that points at it."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    server = start([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                   env, home / "server.log")
    try:
        api = f"http://127.0.0.1:{port}/api"
        wait_for("prefect server health", lambda: httpx.get(f"{api}/health", timeout=5).status_code == 200,
                 STARTUP_SECONDS, server)
        yield {**env, "PREFECT_API_URL": api}
    finally:
        stop(server)


@pytest.fixture(scope="module")
def served(prefect_env, tmp_path_factory) -> Iterator[tuple[Path, object, subprocess.Popen]]:
    """`python -m flows.deploy` serving a folder of one good and one broken document; yields (out, client, process)."""
    from prefect.client.orchestration import SyncPrefectClient

    base = tmp_path_factory.mktemp("served")
    folder = base / "in"
    folder.mkdir()
    shutil.copy(ROOT / "corpus" / "003_259c048bf72ba3f8.txt", folder / "vng.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n%%garbage, no objects, no xref")
    out = base / "out"
    args = [sys.executable, "-m", "flows.deploy", str(folder), "--out", str(out), "--cache-dir", str(base / "cache"),
            "--cron", CRON, "--timezone", TIMEZONE, "--name", DEPLOYMENT.split("/")[1]]
    serving = start(args, prefect_env, base / "serve.log")
    try:
        with SyncPrefectClient(prefect_env["PREFECT_API_URL"]) as client:
            wait_for("deployment registered", lambda: client.read_deployment_by_name(DEPLOYMENT), STARTUP_SECONDS,
                     serving)
            yield out, client, serving
    finally:
        stop(serving)


def test_a_run_triggered_through_the_api_completes_and_writes_the_dataset(served):
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    out, client, serving = served
    deployment = client.read_deployment_by_name(DEPLOYMENT)
    flow_run = client.create_flow_run_from_deployment(deployment.id)

    def final_state():
        state = client.read_flow_run(flow_run.id).state
        return state if state and state.is_final() else None

    state = wait_for("flow run finished", final_state, RUN_SECONDS, serving)
    assert state.is_completed(), state
    docs = pd.read_parquet(out / "latest" / "documents.parquet").set_index("source")
    assert docs["status"].to_dict() == {"broken.pdf": "failed", "vng.txt": "ok"}  # relative to the folder given

    def logs_with_the_failure():  # the run's logs reach the server in batches, after its state may be final
        logs = client.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run.id])))
        return logs if any(log.name.startswith("pipeline.") and "broken.pdf" in log.message for log in logs) else None

    logs = wait_for("the pipeline's log of the failed document on the server", logs_with_the_failure, 30, serving)
    assert any(log.name == "prefect.flow_runs" and "to process" in log.message for log in logs)


def test_the_deployment_reads_back_with_its_cron_schedule_and_parameters(served):
    out, client, _ = served
    deployment = client.read_deployment_by_name(DEPLOYMENT)
    [schedule] = deployment.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone) == (CRON, TIMEZONE)
    assert schedule.active
    assert deployment.parameters["out"] == str(out)
    assert deployment.parameters["sources"] == [str(out.parent / "in")]
