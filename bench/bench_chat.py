"""Offline interview figures: answer-to-next-line latency, whole-session start-up, memory.

Run: python bench/bench_chat.py   (prints its figures; asserts nothing)
Targets (issue 3): median answer -> next interviewer line under 20 ms in process; a
10-answer non-interactive session, start to exit, under 2x the cold start of
`interviewer --help`; peak RSS of a 50-answer session under 100 MB. Start-up is
measured as a ratio within one run because these machines are shared and noisy.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_grading import median_seconds  # noqa: E402
from interviewer.interview.loop import Submission, run_interview  # noqa: E402
from interviewer.interview.session import Plan, Session  # noqa: E402
from interviewer.prompts import load_library  # noqa: E402
from interviewer.providers.offline import OfflineEngine  # noqa: E402
from interviewer.transcripts.scorecard import Scorecard  # noqa: E402
from interviewer.transcripts.store import TranscriptWriter  # noqa: E402

ANSWERS = [
    "Just to clarify, are we ahead of delivery or already in it?",
    "I'd build a stub of their API and put account creation behind a feature flag.",
    "Our launch depends on Acme's accounts API, which lands three weeks late, and I'd flag "
    "that to the head of sales and the product manager today.",
    "Without accounts the pilot customers can't onboard at all, so it blocks the launch.",
    "I'd give them the options: delay, launch without self-serve accounts, or a manual "
    "account process, and ask them to decide this week.",
    "Hmm, I'm not sure what else I'd do there.",
    "The consolidated pack depends on the APAC extract, which hasn't arrived; I'd tell the "
    "controller now.",
    "I'd load last month's APAC figures as a clearly labelled estimate.",
    "The CFO needs to know the pack would be three regions out of four.",
    "I'd label anything partial so nobody mistakes it for the full pack.",
]


class _TimedOutput:
    """Records when each interviewer line is fully shown."""

    def __init__(self) -> None:
        self.shown: list[float] = []

    def line(self, speaker: str, chunks: Iterator[str]) -> str:
        text = "".join(chunks)
        self.shown.append(time.perf_counter())
        return text

    def answer(self, text: str) -> None:
        pass

    def notice(self, text: str) -> None:
        pass

    def scorecard(self, card: Scorecard) -> None:
        pass


class _TimedSource:
    def __init__(self, output: _TimedOutput, answers: list[str]) -> None:
        self.output = output
        self.answers = list(answers)
        self.latencies: list[float] = []
        self._submitted: float | None = None

    def next(self, session: Session) -> Submission | None:
        if self._submitted is not None and self.output.shown:
            self.latencies.append(self.output.shown[-1] - self._submitted)
        if not self.answers:
            return None
        self._submitted = time.perf_counter()
        return Submission(self.answers.pop(0), 10.0)

    def refused(self, text: str) -> None:
        pass


def in_process_latency(folder: Path) -> tuple[float, float]:
    library = load_library()
    scenarios = [library.scenario(s) for s in ("crm-vendor-late", "finance-feed-missing",
                                               "payments-partial-golive")]
    output = _TimedOutput()
    plan = Plan(library.persona("integration-lead"), scenarios, None)
    session = Session(library, plan, OfflineEngine(), TranscriptWriter.create(folder, "bench"),
                      output)
    session.start()
    source = _TimedSource(output, ANSWERS)
    run_interview(session, source)
    return statistics.median(source.latencies) * 1000, max(source.latencies) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        median_ms, worst_ms = in_process_latency(folder)
        print(f"answer -> next interviewer line, in process: median {median_ms:.2f} ms, "
              f"worst {worst_ms:.2f} ms over {len(ANSWERS)} answers (target: median < 20 ms)")

        exe = [sys.executable, "-m", "interviewer"]
        session_input = "\n---\n".join(ANSWERS).encode() + b"\n"
        chat = [*exe, "chat", "--transcripts-dir", str(folder / "t")]
        help_s = median_seconds([*exe, "--help"])
        chat_s = median_seconds(chat, session_input)
        print(f"cold start, interviewer --help:                 {help_s * 1000:.0f} ms")
        print(f"10-answer session from stdin, start to exit:    {chat_s * 1000:.0f} ms  "
              f"ratio {chat_s / help_s:.2f} (target < 2)")
        # The floor any pydantic-validated command starts from, for comparison.
        floor = median_seconds([sys.executable, "-c", "from pydantic import BaseModel\n"
                          "class M(BaseModel):\n    x: int\nM(x=1)"])
        print(f"floor, python importing pydantic + one model:   {floor * 1000:.0f} ms  "
              f"ratio {floor / help_s:.2f}")

        fifty = "\n---\n".join((ANSWERS * 5)[:50]).encode() + b"\n"
        scenario_ids = ["crm-vendor-late", "finance-feed-missing", "payments-partial-golive",
                        "sso-upgrade-ahead", "partner-api-mismatch"] * 4
        args = [arg for s in scenario_ids for arg in ("--scenario", s)]
        proc = subprocess.run([*chat, "--persona", "delivery-director", *args], input=fifty,
                              capture_output=True, check=True, cwd=ROOT)
        answered = proc.stdout.count(b"\nYou: ") + proc.stdout.startswith(b"You: ")
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak RSS of a {answered}-answer session: {peak_mb:.1f} MB (target < 100 MB)")


if __name__ == "__main__":
    main()
