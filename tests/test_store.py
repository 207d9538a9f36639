"""Transcripts: one event a line, flushed; a torn tail is a warning, damage elsewhere an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.errors import UserInputError
from interviewer.transcripts.events import Answer, Ended, SessionStart
from interviewer.transcripts.store import TranscriptWriter, read_transcript


def _header() -> SessionStart:
    return SessionStart(session_id="s", app_version="0", persona="p", scenarios=["a"],
                        provider="offline", models={"interviewer": None, "grader": None},
                        prompt_hashes={})


def _write(tmp_path: Path, n: int = 3) -> Path:
    writer = TranscriptWriter.create(tmp_path, "t")
    writer.write(_header())
    for i in range(n):
        writer.write(Answer(index=i, scenario="a", text=f"answer {i}", words=2))
    writer.close()
    return writer.path


def test_each_event_is_on_disk_as_soon_as_it_is_written(tmp_path: Path) -> None:
    writer = TranscriptWriter.create(tmp_path, "t")
    writer.write(_header())
    writer.write(Answer(index=0, scenario="a", text="x", words=1))
    # read through a separate handle while the writer is still open
    assert len(writer.path.read_text().splitlines()) == 2
    writer.close()


def test_round_trip(tmp_path: Path) -> None:
    transcript = read_transcript(_write(tmp_path))
    assert transcript.header.persona == "p"
    assert [e.text for e in transcript.events if isinstance(e, Answer)] == [
        "answer 0", "answer 1", "answer 2"]
    assert not transcript.warnings and not transcript.ended


def test_a_new_file_never_overwrites_an_old_one(tmp_path: Path) -> None:
    first = _write(tmp_path)
    second = _write(tmp_path)
    assert first != second and first.exists() and second.exists()


def test_a_torn_last_line_is_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path)
    with path.open("a") as f:
        f.write('{"type": "answer", "index": 3, "sce')
    transcript = read_transcript(path)
    assert len(transcript.events) == 3 and transcript.torn_tail
    assert "last line is incomplete" in transcript.warnings[0]
    assert f"{path}:5" in transcript.warnings[0]


def test_appending_after_a_torn_line_drops_it_first(tmp_path: Path) -> None:
    path = _write(tmp_path)
    with path.open("a") as f:
        f.write('{"type": "ans')
    writer = TranscriptWriter.append_to(path, repair=True)
    writer.write(Ended(reason="end"))
    writer.close()
    transcript = read_transcript(path)
    assert transcript.ended and not transcript.warnings


def test_damage_in_the_middle_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path)
    lines = path.read_text().splitlines()
    lines[2] = lines[2][:20]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(UserInputError, match=rf"{path}:3: damaged transcript event: not JSON"):
        read_transcript(path)


def test_an_invalid_event_names_the_line_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path)
    lines = path.read_text().splitlines()
    event = json.loads(lines[1])
    del event["text"]
    lines[1] = json.dumps(event)
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(UserInputError, match=r":2: damaged transcript event: answer: field 'text'"):
        read_transcript(path)


def test_a_file_that_is_not_a_transcript(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"type": "answer", "index": 0, "scenario": "a", "text": "", "words": 0}\n')
    with pytest.raises(UserInputError, match=r"x\.jsonl:1: not a transcript"):
        read_transcript(path)
    path.write_text("hello\n")
    with pytest.raises(UserInputError, match=r"x\.jsonl:1: not a transcript"):
        read_transcript(path)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path)
    lines = path.read_text().splitlines()
    header = json.loads(lines[0])
    header["schema_version"] = 99
    lines[0] = json.dumps(header)
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(UserInputError, match="schema version 99 is newer"):
        read_transcript(path)


def test_an_unwritable_folder_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(UserInputError, match="transcripts folder cannot be written"):
        TranscriptWriter.create(blocker / "sub", "t")
