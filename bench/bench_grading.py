"""Offline grading figures: throughput, cold start as ratios to `import openai`, long replies.

Run: python bench/bench_grading.py [--compare OTHER_CHECKOUT]   (prints figures; asserts nothing)

Throughput is replies per second of CPU time in one process (one core): this
machine is a shared VM whose wall clock also counts time stolen by neighbours,
so CPU time is the steadier figure; the wall-clock rate is printed beside it.
With `--compare`, another checkout's grader (an older commit) is timed in
rounds alternating with this one, on the same replies, in fresh processes.
Ratios are taken within one run because these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interviewer.errors import UserInputError  # noqa: E402
from interviewer.evaluation.dataset import load_dataset  # noqa: E402
from interviewer.grading.offline import MAX_REPLY_CHARS, grade_offline  # noqa: E402
from interviewer.prompts import load_library  # noqa: E402

# The replies timed: the 1,400 labelled replies of tests/data/*.jsonl, the same set
# the figure of earlier versions was taken on.
_TIMER = """
import sys, time
sys.path.insert(0, {tree!r})
from pathlib import Path
from interviewer.evaluation.dataset import load_dataset
from interviewer.grading.offline import grade_offline
from interviewer.prompts import load_library
library = load_library()
examples = [e for p in sorted(Path({data!r}).glob("*.jsonl")) for e in load_dataset(p, library)]
for e in examples:
    grade_offline(e.reply, e.scenario)  # warm the per-scenario caches
cpu, wall = time.process_time(), time.perf_counter()
for _ in range({rounds}):
    for e in examples:
        grade_offline(e.reply, e.scenario)
n = {rounds} * len(examples)
print(n / (time.process_time() - cpu), n / (time.perf_counter() - wall), len(examples))
"""


def throughput(tree: Path = ROOT, rounds: int = 4) -> tuple[float, float, int]:
    """Replies per CPU second and per wall second of `tree`'s grader, in a fresh process."""
    code = _TIMER.format(tree=str(tree), data=str(ROOT / "tests" / "data"), rounds=rounds)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tree).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def compare_throughput(other: Path, rounds: int = 5) -> None:
    """This grader and `other`'s, in alternating rounds: the ratio is the figure."""
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):
        ours.append(throughput()[0])
        theirs.append(throughput(other)[0])
    now, then = statistics.median(ours), statistics.median(theirs)
    print(f"throughput, median of {rounds} alternating rounds (CPU time): this tree "
          f"{now:,.0f} replies/s, {other} {then:,.0f} replies/s, ratio {now / then:.2f}")


def median_seconds(cmd: list[str], stdin: bytes | None = None, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, input=stdin, capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--compare", type=Path, help="another checkout to time against")
    args = parser.parse_args()
    py = sys.executable
    reply = (ROOT / "examples" / "answer.txt").read_bytes()
    library = load_library()
    examples = [e for p in sorted((ROOT / "tests" / "data").glob("*.jsonl"))
                for e in load_dataset(p, library)]
    mean_chars = statistics.mean(len(e.reply) for e in examples)
    cpu, wall, count = max(throughput() for _ in range(3))
    print(f"offline grading throughput: {cpu:,.0f} replies per CPU second on one core, "
          f"{wall:,.0f} per wall second (best of 3; {count} labelled replies, "
          f"{mean_chars:.0f} characters on average)")
    if args.compare:
        compare_throughput(args.compare)

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
