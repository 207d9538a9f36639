"""The offline grader: a spoken-style reply in, the contract's GraderOutput out.

It reads the reply clause by clause (`features.py`), scores each clause for
each move with the learned weights (`model.py`), and reports every move it
finds with that clause as a verbatim quote. It decides nothing about flags:
`evidence.py` does that from the quotes' positions, the same way it does for
a model's output.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from interviewer._internal.limits import MAX_ANSWER_CHARS
from interviewer._internal.text import plural
from interviewer.errors import UserInputError
from interviewer.grading import model as learned
from interviewer.grading.evidence import grade_from
from interviewer.grading.features import read
from interviewer.grading.feedback import feedback_for
from interviewer.grading.segment import fragment_starts
from interviewer.grading.tokens import ClauseView
from interviewer.schemas import (
    MOVES,
    EvidenceQuote,
    Grade,
    GraderInfo,
    GraderOutput,
    Move,
    Scenario,
)

# A spoken answer of this length would take hours; past it we refuse rather
# than make a person wait.
MAX_REPLY_CHARS = MAX_ANSWER_CHARS
# Where a quote of these moves starts inside its clause: at the fragment of the
# first such cue, so a surface and a fix in one clause keep their order.
_ANCHORS: dict[str, frozenset[str]] = {
    "surface": frozenset(("relation", "gap", "raise", "framing")),
    "fix": frozenset(("remedy",)),
}


def rules_sha256() -> str:
    """The hash of the weights file, recorded as the offline grader's prompt hash."""
    return learned.load().sha256


def check_length(reply: str) -> None:
    if len(reply) > MAX_REPLY_CHARS:
        raise UserInputError(
            f"the reply is {plural(len(reply), 'character')}; the grader takes at most "
            f"{MAX_REPLY_CHARS:,} (about {MAX_REPLY_CHARS // 6:,} words)")


@dataclass(frozen=True)
class Scored:
    """One clause and its score for each move (what `--explain` shows)."""

    view: ClauseView
    logits: list[float]
    found: list[Move]


def score(reply: str, scenario: Scenario,
          model: learned.Model | None = None) -> tuple[str, list[Scored]]:
    check_length(reply)
    model = model or learned.load()
    text, _, views = read(reply, scenario, with_words=False)
    scored: list[Scored] = []
    for view in views:
        logits = model.view_logits(view)
        found = [m for m, z, t in zip(MOVES, logits, model.thresholds, strict=True) if z >= t]
        scored.append(Scored(view, logits, found))
    return text, scored


def _quote_start(text: str, view: ClauseView, move: Move) -> int:
    anchors = _ANCHORS.get(move)
    clause = view.clause
    if anchors is None:
        return clause.start
    at = next((h.start for h in view.hits if h.cue in anchors and not h.negated), clause.start)
    return max((f for f in fragment_starts(text, clause) if f <= at), default=clause.start)


def find_evidence(reply: str, scenario: Scenario,
                  model: learned.Model | None = None) -> list[EvidenceQuote]:
    text, scored = score(reply, scenario, model)
    found: list[EvidenceQuote] = []
    for item in scored:
        for move in item.found:
            start = _quote_start(text, item.view, move)
            quote = reply[start : item.view.clause.end].strip()
            if quote:
                # Built from our own spans (a move of MOVES, a slice of the reply), so
                # not validated again here; `evidence.place` checks every quote occurs.
                found.append(EvidenceQuote.model_construct(move=move, quote=quote))
    return found


@lru_cache(maxsize=8)
def _info(sha: str) -> GraderInfo:
    return GraderInfo(provider="offline", model=None, prompt_sha256=sha)


def grade_offline(reply: str, scenario: Scenario, question: str | None = None,
                  model: learned.Model | None = None) -> Grade:
    """Grade one reply offline. `question` is accepted for parity; the model ignores it."""
    del question
    evidence = find_evidence(reply, scenario, model)
    info = _info(model.sha256 if model else rules_sha256())
    output = GraderOutput.model_construct(evidence=evidence, feedback="")
    draft = grade_from(output, reply, info)
    return draft.model_copy(update={"feedback": feedback_for(draft.flags)})
