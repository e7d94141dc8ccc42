# The commands of the README. Each sets up .venv on a fresh machine first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-slow bench check clean

$(STAMP): pyproject.toml setup.py
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,fr-model]'
	touch $(STAMP)

## run: parse the bundled corpus (data/raw/) and print a summary per document
run: $(STAMP)
	$(BIN)/ctdocs parse data/raw

## test: the test suite less the stress tests marked slow (CI runs it, then test-slow), one
## process per core (at most 4); a module stays in one process, so its cached parses are shared
test: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow" -n auto --maxprocesses 4 --dist loadfile

## test-slow: the stress tests marked slow, minutes each (CI runs them after make test), in
## one process: some time a run or a signal, which another process on the same cores would skew;
## the ten longest are listed, so a slow test that grows shows in CI's log
test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow --durations=10

## bench: the benchmark suite beside its anchors (needs a quiet machine; prints a table)
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run.py

## check: lint and type-check (what .pre-commit-config.yaml runs too); formats nothing
check: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy --strict src tests

clean:
	rm -rf $(VENV) build dist src/*.egg-info
