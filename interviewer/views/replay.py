"""Show a saved session as it happened, at once or at its original pace.

Each answer is shown with its moves marked in the text and its flags, using the
grade in force (a regrade's, when there is one). The scorecard is the one the
session kept.
"""

from __future__ import annotations

import select
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, TextIO

from interviewer._internal.text import plural
from interviewer._internal.text import strip_controls as clean
from interviewer.moves import INFO
from interviewer.transcripts.events import (
    Answer,
    Ended,
    Event,
    GradeEvent,
    Hint,
    Line,
    PersonaSwap,
    Reveal,
    ScenarioStarted,
    ScorecardEvent,
    Skipped,
)
from interviewer.transcripts.store import Transcript
from interviewer.transcripts.verdicts import Turn, Verdict, in_context
from interviewer.views.render import Style, mark_reply
from interviewer.views.scorecard_text import render_scorecard, wrap

MAX_PAUSE = 15.0  # a real-pace replay never sits silent longer than this


def _when(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _flags(grade: GradeEvent, verdict: Verdict | None, style: Style) -> str:
    if grade.grade is None:
        return style.dim(f"  ({grade.status}, no grade)")
    flags = grade.grade.flags.model_dump()
    present = [info.label for info in INFO.values() if flags[info.flag]]
    text = "  " + (", ".join(style.paint(p, "32") for p in present) or style.dim("no move"))
    if verdict is not None:
        # In the scenario so far: a fix after a dependency named earlier led with it.
        first = verdict.dependency_first
        text += " · dependency first: " + style.paint("yes" if first else "no",
                                                      "32" if first else "31")
    if grade.status != "ok":
        text += style.dim(f"  [{grade.status}: offline grade standing in]")
    if grade.source == "regrade":
        text += style.dim("  [regraded]")
    if verdict is not None:
        text += "\n" + style.dim("  " + verdict.text)
    return text


def frames(transcript: Transcript, style: Style,
           names: dict[str, str] | None = None) -> Iterator[tuple[float, str]]:
    """(time, text) for each thing shown, in order."""
    header = transcript.header
    models = ", ".join(f"{k} {v}" for k, v in header.models.items() if v) or "no model"
    # A transcript may come from anyone: its text is cleaned before it is styled.
    yield header.t, style.bold(f"Session {clean(header.session_id)}") + style.dim(clean(
        f"  {_when(header.t)} · {header.persona} · {header.provider} ({models})"))
    grades: dict[int, GradeEvent] = {}
    for event in transcript.events:
        if isinstance(event, GradeEvent):
            grades[event.answer] = event
    verdicts = _verdicts(transcript, grades)
    for event in transcript.events:
        text = _frame(event, grades, verdicts, names or {}, style)
        if text is not None:
            yield event.t, text


def _verdicts(transcript: Transcript, grades: dict[int, GradeEvent]) -> dict[int, Verdict]:
    """Each answer's verdict in its scenario so far, by answer index."""
    by_scenario: dict[str, list[Answer]] = {}
    for event in transcript.events:
        if isinstance(event, Answer):
            by_scenario.setdefault(event.scenario, []).append(event)
    out: dict[int, Verdict] = {}
    for answers in by_scenario.values():
        turns = [Turn(a.index, g.grade if (g := grades.get(a.index)) else None, len(a.text))
                 for a in answers]
        out.update({a.index: v for a, v in zip(answers, in_context(turns), strict=True)
                    if v is not None})
    return out


def _line(event: Line, names: dict[str, str], style: Style) -> str:
    speaker = clean(names.get(event.persona, event.persona).split(",", maxsplit=1)[0])
    text = wrap(clean(event.text), "  ", f"{style.bold(speaker + ':')} ")
    return text + ("\n" + style.dim(f"  ({clean(event.notice)})") if event.notice else "")


def _answer(event: Answer, grade: GradeEvent | None, verdict: Verdict | None,
            style: Style) -> str:
    marked = mark_reply(event.text, grade.grade.evidence, style) \
        if grade and grade.grade else clean(event.text)
    timing = f", {event.seconds:.0f} s" if event.seconds is not None else ""
    late = ", timed out" if event.timed_out else ""
    head = style.dim(f"  answer {event.index + 1} ({plural(event.words, 'word')}{timing}{late})")
    body = wrap(marked, "  ", f"{style.bold('You:')} ")
    return "\n".join([body, head + (_flags(grade, verdict, style) if grade else "")])


# Asides as plain text and how to style it: the text is cleaned in between.
_ASIDES: dict[type, tuple[Callable[[Style, str], str], Callable[[Any], str]]] = {
    ScenarioStarted: (Style.bold, lambda e: f"\n── scenario {e.index + 1}: {e.scenario} ──"),
    # the fact is cleaned before repr() spells its sequences out as text
    Reveal: (Style.dim, lambda e: f"  (revealed {clean(e.fact)!r}, asked: {e.asked})"),
    PersonaSwap: (Style.dim, lambda e: f"  ({e.persona} takes over from {e.previous})"),
    Hint: (Style.dim, lambda e: "  (hint used)"),
    Skipped: (Style.dim, lambda e: f"  (skipped {e.scenario})"),
    Ended: (Style.dim, lambda e: f"\n(session ended: {e.reason})"),
}


def _frame(event: Event, grades: dict[int, GradeEvent], verdicts: dict[int, Verdict],
           names: dict[str, str], style: Style) -> str | None:
    if isinstance(event, Line):
        return _line(event, names, style)
    if isinstance(event, Answer):
        return _answer(event, grades.get(event.index), verdicts.get(event.index), style)
    if isinstance(event, ScorecardEvent):
        return render_scorecard(event.scorecard, style)
    aside = _ASIDES.get(type(event))
    if aside is None:
        return None  # grades show with their answers
    paint, text = aside
    return paint(style, clean(text(event)))


def _wait(seconds: float, keys: TextIO | None) -> None:
    """Sleep, unless the candidate presses a key (Enter) to skip ahead."""
    if seconds <= 0:
        return
    if keys is None:
        time.sleep(seconds)
        return
    ready, _, _ = select.select([keys], [], [], seconds)
    if ready:
        keys.readline()


def show(transcript: Transcript, out: TextIO, *, real_pace: bool = False,
         names: dict[str, str] | None = None) -> None:
    style = Style(out)
    keys = sys.stdin if real_pace and sys.stdin.isatty() else None
    if real_pace and keys is not None:
        out.write(style.dim("(replaying at the original pace; press Enter to skip ahead)\n"))
    previous: float | None = None
    for t, text in frames(transcript, style, names):
        if real_pace and previous is not None:
            _wait(min(MAX_PAUSE, t - previous), keys)
        previous = t
        out.write(text + "\n")
        out.flush()
