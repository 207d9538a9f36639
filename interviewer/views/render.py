"""Human-readable output for a terminal: marked replies, flags, metric tables.

Colour only when stdout is a terminal and NO_COLOR is unset; without colour
the evidence is marked with brackets so the output still reads in a log.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from typing import TextIO

from interviewer._internal.text import control_spans, plural
from interviewer._internal.text import strip_controls as clean
from interviewer.evaluation.evaluate import EvalResult
from interviewer.moves import INFO, MOVES, Move
from interviewer.schemas import FLAG_NAMES, Evidence, Grade, Scenario

_MOVE_COLOUR: dict[str, str] = {m: info.terminal for m, info in INFO.items()}
# The evidence worth showing next to a disagreement on each flag.
_FLAG_MOVES: dict[str, tuple[Move, ...]] = {
    **{info.flag: (m,) for m, info in INFO.items()}, "dependency_before_fix": ("surface", "fix")}


class Style:
    def __init__(self, stream: TextIO) -> None:
        self.on = stream.isatty() and "NO_COLOR" not in os.environ

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.on else text

    def bold(self, text: str) -> str:
        return self.paint(text, "1")

    def dim(self, text: str) -> str:
        return self.paint(text, "2")


def _width() -> int:
    return max(40, min(100, shutil.get_terminal_size((88, 24)).columns) - 4)


def mark_reply(reply: str, evidence: list[Evidence], style: Style) -> str:
    """The reply with each evidence span marked where it stands, its text cleaned.

    The offsets are into the raw reply, so the text between marks is cleaned
    piece by piece. A mark inside an escape sequence moves to the sequence's
    end: cut in two, the sequence's tail would show as text.
    """
    spans = control_spans(reply)

    def outside(i: int) -> int:
        return next((end for start, end in spans if start < i < end), i)

    opens: dict[int, list[str]] = {}
    closes: dict[int, int] = {}
    for e in evidence:
        opens.setdefault(outside(e.start), []).append(e.move)
        end = outside(e.end)
        closes[end] = closes.get(end, 0) + 1
    out: list[str] = []
    at = 0
    for i in sorted(k for k in opens.keys() | closes.keys() if k <= len(reply)):
        out.append(clean(reply[at:i]))
        at = i
        if i in closes:
            out.append(style.dim("]") * closes[i] if style.on else "]" * closes[i])
        if i in opens:
            moves = sorted(set(opens[i]), key=MOVES.index)
            tags = "+".join(style.paint(m, _MOVE_COLOUR[m]) for m in moves)
            out.append(f"[{tags}: " if not style.on else f"{style.dim('[')}{tags} ")
    out.append(clean(reply[at:]))
    return "".join(out)


def _wrap(text: str, indent: str = "  ") -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return "\n".join(textwrap.fill(p, _width(), initial_indent=indent,
                                   subsequent_indent=indent) for p in paragraphs)


def render_grade(grade: Grade, reply: str, scenario: Scenario, stream: TextIO) -> str:
    style = Style(stream)
    lines = [style.bold(clean(scenario.title)) + style.dim(f"  ({clean(scenario.id)})"), ""]
    lines.append(_wrap(mark_reply(reply, grade.evidence, style)))
    lines += ["", style.bold("Evidence")]
    if not grade.evidence:
        lines.append(style.dim("  no move found"))
    for e in grade.evidence:
        quote = textwrap.shorten(clean(e.quote), _width() - 24, placeholder=" …")
        lines.append(f"  {style.paint(f'{e.move:<15}', _MOVE_COLOUR[e.move])}"
                     f"{style.dim(f'@{e.start:<5}')} \u201c{quote}\u201d")
    lines += ["", style.bold("Flags")]
    flags = grade.flags.model_dump()
    for name in ("dependency_before_fix", *FLAG_NAMES[:-1]):
        mark = style.paint("yes", "32") if flags[name] else style.paint(" no", "31")
        lines.append(f"  {mark}  {name}{_why(name, grade)}")
    lines += ["", _wrap(clean(grade.feedback), "")]
    return "\n".join(lines)


def _why(flag: str, grade: Grade) -> str:
    if flag != "dependency_before_fix":
        return ""
    surface = next((e for e in grade.evidence if e.move == "surface"), None)
    fix = next((e for e in grade.evidence if e.move == "fix"), None)
    if surface and fix:
        order = "before" if surface.start < fix.start else "not before"
        return f"  (first surface @{surface.start} {order} first fix @{fix.start})"
    if surface:
        return "  (dependency surfaced, no fix proposed)"
    return "  (no dependency surfaced)" if not fix else "  (fix without the dependency)"


def render_eval(result: EvalResult, stream: TextIO, show: int = 40) -> str:
    style = Style(stream)
    head = f"{'flag':<24}{'n':>4}{'tp':>5}{'fp':>5}{'fn':>5}{'tn':>5}" \
           f"{'prec':>7}{'rec':>7}{'f1':>7}{'acc':>7}{'kappa':>7}"
    lines = [style.bold(f"{plural(len(result.predictions), 'item')}, "
                        f"{plural(result.errors, 'error')} "
                        f"({result.provider})"), "", style.bold(head)]
    for flag, m in result.metrics.items():
        lines.append(f"{flag:<24}{m.total:>4}{m.tp:>5}{m.fp:>5}{m.fn:>5}{m.tn:>5}"
                     f"{m.precision:>7.2f}{m.recall:>7.2f}{m.f1:>7.2f}{m.accuracy:>7.2f}"
                     f"{m.kappa:>7.2f}")
    disagreements = result.disagreements()
    lines += ["", style.bold(f"Disagreements ({len(disagreements)})")]
    for d in disagreements[:show]:
        ex = d.prediction.example
        got = "yes" if not d.labelled else "no"
        lines.append(f"  {clean(ex.id)}  {d.flag}: labelled {'yes' if d.labelled else 'no'}, "
                     f"graded {got}")
        lines.append(style.dim(textwrap.indent(textwrap.shorten(clean(ex.reply), 220), "      ")))
        grade = d.prediction.grade
        for e in grade.evidence if grade else []:
            if e.move in _FLAG_MOVES[d.flag]:
                quote = textwrap.shorten(clean(e.quote), _width() - 30, placeholder=" …")
                lines.append(f"      {style.paint(e.move, _MOVE_COLOUR[e.move])} @{e.start}: "
                             f"\u201c{quote}\u201d")
    if len(disagreements) > show:
        lines.append(style.dim(f"  … and {len(disagreements) - show} more (use --json for all)"))
    for p in result.predictions:
        if p.error:
            lines.append(clean(f"  {p.example.id}: error: {p.error}"))
    return "\n".join(lines)


def print_out(text: str) -> None:
    sys.stdout.write(text + "\n")
