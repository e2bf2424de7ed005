# competency-kb: `make` builds the dataset, `make test` runs the tests. Only python3 (>= 3.11) is needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RAW_DOCS ?= raw_docs
OUTPUT ?= output
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := build
.PHONY: build test help clean setup

help: ## show the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "competency-kb needs Python >= 3.11, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install the project and its dependencies

build: $(STAMP) ## build the dataset from $(RAW_DOCS)/ into $(OUTPUT)/
	$(BIN)/competency-kb build $(RAW_DOCS) --out $(OUTPUT)

test: $(STAMP) ## set up, then run the whole test suite
	$(BIN)/python -m pytest

clean: ## remove the virtual environment and caches (not the committed output)
	rm -rf $(VENV) .cache .pytest_cache *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
