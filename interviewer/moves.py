"""The framework's six moves, defined once: name, flag, label, step, colours and orders.

Everything that names a move to a person (scorecard, replay, reports, the
terminal's colours) or orders the moves (the framework's order, the order the
interviewer probes gaps in) reads it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Move = Literal["surface", "assess", "align", "fix", "clarify_timing", "protect_trust"]


@dataclass(frozen=True)
class MoveInfo:
    flag: str  # the rubric's flag for "this move is present"
    label: str  # the move's name for a person ("dependency", "impact", …)
    step: str  # the framework's step, said to the candidate
    terminal: str  # ANSI colour code
    html: str  # colour in reports
    goal: str  # what a model interviewer's probe for the missing move asks the candidate to do


INFO: dict[Move, MoveInfo] = {
    "surface": MoveInfo("surfaced_dependency", "dependency",
                        "name the dependency and who is waiting on whom", "36", "#0f7b6c",
                        "say explicitly what we depend on and who is late or misaligned"),
    "assess": MoveInfo("assessed_impact", "impact",
                       "say what it puts at risk and how badly", "33", "#b7791f",
                       "weigh the impact: what breaks, for whom, blocking or degrading"),
    "align": MoveInfo("aligned_stakeholders", "stakeholders",
                      "take the options to the people who decide", "35", "#805ad5",
                      "say who decides and which options and trade-offs they would put to "
                      "them"),
    "fix": MoveInfo("proposed_fix", "fix", "propose the technical fix", "34", "#2b6cb0",
                    "say what they would actually build or change technically"),
    "clarify_timing": MoveInfo("clarified_timing", "timing",
                               "clarify whether we're ahead of delivery or already in it",
                               "32", "#2f855a",
                               "say whether we are ahead of delivery or already in it, and why "
                               "that matters"),
    "protect_trust": MoveInfo("protected_trust", "trust",
                              "make sure nothing partial passes as complete", "37", "#718096",
                              "say how a partial delivery stays clearly labelled and never "
                              "passes as complete"),
}

# The rubric's order (grading-rubric.md), the order of the flags and of grader output.
MOVES: tuple[Move, ...] = ("surface", "assess", "align", "fix", "clarify_timing", "protect_trust")
# The order a strong answer takes: timing first, the fix late, trust last.
FRAMEWORK: tuple[Move, ...] = ("clarify_timing", "surface", "assess", "align", "fix",
                               "protect_trust")
# The gaps the interviewer probes, in the framework's order: dependency, impact,
# stakeholders and trade-offs, timing, then the solution, then trust.
PROBE_ORDER: tuple[Move, ...] = ("surface", "assess", "align", "clarify_timing", "fix",
                                 "protect_trust")
FLAG_NAMES: tuple[str, ...] = (*(INFO[m].flag for m in MOVES), "dependency_before_fix")
FLAG_OF: dict[Move, str] = {m: INFO[m].flag for m in MOVES}
LABEL: dict[Move, str] = {m: INFO[m].label for m in MOVES}
