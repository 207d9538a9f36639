"""`interviewer chat` as a user runs it: answers files, pipes, kills, resumes, bad input."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT, finished_session, run_cli

ANSWERS = """Just to clarify, are we ahead of delivery or already in it?
---
Our launch depends on Acme's accounts API, which lands three weeks after it, so I'd flag
that to the head of sales and the PM today.
---
/hint
I'd build against their sandbox behind a feature flag.
---
/persona delivery-director
Without accounts the pilot customers can't onboard at all, so it blocks the launch.
---
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "INTERVIEWER_"))}
    env["NO_COLOR"] = "1"
    return env


def _transcript(folder: Path) -> list[dict[str, object]]:
    [path] = list(folder.glob("*.jsonl"))
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_a_session_from_an_answers_file(tmp_path: Path) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text(ANSWERS)
    out = run_cli("chat", "--answers", str(answers), "--scenario", "crm-vendor-late",
                  "--transcripts-dir", str(tmp_path / "t"))
    assert out.returncode == 0, out.stderr
    assert "provider offline" in out.stderr and "transcript saved to" in out.stderr
    assert out.stdout.startswith("Priya: Okay, let's start with this one.")
    assert "Marcus:" in out.stdout and "Scorecard" in out.stdout
    assert "led with the dependency: yes" in out.stdout
    events = _transcript(tmp_path / "t")
    header = events[0]
    assert header["type"] == "session" and header["schema_version"] == 1
    assert header["persona"] == "integration-lead" and header["provider"] == "offline"
    hashes = header["prompt_hashes"]
    assert isinstance(hashes, dict)
    assert set(hashes) >= {"offline_rules", "persona:integration-lead",
                                            "scenario:crm-vendor-late"}
    types = [e["type"] for e in events]
    assert types.count("answer") == 4 and types.count("grade") == 4
    assert "hint" in types and "persona" in types
    assert types[-2:] == ["scorecard", "end"]


def test_piped_stdin_is_an_answers_file_too(tmp_path: Path) -> None:
    out = run_cli("chat", "--scenario", "sso-upgrade-ahead", "--transcripts-dir", str(tmp_path),
                  stdin="The cutover depends on identity's SSO upgrade, which lands after it.\n")
    assert out.returncode == 0, out.stderr
    assert "Scorecard" in out.stdout
    assert [e["type"] for e in _transcript(tmp_path)].count("answer") == 1


def test_bad_input_is_one_line_and_exit_2_before_the_interview(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cases = [
        (["--persona", "nobody"], "unknown persona 'nobody' (known: delivery-director, "
                                  "integration-lead, supportive-peer)"),
        (["--scenario", "nowhere"], "unknown scenario 'nowhere'"),
        (["--answers", str(tmp_path / "missing.txt")], "cannot open the answers file"),
        (["--transcripts-dir", str(blocker / "sub")], "transcripts folder cannot be written"),
        (["--time-limit", "0"], "--time-limit: must be a whole number of seconds from 1 to"),
        (["--time-limit", "9999999999"], "from 1 to 86,400, not '9999999999'"),
    ]
    for args, message in cases:
        out = run_cli("chat", *args, "--transcripts-dir", str(tmp_path / "t"), stdin="hi\n") \
            if "--transcripts-dir" not in args else run_cli("chat", *args, stdin="hi\n")
        assert out.returncode == 2, (args, out.stderr)
        assert message in out.stderr, (args, out.stderr)
        assert len(out.stderr.strip().splitlines()) <= 2 and "Traceback" not in out.stderr
        assert not (tmp_path / "t").exists() or not list((tmp_path / "t").glob("*.jsonl"))


def _start(tmp_path: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "interviewer", "chat", "--transcripts-dir", str(tmp_path),
         "--scenario", "crm-vendor-late", *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
        env=_env())


def _read_until(proc: subprocess.Popen[bytes], needle: bytes, timeout: float = 20) -> bytes:
    assert proc.stdout is not None
    seen = b""
    deadline = time.monotonic() + timeout
    while needle not in seen:
        left = deadline - time.monotonic()
        assert left > 0, seen.decode()
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 65536)
            assert chunk, seen.decode()
            seen += chunk
    return seen


def test_a_pipe_that_stays_open_is_a_live_session(tmp_path: Path) -> None:
    proc = _start(tmp_path)
    assert proc.stdin is not None
    try:
        _read_until(proc, b"Walk me through what you do.")
        proc.stdin.write(b"I'd build a stub of their API.\n---\n")
        proc.stdin.flush()
        # the follow-up arrives while stdin is still open: answers are taken as they arrive
        out = _read_until(proc, b"Priya: Before we get to the how")
        assert b"Scorecard" not in out
    finally:
        proc.stdin.close()
        proc.wait(timeout=20)
    assert proc.returncode == 0


def test_the_time_limit_applies_to_a_live_pipe(tmp_path: Path) -> None:
    proc = _start(tmp_path, "--time-limit", "1")
    assert proc.stdin is not None
    try:
        _read_until(proc, b"Walk me through what you do.")
        proc.stdin.write(b"Our launch depends on Acme and\n")
        proc.stdin.flush()
        _read_until(proc, b"Priya: Let's pause there, we're at time on that one.")
    finally:
        proc.stdin.close()
        proc.wait(timeout=20)
    answers = [e for e in _transcript(tmp_path) if e["type"] == "answer"]
    assert answers[0]["text"] == "Our launch depends on Acme and" and answers[0]["timed_out"]


def test_a_killed_session_is_readable_and_resumes(tmp_path: Path) -> None:
    proc = _start(tmp_path)
    assert proc.stdin is not None
    _read_until(proc, b"Walk me through what you do.")
    proc.stdin.write(b"I'd build a stub of their API.\n---\n")
    proc.stdin.flush()
    _read_until(proc, b"Before we get to the how")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=20)
    [path] = list(tmp_path.glob("*.jsonl"))
    before = path.read_text().splitlines()
    assert json.loads(before[-1])["type"] == "line"  # nothing said was lost
    assert all(json.loads(line)["type"] != "end" for line in before)

    out = run_cli("chat", "--resume", str(path),
                  stdin="Our launch depends on Acme's API, which lands after it; I'd flag it.\n")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Priya: Okay, picking up where we left off. Before we get")
    after = [json.loads(line) for line in path.read_text().splitlines()]
    assert after[: len(before)] == [json.loads(line) for line in before]  # append only
    assert [e["type"] for e in after].count("answer") == 2
    assert after[-1]["type"] == "end"
    card = next(e for e in after if e["type"] == "scorecard")["scorecard"]
    assert card["scenarios"][0]["led_with_dependency"] is False  # the stub came first

    again = run_cli("chat", "--resume", str(path), stdin="more\n")
    assert again.returncode == 2 and "already ended" in again.stderr


def test_resume_after_a_torn_last_line(tmp_path: Path) -> None:
    proc = _start(tmp_path)
    assert proc.stdin is not None
    _read_until(proc, b"Walk me through what you do.")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=20)
    [path] = list(tmp_path.glob("*.jsonl"))
    with path.open("a") as f:
        f.write('{"type": "answer", "ind')  # what a kill in mid-write leaves
    out = run_cli("chat", "--resume", str(path), stdin="/end\n")
    assert out.returncode == 0, out.stderr
    assert "warning" in out.stderr and "last line is incomplete" in out.stderr
    lines = path.read_text().splitlines()
    assert all(json.loads(line) for line in lines)
    assert json.loads(lines[-1])["type"] == "end"


def test_a_command_then_a_separator_is_not_an_empty_answer(tmp_path: Path) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("I'd stub their API.\n---\n/skip\n---\n\nThe close depends on APAC's "
                       "feed, which has not landed.\n---\n")
    out = run_cli("chat", "--answers", str(answers), "--scenario", "crm-vendor-late",
                  "--scenario", "finance-feed-missing", "--transcripts-dir", str(tmp_path / "t"))
    assert out.returncode == 0, out.stderr
    events = _transcript(tmp_path / "t")
    assert not [e for e in events if e["type"] == "line" and e["kind"] == "nudge"]
    answered = [(e["scenario"], e["text"]) for e in events if e["type"] == "answer"]
    assert answered == [("crm-vendor-late", "I'd stub their API."),
                        ("finance-feed-missing",
                         "The close depends on APAC's feed, which has not landed.")]


def test_resume_after_the_goodbye_only_writes_the_missing_scorecard(tmp_path: Path) -> None:
    path = finished_session(tmp_path, "Our launch depends on Acme's API.\n---\n/skip\n")
    lines = path.read_text().splitlines()
    assert [json.loads(x)["type"] for x in lines[-3:]] == ["line", "scorecard", "end"]
    assert json.loads(lines[-3])["kind"] == "closing"
    path.write_text("\n".join(lines[:-2]) + "\n")  # killed while waiting for the last grades
    out = run_cli("chat", "--resume", str(path), stdin="")
    assert out.returncode == 0, out.stderr
    assert "middle of something" not in out.stdout and "Scorecard" in out.stdout
    after = path.read_text().splitlines()
    assert after[:-2] == lines[:-2]
    assert [json.loads(x)["type"] for x in after[-2:]] == ["scorecard", "end"]


def test_flags_that_a_resumed_session_cannot_change_are_refused(tmp_path: Path) -> None:
    path = finished_session(tmp_path, ANSWERS)
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:-3]) + "\n")
    before = path.read_text()
    for flag, value in (("--persona", "delivery-director"), ("--scenario", "sso-upgrade-ahead")):
        out = run_cli("chat", "--resume", str(path), flag, value, stdin="more\n")
        assert out.returncode == 2 and f"{flag} cannot be changed on --resume" in out.stderr
        assert path.read_text() == before
