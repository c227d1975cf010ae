"""A real Learning Record Store on loopback for the tests: Ralph (PyPI ``ralph-malph``) with its file
backend, started in a subprocess on a free port and stopped at teardown.

Ralph's development server (``ralph runserver``) runs uvicorn with auto-reload, which watches the
working folder and restarts the server on any change there; the tests run the same app
(``ralph.api:app``) under uvicorn without the reloader instead. Two faults of Ralph's file backend are
patched in that subprocess so it behaves as the xAPI specification (and Ralph's other backends) do:
it creates its statements file with "create" and so fails every later batch (HTTP 500), and it
compares ``activity`` filters as an IRI object with strings, so they never match.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

USER, PASSWORD = "teacher", "lrs-test-secret-4711"

SERVE = """
import sys
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend
from ralph.backends.lrs.fs import FSLRSBackend

FSDataBackend.default_operation_type = BaseOperationType.APPEND
_activity = FSLRSBackend._add_filter_by_activity
FSLRSBackend._add_filter_by_activity = staticmethod(
    lambda filters, activity, related: _activity(filters, getattr(activity, "root", activity), related))
import uvicorn

uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""

_auth_cache: dict[str, str] = {}


def ralph_missing() -> str | None:
    """Why no LRS can be started here, or None."""
    for module in ("ralph", "uvicorn", "requests"):
        if importlib.util.find_spec(module) is None:
            return f"the test LRS needs '{module}': pip install 'ralph-malph[cli,lrs]' requests (the test extras)"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LrsServer:
    """One Ralph LRS; ``endpoint`` is its xAPI base address. Statements persist in ``folder`` across
    :meth:`stop` and :meth:`start`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.port = _free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}/xAPI/"
        self.process: subprocess.Popen | None = None
        (self.folder / "app").mkdir(parents=True, exist_ok=True)
        (self.folder / "data").mkdir(exist_ok=True)
        (self.folder / "cwd").mkdir(exist_ok=True)
        self.env = dict(os.environ, RALPH_APP_DIR=str(self.folder / "app"), RALPH_RUNSERVER_BACKEND="fs",
                        RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH=str(self.folder / "data"),
                        RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(self.folder / "data"),
                        PYTHONWARNINGS="ignore")
        self._write_credentials()

    @staticmethod
    def closed_endpoint() -> str:
        """An address on loopback where nothing listens."""
        return f"http://127.0.0.1:{_free_port()}/xAPI/"

    def _write_credentials(self) -> None:
        """``ralph auth`` writes the user (hashing the password takes a moment, so once per run)."""
        if "auth" not in _auth_cache:
            ralph = shutil.which("ralph", path=str(Path(sys.executable).parent)) or "ralph"
            subprocess.run([ralph, "auth", "-u", USER, "-p", PASSWORD, "-s", "all", "-M", "mailto:teacher@example.org",
                            "-w"], env=self.env, cwd=self.folder / "cwd", check=True, capture_output=True, timeout=120)
            _auth_cache["auth"] = (self.folder / "app" / "auth.json").read_text()
        (self.folder / "app" / "auth.json").write_text(_auth_cache["auth"])

    def start(self, timeout: float = 60.0) -> LrsServer:
        log = open(self.folder / "server.log", "ab")
        self.process = subprocess.Popen([sys.executable, "-c", SERVE, str(self.port)], env=self.env,
                                        cwd=self.folder / "cwd", stdout=log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the test LRS stopped: {(self.folder / 'server.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=2):
                    return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the test LRS did not answer within a minute")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None

    def statements(self) -> list[dict]:
        """Every statement the LRS holds, as stored (read from its file, not through the API)."""
        path = self.folder / "data" / "fs_lrs.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def lrs_server():
    """A running LRS for the tests of one module (skipped, with the reason, if Ralph is not installed)."""
    missing = ralph_missing()
    if missing:
        pytest.skip(missing)
    folder = Path(tempfile.mkdtemp(prefix="sco-lrs-"))
    server = LrsServer(folder).start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


class StubLrs:
    """A small HTTP server on loopback whose answers a test writes, for what Ralph cannot be made to do
    (garbled, dripping, huge or non-LRS answers, a request held open). ``respond(handler, method, path,
    body)`` answers one request through the ``http.server`` handler; :attr:`requests` holds (method,
    path, body, headers) of every request. By default POSTs are answered as an LRS does."""

    def __init__(self, respond=None) -> None:
        import http.server
        import threading

        stub = self
        self.respond = respond or accept
        self.requests: list[tuple[str, str, bytes, dict]] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                stub.requests.append((self.command, self.path, body, dict(self.headers)))
                try:
                    stub.respond(self, self.command, self.path, body)
                except OSError:
                    pass  # the client hung up (as it should, on a dripping answer)
                self.close_connection = True

            do_GET = do_POST = do_PUT = _any

            def log_message(self, *args) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address) -> None:
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}/xAPI/"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> StubLrs:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(10)

    def posted_ids(self) -> list[str]:
        """The ids of every statement POSTed, in order (repeats included)."""
        return [s["id"] for method, _, body, _ in self.requests if method == "POST" for s in json.loads(body)]


def reply(handler, status: int, body: bytes = b"", content_type: str = "application/json") -> None:
    """Answer one request with ``status`` and ``body``."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(body)


def accept(handler, method: str, path: str, body: bytes) -> None:
    """As an LRS: a POST is answered with the ids of its statements; a GET with no statements."""
    if method == "POST":
        reply(handler, 200, json.dumps([s["id"] for s in json.loads(body)]).encode())
    else:
        reply(handler, 200, b'{"statements": [], "more": ""}')
