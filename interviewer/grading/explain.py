"""Why the offline grader credited a move or not: per clause, scores, cues and vetoes.

`interviewer grade --explain` prints this. A clause shows a move when its score
reaches the move's threshold; the score is the sum of the weights of the
clause's features, so the largest weights say why. Vetoes are the cues that
fired but were discounted: in a negation's scope ("I wouldn't stub it"), after a
premise opener ("since they're late, …"), inside someone else's idea ("the dev
lead will say…"), or in a question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from interviewer.grading import model as learned
from interviewer.grading.features import words_of
from interviewer.grading.offline import Scored, score
from interviewer.grading.tokens import ClauseView
from interviewer.schemas import MOVES, Move, Scenario

_TOP = 3  # features shown for and against each move
# The cues that speak for each move: a move whose cue fired gets a row, found or not.
_CUES_OF: dict[Move, frozenset[str]] = {
    "surface": frozenset(("relation", "gap", "raise", "framing")),
    "assess": frozenset(("impact",)), "align": frozenset(("options", "decide")),
    "fix": frozenset(("remedy",)), "clarify_timing": frozenset(("phase", "assume")),
    "protect_trust": frozenset(("honest",)),
}


@dataclass(frozen=True)
class MoveReason:
    move: Move
    score: float
    threshold: float
    found: bool
    pushes: list[tuple[str, float]]  # the largest weights, signed


@dataclass(frozen=True)
class ClauseReason:
    start: int
    end: int
    text: str
    cues: list[str]
    vetoes: list[str]
    moves: list[MoveReason]


def _vetoes(view: ClauseView) -> list[str]:
    names = {h.cue for h in view.hits}
    out = [f"{h.cue} (negated)" for h in view.hits if h.negated and h.cue != "first_person"]
    if view.hits and view.hits[0].cue == "premise" and names & {"remedy"}:
        out.append("premise: the gap is taken as given for a fix")
    if "others_idea" in names:
        out.append("someone else's idea")
    if "q" in view.features:
        out.append("a question, not a commitment")
    return out


def _reason(reply: str, item: Scored, model: learned.Model) -> ClauseReason:
    view = item.view
    moves = []
    for m, move in enumerate(MOVES):
        words = view.words or words_of(view)
        pushes = model.contributions(view.features, words, view.scale, move)[:_TOP]
        moves.append(MoveReason(move, item.logits[m], model.thresholds[m], move in item.found,
                                pushes))
    cues = sorted({("not " if h.negated else "") + h.cue for h in view.hits
                   if h.cue != "first_person"})
    start, end = view.clause.start, view.clause.end
    return ClauseReason(start, end, reply[start:end], cues, _vetoes(view), moves)


def explain(reply: str, scenario: Scenario) -> list[ClauseReason]:
    model = learned.load()
    _, scored = score(reply, scenario, model)
    return [_reason(reply, item, model) for item in scored]


_SHOWN = 160  # characters of a clause shown; a long one is cut in the middle


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= _SHOWN:
        return text
    half = _SHOWN // 2 - 1
    return f"{text[:half]} … {text[-half:]}"


def render(reasons: list[ClauseReason], strip: Callable[[str], str]) -> str:
    """Plain text, one block a clause; `strip` cleans reply text for a terminal."""
    lines: list[str] = []
    for r in reasons:
        lines.append(f"@{r.start}  “{_shorten(strip(r.text))}”")
        if r.cues:
            lines.append(f"    cues: {', '.join(r.cues)}")
        if r.vetoes:
            lines.append(f"    vetoed: {'; '.join(r.vetoes)}")
        fired = {c.removeprefix("not ") for c in r.cues}
        for mr in r.moves:
            if not mr.found and mr.score < mr.threshold - 2 and not fired & _CUES_OF[mr.move]:
                continue  # far from the line, and none of its cues fired: not worth a row
            mark = "yes" if mr.found else "no "
            why = ", ".join(f"{f} {w:+.2f}" for f, w in mr.pushes)
            lines.append(f"    {mark} {mr.move:14} score {mr.score:+.2f} / {mr.threshold:+.2f}"
                         f"   {why}")
    return "\n".join(lines)
