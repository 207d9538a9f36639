"""What the interviewer does next: a pure decision from the grade and the scenario so far.

The policy decides *what* to say (cut in, reveal a fact, probe a gap, wrap up);
a voice (offline templates, or a model) decides *how* to say it. It never gives
feedback: probes only ask for what the grades say is missing, in the
framework's order, each at most once per scenario.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from interviewer.schemas import (
    PROBE_ORDER,
    Action,
    Grade,
    HiddenFact,
    Move,
    Persona,
    Scenario,
)

_AUX = r"(?:is|are|do|does|did|can|could|will|would|has|have|should|was|were)"
# Spoken questions often lose their question mark in transcription; a sentence
# asks when it inverts ("are we live") or pairs a wh-word with an auxiliary
# ("when does it land"), not merely when it starts with "what" ("what I'd do is").
_QUESTION_START = re.compile(
    r"^(?:so |and |but |ok(?:ay)?,? |um+,? |uh+,? |sorry,? |just to (?:check|clarify),? )*"
    rf"(?:{_AUX}\s+(?:we|they|you|it|the|there|that|this|acme|our|their)\b"
    rf"|(?:when|what|how|who|which|where|why)(?:'s|\s+{_AUX}\b|\s+(?:many|much|long|exactly|soon)\b))",
    re.I)
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
# Answers with at most this many words that reveal a fact are taken as "asking for
# information", so the interviewer answers and waits instead of probing.
QUESTION_ONLY_WORDS = 40


@dataclass
class ScenarioProgress:
    """Everything the policy needs to know about the scenario in play."""

    scenario: Scenario
    moves: set[Move] = field(default_factory=set)  # seen in any answer so far
    probed: list[Move] = field(default_factory=list)
    revealed: set[str] = field(default_factory=set)

    def record(self, grade: Grade | None) -> None:
        if grade is not None:
            self.moves.update(e.move for e in grade.evidence)


def questions(answer: str) -> list[str]:
    """The sentences of an answer that ask something."""
    found = []
    for match in _SENTENCE.finditer(answer):
        sentence = match.group().strip()
        if sentence.endswith("?") or _QUESTION_START.match(sentence):
            found.append(sentence)
    return found


def facts_asked(answer: str, progress: ScenarioProgress) -> list[tuple[HiddenFact, str]]:
    """Hidden facts the answer asks for and that were not revealed yet, best match first."""
    picked: list[tuple[HiddenFact, str]] = []
    for question in questions(answer):
        low = question.lower()
        best: tuple[int, HiddenFact] | None = None
        for fact in progress.scenario.hidden_facts:
            if fact.id in progress.revealed or any(f.id == fact.id for f, _ in picked):
                continue
            hits = sum(1 for word in fact.asks if re.search(rf"\b{re.escape(word.lower())}", low))
            if hits and (best is None or hits > best[0]):
                best = (hits, fact)
        if best is not None:
            picked.append((best[1], question))
    return picked


def next_gap(progress: ScenarioProgress, persona: Persona) -> Move | None:
    if len(progress.probed) >= persona.max_probes:
        return None
    for move in PROBE_ORDER:
        if move not in progress.moves and move not in progress.probed:
            return move
    return None


def decide(progress: ScenarioProgress, persona: Persona, answer: str, grade: Grade | None,
           *, words: int, timed_out: bool) -> list[Action]:
    """The interviewer's next actions after an answer, in the order they are spoken."""
    actions: list[Action] = []
    if timed_out:
        actions.append(Action("timed_out"))
    elif words > persona.cut_in_words:
        actions.append(Action("cut_in"))
    reveals = facts_asked(answer, progress)[:2]
    actions.extend(Action("reveal", fact=fact, asked=asked) for fact, asked in reveals)
    asking_only = words <= QUESTION_ONLY_WORDS and not (grade and grade.evidence)
    if reveals and not timed_out and asking_only:
        return actions  # they asked for information: answer it and let them go on
    gap = next_gap(progress, persona)
    actions.append(Action("probe", move=gap) if gap else Action("wrap_up"))
    return actions
