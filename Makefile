# The README's commands. Every target sets up .venv first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := build/demo
# What Qt (the desktop app, and its tests offscreen) loads from the system.
QT_LIBS := libegl1 libgl1 libfontconfig1 libxkbcommon0 libx11-6 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
# What Qt's X11 plugin loads besides, to open a real window on a Linux desktop.
QT_X11_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
  libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0

.PHONY: setup run demo test lint bench bench-ocr bench-assertions fuzz docs clean package package-check

setup: $(STAMP)

# OCR: tesserocr (pip) brings the Tesseract library; its English language data comes from apt.
# The register's tests start their own PostgreSQL server from Debian's postgresql binaries.
# The referral pack turns Office documents into PDF pages with LibreOffice headless.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Gatekeeper needs Python 3.11 or newer: set PYTHON=python3.11"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@command -v tesseract >/dev/null || { apt-get update -qq && apt-get install -y -qq tesseract-ocr tesseract-ocr-eng >/dev/null; } || \
	  echo "Could not install tesseract-ocr (needs root and apt): scanned pages will not be read by OCR"
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || \
	  echo "Could not install postgresql (needs root and apt): the PostgreSQL register tests will be skipped (they fail in CI)"
	@command -v soffice >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui >/dev/null; } || \
	  echo "Could not install LibreOffice (needs root and apt): the referral pack will draw Office documents from their text"
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -c 'from PySide6.QtWidgets import QApplication; QApplication([])' 2>/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq $(QT_LIBS) >/dev/null; } || \
	  echo "Could not install the libraries Qt needs ($(QT_LIBS)): the desktop app will not start"
	@dpkg -s $(QT_X11_LIBS) >/dev/null 2>&1 || ! command -v apt-get >/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq $(QT_X11_LIBS) >/dev/null; } || \
	  echo "Could not install Qt's X11 libraries ($(QT_X11_LIBS)): the app may not open a window"
	@$(BIN)/python -c 'from PySide6 import QtMultimedia' 2>/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq libpulse0 >/dev/null; } || \
	  echo "Could not install libpulse0: the desktop app will say it cannot play recordings"
	@# The judgement batches (tests/batches) draw their pages in DejaVu's condensed and serif faces.
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf || ! command -v apt-get >/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq fonts-dejavu-core fonts-dejavu-extra >/dev/null; } || \
	  echo "Could not install fonts-dejavu-extra: the judgement batch tests will fail"
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/gatekeeper demo make $(DEMO) --force

# The main job: open the desktop app on the bundled demo case (a typical first submission with
# gaps); with no display, say so and print the same check from the command line.
run: demo
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = Darwin ]; then \
	  $(BIN)/gatekeeper-app $(DEMO)/typical-first-submission; \
	else \
	  echo "No display here, so the desktop app (gatekeeper-app) cannot open: the same check, headless:"; \
	  $(BIN)/gatekeeper check $(DEMO)/typical-first-submission; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi; \
	fi

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check gatekeeper ui tests bench packaging
	$(BIN)/ruff format --check gatekeeper ui tests bench packaging
	$(BIN)/mypy gatekeeper ui/gatekeeper_ui
	$(BIN)/lint-imports

bench: $(STAMP)
	@command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; }
	$(BIN)/python bench/run_bench.py --out docs/benchmarks.md

# The adversarial corpus (damaged demo files, hostile constructions, odd names) through check,
# export and verify; nothing fetched. make test runs a small fixed sample of it.
fuzz: $(STAMP)
	$(BIN)/python bench/fuzz.py --out docs/fuzz.md

# Tesseract against RapidOCR on our own scans; RapidOCR goes in a side venv, never in the app's.
bench-ocr: $(STAMP)
	@test -x build/ocr-venv/bin/python || { $(PYTHON) -m venv build/ocr-venv && \
	  build/ocr-venv/bin/python -m pip install --quiet -e . rapidocr-onnxruntime; }
	build/ocr-venv/bin/python bench/ocr_compare.py --out docs/benchmarks.md

# Our ConText reader against medspaCy's on our own wording; medspaCy goes in a side venv.
bench-assertions: $(STAMP)
	@test -x build/context-venv/bin/python || { $(PYTHON) -m venv build/context-venv && \
	  build/context-venv/bin/python -m pip install --quiet -e . medspacy; }
	build/context-venv/bin/python bench/assertions_compare.py --out docs/benchmarks.md

# The desktop app as one folder (PyInstaller): build/package/gatekeeper-app/gatekeeper-app.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10"
	$(BIN)/pyinstaller --noconfirm --clean --log-level ERROR --distpath build/package \
	  --workpath build/pyinstaller --specpath build/pyinstaller --name gatekeeper-app --onedir \
	  --paths ui --collect-submodules gatekeeper --collect-submodules gatekeeper_ui \
	  --add-data "$(CURDIR)/checklists:gatekeeper/checklists" \
	  --add-data "$(CURDIR)/gatekeeper/register/migrations:gatekeeper/register/migrations" \
	  packaging/gatekeeper_app.py

# The packaged app's own check of a demo case must find what the source tree finds.
package-check: package demo
	$(BIN)/python packaging/check_frozen.py build/package/gatekeeper-app/gatekeeper-app $(DEMO)/typical-first-submission

docs: $(STAMP)
	$(BIN)/gatekeeper rules --markdown > docs/rules.md

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
