"""One or two spoken-style sentences of feedback, from the flags alone."""

from __future__ import annotations

from interviewer.schemas import Flags


def _headline(flags: Flags) -> str:
    if flags.dependency_before_fix and flags.proposed_fix:
        return "Good shape: you named the dependency before you went to the fix."
    if flags.dependency_before_fix:
        return "You named the dependency up front, which is what they're listening for."
    if flags.surfaced_dependency and flags.proposed_fix:
        return ("You went to the fix before naming the dependency; say what's late and what "
                "it blocks first, then the fix.")
    if flags.proposed_fix:
        return ("I heard a fix but never the dependency itself; open by naming what we're "
                "waiting on and who it blocks.")
    return "Lead with the dependency: say plainly what we're waiting on and what it puts at risk."


def _next_step(flags: Flags) -> str:
    if not flags.assessed_impact:
        return "Next, say how bad it is: what it blocks, who's hit, blocking or just degrading."
    if not flags.aligned_stakeholders:
        return "Next, take the options, delay, partial or decouple, to the people who decide."
    if not flags.clarified_timing:
        return "One more thing: check whether we're ahead of delivery or already in it."
    if not flags.protected_trust:
        return "And say how you'd keep a partial delivery from passing as complete."
    return "That covers the framework; now say it in half the words."


def feedback_for(flags: Flags) -> str:
    return f"{_headline(flags)} {_next_step(flags)}"
