# Blue Helmet COP: set-up, run, test and benchmark.
# `make run` and `make test` each set up everything first (idempotent, quick when done).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
WEB := resources/web
ESLINT := $(WEB)/node_modules/.bin/eslint

.PHONY: setup translations run test test-core lint bench clean

# Tests of the parts that must run without Qt: run with PySide6 made unimportable.
CORE_TESTS := tests/domain tests/store tests/postgis tests/sync tests/interop tests/feeds tests/analysis

setup: $(STAMPS)/system $(STAMPS)/python $(STAMPS)/web translations

# The GUI's compiled translations (.qm, not committed) from the .ts sources in resources/i18n;
# the Qt-free layers read the .ts files themselves (app/i18n.py). Refresh the .ts files from the
# code with scripts/update-translations.sh.
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(patsubst resources/i18n/%.ts,app/translations/%.qm,$(TS_FILES))

translations: $(QM_FILES)

app/translations/%.qm: resources/i18n/%.ts $(STAMPS)/python
	@mkdir -p app/translations
	$(BIN)/pyside6-lrelease -silent $< -qm $@

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

# The whole suite, once: the core without Qt, then everything else (nothing runs twice).
test: lint
	PYTHON=$(BIN)/python node --test tests/js/
	BLUEHELMET_NO_QT=1 $(BIN)/python -m pytest -p no:pytest-qt $(CORE_TESTS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(addprefix --ignore=,$(CORE_TESTS))

# The fast loop: the core without Qt, slow tests left out (under a minute).
test-core: setup
	BLUEHELMET_NO_QT=1 $(BIN)/python -m pytest -p no:pytest-qt -q -m "not slow" $(CORE_TESTS)

bench: setup
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) $(STAMPS) $(WEB)/node_modules
