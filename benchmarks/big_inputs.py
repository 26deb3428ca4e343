"""Time one big plain-text document through the library, parse to last extractor, at 1, 5 and 25 MB.

The text is the seed texts repeated (ordinary council prose in da/nb/nl). Each size runs
through `process_bytes` with the default Options (bounded child, 120 s, 1.5 GB, text cut at
`Options.max_text`), after a warm-up document so model loading is not counted.
Usage: python benchmarks/big_inputs.py [--sizes 1 5 25]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.ingest.pull import Source
from pipeline.process import Options, process_bytes

SEEDS = Path(__file__).resolve().parents[1] / "corpus"


def prose(megabytes: float) -> bytes:
    seed = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    size = int(megabytes * 2**20)
    return (seed * (size // len(seed) + 1))[:size].encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 25])
    args = parser.parse_args()
    options = Options(cache_dir=Path("/tmp/big-inputs-cache"))
    process_bytes(prose(0.01), Source("warm-up.txt"), options)
    for megabytes in args.sizes:
        data = prose(megabytes)
        started = time.perf_counter()
        result = process_bytes(data, Source(f"{megabytes:g}MB.txt"), options)
        seconds = time.perf_counter() - started
        row = result.document
        print(f"{megabytes:g} MB: {seconds:.1f} s, {row.status}, {row.n_chars} chars kept, "
              f"{sum(map(len, result.rows.values()))} rows, note: {row.error}", flush=True)


if __name__ == "__main__":
    main()
