"""Every way a piped session can end exits with 0, 2 or 130, never an interpreter abort.

The answer reader used to be a daemon thread blocked in `sys.stdin.buffer.readline`,
holding the buffer's lock when the interpreter shut down, which aborts the process
("Fatal Python error: _enter_buffered_busy", exit 134). Each case runs a few
times here; `bench/exit_cleanly.py` runs each a hundred times.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

RUNS = 4


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "INTERVIEWER_"))}
    env.update(NO_COLOR="1", **extra)
    return env


@pytest.fixture(autouse=True)
def _ctrl_c_as_at_a_terminal() -> Iterator[None]:
    """A job a shell without job control starts in the background (as a CI runner
    may start the tests) inherits SIGINT ignored, and so would every chat started
    here: Ctrl-C would mean nothing to it. A person's terminal delivers it, so the
    tests run with it delivered (a handler, unlike SIG_IGN, is not inherited)."""
    previous = signal.getsignal(signal.SIGINT)
    if previous == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _chat(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "interviewer", "chat", *args],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=env or _env())


def _wait_for(proc: subprocess.Popen[bytes], needle: bytes) -> None:
    assert proc.stdout is not None
    seen = b""
    while needle not in seen:
        chunk = os.read(proc.stdout.fileno(), 65536)
        assert chunk, seen
        seen += chunk


def _clean(proc: subprocess.Popen[bytes], expected: int) -> str:
    """Wait for the exit without closing a stdin the test still holds open."""
    assert proc.stderr is not None and proc.stdout is not None
    proc.wait(timeout=30)
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    stderr = err.decode()
    assert "Fatal Python error" not in stderr and "Traceback" not in stderr, stderr
    assert proc.returncode == expected, stderr
    return stderr


def test_a_bad_transcripts_folder_with_answers_piped(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    for _ in range(RUNS):
        proc = _chat("--transcripts-dir", str(blocker / "sub"))
        assert proc.stdin is not None
        proc.stdin.write(b"hi\n")
        proc.stdin.close()
        stderr = _clean(proc, 2)
        assert stderr.strip().endswith("transcripts folder cannot be written: Not a directory")


def test_end_while_the_pipe_is_still_open(tmp_path: Path) -> None:
    for _ in range(RUNS):
        proc = _chat("--transcripts-dir", str(tmp_path))
        assert proc.stdin is not None
        proc.stdin.write(b"x\n---\n/end\n")
        proc.stdin.flush()  # and keep the pipe open, as `(printf ...; sleep 2) |` does
        try:
            _clean(proc, 0)
        finally:
            proc.stdin.close()


def test_ctrl_c_over_a_pipe(tmp_path: Path) -> None:
    for _ in range(RUNS):
        proc = _chat("--transcripts-dir", str(tmp_path), "--scenario", "crm-vendor-late")
        assert proc.stdin is not None
        _wait_for(proc, b"Walk me through what you do.")
        proc.send_signal(signal.SIGINT)
        try:
            assert "interrupted" in _clean(proc, 130)
        finally:
            proc.stdin.close()


def test_ctrl_c_does_not_wait_for_a_slow_model_grade(tmp_path: Path) -> None:
    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "fake_openai_server.py"),
                               "60"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        proc = _chat("--transcripts-dir", str(tmp_path), "--scenario", "crm-vendor-late",
                     env=_env(OPENAI_BASE_URL=url, OPENAI_API_KEY="sk-test"))
        assert proc.stdin is not None
        _wait_for(proc, b"Model question 1")
        proc.stdin.write(b"I'd build a stub of their API.\n---\n")
        proc.stdin.flush()
        _wait_for(proc, b"Model question 2")  # the grade of that answer is still running
        interrupted = time.monotonic()
        proc.send_signal(signal.SIGINT)
        try:
            _clean(proc, 130)
        finally:
            proc.stdin.close()
        assert time.monotonic() - interrupted < 10
    finally:
        server.kill()
        server.wait()
