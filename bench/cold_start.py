"""Cold-start cost as ratios within one run: `python -c pass` and `import openai` are the rulers.

Run: python bench/cold_start.py [--runs N]   (prints its figures; asserts nothing)
Figures (issue 11): `interviewer --help`, `interviewer grade` of one reply and a
10-answer offline session from stdin, each as a ratio to `python -c pass`; and
`interviewer grade` as a ratio to `python -c 'import openai'` (target: under 0.5).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_chat import ANSWERS  # noqa: E402
from bench.bench_grading import median_seconds  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    runs = parser.parse_args().runs
    py = sys.executable
    exe = [py, "-m", "interviewer"]
    reply = (ROOT / "examples" / "answer.txt").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        session_input = "\n---\n".join(ANSWERS).encode() + b"\n"
        cases: list[tuple[str, list[str], bytes | None]] = [
            ("python -c pass", [py, "-c", "pass"], None),
            ("python -c 'import openai'", [py, "-c", "import openai"], None),
            ("interviewer --help", [*exe, "--help"], None),
            ("interviewer grade (one reply)",
             [*exe, "grade", "--scenario", "crm-vendor-late", "--json"], reply),
            ("10-answer offline session", [*exe, "chat", "--transcripts-dir", tmp],
             session_input),
        ]
        # Interleave the cases, round by round, so drift on a shared machine hits all alike.
        times: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        for _ in range(runs):
            for name, cmd, stdin in cases:
                times[name].append(median_seconds(cmd, stdin, runs=1))
    medians = {name: sorted(t)[len(t) // 2] for name, t in times.items()}
    floor = medians["python -c pass"]
    openai_s = medians["python -c 'import openai'"]
    print(f"median of {runs} interleaved runs each")
    for name, seconds in medians.items():
        print(f"  {name:30} {seconds * 1000:7.0f} ms   x{seconds / floor:5.2f} of python -c pass")
    grade = medians["interviewer grade (one reply)"]
    print(f"interviewer grade / import openai: {grade / openai_s:.2f} (target < 0.50)")


if __name__ == "__main__":
    main()
