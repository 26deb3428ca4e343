"""A researcher's small run: a cold `pipeline run` on three documents (one a 10-page PDF), wall time and peak memory.

    python benchmarks/small_run.py [--runs 2]

Issue 11's target: ≤ 15 s wall from an installed venv and ≤ 600 MB peak for the whole process tree. Each run is
the command line in a fresh process with a fresh cache and output folder (the city index, built once per user,
stays), sampled every 0.1 s with benchmarks/memory.py. A script, not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks")]

from memory import PeakMemory  # noqa: E402
from synthetic_corpus import generate  # noqa: E402

TARGETS = {"seconds": 15.0, "mb": 600.0}


def corpus(workdir: Path) -> list[Path]:
    """One 10-page PDF and two 1–2 page PDFs of the synthetic corpus (generated once, then reused).

    The generator's page count is an estimate from the seed's text density: a draw of 11 renders 10 pages here.
    """
    long = generate(workdir / "long", 1, 11, 11)["pdf"].parent / "doc-0000.pdf"
    generate(workdir / "short", 3, 1, 2)
    return [long, workdir / "short" / "doc-0001.pdf", workdir / "short" / "doc-0002.pdf"]


def one_run(documents: list[Path]) -> tuple[float, str, int]:
    """Seconds, CPU and memory line and exit code of one cold `python -m pipeline run` on `documents`."""
    with (
        tempfile.TemporaryDirectory(prefix="small-run-") as folder,
        PeakMemory(interval=0.1, count_self=False) as memory,
    ):
        command = [
            sys.executable,
            "-m",
            "pipeline",
            "run",
            *map(str, documents),
            "--out",
            f"{folder}/out",
            "--cache-dir",
            f"{folder}/cache",
            "--no-progress",
        ]
        started, cpu = time.perf_counter(), children_cpu()
        code = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, check=False).returncode
        seconds, cpu = time.perf_counter() - started, children_cpu() - cpu
    peaks = memory.peaks
    roles = ", ".join(f"{name} {value:.0f}" for name, value in sorted(peaks.rss_by_role.items()))
    summed = f"{peaks.pss:.0f} MB PSS, {peaks.rss:.0f} MB RSS summed (RSS at its peak: {roles})"
    return seconds, f"{cpu:.1f} CPU s, {summed}", code


def children_cpu() -> float:
    """User and system seconds of every ended descendant this process waited for (each waits for its own): a
    shared machine's load stretches the wall time of a run, far less its CPU time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2, help="cold runs, one after the other")
    parser.add_argument("--workdir", type=Path, default=ROOT / ".cache" / "bench-small", help="the three documents")
    args = parser.parse_args()
    documents = corpus(args.workdir)
    print(f"load average {os.getloadavg()[0]:.1f} at start; documents: {', '.join(p.name for p in documents)}")
    for _ in range(args.runs):
        seconds, memory, code = one_run(documents)
        verdict = "met" if seconds <= TARGETS["seconds"] else "**missed**"
        print(f"exit {code}: {seconds:.1f} s wall (≤ {TARGETS['seconds']:.0f} s: {verdict}), {memory}", flush=True)
    shutil.rmtree(args.workdir / "runs", ignore_errors=True)


if __name__ == "__main__":
    main()
