"""Append-only JSON Lines transcripts: one event a line, flushed as it happens.

Each event is written with a single `write` of a complete line and flushed to
the operating system at once, so a crash, Ctrl-C or SIGKILL of this process
loses nothing already said (the OS holds the bytes). The reader tolerates a torn
last line, which is what a kill mid-write leaves, and rejects damage anywhere
else, naming the line.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from interviewer.errors import UserInputError, WorkFailedError
from interviewer.events import EVENT, SCHEMA_VERSION, Ended, Event, SessionStart


class TranscriptWriter:
    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle = handle

    @classmethod
    def create(cls, folder: Path, stem: str) -> TranscriptWriter:
        """A new file in `folder`, never overwriting one that exists."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for attempt in range(100):
                suffix = "" if attempt == 0 else f"-{attempt}"
                path = folder / f"{stem}{suffix}.jsonl"
                try:
                    return cls(path, path.open("x", encoding="utf-8"))
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
            if repair:
                data = path.read_bytes()
                with path.open("r+b") as raw:
                    raw.truncate(data.rfind(b"\n") + 1)
            handle = path.open("a", encoding="utf-8")
        except OSError as exc:
            raise UserInputError(f"cannot append to transcript: {exc.strerror}",
                                 source=str(path)) from None
        return cls(path, handle)

    def write(self, event: Event) -> None:
        line = json.dumps(event.model_dump(mode="json"), ensure_ascii=False) + "\n"
        try:
            self._handle.write(line)
            self._handle.flush()
        except OSError as exc:
            raise WorkFailedError(
                f"could not write the transcript {self.path}: {exc.strerror}; the session "
                "stops here, and everything before this point is saved") from None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()


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
        data = path.read_bytes()
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
