"""The rubric in code: quotes become positions, positions become flags.

Whatever produced the evidence (the rule-based grader or a model), the flags
are decided here and only here, from where the quotes stand in the reply.
"""

from __future__ import annotations

from interviewer._internal.text import Haystack
from interviewer.schemas import Evidence, Flags, Grade, GraderInfo, GraderOutput, Move


def place(output: GraderOutput, reply: str) -> list[Evidence]:
    """Position every quote in the reply; quotes that do not occur are dropped.

    A repeated quote of the same move is placed at its next occurrence, so
    two identical spans are not collapsed onto the first one.
    """
    placed: list[Evidence] = []
    seen: dict[tuple[Move, str], int] = {}
    hay = Haystack(reply)
    for item in output.evidence:
        key = (item.move, item.quote)
        span = hay.locate(item.quote, start_at=seen.get(key, 0))
        if span is None:
            span = hay.locate(item.quote)
        if span is None:
            continue
        seen[key] = span[0] + 1
        placed.append(Evidence(move=item.move, quote=item.quote, start=span[0], end=span[1]))
    placed.sort(key=lambda e: (e.start, e.end))
    return placed


def first_start(evidence: list[Evidence], move: Move) -> int | None:
    starts = [e.start for e in evidence if e.move == move]
    return min(starts) if starts else None


def flags_from(evidence: list[Evidence]) -> Flags:
    present = {e.move for e in evidence}
    surface = first_start(evidence, "surface")
    fix = first_start(evidence, "fix")
    before = surface is not None and (fix is None or surface < fix)
    return Flags(
        surfaced_dependency="surface" in present,
        assessed_impact="assess" in present,
        aligned_stakeholders="align" in present,
        proposed_fix="fix" in present,
        clarified_timing="clarify_timing" in present,
        protected_trust="protect_trust" in present,
        dependency_before_fix=before,
    )


def grade_from(output: GraderOutput, reply: str, grader: GraderInfo) -> Grade:
    evidence = place(output, reply)
    return Grade(flags=flags_from(evidence), evidence=evidence, feedback=output.feedback,
                 grader=grader)
