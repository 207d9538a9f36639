"""Append-only JSON Lines transcripts: one event a line, flushed as it happens.

Each event is written with a single `write` of a complete line, appended
(O_APPEND) under an advisory lock, so a crash, Ctrl-C or SIGKILL of this process
loses nothing already said (the OS holds the bytes) and several writers (a live
chat and a regrade) never overwrite or split each other's lines. The reader
takes the same lock, tolerates a torn last line, which is what a kill mid-write
leaves, and rejects damage anywhere else, naming the line.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; O_APPEND still applies
    fcntl = None  # type: ignore[assignment]

from interviewer.errors import UserInputError, WorkFailedError
from interviewer.events import EVENT, SCHEMA_VERSION, Ended, Event, SessionStart


class TranscriptWriter:
    """Appends events to one transcript file, safely beside other writers.

    The file is opened with O_APPEND and every event goes out as one `write` of
    a whole line under an exclusive advisory lock, so a `replay --regrade`
    appending while a live `chat` writes cannot overwrite or split the other's
    lines: each lands after whatever is already there.
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd = fd

    @classmethod
    def create(cls, folder: Path, stem: str) -> TranscriptWriter:
        """A new file in `folder`, never overwriting one that exists."""
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for attempt in range(100):
                suffix = "" if attempt == 0 else f"-{attempt}"
                path = folder / f"{stem}{suffix}.jsonl"
                try:
                    return cls(path, os.open(path, flags, 0o644))
                except FileExistsError:
                    continue
        except OSError as exc:
            raise UserInputError(f"transcripts folder cannot be written: {exc.strerror}",
                                 source=str(folder)) from None
        raise UserInputError("too many transcripts with the same name", source=str(folder))

    @classmethod
    def append_to(cls, path: Path, *, repair: bool = False) -> TranscriptWriter:
        """Continue a transcript; `repair` first drops a torn last line so the next
        event does not get glued onto it."""
        try:
            fd = os.open(path, os.O_RDWR | os.O_APPEND)
        except OSError as exc:
            raise UserInputError(f"cannot append to transcript: {exc.strerror}",
                                 source=str(path)) from None
        writer = cls(path, fd)
        if repair:
            writer._drop_torn_tail()
        return writer

    def _drop_torn_tail(self) -> None:
        # Under the lock no writer is half-way through a line, so an unfinished
        # last line is what a killed writer left, never someone else's event.
        with _locked(self._fd, exclusive=True):
            size = os.fstat(self._fd).st_size
            tail = os.pread(self._fd, min(size, _TAIL_PROBE), max(0, size - _TAIL_PROBE))
            if not tail or tail.endswith(b"\n"):
                return
            newline = tail.rfind(b"\n")
            if newline < 0 and size > len(tail):
                return  # one huge unfinished line: leave it for the reader to name
            os.ftruncate(self._fd, size - len(tail) + newline + 1)

    def write(self, event: Event) -> None:
        line = (json.dumps(event.model_dump(mode="json"), ensure_ascii=False) + "\n").encode()
        try:
            with _locked(self._fd, exclusive=True):
                view = memoryview(line)
                while view:  # a short write happens only on a full disk or a signal
                    view = view[os.write(self._fd, view):]
        except OSError as exc:
            raise WorkFailedError(
                f"could not write the transcript {self.path}: {exc.strerror}; the session "
                "stops here, and everything before this point is saved") from None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)


_TAIL_PROBE = 1 << 20


@contextlib.contextmanager
def _locked(fd: int, *, exclusive: bool) -> Iterator[None]:
    """An advisory whole-file lock where the platform has one (POSIX); elsewhere
    O_APPEND alone keeps writers from overwriting each other."""
    if fcntl is None:
        yield
        return
    fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_locked(path: Path) -> bytes:
    """The whole file, read while no writer is in the middle of a line."""
    fd = os.open(path, os.O_RDONLY)
    try:
        with _locked(fd, exclusive=False), os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read()
    finally:
        os.close(fd)


def new_session_id() -> str:
    return time.strftime("%Y%m%d-%H%M%S", time.gmtime()) + "-" + secrets.token_hex(2)


@dataclass
class Transcript:
    path: Path
    header: SessionStart
    events: list[Event]  # everything after the header
    warnings: list[str] = field(default_factory=list)
    torn_tail: bool = False

    @property
    def ended(self) -> bool:
        return any(isinstance(e, Ended) for e in self.events)


def _parse(raw: str) -> Event:
    return EVENT.validate_python(json.loads(raw))


def read_transcript(path: Path) -> Transcript:
    """Read a transcript; one clear error naming the line for anything but a torn tail."""
    try:
        data = _read_locked(path)
    except OSError as exc:
        raise UserInputError(f"cannot read transcript: {exc.strerror}", source=str(path)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UserInputError("not UTF-8 text", source=str(path), line=line) from None
    lines = text.split("\n")
    complete_tail = lines[-1] == ""
    if complete_tail:
        lines.pop()
    events: list[Event] = []
    warnings: list[str] = []
    torn = False
    for number, raw in enumerate(lines, start=1):
        last = number == len(lines)
        if not raw.strip():
            continue
        try:
            events.append(_parse(raw))
        except (json.JSONDecodeError, ValidationError) as exc:
            if number == 1:
                raise UserInputError("not a transcript: the first line is not a 'session' event",
                                     source=str(path), line=1) from None
            if last and not complete_tail:
                warnings.append(f"{path}:{number}: the last line is incomplete (the session "
                                "was cut off while writing it); it is ignored")
                torn = True
                break
            reason = "not JSON" if isinstance(exc, json.JSONDecodeError) else _why(exc)
            raise UserInputError(f"damaged transcript event: {reason}",
                                 source=str(path), line=number) from None
        if number == 1:
            _check_header(events[0], path)
    if not events:
        raise UserInputError("empty file, not a transcript", source=str(path))
    header = events[0]
    assert isinstance(header, SessionStart)
    return Transcript(path, header, events[1:], warnings, torn)


def _why(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"field {where!r}: {first['msg']}" if where else first["msg"]


def _check_header(first: Event, path: Path) -> None:
    if not isinstance(first, SessionStart):
        raise UserInputError("not a transcript: the first line is not a 'session' event",
                             source=str(path), line=1)
    if first.schema_version > SCHEMA_VERSION:
        raise UserInputError(
            f"transcript schema version {first.schema_version} is newer than this "
            f"interviewer reads ({SCHEMA_VERSION}); upgrade interviewer",
            source=str(path), line=1)
