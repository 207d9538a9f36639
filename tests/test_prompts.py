"""Scenario files: every bundled one loads; a broken one is one line naming file, line, field."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.errors import UserInputError
from interviewer.prompts import Library, load_library

GOOD = '''id = "mine"
title = "T"
situation = "S"
dependencies = ["d"]
stakeholders = ["s"]
options = ["o"]
timing = "ahead"
'''


def test_bundled_scenarios_cover_the_situations_trained_for(library: Library) -> None:
    assert len(library.scenarios) >= 4
    timings = {s.timing for s in library.scenarios.values()}
    assert "ahead" in timings and "in_delivery" in timings
    for s in library.scenarios.values():
        assert s.dependencies and s.stakeholders and s.options and s.hidden_facts


def write(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    (tmp_path / "scenarios").mkdir(exist_ok=True)
    path = tmp_path / "scenarios" / name
    path.write_text(text)
    return path


@pytest.mark.parametrize(("text", "name", "expected"), [
    (GOOD.replace('timing = "ahead"', 'timing = "soon"'), "mine.toml", ":7: field 'timing'"),
    (GOOD.replace('options = ["o"]', "options = []"), "mine.toml", ":6: field 'options'"),
    (GOOD.replace('title = "T"\n', ""), "mine.toml", "field 'title': required field is missing"),
    (GOOD + 'colour = "red"\n', "mine.toml", ":8: field 'colour': unknown field"),
    (GOOD.replace('title = "T"', 'title = "T'), "mine.toml", ":2:11: invalid TOML"),
    (GOOD, "other.toml", ":1: field 'id': 'mine' does not match the file name 'other'"),
    (GOOD + '[[hidden_facts]]\nid = "x"\nfact = "f"\n', "mine.toml",
     ":8: field 'hidden_facts.0.asks'"),
])
def test_broken_scenario_file_is_one_clear_line(tmp_path: Path, text: str, name: str,
                                                expected: str) -> None:
    path = write(tmp_path, text, name)
    with pytest.raises(UserInputError) as caught:
        load_library(tmp_path)
    message = str(caught.value)
    assert message.startswith(str(path)) and expected in message and "\n" not in message


def test_non_utf8_scenario_file(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    path.write_bytes(GOOD.encode() + b"# caf\xe9\n")
    with pytest.raises(UserInputError, match="not UTF-8"):
        load_library(tmp_path)


def test_missing_prompts_dir_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="does not exist"):
        load_library(tmp_path / "nope")


@pytest.mark.parametrize(("text", "expected"), [
    ('id = "mine"\nb = \n', ":2:5: invalid TOML: invalid value"),
    ('id = "mine"\ntitle = "T\n', ":2:11: invalid TOML: illegal character '\\n'"),
    # the end of the document is a place too: just after its last character
    ('id = "mine"\ntitle', ":2:6: invalid TOML: expected '=' after a key in a key/value pair"),
    ('id = "mine"\nt = """T\n', ":3:1: invalid TOML: unterminated string"),
])
def test_invalid_toml_names_file_line_and_column(tmp_path: Path, text: str,
                                                 expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(UserInputError) as caught:
        load_library(tmp_path)
    assert str(caught.value) == f"{path}{expected}"
