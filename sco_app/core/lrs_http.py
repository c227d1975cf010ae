"""How the LRS client reaches the server: one request at a time, by a deadline, never through a proxy
to this computer, and never following a redirect.

The standard library's ``urllib`` sends a request through the proxy named in ``http_proxy`` (and its
kin) whenever one is set, as it often is on school networks, loopback addresses included unless
``no_proxy`` says otherwise. A request to an LRS on this computer, the one place a password may travel
over plain http://, would then go to the proxy with its ``Authorization`` header; so for a loopback
address no proxy is used at all. Other addresses use the network's proxy as the system says (an https://
request goes through it in a tunnel, encrypted end to end).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import threading
import time
import urllib.parse
import urllib.request


def is_loopback(host: str | None) -> bool:
    """Whether ``host`` is this computer (localhost, 127.0.0.1, ::1 ...)."""
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ARG002 - a redirect is an error here
        return None


class Deadline:
    """Ends one request once ``seconds`` have passed, however slowly the server drips its answer: a
    timer shuts down the request's sockets (a read blocked on them then returns)."""

    def __init__(self, seconds: float) -> None:
        self.seconds, self.at = seconds, time.monotonic() + seconds
        self.expired = False
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()
        with self._lock:
            self._sockets.clear()

    def passed(self) -> bool:
        return self.expired or time.monotonic() >= self.at

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:  # the plain socket's shutdown, also under TLS: it only wakes the reader, which then fails
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        except OSError:
            pass


def _watched(base: type, deadline: Deadline) -> type:
    class Watched(base):
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)
    return Watched


class _WatchedHTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        return self.do_open(_watched(http.client.HTTPConnection, self.deadline), req)


class _WatchedHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req):
        return self.do_open(_watched(http.client.HTTPSConnection, self.deadline), req, context=self._context)


def opener(url: str, deadline: Deadline) -> urllib.request.OpenerDirector:
    """An opener for one request to ``url``: no redirects, sockets watched by ``deadline``, and no proxy
    for an address on this computer."""
    handlers: list = [NoRedirect, _WatchedHTTP(deadline), _WatchedHTTPS(deadline)]
    if is_loopback(urllib.parse.urlsplit(url).hostname):
        handlers.append(urllib.request.ProxyHandler({}))  # never through a proxy to this computer
    return urllib.request.build_opener(*handlers)
