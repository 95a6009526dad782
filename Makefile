# The two commands of the README:
#   make demo   set up .venv and run the main job on the bundled examples
#   make test   set up .venv (with test tools) and run the test suite
# Everything is installed from pinned versions (requirements.lock); the spaCy model is
# pinned by hash (requirements-model.txt). Nothing is downloaded at run time.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.frontlines-installed
DEV_STAMP := $(VENV)/.frontlines-dev-installed

.PHONY: setup setup-dev demo test lint typecheck bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==26.3
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/frontlines gazetteer build --quiet
	touch $@

setup-dev: $(DEV_STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	touch $@

demo: setup
	$(BIN)/frontlines demo

test: setup-dev
	$(BIN)/python -m pytest

lint: setup-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src

bench: setup
	$(BIN)/python benchmarks/pipeline_speed.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
