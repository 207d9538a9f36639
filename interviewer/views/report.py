"""A session's scorecard as a document: Markdown here, self-contained HTML in report_html.py.

Both are built from the transcript alone: the scorecard the session kept (or
one computed from its events), and for each answer the grade in force with its
evidence positions, so the order of dependency and fix can be seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from html import escape

from interviewer._internal.text import plural, strip_controls
from interviewer.moves import FRAMEWORK, LABEL
from interviewer.prompts import Library
from interviewer.schemas import Evidence, Grade, Move, Scenario
from interviewer.transcripts.events import Answer, GradeEvent, ScorecardEvent
from interviewer.transcripts.scorecard import ScenarioCard, Scorecard, build_scorecard
from interviewer.transcripts.store import Transcript
from interviewer.transcripts.verdicts import Turn, Verdict, in_context


@dataclass(frozen=True)
class AnsweredTurn:
    answer: Answer
    grade: Grade | None
    status: str
    verdict: Verdict | None = None  # where this answer stands in its scenario

    def first(self, move: Move) -> Evidence | None:
        found = [e for e in self.grade.evidence if e.move == move] if self.grade else []
        return min(found, key=lambda e: e.start) if found else None

    def order_note(self) -> str | None:
        """One sentence on the dependency and the fix, in the scenario so far."""
        return self.verdict.text if self.verdict else None


@dataclass(frozen=True)
class Report:
    transcript: Transcript
    scorecard: Scorecard
    turns: dict[str, list[AnsweredTurn]]  # by scenario id
    scenarios: dict[str, Scenario]

    @property
    def started(self) -> str:
        return datetime.fromtimestamp(self.transcript.header.t, UTC).strftime(
            "%Y-%m-%d %H:%M UTC")


def build_report(transcript: Transcript, library: Library) -> Report:
    grades: dict[int, GradeEvent] = {}
    kept: Scorecard | None = None
    for event in transcript.events:
        if isinstance(event, GradeEvent):
            grades[event.answer] = event
        elif isinstance(event, ScorecardEvent):
            kept = event.scorecard
    scenarios = {sid: library.scenario(sid) for sid in transcript.header.scenarios
                 if sid in library.scenarios}
    turns: dict[str, list[AnsweredTurn]] = {}
    for event in transcript.events:
        if isinstance(event, Answer):
            g = grades.get(event.index)
            turns.setdefault(event.scenario, []).append(
                AnsweredTurn(event, g.grade if g else None, g.status if g else "ungraded"))
    for sid, answered in turns.items():
        verdicts = in_context(Turn(t.answer.index, t.grade, len(t.answer.text)) for t in answered)
        turns[sid] = [replace(t, verdict=v) for t, v in zip(answered, verdicts, strict=True)]
    # A regrade appends newer grades: the scorecard follows the grades in force.
    regraded = any(g.source == "regrade" for g in grades.values())
    card = build_scorecard(transcript.events, scenarios) if regraded or kept is None else kept
    return Report(transcript, card, turns, scenarios)


def strip(turn: AnsweredTurn, move: Move, width: int = 40) -> str:
    """A text timeline of one move along the answer: '#' where its evidence stands."""
    cells = ["."] * width
    size = max(1, len(turn.answer.text))
    for e in turn.grade.evidence if turn.grade else []:
        if e.move == move:
            for i in range(e.start * width // size, max(e.start * width // size + 1,
                                                         e.end * width // size)):
                cells[min(i, width - 1)] = "#"
    return "".join(cells)


# Characters that make Markdown out of data: links and images ([x](javascript:...)),
# code spans and emphasis. Backslash-escaped, they show as themselves.
_MD_ACTIVE = re.compile(r"([\\`*_\[\]])")


def _md(text: str) -> str:
    """Transcript text for Markdown: a viewer renders raw HTML and Markdown of its own,
    a terminal obeys escape sequences; the text must do none of these."""
    return _MD_ACTIVE.sub(r"\\\1", escape(strip_controls(text), quote=False))


def _md_scenario(card: ScenarioCard, turns: list[AnsweredTurn]) -> list[str]:
    card = card.map_text(_md)
    out = [f"## {card.title}", "", f"*{card.scenario}*", ""]
    led = "yes" if card.led_with_dependency else "**no**"
    out.append(f"- Led with the dependency: {led}")
    if card.surface_quote:
        out.append(f"  - dependency: \u201c{card.surface_quote}\u201d")
    if card.fix_quote:
        out.append(f"  - fix: \u201c{card.fix_quote}\u201d")
    out.append(f"- Timing clarified: {'yes' if card.clarified_timing else 'no'}; "
               f"trust protected: {'yes' if card.protected_trust else 'no'}"
               + (f"; hints used: {card.hints}" if card.hints else ""))
    out.append("")
    for turn, stats in zip(turns, card.answers, strict=False):
        seconds = f", {stats.seconds:.0f} s" if stats.seconds is not None else ""
        out.append(f"### Answer {stats.index + 1} ({plural(stats.words, 'word')}, "
                   f"~{stats.speaking_seconds:.0f} s spoken{seconds})")
        out.append("")
        out.append("> " + _md(" ".join(turn.answer.text.split())))
        out.append("")
        out.append("```")
        for move in FRAMEWORK:  # the timeline rows, in the framework's order
            out.append(f"{LABEL[move]:<13}|{strip(turn, move)}|")
        out.append("```")
        note = turn.order_note()
        if note:
            out += ["", note]
        out.append("")
    if card.reframed:
        out += ["**In your own words, in the framework's order:** " + " ".join(card.reframed), ""]
    if card.missing:
        out += ["**Missing:** " + "; ".join(card.missing) + ".", ""]
    if card.recenter:
        out += [f"**To recentre:** \u201c{card.recenter}\u201d", ""]
    return out


def markdown(report: Report) -> str:
    header = report.transcript.header
    card = report.scorecard
    out = [f"# Mock interview, {report.started}", "",
           f"Persona `{_md(header.persona)}` · provider `{_md(header.provider)}` · "
           f"session `{_md(header.session_id)}`", ""]
    for scenario_card in card.scenarios:
        out += _md_scenario(scenario_card, report.turns.get(scenario_card.scenario, []))
    out.append(f"**Compression:** {card.compression()}")
    return "\n".join(out) + "\n"
