"""Cost grows linearly with the text, and stops growing at the text cap (ratios of times, never seconds).

benchmarks/big_inputs.py measures the real sizes (1, 5, 25 MB); here the same logic runs at a
tenth of them so the suite stays fast. Times are this process's CPU seconds (analyse runs in-process),
so a test running beside this one on the other core (make test runs two) does not move the ratio; each side
is measured again while the bound is missed (tests/cpu_time.py).
"""

from __future__ import annotations

from functools import partial

import pytest
from cpu_time import cpu_seconds, least_pair
from hostile_files import CORPUS

from pipeline.ingest.pull import Source
from pipeline.process import Options, analyse

pytestmark = [pytest.mark.timeout(600), pytest.mark.slow]
SEED = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
KB = 2**10


def prose(size: int) -> bytes:
    return (SEED * (size // len(SEED) + 1))[:size].encode("utf-8")


def seconds(size: int, options: Options) -> float:
    data = prose(size)
    result = []
    took = cpu_seconds(lambda: result.append(analyse(data, Source(f"{size}.txt"), options)))
    assert result[0].document.status == "ok"
    return took


@pytest.fixture(scope="module")
def options(tmp_path_factory) -> Options:
    options = Options(cache_dir=tmp_path_factory.mktemp("cache"), max_text=100 * KB)
    analyse(prose(KB), Source("warm-up.txt"), options)  # models load once, not inside the first measurement
    return options


def test_five_times_the_text_costs_about_five_times_the_time(options):
    uncapped = Options(cache_dir=options.cache_dir)

    def linear(small: float, large: float) -> bool:  # linear is 5; quadratic would be 25
        return large / small < 12

    pair = least_pair(partial(seconds, 100 * KB, uncapped), partial(seconds, 500 * KB, uncapped), linear)
    assert linear(*pair), pair


def test_text_over_the_cap_costs_what_the_cap_costs(options):
    def capped(small: float, large: float) -> bool:  # without the cap: about 10
        return large / small < 3

    pair = least_pair(partial(seconds, 100 * KB, options), partial(seconds, 1000 * KB, options), capped)
    assert capped(*pair), pair
