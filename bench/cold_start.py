"""Cold-start cost as ratios within one run: `python -c pass` and `import openai` are the rulers.

Run: python bench/cold_start.py [--runs N] [--compare OTHER_CHECKOUT]
     (prints its figures; asserts nothing)

Figures (issue 11): `interviewer --help`, `interviewer grade` of one reply and a
10-answer offline session from stdin, each as a ratio to `python -c pass`, and
`interviewer grade` as a ratio to `python -c 'import openai'` (target: under 0.5).
With `--compare`, the same commands run from another checkout (for example an
older commit, `git worktree add /tmp/before <rev>`) interleaved with this one,
so before and after share the machine's noise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_chat import ANSWERS  # noqa: E402

Case = tuple[str, list[str], bytes | None, Path]


def _seconds(cmd: list[str], stdin: bytes | None, tree: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    start = time.perf_counter()
    subprocess.run(cmd, input=stdin, capture_output=True, check=True, cwd=tree, env=env)
    return time.perf_counter() - start


def _cases(tree: Path, label: str, folder: str) -> list[Case]:
    py = sys.executable
    exe = [py, "-m", "interviewer"]
    reply = (tree / "examples" / "answer.txt").read_bytes()
    session = "\n---\n".join(ANSWERS).encode() + b"\n"
    return [
        (f"{label}interviewer --help", [*exe, "--help"], None, tree),
        (f"{label}interviewer grade (one reply)",
         [*exe, "grade", "--scenario", "crm-vendor-late", "--json"], reply, tree),
        (f"{label}10-answer offline session", [*exe, "chat", "--transcripts-dir", folder],
         session, tree),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--compare", type=Path, help="another checkout, run interleaved")
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        cases: list[Case] = [
            ("python -c pass", [py, "-c", "pass"], None, ROOT),
            ("python -c 'import openai'", [py, "-c", "import openai"], None, ROOT),
            *_cases(ROOT, "", tmp + "/now"),
        ]
        if args.compare:
            cases += _cases(args.compare.resolve(), "compared: ", tmp + "/then")
        # Interleave the cases, round by round, so drift on a shared machine hits all alike.
        times: dict[str, list[float]] = {name: [] for name, *_ in cases}
        for _ in range(args.runs):
            for name, cmd, stdin, tree in cases:
                times[name].append(_seconds(cmd, stdin, tree))
    medians = {name: statistics.median(t) for name, t in times.items()}
    floor = medians["python -c pass"]
    openai_s = medians["python -c 'import openai'"]
    print(f"median of {args.runs} interleaved runs each"
          + (f"; 'compared:' rows run from {args.compare}" if args.compare else ""))
    for name, seconds in medians.items():
        print(f"  {name:42} {seconds * 1000:7.0f} ms   x{seconds / floor:5.2f} of python -c pass"
              f"   x{seconds / openai_s:4.2f} of import openai")


if __name__ == "__main__":
    main()
