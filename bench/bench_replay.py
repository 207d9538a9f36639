"""Replay and regrade figures.

Run: python bench/bench_replay.py   (prints its figures; asserts nothing)
Targets (issue 5):
- regrading 1,000 answers at --concurrency 16 against a local OpenAI-compatible server
  with a 200 ms grader latency takes at most 1.25 x the ideal 1,000 x 0.2 s / 16;
- replaying a 200-event transcript renders in under 100 ms after start-up.
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from interviewer.evaluation.regrade import append_grades, load_all, regrade  # noqa: E402
from interviewer.grading.llm import GraderPrompt  # noqa: E402
from interviewer.grading.offline import grade_offline  # noqa: E402
from interviewer.prompts import bundled_dir, load_library  # noqa: E402
from interviewer.providers.openai_compat import OpenAIEngine, ServerConfig  # noqa: E402
from interviewer.schemas import GradeResult, Scenario  # noqa: E402
from interviewer.transcripts.events import Answer, GradeEvent, Line, ScenarioStarted, SessionStart  # noqa: E402
from interviewer.transcripts.store import TranscriptWriter, read_transcript  # noqa: E402
from interviewer.views.replay import show  # noqa: E402

REPLIES = [
    "Our launch depends on Acme's accounts API, which lands three weeks late, and I'd flag it.",
    "I'd build a stub of their API behind a feature flag.",
    "Without accounts the pilot customers can't onboard, so it blocks the launch.",
    "I'd give sales and the PM the options: delay, or launch with a manual process.",
]


def write_transcripts(folder: Path, files: int, answers_each: int) -> list[Path]:
    library = load_library()
    scenario = library.scenario("crm-vendor-late")
    paths = []
    for f in range(files):
        writer = TranscriptWriter.create(folder, f"bench-{f:03d}")
        writer.write(SessionStart(session_id=f"b{f}", app_version="bench",
                                  persona="integration-lead", scenarios=[scenario.id],
                                  provider="offline", models={"interviewer": None,
                                                              "grader": None},
                                  prompt_hashes={}))
        writer.write(ScenarioStarted(index=0, scenario=scenario.id))
        for i in range(answers_each):
            writer.write(Line(scenario=scenario.id, persona="integration-lead", kind="probe",
                              text=f"Question {i}?"))
            reply = REPLIES[i % len(REPLIES)]
            writer.write(Answer(index=i, scenario=scenario.id, text=reply,
                                words=len(reply.split()), seconds=12.0))
            writer.write(GradeEvent(answer=i, grade=grade_offline(reply, scenario)))
        writer.close()
        paths.append(writer.path)
    return paths


def bench_regrade(folder: Path, answers: int = 1000, concurrency: int = 16,
                  latency: float = 0.2) -> None:
    paths = write_transcripts(folder, files=answers // 20, answers_each=20)
    transcripts, _ = load_all(paths)
    library = load_library()
    # The server runs in its own process, as a real one would, so that its work does not
    # compete with ours for this interpreter.
    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "fake_openai_server.py"),
                               str(latency)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        engine = OpenAIEngine(ServerConfig(base_url=base_url, api_key="bench"),
                              GraderPrompt.load(bundled_dir() / "grader.md"))

        def grade(reply: str, scenario: Scenario, question: str | None) -> GradeResult:
            return engine.grade(reply, scenario, question)

        started = time.perf_counter()
        result = regrade(transcripts, library, grade, concurrency, progress_label="bench")
        append_grades(result)
        took = time.perf_counter() - started
    finally:
        server.kill()
    ideal = answers * latency / concurrency
    errors = sum(1 for o in result.outcomes if o.error)
    print(f"regrade {len(result.outcomes)} answers at --concurrency {concurrency}, "
          f"{latency * 1000:.0f} ms a grade: {took:.2f} s, {took / ideal:.2f} x the ideal "
          f"{ideal:.2f} s (target <= 1.25 x); {errors} errors")


def bench_replay(folder: Path) -> None:
    [path] = write_transcripts(folder / "replay", files=1, answers_each=66)  # 200 events
    transcript = read_transcript(path)
    events = 1 + len(transcript.events)
    times = []
    for _ in range(7):
        started = time.perf_counter()
        show(read_transcript(path), io.StringIO())
        times.append(time.perf_counter() - started)
    print(f"replay of a {events}-event transcript, read and rendered after start-up: median "
          f"{statistics.median(times) * 1000:.1f} ms (target < 100 ms)")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_replay(Path(tmp))
        bench_regrade(Path(tmp) / "regrade")


if __name__ == "__main__":
    main()
