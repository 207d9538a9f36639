"""Grading answers now or in the background, with events written on the session's thread.

With the offline engine a grade takes a millisecond and is written before the
next line. With a model, the candidate should wait for one round trip, not two:
the model grade runs in a worker thread while the next line is spoken, and
that line is steered by the offline grade of this answer (ready at once)
together with the model grades of earlier answers (README, "Latency").
Completed grades are written when the session next looks (`collect`), so only
one thread ever writes the transcript.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace

from interviewer._internal.limits import MAX_ANSWER_CHARS
from interviewer.providers.base import Engine
from interviewer.schemas import Grade, GradeResult, Scenario
from interviewer.transcripts.events import Answer, Event, GradeEvent

MAX_WORKERS = 4


class GradeQueue:
    def __init__(self, engine: Engine, write: Callable[[Event], None],
                 on_grade: Callable[[int, Grade], None]) -> None:
        self.engine = engine
        self.write = write
        self.on_grade = on_grade
        self.pending: dict[int, Future[GradeResult]] = {}
        self._slots = threading.BoundedSemaphore(MAX_WORKERS)

    def submit(self, answer: Answer, scenario: Scenario, question: str) -> Grade:
        """Start grading `answer`; return the grade that steers the next line."""
        if not self.engine.background_grading:
            result = self._grade(answer.text, scenario, question)
            self._record(answer.index, result)
            return result.grade
        self.pending[answer.index] = self._start(answer.text, scenario, question)
        return self.engine.quick_grade(answer.text[:MAX_ANSWER_CHARS], scenario, question)

    def _grade(self, text: str, scenario: Scenario, question: str) -> GradeResult:
        """The engine's grade. An answer past the grader's limit (saved before the session
        refused such answers) is graded on its first part, so that resuming it works."""
        if len(text) <= MAX_ANSWER_CHARS:
            return self.engine.grade(text, scenario, question)
        result = self.engine.grade(text[:MAX_ANSWER_CHARS], scenario, question)
        cut = f"graded on its first {MAX_ANSWER_CHARS:,} of {len(text):,} characters"
        return replace(result, note=f"{result.note}; {cut}" if result.note else cut)

    def _start(self, text: str, scenario: Scenario, question: str) -> Future[GradeResult]:
        # Daemon threads, not a ThreadPoolExecutor: the interpreter joins an
        # executor's workers at exit, so Ctrl-C would wait for a slow model grade
        # (28 s seen). A grade still running at exit is simply not written; the
        # answer is saved and `--resume` or `replay --regrade` grades it.
        future: Future[GradeResult] = Future()

        def work() -> None:
            with self._slots:
                if not future.set_running_or_notify_cancel():
                    return
                try:
                    future.set_result(self._grade(text, scenario, question))
                except BaseException as exc:  # handed to collect(), which re-raises it
                    future.set_exception(exc)

        threading.Thread(target=work, name="grade", daemon=True).start()
        return future

    def collect(self, *, block: bool = False) -> None:
        """Write every finished grade (every grade, when `block`), in answer order."""
        for index in sorted(self.pending):
            future = self.pending[index]
            if not (block or future.done()):
                continue
            del self.pending[index]
            self._record(index, future.result())

    def _record(self, index: int, result: GradeResult) -> None:
        self.write(GradeEvent(answer=index, status=result.status, grade=result.grade,
                              note=result.note))
        self.on_grade(index, result.grade)

    def close(self) -> None:
        for future in self.pending.values():
            future.cancel()
