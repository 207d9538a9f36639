"""Grade saved answers again and say what changed: per answer, per flag, per transcript.

The new grades are appended to each transcript as `grade` events with
`source: "regrade"` that name their grader; nothing already written changes.
"""

from __future__ import annotations

import glob
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from interviewer._internal.concurrency import Progress, map_concurrently
from interviewer.errors import InterviewerError, UserInputError
from interviewer.prompts import Library
from interviewer.schemas import FLAG_NAMES, Grade, GradeResult, Scenario
from interviewer.transcripts.events import Answer, GradeEvent, Line
from interviewer.transcripts.store import Transcript, TranscriptWriter, read_transcript

GradeFn = Callable[[str, Scenario, str | None], GradeResult]


@dataclass(frozen=True)
class Item:
    transcript: Transcript
    answer: Answer
    scenario: Scenario
    question: str
    before: GradeEvent | None


@dataclass(frozen=True)
class Outcome:
    item: Item
    result: GradeResult | None
    error: str | None

    def flips(self) -> dict[str, tuple[bool, bool]]:
        before = self.item.before.grade if self.item.before else None
        if before is None or self.result is None:
            return {}
        old, new = before.flags.model_dump(), self.result.grade.flags.model_dump()
        return {f: (old[f], new[f]) for f in FLAG_NAMES if old[f] != new[f]}


@dataclass
class Regrade:
    transcripts: list[Transcript]
    outcomes: list[Outcome]
    bad_files: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(1 for o in self.outcomes if o.flips())

    def flip_rate(self) -> dict[str, float]:
        compared = [o for o in self.outcomes if o.result is not None and o.item.before
                    and o.item.before.grade is not None]
        if not compared:
            return {f: 0.0 for f in FLAG_NAMES}
        return {f: round(sum(1 for o in compared if f in o.flips()) / len(compared), 4)
                for f in FLAG_NAMES}

    def as_json(self) -> dict[str, object]:
        diffs = [{"transcript": str(o.item.transcript.path), "reply": o.item.answer.index,
                  "flag": flag, "before": before, "after": after}
                 for o in self.outcomes for flag, (before, after) in o.flips().items()]
        return {"transcripts": len(self.transcripts), "replies": len(self.outcomes),
                "changed": self.changed, "flip_rate": self.flip_rate(), "diffs": diffs,
                "errors": [{"transcript": str(o.item.transcript.path),
                            "reply": o.item.answer.index, "error": o.error}
                           for o in self.outcomes if o.error],
                "bad_files": self.bad_files}


def expand(paths: list[str]) -> list[Path]:
    """Files as given, every *.jsonl in a folder, and globs the shell did not expand."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(path.glob("*.jsonl")))
        elif any(ch in raw for ch in "*?[") and not path.exists():
            found.extend(Path(p) for p in sorted(glob.glob(raw)))
        else:
            found.append(path)
    return found


def load_all(paths: list[Path]) -> tuple[list[Transcript], list[str]]:
    """Every readable transcript, and one line for each file that is not."""
    transcripts, bad = [], []
    for path in paths:
        try:
            transcripts.append(read_transcript(path))
        except UserInputError as exc:
            bad.append(str(exc))
    return transcripts, bad


def items_of(transcript: Transcript, library: Library) -> list[Item]:
    """Each answer with its scenario, the question it answered and its grade in force."""
    latest: dict[int, GradeEvent] = {}
    for event in transcript.events:
        if isinstance(event, GradeEvent):
            latest[event.answer] = event
    items, question = [], ""
    for event in transcript.events:
        if isinstance(event, Line):
            question = event.text
        elif isinstance(event, Answer) and event.text.strip():
            try:
                scenario = library.scenario(event.scenario)
            except UserInputError as exc:
                raise UserInputError(f"answer {event.index + 1}: {exc}",
                                     source=str(transcript.path)) from None
            items.append(Item(transcript, event, scenario, question or scenario.question,
                              latest.get(event.index)))
    return items


def regrade(transcripts: list[Transcript], library: Library, grade: GradeFn,
            concurrency: int, progress_label: str = "regrading") -> Regrade:
    items: list[Item] = []
    kept: list[Transcript] = []
    bad: list[str] = []
    for transcript in transcripts:
        try:
            items.extend(items_of(transcript, library))
        except UserInputError as exc:
            bad.append(str(exc))  # the whole file is skipped: it is not counted as regraded
        else:
            kept.append(transcript)

    def work(item: Item) -> Outcome:
        try:
            return Outcome(item, grade(item.answer.text, item.scenario, item.question), None)
        except InterviewerError as exc:
            return Outcome(item, None, str(exc))

    outcomes = map_concurrently(work, items, concurrency, Progress(len(items), progress_label))
    return Regrade(kept, outcomes, bad)


def append_grades(result: Regrade) -> int:
    """Write each new grade to its transcript, after everything already there; how many."""
    by_file: dict[Path, list[Outcome]] = {}
    for outcome in result.outcomes:
        if outcome.result is not None:
            by_file.setdefault(outcome.item.transcript.path, []).append(outcome)
    written = 0
    for transcript in result.transcripts:
        outcomes = by_file.get(transcript.path)
        if not outcomes:
            continue
        writer = TranscriptWriter.append_to(transcript.path, repair=transcript.torn_tail)
        try:
            for o in outcomes:
                assert o.result is not None
                writer.write(GradeEvent(answer=o.item.answer.index, status=o.result.status,
                                        grade=o.result.grade, note=o.result.note,
                                        source="regrade"))
                written += 1
        finally:
            writer.close()
    return written


def evidence_changes(before: Grade | None, after: Grade | None) -> list[tuple[str, str, str]]:
    """(move, "-" or "+", quote) for evidence that one grade has and the other lacks."""
    old: set[tuple[str, str]] = {(e.move, e.quote) for e in before.evidence} if before else set()
    new: set[tuple[str, str]] = {(e.move, e.quote) for e in after.evidence} if after else set()
    gone = [(m, "-", q) for m, q in sorted(old - new)]
    came = [(m, "+", q) for m, q in sorted(new - old)]
    return gone + came
