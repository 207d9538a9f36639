from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewer.interview.loop import Submission
from interviewer.interview.session import Plan, Session
from interviewer.prompts import Library, load_library
from interviewer.providers.offline import OfflineEngine
from interviewer.transcripts.store import TranscriptWriter

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


def finished_session(tmp_path: Path, answers: str) -> Path:
    """The transcript of an offline `chat` on crm-vendor-late fed `answers` from a file."""
    source = tmp_path / "answers.txt"
    source.write_text(answers)
    out = run_cli("chat", "--answers", str(source), "--scenario", "crm-vendor-late",
                  "--transcripts-dir", str(tmp_path / "t"))
    assert out.returncode == 0, out.stderr
    [path] = (tmp_path / "t").glob("*.jsonl")
    return path


class RecordingOutput:
    """An Output that keeps what the session showed, for assertions."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str]] = []
        self.notices: list[str] = []
        self.answers: list[str] = []
        self.cards: list[object] = []

    def line(self, speaker: str, chunks: Iterator[str]) -> str:
        text = "".join(chunks)
        self.lines.append((speaker, text))
        return text

    def answer(self, text: str) -> None:
        self.answers.append(text)

    def notice(self, text: str) -> None:
        self.notices.append(text)

    def scorecard(self, card: object) -> None:
        self.cards.append(card)


class ListSource:
    """An AnswerSource fed from a list: strings, or (text, seconds, timed_out) tuples."""

    def __init__(self, items: list[str | tuple[str, float | None, bool]]) -> None:
        self.items = list(items)
        self.refusals: list[str] = []

    def next(self, session: Session) -> Submission | None:
        if not self.items:
            return None
        item = self.items.pop(0)
        if isinstance(item, str):
            return Submission(item, 1.0)
        return Submission(*item)

    def refused(self, text: str) -> None:
        self.refusals.append(text)


def make_session(library: Library, folder: Path, *, persona: str = "integration-lead",
                 scenarios: tuple[str, ...] = ("crm-vendor-late",),
                 time_limit: int | None = None) -> tuple[Session, RecordingOutput]:
    plan = Plan(library.persona(persona), [library.scenario(s) for s in scenarios], time_limit)
    output = RecordingOutput()
    writer = TranscriptWriter.create(folder, "test-session")
    return Session(library, plan, OfflineEngine(), writer, output), output
