from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from interviewer.prompts import Library, load_library

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library()


def run_cli(*args: str, stdin: bytes | str | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m interviewer` as a user would, with no key in the environment."""
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("OPENAI_", "INTERVIEWER_"))}
    base.update(env or {})
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run([sys.executable, "-m", "interviewer", *args], input=data,
                          capture_output=True, env=base, cwd=cwd or ROOT, timeout=60, check=False)
    return subprocess.CompletedProcess(proc.args, proc.returncode,
                                       proc.stdout.decode("utf-8", "replace"),
                                       proc.stderr.decode("utf-8", "replace"))
