"""`interviewer replay`, `--regrade` and `report` on saved sessions, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from fake_openai_server import FakeServer

ANSWERS = """When exactly does Acme deliver, is the 24th firm?
---
I'd build against their sandbox and put account creation behind a feature flag. Our March 3rd
launch depends on Acme's accounts API, which lands on the 24th, and I'd flag that today.
---
/persona delivery-director
Without accounts the pilot customers can't onboard at all, so our launch is blocked on Acme.
---
"""


def _session(folder: Path, answers: str = ANSWERS) -> Path:
    out = run_cli("chat", "--scenario", "crm-vendor-late", "--transcripts-dir", str(folder),
                  stdin=answers)
    assert out.returncode == 0, out.stderr
    [path] = list(folder.glob("*.jsonl"))
    return path


def test_replay_shows_the_session_as_it_happened(tmp_path: Path) -> None:
    path = _session(tmp_path)
    out = run_cli("replay", str(path), env={"NO_COLOR": "1"})
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith(f"Session {path.stem}")
    assert "Priya: Okay, let's start with this one." in text
    assert "(revealed 'vendor-date-firm', asked: When exactly does Acme deliver" in text
    assert "[fix: I'd build against their sandbox" in text  # moves marked in the answer
    assert "dependency first: no" in text
    assert "(delivery-director takes over from integration-lead)" in text
    assert "Marcus:" in text and "Scorecard" in text and "(session ended: eof)" in text


def test_replay_json_and_many_files(tmp_path: Path) -> None:
    _session(tmp_path / "a")
    _session(tmp_path / "b")
    out = run_cli("replay", str(tmp_path / "a"), str(tmp_path / "b" / "*.jsonl"), "--json")
    assert out.returncode == 0, out.stderr
    sessions = json.loads(out.stdout)
    assert len(sessions) == 2
    assert sessions[0]["header"]["type"] == "session"
    assert sessions[0]["events"][-1]["type"] == "end"


def test_bad_files_are_one_line_each_and_skipped(tmp_path: Path) -> None:
    good = _session(tmp_path / "good")
    torn = tmp_path / "torn.jsonl"
    torn.write_text(good.read_text() + '{"type": "answer", "ind')
    damaged = tmp_path / "damaged.jsonl"
    lines = good.read_text().splitlines()
    lines[3] = "{not json"
    damaged.write_text("\n".join(lines) + "\n")
    newer = tmp_path / "newer.jsonl"
    header = json.loads(lines[0])
    header["schema_version"] = 2
    newer.write_text(json.dumps(header) + "\n")
    other = tmp_path / "other.jsonl"
    other.write_text('{"hello": "world"}\n')
    out = run_cli("replay", str(torn), str(damaged), str(newer), str(other), str(good))
    assert out.returncode == 2
    err = out.stderr
    assert f"{torn}:{len(lines) + 1}: the last line is incomplete" in err  # a warning
    assert f"{damaged}:4: damaged transcript event: not JSON" in err
    assert f"{newer}:1: transcript schema version 2 is newer" in err
    assert f"{other}:1: not a transcript" in err
    assert "Traceback" not in err
    assert out.stdout.count("Scorecard") == 2  # the torn one and the good one are shown


def test_regrade_appends_and_reports_no_change_with_the_same_grader(tmp_path: Path) -> None:
    path = _session(tmp_path)
    before = path.read_text()
    out = run_cli("replay", str(path), "--regrade", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert (doc["transcripts"], doc["replies"], doc["changed"]) == (1, 3, 0)
    assert set(doc["flip_rate"]) >= {"dependency_before_fix", "proposed_fix"}
    after = path.read_text()
    assert after.startswith(before)  # nothing already written changed
    added = [json.loads(line) for line in after[len(before):].splitlines()]
    assert [e["type"] for e in added] == ["grade"] * 3
    assert all(e["source"] == "regrade" and e["grade"]["grader"]["provider"] == "offline"
               for e in added)


def test_regrade_with_another_grader_shows_what_flipped(tmp_path: Path) -> None:
    path = _session(tmp_path / "s")
    copy = tmp_path / "copy.jsonl"
    copy.write_text(path.read_text())
    with FakeServer() as server:
        env = {"OPENAI_BASE_URL": server.base_url, "INTERVIEWER_GRADER_MODEL": "judge-2",
               "NO_COLOR": "1"}
        out = run_cli("replay", str(tmp_path / "s"), "--regrade", "--json", "--concurrency",
                      "3", env=env)
        human = run_cli("replay", str(copy), "--regrade", env=env)
        again = run_cli("replay", str(path), "--regrade", "--json", env=env)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["replies"] == 3 and doc["changed"] >= 1
    flipped = {(d["reply"], d["flag"]) for d in doc["diffs"]}
    # the fake model quotes a reply's first words: as a dependency when the reply says
    # "depend", else as a fix. So answer 2 loses its fix, and answer 3 ("blocked on
    # Acme", no "depend") its dependency.
    assert (1, "proposed_fix") in flipped and (2, "surfaced_dependency") in flipped
    assert all(d["transcript"] == str(path) for d in doc["diffs"])
    assert doc["flip_rate"]["surfaced_dependency"] > 0
    assert json.loads(again.stdout)["changed"] == 0  # compared with the grades now in force
    assert "surfaced_dependency: yes \u2192 no" in human.stdout
    assert "- surface:" in human.stdout and "+ fix:" in human.stdout
    grades = [json.loads(line) for line in path.read_text().splitlines()
              if '"type": "grade"' in line]
    assert grades[-1]["grade"]["grader"] == {"provider": "openai", "model": "judge-2",
                                             "prompt_sha256": grades[-1]["grade"]["grader"][
                                                 "prompt_sha256"]}


def test_pending_grades_are_filled(tmp_path: Path) -> None:
    path = _session(tmp_path)
    events = [json.loads(line) for line in path.read_text().splitlines()]
    for event in events:
        if event["type"] == "grade":
            event["status"], event["note"] = "pending", "server was down"
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    out = run_cli("replay", str(path), "--regrade", "--json")
    assert out.returncode == 0, out.stderr
    latest = {}
    for line in path.read_text().splitlines():
        event = json.loads(line)
        if event["type"] == "grade":
            latest[event["answer"]] = event["status"]
    assert set(latest.values()) == {"ok"}


def test_report_markdown_and_html(tmp_path: Path) -> None:
    path = _session(tmp_path)
    md = run_cli("report", str(path))
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith("# Mock interview, ")
    assert "fix          |###" in md.stdout
    assert "The fix came before the dependency" in md.stdout
    html_file = tmp_path / "r.html"
    out = run_cli("report", str(path), "--format", "html", "-o", str(html_file))
    assert out.returncode == 0, out.stderr
    page = html_file.read_text()
    assert page.startswith("<!doctype html>") and page.count("<svg") == 3
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert "first dependency" in page and "first fix" in page
    assert "did not lead with the dependency" in page


def test_record_then_replay_responses_reproduces_a_model_session(tmp_path: Path) -> None:
    recordings = tmp_path / "rec"
    answers = ("Our launch depends on Acme's accounts API, which lands late.\n---\n"
               "I'd build a stub of their API.\n---\n")
    with FakeServer() as server:
        live = run_cli("chat", "--scenario", "crm-vendor-late", "--record", str(recordings),
                       "--transcripts-dir", str(tmp_path / "live"), stdin=answers,
                       env={"OPENAI_BASE_URL": server.base_url})
        calls = len(server.behaviour.requests)
    assert live.returncode == 0, live.stderr
    assert len(list(recordings.glob("*.json"))) == calls
    again = run_cli("chat", "--scenario", "crm-vendor-late", "--replay-responses",
                    str(recordings), "--transcripts-dir", str(tmp_path / "again"), stdin=answers)
    assert again.returncode == 0, again.stderr
    assert again.stdout == live.stdout

    def essence(folder: Path) -> list[object]:
        [path] = list(folder.glob("*.jsonl"))
        keep = []
        for line in path.read_text().splitlines()[1:]:
            event = json.loads(line)
            event.pop("t")
            keep.append(event)
        return sorted(keep, key=json.dumps)  # background grades may land in another order

    assert essence(tmp_path / "again") == essence(tmp_path / "live")
    missing = run_cli("chat", "--scenario", "crm-vendor-late", "--replay-responses",
                      str(recordings), "--transcripts-dir", str(tmp_path / "x"),
                      stdin="Something never said before.\n")
    assert missing.returncode == 0  # the interview goes on offline, and says why
    assert "no recorded response for this request" in missing.stdout


def test_pace_real_keeps_the_original_timing(tmp_path: Path) -> None:
    import time

    path = _session(tmp_path)
    events = [json.loads(line) for line in path.read_text().splitlines()]
    start = events[0]["t"]
    for i, event in enumerate(events):
        event["t"] = start + 0.05 * i  # a session that took 0.05 s an event
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    began = time.monotonic()
    out = run_cli("replay", str(path), "--pace", "real")
    took = time.monotonic() - began
    assert out.returncode == 0, out.stderr
    assert took >= 0.05 * (len(events) - 1) * 0.9


def test_regrade_after_editing_the_grader_prompt_names_the_new_prompt(tmp_path: Path) -> None:
    import hashlib

    path = _session(tmp_path / "s")
    mine = tmp_path / "mine"
    mine.mkdir()
    prompt = (Path(__file__).parent.parent / "prompts" / "grader.md").read_text()
    (mine / "grader.md").write_text(prompt + "\nBe strict about the order of moves.\n")
    with FakeServer() as server:
        out = run_cli("replay", str(path), "--regrade", "--json", "--prompts-dir", str(mine),
                      env={"OPENAI_BASE_URL": server.base_url})
        systems = {r["messages"][0]["content"] for r in server.behaviour.requests}
    assert out.returncode == 0, out.stderr
    assert all(s.endswith("Be strict about the order of moves.\n") for s in systems)
    last = json.loads(path.read_text().splitlines()[-1])
    expected = hashlib.sha256((mine / "grader.md").read_bytes()).hexdigest()
    assert last["grade"]["grader"]["prompt_sha256"] == expected


def test_a_regrade_that_skips_a_file_says_why_and_appends_nothing(tmp_path: Path) -> None:
    path = _session(tmp_path)
    events = [json.loads(line) for line in path.read_text().splitlines()]
    for event in events:
        if event["type"] == "answer":
            event["scenario"] = "gone-scenario"  # e.g. from a --prompts-dir not given now
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    before = path.read_text()
    out = run_cli("replay", str(path), "--regrade", env={"NO_COLOR": "1"})
    assert out.returncode == 2
    assert f"{path}: answer 1: unknown scenario 'gone-scenario'" in out.stderr
    assert "0 new grades appended" in out.stdout
    assert "were appended" not in out.stdout
    assert path.read_text() == before


def test_report_refuses_to_write_over_its_transcript(tmp_path: Path) -> None:
    path = _session(tmp_path)
    before = path.read_text()
    (tmp_path / "link.jsonl").symlink_to(path)
    for output in (str(path), str(tmp_path / "." / path.name), str(tmp_path / "link.jsonl")):
        out = run_cli("report", str(path), "-o", output)
        assert out.returncode == 2, out.stderr
        [error] = [line for line in out.stderr.splitlines() if "error" in line]
        assert "is the transcript being reported on" in error
        assert path.read_text() == before


def test_no_output_may_be_one_of_several_inputs(tmp_path: Path) -> None:
    from interviewer.commands.common import refuse_overwriting
    from interviewer.errors import UserInputError

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("{}\n")
    b.write_text("{}\n")
    refuse_overwriting(str(tmp_path / "new.md"), [str(a), str(b)])
    with pytest.raises(UserInputError, match=r"b\.jsonl"):
        refuse_overwriting(str(tmp_path / "sub" / ".." / "b.jsonl"), [str(a), str(b)])
