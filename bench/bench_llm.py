"""LLM-path figures against a local OpenAI-compatible server with fixed latencies.

Run: python bench/bench_llm.py   (prints its figures; asserts nothing)
Targets (issue 4):
- the overhead the project adds to a turn with a zero-latency server: median < 10 ms;
- first interviewer token at 300 ms and a grade at 800 ms: a 5-answer session takes at
  most 5 x 0.8 s + 10% (the grade runs beside the next line, not after it), and the
  first token is on screen within 50 ms of the server sending it;
- `interviewer --help` does not import openai.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from fake_openai_server import Behaviour, FakeServer  # noqa: E402

from interviewer.grading.llm import GraderPrompt  # noqa: E402
from interviewer.interview.loop import Submission, run_interview  # noqa: E402
from interviewer.interview.session import Plan, Session  # noqa: E402
from interviewer.prompts import bundled_dir, load_library  # noqa: E402
from interviewer.providers.openai_compat import OpenAIEngine, ServerConfig  # noqa: E402
from interviewer.transcripts.scorecard import Scorecard  # noqa: E402
from interviewer.transcripts.store import TranscriptWriter  # noqa: E402

ANSWERS = [
    "Our launch depends on Acme's accounts API, which lands three weeks late.",
    "Without accounts the pilot customers can't onboard, so it blocks the launch.",
    "I'd give sales and the PM the options: delay, or launch with a manual process.",
    "I'd assume we're already in delivery.",
    "Then I'd build against their sandbox behind a feature flag.",
]


class _Output:
    def __init__(self) -> None:
        self.first_chunk: list[float] = []  # time.time() when each line's first chunk shows
        self.line_done: list[float] = []  # perf_counter() when each line is fully shown

    def line(self, speaker: str, chunks: Iterator[str]) -> str:
        text: list[str] = []
        for chunk in chunks:
            if not text:
                self.first_chunk.append(time.time())
            text.append(chunk)
        self.line_done.append(time.perf_counter())
        return "".join(text)

    def answer(self, text: str) -> None:
        pass

    def notice(self, text: str) -> None:
        print(f"  notice: {text}")

    def scorecard(self, card: Scorecard) -> None:
        pass


class _Source:
    def __init__(self, output: _Output, answers: list[str]) -> None:
        self.output = output
        self.answers = list(answers)
        self.turns: list[float] = []
        self._sent: float | None = None

    def next(self, session: Session) -> Submission | None:
        if self._sent is not None:
            self.turns.append(self.output.line_done[-1] - self._sent)
        if not self.answers:
            return None
        self._sent = time.perf_counter()
        return Submission(self.answers.pop(0), 5.0)

    def refused(self, text: str) -> None:
        pass


def session(base_url: str, folder: Path, answers: list[str],
            scenarios: int = 1) -> tuple[float, _Source, _Output]:
    library = load_library()
    engine = OpenAIEngine(ServerConfig(base_url=base_url, api_key="bench", timeout=30),
                          GraderPrompt.load(bundled_dir() / "grader.md"))
    plan = Plan(library.persona("delivery-director"), list(library.scenarios.values())[:scenarios],
                None)
    output = _Output()
    source = _Source(output, answers)
    started = time.perf_counter()
    run = Session(library, plan, engine, TranscriptWriter.create(folder, "bench"), output)
    run.start()
    run_interview(run, source)
    return time.perf_counter() - started, source, output


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # The zero-latency server runs in its own process, as a real one would, so that
        # its work is not counted as ours.
        server_proc = subprocess.Popen([sys.executable, str(ROOT / "tests" /
                                                            "fake_openai_server.py"), "0", "0"],
                                       stdout=subprocess.PIPE, text=True)
        try:
            assert server_proc.stdout is not None
            base_url = server_proc.stdout.readline().strip()
            session(base_url, folder, ANSWERS[:1])  # warm up imports and the pool
            _, source, _ = session(base_url, folder, ANSWERS * 5, scenarios=5)
        finally:
            server_proc.kill()
        print(f"turn with a zero-latency server (answer -> next line shown): median "
              f"{statistics.median(source.turns) * 1000:.1f} ms over {len(source.turns)} "
              f"answers (target < 10 ms)")

        slow = Behaviour(grade_latency=0.8, first_token_latency=0.3)
        with FakeServer(slow) as server:
            total, source, output = session(server.base_url, folder, ANSWERS)
        budget = 5 * 0.8 * 1.1
        print(f"5-answer session, first token 300 ms, grade 800 ms: {total:.2f} s "
              f"(target <= {budget:.2f} s; grading after each line would take >= "
              f"{5 * 1.1:.1f} s)")
        lags = [shown - sent for shown, sent in zip(output.first_chunk,
                                                    slow.first_token_sent, strict=False)]
        print(f"first token on screen after the server sent it: median "
              f"{statistics.median(lags) * 1000:.1f} ms, worst {max(lags) * 1000:.1f} ms over "
              f"{len(lags)} lines (target < 50 ms)")

    code = ("import sys; from interviewer.cli import build_parser; build_parser().format_help();"
            " print('openai' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    print(f"interviewer --help imports openai: {out.stdout.strip()} (target: False)")


if __name__ == "__main__":
    main()
