"""Write a run into OUT and SIGKILL this very process right before its Nth file-system step.

`python tests/crash_writer.py OUT N`; N = 0 never kills and prints how many steps a run takes.
`python tests/crash_writer.py --fork OUT:N ...` does each OUT:N in a child forked from this process
once its imports are done (a second of CPU each, paid once), and prints how each child ended as JSON
{N: returncode}, negative for a signal as subprocess reports it.
Used by test_run_integrity to prove a run killed at any step leaves the previous `latest` intact.
"""

from __future__ import annotations

import json
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


def fork_each(runs: list[tuple[Path, int]]) -> dict[int, int]:
    """`main(out, kill_at)` for each run in its own child, all at once; each child's returncode by kill_at.

    This process does nothing but import before it forks, as the pipeline's own forkserver does.
    """
    children = {}
    for out, kill_at in runs:
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                main(out, kill_at)
                code = 0
            finally:
                os._exit(code)
        children[kill_at] = pid
    return {kill_at: os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for kill_at, pid in children.items()}


if __name__ == "__main__":
    if sys.argv[1] == "--fork":
        pairs = [arg.rsplit(":", 1) for arg in sys.argv[2:]]
        print(json.dumps(fork_each([(Path(out), int(kill_at)) for out, kill_at in pairs])))
    else:
        print(main(Path(sys.argv[1]), int(sys.argv[2])))
