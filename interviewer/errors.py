"""Typed errors.

Two families, kept apart as pydantic-ai does: what the user gave us
(`UserInputError`, exit 2) and what could not be done (`WorkFailedError`,
exit 1, e.g. a model server that stayed unreachable). The CLI turns them into
exit codes in one place; everything else only raises.
"""

from __future__ import annotations


class InterviewerError(Exception):
    """Base of every error the project raises on purpose."""

    exit_code = 1


class UserInputError(InterviewerError):
    """Bad usage or bad input: the message names the file, line and field."""

    exit_code = 2

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        self.source = source
        self.line = line
        where = ""
        if source is not None:
            # source:line:column, as compilers write it, so editors can jump there
            where = source
            if line is not None:
                where += f":{line}" + (f":{column}" if column is not None else "")
            where += ": "
        super().__init__(f"{where}{message}")


class UnknownNameError(UserInputError):
    """A persona, scenario or flag name that does not exist; lists the known ones."""

    def __init__(self, kind: str, name: str, known: list[str]) -> None:
        listing = ", ".join(sorted(known)) or "none"
        super().__init__(f"unknown {kind} {name!r} (known: {listing})")


class WorkFailedError(InterviewerError):
    """The input was fine but the work could not be completed."""

    exit_code = 1


class ModelServerError(WorkFailedError):
    """The model server failed, after retries where retrying could help.

    `transient` says whether trying again later could succeed (the server was
    down or overloaded) or the request itself needs fixing (a bad key or model).
    """

    def __init__(self, message: str, *, transient: bool, status: int | None = None) -> None:
        self.transient = transient
        self.status = status
        super().__init__(message)
