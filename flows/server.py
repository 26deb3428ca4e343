"""The temporary Prefect server of a run that has no Prefect API configured, started lean.

Prefect starts the same server itself when a flow runs without an API
(prefect.server.api.server.SubprocessASGIServer), but importing that class loads the whole
server application (FastAPI, SQLAlchemy, the API's schemas: ~80 MB) into the flow's process,
which only needs the client. This runs Prefect's own uvicorn command for the server in a
child process and points the run's settings at it; the flow's process imports no server code.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# what Prefect's SubprocessASGIServer sets for its temporary server (no UI; ephemeral services)
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
PORT_IN_USE = 3  # uvicorn's exit code when the port was taken between choosing and binding it
temporary_url: str | None = None  # the API URL of the temporary server `prefect_api` runs now
_POLL_SECONDS = 0.1


class ServerStartError(RuntimeError):
    """The temporary server did not answer its health check in time."""


def free_port() -> int:
    """A port on the loopback interface that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_command(port: int) -> list[str]:
    import prefect

    return [sys.executable, "-m", "uvicorn", "--app-dir", str(Path(prefect.__file__).parent.parent),
            "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
            "--log-level", "error", "--lifespan", "on"]


def _healthy(url: str) -> bool:
    import httpx

    try:
        return httpx.get(f"{url}/health", timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def waited_for_cpu(pid: int) -> float:
    """Seconds process `pid` (its main thread) was ready to run but waited for a CPU; 0 where Linux does not say.

    The kernel's run-queue delay (/proc/PID/schedstat, second field): what a loaded machine adds to a start-up.
    """
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0


def start_server(timeout: float, attempts: int = 3) -> tuple[subprocess.Popen, str]:
    """Start a server and wait for its health check; its process and API URL.

    `timeout` counts the seconds the server had a CPU to start on: the seconds it waited for one
    are left out. The same server start that takes 10 s on a quiet machine took over 90 s at load 15
    on two cores, and that is not the server failing to start.
    """
    from prefect.settings import get_current_settings

    env = {**os.environ, **SERVER_ENV, **get_current_settings().to_environment_variables(exclude_unset=True)}
    for _ in range(attempts):
        port = free_port()
        process = subprocess.Popen(server_command(port), env=env)
        url = f"http://127.0.0.1:{port}/api"
        started = time.monotonic()
        while time.monotonic() - started - waited_for_cpu(process.pid) < timeout and process.poll() is None:
            if _healthy(url):
                return process, url
            time.sleep(_POLL_SECONDS)
        if process.poll() != PORT_IN_USE:
            waited = waited_for_cpu(process.pid)
            stop_server(process)
            raise ServerStartError(f"the temporary Prefect server did not start within {timeout:.0f} s "
                                   f"(+{waited:.0f} s waiting for a CPU; exit code {process.poll()})")
    raise ServerStartError(f"no free port for the temporary Prefect server after {attempts} attempts")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def prefect_api() -> Iterator[str | None]:
    """The configured Prefect API, or a temporary server for the duration of the block (its URL).

    Yields None when an API is configured or Prefect's ephemeral mode is off (Prefect then
    does what its settings say).
    """
    from prefect.context import refresh_global_settings_context
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_SERVER_EPHEMERAL_ENABLED,
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
    )

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        yield None
        return
    process, url = start_server(float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value()))
    global temporary_url
    os.environ["PREFECT_API_URL"] = temporary_url = url  # the environment: threads and worker processes see it too
    refresh_global_settings_context()
    try:
        yield url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        temporary_url = None
        refresh_global_settings_context()
        stop_server(process)
