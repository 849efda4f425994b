"""A real JupyterHub on 127.0.0.1 for the hub test and the hub load bench.

JupyterHub (PyPI) with configurable-http-proxy (npm), the DummyAuthenticator and
``SimpleLocalProcessSpawner``: every user's single-user server runs in a home folder
of their own (``homes/<user>``, its working folder and ``$HOME``). All ports are
random and bound to 127.0.0.1; the database, cookie secret and logs live in a
temporary folder; the hub is stopped by process id (with its servers and kernels).

Why ``SimpleLocalProcessSpawner`` and not real system users: creating Unix accounts
needs root, changes ``/etc/passwd`` of a machine shared with other jobs, and is left
behind when a test is killed. What the kit must get right does not depend on it:
every path the kit reads or writes comes from the student's home and course folder
(``$HOME``, the folder the lesson runs in) and the hub login (``$JUPYTERHUB_USER``),
which this spawner sets per user exactly as the system-user spawners do. Unix
permissions between accounts are the hub's job (TLJH creates one account per user;
Zero to JupyterHub gives each user a container and volume of their own).

The single-user servers inherit ``PYTHONPATH`` (JupyterHub's ``Spawner.env_keep``),
so they test the kit of the tree the tests run from.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

KIT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
#: configurable-http-proxy as ``make hub-proxy`` installs it (npm, into the venv), else on PATH.
CHP_LOCAL = Path(sys.prefix) / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
PASSWORD = "class-password"
START_TIMEOUT = 90


def find_proxy() -> str | None:
    """The configurable-http-proxy command, or None when it is not installed."""
    if CHP_LOCAL.exists():
        return str(CHP_LOCAL)
    return shutil.which("configurable-http-proxy")


def missing() -> str | None:
    """Why the hub cannot run here (None when everything is installed)."""
    try:
        import jupyterhub  # noqa: F401
        import nbgitpuller  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed: run `make setup-dev`"
    if not (VENV_BIN / "jupyterhub").exists():
        return f"{VENV_BIN / 'jupyterhub'} not found: run `make setup-dev`"
    if find_proxy() is None:
        return "configurable-http-proxy not found: run `make hub-proxy` (npm install)"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Hub:
    url: str
    token: str
    base: Path
    homes: Path
    handin: Path
    process: subprocess.Popen
    log_path: Path
    run_root: Path | None = None  # the servers' runtime folders (kernel sockets), one per user

    def api(self, path: str, method: str = "GET", body: dict | None = None, timeout: float = 30):
        """Call the hub's REST API (``/hub/api...``) with the test service's admin token."""
        return self.request(f"/hub/api{path}", method, body, timeout)

    def request(self, path: str, method: str = "GET", body: dict | None = None, timeout: float = 30,
                token: str | None = None):
        """Any URL on the hub (e.g. ``/user/ada/api/kernels``), with ``token`` (default: the service token)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method,
                                         headers={"Authorization": f"token {token or self.token}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
        return json.loads(raw) if raw else None

    def home(self, user: str) -> Path:
        return self.homes / user

    def start_server(self, user: str, timeout: float = START_TIMEOUT) -> None:
        """Create the user if needed and start their server; return once it is ready."""
        self.request_server(user)
        self.wait_ready(user, timeout)

    def request_server(self, user: str) -> None:
        """Create the user if needed and ask for their server; return at once (the hub starts it)."""
        try:
            self.api(f"/users/{user}", "POST", {})
        except urllib.error.HTTPError as exc:
            if exc.code != 409:  # 409: exists already
                raise
        try:
            self.api(f"/users/{user}/server", "POST", {})
        except urllib.error.HTTPError as exc:
            if exc.code != 400:  # 400: already running
                raise

    def wait_ready(self, user: str, timeout: float = START_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while True:
            model = self.api(f"/users/{user}")
            server = model.get("servers", {}).get("", {})
            if server.get("ready"):
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"the server of {user} did not start within {timeout} s:\n{self.log_tail()}")
            time.sleep(0.25)

    def stop_server(self, user: str, timeout: float = 60, wait: bool = True) -> None:
        """Stop the user's server; return once it has stopped (``wait=False``: at once)."""
        try:
            self.api(f"/users/{user}/server", "DELETE")
        except urllib.error.HTTPError as exc:
            if exc.code != 400:
                raise
        if wait:
            self.wait_stopped(user, timeout)

    def wait_stopped(self, user: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while self.api(f"/users/{user}").get("servers", {}):
            if time.monotonic() > deadline:
                raise AssertionError(f"the server of {user} did not stop within {timeout} s")
            time.sleep(0.25)

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def write_config(base: Path, hub_port: int, handin: Path, token: str, prepared: Path | None = None,
                 run_root: Path | None = None) -> Path:
    """The ``jupyterhub_config.py`` of the test hub (every setting on 127.0.0.1)."""
    homes = base / "homes"
    # Kernels talk to their server over Unix sockets in a private folder, not TCP ports on 127.0.0.1:
    # with many servers on one machine, two kernels starting at once can be handed the same free port
    # (seen at 30 students: "Address already in use", then "Invalid Signature" as a server reached
    # another student's kernel), and any local user can connect to a TCP port. As INSTRUCTORS.md's
    # TLJH recipe does (deploy/tljh/medialit_config.py).
    args = ["--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.news_url=None",
            "--KernelManager.transport=ipc"]
    if os.geteuid() == 0:
        args.append("--allow-root")
    # the kernels' sockets: <run_root>/<user id>/kernel-<uuid>-ipc-<n> must fit in 107 bytes
    run_root = run_root or Path(tempfile.mkdtemp(prefix="mlrun-"))
    config = f"""
c = get_config()  # noqa
c.JupyterHub.bind_url = "http://127.0.0.1:{hub_port}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {free_port()}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.command = [{find_proxy()!r}]
c.ConfigurableHTTPProxy.should_start = True
c.JupyterHub.db_url = "sqlite:///{base / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = {str(base / 'cookie_secret')!r}
c.JupyterHub.pid_file = {str(base / 'jupyterhub.pid')!r}
c.JupyterHub.cleanup_servers = True
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = {PASSWORD!r}
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {str(homes / '{username}')!r}
c.Spawner.cmd = [{str(VENV_BIN / 'jupyterhub-singleuser')!r}]
c.Spawner.args = {args!r}
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
def runtime_dir(spawner):  # short (a Unix socket path holds at most 107 bytes) and one per student
    return {str(run_root)!r} + f"/{{spawner.user.id}}"


c.Spawner.environment = {{"MEDIALIT_HANDIN": {str(handin)!r}, "PYTHONWARNINGS": "",
                          "MEDIALIT_PREPARED_CHARTS": {str(prepared or "")!r}, "JUPYTER_RUNTIME_DIR": runtime_dir}}
c.JupyterHub.services = [{{"name": "medialit-test", "api_token": {token!r}}}]
c.JupyterHub.load_roles = [{{"name": "medialit-test", "services": ["medialit-test"],
                            "scopes": ["admin:users", "admin:servers", "access:servers", "read:users",
                                       "tokens"]}}]
c.JupyterHub.concurrent_spawn_limit = 0
c.JupyterHub.active_server_limit = 0
"""
    path = base / "jupyterhub_config.py"
    path.write_text(config, encoding="utf-8")
    return path


def start_hub(base: Path, prepared: Path | None = None) -> Hub:
    """Start JupyterHub in ``base`` (config, database, homes, shared hand-in folder); return once it answers.

    ``prepared``: the folder of prepared chart copies every student's server reads
    (``MEDIALIT_PREPARED_CHARTS``; see :func:`prepare_charts`); None: no prepared folder. (A real
    installation uses ``<sys.prefix>/share/medialit``; the test names its own folder so it never
    writes into the shared environment.)
    """
    base.mkdir(parents=True, exist_ok=True)
    homes, handin = base / "homes", base / "handin"
    homes.mkdir(exist_ok=True)
    handin.mkdir(exist_ok=True)
    handin.chmod(0o1777)  # a shared drop folder: anyone may add a file, only its owner may remove it
    port, token = free_port(), secrets.token_hex(24)
    run_root = Path(tempfile.mkdtemp(prefix="mlrun-"))  # short: the kernels' Unix sockets go in it
    config = write_config(base, port, handin, token, prepared, run_root)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDIALIT_", "JUPYTER"))}
    log_path = base / "jupyterhub.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([str(VENV_BIN / "jupyterhub"), "-f", str(config)], cwd=base, env=env,
                                   stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    hub = Hub(f"http://127.0.0.1:{port}", token, base, homes, handin, process, log_path, run_root)
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterHub exited with code {process.returncode}:\n{hub.log_tail()}")
        try:
            hub.api("/", timeout=2)
            return hub
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if time.monotonic() > deadline:
                stop_hub(hub)
                raise RuntimeError(f"JupyterHub did not answer within {START_TIMEOUT} s:\n{hub.log_tail()}")
            time.sleep(0.3)


def _descendants(pid: int) -> list[int]:
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


def stop_hub(hub: Hub) -> None:
    """Stop the hub (it stops the servers it spawned), then any process it left, by process id."""
    pids = _descendants(hub.process.pid)
    hub.process.send_signal(signal.SIGTERM)
    try:
        hub.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        hub.process.kill()
        hub.process.wait()
    time.sleep(0.5)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    if hub.run_root is not None:
        shutil.rmtree(hub.run_root, ignore_errors=True)


# --------------------------------------------------------------------------- course repository


def git(*args: str, cwd: Path) -> str:
    env = dict(os.environ, GIT_AUTHOR_NAME="Instructor", GIT_AUTHOR_EMAIL="instructor@example.org",
               GIT_COMMITTER_NAME="Instructor", GIT_COMMITTER_EMAIL="instructor@example.org")
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def student_repository(base: Path) -> Path:
    """The instructor's student copy (``python -m medialit release``) as a git repository on branch main."""
    from medialit.classroom.release import make_release

    repo = make_release(base / "student-copy", KIT, mode="assessment").outdir  # a graded class
    git("init", "-q", "-b", "main", cwd=repo)
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", "Student copy of the course", cwd=repo)
    return repo


def prepare_charts(course: Path, into: Path, lessons: list[str] | None = None) -> list[str]:
    """The admin's step (INSTRUCTORS.md): ``python -m medialit charts prepare COURSE --into DIR``, then made
    read-only as an installation is (students can never write to it). Returns the command's output lines."""
    done = subprocess.run([sys.executable, "-m", "medialit", "charts", "prepare", str(course), "--into", str(into),
                           *[a for lesson in lessons or [] for a in ("--lesson", lesson)]],
                          capture_output=True, text=True, timeout=1800,
                          env={k: v for k, v in os.environ.items() if not k.startswith("MEDIALIT_")})
    if done.returncode != 0:
        raise RuntimeError(f"charts prepare failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    for path in [into, *into.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    return done.stdout.splitlines()


def folder_state(folder: Path) -> list:
    """Every file and folder under ``folder`` with its mode, size, modification time and bytes."""
    return sorted((str(p), p.stat().st_mode, p.stat().st_mtime_ns, p.read_bytes() if p.is_file() else b"")
                  for p in [folder, *folder.rglob("*")])


def pull_link(hub_url: str, repo: Path, lesson: str, target: str = "course") -> str:
    """The nbgitpuller link an instructor shares: clone or update ``target`` in the student's home, open ``lesson``."""
    from urllib.parse import urlencode

    query = urlencode({"repo": repo.as_uri(), "branch": "main", "targetpath": target,
                       "urlpath": f"lab/tree/{target}/notebooks/{lesson}"})
    return f"{hub_url}/hub/user-redirect/git-pull?{query}"
