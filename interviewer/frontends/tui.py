"""The live interview in a terminal (prompt-toolkit): input, toolbar, timer, keys.

Enter submits and Alt-Enter (or Esc, Enter) adds a line; Ctrl-C clears what is
being typed and never ends the session; Ctrl-D on an empty answer ends it. The
toolbar shows the persona, the scenario, the answer's word count and, with a
time limit, a countdown that turns amber, then red. prompt-toolkit itself
honours NO_COLOR.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Iterator
from typing import Any

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import ANSI, FormattedText
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.output import Output as PtOutput
from prompt_toolkit.output import create_output
from prompt_toolkit.styles import Style
from prompt_toolkit.validation import ValidationError, Validator

from interviewer._internal.text import plural
from interviewer._internal.text import strip_controls as clean
from interviewer.frontends.console import StreamWrapper
from interviewer.interview.loop import Submission
from interviewer.interview.session import Session, word_count
from interviewer.transcripts.scorecard import Scorecard
from interviewer.views.render import Style as TextStyle
from interviewer.views.scorecard_text import render_scorecard

STYLE = Style.from_dict({
    "speaker": "bold ansicyan",
    "notice": "ansibrightblack",
    "bottom-toolbar": "noreverse bg:#303030 #d0d0d0",
    "bottom-toolbar.amber": "noreverse bg:#303030 #ffaf00 bold",
    "bottom-toolbar.red": "noreverse bg:#303030 #ff5f5f bold",
    "prompt": "bold",
})
AMBER_AT = 0.5  # fraction of the time limit left when the countdown turns amber
RED_AT = 0.2


def key_bindings() -> KeyBindings:
    keys = KeyBindings()

    @keys.add("enter")
    def _submit(event: KeyPressEvent) -> None:
        event.current_buffer.validate_and_handle()

    @keys.add("escape", "enter")
    def _newline(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text("\n")

    @keys.add("c-c")
    def _clear(event: KeyPressEvent) -> None:
        event.current_buffer.reset()

    return keys


class _WordLimit(Validator):
    def __init__(self, session: Session) -> None:
        self.session = session

    def validate(self, document: Document) -> None:
        why = self.session.refusal(document.text)
        if why:
            raise ValidationError(message=why, cursor_position=len(document.text))


class TerminalOutput:
    def __init__(self, output: PtOutput | None = None) -> None:
        self.pt_output = output

    def _print(self, *parts: tuple[str, str], end: str = "\n") -> None:
        print_formatted_text(FormattedText(list(parts)), style=STYLE, end=end,
                             output=self.pt_output)

    def _width(self) -> int:
        try:
            columns = (self.pt_output or create_output()).get_size().columns
        except Exception:  # no terminal size is not worth failing a line over
            columns = 80
        return max(30, min(100, columns - 2))

    def line(self, speaker: str, chunks: Iterator[str]) -> str:
        name = clean(speaker.split(",", maxsplit=1)[0]) + ":"
        self._print(("class:speaker", name), end="")
        wrapper = StreamWrapper(self._width(), len(name))
        text = []
        for chunk in chunks:
            text.append(chunk)
            self._print(("", wrapper.feed(clean(chunk))), end="")  # as in ConsoleOutput.line
        self._print(("", wrapper.close() + "\n"))
        return "".join(text)

    def answer(self, text: str) -> None:
        """The candidate typed it; it is already on screen."""

    def notice(self, text: str) -> None:
        self._print(("class:notice", clean(text) + "\n"))

    def scorecard(self, card: Scorecard) -> None:
        text = render_scorecard(card, TextStyle(sys.stdout))
        print_formatted_text(ANSI(text), output=self.pt_output)


class TerminalSource:
    def __init__(self, input: Input | None = None, output: PtOutput | None = None) -> None:
        self.prompt: PromptSession[str] = PromptSession(
            history=InMemoryHistory(), multiline=True, key_bindings=key_bindings(),
            style=STYLE, input=input, output=output, refresh_interval=0.5,
            validate_while_typing=False)
        self._keep = ""
        self._deadline: float | None = None
        self._session: Session | None = None

    def _toolbar(self) -> Any:
        session = self._session
        if session is None:
            return ""
        words = word_count(self.prompt.default_buffer.text)
        parts = [("class:bottom-toolbar",
                  f" {session.persona.name} · scenario {session.index + 1} of "
                  f"{len(session.scenarios)} · {plural(words, 'word')} · /help ")]
        if self._deadline is not None and session.time_limit:
            left = max(0.0, self._deadline - time.monotonic())
            share = left / session.time_limit
            cls = ("class:bottom-toolbar.red" if share <= RED_AT else
                   "class:bottom-toolbar.amber" if share <= AMBER_AT else "class:bottom-toolbar")
            parts.append((cls, f" \u23f1 {int(left) // 60}:{int(left) % 60:02d} "))
        return FormattedText(parts)

    def next(self, session: Session) -> Submission:
        self._session = session
        started = time.monotonic()
        limit = session.time_limit
        self._deadline = started + limit if limit else None
        timed_out = False
        handle: asyncio.TimerHandle | None = None

        def expire() -> None:
            nonlocal timed_out
            timed_out = True
            self.prompt.app.exit(result=self.prompt.default_buffer.text)

        def arm() -> None:
            nonlocal handle
            if limit:
                handle = asyncio.get_running_loop().call_later(limit, expire)

        default, self._keep = self._keep, ""
        try:
            text = self.prompt.prompt(
                [("class:prompt", "you \u203a ")], default=default, pre_run=arm,
                bottom_toolbar=self._toolbar, validator=_WordLimit(session),
                prompt_continuation="      ")
        except EOFError:
            # Ctrl-D on an empty answer is the key for /end, and is recorded as `end`
            # (docs/transcripts.md); `eof` is for answers that ran out.
            return Submission("/end")
        finally:
            if handle is not None:
                handle.cancel()
        return Submission(text, time.monotonic() - started, timed_out)

    def refused(self, text: str) -> None:
        self._keep = text  # the validator normally stops it first; keep it either way
