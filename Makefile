# ZV Desk — two commands on a fresh machine with Python >= 3.11 and make:
#   make run    creates .venv, installs, opens the app on the example region
#   make test   creates .venv with the test extra, runs the whole suite headless
PYTHON ?= python3
VENV := .venv
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
PY := $(BIN)/python

.PHONY: run test lint example fixtures freeze-schema screenshots bench bundle bundle-check clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

run: $(VENV)/.installed
	$(BIN)/zvdesk --example

test: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n auto

lint: $(VENV)/.installed
	$(PY) -m ruff check zvdesk tests bench scripts

example: $(VENV)/.installed
	$(PY) scripts/make_example.py resources/example/zaanstreek-waterland.zvdb

fixtures: $(VENV)/.installed
	$(PY) scripts/make_fixtures.py

freeze-schema: $(VENV)/.installed
	$(PY) scripts/freeze_schema.py

screenshots: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

$(VENV)/.bundle-installed: $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[test,bundle]"
	@touch $@

# The frozen one-folder program in dist/ZVDesk (packaging/zvdesk.spec; see packaging/README.md).
bundle: $(VENV)/.bundle-installed
	$(PY) -m PyInstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller packaging/zvdesk.spec

# Builds the bundle and runs it outside the repository (version, check, reports, password, GUI, size).
bundle-check: $(VENV)/.bundle-installed
	QT_QPA_PLATFORM=offscreen $(PY) scripts/bundle_check.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
