"""Plain-stream output for a session: the answers-file mode, and the scorecard text.

The terminal UI prints through prompt-toolkit instead, but shows the same
scorecard text, so what a person reads is the same in both modes.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from typing import TextIO

from interviewer.moves import LABEL
from interviewer.render import Style, _width
from interviewer.scorecard import ScenarioCard, Scorecard
from interviewer.text import plural
from interviewer.text import strip_controls as clean


class StreamWrapper:
    """Word-wraps text that arrives in chunks (a streamed line), without waiting for the end."""

    def __init__(self, width: int, start_column: int, indent: str = "  ") -> None:
        self.width = width
        self.column = start_column
        self.indent = indent
        self._word = ""

    def _flush_word(self, out: list[str]) -> None:
        if not self._word:
            return
        if self.column > len(self.indent) and self.column + 1 + len(self._word) > self.width:
            out.append("\n" + self.indent)
            self.column = len(self.indent)
        elif self.column > len(self.indent):
            out.append(" ")
            self.column += 1
        out.append(self._word)
        self.column += len(self._word)
        self._word = ""

    def feed(self, chunk: str) -> str:
        out: list[str] = []
        for ch in chunk:
            if ch.isspace():
                self._flush_word(out)
            else:
                self._word += ch
        return "".join(out)

    def close(self) -> str:
        out: list[str] = []
        self._flush_word(out)
        return "".join(out)


def wrap(text: str, indent: str = "  ", first: str | None = None) -> str:
    return textwrap.fill(" ".join(text.split()), _width(), initial_indent=first or indent,
                         subsequent_indent=indent)


def _yes(style: Style, value: bool) -> str:
    return style.paint("yes", "32") if value else style.paint("no", "31")


def _scenario(card: ScenarioCard, style: Style) -> list[str]:
    card = card.map_text(clean)  # quotes come from answers, titles from files
    out = [style.bold(card.title) + style.dim(f"  ({card.scenario})")]
    out.append(f"  led with the dependency: {_yes(style, card.led_with_dependency)}")
    if card.surface_quote:
        out.append(wrap(f"\u201c{card.surface_quote}\u201d", "      ", "    dependency: "))
    if card.fix_quote:
        out.append(wrap(f"\u201c{card.fix_quote}\u201d", "      ", "    fix: "))
    out.append(f"  timing clarified: {_yes(style, card.clarified_timing)}    "
               f"trust protected: {_yes(style, card.protected_trust)}"
               + (f"    hints used: {card.hints}" if card.hints else ""))
    for a in card.answers:
        order = " \u2192 ".join(LABEL[m] for m in a.moves) or "no move found"
        timing = f", {a.seconds:.0f} s" if a.seconds is not None else ""
        flag = ", timed out" if a.timed_out else ""
        out.append(f"  answer {a.index + 1}: {plural(a.words, 'word')} "
                   f"(~{a.speaking_seconds:.0f} s spoken"
                   f"{timing}{flag}): {order}")
        if a.verdict:
            out.append(style.dim(f"    {a.verdict}"))
    if card.reframed:
        out.append("  in your own words, in the framework's order:")
        out.append(wrap(" ".join(card.reframed), "    "))
    if card.missing:
        out.append(wrap("missing: " + "; ".join(card.missing) + ".", "    ", "  "))
    if card.recenter:
        out.append("  to recentre when you notice you're deep in the fix:")
        out.append(wrap(f"\u201c{card.recenter}\u201d", "    "))
    return out


def render_scorecard(card: Scorecard, style: Style) -> str:
    lines = ["", style.bold("Scorecard"), ""]
    if not card.scenarios:
        lines.append("  No answers were given, so there is nothing to score.")
        return "\n".join(lines)
    for scenario in card.scenarios:
        lines += [*_scenario(scenario, style), ""]
    lines.append(f"Compression: {card.compression()}")
    return "\n".join(lines)


class ConsoleOutput:
    """Writes the conversation to a stream (stdout), for answers-file sessions."""

    def __init__(self, stream: TextIO | None = None, echo_answers: bool = True) -> None:
        self.stream = stream or sys.stdout
        self.style = Style(self.stream)
        self.echo_answers = echo_answers

    def line(self, speaker: str, chunks: Iterator[str]) -> str:
        name = clean(speaker.split(",", maxsplit=1)[0]) + ":"
        self.stream.write(self.style.bold(name))
        wrapper = StreamWrapper(_width(), len(name))
        text: list[str] = []
        for chunk in chunks:
            text.append(chunk)
            # Each chunk is cleaned on its own: of a sequence split across two chunks,
            # the first loses the introducer, so the rest can only show as plain text.
            self.stream.write(wrapper.feed(clean(chunk)))
            self.stream.flush()
        self.stream.write(wrapper.close() + "\n\n")
        self.stream.flush()
        return "".join(text)

    def answer(self, text: str) -> None:
        if self.echo_answers:
            self.stream.write(self.style.dim(wrap(clean(text), "  ", "You: ")) + "\n\n")

    def notice(self, text: str) -> None:
        self.stream.write(self.style.dim(textwrap.indent(clean(text), "  ")) + "\n\n")
        self.stream.flush()

    def scorecard(self, card: Scorecard) -> None:
        self.stream.write(render_scorecard(card, self.style) + "\n")
        self.stream.flush()
