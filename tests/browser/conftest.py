"""Fixtures of the browser suite: one JupyterLab server and one Chromium per session (see labdriver.py)."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import time
import urllib.error
from pathlib import Path

import pytest

from .labdriver import (CHROMIUM_ARGS, KIT, OUTPUT, SERVER_START_TIMEOUT, TIMINGS, VENV_BIN, LabPage, LabServer,
                       NetworkLog, _free_port, _prepare_root, _stop_server, find_chromium, unavailable)


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    """A JupyterLab server from .venv on 127.0.0.1 (random port and token), stopped at the end."""
    jupyter = VENV_BIN / "jupyter"
    if not jupyter.exists():
        unavailable(f"{jupyter} not found: run `make setup` first")
    base = tmp_path_factory.mktemp("lab")
    root, config, runtime = base / "root", base / "config", base / "runtime"
    workspaces, settings, progress = base / "workspaces", base / "settings", base / "progress"
    for d in (root, config, runtime, workspaces, settings, progress):
        d.mkdir()
    _prepare_root(root)
    # No announcements feed and no update check: nothing may leave the machine.
    (config / "jupyter_server_config.json").write_text(json.dumps({
        "LabApp": {"news_url": None, "check_for_updates_class": "jupyterlab.NeverCheckForUpdate"},
    }))
    env = os.environ.copy()
    env.update({
        "JUPYTER_CONFIG_DIR": str(config),
        "JUPYTER_RUNTIME_DIR": str(runtime),
        "JUPYTERLAB_WORKSPACES_DIR": str(workspaces),
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "MEDIALIT_PROGRESS": str(progress),
    })
    # A fresh JupyterLab asks whether to fetch news; answer "no" as a user would.
    notification = settings / "@jupyterlab" / "apputils-extension"
    notification.mkdir(parents=True)
    (notification / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false"}))
    # JUPYTER_DATA_DIR stays default: the ipywidgets and anywidget extensions live in .venv/share/jupyter.
    env.pop("JUPYTER_DATA_DIR", None)
    for name in ("MEDIALIT_ARTICLES", "PYTHONWARNINGS"):  # lessons run as a student runs them
        env.pop(name, None)
    port, token = _free_port(), secrets.token_hex(24)
    cmd = [str(jupyter), "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
           "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={root}", f"--LabApp.workspaces_dir={workspaces}"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    OUTPUT.mkdir(exist_ok=True)
    log_path = OUTPUT / "jupyterlab-server.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(cmd, cwd=root, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    server = LabServer(f"http://127.0.0.1:{port}", token, root, progress, KIT / "articles", runtime, log_path,
                       process)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"JupyterLab exited with code {process.returncode}:\n{server.log_tail()}",
                            pytrace=False)
            try:
                server.api("/api/status", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not answer within {SERVER_START_TIMEOUT} s:\n"
                                f"{server.log_tail()}", pytrace=False)
                time.sleep(0.25)
        yield server
    finally:
        _stop_server(server)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session."""
    executable = find_chromium()
    if executable is None:
        unavailable("chromium not found (install it: apt-get install -y chromium)")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        unavailable(f"Playwright is not installed ({error}); run `make setup-dev`")
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS,
                                                  headless=True)
        except PlaywrightError as error:
            pytest.fail(f"Chromium at {executable} did not start: {error}", pytrace=False)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="session")
def new_lab_page(browser, lab_server):  # browser first: no server is started when it is missing
    """A factory of fresh browser contexts on JupyterLab; closed at the end of the session."""
    opened = []

    def make() -> LabPage:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US",
                                      timezone_id="UTC")
        context.set_default_timeout(30_000)
        page = context.new_page()
        lab = LabPage(lab_server, context, page)

        def guard(route):
            lab.network.record(route.request.url)
            if NetworkLog.is_local(route.request.url):
                route.continue_()
            else:
                route.abort("blockedbyclient")

        context.route("**/*", guard)
        opened.append(context)
        return lab

    yield make
    for context in opened:
        context.close()


def pytest_terminal_summary(terminalreporter):
    if not TIMINGS:
        return
    terminalreporter.section("browser: time from Run All to the last widget/chart drawn")
    for name, values in TIMINGS.items():
        terminalreporter.write_line(
            f"{name:32} run-all {values['run_all_s']:6.1f} s   drawn {values['drawn_s']:6.1f} s   "
            f"widgets {values['widgets']:2}  charts {values['charts']:2}")
