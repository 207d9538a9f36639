"""Answers from a file or a pipe: separated by `---`, taken as they arrive.

A reader thread feeds lines into a queue so that a pipe that stays open is a
live session, and so that the per-answer time limit can fire while the next
line has not arrived yet.
"""

from __future__ import annotations

import os
import queue
import stat
import threading
import time
from typing import BinaryIO

from interviewer.errors import UserInputError
from interviewer.interview import Submission
from interviewer.session import Session
from interviewer.slash import parse

SEPARATOR = "---"
_EOF = object()


class AnswersFeed:
    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.name = name
        self._lines: queue.Queue[object] = queue.Queue()
        self._pending: str | None = None
        self._ended = False
        # Seconds per answer mean something only when a person (or a pipe) is
        # answering live; a regular file is read all at once.
        self.timed = not _is_regular_file(stream)
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: BinaryIO) -> None:
        number = 0
        try:
            for raw in iter(stream.readline, b""):
                number += 1
                try:
                    self._lines.put(raw.decode("utf-8").rstrip("\r\n"))
                except UnicodeDecodeError:
                    self._lines.put(UserInputError("not UTF-8 text", source=self.name,
                                                   line=number))
                    return
        except OSError as exc:
            self._lines.put(UserInputError(f"cannot read answers: {exc.strerror}",
                                           source=self.name))
            return
        self._lines.put(_EOF)

    def _get(self, deadline: float | None) -> object:
        if self._pending is not None:
            line, self._pending = self._pending, None
            return line
        if deadline is None:
            return self._lines.get()
        return self._lines.get(timeout=max(0.0, deadline - time.monotonic()))

    def next(self, session: Session) -> Submission | None:
        if self._ended:
            return None
        started = time.monotonic()
        deadline = started + session.time_limit if session.time_limit else None
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
            if item.strip() == SEPARATOR:
                return take()
            if parse(item) is not None:
                if "".join(buffer).strip():
                    self._pending = item  # finish the answer first, then the command
                    return take()
                return Submission(item.strip())
            buffer.append(item)

    def refused(self, text: str) -> None:
        """Nothing to keep editing in a file; the session has said why."""


def _is_regular_file(stream: BinaryIO) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False
