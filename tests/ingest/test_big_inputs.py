"""Cost grows linearly with the text, and stops growing at the text cap (ratios of times, never seconds).

benchmarks/big_inputs.py measures the real sizes (1, 5, 25 MB); here the same logic runs at a
tenth of them so the suite stays fast. Times are this process's CPU seconds (analyse runs in-process),
so a test running beside this one on the other core (make test runs two) does not move the ratio.
"""

from __future__ import annotations

import time

import pytest
from hostile_files import CORPUS

from pipeline.ingest.pull import Source
from pipeline.process import Options, analyse

pytestmark = [pytest.mark.timeout(600), pytest.mark.slow]
SEED = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
KB = 2**10


def prose(size: int) -> bytes:
    return (SEED * (size // len(SEED) + 1))[:size].encode("utf-8")


def seconds(size: int, options: Options) -> float:
    started = time.process_time()
    result = analyse(prose(size), Source(f"{size}.txt"), options)
    assert result.document.status == "ok"
    return time.process_time() - started


@pytest.fixture(scope="module")
def options(tmp_path_factory) -> Options:
    options = Options(cache_dir=tmp_path_factory.mktemp("cache"), max_text=100 * KB)
    analyse(prose(KB), Source("warm-up.txt"), options)  # models load once, not inside the first measurement
    return options


def test_five_times_the_text_costs_about_five_times_the_time(options):
    uncapped = Options(cache_dir=options.cache_dir)
    ratio = seconds(500 * KB, uncapped) / seconds(100 * KB, uncapped)
    assert ratio < 12  # linear is 5; quadratic would be 25


def test_text_over_the_cap_costs_what_the_cap_costs(options):
    ratio = seconds(1000 * KB, options) / seconds(100 * KB, options)
    assert ratio < 3  # without the cap: about 10
