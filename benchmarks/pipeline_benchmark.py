"""Pipeline benchmark: raw PDF text speed, cold/warm/incremental runs, peak memory and Prefect overhead.

    python benchmarks/pipeline_benchmark.py [--docs 200] [--small-docs 50] [--many-docs 1000] [--workers 2]

On a synthetic corpus (benchmarks/synthetic_corpus.py: seed texts grown to 10–40 page PDFs)
it measures, in one process, and prints a Markdown table:
  1. raw text extraction, one process: pdfplumber `extract_text()` (within a time budget) and pypdfium2;
  2. the full flow, cold (empty cache), pages/s and its ratio to (1);
  3. the same run warm (nothing changed), and its cost per document against (2);
  4. the run after one document changed: only that one is processed;
  5. peak RSS of the whole run and per process, cold, at two corpus sizes of the same kind of
     document, and on `--many-docs` short (1–2 page) documents; each of these cold runs (2 included) is a
     fresh process of its own on the same server, so its figure is the run's, not what this process
     holds after the runs before it;
  6. Prefect overhead: the flow against the same library calls in a plain thread pool
     (documents in forked children either way).
Prefect's fixed start-up (temporary server, one flow run) is measured apart from all of these.
A script, not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from memory import RUN_MARK, PeakMemory, Peaks  # noqa: E402

import flows.main  # noqa: E402  (applies the Prefect settings this machine needs, then loads the flow)
from flows import server  # noqa: E402
from pipeline.dataset.cache import fingerprint  # noqa: E402
from pipeline.dataset.consolidate import finish_run, new_run_id, utc_now  # noqa: E402
from pipeline.ingest.deadline import call_with_deadline, stop, stop_children  # noqa: E402
from pipeline.ingest.pull import Source, expand_sources  # noqa: E402
from pipeline.process import Options, process_source  # noqa: E402

TARGETS = {  # issue 11
    "cold_vs_plumber": 10.0,
    "cold_vs_pdfium": 0.10,
    "warm_share": 0.05,
    "rss_mb": 1024.0,
    "prefect_overhead": 0.10,
}


@dataclass
class Run:
    seconds: float
    peaks: Peaks
    facts: dict  # run.json "incremental" (flow runs only)


def pdf_pages(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        total += len(pdf)
        pdf.close()
    return total


def raw_pdfplumber(paths: list[Path], budget: float) -> tuple[int, float]:
    """Pages and seconds of pdfplumber extract_text() over the corpus, stopping after `budget` seconds."""
    import pdfplumber

    pages, started = 0, time.perf_counter()
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
                if time.perf_counter() - started > budget:
                    return pages, time.perf_counter() - started
    return pages, time.perf_counter() - started


def raw_pdfium(paths: list[Path]) -> tuple[int, float]:
    """Pages and seconds of pypdfium2's plain text layer over the whole corpus."""
    import pypdfium2 as pdfium

    pages, started = 0, time.perf_counter()
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
    return pages, time.perf_counter() - started


def flow_run(out: Path, cache_dir: Path, workers: int, **params) -> Run:
    """One run of the Prefect flow (in this process, on Prefect's temporary server).

    Children left waiting by an earlier run are stopped first: a child reads up to REUSE_CALLS documents and keeps
    what they filled its caches with, so a run after another one of the same corpus would not be cold.
    """
    stop_children()
    with PeakMemory() as rss:
        started = time.perf_counter()
        summary = flows.main.pipeline_flow(out=str(out), cache_dir=str(cache_dir), workers=workers, **params)
        seconds = time.perf_counter() - started
    facts = json.loads((summary.folder / "run.json").read_text(encoding="utf-8"))["incremental"]
    return Run(seconds, rss.peaks, facts)


def isolated_run(out: Path, cache: Path, workers: int, frozen: str, **params) -> Run:
    """One cold run of the flow in a fresh process on this process's temporary server, sampled from here.

    Its memory is the run's own (server, flow process, forkserver, children), not what this process holds after
    the runs before it (pandas, duckdb, pypdfium2: ~270 MB). The process runs one empty Prefect flow first, so its
    seconds, like flow_run's, leave out Prefect's first-run start-up (measured apart), and warms its forkserver, so
    they leave out loading the models too; an empty run of the pipeline flow would import the writers' pandas and
    duckdb (~130 MB) before the documents are read.
    """
    order = {"out": str(out), "cache_dir": str(cache), "workers": workers, "frozen": frozen, **params}
    command = [sys.executable, __file__, RUN_MARK, json.dumps(order)]
    with PeakMemory(count_self=False) as rss:
        answer = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True).stdout
    result = json.loads(answer.splitlines()[-1])
    return Run(result["seconds"], rss.peaks, result["facts"])


def first_run() -> None:
    """Nothing: what a flow run costs the first time in a process (Prefect's client, the flow's machinery)."""


def run_isolated(order: dict) -> None:
    """The process side of isolated_run: prints its seconds and run.json facts as the last line."""
    frozen = order.pop("frozen")
    flows.main.fingerprint = lambda options: frozen
    server.temporary_url = os.environ.get("PREFECT_API_URL")  # the parent's temporary server: no heartbeats
    from prefect import flow  # after flows.main: its settings first

    flow(name="bench-first-run")(first_run)()
    call_with_deadline(os.getpid, seconds=600.0)  # the forkserver loads the models first, as in the library run
    run = flow_run(**order)
    stop()
    print(json.dumps({"seconds": run.seconds, "facts": run.facts}), flush=True)


def library_run(manifest: Path, out: Path, cache: Path, workers: int) -> Run:
    """The same work without Prefect: process_source in a plain thread pool (each document in its forked
    child, as the flow's default runner does), then finish_run."""
    sources: list[Source] = expand_sources([], manifest)
    options = Options(cache_dir=cache)
    stop_children()  # as flow_run: no child that already read this corpus
    with PeakMemory() as rss:
        started, run_started = time.perf_counter(), utc_now()
        with ThreadPoolExecutor(workers) as pool:
            results = list(pool.map(partial(process_source, options=options), sources))
        finish_run(results, out, new_run_id(), run_started)
        seconds = time.perf_counter() - started
    return Run(seconds, rss.peaks, {})


def mb(peaks: Peaks) -> str:
    roles = ", ".join(f"{name} {value:.0f}" for name, value in sorted(peaks.by_role.items()))
    shares = ", ".join(f"{name} {value:.0f}" for name, value in sorted(peaks.pss_by_role.items()))
    resident = ", ".join(f"{name} {value:.0f}" for name, value in sorted(peaks.rss_by_role.items()))
    main = f"main {peaks.main:.0f}, " if peaks.main else ""  # none in a run of its own (isolated_run)
    return (
        f"{peaks.pss:.0f} MB PSS ({peaks.rss:.0f} RSS); largest RSS: {main}{roles}; "
        f"PSS at the peak: {shares}; RSS at the RSS peak: {resident}"
    )


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def machine() -> str:
    from importlib.metadata import version

    import psutil

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    packages = ", ".join(f"{name} {version(name)}" for name in ("prefect", "pdfplumber", "pypdfium2", "spacy"))
    return (
        f"{cpu}, {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GB RAM, "
        f"load average {os.getloadavg()[0]:.1f} at start; Python {platform.python_version()}, {packages}"
    )


def main() -> None:
    """Every run on the temporary server the command line starts (flows.server): Prefect's own would import its
    server application into this process (~90 MB) and count it in every run's memory, which no `pipeline run` has."""
    if sys.argv[1:2] == [RUN_MARK]:
        run_isolated(json.loads(sys.argv[2]))
        return
    args = arguments()
    started = time.perf_counter()
    with server.prefect_api():
        measure(args, time.perf_counter() - started)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents (10–40 page PDFs) in the main corpus")
    parser.add_argument("--small-docs", type=int, default=50, help="a smaller corpus of the same kind, for memory")
    parser.add_argument("--many-docs", type=int, default=1000, help="short (1–2 page) documents; 0 to skip")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="worker processes")
    parser.add_argument("--plumber-seconds", type=float, default=60.0, help="time budget of the pdfplumber baseline")
    parser.add_argument("--workdir", type=Path, default=ROOT / ".cache" / "bench", help="corpus and run folders")
    return parser.parse_args()


def measure(args: argparse.Namespace, server_seconds: float) -> None:
    from synthetic_corpus import generate  # reportlab: not in an isolated run's process

    print(f"machine: {machine()}", flush=True)

    corpus = generate(args.workdir / "corpus", args.docs)["pdf"]
    small = generate(args.workdir / "corpus", args.small_docs)["pdf"]
    many = generate(args.workdir / "short", args.many_docs, 1, 2)["pdf"] if args.many_docs else None
    paths = [s.path for s in expand_sources([], corpus)]
    pages = pdf_pages(paths)
    runs = args.workdir / "runs"
    shutil.rmtree(runs, ignore_errors=True)
    print(f"corpus: {len(paths)} PDFs, {pages} pages", flush=True)

    frozen = fingerprint(Options())
    flows.main.fingerprint = lambda options: frozen  # edits to code or rules mid-benchmark must not turn warm cold
    empty = runs / "empty"
    empty.mkdir(parents=True)
    first = flow_run(runs / "out-empty", runs / "cache-empty", args.workers, sources=[str(empty)])
    fixed = flow_run(runs / "out-empty", runs / "cache-empty", args.workers, sources=[str(empty)])
    print(
        f"prefect start-up: temporary server {server_seconds:.1f} s, first flow run {first.seconds:.1f} s, "
        f"next {fixed.seconds:.1f} s",
        flush=True,
    )

    cold_small = isolated_run(runs / "out-small", runs / "cache-small", args.workers, frozen, manifest=str(small))
    print(f"cold, {args.small_docs} docs: {cold_small.seconds:.1f} s, {mb(cold_small.peaks)}", flush=True)
    cold = isolated_run(runs / "out", runs / "cache", args.workers, frozen, manifest=str(corpus))
    print(f"cold, {len(paths)} docs: {cold.seconds:.1f} s, {mb(cold.peaks)}", flush=True)
    crowd = (
        isolated_run(runs / "out-many", runs / "cache-many", args.workers, frozen, manifest=str(many)) if many else None
    )
    if crowd:
        print(f"cold, {args.many_docs} short docs: {crowd.seconds:.1f} s, {mb(crowd.peaks)}", flush=True)
    # this process's forkserver (none during the isolated runs: it would count in their memory) loads the models
    # now, as it had loaded them during the cold run when that ran here: the runs below time documents, not that
    call_with_deadline(os.getpid, seconds=600.0)
    warm = flow_run(runs / "out", runs / "cache", args.workers, manifest=str(corpus))
    print(f"warm: {warm.seconds:.1f} s, {warm.facts}", flush=True)
    original = paths[0].read_bytes()
    try:
        paths[0].write_bytes(original + b"\n% touched by the benchmark\n")
        touched = flow_run(runs / "out", runs / "cache", args.workers, manifest=str(corpus))
    finally:
        paths[0].write_bytes(original)
    print(f"one document changed: {touched.seconds:.1f} s, {touched.facts}", flush=True)
    library = library_run(corpus, runs / "out-library", runs / "cache-library", args.workers)
    print(f"library, no Prefect: {library.seconds:.1f} s, {mb(library.peaks)}", flush=True)
    if fingerprint(Options()) != frozen:
        print("note: code or rules changed during the benchmark; the cache keys were kept as at its start")
    plumber_pages, plumber_seconds = raw_pdfplumber(paths, args.plumber_seconds)
    pdfium_pages, pdfium_seconds = raw_pdfium(paths)

    plumber_rate = plumber_pages / plumber_seconds
    pdfium_rate = pdfium_pages / pdfium_seconds
    cold_rate = pages / cold.seconds
    cold_per_doc, warm_per_doc = cold.seconds / len(paths), warm.seconds / len(paths)
    overhead = (cold.seconds - library.seconds) / library.seconds
    largest_rss = max(r.peaks.pss for r in (cold_small, cold, crowd) if r)
    rows = [
        ("1 raw pdfplumber extract_text(), 1 process", f"{plumber_rate:.1f} pages/s ({plumber_pages} pages)", "", ""),
        ("1 raw pypdfium2 text layer, 1 process", f"{pdfium_rate:.0f} pages/s ({pdfium_pages} pages)", "", ""),
        (
            f"2 cold flow, {len(paths)} docs, {args.workers} workers",
            f"{cold.seconds:.1f} s, {cold_rate:.1f} pages/s = {cold_rate / plumber_rate:.1f}× pdfplumber, "
            f"{cold_rate / pdfium_rate:.3f}× pypdfium2",
            "≥ 10× pdfplumber and ≥ 0.10× pypdfium2",
            verdict(
                cold_rate / plumber_rate >= TARGETS["cold_vs_plumber"]
                and cold_rate / pdfium_rate >= TARGETS["cold_vs_pdfium"]
            ),
        ),
        (
            "3 warm flow (nothing changed)",
            f"{warm.seconds:.1f} s, {1000 * warm_per_doc:.0f} ms/doc = "
            f"{100 * warm_per_doc / cold_per_doc:.1f} % of cold; "
            f"reused {warm.facts['reused']}, processed {warm.facts['processed']}",
            "≤ 5 % of cold per doc",
            verdict(warm_per_doc <= TARGETS["warm_share"] * cold_per_doc),
        ),
        (
            "4 one document changed",
            f"{touched.seconds:.1f} s; reused {touched.facts['reused']}, processed {touched.facts['processed']}",
            "only that one",
            verdict(touched.facts["processed"] == 1),
        ),
        (f"5 peak RSS, cold, {args.small_docs} docs", mb(cold_small.peaks), "flat in corpus size", ""),
        (f"5 peak RSS, cold, {len(paths)} docs", mb(cold.peaks), "flat in corpus size", ""),
        *(
            [
                (
                    f"5 peak RSS, cold, {args.many_docs} short docs",
                    f"{crowd.seconds:.1f} s, {mb(crowd.peaks)}",
                    "≤ 1 GB",
                    verdict(crowd.peaks.pss <= TARGETS["rss_mb"]),
                )
            ]
            if crowd
            else []
        ),
        ("6 same work without Prefect (thread pool)", f"{library.seconds:.1f} s, {mb(library.peaks)}", "", ""),
        (
            "6 Prefect overhead (2 vs library)",
            f"{100 * overhead:+.1f} %",
            "≤ 10 %",
            verdict(overhead <= TARGETS["prefect_overhead"]),
        ),
        (
            "Prefect fixed start-up",
            f"temporary server {server_seconds:.1f} s, first flow run in a process "
            f"{first.seconds:.1f} s, each later flow run {fixed.seconds:.1f} s",
            "reported apart",
            "",
        ),
    ]
    print(f"\nlargest whole-run peak (PSS): {largest_rss:.0f} MB\n")
    print("| measure | result | target | |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":  # worker processes re-import this module
    main()
