# One entry point for people and CI. `make synth` and `make test` are the README's two commands.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# jsii (under cdk8s and aws-cdk-lib) runs `node` from PATH: use the supported Node pinned in package.json.
export PATH := $(CURDIR)/node_modules/.bin:$(CURDIR)/$(VENV)/bin:$(PATH)
# Where upstream CRD copies live, for `make validate` / `make imports` (optional).
CRD_DIR ?= $(wildcard ../shared/crds)

.PHONY: setup synth test validate imports bench lint typecheck drill-env clean

setup: node_modules/.installed $(VENV)/.installed .venv-checkov/.installed .venv-semgrep/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

# checkov pins libraries that clash with kubernetes-validate, so it gets a virtual environment of its own.
.venv-checkov/.installed: requirements-checkov.lock
	$(PYTHON) -m venv .venv-checkov
	.venv-checkov/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-checkov.lock
	@touch $@

# Semgrep (the demo-api's SAST) also pins its own dependency set.
.venv-semgrep/.installed: examples/demo-api/ci/semgrep-requirements.txt
	$(PYTHON) -m venv .venv-semgrep
	.venv-semgrep/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r $<
	@touch $@

synth: setup
	cdk8s synth --no-check-upgrade

validate: setup
	$(PY) tools/validate.py dist $(if $(CRD_DIR),--crd-dir $(CRD_DIR))

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

# PostgreSQL 15 and a barman-cloud + moto environment for the restore drills (tests/drills); needs root.
drill-env:
	bash tools/drill-env.sh

imports: setup
	$(PY) tools/imports.py $(if $(CRD_DIR),--crd-dir $(CRD_DIR))

bench: setup
	$(PY) tools/bench.py

lint: setup
	$(PY) -m ruff check .

# mypy reads its files and settings from pyproject.toml ([tool.mypy]).
typecheck: setup
	$(PY) -m mypy

# write_tree's temporary folders are siblings of the trees. A '.old-' folder is the only copy of the previous tree
# when a synth was killed in the two-rename fallback with no dist/ left: the next synth puts it back, so clean
# removes one only where its tree exists.
clean:
	rm -rf build .dist.new-* docs/.traffic.new-* .pytest_cache
	[ ! -d dist ] || rm -rf .dist.old-*
	[ ! -d docs/traffic ] || rm -rf docs/.traffic.old-*
