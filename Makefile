# Media Literacy Kit: two commands.
#   make lab    set up (first time only) and open JupyterLab on the first lesson
#   make test   the same set-up, then every test
# Overridable: make lab IP=0.0.0.0 PORT=9000    PYTHON=python3.12

PYTHON ?= python3
VENV   ?= .venv
IP     ?= 127.0.0.1
PORT   ?= 8888
BIN     = $(VENV)/bin
# JupyterLab refuses to run as root unless told; fresh machines here are root.
ROOT_FLAG = $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: lab test setup setup-dev browser hub-proxy clean help

help:
	@echo "make lab    set up (first time) and open JupyterLab on notebooks/00-start-here.ipynb"
	@echo "make test   set up (first time) and run every test"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "The kit needs Python 3.11 or newer; run: make lab PYTHON=python3.12")'
	$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip

# Re-install only when a requirements file changes.
$(VENV)/.installed: requirements.txt pyproject.toml | $(BIN)/python
	@echo "Installing the kit into $(VENV) (first time only; a few minutes)..."
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	@echo "Installing the test tools into $(VENV)..."
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

setup: $(VENV)/.installed
setup-dev: $(VENV)/.installed-dev

FIRST_LESSON = notebooks/00-start-here.ipynb

lab: setup
	@echo "Starting JupyterLab. Your browser opens on the first lesson; if it does not, open the"
	@echo "address printed below (ending in $(FIRST_LESSON)?token=...). Stop with Ctrl-C, twice."
	@$(BIN)/jupyter lab --ip=$(IP) --port=$(PORT) $(ROOT_FLAG) \
	  --LabApp.default_url=/lab/tree/$(FIRST_LESSON)

# Browser tests use Debian's Chromium (no browser download works offline).
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "could not install chromium"; \
	else echo "chromium not found: browser tests will be skipped (install it: sudo apt-get install chromium)"; fi

# The hub test (tests/hub) needs JupyterHub's proxy, configurable-http-proxy, from npm:
# installed into the venv (no root needed) when it is missing. Pinned: 5.3.0.
CHP = $(VENV)/node/node_modules/.bin/configurable-http-proxy
hub-proxy:
	@if [ -x $(CHP) ] || command -v configurable-http-proxy >/dev/null 2>&1; then :; \
	elif command -v npm >/dev/null 2>&1; then \
	  echo "Installing configurable-http-proxy (npm) for the hub test"; \
	  npm install --silent --prefix $(VENV)/node configurable-http-proxy@5.3.0 >/dev/null || echo "could not install configurable-http-proxy"; \
	else echo "npm not found: the hub test will be skipped (install it: sudo apt-get install npm)"; fi

# The browser suite (tests/browser) and the classroom tests (tests/classroom, mostly command-line runs) run
# beside the rest, in a second pytest process, so that the two cores share the work (the browser tests wait on
# JupyterLab and Chromium while the rest computes; 20-minute budget): that report goes to
# test-output/browser-tests.log and is printed after the rest's. The hub test runs in a pytest process
# of its own: Playwright's sync API cannot start a second browser session inside a running event loop.
test: setup-dev browser hub-proxy
	@mkdir -p test-output
	@echo "Running tests/browser and tests/classroom in the background (report: test-output/browser-tests.log), the other tests here."
	@$(BIN)/python -m pytest tests/browser tests/classroom > test-output/browser-tests.log 2>&1 & browser=$$!; \
	  trap 'kill $$browser 2>/dev/null' INT TERM; \
	  $(BIN)/python -m pytest --ignore=tests/hub --ignore=tests/browser --ignore=tests/classroom; rest=$$?; \
	  wait $$browser; status=$$?; \
	  echo; echo "=== tests/browser and tests/classroom (test-output/browser-tests.log) ==="; cat test-output/browser-tests.log; \
	  if [ $$rest -ne 0 ] || [ $$status -ne 0 ]; then echo "make test: tests failed (others: exit $$rest, browser and classroom: exit $$status)"; exit 1; fi
	$(BIN)/python -m pytest tests/hub

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis test-output
