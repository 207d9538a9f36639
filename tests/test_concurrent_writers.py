"""A regrade appending while a live chat writes: both writers' events all survive, unsplit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, finished_session

from interviewer.cli import main
from interviewer.transcripts.events import GradeEvent, Line, SessionStart
from interviewer.transcripts.store import TranscriptWriter, read_transcript

ANSWERS = ("Our launch depends on Acme's accounts API, which lands three weeks late, so I'd "
           "flag it to sales today.\n---\nI'd build against their sandbox behind a flag.\n---\n")

# A stand-in for a live `chat`: it opens a new transcript the way chat does, writes
# a finished session's answers into it, then keeps appending interviewer lines
# until its stdin closes, and says how many it wrote.
LIVE_WRITER = """
import json, sys, threading
from pathlib import Path
from interviewer.transcripts.events import EVENT, Line
from interviewer.transcripts.store import TranscriptWriter
writer = TranscriptWriter.create(Path(sys.argv[2]), "live")
for raw in Path(sys.argv[1]).read_text().splitlines():
    writer.write(EVENT.validate_python(json.loads(raw)))
stop = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
count = 0
print(writer.path, flush=True)
while not stop.is_set():
    text = f"live {count} " + "x" * 300
    writer.write(Line(scenario=None, persona="live", kind="nudge", text=text))
    count += 1
    stop.wait(0.0005)
writer.close()
print(count, flush=True)
"""


def test_two_writers_interleave_without_overwriting(tmp_path: Path) -> None:
    first = TranscriptWriter.create(tmp_path, "t")
    first.write(SessionStart(session_id="s", app_version="0", persona="p", scenarios=["a"],
                             provider="offline", models={"interviewer": None, "grader": None},
                             prompt_hashes={}))
    first.write(Line(scenario=None, persona="a", kind="nudge", text="one"))
    second = TranscriptWriter.append_to(first.path)
    second.write(Line(scenario=None, persona="b", kind="nudge", text="two"))
    first.write(Line(scenario=None, persona="a", kind="nudge", text="three"))
    second.write(Line(scenario=None, persona="b", kind="nudge", text="four"))
    first.close()
    second.close()
    texts = [json.loads(raw)["text"] for raw in first.path.read_text().splitlines()[1:]]
    assert texts == ["one", "two", "three", "four"]


def test_regrades_during_a_live_session_keep_every_event(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    finished = finished_session(tmp_path, ANSWERS)
    answers = sum(1 for e in read_transcript(finished).events if isinstance(e, GradeEvent))
    live = subprocess.Popen([sys.executable, "-c", LIVE_WRITER, str(finished), str(tmp_path)],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert live.stdout is not None and live.stdin is not None
    path = Path(live.stdout.readline().strip())
    tries = 50
    for _ in range(tries):
        assert main(["replay", str(path), "--regrade", "--json"]) == 0
    capsys.readouterr()
    live.stdin.close()
    written = int(live.stdout.readline())
    assert live.wait(timeout=30) == 0
    transcript = read_transcript(path)
    assert transcript.warnings == [] and not transcript.torn_tail
    texts = [e.text for e in transcript.events if isinstance(e, Line) and e.persona == "live"]
    assert texts == [f"live {i} " + "x" * 300 for i in range(written)]
    regraded = [e for e in transcript.events if isinstance(e, GradeEvent) and e.source == "regrade"]
    assert len(regraded) == tries * answers
