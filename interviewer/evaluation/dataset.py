"""Labelled datasets (JSON Lines, grading-rubric.md): read with line-exact errors."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from interviewer.errors import UnknownNameError, UserInputError
from interviewer.prompts import Library, describe_validation_error
from interviewer.schemas import LabelledItem, Scenario


@dataclass(frozen=True)
class Example:
    id: str
    scenario: Scenario
    question: str | None
    reply: str
    labels: dict[str, bool]


def read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserInputError("no such file", source=str(path)) from None
    except OSError as exc:
        raise UserInputError(f"cannot read file: {exc.strerror}", source=str(path)) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise UserInputError("not UTF-8 text", source=str(path), line=line) from None


def load_dataset(path: Path, library: Library) -> list[Example]:
    examples: list[Example] = []
    seen: set[str] = set()
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        examples.append(_parse_line(line, path, number, library, seen))
    if not examples:
        raise UserInputError("the dataset holds no examples", source=str(path))
    return examples


def _parse_line(line: str, path: Path, number: int, library: Library, seen: set[str]) -> Example:
    def bad(message: str) -> UserInputError:
        return UserInputError(message, source=str(path), line=number)

    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise bad(f"not JSON: {exc.msg} (column {exc.colno})") from None
    except (ValueError, RecursionError):  # an int past Python's digit limit, deep nesting
        raise bad("not JSON this reads: a number too long or nesting too deep") from None
    try:
        item = LabelledItem.model_validate(data)
    except ValidationError as exc:
        message, _ = describe_validation_error(exc)
        raise bad(message) from None
    if item.id in seen:
        raise bad(f"field 'id': {item.id!r} is used twice")
    seen.add(item.id)
    if isinstance(item.scenario, Scenario):
        scenario = item.scenario
    else:
        try:
            scenario = library.scenario(item.scenario)
        except UnknownNameError as exc:
            raise bad(f"field 'scenario': {exc}") from None
    return Example(item.id, scenario, item.question, item.reply, dict(item.labels))
