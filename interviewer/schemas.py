"""The data the project passes around, validated by Pydantic v2.

Models reject unknown fields (`extra="forbid"`) so that a typo in a scenario
file or a model response is an error, not a silently ignored key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from interviewer import moves
from interviewer._internal.limits import MAX_COUNT, MAX_TIME_LIMIT
from interviewer._internal.text import Haystack, plural

# The moves are defined in moves.py; their names here keep older imports working.
Move = moves.Move
MOVES = moves.MOVES
FLAG_NAMES = moves.FLAG_NAMES
PROBE_ORDER = moves.PROBE_ORDER
Timing = Literal["ahead", "in_delivery", "unspecified"]
# "ok": the intended grader graded it; otherwise the offline grade stands in, and why.
GradeStatus = Literal["ok", "pending", "invalid", "refused", "truncated"]


NonEmpty = Annotated[str, Field(min_length=1)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
Amount = Annotated[float, Field(ge=0)]  # finite where the model says allow_inf_nan=False


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HiddenFact(_Strict):
    """A fact the interviewer reveals only when the candidate asks for it."""

    id: NonEmpty
    asks: list[NonEmpty] = Field(min_length=1, description="words or phrases that ask for it")
    fact: NonEmpty


class Scenario(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
    title: NonEmpty
    situation: NonEmpty
    dependencies: list[NonEmpty] = Field(min_length=1)
    stakeholders: list[NonEmpty] = Field(min_length=1)
    options: list[NonEmpty] = Field(min_length=1)
    timing: Timing = "unspecified"
    question: str = "What do you do?"
    hidden_facts: list[HiddenFact] = Field(default_factory=list)


class EvidenceQuote(_Strict):
    """One item of the grader's model output: a move and a verbatim quote."""

    move: Move
    quote: NonEmpty


class GraderOutput(_Strict):
    """Exactly what a grader (model or rules) returns; the flags come later.

    Validate with `context={"reply": reply}` to require every quote to occur
    in the reply (whitespace-normalised): the error text is what a model is
    shown when it is asked again.
    """

    evidence: list[EvidenceQuote]
    feedback: str

    @model_validator(mode="after")
    def _quotes_are_verbatim(self, info: ValidationInfo) -> GraderOutput:
        reply = info.context.get("reply") if isinstance(info.context, dict) else None
        if reply is None:
            return self
        hay = Haystack(reply)
        missing = [e.quote for e in self.evidence if hay.locate(e.quote) is None]
        if missing:
            listed = "; ".join(repr(q[:80]) for q in missing)
            raise ValueError(f"these quotes do not occur verbatim in the reply: {listed}")
        return self


class Evidence(_Strict):
    move: Move
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _a_span(self) -> Evidence:
        # Whether it fits its answer is checked where the answer is known (store.py).
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class Flags(_Strict):
    surfaced_dependency: bool
    assessed_impact: bool
    aligned_stakeholders: bool
    proposed_fix: bool
    clarified_timing: bool
    protected_trust: bool
    dependency_before_fix: bool


class GraderInfo(_Strict):
    provider: str
    model: str | None = None
    prompt_sha256: str | None = None


class Grade(_Strict):
    """A graded reply: flags computed from evidence positions, never asserted."""

    flags: Flags
    evidence: list[Evidence]
    feedback: str
    grader: GraderInfo


class LabelledItem(_Strict):
    """One line of a labelled dataset (grading-rubric.md)."""

    id: NonEmpty
    scenario: Scenario | NonEmpty
    question: str | None = None
    reply: str
    labels: dict[str, bool]
    note: str | None = None

    @field_validator("labels")
    @classmethod
    def _known_flags(cls, labels: dict[str, bool]) -> dict[str, bool]:
        unknown = sorted(set(labels) - set(FLAG_NAMES))
        if unknown:
            raise ValueError(f"unknown flag {unknown[0]!r} (known: {', '.join(FLAG_NAMES)})")
        return labels


Lines = Annotated[list[NonEmpty], Field(min_length=1)]


class PersonaProbes(_Strict):
    """Follow-up questions for each missing move; the offline interviewer asks each once."""

    surface: Lines
    assess: Lines
    align: Lines
    clarify_timing: Lines
    fix: Lines
    protect_trust: Lines


class PersonaLines(_Strict):
    """What the offline interviewer says. Placeholders: {title} {situation} {question}
    {stakeholder} {stakeholders} {dependency} {fact} {limit}."""

    opening: Lines
    probes: PersonaProbes
    reveal: Lines
    cut_in: Lines
    timed_out: Lines
    wrap_up: Lines
    closing: Lines
    nudge: Lines
    resume: Lines = ["Where were we. {question}"]


class Persona(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
    name: NonEmpty
    summary: NonEmpty
    system_prompt: NonEmpty = Field(description="what an LLM interviewer is told to be")
    time_limit: int | None = Field(default=None, ge=5, le=MAX_TIME_LIMIT,
                                   description="default seconds per answer")
    cut_in_words: int = Field(default=250, ge=30, description="an answer longer than this is cut")
    max_probes: int = Field(default=3, ge=0, le=6, description="follow-ups per scenario")
    lines: PersonaLines


class _Card(BaseModel):
    # Read back from transcripts: unknown fields are ignored as in events.py, so that
    # a minor version can add to the scorecard; numbers must be finite.
    model_config = ConfigDict(extra="ignore", frozen=True, allow_inf_nan=False)


class AnswerCard(_Card):
    index: Count
    words: Count
    seconds: Amount | None
    speaking_seconds: Amount
    timed_out: bool
    moves: list[Move]  # in the order they first appear in the answer
    graded: bool
    # Where the answer stands in its scenario so far (verdicts.py); older files lack it.
    verdict: str | None = None


class ScenarioCard(_Card):
    scenario: str
    title: str
    answers: list[AnswerCard]
    led_with_dependency: bool
    surface_quote: str | None
    fix_quote: str | None
    clarified_timing: bool
    protected_trust: bool
    hints: Count
    reframed: list[str]  # the candidate's own words, one quote a step, framework order
    missing: list[str]
    recenter: str | None

    def map_text(self, fn: Callable[[str], str]) -> ScenarioCard:
        """The card with `fn` applied to its text (quotes, title), to clean or escape it."""
        return self.model_copy(update={
            "title": fn(self.title), "scenario": fn(self.scenario),
            "surface_quote": self.surface_quote and fn(self.surface_quote),
            "fix_quote": self.fix_quote and fn(self.fix_quote),
            "reframed": [fn(r) for r in self.reframed], "missing": [fn(m) for m in self.missing],
            "answers": [a.model_copy(update={"verdict": a.verdict and fn(a.verdict)})
                        for a in self.answers],
            "recenter": self.recenter and fn(self.recenter)})


class Scorecard(_Card):
    """The end-of-session scorecard (scorecard.py builds it; a transcript keeps it)."""

    scenarios: list[ScenarioCard]
    answers: Count
    words_per_answer: Amount
    seconds_per_answer: Amount | None
    speaking_seconds: Amount

    def compression(self) -> str:
        """The session's totals in one sentence, the same in the terminal and the reports."""
        seconds = (f", {self.seconds_per_answer:.0f} s per answer"
                   if self.seconds_per_answer is not None else "")
        return (f"{plural(self.answers, 'answer')}, "
                f"{plural(round(self.words_per_answer), 'word')} per answer{seconds}, "
                f"about {self.speaking_seconds / 60:.1f} min spoken in all.")


# -- what flows between the policy, the voices and the graders ------------------

ActionKind = Literal["opening", "cut_in", "timed_out", "reveal", "probe", "wrap_up", "closing",
                     "nudge", "resume"]


@dataclass(frozen=True)
class Action:
    kind: ActionKind
    move: Move | None = None
    fact: HiddenFact | None = None
    asked: str | None = None


@dataclass(frozen=True)
class GradeResult:
    """The grade in force for an answer. Unless `status` is "ok" it is the offline
    grade standing in, and `note` says why (the server failed, the output was invalid)."""

    status: GradeStatus
    grade: Grade
    note: str | None = None
