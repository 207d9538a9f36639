"""The small protocol both engines implement: grade a reply, voice the next line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from interviewer.schemas import Action, Grade, GradeResult, Persona, Scenario


@dataclass
class Conversation:
    """What a voice may look at: who speaks, about what, and what was said already."""

    persona: Persona
    scenario: Scenario
    scenario_index: int
    said: list[str] = field(default_factory=list)  # interviewer lines in this scenario
    turns: list[tuple[str, str]] = field(default_factory=list)  # (speaker, text), whole session
    counts: dict[str, int] = field(default_factory=dict)  # lines spoken per kind, for variety


class Engine(Protocol):
    name: str
    interviewer_model: str | None
    grader_model: str | None
    # True when grading takes a model round trip: the session then grades in the
    # background while the next line is spoken, steering that line by `quick_grade`.
    background_grading: bool

    def grade(self, reply: str, scenario: Scenario, question: str | None) -> GradeResult: ...

    def quick_grade(self, reply: str, scenario: Scenario, question: str | None) -> Grade:
        """A grade available at once (the offline rules), to steer the next line."""
        ...

    def speak(self, action: Action, conversation: Conversation) -> Iterator[str]:
        """The line for `action`, in chunks as they are produced."""
        ...

    def take_notice(self) -> str | None:
        """Something the candidate should know about the last line (e.g. a fallback)."""
        ...

    def prompt_hashes(self) -> dict[str, str]: ...
