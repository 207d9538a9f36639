"""The end-of-session scorecard: verdicts per scenario, compression, a reframed answer.

Built from the transcript's events alone, so a replay computes exactly what the
live session printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from interviewer.moves import FRAMEWORK, INFO
from interviewer.schemas import AnswerCard, Evidence, Move, Scenario, ScenarioCard, Scorecard
from interviewer.transcripts.events import Answer, Event, GradeEvent, Hint, ScenarioStarted
from interviewer.transcripts.verdicts import Turn, in_context

__all__ = ["AnswerCard", "ScenarioCard", "Scorecard", "build_scorecard"]

SPEAKING_WPM = 150  # a measured interview pace; used to estimate speaking time
LONG_ANSWER_WORDS = 150  # about a minute spoken: past this, the framing gets lost
STEP_NAMES: dict[Move, str] = {m: INFO[m].step for m in FRAMEWORK}


def _first(evidence: list[tuple[int, Evidence]], move: Move) -> tuple[int, Evidence] | None:
    found = [(i, e) for i, e in evidence if e.move == move]
    return min(found, key=lambda pair: (pair[0], pair[1].start)) if found else None


_DANGLING = re.compile(r"[\s,;:-]+(?:so|and|but|then|or|because)?[\s,;:-]*$", re.I)


def _sentence(quote: str) -> str:
    """A quote as a sentence of the reframed answer ("..., so" loses its dangling "so")."""
    text = _DANGLING.sub("", " ".join(quote.split()))
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def _recenter(scenario: Scenario) -> str:
    who = " and the ".join(scenario.stakeholders[:2])
    return (f"Before the how: we depend on {scenario.dependencies[0]}, it isn't there when we "
            f"need it, so I'd lay out what that puts at risk and the options for the {who} "
            "to decide, then build.")


def _scenario_card(scenario: Scenario, answers: list[Answer], grades: dict[int, GradeEvent],
                   hints: int) -> ScenarioCard:
    evidence: list[tuple[int, Evidence]] = []
    cards: list[AnswerCard] = []
    dove_into_fix = False
    named_yet = False
    for answer in answers:
        event = grades.get(answer.index)
        grade = event.grade if event else None
        own = sorted(grade.evidence, key=lambda e: e.start) if grade else []
        evidence.extend((answer.index, e) for e in own)
        order: list[Move] = []
        for e in own:
            if e.move not in order:
                order.append(e.move)
        fixes = sum(1 for e in own if e.move == "fix")
        # Diving into the fix: a fix before any dependency named so far in the scenario
        # (an earlier answer counts), or a run of fixes.
        named_before = named_yet or ("surface" in order and (
            "fix" not in order or order.index("surface") < order.index("fix")))
        if "fix" in order and (not named_before or fixes >= 3):
            dove_into_fix = True
        named_yet = named_yet or "surface" in order
        cards.append(AnswerCard(
            index=answer.index, words=answer.words, seconds=answer.seconds,
            speaking_seconds=round(answer.words * 60 / SPEAKING_WPM, 1),
            timed_out=answer.timed_out, moves=order, graded=grade is not None))
    turns = [Turn(a.index, g.grade if (g := grades.get(a.index)) else None, len(a.text))
             for a in answers]
    cards = [c.model_copy(update={"verdict": v.text if v else None})
             for c, v in zip(cards, in_context(turns), strict=True)]
    surface = _first(evidence, "surface")
    fix = _first(evidence, "fix")
    led = surface is not None and (fix is None or (surface[0], surface[1].start)
                                   < (fix[0], fix[1].start))
    reframed: list[str] = []
    missing: list[str] = []
    for move in FRAMEWORK:
        first = _first(evidence, move)
        if first is not None:
            reframed.append(_sentence(first[1].quote))
        elif move != "clarify_timing" or scenario.timing == "unspecified":
            missing.append(STEP_NAMES[move])
    ran_long = any(a.words > LONG_ANSWER_WORDS for a in answers)
    return ScenarioCard(
        scenario=scenario.id, title=scenario.title, answers=cards, led_with_dependency=led,
        surface_quote=surface[1].quote if surface else None,
        fix_quote=fix[1].quote if fix else None,
        clarified_timing=_first(evidence, "clarify_timing") is not None,
        protected_trust=_first(evidence, "protect_trust") is not None,
        hints=hints, reframed=reframed, missing=missing,
        recenter=_recenter(scenario) if ran_long or dove_into_fix else None)


def build_scorecard(events: Sequence[Event], scenarios: dict[str, Scenario]) -> Scorecard:
    order: list[str] = []
    answers: dict[str, list[Answer]] = {}
    grades: dict[int, GradeEvent] = {}
    hints: dict[str, int] = {}
    for event in events:
        if isinstance(event, ScenarioStarted) and event.scenario not in order:
            order.append(event.scenario)
        elif isinstance(event, Answer):
            answers.setdefault(event.scenario, []).append(event)
        elif isinstance(event, GradeEvent) and event.grade is not None:
            grades[event.answer] = event  # a later grade of the same answer wins
        elif isinstance(event, Hint) and event.scenario:
            hints[event.scenario] = hints.get(event.scenario, 0) + 1
    cards = [_scenario_card(scenarios[sid], answers.get(sid, []), grades, hints.get(sid, 0))
             for sid in order if sid in scenarios and answers.get(sid)]
    every = [a for sid in order for a in answers.get(sid, [])]
    timed = [a.seconds for a in every if a.seconds is not None]
    return Scorecard(
        scenarios=cards, answers=len(every),
        words_per_answer=round(sum(a.words for a in every) / len(every), 1) if every else 0.0,
        seconds_per_answer=round(sum(timed) / len(timed), 1) if timed else None,
        speaking_seconds=round(sum(a.words for a in every) * 60 / SPEAKING_WPM, 1))
