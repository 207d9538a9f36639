"""The terminal UI, driven through prompt-toolkit's pipe input: the same loop as the file mode."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import make_session
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput

from interviewer.frontends.tui import TerminalOutput, TerminalSource
from interviewer.interview.loop import run_interview
from interviewer.prompts import Library
from interviewer.transcripts.events import Answer, Ended, PersonaSwap
from interviewer.transcripts.store import read_transcript

ENTER, ALT_ENTER, CTRL_C, CTRL_D = "\r", "\x1b\r", "\x03", "\x04"


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as inp, create_app_session(input=inp, output=DummyOutput()):
        yield inp


def _run(library: Library, tmp_path: Path, pipe: PipeInput, keys: str, **kw: object) -> Path:
    session, _ = make_session(library, tmp_path, **kw)  # type: ignore[arg-type]
    session.output = TerminalOutput(DummyOutput())
    source = TerminalSource(input=pipe, output=DummyOutput())
    session.start()
    pipe.send_text(keys)
    run_interview(session, source)
    return session.writer.path


def test_enter_submits_alt_enter_adds_a_line_ctrl_c_clears_ctrl_d_ends(
        library: Library, tmp_path: Path, pipe: PipeInput) -> None:
    keys = ("first line" + ALT_ENTER + "second line" + ENTER
            + "thrown away" + CTRL_C + "kept" + ENTER + CTRL_D)
    events = read_transcript(_run(library, tmp_path, pipe, keys)).events
    answers = [e.text for e in events if isinstance(e, Answer)]
    assert answers == ["first line\nsecond line", "kept"]
    # Ctrl-D is the candidate ending it, as /end is (docs/transcripts.md); `eof` is for
    # answers that ran out
    assert isinstance(events[-1], Ended) and events[-1].reason == "end"


def test_slash_commands_work_from_the_terminal(library: Library, tmp_path: Path,
                                               pipe: PipeInput) -> None:
    keys = "/persona supportive-peer" + ENTER + "/end" + ENTER
    events = read_transcript(_run(library, tmp_path, pipe, keys)).events
    assert any(isinstance(e, PersonaSwap) and e.persona == "supportive-peer" for e in events)
    assert isinstance(events[-1], Ended) and events[-1].reason == "end"


def test_the_timer_takes_the_answer_as_it_stands(library: Library, tmp_path: Path,
                                                 pipe: PipeInput) -> None:
    session, _ = make_session(library, tmp_path, time_limit=2)
    session.output = TerminalOutput(DummyOutput())
    source = TerminalSource(input=pipe, output=DummyOutput())
    session.start()
    pipe.send_text("half an answer")

    def end_later() -> None:
        time.sleep(3)  # after the first expiry (2 s), before the second (4 s)
        pipe.send_text("/end" + ENTER)

    threading.Thread(target=end_later, daemon=True).start()
    run_interview(session, source)
    [answer] = [e for e in read_transcript(session.writer.path).events
                if isinstance(e, Answer)]
    assert answer.text == "half an answer" and answer.timed_out
    assert 1.9 <= (answer.seconds or 0) < 3


def test_the_toolbar_shows_persona_scenario_words_and_countdown(library: Library,
                                                                tmp_path: Path) -> None:
    session, _ = make_session(library, tmp_path, time_limit=100,
                              scenarios=("crm-vendor-late", "sso-upgrade-ahead"))
    source = TerminalSource(output=DummyOutput())
    source._session = session
    source.prompt.default_buffer.text = "three small words"
    source._deadline = time.monotonic() + 100
    text = "".join(part[1] for part in source._toolbar())
    assert "Priya, integration lead" in text and "scenario 1 of 2" in text
    assert "3 words" in text and ("1:39" in text or "1:40" in text)
    source._deadline = time.monotonic() + 30
    assert source._toolbar()[-1][0] == "class:bottom-toolbar.amber"
    source._deadline = time.monotonic() + 10
    assert source._toolbar()[-1][0] == "class:bottom-toolbar.red"


def test_an_answer_over_the_limit_stays_in_the_input(library: Library, tmp_path: Path,
                                                     pipe: PipeInput) -> None:
    too_long = "word " * 4001
    session, _ = make_session(library, tmp_path)
    session.output = TerminalOutput(DummyOutput())
    source = TerminalSource(input=pipe, output=DummyOutput())
    session.start()
    seen: list[str] = []

    def check_then_end() -> None:
        buffer = source.prompt.default_buffer
        deadline = time.monotonic() + 60
        # The pipe delivers 20,000 characters in pieces: wait for the last of them (a
        # count of words passed as soon as the last word began: flaky under load), then
        # Enter, then for the validator to refuse it.
        while buffer.text.strip() != too_long.strip() and time.monotonic() < deadline:
            time.sleep(0.05)
        pipe.send_text(ENTER)
        while buffer.validation_error is None and time.monotonic() < deadline:
            time.sleep(0.05)
        seen.append(buffer.text)  # still there, not submitted
        pipe.send_text(CTRL_C + "/end" + ENTER)

    pipe.send_text(too_long)
    threading.Thread(target=check_then_end, daemon=True).start()
    run_interview(session, source)
    assert [s.strip() for s in seen] == [too_long.strip()]
    assert not [e for e in read_transcript(session.writer.path).events
                if isinstance(e, Answer)]
