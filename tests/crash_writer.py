"""Write a run into OUT and SIGKILL this very process right before its Nth file-system step.

`python tests/crash_writer.py OUT N`; N = 0 never kills and prints how many steps a run takes.
Used by test_run_integrity to prove a run killed at any step leaves the previous `latest` intact.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from pipeline.dataset.consolidate import finish_run
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import DocumentRow


def main(out: Path, kill_at: int) -> int:
    steps = 0

    def step(func: Callable) -> Callable:
        def wrapped(*args, **kwargs):
            nonlocal steps
            steps += 1
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return func(*args, **kwargs)

        return wrapped

    pd.DataFrame.to_parquet = step(pd.DataFrame.to_parquet)
    pd.DataFrame.to_csv = step(pd.DataFrame.to_csv)
    Path.write_text = step(Path.write_text)
    Path.symlink_to = step(Path.symlink_to)
    os.replace = step(os.replace)
    results = [DocResult(document=DocumentRow(doc_id=f"{i:016x}", source=f"new-{i}.txt")) for i in range(3)]
    finish_run(results, out, "run-new", "t")
    return steps


if __name__ == "__main__":
    print(main(Path(sys.argv[1]), int(sys.argv[2])))
