# One entry point for people and CI. `make synth` and `make test` are the README's two commands.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# jsii (under cdk8s and aws-cdk-lib) runs `node` from PATH: use the supported Node pinned in package.json.
export PATH := $(CURDIR)/node_modules/.bin:$(CURDIR)/$(VENV)/bin:$(PATH)
# Where upstream CRD copies live, for `make validate` / `make imports` (optional).
CRD_DIR ?= $(wildcard ../shared/crds)
# Where the add-on Helm chart sources live (<chart>-<version> folders, dependencies unpacked), for the render and
# cluster tests (tools/addon_render.py); a chart not there is `helm pull`ed from its pinned repository into build/charts.
CHART_DIR ?= $(wildcard ../shared/charts)
export CHART_DIR

# Renovate (its config validator checks the Renovate configs in the tests): pinned with its own lock file, test-only.
renovate: tools/renovate/node_modules/.installed

tools/renovate/node_modules/.installed: tools/renovate/package.json tools/renovate/package-lock.json | node_modules/.installed
	cd tools/renovate && npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

.PHONY: renovate setup synth test validate imports bench lint typecheck drill-env clean tools cluster-up cluster-down

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

# main.py is the cdk8s app `cdk8s synth` runs (cdk8s.yaml); run directly, a refused synth prints its error block
# and nothing else (the CLI adds a Node stack trace of its own) and skips the CLI's start-up.
synth: setup
	$(PY) -O main.py

validate: setup
	$(PY) tools/validate.py dist $(if $(CRD_DIR),--crd-dir $(CRD_DIR))

# Parallel workers (pytest-xdist): the control plane, the restore drills and the CDK app each stay in one
# worker (their tests share session fixtures), every other test file runs whole in one (tests/conftest.py).
TEST_JOBS ?= -n 4
test: setup tools renovate
	$(PY) -m pytest $(TEST_JOBS) $(PYTEST_ARGS)

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

# write_tree's temporary folders are siblings of the trees. A '.old-' folder (left by the two-rename fallback of
# earlier versions) may be the only copy of the previous tree when no dist/ is left: the next synth puts it back,
# so clean removes one only where its tree exists.
clean:
	rm -rf build .dist.new-* docs/.traffic.new-* .pytest_cache
	[ ! -d dist ] || rm -rf .dist.old-*
	[ ! -d docs/traffic ] || rm -rf docs/.traffic.old-*

# Go tools for the test control plane and the real engines, built from the Go module proxy at the
# versions pinned in tools/go/<tool>/go.mod. One small module per tool, not one for all: minimal version
# selection would lift every shared dependency to the highest any tool asks for (helm v3.22 wants
# k8s.io/client-go v0.37, Kyverno v0.36, Prometheus and Kubernetes itself v0.35, and Kubernetes replaces
# its staging modules at exactly v0.35.x), building each tool with libraries it was never released with.
# Each binary depends on its module's go.mod and go.sum, so a second run is a no-op; a re-pin rebuilds
# only that tool, and the Go build cache (~/.cache/go-build) keeps unchanged packages compiled.
GO ?= go
TOOLS_BIN := build/bin
# The version the binaries report, read from the pin itself so the two cannot drift apart.
gomod_version = $(shell awk '$$1 == "require" && $$2 == "$(2)" {print $$3} $$1 == "$(2)" {print $$2}' tools/go/$(1)/go.mod)
K8S_VERSION := $(call gomod_version,kubernetes,k8s.io/kubernetes)
K8S_MINOR := $(word 2,$(subst ., ,$(K8S_VERSION)))
K8S_LDFLAGS := -X k8s.io/component-base/version.gitVersion=$(K8S_VERSION) -X k8s.io/component-base/version.gitMajor=1 \
	-X k8s.io/component-base/version.gitMinor=$(K8S_MINOR) -X k8s.io/component-base/version.gitTreeState=clean \
	-X k8s.io/client-go/pkg/version.gitVersion=$(K8S_VERSION) -X k8s.io/client-go/pkg/version.gitMajor=1 \
	-X k8s.io/client-go/pkg/version.gitMinor=$(K8S_MINOR) -X k8s.io/client-go/pkg/version.gitTreeState=clean
PROM_COMMON_LDFLAGS = -X github.com/prometheus/common/version.Version=$(1) -X github.com/prometheus/common/version.Branch=HEAD
PROMETHEUS_VERSION := $(call gomod_version,prometheus,github.com/prometheus/prometheus)
ALERTMANAGER_VERSION := $(call gomod_version,alertmanager,github.com/prometheus/alertmanager)
KYVERNO_VERSION := $(call gomod_version,kyverno,github.com/kyverno/kyverno)
HELM_VERSION := $(call gomod_version,helm,helm.sh/helm/v3)
GITLEAKS_VERSION := $(call gomod_version,gitleaks,github.com/zricethezav/gitleaks/v8)

# go_tool,NAME,MODULE FOLDER,MAIN PACKAGE,LDFLAGS
define go_tool
$(TOOLS_BIN)/$(1): tools/go/$(2)/go.mod tools/go/$(2)/go.sum
	@mkdir -p $(TOOLS_BIN)
	cd tools/go/$(2) && $(GO) build -trimpath -ldflags '-s -w $(4)' -o $(CURDIR)/$$@ $(3)
TOOLS += $(TOOLS_BIN)/$(1)
endef
$(eval $(call go_tool,kube-apiserver,kubernetes,k8s.io/kubernetes/cmd/kube-apiserver,$(K8S_LDFLAGS)))
$(eval $(call go_tool,kube-controller-manager,kubernetes,k8s.io/kubernetes/cmd/kube-controller-manager,$(K8S_LDFLAGS)))
$(eval $(call go_tool,etcd,etcd,go.etcd.io/etcd/server/v3))
$(eval $(call go_tool,helm,helm,helm.sh/helm/v3/cmd/helm,-X helm.sh/helm/v3/internal/version.version=$(HELM_VERSION) -X helm.sh/helm/v3/internal/version.gitTreeState=clean))
$(eval $(call go_tool,kyverno,kyverno,github.com/kyverno/kyverno/cmd/cli/kubectl-kyverno,-X github.com/kyverno/kyverno/pkg/version.BuildVersion=$(KYVERNO_VERSION)))
$(eval $(call go_tool,promtool,prometheus,github.com/prometheus/prometheus/cmd/promtool,$(call PROM_COMMON_LDFLAGS,$(PROMETHEUS_VERSION:v0.3%=3.%))))
$(eval $(call go_tool,amtool,alertmanager,github.com/prometheus/alertmanager/cmd/amtool,$(call PROM_COMMON_LDFLAGS,$(ALERTMANAGER_VERSION:v%=%))))
$(eval $(call go_tool,gitleaks,gitleaks,github.com/zricethezav/gitleaks/v8,-X github.com/zricethezav/gitleaks/v8/version.Version=$(GITLEAKS_VERSION)))

tools: $(TOOLS)

# A control plane on loopback for people (the tests start their own): `make cluster-up` prints the
# KUBECONFIG to export; `make cluster-down` stops it and removes its folder (build/cluster).
cluster-up: $(TOOLS_BIN)/etcd $(TOOLS_BIN)/kube-apiserver $(TOOLS_BIN)/kube-controller-manager
	$(PYTHON) tools/control_plane.py up

cluster-down:
	$(PYTHON) tools/control_plane.py down
