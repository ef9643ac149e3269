# Blue Helmet COP: set-up, run, test and benchmark.
# `make run` and `make test` each set up everything first (idempotent, quick when done).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
WEB := resources/web
ESLINT := $(WEB)/node_modules/.bin/eslint

.PHONY: setup run test lint bench clean

setup: $(STAMPS)/system $(STAMPS)/python $(STAMPS)/web

$(STAMPS)/system: scripts/setup-system.sh
	@mkdir -p $(STAMPS)
	bash scripts/setup-system.sh
	@touch $@

$(STAMPS)/python: pyproject.toml constraints.txt
	@mkdir -p $(STAMPS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	@touch $@

$(STAMPS)/web: $(WEB)/package.json $(WEB)/package-lock.json
	@mkdir -p $(STAMPS)
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

run: setup
	bash scripts/run-gui.sh

lint: setup
	$(BIN)/ruff check app maps tests benchmarks
	$(BIN)/ruff format --check app maps tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(ESLINT) --config $(WEB)/eslint.config.mjs maps/static tests/js

test: lint
	PYTHON=$(BIN)/python node --test tests/js/
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: setup
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) $(STAMPS) $(WEB)/node_modules
