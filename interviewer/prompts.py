"""Load scenarios and personas from prompt folders, with errors a user can act on.

Folders are searched in order: the one the user names (`--prompts-dir` or
`INTERVIEWER_PROMPTS_DIR`) first, then the bundled prompts, so a user's file
with a bundled id replaces the bundled one.
"""

from __future__ import annotations

import os
import re
import string
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from interviewer.errors import UnknownNameError, UserInputError
from interviewer.schemas import Persona, Scenario

M = TypeVar("M", bound=BaseModel)

# tomllib (3.11) puts the place only in its message: "... (at line 2, column 5)".
_TOML_PLACE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")


def bundled_dir() -> Path:
    """The prompts shipped with the package (inside a wheel) or the repository's."""
    here = Path(__file__).resolve().parent
    inside = here / "_bundled_prompts"
    return inside if inside.is_dir() else here.parent / "prompts"


def search_dirs(user_dir: str | Path | None = None) -> list[Path]:
    chosen = user_dir if user_dir is not None else os.environ.get("INTERVIEWER_PROMPTS_DIR")
    dirs: list[Path] = []
    if chosen:
        path = Path(chosen)
        if not path.is_dir():
            raise UserInputError("prompts folder does not exist", source=str(path))
        dirs.append(path)
    dirs.append(bundled_dir())
    return dirs


def _read_toml(path: Path) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise UserInputError(f"cannot read file: {exc.strerror}", source=str(path)) from None
    except UnicodeDecodeError as exc:
        raise UserInputError(f"not UTF-8 text (byte {exc.start})", source=str(path)) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(str(exc), text, path) from None


def _toml_error(message: str, text: str, path: Path) -> UserInputError:
    """One line, `path:line:column: invalid TOML: what`, from tomllib's message."""
    found = _TOML_PLACE.search(message)
    reason = message[:found.start()] if found else message
    line: int | None = None
    column: int | None = None
    if found and found.group(1):
        line, column = int(found.group(1)), int(found.group(2))
    elif found:  # the end of the document: just after its last character
        line, column = text.count("\n") + 1, len(text) - text.rfind("\n")
    reason = reason[:1].lower() + reason[1:]
    return UserInputError(f"invalid TOML: {reason}", source=str(path), line=line, column=column)


def line_of_key(text: str, key: str) -> int | None:
    """The line where a top-level key or table is written, for error messages."""
    pattern = re.compile(rf"^\s*(?:\[\[?\s*{re.escape(key)}\s*\]\]?|{re.escape(key)}\s*=)", re.M)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def describe_validation_error(exc: ValidationError) -> tuple[str, str | None]:
    """One line for the first error: (message, top-level field) of a ValidationError."""
    first = exc.errors()[0]
    loc = [str(part) for part in first["loc"]]
    field = ".".join(loc) if loc else None
    message = first["msg"]
    if first["type"] == "missing":
        message = "required field is missing"
    elif first["type"] == "extra_forbidden":
        message = "unknown field"
    return (f"field {field!r}: {message}" if field else message), (loc[0] if loc else None)


def validate_file(model: type[M], path: Path) -> M:
    data, text = _read_toml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        message, top = describe_validation_error(exc)
        line = line_of_key(text, top) if top else None
        raise UserInputError(message, source=str(path), line=line) from None


def load_scenario_file(path: Path) -> Scenario:
    scenario = validate_file(Scenario, path)
    if path.stem != scenario.id:
        _, text = _read_toml(path)
        raise UserInputError(
            f"field 'id': {scenario.id!r} does not match the file name {path.stem!r}",
            source=str(path), line=line_of_key(text, "id"))
    return scenario


PLACEHOLDERS = frozenset({"title", "situation", "question", "stakeholder", "stakeholders",
                          "dependency", "fact", "limit"})


def _templates(value: object, path: str) -> list[tuple[str, str]]:
    """Every (field path, text) string under a persona's `lines` table."""
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, list):
        return [t for item in value for t in _templates(item, path)]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _templates(v, f"{path}.{k}")]
    return []


def _check_placeholders(data: dict[str, Any], text: str, path: Path) -> None:
    for field, template in _templates(data.get("lines", {}), "lines"):
        problem = template_problem(template)
        if problem is not None:
            message, needle = problem
            raise UserInputError(f"field {field!r}: {message}", source=str(path),
                                 line=_line_of_text(text, needle))


def template_problem(template: str) -> tuple[str, str] | None:
    """(what is wrong, the text to find its line by), unless the template is plain text
    and plain {name} fields. A format spec, conversion or lookup could crash the line or
    write a 300 MB one ({title:>300000000}), so none is taken."""
    try:
        fields = [(name, spec, conv) for _, name, spec, conv in
                  string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        return f"{exc} (write {{{{ and }}}} for braces)", template
    for name, spec, conversion in fields:
        if name not in PLACEHOLDERS:
            shown = f"{{{name}}}" if name else "{} (a placeholder needs a name)"
            return (f"unknown placeholder {shown} (known: {', '.join(sorted(PLACEHOLDERS))})",
                    "{" + name)
        if spec or conversion:
            written = "{" + name + (f"!{conversion}" if conversion else "") \
                + (f":{spec}" if spec else "")
            return (f"placeholder {written[:60]}}} takes no format spec or conversion "
                    f"(write {{{name}}})", written)
    return None


def render_template(template: str, values: Mapping[str, str]) -> str:
    """Fill the {name} fields with plain text. Specs and conversions are never applied
    (they are refused at load too), so rendering can neither fail nor blow up."""
    try:
        return "".join(literal + (values.get(name, "") if name is not None else "")
                       for literal, name, _, _ in string.Formatter().parse(template))
    except ValueError:  # unbalanced braces: refused at load, shown as written otherwise
        return template


def _line_of_text(text: str, needle: str) -> int | None:
    at = text.find(needle[:40])
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def load_persona_file(path: Path) -> Persona:
    persona = validate_file(Persona, path)
    data, text = _read_toml(path)
    if path.stem != persona.id:
        raise UserInputError(
            f"field 'id': {persona.id!r} does not match the file name {path.stem!r}",
            source=str(path), line=line_of_key(text, "id"))
    _check_placeholders(data, text, path)
    return persona


@dataclass(frozen=True)
class Library:
    """Every scenario and persona the user can pick, by id."""

    scenarios: dict[str, Scenario]
    sources: dict[str, Path]
    personas: dict[str, Persona]
    persona_sources: dict[str, Path]

    def persona(self, name: str) -> Persona:
        if name in self.personas:
            return self.personas[name]
        raise UnknownNameError("persona", name, list(self.personas))

    def scenario(self, ref: str) -> Scenario:
        """A scenario by id, or by path to a scenario file."""
        if ref in self.scenarios:
            return self.scenarios[ref]
        if ref.endswith(".toml") or os.sep in ref or "/" in ref:
            path = Path(ref)
            if not path.is_file():
                raise UserInputError("no such scenario file", source=ref)
            return validate_file(Scenario, path)
        raise UnknownNameError("scenario", ref, list(self.scenarios))


def find_prompt_file(name: str, user_dir: str | Path | None = None) -> Path:
    """A prompt file (e.g. grader.md) from the user's folder if it has one, else bundled."""
    for folder in search_dirs(user_dir):
        if (folder / name).is_file():
            return folder / name
    raise UserInputError(f"prompt file {name} not found in "
                         f"{', '.join(str(d) for d in search_dirs(user_dir))}")


def _load_kind(dirs: list[Path], kind: str,
               load: Callable[[Path], M]) -> tuple[dict[str, M], dict[str, Path]]:
    """Every `kind/*.toml` file by id; a later folder (the user's) replaces an earlier one."""
    found: dict[str, M] = {}
    sources: dict[str, Path] = {}
    for folder in reversed(dirs):
        for path in sorted((folder / kind).glob("*.toml")):
            item = load(path)
            item_id: str = getattr(item, "id")  # noqa: B009 -- every prompt model has an id
            found[item_id] = item
            sources[item_id] = path
    return dict(sorted(found.items())), sources


def load_library(user_dir: str | Path | None = None) -> Library:
    dirs = search_dirs(user_dir)
    scenarios, sources = _load_kind(dirs, "scenarios", load_scenario_file)
    personas, persona_sources = _load_kind(dirs, "personas", load_persona_file)
    return Library(scenarios=scenarios, sources=sources, personas=personas,
                   persona_sources=persona_sources)
