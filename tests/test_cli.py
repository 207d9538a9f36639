"""The commands as a user runs them: output shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import DATA, ROOT, run_cli

from interviewer.schemas import FLAG_NAMES, Grade

REPLY = (ROOT / "examples" / "answer.txt").read_text()


def assert_one_line_error(proc, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    assert proc.returncode == 2, proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if "error" in ln]
    assert len(errors) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for fragment in fragments:
        assert fragment in errors[0]


def test_grade_json_is_the_contract_document() -> None:
    proc = run_cli("grade", "--scenario", "crm-vendor-late", "--json", stdin=REPLY)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    grade = Grade.model_validate(doc)
    assert set(doc) == {"flags", "evidence", "feedback", "grader"}
    assert list(doc["flags"]) == list(FLAG_NAMES)
    assert doc["grader"]["provider"] == "offline" and doc["grader"]["model"] is None
    assert len(doc["grader"]["prompt_sha256"]) == 64
    assert grade.flags.dependency_before_fix
    for e in grade.evidence:
        assert REPLY[e.start:e.end] == e.quote
    assert "provider offline" in proc.stderr


def test_grade_human_output_marks_the_evidence() -> None:
    proc = run_cli("grade", "--scenario", "crm-vendor-late", stdin=REPLY)
    assert proc.returncode == 0
    marked = " ".join(proc.stdout.split())
    for move in ("surface", "fix", "clarify_timing"):
        assert re.search(rf"\[(?:[a-z_]+\+)*{move}(?:\+[a-z_]+)*: ", marked), move
    assert "yes  dependency_before_fix" in proc.stdout
    assert "\x1b[" not in proc.stdout  # not a terminal: no colour codes


def test_grade_accepts_a_scenario_file(tmp_path: Path) -> None:
    proc = run_cli("grade", "--scenario", str(ROOT / "prompts/scenarios/sso-upgrade-ahead.toml"),
                   "--json", stdin="We depend on the identity team's upgrade; I'd raise it.")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["flags"]["surfaced_dependency"] is True


def test_grade_bad_input_gives_one_line_and_exit_2() -> None:
    assert_one_line_error(run_cli("grade", "--scenario", "nope", stdin="x"),
                          "unknown scenario 'nope'", "crm-vendor-late")
    assert_one_line_error(run_cli("grade", "--scenario", "crm-vendor-late", stdin="  \n"),
                          "<stdin>", "empty")
    assert_one_line_error(run_cli("grade", "--scenario", "crm-vendor-late",
                                  stdin=b"fine\n\xff\xfe broken"), "<stdin>:2", "UTF-8")
    assert_one_line_error(run_cli("grade", "--scenario", "missing/file.toml", stdin="x"),
                          "missing/file.toml")


@pytest.mark.parametrize("blank", ["", "  \n\t\n", "\u00a0\u3000\n",
                                   "\ufeff  \r\n",  # PowerShell's pipe starts with a BOM
                                   "\u200b\u2060\n"])  # zero-width: nothing a person sees
def test_grade_treats_a_blank_reply_as_empty(blank: str) -> None:
    proc = run_cli("grade", "--scenario", "crm-vendor-late", stdin=blank)
    assert_one_line_error(proc, "<stdin>: the reply is empty")
    assert proc.stdout == ""


def test_a_megabyte_reply_is_refused_with_the_limit() -> None:
    proc = run_cli("grade", "--scenario", "crm-vendor-late", stdin="blah " * 210_000)
    assert_one_line_error(proc, "at most 200,000")


def test_eval_json_is_the_contract_document() -> None:
    proc = run_cli("eval", str(DATA / "dev.jsonl"), "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert set(doc) == {"provider", "model", "items", "errors", "flags", "predictions"}
    assert doc["provider"] == "offline" and doc["errors"] == 0
    assert doc["items"] == len(doc["predictions"]) >= 75
    metric = doc["flags"]["dependency_before_fix"]
    assert set(metric) == {"tp", "fp", "fn", "tn", "precision", "recall", "f1", "accuracy",
                           "kappa"}
    assert metric["tp"] + metric["fp"] + metric["fn"] + metric["tn"] == doc["items"]
    first = doc["predictions"][0]
    assert set(first) == {"id", "flags", "error"} and set(first["flags"]) == set(FLAG_NAMES)


def test_eval_only_reports_labelled_flags_and_lists_disagreements(tmp_path: Path) -> None:
    data = tmp_path / "mini.jsonl"
    lines = [
        {"id": "a", "scenario": "crm-vendor-late", "reply": "Since Acme is late I'd stub it.",
         "labels": {"proposed_fix": True, "surfaced_dependency": True}},
        {"id": "b", "scenario": "crm-vendor-late",
         "reply": "Our launch depends on Acme's accounts API; I'd flag it today.",
         "labels": {"surfaced_dependency": True}},
    ]
    data.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    doc = json.loads(run_cli("eval", str(data), "--json").stdout)
    assert set(doc["flags"]) == {"proposed_fix", "surfaced_dependency"}
    assert doc["flags"]["surfaced_dependency"]["fn"] == 1
    human = run_cli("eval", str(data)).stdout
    assert "Disagreements (1)" in human
    assert "a  surfaced_dependency: labelled yes, graded no" in human


def test_eval_bad_dataset_lines_name_the_line(tmp_path: Path) -> None:
    good = {"id": "a", "scenario": "crm-vendor-late", "reply": "r", "labels": {}}
    cases = [
        ("{not json", "line 2", "not JSON"),
        (json.dumps({**good, "id": "b", "scenario": "nope"}), ":2:", "unknown scenario 'nope'"),
        (json.dumps({**good, "id": "b", "labels": {"vibes": True}}), ":2:", "unknown flag 'vibes'"),
        (json.dumps({**good, "id": "a"}), ":2:", "used twice"),
        (json.dumps({"id": "b", "scenario": "crm-vendor-late", "labels": {}}), ":2:", "'reply'"),
    ]
    for bad, *expected in cases:
        path = tmp_path / "bad.jsonl"
        path.write_text(json.dumps(good) + "\n" + bad + "\n")
        fragments = [f.replace("line 2", f"{path}:2") for f in expected]
        assert_one_line_error(run_cli("eval", str(path)), *fragments)
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(json.dumps(good).encode() + b"\n\xe9\n")
    assert_one_line_error(run_cli("eval", str(path)), f"{path}:2", "UTF-8")
    assert_one_line_error(run_cli("eval", str(tmp_path / "absent.jsonl")), "no such file")


def test_scenarios_json_hides_the_hidden_facts() -> None:
    proc = run_cli("scenarios", "--json")
    assert proc.returncode == 0
    doc = json.loads(proc.stdout)
    ids = {s["id"] for s in doc}
    assert {"crm-vendor-late", "finance-feed-missing", "payments-partial-golive",
            "sso-upgrade-ahead"} <= ids
    assert all(isinstance(s["hidden_facts"], int) for s in doc)
    assert "slipped their last two dates" not in proc.stdout


def test_user_prompts_dir_adds_and_replaces_scenarios(tmp_path: Path) -> None:
    (tmp_path / "scenarios").mkdir()
    src = (ROOT / "prompts/scenarios/crm-vendor-late.toml").read_text()
    (tmp_path / "scenarios" / "crm-vendor-late.toml").write_text(
        src.replace('title = "The CRM vendor\'s API lands after our launch"', 'title = "Mine"'))
    proc = run_cli("scenarios", "--prompts-dir", str(tmp_path))
    assert "Mine" in proc.stdout and "finance-feed-missing" in proc.stdout
    env_proc = run_cli("scenarios", env={"INTERVIEWER_PROMPTS_DIR": str(tmp_path)})
    assert "Mine" in env_proc.stdout


def test_help_does_not_import_openai_or_pydantic() -> None:
    code = ("import sys; from interviewer.cli import build_parser; build_parser().format_help(); "
            "print('openai' in sys.modules, 'pydantic' in sys.modules)")
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_offline_grade_never_imports_openai() -> None:
    code = ("import sys, io; sys.stdin = io.TextIOWrapper(io.BytesIO(b'We depend on Acme.'));"
            "from interviewer.cli import main; main(['grade', '--scenario', 'crm-vendor-late',"
            " '--json']); print('openai' in sys.modules, file=sys.stderr)")
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stderr.strip().splitlines()[-1] == "False"


def test_eval_takes_a_folder_and_names_a_clash_of_ids(tmp_path: Path) -> None:
    line = {"id": "a", "scenario": "crm-vendor-late", "reply": "I'd stub it.",
            "labels": {"proposed_fix": True}}
    (tmp_path / "one.jsonl").write_text(json.dumps(line) + "\n")
    (tmp_path / "two.jsonl").write_text(json.dumps({**line, "id": "b"}) + "\n")
    doc = json.loads(run_cli("eval", str(tmp_path), "--json").stdout)
    assert doc["items"] == 2 and [p["id"] for p in doc["predictions"]] == ["a", "b"]
    (tmp_path / "three.jsonl").write_text(json.dumps(line) + "\n")
    clash = run_cli("eval", str(tmp_path))
    assert clash.returncode == 2 and "'a' is used in two of the files" in clash.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    none = run_cli("eval", str(empty))
    assert none.returncode == 2 and "holds no .jsonl files" in none.stderr
    assert len(none.stderr.strip().splitlines()) <= 2
