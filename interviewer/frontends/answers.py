"""Answers from a file or a pipe: separated by `---`, taken as they arrive.

A pipe that stays open is a live session, so its lines are read by a thread
into a queue and the per-answer time limit can fire while the next line has
not arrived yet. That thread reads the raw file descriptor with `os.read`,
never through `sys.stdin`'s buffer: a thread blocked inside a buffered reader
holds the buffer's lock, and the interpreter aborts at exit ("Fatal Python
error: _enter_buffered_busy") when it finds it held. Nothing is read until the
session asks for the first answer, so an invalid command line reads nothing.
A regular file is read on the session's thread, with no thread at all.
"""

from __future__ import annotations

import os
import queue
import stat
import threading
import time
from collections.abc import Iterator
from typing import BinaryIO

from interviewer.errors import UserInputError
from interviewer.interview.loop import Submission
from interviewer.interview.session import Session
from interviewer.interview.slash import parse

SEPARATOR = "---"
_EOF = object()
_CHUNK = 1 << 16


class AnswersFeed:
    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.name = name
        self._fd = stream.fileno()
        self._stream = stream  # kept open for as long as the feed reads it
        self._pending: str | None = None
        self._ended = False
        self._after_command = False
        # Seconds per answer mean something only when a person (or a pipe) is
        # answering live; a regular file is read all at once.
        self.timed = not _is_regular_file(self._fd)
        self._lines: Iterator[object] | None = None
        self._queue: queue.Queue[object] | None = None

    def _start(self) -> None:
        if self.timed:
            self._queue = queue.Queue()
            threading.Thread(target=self._pump, name="answers", daemon=True).start()
        else:
            self._lines = _lines(self._fd, self.name)

    def _pump(self) -> None:
        assert self._queue is not None
        for item in _lines(self._fd, self.name):
            self._queue.put(item)

    def _get(self, deadline: float | None) -> object:
        if self._pending is not None:
            line, self._pending = self._pending, None
            return line
        if self._lines is None and self._queue is None:
            self._start()
        if self._lines is not None:
            return next(self._lines)
        assert self._queue is not None
        if deadline is None:
            return self._queue.get()
        return self._queue.get(timeout=max(0.0, deadline - time.monotonic()))

    def next(self, session: Session) -> Submission | None:
        if self._ended:
            return None
        started = time.monotonic()
        deadline = started + session.time_limit if session.time_limit and self.timed else None
        buffer: list[str] = []

        def take(timed_out: bool = False) -> Submission:
            seconds = time.monotonic() - started if self.timed else None
            return Submission("\n".join(buffer).strip("\n"), seconds, timed_out)

        while True:
            try:
                item = self._get(deadline)
            except queue.Empty:
                return take(timed_out=True)
            if isinstance(item, UserInputError):
                raise item
            if item is _EOF:
                self._ended = True
                return take() if "".join(buffer).strip() else None
            assert isinstance(item, str)
            if self._after_command and not buffer and (not item.strip() or
                                                       item.strip() == SEPARATOR):
                # "/skip" then "---": the command was the whole entry, not an empty answer
                self._after_command = item.strip() != SEPARATOR
                continue
            self._after_command = False
            if item.strip() == SEPARATOR:
                return take()
            if parse(item) is not None:
                if "".join(buffer).strip():
                    self._pending = item  # finish the answer first, then the command
                    return take()
                self._after_command = True
                return Submission(item.strip())
            buffer.append(item)

    def refused(self, text: str) -> None:
        """Nothing to keep editing in a file; the session has said why."""


def _lines(fd: int, name: str) -> Iterator[object]:
    """Decoded lines from `fd`, then _EOF; a read or decoding error ends it as an error."""
    number, rest = 0, b""
    while True:
        try:
            chunk = os.read(fd, _CHUNK)
        except OSError as exc:
            yield UserInputError(f"cannot read answers: {exc.strerror}", source=name)
            return
        if not chunk:
            break
        *complete, rest = (rest + chunk).split(b"\n")
        for raw in complete:
            number += 1
            try:
                yield raw.decode("utf-8").rstrip("\r")
            except UnicodeDecodeError:
                yield UserInputError("not UTF-8 text", source=name, line=number)
                return
    if rest:
        try:
            yield rest.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError:
            yield UserInputError("not UTF-8 text", source=name, line=number + 1)
            return
    yield _EOF


def _is_regular_file(fd: int) -> bool:
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        return False
