# The README's commands. Every target sets up .venv first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := build/demo

.PHONY: setup run demo test lint bench docs clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Gatekeeper needs Python 3.11 or newer: set PYTHON=python3.11"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/gatekeeper demo make $(DEMO) --force

# The main job: check the bundled demo case (a typical first submission with gaps).
run: demo
	$(BIN)/gatekeeper check $(DEMO)/typical-first-submission; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check gatekeeper tests bench
	$(BIN)/ruff format --check gatekeeper tests bench
	$(BIN)/mypy gatekeeper
	$(BIN)/lint-imports

bench: $(STAMP)
	@command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; }
	$(BIN)/python bench/run_bench.py --out docs/benchmarks.md

docs: $(STAMP)
	$(BIN)/gatekeeper rules --markdown > docs/rules.md

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
