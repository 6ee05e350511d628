"""How the harness starts a driver run: a fresh ``python -m tests.proof.driver``
subprocess, or (faster, on systems with fork) a child forked by a long-lived
driver process that has already imported everything (``--serve``).

Both look the same to the harness: ``fd`` (the child's stdout, read unbuffered),
``poll()``, ``wait(timeout)``, ``kill()`` and ``collect()``. Either way each run
is its own process, SIGKILLed from outside or by itself.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

DRIVER = [sys.executable, "-m", "tests.proof.driver"]


class Spawned:
    def __init__(self, argv: list[str], cwd: Path) -> None:
        self._proc = subprocess.Popen(DRIVER + argv, cwd=cwd, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, env=os.environ.copy())
        self.fd = self._proc.stdout.fileno()

    def poll(self) -> int | None:
        return self._proc.poll()

    def wait(self, timeout: float) -> None:
        try:
            self._proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pass

    def kill(self) -> None:
        if self._proc.poll() is None:
            self._proc.send_signal(signal.SIGKILL)

    def collect(self) -> tuple[bytes, str, int]:
        out, err = self._proc.communicate(timeout=60)
        return out, err.decode(errors="replace"), self._proc.returncode


class Zygote:
    """``python -m tests.proof.driver --serve``: forks one run per request."""

    def __init__(self, cwd: Path, workdir: Path) -> None:
        self._proc = subprocess.Popen(DRIVER + ["--serve"], cwd=cwd, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, env=os.environ.copy())
        self._workdir = workdir
        self._count = 0

    def start(self, argv: list[str]) -> Forked:
        self._count += 1
        fifo = self._workdir / f"run{self._count}.out"
        err = self._workdir / f"run{self._count}.err"
        os.mkfifo(fifo)
        self._send({"argv": argv, "out": str(fifo), "err": str(err)})
        pid = int(self._line())
        return Forked(self, pid, fifo, err)

    def _send(self, request: dict) -> None:
        self._proc.stdin.write((json.dumps(request) + "\n").encode())
        self._proc.stdin.flush()

    def _line(self, timeout: float | None = None) -> str | None:
        fd = self._proc.stdout.fileno()
        line = b""
        while not line.endswith(b"\n"):
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                return None
            byte = os.read(fd, 1)
            if not byte:
                raise RuntimeError("the driver server ended")
            line += byte
        return line.decode().strip()

    def close(self) -> None:
        self._proc.stdin.close()
        self._proc.wait(timeout=30)


class Forked:
    def __init__(self, zygote: Zygote, pid: int, fifo: Path, err: Path) -> None:
        self._zygote, self.pid, self._fifo, self._err = zygote, pid, fifo, err
        self.fd = os.open(fifo, os.O_RDONLY)      # the child opens the other end
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            line = self._zygote._line(timeout=0)
            if line is not None:
                self.returncode = int(line.split()[1])
        return self.returncode

    def wait(self, timeout: float) -> None:
        if self.returncode is None:
            line = self._zygote._line(timeout=timeout)
            if line is not None:
                self.returncode = int(line.split()[1])

    def kill(self) -> None:
        if self.poll() is None:
            os.kill(self.pid, signal.SIGKILL)

    def collect(self) -> tuple[bytes, str, int]:
        while self.returncode is None:
            self.wait(timeout=60)
        chunks = []
        while chunk := os.read(self.fd, 65536):
            chunks.append(chunk)
        os.close(self.fd)
        self._fifo.unlink(missing_ok=True)
        err = self._err.read_text(errors="replace") if self._err.exists() else ""
        self._err.unlink(missing_ok=True)
        return b"".join(chunks), err, self.returncode


def serve(run) -> None:
    """The server side: for each request line, fork; the child runs ``run(argv)`` with its
    stdout on the request's FIFO; report the child's pid, then its exit status."""
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            _child(run, request)
        sys.stdout.write(f"{pid}\n")
        sys.stdout.flush()
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(f"exit {os.waitstatus_to_exitcode(status)}\n")
        sys.stdout.flush()


def _child(run, request: dict) -> None:
    code = 1
    try:
        out = os.open(request["out"], os.O_WRONLY)
        err = os.open(request["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, 1)
        os.dup2(err, 2)
        sys.stdin.close()
        code = run(request["argv"]) or 0
    except BaseException:                 # noqa: BLE001 - reported through stderr and the status
        import traceback
        traceback.print_exc()
        sys.stderr.flush()
    finally:
        os._exit(code)
