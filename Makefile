# Two commands do all the set-up on a fresh machine with Python 3.10+:
#   make demo   installs into .venv and summarises the sample bounces in tests/corpus
#   make test   installs into .venv with the test extra and runs the test suite
#   make lint   ruff and mypy (the lint extra), as CI runs them
#   make test-compiled   builds the mypyc-compiled core into .venv-compiled and runs the suite on it
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test test-compiled install lint bench docs dist clean

$(BIN)/bouncekit: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(BIN)/bouncekit

install: $(BIN)/bouncekit

demo: install
	find tests/corpus -name '*.eml' | sort | xargs $(BIN)/bouncekit scan --summary
	find tests/corpus/rfc3464 -name '*.eml' | sort | head -n 3 | xargs $(BIN)/bouncekit scan --format jsonl

test: install
	$(BIN)/python -m pytest -q

# ruff (lint) over src and tests, mypy over src (pyproject.toml holds both configurations)
lint: install
	$(BIN)/python -m pip install -q -e '.[lint]'
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

# the compiled build, installed (not editable) from this tree; the suite then imports it, not src/
COMPILED := .venv-compiled
test-compiled:
	$(PYTHON) -m venv $(COMPILED)
	$(COMPILED)/bin/python -m pip install -q --upgrade pip
	BOUNCEKIT_COMPILE=0 $(COMPILED)/bin/python -m pip install -q '.[test]'
	BOUNCEKIT_COMPILE=1 $(COMPILED)/bin/python -m pip install -q --force-reinstall --no-deps .
	$(COMPILED)/bin/python -c "import sys, bouncekit.core as c; sys.exit(0 if c.__file__.endswith('.so') else 'not compiled: ' + c.__file__)"
	$(COMPILED)/bin/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/bench.py

# the documentation site, into site/ (warnings are errors)
docs: install
	$(BIN)/python -m pip install -q -e '.[docs]'
	$(BIN)/python -m mkdocs build --strict --site-dir site

# the sdist and wheel, into dist/, checked as PyPI would
dist: install
	$(BIN)/python -m pip install -q build twine
	rm -rf dist
	$(BIN)/python -m build -q --outdir dist .
	$(BIN)/python -m twine check --strict dist/*

clean:
	rm -rf $(VENV) $(COMPILED) build dist site *.egg-info src/*.egg-info
