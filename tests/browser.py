"""Headless Chromium for the report tests: find or install it, take screenshots, dump the rendered DOM.

Debian's chromium package is the browser (no browser downloads by a test tool). The
flags keep it from phoning home, which on a closed network would only produce refused
connections and noise, and every launch gets a fresh profile so runs never share state.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--hide-scrollbars",
)
TIMEOUT = 120

# Appended to a copy of the page under test: after `load`, it records on <html> every resource the page
# fetched (Resource Timing lists failed requests too; data: URIs never appear) and every image that did
# not decode, so the dumped DOM tells whether the page needed the network and whether each chart rendered.
PROBE = """<script>
window.addEventListener("load", () => {
  const root = document.documentElement;
  root.dataset.resources = JSON.stringify(performance.getEntriesByType("resource").map(e => e.name));
  root.dataset.brokenImages = JSON.stringify(
    [...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.id || i.alt));
});
</script>"""


class BrowserUnavailable(RuntimeError):
    """No chromium, and no way to install it here."""


def ensure_chromium() -> str:
    """Path of the chromium binary, installed with apt-get when missing and we are root."""
    found = shutil.which("chromium")
    if found:
        return found
    if os.geteuid() != 0:
        raise BrowserUnavailable("chromium is not installed and installing it needs root (apt-get install chromium)")
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=900,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        if done.returncode != 0:
            raise BrowserUnavailable(f"{' '.join(command)} failed: {done.stderr.strip()[-300:]}")
    found = shutil.which("chromium")
    if not found:
        raise BrowserUnavailable("apt-get installed chromium but it is not on PATH")
    return found


def _run(chromium: str, page: Path, *flags: str) -> str:
    """Open `page` once in a fresh headless profile; its stdout."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        done = subprocess.run(
            [chromium, *FLAGS, f"--user-data-dir={profile}", *flags, page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    if done.returncode != 0:
        raise RuntimeError(f"chromium exited {done.returncode}: {done.stderr.strip()[-1000:]}")
    return done.stdout


def screenshot(chromium: str, page: Path, png: Path, width: int = 1280, height: int = 4000) -> Path:
    """A PNG of the top `height` pixels of the page as a `width`-wide window shows it."""
    _run(chromium, page, f"--screenshot={png.resolve()}", f"--window-size={width},{height}")
    if not png.exists():
        raise RuntimeError(f"chromium wrote no screenshot to {png}")
    return png


def rendered_dom(chromium: str, page: Path, workdir: Path) -> str:
    """The DOM after load of a probed copy of `page` (see PROBE), as HTML."""
    probed = workdir / f"probed-{page.name}"
    html = page.read_text(encoding="utf-8")
    probed.write_text(html.replace("</body>", PROBE + "</body>", 1), encoding="utf-8")
    return _run(chromium, probed, "--virtual-time-budget=5000", "--dump-dom")


if __name__ == "__main__":  # python tests/browser.py outputs/latest/report.html docs/report.png
    import sys

    print(screenshot(ensure_chromium(), Path(sys.argv[1]), Path(sys.argv[2])))
