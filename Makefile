# The two commands of the README: `make demo` (install, then ingest the bundled example and show
# what eventwire read out of it) and `make test` (install, then lint, type-check and run the tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= eventwire.db

.PHONY: install demo test lint typecheck clean

$(BIN)/eventwire: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q src  # the project's bytecode at install, not at each worker's first import
	touch $@

install: $(BIN)/eventwire

demo: install
	$(BIN)/eventwire ingest examples/kyiv-2022-04-28.txt --db $(DB)
	$(BIN)/eventwire events --db $(DB)
	$(BIN)/eventwire quotes --db $(DB)

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: install
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache
