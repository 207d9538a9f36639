"""Transcript events: what a session writes, one JSON object a line (docs/transcripts.md).

Every event carries `type` and `t` (seconds since the epoch, UTC). The first
event of a file is always `session`; the rest follow in the order they happened.
"""

from __future__ import annotations

import time
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from interviewer._internal.limits import MAX_SECONDS, MAX_TIME_LIMIT, MAX_TIMESTAMP
from interviewer.schemas import Count, Grade, GradeStatus, Move, Scorecard

SCHEMA_VERSION = 1

LineKind = Literal["opening", "probe", "reveal", "cut_in", "timed_out", "wrap_up", "closing",
                   "nudge", "resume", "notice"]


def now() -> float:
    return round(time.time(), 3)


class _Event(BaseModel):
    # Unknown fields are ignored when reading so that an older reader can open a
    # file that a newer minor version annotated; the schema version guards breaks.
    # Numbers are finite and bounded: a NaN or a year-50000 time breaks every reader.
    model_config = ConfigDict(extra="ignore", frozen=True, allow_inf_nan=False)

    t: float = Field(default_factory=now, ge=0, le=MAX_TIMESTAMP)


class SessionStart(_Event):
    type: Literal["session"] = "session"
    schema_version: int = SCHEMA_VERSION
    session_id: str
    app_version: str
    persona: str
    scenarios: list[str]
    provider: str
    models: dict[str, str | None]
    prompt_hashes: dict[str, str]
    time_limit: int | None = Field(default=None, ge=1, le=MAX_TIME_LIMIT)


class ScenarioStarted(_Event):
    type: Literal["scenario"] = "scenario"
    index: Count  # into the header's `scenarios`; store.py checks it is there
    scenario: str


class Line(_Event):
    """Something the interviewer said."""

    type: Literal["line"] = "line"
    scenario: str | None
    persona: str
    kind: LineKind
    text: str
    move: Move | None = None  # the gap a probe asks about
    notice: str | None = None  # e.g. the model server failed and the offline voice stood in


class Answer(_Event):
    type: Literal["answer"] = "answer"
    index: Count  # answer number in the session, from 0
    scenario: str
    text: str
    words: Count
    seconds: float | None = Field(default=None, ge=0, le=MAX_SECONDS)
    timed_out: bool = False


class GradeEvent(_Event):
    """The grade in force for an answer. Unless `status` is "ok" it is the offline
    grade standing in (its `grader.provider` says so) and `note` says why."""

    type: Literal["grade"] = "grade"
    answer: Count  # an answer earlier in the file; store.py checks the evidence fits it
    status: GradeStatus = "ok"
    grade: Grade | None = None
    note: str | None = None
    source: Literal["live", "regrade"] = "live"  # regrades are appended, never rewritten


class Reveal(_Event):
    type: Literal["reveal"] = "reveal"
    scenario: str
    fact: str
    asked: str


class PersonaSwap(_Event):
    type: Literal["persona"] = "persona"
    previous: str
    persona: str
    prompt_sha256: str | None = None


class Hint(_Event):
    type: Literal["hint"] = "hint"
    scenario: str | None
    text: str


class Skipped(_Event):
    type: Literal["skip"] = "skip"
    scenario: str


class ScorecardEvent(_Event):
    type: Literal["scorecard"] = "scorecard"
    scorecard: Scorecard


EndReason = Literal["finished", "end", "eof"]


class Ended(_Event):
    type: Literal["end"] = "end"
    reason: EndReason


Event = Annotated[
    SessionStart | ScenarioStarted | Line | Answer | GradeEvent | Reveal | PersonaSwap | Hint
    | Skipped | ScorecardEvent | Ended,
    Field(discriminator="type"),
]
EVENT: TypeAdapter[Event] = TypeAdapter(Event)
EVENT_TYPES: frozenset[str] = frozenset(
    model.model_fields["type"].default for model in get_args(get_args(Event)[0]))
