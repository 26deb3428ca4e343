PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 90

.PHONY: run test lint bench bench-small serve corpus clean system

# pip writes the bytecode of the ~11,600 installed Python files one file after the other (~28 of the install's ~57 CPU s
# here); compileall -j 0 writes the same .pyc files on every core (failures ignored, as pip ignores them). pip is
# upgraded first: Python 3.11.7's bundled pip 23.2 took ~60 CPU s for the install itself here, pip 26 ~23.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-compile -e '.[dev]'
	$(BIN)/python -m compileall -q -j 0 $(VENV)/lib || true
	touch $(STAMP)

# Tesseract OCR (scanned PDFs) and, for the tests, chromium (the report opened in a real browser)
system:
	@scripts/system_deps.sh $(SYSTEM_ARGS)

run: $(STAMP) system
	$(BIN)/python -m pipeline run

# one pytest worker per core (at most 4: each holds spaCy and, when needed, its own Prefect test server);
# a test file stays on one worker so its module fixtures run once; the slow files are handed out first
# (tests/conftest.py), so the small ones fill the gaps. TEST_WORKERS=0 runs in one process.
# The library's bytecode is written once first (0.5 CPU s): where PYTHONDONTWRITEBYTECODE is set (this machine's
# shells), every pytest worker, `python -m pipeline` child and forkserver compiled it again, ~0.6 CPU s each.
# pytest runs without PYTHONDONTWRITEBYTECODE: it keeps the test modules it rewrote for their asserts
# (tests/**/__pycache__/*-pytest-*.pyc), which it otherwise rewrote in every worker of every run: one process's
# collection of the 21k tests 18.5 -> 11.5 CPU s once they are kept (each worker collects them all).
TEST_WORKERS ?= logical
test: SYSTEM_ARGS = --with-browser
test: $(STAMP) system
	$(BIN)/ruff check .
	$(BIN)/python -m compileall -q pipeline flows
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -q -n $(TEST_WORKERS) --maxprocesses=4 --dist loadscope --no-loadscope-reorder --durations=15

lint: $(STAMP)
	$(BIN)/ruff check .

corpus: $(STAMP)
	$(BIN)/python scripts/render_corpus.py

# serve the scheduled deployment against the configured PREFECT_API_URL (a real `prefect server start`);
# options after ARGS=, e.g. make serve ARGS="--cron '0 2 * * *' --out /data/runs corpus/manifest.csv"
serve: $(STAMP)
	$(BIN)/python -m flows.deploy $(ARGS)

# throughput, incremental re-runs, memory and Prefect overhead on a synthetic corpus; e.g. ARGS="--docs 20"
bench: $(STAMP)
	$(BIN)/python benchmarks/pipeline_benchmark.py $(ARGS)

bench-small: $(STAMP)  # issue 11's 3-document cold `pipeline run`: wall time and peak memory of the process tree
	$(BIN)/python benchmarks/small_run.py $(ARGS)

clean:
	rm -rf $(VENV) outputs/run-* outputs/latest
