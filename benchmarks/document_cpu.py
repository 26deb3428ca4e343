"""Where a document's CPU goes: per-stage CPU seconds and a sampling profile of `analyse()` over the bench PDFs.

    python benchmarks/document_cpu.py [--docs 40] [--passes 2] [--top 40] [--rows OUT.txt]

Each pass runs in a child forked after the warm-up, as the flow's children are (pipeline.ingest.warm), so the
caches a document fills are empty at the start of every pass; the lowest pass is reported. Shared structure (the
lines, the spaCy Doc, its split form, the gazetteer networks) is timed as stages of its own, not charged to the
first extractor that asks for it. The profile samples the stack every 2 ms of CPU (`ITIMER_PROF`): cProfile
charges a cost per Python call, so it makes code calling many cheap C functions look several times dearer than it
is (1.2 million one-word regex matches in networks showed as 2 % of the run; remembering them saved nothing
measurable). `--rows` writes every document's result, to compare two trees' outputs byte for byte.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from synthetic_corpus import generate  # noqa: E402

import pipeline.build  # noqa: E402
import pipeline.process  # noqa: E402
from pipeline.extract.networks.matcher import document_hits  # noqa: E402
from pipeline.ingest.pull import Source  # noqa: E402

SAMPLE_SECONDS = 0.002


class Stages:
    """CPU seconds per stage, read from the `stage()` calls the document's deadline uses to say where it is."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.current, self.since = "other", time.process_time()

    def __call__(self, where: str) -> None:
        now = time.process_time()
        self.seconds[self.current] += now - self.since
        self.current, self.since = where, now


class Sampler:
    """Each sampled stack: its innermost function (self) and every function on it once (inclusive)."""

    def __init__(self) -> None:
        self.own: Counter[str] = Counter()
        self.within: Counter[str] = Counter()
        self.samples = 0

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.samples += 1
        seen: set[str] = set()
        while frame is not None:
            name = _name(frame)
            if not seen:
                self.own[name] += 1
            if name not in seen:
                seen.add(name)
                self.within[name] += 1
            frame = frame.f_back


def _name(frame: FrameType) -> str:
    code = frame.f_code
    path = code.co_filename
    path = path.split("/pipeline/", 1)[1] if "/pipeline/" in path else path.rsplit("/", 1)[-1]
    return f"{path}:{code.co_firstlineno} {code.co_name}"


def _one_pass(datas: list[tuple[str, bytes]], sampler: Sampler | None) -> dict:
    """Every document analysed once in this process: stage seconds, profile, and each result as text."""
    stages = Stages()
    pipeline.process.stage = pipeline.build.stage = stages
    extract = pipeline.process.run_extractors

    def shared_first(doc, on_start=None):  # noqa: ANN001, ANN202 (run_extractors' own signature)
        stages("shared: lines")
        doc.lines  # noqa: B018 (built here, read by the extractors)
        stages("shared: tokens")
        doc.tokens  # noqa: B018
        stages("shared: compound tokens")
        doc.compound_tokens  # noqa: B018
        stages("shared: network names")
        document_hits(doc)
        return extract(doc, on_start)

    pipeline.process.run_extractors = shared_first
    if sampler is not None:
        signal.signal(signal.SIGPROF, sampler)
        signal.setitimer(signal.ITIMER_PROF, SAMPLE_SECONDS, SAMPLE_SECONDS)
    rows, started = [], time.process_time()
    for name, data in datas:
        stages("other")
        rows.append(repr(pipeline.process.analyse(data, Source(name), pipeline.process.Options())))
        stages("other")
    total = time.process_time() - started
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    profile = {"samples": sampler.samples, "own": sampler.own, "within": sampler.within} if sampler else {}
    return {"total": total, "stages": dict(stages.seconds), "rows": rows, **profile}


def _forked(datas: list[tuple[str, bytes]], profile: bool) -> dict:
    """`_one_pass` in a child forked from this warmed-up process, its answer sent back through a pipe."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        with os.fdopen(write, "w") as out:
            json.dump(_one_pass(datas, Sampler() if profile else None), out)
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as answer:
        found = json.load(answer)
    os.waitpid(pid, 0)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40, help="bench PDFs (benchmarks/synthetic_corpus.py)")
    parser.add_argument("--passes", type=int, default=2, help="passes without the profiler; the lowest is shown")
    parser.add_argument("--top", type=int, default=40, help="functions listed per profile table")
    parser.add_argument("--rows", type=Path, help="write each document's result here, one per line")
    parser.add_argument("--workdir", type=Path, default=ROOT / ".cache" / "bench", help="corpus folder")
    args = parser.parse_args()
    corpus = generate(args.workdir / "corpus", args.docs)["pdf"].parent
    paths = sorted(corpus.glob("doc-*.pdf"))[: args.docs]
    datas = [(path.name, path.read_bytes()) for path in paths]
    started = time.process_time()
    pipeline.process.warm_up()
    print(f"warm-up {time.process_time() - started:.2f} CPU s; {len(paths)} PDFs; load {os.getloadavg()[0]:.1f}")
    gc.collect()
    gc.freeze()  # as the forkserver does
    passes = [_forked(datas, profile=False) for _ in range(args.passes)]
    best = min(passes, key=lambda found: found["total"])
    print(f"\n| stage | CPU s (lowest pass) | every pass |\n|---|---|---|\n| total | {best['total']:.2f} | "
          + " ".join(f"{found['total']:.2f}" for found in passes) + " |")
    for name, seconds in sorted(best["stages"].items(), key=lambda item: -item[1]):
        print(f"| {name} | {seconds:.2f} | " + " ".join(f"{p['stages'].get(name, 0):.2f}" for p in passes) + " |")
    sampled = _forked(datas, profile=True)
    for title, key in (("self", "own"), ("inclusive", "within")):
        print(f"\nshare of {sampled['samples']} samples, {title}:")
        listed = Counter({name: n for name, n in sampled[key].items() if not name.startswith(Path(__file__).name)})
        for name, count in listed.most_common(args.top):
            print(f"{100 * count / sampled['samples']:5.1f} % {name}")
    if args.rows:
        args.rows.write_text("\n".join(best["rows"]), encoding="utf-8")


if __name__ == "__main__":
    main()
