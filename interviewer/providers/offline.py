"""The offline engine: the rule-based grader and the persona's own lines, no network."""

from __future__ import annotations

from collections.abc import Iterator

from interviewer.grading.offline import grade_offline, rules_sha256
from interviewer.prompts import render_template
from interviewer.providers.base import Conversation
from interviewer.schemas import Action, Grade, GradeResult, Scenario


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _fill(template: str, conversation: Conversation, action: Action) -> str:
    scenario = conversation.scenario
    values = {
        "title": scenario.title,
        "situation": " ".join(scenario.situation.split()),
        # Resuming repeats the last thing the interviewer said, whatever it was.
        "question": (conversation.said[-1] if action.kind == "resume" and conversation.said
                     else scenario.question),
        "stakeholder": scenario.stakeholders[0],
        "stakeholders": _join(scenario.stakeholders),
        "dependency": scenario.dependencies[0],
        "fact": action.fact.fact if action.fact else "",
        "limit": str(conversation.persona.time_limit or ""),
    }
    return render_template(template, values)


def templates_for(action: Action, conversation: Conversation) -> list[str]:
    lines = conversation.persona.lines
    if action.kind == "probe":
        assert action.move is not None
        found: list[str] = getattr(lines.probes, action.move)
        return found
    chosen: list[str] = getattr(lines, action.kind)
    return chosen


def offline_line(action: Action, conversation: Conversation) -> str:
    """A persona line for the action, varied by scenario and never repeated within one."""
    options = templates_for(action, conversation)
    key = f"{action.kind}:{action.move or ''}"
    start = conversation.scenario_index + conversation.counts.get(key, 0)
    conversation.counts[key] = conversation.counts.get(key, 0) + 1
    rendered = [_fill(options[(start + i) % len(options)], conversation, action)
                for i in range(len(options))]
    fresh = [text for text in rendered if text not in conversation.said]
    return (fresh or rendered)[0]


class OfflineEngine:
    name = "offline"
    interviewer_model: str | None = None
    grader_model: str | None = None
    background_grading = False

    def grade(self, reply: str, scenario: Scenario, question: str | None) -> GradeResult:
        return GradeResult("ok", grade_offline(reply, scenario, question))

    def quick_grade(self, reply: str, scenario: Scenario, question: str | None) -> Grade:
        return grade_offline(reply, scenario, question)

    def speak(self, action: Action, conversation: Conversation) -> Iterator[str]:
        yield offline_line(action, conversation)

    def take_notice(self) -> str | None:
        return None

    def prompt_hashes(self) -> dict[str, str]:
        return {"offline_rules": rules_sha256()}
