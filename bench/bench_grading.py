"""Offline grading figures: throughput, cold start as ratios to `import openai`, long replies.

Run: python bench/bench_grading.py   (prints its figures; asserts nothing)
Ratios are taken within one run because these machines are shared and noisy.
"""

from __future__ import annotations

import contextlib
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interviewer.dataset import load_dataset  # noqa: E402
from interviewer.errors import UserInputError  # noqa: E402
from interviewer.grading.offline import MAX_REPLY_CHARS, grade_offline  # noqa: E402
from interviewer.prompts import load_library  # noqa: E402


def throughput(rounds: int = 20) -> tuple[float, int, float]:
    """Replies per second over every labelled reply, their count and mean length."""
    library = load_library()
    examples = [e for p in sorted((ROOT / "tests" / "data").glob("*.jsonl"))
                for e in load_dataset(p, library)]
    for e in examples:  # warm the per-scenario caches
        grade_offline(e.reply, e.scenario)
    start = time.perf_counter()
    for _ in range(rounds):
        for e in examples:
            grade_offline(e.reply, e.scenario)
    rate = rounds * len(examples) / (time.perf_counter() - start)
    return rate, len(examples), statistics.mean(len(e.reply) for e in examples)


def median_seconds(cmd: list[str], stdin: bytes | None = None, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, input=stdin, capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    py = sys.executable
    reply = (ROOT / "examples" / "answer.txt").read_bytes()
    rate, count, mean_chars = throughput()
    print(f"offline grading throughput: {rate:,.0f} replies/s on one core "
          f"({count} labelled replies, {mean_chars:.0f} characters on average)")

    base = median_seconds([py, "-c", "import openai"])
    help_ = median_seconds([py, "-m", "interviewer", "--help"])
    grade = median_seconds([py, "-m", "interviewer", "grade", "--scenario", "crm-vendor-late",
                            "--json"], stdin=reply)
    print(f"cold start, python -c 'import openai': {base * 1000:.0f} ms (reference)")
    print(f"cold start, interviewer --help:        {help_ * 1000:.0f} ms  ratio {help_ / base:.2f}")
    print(f"cold start, interviewer grade:         {grade * 1000:.0f} ms  ratio {grade / base:.2f}")

    library = load_library()
    scenario = library.scenario("crm-vendor-late")
    unit = (ROOT / "examples" / "answer.txt").read_text() + " "
    long_reply = (unit * (MAX_REPLY_CHARS // len(unit)))[:MAX_REPLY_CHARS]
    start = time.perf_counter()
    grade_offline(long_reply, scenario)
    print(f"grading a {len(long_reply):,}-character reply: "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    start = time.perf_counter()
    with contextlib.suppress(UserInputError):
        grade_offline("x" * 1_048_576, scenario)
    print(f"refusing a 1 MiB reply: {(time.perf_counter() - start) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
