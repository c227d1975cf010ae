"""Processes for the crash tests that start in a few milliseconds: one Python process runs a prelude (the
imports, loading a pack, the functions the processes run) once, and each process a test starts and kills is a
fork of it.

A fork is a process of its own, as a restarted app is: the prelude opens no file or database, so a fork shares
no connection or lock with any other, and SIGKILL ends it as abruptly as any process. What it saves is a fresh
interpreter's imports (about a third of a second each), which made a test that kills 50 writers take half a
minute. The prelude runs with one BLAS thread, so the process that forks has no other thread.

Only one fork runs at a time. Its standard output reaches the test line by line (a line printed with
``flush=True`` arrives whole or not at all, as from any process writing to a pipe); its standard error is the
test's.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

SERVER = r"""
import json, os, signal, sys, traceback

prelude = {"__name__": "__prelude__"}
exec(compile(sys.argv[1], "<prelude>", "exec"), prelude)
running = set()
print("loaded", flush=True)
for line in sys.stdin:
    command, *args = json.loads(line)
    if command == "start":
        name, argv = args
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                print("pid", os.getpid(), flush=True)
                prelude[name](*argv)
            except BaseException:
                traceback.print_exc()
                status = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)
        running.add(pid)
    elif command == "wait":
        pid = args[0]
        _, status = os.waitpid(pid, 0)
        running.discard(pid)
        print("\nexit", os.waitstatus_to_exitcode(status), flush=True)
for pid in running:  # the test ended early: no fork outlives it
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
"""

SINGLE_THREADED = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}


class Forks:
    """``with Forks(prelude) as forks``: ``forks.start(name, *args)`` runs the prelude's function ``name`` in a new
    fork; ``forks.readline()`` is its next line of output; ``forks.kill()`` and ``forks.wait()`` end it and give
    its exit code (negative for a signal, as :class:`subprocess.Popen` gives it) and the lines it printed since
    the last ``readline``."""

    def __init__(self, prelude: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", SERVER, prelude], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env={**os.environ, **SINGLE_THREADED})
        self.pid: int | None = None
        line = self.process.stdout.readline()
        if line != "loaded\n":
            self.close()
            raise RuntimeError(f"the prelude did not run (it printed {line!r}; its error is above)")

    def __enter__(self) -> Forks:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """End the process that forks (and a fork still running)."""
        try:
            self.process.stdin.close()
            self.process.wait(60)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()

    def _send(self, *command) -> None:
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def start(self, name: str, *args) -> int:
        """Run ``name(*args)`` (a function of the prelude; plain JSON arguments) in a new fork; its pid."""
        assert self.pid is None, "one fork at a time"
        self._send("start", name, list(args))
        word, pid = self.readline().split()
        assert word == "pid", word
        self.pid = int(pid)
        return self.pid

    def readline(self) -> str:
        """The fork's next line of output (waits for it)."""
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the process that forks has ended")
        return line

    def kill(self) -> tuple[int, str]:
        """SIGKILL to the fork, wherever it is; its exit code and what it printed since the last readline."""
        os.kill(self.pid, signal.SIGKILL)
        return self.wait()

    def wait(self) -> tuple[int, str]:
        """Wait for the fork to end; its exit code and what it printed since the last readline."""
        self._send("wait", self.pid)
        self.pid = None
        lines = []
        while not (line := self.readline()).startswith("exit "):
            lines.append(line)
        return int(line.split()[1]), "".join(lines)[:-1]  # (the newline the "exit" line is put after)
