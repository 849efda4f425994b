"""Driving JupyterLab in Chromium for the real-browser tests: JupyterLab from .venv, driven by Playwright in Debian's Chromium.

One JupyterLab server and one Chromium per test session. The server runs on
127.0.0.1 with a random port and token; its config, runtime, workspace and
settings directories and the student progress folder are temporary, and it
serves *copies* of the lessons, so running and saving notebooks never touches
the repository. It is stopped by process id at the end.

Chromium is Debian's (``/usr/bin/chromium``; browser downloads do not work here).
When it is missing the browser tests are skipped, except under CI (the ``CI``
environment variable set), where they fail: CI must never pass by not testing.

Screenshots, timings and the server log go to ``test-output/`` (ignored by git).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import nbformat
import pytest

KIT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
OUTPUT = KIT / "test-output"
SCREENSHOTS = OUTPUT / "screenshots"
NOTEBOOKS = sorted((KIT / "notebooks").glob("*.ipynb"))

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]

#: The notebook panel the user is looking at (JupyterLab keeps hidden panels in the DOM).
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"

#: An output drawn by the ipywidgets renderer (mime renderers mark their node with data-mime-type; it does not).
WIDGET_OUTPUT = ".jp-OutputArea-output:not([data-mime-type])"

# Time limits (seconds). A cold kernel plus the first chart takes about 10 s here;
# limits leave room for a loaded 2-core CI machine.
SERVER_START_TIMEOUT = 90
OPEN_TIMEOUT = 60
RUN_ALL_TIMEOUT = 180
DRAW_TIMEOUT = 60


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def unavailable(reason: str):
    """Skip when the browser suite cannot run here; fail under CI."""
    if in_ci():
        pytest.fail(f"browser tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)


def find_chromium() -> str | None:
    """Debian's Chromium; ``$MEDIALIT_CHROMIUM`` names another binary (and only that one is tried)."""
    override = os.environ.get("MEDIALIT_CHROMIUM")
    candidates = [override] if override else ["/usr/bin/chromium", shutil.which("chromium"),
                                              shutil.which("chromium-browser")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


# --------------------------------------------------------------------------- server


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _descendants(pid: int) -> list[int]:
    """Process ids below ``pid`` (Linux /proc), found before shutdown so none is orphaned."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rfind(")") + 2:].split()
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is dead for our purposes
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@dataclass
class LabServer:
    url: str
    token: str
    root: Path
    progress_dir: Path
    articles_dir: Path
    runtime_dir: Path
    log_path: Path
    process: subprocess.Popen

    def api(self, path: str, method: str = "GET", body: dict | None = None, timeout: float = 10):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method,
                                         headers={"Authorization": f"token {self.token}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
        return json.loads(raw) if raw else None

    def notebook_url(self, relpath: str) -> str:
        # ?reset: JupyterLab restores the last workspace otherwise.
        return f"{self.url}/lab/tree/{quote(relpath)}?reset&token={self.token}"

    def saved_notebook(self, relpath: str) -> nbformat.NotebookNode:
        model = self.api(f"/api/contents/{quote(relpath)}?content=1")
        return nbformat.from_dict(model["content"])

    def kernel_id(self, relpath: str) -> str:
        for session in self.api("/api/sessions"):
            if session["path"] == relpath:
                return session["kernel"]["id"]
        raise AssertionError(f"no kernel is running for {relpath}")

    def kernel_eval(self, relpath: str, expression: str, timeout: float = 30) -> str:
        """Evaluate ``expression`` in the notebook's kernel, silently, and return its repr.

        A second client on the kernel's connection file (in the isolated runtime
        folder): ``silent=True`` leaves the notebook's execution counts and outputs alone.
        """
        from jupyter_client import BlockingKernelClient

        client = BlockingKernelClient(connection_file=str(self.runtime_dir / f"kernel-{self.kernel_id(relpath)}.json"))
        client.load_connection_file()
        client.start_channels(iopub=False, stdin=False, hb=False)
        try:
            msg_id = client.execute("", silent=True, store_history=False, user_expressions={"value": expression})
            while True:
                reply = client.get_shell_msg(timeout=timeout)
                if reply["parent_header"].get("msg_id") == msg_id:
                    break
        finally:
            client.stop_channels()
        result = reply["content"]["user_expressions"]["value"]
        if result["status"] != "ok":
            raise AssertionError(f"{expression!r} failed in the kernel: {result.get('ename')}: {result.get('evalue')}")
        return result["data"]["text/plain"]

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def _prepare_root(root: Path) -> None:
    """Copies of the lessons (and the folders they may read), so the repository stays untouched."""
    shutil.copytree(KIT / "notebooks", root / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for name in ("articles", "exercises", "solutions"):
        if (KIT / name).is_dir():
            shutil.copytree(KIT / name, root / name)


def _stop_server(server: LabServer) -> None:
    """Shut down gracefully (kernels too), then by process id: the server's group and every kernel."""
    process = server.process
    pids = _descendants(process.pid)  # kernels run in their own sessions: remember them now
    if process.poll() is None:
        try:
            server.api("/api/shutdown", method="POST", timeout=5)
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 2.0)):
        if process.poll() is None:
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                pass
        for pid in pids:
            if _alive(pid):
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and (process.poll() is None or any(map(_alive, pids))):
            time.sleep(0.1)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL cannot be refused
        pass


# --------------------------------------------------------------------------- browser


@dataclass
class NetworkLog:
    """Every request the page made; anything not to 127.0.0.1 is blocked and recorded."""

    requests: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)

    @staticmethod
    def is_local(url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            return True
        return parts.hostname == "127.0.0.1"

    def record(self, url: str) -> None:
        self.requests.append(url)
        if not self.is_local(url) and url not in self.external:
            self.external.append(url)


@dataclass
class ConsoleLog:
    errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)


class LabPage:
    """A browser tab on JupyterLab, with the steps the tests share."""

    def __init__(self, server: LabServer, context, page):
        self.server, self.context, self.page = server, context, page
        self.network, self.console = NetworkLog(), ConsoleLog()
        self.opened: list[str] = []
        page.on("request", lambda request: self.network.record(request.url))
        page.on("websocket", lambda ws: self.network.record(ws.url.replace("ws://", "http://", 1)))
        page.on("console", lambda msg: msg.type == "error" and self.console.errors.append(msg.text))
        page.on("pageerror", lambda error: self.console.page_errors.append(str(error)))

    @property
    def panel(self):
        return self.page.locator(PANEL)

    def open(self, relpath: str) -> None:
        self.opened.append(relpath)
        self.page.goto(self.server.notebook_url(relpath), wait_until="domcontentloaded")
        self.panel.locator(".jp-Notebook").wait_for(state="visible", timeout=OPEN_TIMEOUT * 1000)
        # The document is shown once its title is in the active tab.
        name = Path(relpath).name
        self.page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current",
                          has_text=name).wait_for(timeout=OPEN_TIMEOUT * 1000)
        self.wait_kernel_idle(relpath)

    def wait_kernel_idle(self, relpath: str | None = None, timeout: float = OPEN_TIMEOUT) -> None:
        """Wait until the notebook's kernel is connected and idle.

        The toolbar's execution indicator reads "idle" before the kernel's websocket
        is open, and a Run All issued then silently runs nothing; the status bar's
        "<kernel> | Idle" and the server's count of connections are the reliable signals.
        """
        self.page.wait_for_function(
            """(panel) => {
                const p = document.querySelector(panel);
                const s = p && p.querySelector('.jp-Notebook-ExecutionIndicator');
                const bar = [...document.querySelectorAll('.jp-StatusBar-TextItem')];
                return s && s.getAttribute('data-status') === 'idle'
                    && bar.some(e => /\\| Idle$/.test(e.textContent.trim()));
            }""", arg=PANEL, timeout=timeout * 1000, polling=100)
        if relpath is None:
            return
        deadline = time.monotonic() + timeout
        while not any(s["path"] == relpath and s["kernel"]["connections"] > 0
                      and s["kernel"]["execution_state"] == "idle" for s in self.server.api("/api/sessions")):
            if time.monotonic() > deadline:
                raise AssertionError(f"the kernel of {relpath} did not connect within {timeout} s")
            self.page.wait_for_timeout(100)  # not time.sleep: Playwright must keep serving routed requests

    def menu(self, *path: str) -> None:
        """Click through the main menu, e.g. ``menu("Run", "Run All Cells")``."""
        top, *items = path
        self.page.locator(".lm-MenuBar-item", has_text=re.compile(rf"^{re.escape(top)}$")).click()
        for item in items:
            self.page.locator(".lm-Menu:visible .lm-Menu-item",
                              has=self.page.locator(".lm-Menu-itemLabel",
                                                    has_text=re.compile(rf"^{re.escape(item)}$"))).click()

    def prompts(self) -> list[str]:
        """The input prompts of the code cells, e.g. ``["[1]:", "[*]:", "[ ]:"]``.

        textContent, not innerText: JupyterLab's default windowing hides off-screen
        cells with ``content-visibility``, and innerText of those is empty.
        """
        return self.panel.locator(".jp-CodeCell .jp-InputArea-prompt").evaluate_all(
            "els => els.map(e => e.textContent.trim())")

    def error_outputs(self) -> list[str]:
        return self.panel.locator(
            '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').evaluate_all(
            "els => els.map(e => e.textContent)")

    def run_all(self, n_code_cells: int, timeout: float = RUN_ALL_TIMEOUT) -> None:
        """Run All Cells from the Run menu; return when every input prompt reads ``[n]:``.

        JupyterLab stops a Run All at the first cell that raises: when nothing is
        queued or running any more but cells are left unrun, this fails at once
        with the error shown, rather than waiting for the time limit.
        """
        self.panel.locator(".jp-Notebook").click(position={"x": 5, "y": 5})
        self.menu("Run", "Run All Cells")
        deadline = time.monotonic() + timeout
        stalled_since = None
        while True:
            prompts = self.prompts()
            done = [bool(re.fullmatch(r"\[\d+\]:", p)) for p in prompts]
            if len(prompts) == n_code_cells and all(done):
                return
            if "[*]:" in prompts or not any(done):
                stalled_since = None
            elif stalled_since is None:
                stalled_since = time.monotonic()
            elif time.monotonic() - stalled_since > 3:
                errors = "\n".join(text[-1500:] for text in self.error_outputs())
                unrun = [i + 1 for i, ok in enumerate(done) if not ok]
                raise AssertionError(f"Run All stopped: code cells {unrun} did not run "
                                     f"(prompts {prompts}).\nError output:\n{errors or '(none)'}")
            if time.monotonic() > deadline:
                raise AssertionError(f"Run All did not finish within {timeout} s: prompts {prompts}")
            self.page.wait_for_timeout(100)

    def wait_outputs_drawn(self, timeout: float = DRAW_TIMEOUT) -> None:
        """Wait until no widget is still loading and every widget output has content."""
        self.page.wait_for_function(
            """([panel, widget]) => {
                const p = document.querySelector(panel);
                if (!p || /Loading widget/.test(p.innerText)) return false;
                const views = [...p.querySelectorAll(widget)];
                return views.every(v => v.textContent.trim() !== ''
                    || v.querySelector('svg, canvas, img, input, select, button, textarea'));
            }""", arg=[PANEL, WIDGET_OUTPUT], timeout=timeout * 1000, polling=100)

    def save(self, relpath: str, timeout: float = 30) -> nbformat.NotebookNode:
        """Save the notebook (a temporary copy) and return it as stored on disk."""
        before = self.server.api(f"/api/contents/{quote(relpath)}?content=0")["last_modified"]
        self.menu("File", "Save Notebook")
        deadline = time.monotonic() + timeout
        while self.server.api(f"/api/contents/{quote(relpath)}?content=0")["last_modified"] == before:
            if time.monotonic() > deadline:
                raise AssertionError(f"{relpath} was not saved within {timeout} s")
            self.page.wait_for_timeout(100)
        return self.server.saved_notebook(relpath)

    @contextlib.contextmanager
    def tall(self):
        """Grow the viewport to the whole notebook, so every cell is laid out and on screen.

        JupyterLab scrolls the notebook inside its own panel, and its default
        windowing skips drawing off-screen cells; screenshots and audits need them all.
        """
        viewport = self.page.viewport_size
        extra = self.page.evaluate(
            """(panel) => {
                const scroller = document.querySelector(panel)?.querySelector('.jp-WindowedPanel-outer');
                if (!scroller) return 0;
                scroller.scrollTo(0, 0);
                return scroller.scrollHeight - scroller.clientHeight;
            }""", PANEL)
        try:
            if extra > 0:
                self.page.set_viewport_size({"width": viewport["width"],
                                             "height": min(viewport["height"] + extra + 40, 16000)})
                self.page.wait_for_timeout(500)  # let charts and widgets re-layout
            yield
        finally:
            self.page.set_viewport_size(viewport)

    def screenshot(self, name: str) -> Path:
        """The whole notebook in one image, in test-output/screenshots/."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        with self.tall():
            self.page.screenshot(path=str(path), full_page=True)
        return path

    def screenshot_each(self, selector: str, name: str) -> list[Path]:
        """One image per element ``selector`` matches (e.g. each chart), for a closer look."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        paths = []
        for i, element in enumerate(self.panel.locator(selector).all(), start=1):
            path = SCREENSHOTS / f"{name}-{i}.png"
            element.screenshot(path=str(path))
            paths.append(path)
        return paths

    def axe(self, include: list[str], options: dict | None = None) -> dict:
        """Run axe-core (the copy bundled with axe-playwright-python) on the elements ``include`` selects."""
        from axe_playwright_python.sync_playwright import Axe

        self.page.evaluate(Axe().axe_script)
        return self.page.evaluate("([context, options]) => axe.run(context, options)",
                                  [{"include": include}, options or {"resultTypes": ["violations"]}])

    def accessible_names(self, selector: str) -> list[dict]:
        """Chromium's computed accessible role and name of every element ``selector`` matches.

        From the browser's own accessibility tree (what a screen reader is given),
        through the DevTools protocol.
        """
        cdp = self.context.new_cdp_session(self.page)
        try:
            root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
            found = []
            for node_id in cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]:
                ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node_id, "fetchRelatives": False})
                node = ax["nodes"][0] if ax["nodes"] else {}
                html = cdp.send("DOM.getOuterHTML", {"nodeId": node_id})["outerHTML"]
                found.append({"role": node.get("role", {}).get("value"), "name": node.get("name", {}).get("value", ""),
                              "ignored": node.get("ignored", False), "html": html[:200]})
            return found
        finally:
            cdp.detach()

    def output_text(self) -> str:
        """All output text (textContent: off-screen cells have no innerText under windowing)."""
        return self.panel.locator(".jp-Cell-outputArea").evaluate_all(
            "els => els.map(e => e.textContent).join('\\n')")

    def close(self) -> None:
        """Shut down the kernels this page started, then close its browser context."""
        self.context.close()
        for session in self.server.api("/api/sessions"):
            if session["path"] in self.opened:
                try:
                    self.server.api(f"/api/sessions/{session['id']}", method="DELETE")
                except urllib.error.HTTPError:
                    pass


# --------------------------------------------------------------------------- reporting

TIMINGS: dict[str, dict] = {}


def record_timing(name: str, **values) -> None:
    TIMINGS[name] = values
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "browser-timings.json").write_text(json.dumps(TIMINGS, indent=2) + "\n")


