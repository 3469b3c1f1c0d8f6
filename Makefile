# ZOPP Facilitator: `make run` opens the app on the sample workshop, `make test` runs every test.
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
SAMPLE := sample_sessions/persian-leopard-2022.zopp
WORKCOPY := work/persian-leopard-2022.zopp
QT_LIBS := libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
XCB_LIBS := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-render0 libxcb-util1

.PHONY: run test sample bench bench-live qt-libs lint translations qm dist dist-test

TS := $(wildcard ui/translations/zopp_*.ts)
QM := $(TS:.ts=.qm)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

qt-libs:
	@missing=""; for p in $(QT_LIBS) $(if $(DISPLAY),$(XCB_LIBS)); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Qt needs these Debian packages, which are missing:$$missing"; \
	  echo "Install them with:  sudo apt-get install -y$$missing"; exit 1; fi

# The app works on a copy so the sample in the repository stays as built.
$(WORKCOPY): $(SAMPLE)
	mkdir -p work && cp $(SAMPLE) $(WORKCOPY)

# Compiled translations are built from the .ts sources, never committed.
ui/translations/%.qm: ui/translations/%.ts $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

# Refresh the .ts files from the code; fails when a shipped language misses a string.
translations: $(VENV)/.installed
	$(PY) -m ui.translations.build --update --check

run: qt-libs $(VENV)/.installed $(QM) $(WORKCOPY)
	$(PY) -m ui $(WORKCOPY)

test: qt-libs lint $(QM)
	@for p in chromium chromium-driver zbar-tools poppler-utils; do dpkg -s $$p >/dev/null 2>&1 || \
	  echo "Note: $$p is missing, so the live-voting tests that need it are skipped; install it with: sudo apt-get install -y $$p"; done
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

sample: $(VENV)/.installed
	$(PY) -m facilitator.sample.build $(SAMPLE)

bench: $(VENV)/.installed
	$(PY) bench/run.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/voting.py
	$(PY) bench/export.py
	$(PY) bench/startup.py

# Live voting from 100 phones on loopback (about two minutes).
bench-live: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) bench/live.py

# Style, types and the import contracts (pyproject.toml) hold before any test runs.
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check facilitator ui tests bench
	$(VENV)/bin/ruff format --check facilitator ui tests bench
	$(VENV)/bin/mypy facilitator
	$(VENV)/bin/lint-imports

# One executable file (PyInstaller) with the app, the command line, fonts, translations and the
# sample: dist/zopp-facilitator (dist/zopp-facilitator.exe on Windows). See README "One file".
$(VENV)/.dist: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install -q -e '.[dist]'
	touch $@

dist: $(VENV)/.dist $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/zopp-facilitator.spec

dist-test: dist
	$(PY) packaging/check_dist.py dist/zopp-facilitator
