"""The flow process waits on its documents without the libraries only writing a run needs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

WATCHED = ("pandas", "duckdb", "pyarrow", "pipeline.ingest.parse", "pypdfium2")


@pytest.fixture(scope="module")
def flow_modules() -> set[str]:
    """The watched modules a fresh `import flows.main` loads: one interpreter for both tests (~2 CPU s each)."""
    code = f"import json, sys, flows.main; print(json.dumps(sorted(set({WATCHED!r}) & set(sys.modules))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_importing_the_flow_loads_no_pandas_or_duckdb(flow_modules) -> None:
    assert sorted({"pandas", "duckdb", "pyarrow"} & flow_modules) == []


def test_the_flow_process_loads_no_parser_its_children_read_the_documents_with(flow_modules) -> None:
    assert sorted({"pipeline.ingest.parse", "pypdfium2"} & flow_modules) == []


def test_analyse_still_parses_without_the_parser_imported_beforehand() -> None:
    code = (
        "import sys; from pipeline.process import Options, analyse; from pipeline.ingest.pull import Source; "
        "r = analyse(b'Byraadet i Eksempelby vedtog planen.\\n', Source('x.txt'), Options()); "
        "print(r.document.status, 'pipeline.ingest.parse' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "ok True"
