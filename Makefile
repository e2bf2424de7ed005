# competency-kb: `make` builds the dataset, `make test` runs the tests. Only python3 (>= 3.11) is needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RAW_DOCS ?= raw_docs
OUTPUT ?= output
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := build
.PHONY: build test lint check report clean help setup docs browser bench

help: ## show the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "competency-kb needs Python >= 3.11, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install the project with its dependencies

build: $(STAMP) docs ## build the dataset from $(RAW_DOCS)/ into $(OUTPUT)/ (incremental)
	$(BIN)/competency-kb build $(RAW_DOCS) --out $(OUTPUT)

docs: $(STAMP) ## regenerate docs/schema.md from the schema
	@$(BIN)/python -m tools.schemadoc

test: $(STAMP) browser ## set up, then run the whole test suite (it includes `make check`)
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff (lint and format check) and mypy (strict up to extraction and on the public face; see pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

browser: ## install headless Chromium for the review page test, if missing
	@scripts/ensure-chromium.sh

check: $(STAMP) ## fail, naming the differences, if the committed output or docs are stale
	$(BIN)/python -m tools.schemadoc --check
	$(BIN)/competency-kb check $(RAW_DOCS) --out $(OUTPUT)

report: $(STAMP) ## rebuild the report pages (build report, change report, review page) from the cache
	$(BIN)/competency-kb build $(RAW_DOCS) --out $(OUTPUT) --force

bench: $(STAMP) ## benchmark the build against the parse floor (N=1000; see bench/README.md)
	$(BIN)/python -m bench.run

clean: ## remove the virtual environment and caches (not the committed output)
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
