"""Hostile or odd input (issue 10, item 8): each is one line naming where, exit 2, no traceback.

One test per finding. Each failed before its fix (a traceback, a hang, or a file
appended to that should not have been) and passes after it.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from conftest import ROOT, run_cli
from llm_fakes import completion, grader_json

from interviewer.errors import UserInputError
from interviewer.grading.llm import GraderPrompt
from interviewer.prompts import bundled_dir, load_library, load_persona_file, render_template
from interviewer.providers.openai_compat import OpenAIEngine, ServerConfig
from interviewer.providers.retry import RetryPolicy
from interviewer.transcripts.store import TranscriptWriter, read_transcript

ANSWERS = """When exactly does Acme deliver, is the 24th firm?
---
I'd build against their sandbox behind a feature flag. Our March 3rd launch depends on
Acme's accounts API, which lands on the 24th, and I'd flag that today.
---
"""


@pytest.fixture(scope="module")
def session_lines(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The lines of a finished session's transcript, as a user's run writes them."""
    folder = tmp_path_factory.mktemp("session")
    out = run_cli("chat", "--scenario", "crm-vendor-late", "--transcripts-dir", str(folder),
                  stdin=ANSWERS)
    assert out.returncode == 0, out.stderr
    [path] = list(folder.glob("*.jsonl"))
    return path.read_text(encoding="utf-8").splitlines()


def _write(folder: Path, lines: list[str], name: str = "t.jsonl") -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _edit(lines: list[str], kind: str, change: Callable[[dict[str, Any]], None],
          nth: int = 0) -> tuple[list[str], int]:
    """The lines with the nth event of `kind` changed, and that event's line number."""
    at = [i for i, line in enumerate(lines) if json.loads(line)["type"] == kind][nth]
    event = json.loads(lines[at])
    change(event)
    return [*lines[:at], json.dumps(event), *lines[at + 1:]], at + 1


def _unfinished(lines: list[str]) -> list[str]:
    return [ln for ln in lines if json.loads(ln)["type"] not in ("scorecard", "end")]


def one_line_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 2, proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if "error" in ln]
    assert len(errors) == 1, proc.stderr
    for fragment in fragments:
        assert fragment in errors[0], errors[0]
    return errors[0]


# -- the model server --------------------------------------------------------------


@pytest.fixture
def engine() -> Iterator[OpenAIEngine]:
    prompt = GraderPrompt.load(bundled_dir() / "grader.md")
    config = ServerConfig(base_url="http://llm.test/v1", api_key="sk-test", timeout=5)
    slept: list[float] = []
    yield OpenAIEngine(config, prompt, http_client=httpx.Client(),
                       retry=RetryPolicy(attempts=3, base=0.01, cap=5, sleep=slept.append))


@pytest.mark.parametrize("header", ["soon", "nan", "Wed, 21 Oct 99999 07:28:00 GMT"])
def test_an_unreadable_retry_after_falls_back_to_the_backoff(engine: OpenAIEngine,
                                                              header: str) -> None:
    reply = "Our launch depends on Acme's accounts API."
    with respx.mock(base_url="http://llm.test/v1", assert_all_called=True) as router:
        route = router.post("/chat/completions").mock(side_effect=[
            httpx.Response(429, headers={"retry-after": header}),
            httpx.Response(200, json=completion(grader_json(("surface", reply))))])
        result = engine.grade(reply, load_library().scenario("crm-vendor-late"), None)
    assert route.call_count == 2 and result.status == "ok"
    assert len(engine.retry.waits) == 1 and 0 < engine.retry.waits[0] <= 0.01


# -- grades, answers and limits ----------------------------------------------------


def test_evidence_past_the_end_of_its_answer_is_refused_not_looped_over(
        tmp_path: Path, session_lines: list[str]) -> None:
    def far_end(event: dict[str, Any]) -> None:
        event["grade"]["evidence"][0]["end"] = 10**15

    lines, number = _edit(session_lines, "grade", far_end, nth=1)
    path = _write(tmp_path, lines)
    one_line_error(run_cli("report", str(path)), f"{path}:{number}:",
                   "grade: field 'grade.evidence'", "past the end of answer 1")


def test_an_answer_over_the_character_limit_is_refused_before_it_is_saved(
        tmp_path: Path) -> None:
    answers = "We depend on Acme " + "a" * 200_100 + "\n---\nWe depend on Acme's API.\n---\n"
    out = run_cli("chat", "--scenario", "crm-vendor-late", "--transcripts-dir", str(tmp_path),
                  stdin=answers)
    assert out.returncode == 0, out.stderr
    assert "That answer is 200,118 characters; the limit is 200,000." in out.stdout
    [path] = list(tmp_path.glob("*.jsonl"))
    saved = [e for e in map(json.loads, path.read_text().splitlines()) if e["type"] == "answer"]
    assert [a["text"] for a in saved] == ["We depend on Acme's API."]


def test_an_over_long_answer_saved_earlier_is_graded_on_resume(
        tmp_path: Path, session_lines: list[str]) -> None:
    long = {"type": "answer", "index": 2, "scenario": "crm-vendor-late", "t": 1.0,
            "text": "Our launch depends on Acme's accounts API. " + "a" * 250_000,
            "words": 7}
    path = _write(tmp_path, [*_unfinished(session_lines), json.dumps(long)])
    out = run_cli("chat", "--resume", str(path), "--answers", os.devnull)
    assert out.returncode == 0, out.stderr
    grades = [e for e in map(json.loads, path.read_text().splitlines())
              if e["type"] == "grade" and e["answer"] == 2]
    assert grades and "graded on its first 200,000 of 250,043 characters" in grades[0]["note"]
    assert grades[0]["grade"]["flags"]["surfaced_dependency"] is True


def test_a_time_limit_past_a_day_is_one_line(tmp_path: Path) -> None:
    out = run_cli("chat", "--time-limit", "9999999999", "--transcripts-dir", str(tmp_path),
                  stdin="We depend on Acme.\n")
    one_line_error(out, "--time-limit", "from 1 to 86,400, not '9999999999'")
    assert not list(tmp_path.glob("*.jsonl"))


# -- persona lines -----------------------------------------------------------------

TEMPLATES = ["{title:d}", "{title!z}", "{}", "{title:{__class__}}", "{title:>300000000}"]


def _persona_with(folder: Path, template: str) -> Path:
    (folder / "personas").mkdir(parents=True)
    source = (ROOT / "prompts" / "personas" / "supportive-peer.toml").read_text()
    path = folder / "personas" / "my-coach.toml"
    path.write_text(source.replace('id = "supportive-peer"', 'id = "my-coach"')
                    .replace("{situation}", template, 1))
    return path


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_persona_line_with_more_than_plain_placeholders_is_refused_at_load(
        tmp_path: Path, template: str) -> None:
    path = _persona_with(tmp_path, template)
    line = next(i for i, s in enumerate(path.read_text().splitlines(), 1) if template in s)
    with pytest.raises(UserInputError) as caught:
        load_persona_file(path)
    assert str(caught.value).startswith(f"{path}:{line}: field 'lines.opening': ")
    out = run_cli("chat", "--persona", "my-coach", "--prompts-dir", str(tmp_path),
                  "--transcripts-dir", str(tmp_path / "t"), stdin="/end\n")
    one_line_error(out, f"{path}:{line}:", "placeholder")
    assert len(out.stdout) < 10_000


def test_rendering_never_applies_a_format_spec() -> None:
    values = {"title": "T"}
    assert [render_template(t, values) for t in TEMPLATES] == ["T", "T", "", "T", "T"]
    assert render_template("{{braces}} {title} {", values) == "{{braces}} {title} {"
    assert render_template("{{braces}} {title}", values) == "{braces} T"


# -- damaged transcripts -----------------------------------------------------------


def test_a_bad_scorecard_event_names_its_line_and_field(tmp_path: Path,
                                                        session_lines: list[str]) -> None:
    lines, number = _edit(session_lines, "scorecard",
                          lambda e: e["scorecard"].update(answers="many"))
    path = _write(tmp_path, lines)
    for command in ("replay", "report"):
        one_line_error(run_cli(command, str(path)), f"{path}:{number}:",
                       "scorecard: field 'scorecard.answers'")


def test_a_lone_surrogate_is_refused_at_load(tmp_path: Path, session_lines: list[str]) -> None:
    lines, number = _edit(session_lines, "line", lambda e: e.update(text="\ud800 hello"))
    path = _write(tmp_path, lines)
    assert "\\ud800" in path.read_text()
    one_line_error(run_cli("replay", str(path)), f"{path}:{number}:", "line: field 'text'",
                   "lone surrogate")


def test_the_header_on_another_line_is_refused_and_nothing_is_appended(
        tmp_path: Path, session_lines: list[str]) -> None:
    header = json.loads(session_lines[0])
    header["schema_version"] = 9
    path = _write(tmp_path, ["", json.dumps(header), *_unfinished(session_lines)[1:]])
    before = path.read_bytes()
    one_line_error(run_cli("chat", "--resume", str(path), "--answers", os.devnull),
                   f"{path}:1: not a transcript")
    assert path.read_bytes() == before
    with pytest.raises(UserInputError, match=":1: not a transcript"):
        TranscriptWriter.append_to(path)
    second = _write(tmp_path, [*session_lines[:3], session_lines[0], *session_lines[3:]], "2.jsonl")
    one_line_error(run_cli("replay", str(second)), f"{second}:4:", "a second header")


@pytest.mark.parametrize("t", [float("nan"), 1e300, -5.0])
def test_a_nan_or_huge_timestamp_is_refused(tmp_path: Path, session_lines: list[str],
                                            t: float) -> None:
    lines, _ = _edit(session_lines, "session", lambda e: e.update(t=t))
    path = _write(tmp_path, lines)
    one_line_error(run_cli("report", str(path)), f"{path}:1:", "session: field 't'")


def test_a_scenario_index_out_of_range_is_refused(tmp_path: Path,
                                                  session_lines: list[str]) -> None:
    lines, number = _edit(_unfinished(session_lines), "scenario", lambda e: e.update(index=7))
    path = _write(tmp_path, lines)
    before = path.read_bytes()
    one_line_error(run_cli("chat", "--resume", str(path), "--answers", os.devnull),
                   f"{path}:{number}:", "scenario: field 'index'")
    assert path.read_bytes() == before


def test_a_4300_digit_integer_is_refused(tmp_path: Path, session_lines: list[str]) -> None:
    lines = list(session_lines)
    lines[1] = lines[1].replace('"index": 0', '"index": ' + "9" * 4400)
    path = _write(tmp_path, lines)
    one_line_error(run_cli("report", str(path)), f"{path}:2:", "longer than 4,300 digits")


def test_json_nested_100k_deep_is_refused(tmp_path: Path, session_lines: list[str]) -> None:
    deep = '{"type": "hint", "scenario": null, "text": "x", "more": ' + "[" * 100_000 \
        + "]" * 100_000 + "}"
    path = _write(tmp_path, [*session_lines[:3], deep, *session_lines[3:]])
    one_line_error(run_cli("replay", str(path)), f"{path}:4:", "nested deeper than 32")


def test_a_symlink_to_dev_zero_is_not_read(tmp_path: Path) -> None:
    link = tmp_path / "zero.jsonl"
    link.symlink_to("/dev/zero")
    one_line_error(run_cli("report", str(link)), str(link), "not a regular file")
    with pytest.raises(UserInputError, match="not a regular file"):
        read_transcript(link)


@pytest.mark.parametrize(("name", "value"), [
    ("INTERVIEWER_MAX_RETRIES", "\u00b2"), ("INTERVIEWER_MAX_RETRIES", "99999999"),
    ("INTERVIEWER_LINE_MAX_TOKENS", "\u00b2"), ("INTERVIEWER_GRADER_MAX_TOKENS", "10**9")])
def test_an_odd_number_in_the_environment_is_one_line(name: str, value: str) -> None:
    out = run_cli("grade", "--scenario", "crm-vendor-late", stdin="Our launch depends on Acme.",
                  env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", name: value})
    assert out.returncode == 2, out.stderr
    assert f"{name} must be a whole number" in out.stderr and "Traceback" not in out.stderr
