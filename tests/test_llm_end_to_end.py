"""`interviewer chat --answers` against an OpenAI-compatible server of our own."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT, run_cli
from fake_openai_server import Behaviour, FakeServer

KEY = "sk-e2e-secret-0123456789"
ANSWERS = ("Our launch depends on Acme's accounts API, which lands three weeks late.\n---\n"
           "I'd build a stub of their API behind a feature flag.\n---\n")


def _env(base_url: str) -> dict[str, str]:
    return {"OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": KEY,
            "INTERVIEWER_MODEL": "fake-talker", "INTERVIEWER_GRADER_MODEL": "fake-judge",
            "INTERVIEWER_MAX_RETRIES": "1", "NO_COLOR": "1"}


def _events(folder: Path) -> list[dict[str, object]]:
    [path] = list(folder.glob("*.jsonl"))
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_a_session_against_a_local_server(tmp_path: Path) -> None:
    with FakeServer() as server:
        out = run_cli("chat", "--scenario", "crm-vendor-late", "--transcripts-dir",
                      str(tmp_path), stdin=ANSWERS, env=_env(server.base_url))
        requests = list(server.behaviour.requests)
    assert out.returncode == 0, out.stderr
    assert f"provider openai, model fake-talker, grader model fake-judge, server " \
           f"{server.base_url}" in out.stderr
    assert out.stdout.startswith("Priya: Model question 1:")  # the model's words, streamed
    streamed = [r for r in requests if r.get("stream")]
    graded = [r for r in requests if "response_format" in r]
    assert len(graded) == 2 and len(streamed) >= 3
    assert all(r["model"] == "fake-judge" and r["temperature"] == 0 for r in graded)
    events = _events(tmp_path)
    header = events[0]
    assert header["provider"] == "openai"
    assert header["models"] == {"interviewer": "fake-talker", "grader": "fake-judge"}
    assert "grader" in header["prompt_hashes"]  # type: ignore[operator]
    grades = [e for e in events if e["type"] == "grade"]
    assert [g["status"] for g in grades] == ["ok", "ok"]
    first = grades[0]["grade"]
    assert first["grader"]["provider"] == "openai"  # type: ignore[index]
    assert first["evidence"][0]["quote"] == "Our launch depends on Acme's accounts API, which"  # type: ignore[index]
    assert first["flags"]["surfaced_dependency"] is True  # type: ignore[index]
    lines = [e for e in events if e["type"] == "line"]
    assert str(lines[0]["text"]).startswith("Model question 1:")
    whole = "".join(p.read_text() for p in tmp_path.glob("*.jsonl")) + out.stdout + out.stderr
    assert KEY not in whole


def test_killing_the_server_mid_interview_loses_nothing(tmp_path: Path) -> None:
    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "fake_openai_server.py"),
                               "--announce"],
                              stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    base_url = server.stdout.readline().strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "INTERVIEWER_"))}
    env.update(_env(base_url))
    proc = subprocess.Popen(
        [sys.executable, "-m", "interviewer", "chat", "--scenario", "crm-vendor-late",
         "--transcripts-dir", str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, cwd=ROOT, env=env)
    assert proc.stdin is not None and proc.stdout is not None
    seen = b""

    def wait_for(needle: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 30
        while needle not in seen:
            assert time.monotonic() < deadline, seen.decode()
            assert proc.stdout is not None
            ready, _, _ = select.select([proc.stdout], [], [], 1)
            if ready:
                chunk = os.read(proc.stdout.fileno(), 65536)
                assert chunk, seen.decode()
                seen += chunk

    try:
        wait_for(b"Model question 1:")
        proc.stdin.write(b"Our launch depends on Acme's accounts API, which lands late.\n---\n")
        proc.stdin.flush()
        wait_for(b"Model question 2:")
        # the first grade runs beside that line; let it land before the server dies
        assert server.stdout.readline().strip() == "graded"
        server.kill()  # the model server dies mid-interview
        server.wait(timeout=10)
        proc.stdin.write(b"I'd build a stub of their API behind a feature flag.\n---\n")
        proc.stdin.flush()
        wait_for(b"The offline interviewer takes over for now")
    finally:
        server.kill()
        proc.stdin.close()
        proc.wait(timeout=60)
        err = proc.stderr.read() if proc.stderr else b""
    assert proc.returncode == 0, err.decode()
    events = _events(tmp_path)
    answers = [e["text"] for e in events if e["type"] == "answer"]
    assert len(answers) == 2  # nothing said was lost
    grades = {e["answer"]: e for e in events if e["type"] == "grade"}
    assert grades[0]["status"] == "ok"
    assert grades[1]["status"] == "pending"  # the regrade command fills it later
    assert grades[1]["grade"]["grader"]["provider"] == "offline"  # type: ignore[index]
    assert "cannot reach the model server" in str(grades[1]["note"])
    fallback = [e for e in events if e["type"] == "line" and e.get("notice")]
    assert fallback and "offline interviewer takes over" in str(fallback[0]["notice"])
    assert events[-1]["type"] == "end"


def test_grade_and_eval_with_the_model(tmp_path: Path) -> None:
    reply = "Our launch depends on Acme's accounts API, which lands three weeks late."
    with FakeServer() as server:
        out = run_cli("grade", "--scenario", "crm-vendor-late", "--json", stdin=reply,
                      env=_env(server.base_url))
        dataset = tmp_path / "set.jsonl"
        dataset.write_text(json.dumps({"id": "x1", "scenario": "crm-vendor-late",
                                       "reply": reply,
                                       "labels": {"surfaced_dependency": True}}) + "\n")
        ev = run_cli("eval", str(dataset), "--json", env=_env(server.base_url))
        graded = [r for r in server.behaviour.requests if "response_format" in r]
    assert out.returncode == 0, out.stderr
    grade = json.loads(out.stdout)
    assert grade["grader"]["provider"] == "openai" and grade["grader"]["model"] == "fake-judge"
    assert grade["flags"]["surfaced_dependency"] is True
    assert ev.returncode == 0, ev.stderr
    result = json.loads(ev.stdout)
    assert (result["provider"], result["model"]) == ("openai", "fake-judge")
    assert result["flags"]["surfaced_dependency"]["tp"] == 1
    assert len(graded) == 2


def test_a_strict_template_server_speaks_every_line(tmp_path: Path) -> None:
    with FakeServer() as server:  # strict chat template, as llama.cpp and vLLM apply
        out = run_cli("chat", "--scenario", "crm-vendor-late", "--transcripts-dir",
                      str(tmp_path), stdin=ANSWERS, env=_env(server.base_url))
        rejected = list(server.behaviour.rejected)
    assert out.returncode == 0, out.stderr
    assert rejected == []
    lines = [e for e in _events(tmp_path) if e["type"] == "line"]
    assert len(lines) >= 3
    assert all(str(e["text"]).startswith("Model question") and not e.get("notice")
               for e in lines)
    assert "offline interviewer" not in out.stdout + out.stderr


def test_a_server_that_answers_json_schema_with_500_still_grades(tmp_path: Path) -> None:
    with FakeServer(Behaviour(json_schema=False)) as server:  # llama-cpp-python 0.3
        out = run_cli("chat", "--scenario", "crm-vendor-late", "--transcripts-dir",
                      str(tmp_path), stdin=ANSWERS,
                      env={**_env(server.base_url), "INTERVIEWER_MAX_RETRIES": "3"})
        rejected = list(server.behaviour.rejected)
        graded = [r for r in server.behaviour.requests if "response_format" in r]
    assert out.returncode == 0, out.stderr
    grades = [e for e in _events(tmp_path) if e["type"] == "grade"]
    assert [g["status"] for g in grades] == ["ok", "ok"]
    assert len(rejected) == 1  # tried once, then remembered: no retries of a 500 that says why
    assert graded[-1]["response_format"]["type"] == "json_object"
    assert graded[-1]["response_format"]["schema"]["required"] == ["evidence", "feedback"]


def test_grade_model_picks_the_graders_model() -> None:
    reply = "Our launch depends on Acme's accounts API, which lands three weeks late."
    with FakeServer() as server:
        out = run_cli("grade", "--scenario", "crm-vendor-late", "--json", "--model",
                      "judge-9", stdin=reply, env=_env(server.base_url))
        models = {r["model"] for r in server.behaviour.requests if "response_format" in r}
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["grader"]["model"] == "judge-9"
    assert models == {"judge-9"}
    assert "grader model judge-9" in out.stderr
