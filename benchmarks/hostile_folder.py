"""Write the 34-kind hostile folder (tests/hostile_folder.py) and time `python -m pipeline run` over it.

Usage: python benchmarks/hostile_folder.py [WORK_DIR]   (default: a temporary folder)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hostile_folder import hostile_folder  # noqa: E402 (tests/ is not a package)


def main() -> None:
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="hostile-"))
    expected = hostile_folder(work / "in")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(work / "in"), "--out", str(work / "out"),
                           "--cache-dir", str(work / "cache"), "--no-report", "--no-progress", "--full"], cwd=ROOT)
    print(f"{len(expected)} files, exit {done.returncode}, {time.perf_counter() - started:.0f} s; "
          f"tables in {work / 'out' / 'latest'}")


if __name__ == "__main__":
    main()
