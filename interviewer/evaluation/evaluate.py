"""Grade a labelled dataset and measure agreement per labelled flag."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from interviewer._internal.concurrency import Progress, map_concurrently
from interviewer.errors import InterviewerError
from interviewer.evaluation.dataset import Example
from interviewer.evaluation.metrics import Agreement, agreement
from interviewer.schemas import FLAG_NAMES, Grade, Scenario

Grader = Callable[[str, Scenario, str | None], Grade]


@dataclass(frozen=True)
class Prediction:
    example: Example
    grade: Grade | None
    error: str | None

    def flags(self) -> dict[str, bool]:
        return self.grade.flags.model_dump() if self.grade else {}


@dataclass(frozen=True)
class Disagreement:
    prediction: Prediction
    flag: str
    labelled: bool


@dataclass(frozen=True)
class EvalResult:
    provider: str
    model: str | None
    predictions: list[Prediction]
    metrics: dict[str, Agreement]

    @property
    def errors(self) -> int:
        return sum(1 for p in self.predictions if p.error is not None)

    def disagreements(self) -> list[Disagreement]:
        out: list[Disagreement] = []
        for p in self.predictions:
            got = p.flags()
            out.extend(Disagreement(p, flag, want) for flag, want in p.example.labels.items()
                       if got and got[flag] != want)
        return out

    def as_json(self) -> dict[str, object]:
        return {
            "provider": self.provider,
            "model": self.model,
            "items": len(self.predictions),
            "errors": self.errors,
            "flags": {flag: m.as_dict() for flag, m in self.metrics.items()},
            "predictions": [{"id": p.example.id, "flags": p.flags(), "error": p.error}
                            for p in self.predictions],
        }


def _predict(example: Example, grader: Grader) -> Prediction:
    try:
        return Prediction(example, grader(example.reply, example.scenario, example.question), None)
    except InterviewerError as exc:
        return Prediction(example, None, str(exc))


def evaluate(examples: list[Example], grader: Grader, provider: str,
             model: str | None, concurrency: int = 1) -> EvalResult:
    """Grade every example (`concurrency` at once, against a model server) and measure."""
    progress = Progress(len(examples), "grading") if concurrency > 1 else None
    predictions = map_concurrently(lambda e: _predict(e, grader), examples, concurrency,
                                   progress)
    labelled = [f for f in FLAG_NAMES if any(f in e.labels for e in examples)]
    metrics = {
        flag: agreement([(p.flags()[flag], p.example.labels[flag]) for p in predictions
                         if p.grade is not None and flag in p.example.labels])
        for flag in labelled
    }
    return EvalResult(provider, model, predictions, metrics)
