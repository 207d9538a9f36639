"""Each answer's verdict on the dependency and the fix, in the scenario so far.

An answer's own flags stay as the rubric defines them: a reply that only says
what it would build has `dependency_before_fix` false. But an answer to "what
would you build?" given after the candidate named the dependency in an earlier
answer is not "a fix with no dependency named": the line a person reads (in
the scorecard, replay and reports) says where the answer stands in the
scenario, the way `led_with_dependency` does for the whole scenario.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from interviewer.schemas import Evidence, Grade, Move


@dataclass(frozen=True)
class Turn:
    """One answer of a scenario, in order: its number in the session and its grade."""

    index: int  # the answer's index in the session, from 0
    grade: Grade | None
    length: int  # characters, to say how far in a move stands


@dataclass(frozen=True)
class Verdict:
    text: str
    # Whether, in the scenario up to and including this answer, the dependency was
    # named before any fix: `led_with_dependency` so far.
    dependency_first: bool


def _first(grade: Grade | None, move: Move) -> Evidence | None:
    found = [e for e in grade.evidence if e.move == move] if grade else []
    return min(found, key=lambda e: e.start) if found else None


def _within(turn: Turn, surface: Evidence, fix: Evidence) -> str:
    size = max(1, turn.length)
    s, f = round(100 * surface.start / size), round(100 * fix.start / size)
    if surface.start < fix.start:
        return f"The dependency came first ({s}% in), then the fix ({f}% in)."
    return f"The fix came before the dependency ({f}% in, the dependency {s}% in)."


def _fix_text(turn: Turn, surface: Evidence | None, fix: Evidence,
              named_in: int | None) -> str:
    if named_in is not None:
        return f"A fix, after the dependency you named in answer {named_in + 1}."
    if surface:
        return _within(turn, surface, fix)
    return "A fix with no dependency named yet in this scenario."


def _text(turn: Turn, surface: Evidence | None, fix: Evidence | None,
          named_in: int | None, fixed_in: int | None) -> str | None:
    """The sentence for one answer, given where the scenario stood before it."""
    if fix:
        return _fix_text(turn, surface, fix, named_in)
    if surface and named_in is not None:
        return f"The dependency again (first named in answer {named_in + 1})."
    if surface and fixed_in is not None:
        return f"The dependency, but only after the fix in answer {fixed_in + 1}."
    if surface:
        return "The dependency, and no fix yet."
    return None


def in_context(turns: Iterable[Turn]) -> list[Verdict | None]:
    """A verdict per answer of one scenario (None for an answer with neither move)."""
    named_in: int | None = None  # the answer where the dependency was first named
    fixed_in: int | None = None  # the answer where a fix was first proposed
    first_surface: tuple[int, int] | None = None  # (answer, position)
    first_fix: tuple[int, int] | None = None
    out: list[Verdict | None] = []
    for turn in turns:
        surface, fix = _first(turn.grade, "surface"), _first(turn.grade, "fix")
        text = _text(turn, surface, fix, named_in, fixed_in)
        if surface and first_surface is None:
            named_in, first_surface = turn.index, (turn.index, surface.start)
        if fix and first_fix is None:
            fixed_in, first_fix = turn.index, (turn.index, fix.start)
        led = first_surface is not None and (first_fix is None or first_surface < first_fix)
        out.append(Verdict(text, led) if text else None)
    return out
