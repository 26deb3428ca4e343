"""The temporary Prefect server of a run without an API: a real server and flow, no server code in the flow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

SCRIPT = textwrap.dedent("""
    import json, os, sys
    from flows import settings
    settings.apply()
    import httpx
    from prefect import flow
    from flows.server import prefect_api

    @flow
    def double(x: int) -> int:
        return 2 * x

    with prefect_api() as url:
        inside = os.environ.get("PREFECT_API_URL")
        healthy = httpx.get(f"{url}/health").status_code if url else None
        result = double(21)
        server_code = [m for m in ("sqlalchemy", "prefect.server.api.server", "uvicorn") if m in sys.modules]
    print(json.dumps({"url": url, "inside": inside, "after": os.environ.get("PREFECT_API_URL"),
                      "healthy": healthy, "result": result, "server_code": server_code}))
""")


def run_script(env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_run_without_an_api_gets_a_temporary_server_and_loads_no_server_code():
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    seen = run_script(env)
    assert seen["url"].startswith("http://127.0.0.1:") and seen["url"].endswith("/api")
    assert seen["inside"] == seen["url"]
    assert seen["healthy"] == 200
    assert seen["result"] == 42
    assert seen["server_code"] == []
    assert seen["after"] is None


def test_a_configured_api_is_used_as_it_is(prefect_api_env):
    """In this process: the choice reads the API setting, so a second Python start (Prefect's import, a flow run's
    client set up again, ~5 CPU s here) proves nothing more; the run above is the one a fresh process must make."""
    from prefect import flow
    from prefect.settings import PREFECT_API_URL

    from flows.server import prefect_api

    @flow
    def double(x: int) -> int:
        return 2 * x

    configured = os.environ["PREFECT_API_URL"]
    with prefect_api() as url:
        inside = os.environ.get("PREFECT_API_URL")
        result = double(21)
    assert url is None
    assert inside == configured == PREFECT_API_URL.value()
    assert result == 42
    assert os.environ["PREFECT_API_URL"] == configured  # left as it was


def test_the_start_up_limit_leaves_out_the_seconds_the_server_waited_for_a_cpu():
    """Two busy processes on one CPU: at any moment one of them waits, so their waits add up to about the time
    they shared it. A server started on a loaded machine is given that time on top of its limit."""
    from flows.server import waited_for_cpu

    cpu = min(os.sched_getaffinity(0))
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"],
                             preexec_fn=lambda: os.sched_setaffinity(0, {cpu})) for _ in range(2)]
    try:
        time.sleep(1.5)
        waits = [waited_for_cpu(process.pid) for process in busy]
    finally:
        for process in busy:
            process.kill()
            process.wait()
    assert sum(waits) > 0.5, waits  # at least a third of the 1.5 s they shared the CPU
    assert waited_for_cpu(busy[0].pid) == 0.0  # gone: nothing to count
