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
import re
import secrets
import stat
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; O_APPEND still applies
    fcntl = None  # type: ignore[assignment]

from interviewer._internal.limits import MAX_JSON_DEPTH, MAX_TRANSCRIPT_BYTES
from interviewer.errors import UserInputError, WorkFailedError
from interviewer.transcripts.events import (
    EVENT,
    EVENT_TYPES,
    SCHEMA_VERSION,
    Answer,
    Ended,
    Event,
    GradeEvent,
    ScenarioStarted,
    SessionStart,
)


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
        check_appendable(path)  # never add to a newer format, whoever the caller
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


def _read_locked(path: Path, limit: int) -> bytes:
    """Up to `limit` bytes of the file, read while no writer is in the middle of a line."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        with _locked(fd, exclusive=False), os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(limit)
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


class _DamageError(Exception):
    """Why one line is not a valid event; `kind` is its event type when it has a known one."""

    def __init__(self, reason: str, kind: str | None = None) -> None:
        super().__init__(f"{kind}: {reason}" if kind else reason)
        self.kind = kind


_SURROGATE = re.compile("[\ud800-\udfff]")


def _parse(raw: str) -> Event:
    """One line as an event, or _DamageError saying why not."""
    try:
        value = json.loads(raw)
    except RecursionError:
        raise _DamageError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as exc:  # JSONDecodeError, or an int past Python's digit limit
        reason = ("not JSON" if isinstance(exc, json.JSONDecodeError) else
                  f"a number longer than {sys.get_int_max_str_digits():,} digits")
        raise _DamageError(reason) from None
    found = value.get("type") if isinstance(value, dict) else None
    kind = found if isinstance(found, str) and found in EVENT_TYPES else None
    # json.loads accepts "\ud800", which no UTF-8 writer (or terminal) can take later.
    _check_plain(value, kind, surrogates="\\u" in raw)
    try:
        return EVENT.validate_python(value)
    except ValidationError as exc:
        raise _DamageError(_why(exc), kind) from None


def _check_plain(value: object, kind: str | None, *, surrogates: bool) -> None:
    """No nesting deeper than any event has, and no lone surrogates (walked without recursion)."""
    stack: list[tuple[object, tuple[str, ...]]] = [(value, ())]
    while stack:
        item, where = stack.pop()
        if len(where) > MAX_JSON_DEPTH:
            raise _DamageError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels", kind)
        if isinstance(item, str) and surrogates and _SURROGATE.search(item):
            raise _DamageError(f"{_field(where)}: a lone surrogate escape, not text", kind)
        if isinstance(item, dict):
            for key, child in item.items():
                if surrogates and _SURROGATE.search(key):
                    raise _DamageError(f"{_field(where)}: a lone surrogate escape in a key", kind)
                stack.append((child, (*where, key)))
        elif isinstance(item, list):
            stack.extend((child, (*where, str(i))) for i, child in enumerate(item))


def _field(where: tuple[str, ...] | list[str]) -> str:
    path = ".".join(where)
    return f"field {path[:80]!r}" if path else "the event"


def _why(exc: ValidationError) -> str:
    first = exc.errors()[0]
    if first["type"] == "union_tag_invalid":
        return f"field 'type': unknown event type (known: {', '.join(sorted(EVENT_TYPES))})"
    if first["type"] == "union_tag_not_found":
        return "field 'type': required field is missing"
    # The first location is the event type itself (the union's tag).
    where = [str(p) for p in first["loc"][1:]]
    message = "required field is missing" if first["type"] == "missing" else first["msg"]
    return f"{_field(where)}: {' '.join(message.split())[:200]}"


@dataclass
class _Context:
    """What later events refer to: the header's scenarios, and each answer's length."""

    header: SessionStart
    answer_sizes: dict[int, int] = field(default_factory=dict)

    def check(self, event: Event) -> None:
        if isinstance(event, SessionStart):
            raise _DamageError("a second header: a 'session' event belongs on line 1 only",
                          "session")
        if isinstance(event, ScenarioStarted):
            self._scenario(event)
        elif isinstance(event, Answer):
            self.answer_sizes[event.index] = len(event.text)
        elif isinstance(event, GradeEvent):
            self._grade(event)

    def _scenario(self, event: ScenarioStarted) -> None:
        planned = self.header.scenarios
        if event.index >= len(planned):
            raise _DamageError(f"field 'index': {event.index} is past the session's "
                          f"{len(planned)} scenario(s)", "scenario")
        if planned[event.index] != event.scenario:
            raise _DamageError(f"field 'scenario': scenario {event.index} of the session is "
                          f"{planned[event.index]!r}", "scenario")

    def _grade(self, event: GradeEvent) -> None:
        size = self.answer_sizes.get(event.answer)
        if size is None:
            raise _DamageError(f"field 'answer': no answer {event.answer} before this line",
                               "grade")
        for e in event.grade.evidence if event.grade else []:
            if e.end > size:
                raise _DamageError(f"field 'grade.evidence': {e.move} at {e.start}-{e.end} is past "
                              f"the end of answer {event.answer} ({size} characters)", "grade")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes: a regular file only (not a FIFO or /dev/zero), and not a huge one."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise UserInputError("not a regular file, so not a transcript", source=str(path))
        data = _read_locked(path, MAX_TRANSCRIPT_BYTES + 1)
    except OSError as exc:
        raise UserInputError(f"cannot read transcript: {exc.strerror}", source=str(path)) from None
    if len(data) > MAX_TRANSCRIPT_BYTES:
        raise UserInputError(f"larger than {MAX_TRANSCRIPT_BYTES // 2**20} MB, so not a "
                             "transcript", source=str(path))
    return data


def _read_header(raw: str, path: Path) -> SessionStart:
    try:
        first = _parse(raw)
    except _DamageError as exc:
        if exc.kind == "session":
            raise UserInputError(f"damaged transcript header: {exc}", source=str(path),
                                 line=1) from None
        first = None
    if not isinstance(first, SessionStart):
        raise UserInputError("not a transcript: the first line is not a 'session' event",
                             source=str(path), line=1)
    _check_header(first, path)
    return first


def read_transcript(path: Path) -> Transcript:
    """Read a transcript; one clear error naming the line for anything but a torn tail."""
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UserInputError("not UTF-8 text", source=str(path), line=line) from None
    lines = text.split("\n")
    complete_tail = lines[-1] == ""
    if complete_tail:
        lines.pop()
    if not "".join(lines).strip():
        raise UserInputError("empty file, not a transcript", source=str(path))
    # The header is line 1 or nothing: that is where the schema version is checked.
    context = _Context(_read_header(lines[0], path))
    events: list[Event] = []
    warnings: list[str] = []
    torn = False
    for number, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        try:
            event = _parse(raw)
            context.check(event)
        except _DamageError as exc:
            if number == len(lines) and not complete_tail:
                warnings.append(f"{path}:{number}: the last line is incomplete (the session "
                                "was cut off while writing it); it is ignored")
                torn = True
                break
            raise UserInputError(f"damaged transcript event: {exc}", source=str(path),
                                 line=number) from None
        events.append(event)
    return Transcript(path, context.header, events, warnings, torn)


def check_appendable(path: Path) -> None:
    """Refuse to add to a file whose first line is not a header this version reads."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # opening a FIFO would block
            raise UserInputError("not a regular file, so not a transcript", source=str(path))
        with path.open("rb") as handle:
            first = handle.readline(MAX_TRANSCRIPT_BYTES)
    except OSError:
        return  # appending will fail too, and say why
    _read_header(first.decode("utf-8", "replace"), path)


def _check_header(first: Event, path: Path) -> None:
    if not isinstance(first, SessionStart):
        raise UserInputError("not a transcript: the first line is not a 'session' event",
                             source=str(path), line=1)
    if first.schema_version > SCHEMA_VERSION:
        raise UserInputError(
            f"transcript schema version {first.schema_version} is newer than this "
            f"interviewer reads ({SCHEMA_VERSION}); upgrade interviewer",
            source=str(path), line=1)
