"""Early exits of a piped `chat`, each run many times: how many exited cleanly.

Run: python bench/exit_cleanly.py [--runs 100] [--load 1]
Issue 10: each case must exit 0, 2 or 130 (as the case expects) every time, never
abort (exit 134, "Fatal Python error"). `--load N` keeps N busy processes beside
the runs, since the abort showed up far more often on a loaded machine.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHAT = [sys.executable, "-m", "interviewer", "chat"]
ENV = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "INTERVIEWER_"))}


def _popen(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*CHAT, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=ENV)


def _finish(proc: subprocess.Popen[bytes]) -> tuple[int, bytes]:
    assert proc.stdin is not None and proc.stderr is not None and proc.stdout is not None
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return -999, b"hang"
    err = proc.stderr.read()
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        stream.close()
    return proc.returncode, err


def bad_folder(tmp: Path) -> tuple[int, bytes]:
    proc = _popen("--transcripts-dir", str(tmp / "file" / "sub"))
    assert proc.stdin is not None
    proc.stdin.write(b"hi\n")
    proc.stdin.close()
    return _finish(proc)


def end_with_pipe_open(tmp: Path) -> tuple[int, bytes]:
    proc = _popen("--transcripts-dir", str(tmp / "t"))
    assert proc.stdin is not None
    proc.stdin.write(b"x\n---\n/end\n")
    proc.stdin.flush()
    return _finish(proc)


def ctrl_c_over_pipe(tmp: Path) -> tuple[int, bytes]:
    proc = _popen("--transcripts-dir", str(tmp / "t"))
    assert proc.stdout is not None
    seen = b""
    while b"Priya:" not in seen:
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            break
        seen += chunk
    proc.send_signal(signal.SIGINT)
    return _finish(proc)


CASES: dict[str, tuple[Callable[[Path], tuple[int, bytes]], int]] = {
    "echo hi | chat --transcripts-dir FILE/sub": (bad_folder, 2),
    "(printf 'x\\n---\\n/end\\n'; sleep) | chat": (end_with_pipe_open, 0),
    "Ctrl-C over a pipe": (ctrl_c_over_pipe, 130),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--load", type=int, default=1, help="busy processes beside the runs")
    args = parser.parse_args()
    # A job a shell starts in the background inherits SIGINT ignored, and so would the
    # chats started here; a handler (unlike SIG_IGN) is not inherited, so they get Ctrl-C.
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    load = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
            for _ in range(args.load)]
    failures = 0
    try:
        with tempfile.TemporaryDirectory() as folder:
            tmp = Path(folder)
            (tmp / "file").write_text("")
            for name, (case, expected) in CASES.items():
                started = time.monotonic()
                codes: Counter[int] = Counter()
                aborts = clean = 0
                for _ in range(args.runs):
                    code, err = case(tmp)
                    codes[code] += 1
                    broken = b"Fatal Python error" in err or b"Traceback" in err
                    aborts += broken
                    clean += code == expected and not broken
                failures += args.runs - clean
                print(f"{name}: {clean}/{args.runs} clean (exit {expected}); exit codes "
                      f"{dict(codes)}; aborts or tracebacks {aborts}; "
                      f"{time.monotonic() - started:.1f} s")
    finally:
        for proc in load:
            proc.kill()
            proc.wait()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
