"""Personas are files: at least three that feel different, listed, swappable, user-addable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from interviewer.errors import UserInputError
from interviewer.prompts import Library, load_persona_file


def test_three_bundled_personas_that_differ_in_pressure(library: Library) -> None:
    personas = library.personas
    assert len(personas) >= 3
    pressure = {(p.time_limit, p.cut_in_words, p.max_probes) for p in personas.values()}
    assert len(pressure) == len(personas)
    openings = {p.lines.opening[0] for p in personas.values()}
    assert len(openings) == len(personas)
    for p in personas.values():
        assert "one question at a time" in p.system_prompt.lower()
        assert "never" in p.system_prompt.lower()  # no feedback mid-interview


def test_personas_command(tmp_path: Path) -> None:
    out = run_cli("personas", "--json")
    assert out.returncode == 0, out.stderr
    listed = json.loads(out.stdout)
    assert [p["id"] for p in listed] == ["delivery-director", "integration-lead",
                                         "supportive-peer"]
    assert listed[0]["time_limit"] == 90
    human = run_cli("personas")
    assert "integration-lead" in human.stdout and "90 s an answer" in human.stdout


def _user_persona(folder: Path, text: str) -> Path:
    (folder / "personas").mkdir(parents=True)
    source = (ROOT / "prompts" / "personas" / "supportive-peer.toml").read_text()
    path = folder / "personas" / "my-coach.toml"
    path.write_text(source.replace('id = "supportive-peer"', 'id = "my-coach"')
                    .replace("Sam, peer engineer", "Robin, my coach") + text)
    return path


def test_a_user_persona_in_the_prompts_dir_interviews(tmp_path: Path) -> None:
    _user_persona(tmp_path / "mine", "")
    out = run_cli("chat", "--persona", "my-coach", "--prompts-dir", str(tmp_path / "mine"),
                  "--transcripts-dir", str(tmp_path / "t"), stdin="/end\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Robin: So, here's a situation")
    env_out = run_cli("personas", env={"INTERVIEWER_PROMPTS_DIR": str(tmp_path / "mine")})
    assert "my-coach" in env_out.stdout


def test_an_unknown_placeholder_names_the_file_line_and_field(tmp_path: Path) -> None:
    path = _user_persona(tmp_path, "")
    text = path.read_text().replace("{situation} {question}\",\n  \"Cool",
                                    "{situaton} {question}\",\n  \"Cool")
    path.write_text(text)
    line = next(i for i, s in enumerate(text.splitlines(), 1) if "{situaton}" in s)
    with pytest.raises(UserInputError) as caught:
        load_persona_file(path)
    assert str(caught.value) == (
        f"{path}:{line}: field 'lines.opening': unknown placeholder {{situaton}} (known: "
        "dependency, fact, limit, question, situation, stakeholder, stakeholders, title)")


def test_a_broken_persona_is_exit_2_with_the_field(tmp_path: Path) -> None:
    path = _user_persona(tmp_path / "mine", "")
    path.write_text(path.read_text().replace("max_probes = 2", "max_probes = 9"))
    out = run_cli("chat", "--prompts-dir", str(tmp_path / "mine"), stdin="/end\n")
    assert out.returncode == 2
    assert f"{path}:" in out.stderr and "field 'max_probes'" in out.stderr
