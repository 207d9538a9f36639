"""The interview without a terminal: answer -> store -> grade -> next line.

A `Session` is driven by the loop in `interview.py` from either the terminal UI or
an answers file; nothing here knows which. Every event is written to the
transcript before the next thing happens, so the file is always the truth.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from pydantic import BaseModel

from interviewer import __version__
from interviewer._internal.limits import MAX_ANSWER_CHARS, MAX_ANSWER_WORDS
from interviewer._internal.text import plural
from interviewer.errors import InterviewerError
from interviewer.interview.grade_queue import GradeQueue
from interviewer.interview.policy import ScenarioProgress, decide
from interviewer.prompts import Library
from interviewer.providers.base import Conversation, Engine
from interviewer.schemas import Action, Grade, Persona, Scenario
from interviewer.transcripts.events import (
    Answer,
    Ended,
    EndReason,
    Event,
    Hint,
    Line,
    PersonaSwap,
    Reveal,
    ScenarioStarted,
    ScorecardEvent,
    SessionStart,
    Skipped,
)
from interviewer.transcripts.scorecard import Scorecard, build_scorecard
from interviewer.transcripts.store import TranscriptWriter

HINT = ("Surface the dependency, say what it puts at risk, take the options to the people "
        "who decide, then the fix. Clarify timing first; keep any delivery unambiguous.")


class Output(Protocol):
    def line(self, speaker: str, chunks: Iterator[str]) -> str:
        """Show an interviewer line as it is produced; return the whole text."""
        ...

    def answer(self, text: str) -> None:
        """Echo a submitted answer where the candidate did not type it (answers file)."""
        ...

    def notice(self, text: str) -> None: ...

    def scorecard(self, card: Scorecard) -> None: ...


def _sha(model: BaseModel) -> str:
    return hashlib.sha256(model.model_dump_json().encode()).hexdigest()


def prompt_hashes(personas: list[Persona], scenarios: list[Scenario]) -> dict[str, str]:
    """A hash of each persona and scenario as loaded, so a replay can tell if one changed."""
    return {**{f"persona:{p.id}": _sha(p) for p in personas},
            **{f"scenario:{s.id}": _sha(s) for s in scenarios}}


def word_count(text: str) -> int:
    return len(text.split())


@dataclass(frozen=True)
class Plan:
    """What a new session is made of."""

    persona: Persona
    scenarios: list[Scenario]
    time_limit: int | None
    explicit_time_limit: bool = False  # --time-limit given: a persona swap keeps it


class Session:
    def __init__(self, library: Library, plan: Plan, engine: Engine, writer: TranscriptWriter,
                 output: Output) -> None:
        self.library = library
        self.persona = plan.persona
        self.scenarios = plan.scenarios
        self.time_limit = plan.time_limit
        self.explicit_time_limit = plan.explicit_time_limit
        self.engine = engine
        self.writer = writer
        self.output = output
        self.events: list[Event] = []
        self.index = 0
        self.progress = ScenarioProgress(plan.scenarios[0])
        self.conversation = Conversation(self.persona, plan.scenarios[0], 0)
        self.answers = 0
        self.last_line = ""
        self.done = False
        self.scorecard_result: Scorecard | None = None
        self.answer_scenario: dict[int, int] = {}  # answer index -> scenario index
        self.grades = GradeQueue(engine, self.write, self.note_grade)

    # -- writing -------------------------------------------------------------

    def write(self, event: Event) -> None:
        try:
            self.writer.write(event)
        except InterviewerError:
            self.done = True
            raise
        self.events.append(event)

    def header(self) -> SessionStart:
        return SessionStart(
            session_id=self.writer.path.stem, app_version=__version__, persona=self.persona.id,
            scenarios=[s.id for s in self.scenarios], provider=self.engine.name,
            models={"interviewer": self.engine.interviewer_model,
                    "grader": self.engine.grader_model},
            prompt_hashes={**self.engine.prompt_hashes(), **prompt_hashes(
                [self.persona], self.scenarios)},
            time_limit=self.time_limit)

    def say(self, action: Action) -> None:
        """Voice `action`: shown as it is produced, and on disk before its end is shown."""
        notice: list[str | None] = [None]

        def record(text: str) -> None:
            notice[0] = self.engine.take_notice()
            self.conversation.said.append(text)
            self.conversation.turns.append(("interviewer", text))
            if action.kind not in ("nudge", "cut_in", "timed_out", "closing"):
                self.last_line = text
            self.write(Line(scenario=self.scenario.id, persona=self.persona.id,
                            kind=action.kind, text=text, move=action.move, notice=notice[0]))

        def written_first(chunks: Iterator[str]) -> Iterator[str]:
            # Hold each chunk back until the next has come: when the stream ends, the
            # whole line is written to the transcript before its last chunk is shown,
            # so a kill can never lose a line the candidate saw in full.
            parts: list[str] = []
            held = next(chunks, None)
            while held is not None:
                following = next(chunks, None)
                parts.append(held)
                if following is None:
                    record("".join(parts))
                yield held
                held = following
            if not parts:
                record("")

        self.output.line(self.persona.name, written_first(iter(self.engine.speak(
            action, self.conversation))))
        if notice[0]:
            self.output.notice(notice[0])
        self.grades.collect()

    # -- the interview -------------------------------------------------------

    @property
    def scenario(self) -> Scenario:
        return self.scenarios[self.index]

    def start(self) -> None:
        """Write the header and open the first scenario."""
        self.write(self.header())
        self._open_scenario(0)

    def _open_scenario(self, index: int) -> None:
        self.index = index
        self.progress = ScenarioProgress(self.scenarios[index])
        self.conversation = Conversation(self.persona, self.scenarios[index], index,
                                         turns=self.conversation.turns)
        self.write(ScenarioStarted(index=index, scenario=self.scenario.id))
        self.say(Action("opening"))

    def refusal(self, text: str) -> str | None:
        """Why an answer cannot be taken as it is, or None.

        Refused before it is saved: an answer the grader would refuse, once in the
        transcript, would stop this session and every resume of it.
        """
        if len(text) > MAX_ANSWER_CHARS:
            return (f"That answer is {len(text):,} characters; the limit is "
                    f"{MAX_ANSWER_CHARS:,}. Shorten it and submit again.")
        words = word_count(text)
        if words > MAX_ANSWER_WORDS:
            return (f"That answer is {plural(words, 'word')}; the limit is {MAX_ANSWER_WORDS:,}. "
                    "Shorten it and submit again.")
        return None

    def submit(self, text: str, *, seconds: float | None = None, timed_out: bool = False) -> None:
        """Take an answer: store it, grade it, store the grade, then say the next line."""
        if not text.strip():
            if timed_out:
                self.write(Answer(index=self.answers, scenario=self.scenario.id, text="",
                                   words=0, seconds=seconds, timed_out=True))
                self.answers += 1
                self._next(Action("timed_out"), "")
            else:
                self.say(Action("nudge"))
            return
        self.output.answer(text)
        words = word_count(text)
        answer = Answer(index=self.answers, scenario=self.scenario.id, text=text, words=words,
                        seconds=None if seconds is None else round(seconds, 2),
                        timed_out=timed_out)
        self.write(answer)
        self.answers += 1
        self.conversation.turns.append(("candidate", text))
        self.answer_scenario[answer.index] = self.index
        grade = self.grades.submit(answer, self.scenario, self.last_line or self.scenario.question)
        self.progress.record(grade)
        for action in decide(self.progress, self.persona, text, grade, words=words,
                             timed_out=timed_out):
            self.act(action)

    def _next(self, lead: Action, text: str) -> None:
        self.say(lead)
        for action in decide(self.progress, self.persona, text, None, words=0, timed_out=False):
            self.act(action)

    def note_grade(self, answer: int, grade: Grade | None) -> None:
        """A grade arrived: its moves steer the rest of the scenario it belongs to."""
        if self.answer_scenario.get(answer, self.index) == self.index:
            self.progress.record(grade)

    def act(self, action: Action) -> None:
        if action.kind == "reveal" and action.fact is not None:
            self.progress.revealed.add(action.fact.id)
            self.write(Reveal(scenario=self.scenario.id, fact=action.fact.id,
                               asked=action.asked or ""))
        if action.kind == "probe" and action.move is not None:
            self.progress.probed.append(action.move)
        if action.kind == "wrap_up":
            self.say(action)
            self._advance()
            return
        self.say(action)

    def _advance(self) -> None:
        if self.index + 1 < len(self.scenarios):
            self._open_scenario(self.index + 1)
        else:
            self.say(Action("closing"))
            self.finish("finished")

    # -- commands ------------------------------------------------------------

    def skip(self) -> None:
        self.write(Skipped(scenario=self.scenario.id))
        self._advance()

    def repeat(self) -> None:
        self.output.line(self.persona.name, iter([self.last_line]))

    def hint(self) -> None:
        self.write(Hint(scenario=self.scenario.id, text=HINT))
        self.output.notice(f"hint: {HINT}")

    def swap_persona(self, name: str) -> None:
        persona = self.library.persona(name)
        if persona.id == self.persona.id:
            self.output.notice(f"{persona.name} is already interviewing you.")
            return
        self.write(PersonaSwap(previous=self.persona.id, persona=persona.id,
                               prompt_sha256=_sha(persona)))
        self.persona = persona
        self.conversation.persona = persona
        if not self.explicit_time_limit:
            self.time_limit = persona.time_limit
        self.output.notice(f"{persona.name} takes over from the next question.")

    def finish(self, reason: EndReason) -> Scorecard:
        """End the session: the scorecard, kept in the transcript, then the end event."""
        if self.scorecard_result is None:
            self.grades.collect(block=True)
            card = build_scorecard(self.events, {s.id: s for s in self.scenarios})
            self.write(ScorecardEvent(scorecard=card))
            self.write(Ended(reason=reason))
            self.scorecard_result = card
            self.output.scorecard(card)
        self.done = True
        self.grades.close()
        self.writer.close()
        return self.scorecard_result
