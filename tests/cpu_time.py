"""CPU seconds of one piece of work, measured so that a loaded, shared machine moves them as little as it can.

The growth tests bound a ratio of two CPU times (the long input's over the short one's), never seconds. On a
shared CPU a single run can still take twice its time (cache misses beside another process, a collection of
the garbage collector landing inside it), and one slow run on the short side tightens the bound as much as
one on the long side loosens it. So each side is the least of a few runs, each on a fresh input built
outside the clock, with the collector paused, and runs stop once the bound is met: more runs could only
lower the least, so they would spend CPU to learn nothing. A test that passes pays for one run a side.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def cpu_seconds(work: Callable[[], object]) -> float:
    """CPU time (this process, user+system) of one call of `work`, the garbage collector paused (a full
    collection first would cost more than many a measured call: ~0.3 s in a pytest process holding the models)."""
    gc.disable()
    try:
        started = time.process_time()
        work()
        return time.process_time() - started
    finally:
        gc.enable()


def least_pair(short: Callable[[], float], long: Callable[[], float], fits: Callable[[float, float], bool],
               tries: int = 3) -> tuple[float, float]:
    """The least of `short()`'s and of `long()`'s CPU seconds, both measured again while `fits` says no (at most
    `tries` times each). The test then asserts `fits` on the pair: a reader that really grows too fast misses
    the bound in every try, one slowed down by a neighbour once does not."""
    best_short = best_long = float("inf")
    for _ in range(tries):
        best_short, best_long = min(best_short, short()), min(best_long, long())
        if fits(best_short, best_long):
            break
    return best_short, best_long


def least_cpu_seconds(work: Callable[[T], object], inputs: Iterable[T], enough: float = 0.0) -> float:
    """The least CPU time (this process, user+system) of `work` over `inputs`, each built before its clock starts.

    `inputs` may be a generator: a Document computes its lines and spaCy Doc once, so a second run over the
    same one would leave that work out of the measure; each run should get a new one.
    """
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for item in inputs:
            started = time.process_time()
            work(item)
            best = min(best, time.process_time() - started)
            if best <= enough:
                break
    finally:
        gc.enable()
    return best
