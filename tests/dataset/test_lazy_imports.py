"""The flow process waits on its documents without the libraries only writing a run needs."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_flow_loads_no_pandas_or_duckdb() -> None:
    code = "import sys, flows.main; print(sorted({'pandas', 'duckdb', 'pyarrow'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
