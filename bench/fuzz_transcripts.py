"""Fuzz the transcript reader and everything that reads a transcript.

Run: python bench/fuzz_transcripts.py [--seed 10] [--mutations 10000] [--timeout 5]

Valid transcripts (sessions run here, plus any in transcripts/) are mutated at
the JSON, line and byte level, and each mutant goes through the reader, replay
(text and --json), report (Markdown and HTML), the regrade item list and a
resume, in this process; one case in `--cli-every` also goes through the real
CLI. Anything raised that is not the project's typed error counts as a
traceback, a case slower than `--timeout` as a hang. Prints the counts; exits 1
if there is any of either (issue 10: 0 tracebacks and 0 hangs in 10,000).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interviewer.errors import InterviewerError  # noqa: E402
from interviewer.evaluation.regrade import items_of  # noqa: E402
from interviewer.interview.loop import Submission, run_interview  # noqa: E402
from interviewer.interview.resume import carry_on, plan_from, restore  # noqa: E402
from interviewer.interview.session import Plan, Session  # noqa: E402
from interviewer.prompts import Library, load_library  # noqa: E402
from interviewer.providers.offline import OfflineEngine  # noqa: E402
from interviewer.transcripts.scorecard import Scorecard  # noqa: E402
from interviewer.transcripts.store import Transcript, TranscriptWriter, read_transcript  # noqa: E402
from interviewer.views.replay import show  # noqa: E402
from interviewer.views.report import build_report, markdown  # noqa: E402
from interviewer.views.report_html import html  # noqa: E402

# Sessions the seeds are made of: (persona, scenarios, submissions; None ends the input
# early, leaving an unfinished session for the resume path).
SCRIPTS: list[tuple[str, tuple[str, ...], list[str | None]]] = [
    ("integration-lead", ("crm-vendor-late",), [
        "When exactly does Acme deliver, is the 24th firm?",
        "I'd build against their sandbox behind a feature flag. Our March 3rd launch depends "
        "on Acme's accounts API, which lands on the 24th, and I'd flag that today.",
        "/persona delivery-director",
        "Without accounts the pilot customers can't onboard, so it blocks the launch.",
        "/hint", "I'd take the options to sales and the PM: delay, or a manual process."]),
    ("delivery-director", ("finance-feed-missing", "payments-partial-golive"), [
        "We depend on the finance feed and it isn't there; I'd tell the controller today.",
        "/skip", "Are we already live? If so nothing partial should pass as complete.",
        "/end"]),
    ("supportive-peer", ("sso-upgrade-ahead", "crm-vendor-late"), [
        "The identity team's upgrade is a dependency; it risks the login flow.", None]),
    ("integration-lead", ("partner-api-mismatch",), ["", "We rely on the partner's API.", None]),
]


class _Quiet:
    """An Output that shows nothing."""

    def line(self, speaker: str, chunks: Iterator[str]) -> str:
        return "".join(chunks)

    def answer(self, text: str) -> None: ...

    def notice(self, text: str) -> None: ...

    def scorecard(self, card: Scorecard) -> None: ...


class _Script:
    """An AnswerSource from a list; None (or the end of the list) ends the input."""

    def __init__(self, items: list[str | None]) -> None:
        self.items = list(items)

    def next(self, session: Session) -> Submission | None:
        item = self.items.pop(0) if self.items else None
        return None if item is None else Submission(item, 3.5)

    def refused(self, text: str) -> None: ...


def seed_transcripts(library: Library, folder: Path) -> list[str]:
    """The texts of valid transcripts: sessions run here, then any saved in transcripts/."""
    texts: list[str] = []
    for number, (persona, scenarios, items) in enumerate(SCRIPTS):
        plan = Plan(library.persona(persona), [library.scenario(s) for s in scenarios], 60)
        writer = TranscriptWriter.create(folder, f"seed-{number}")
        session = Session(library, plan, OfflineEngine(), writer, _Quiet())
        session.start()
        if None in items:  # stop mid-session: the file stays unfinished
            for item in items[:items.index(None)]:
                assert item is not None
                session.submit(item, seconds=2.0)
            writer.close()
        else:
            run_interview(session, _Script(items))
        texts.append(writer.path.read_text(encoding="utf-8"))
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "transcripts").glob("*.jsonl"))]
    return texts


# -- mutations ---------------------------------------------------------------------

# Placeholders json.dumps can write, swapped for text it cannot (or will not) write.
_DEEP, _DIGITS = "\x00deep\x00", "\x00digits\x00"
ODD_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, 2**63, 10**15, -(10**15), 10**100, 0.5, -0.0, 1e308,
    -1e308, float("nan"), float("inf"), float("-inf"), "", "x", "soon", "\ud800", "a\udfffb",
    "x" * 5000, [], {}, [1, 2], {"a": 1}, _DEEP, _DIGITS, "session", "answer", "grade",
]


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nodes(item, (*path, index))


def _set(root: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = root
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return root


def _odd_value(rng: random.Random, old: Any) -> Any:
    if isinstance(old, int) and not isinstance(old, bool) and rng.random() < 0.4:
        return rng.choice([old + 1, old - 1, -old, old * 1000, old + 10**12])
    if isinstance(old, str) and rng.random() < 0.3:
        return rng.choice([old * 50, old[: len(old) // 2], old + "\ud83d", "{" + old + "}"])
    return rng.choice(ODD_VALUES)


def _mutate_json(rng: random.Random, line: str) -> str:
    try:
        root = json.loads(line)
    except (ValueError, RecursionError):  # an earlier mutation broke this line already
        return line
    path, old = rng.choice(list(_nodes(root)))
    choice = rng.random()
    if choice < 0.15 and path and isinstance(_get(root, path[:-1]), dict):
        del _get(root, path[:-1])[path[-1]]  # a missing field
    elif choice < 0.25 and isinstance(old, dict):
        old[rng.choice(["extra", "type", "t", "index", "grade", "text"])] = _odd_value(rng, None)
    elif choice < 0.35 and isinstance(old, list) and old:
        old.insert(rng.randrange(len(old) + 1), rng.choice(old))  # a repeated item
    else:
        root = _set(root, path, _odd_value(rng, old))
    text = json.dumps(root, ensure_ascii=rng.random() < 0.5)
    depth = rng.choice([40, 900, 5000, 100_000])
    text = text.replace(json.dumps(_DEEP), "[" * depth + "]" * depth)
    return text.replace(json.dumps(_DIGITS), "9" * rng.choice([4299, 4301, 20_000]))


def _get(root: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        root = root[key]
    return root


def _mutate_lines(rng: random.Random, lines: list[str]) -> list[str]:
    lines = list(lines)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    op = rng.randrange(7)
    if op == 0:
        lines[i], lines[j] = lines[j], lines[i]
    elif op == 1:
        lines.insert(0, lines.pop(i))
    elif op == 2 and len(lines) > 1:
        del lines[i]
    elif op == 3:
        lines.insert(j, lines[i])
    elif op == 4:
        lines.insert(rng.choice([0, j]), "")
    elif op == 5:
        lines.insert(j, lines[0])  # a second header
    else:
        lines.reverse()
    return lines


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    op = rng.randrange(6)
    at = rng.randrange(len(data) + 1)
    if op == 0:
        return data[:at]  # truncated, as a kill mid-write leaves it, or worse
    if op == 1 and data:
        at = min(at, len(data) - 1)
        return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]
    if op == 2:
        return data[:at] + rng.randbytes(rng.randrange(1, 4)) + data[at:]
    if op == 3:
        return data.replace(b"\n", b"\r\n")
    if op == 4:
        return b"\xef\xbb\xbf" + data  # a byte-order mark
    return data.rstrip(b"\n")


def mutate(rng: random.Random, text: str) -> bytes:
    """One mutant of a valid transcript: one to three mutations, mostly at the JSON level."""
    lines = text.splitlines()
    data: bytes | None = None
    for _ in range(rng.randint(1, 3)):
        kind = rng.random()
        if data is None and kind < 0.65:
            i = rng.randrange(len(lines))
            lines[i] = _mutate_json(rng, lines[i])
        elif data is None and kind < 0.85:
            lines = _mutate_lines(rng, lines)
        else:
            if data is None:
                data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
            data = _mutate_bytes(rng, data)
    if data is None:
        data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    return data


# -- running a case ------------------------------------------------------------------


class Hang(BaseException):
    """The per-case timer went off (a BaseException, so no `except Exception` eats it)."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def exercise(path: Path, library: Library, scratch: Path) -> None:
    """Every in-process path that reads a transcript, as the commands run them."""
    transcript = read_transcript(path)
    out = io.StringIO()
    show(transcript, out)  # `replay`
    out.write(json.dumps([e.model_dump(mode="json") for e in transcript.events],
                         ensure_ascii=False))  # `replay --json`
    report = build_report(transcript, library)
    out.write(markdown(report) + html(report))  # `report`
    items_of(transcript, library)  # `replay --regrade` before any model call
    out.getvalue().encode("utf-8")  # what stdout would have to encode
    if not transcript.ended:
        _resume(transcript, library, scratch)


def _resume(transcript: Transcript, library: Library, scratch: Path) -> None:
    """`chat --resume` with no more answers: carry on, then end."""
    copy = scratch / "resume.jsonl"
    shutil.copyfile(transcript.path, copy)
    again = read_transcript(copy)
    session = Session(library, plan_from(again, library), OfflineEngine(),
                      TranscriptWriter.append_to(copy, repair=again.torn_tail), _Quiet())
    restore(session, again)
    carry_on(session, again)
    run_interview(session, _Script([]))


def _signature(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/interviewer/" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__} at {where} ({re.sub(r'[0-9]+', 'N', first)[:60]})"


def _cli(path: Path, scratch: Path) -> str | None:
    """Run `report` and `replay` on the file as a user would; what went wrong, if anything."""
    for command in (["report", str(path)], ["replay", str(path)]):
        try:
            proc = subprocess.run([sys.executable, "-m", "interviewer", *command], cwd=scratch,
                                  capture_output=True, timeout=60, check=False)
        except subprocess.TimeoutExpired:
            return "hang"
        if b"Traceback" in proc.stderr or proc.returncode not in (0, 2):
            return "cli: " + proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1]
    return None


@dataclass
class Result:
    mutations: int = 0
    typed: int = 0  # refused with the project's one-line error
    accepted: int = 0
    hangs: int = 0
    cli_runs: int = 0
    tracebacks: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def traceback_count(self) -> int:
        return sum(self.tracebacks.values())


def run_case(data: bytes, library: Library, scratch: Path, timeout: float) -> str | None:
    """None (accepted), "typed", "hang", or a traceback's signature."""
    path = scratch / "case.jsonl"
    path.write_bytes(data)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        exercise(path, library, scratch)
    except Hang:
        return "hang"
    except InterviewerError:
        return "typed"
    except Exception as exc:  # counting these is the point
        return _signature(exc)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def fuzz(seed: int, mutations: int, *, timeout: float = 5.0, cli_every: int = 0,
         save: Path | None = None, log: Callable[[str], None] | None = None) -> Result:
    rng = random.Random(seed)
    result = Result()
    started = time.perf_counter()
    previous = signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        library = load_library()
        seeds = seed_transcripts(library, scratch / "seeds")
        for number in range(mutations):
            data = mutate(rng, rng.choice(seeds))
            outcome = run_case(data, library, scratch, timeout)
            if cli_every and number % cli_every == 0 and outcome != "hang":
                result.cli_runs += 1
                outcome = _cli(scratch / "case.jsonl", scratch) or outcome
            _count(result, outcome, data, number, save=save, log=log)
        result.mutations = mutations
    signal.signal(signal.SIGALRM, previous)
    result.seconds = time.perf_counter() - started
    return result


def _count(result: Result, outcome: str | None, data: bytes, number: int, *,
           save: Path | None,
           log: Callable[[str], None] | None) -> None:
    if outcome is None:
        result.accepted += 1
    elif outcome == "typed":
        result.typed += 1
    else:
        if outcome == "hang":
            result.hangs += 1
        else:
            result.tracebacks[outcome] += 1
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            (save / f"case-{number:05d}.jsonl").write_bytes(data)
        if log is not None:
            log(f"case {number}: {outcome}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--mutations", type=int, default=10_000)
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds a case may take")
    parser.add_argument("--cli-every", type=int, default=250, metavar="N",
                        help="also run one case in N through the real CLI (0: never)")
    parser.add_argument("--save", type=Path, metavar="DIR", help="keep failing cases here")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each failure")
    args = parser.parse_args(argv)
    result = fuzz(args.seed, args.mutations, timeout=args.timeout, cli_every=args.cli_every,
                  save=args.save, log=print if args.verbose else None)
    print(f"{result.mutations} mutations (seed {args.seed}) in {result.seconds:.1f} s: "
          f"{result.accepted} accepted, {result.typed} refused with a typed error, "
          f"{result.traceback_count} tracebacks, {result.hangs} hangs "
          f"({result.cli_runs} also through the CLI)")
    for signature, count in result.tracebacks.most_common(25):
        print(f"  {count:5d}  {signature}")
    return 1 if result.traceback_count or result.hangs else 0


if __name__ == "__main__":
    sys.exit(main())
