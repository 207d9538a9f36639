"""Plain-stream output for a session: the answers-file mode.

The terminal UI prints through prompt-toolkit instead, but both show the same
scorecard text (views.scorecard_text), so what a person reads is the same.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from typing import TextIO

from interviewer._internal.text import strip_controls as clean
from interviewer.transcripts.scorecard import Scorecard
from interviewer.views.render import Style, _width
from interviewer.views.scorecard_text import render_scorecard, wrap


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
