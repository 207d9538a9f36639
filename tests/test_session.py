"""The interview without a terminal: answer -> store -> grade -> next line, all recorded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ListSource, make_session

from interviewer._internal.limits import MAX_ANSWER_WORDS
from interviewer.errors import WorkFailedError
from interviewer.interview.loop import run_interview
from interviewer.prompts import Library
from interviewer.transcripts.events import (
    Answer,
    Ended,
    GradeEvent,
    Hint,
    Line,
    PersonaSwap,
    Reveal,
    ScorecardEvent,
    Skipped,
)
from interviewer.transcripts.store import read_transcript

SURFACE_FIRST = ("Our launch depends on Acme's accounts API, which lands three weeks after it, "
                 "and I'd flag that to the head of sales today.")
FIX_ONLY = "I'd build a stub of their API and put account creation behind a feature flag."


def _types(path: Path) -> list[str]:
    return [e.type for e in read_transcript(path).events]


def test_each_answer_is_stored_then_graded_then_answered(library: Library,
                                                         tmp_path: Path) -> None:
    session, output = make_session(library, tmp_path)
    session.start()
    run_interview(session, ListSource([SURFACE_FIRST]))
    types = _types(session.writer.path)
    assert types[:3] == ["scenario", "line", "answer"]
    assert types[3] == "grade" and types[4] == "line"
    assert types[-2:] == ["scorecard", "end"]
    assert output.lines[0][1].startswith("Okay, let's start with this one.")
    assert output.answers == [SURFACE_FIRST]


def test_the_follow_up_asks_for_what_the_answer_missed(library: Library, tmp_path: Path) -> None:
    session, _output = make_session(library, tmp_path)
    session.start()
    run_interview(session, ListSource([FIX_ONLY]))
    probe = [e for e in read_transcript(session.writer.path).events
             if isinstance(e, Line) and e.kind == "probe"]
    assert probe[0].move == "surface"  # the fix came without the dependency
    assert "waiting on" in probe[0].text or "dependency" in probe[0].text


def test_no_line_is_repeated_within_a_scenario(library: Library, tmp_path: Path) -> None:
    session, output = make_session(library, tmp_path, persona="delivery-director")
    session.start()
    run_interview(session, ListSource(["Hmm.", "Not sure.", "Okay.", "Right.", "Fine."]))
    said = [text for _, text in output.lines]
    assert len(said) == len(set(said))


def test_a_hidden_fact_is_revealed_when_asked_and_recorded(library: Library,
                                                          tmp_path: Path) -> None:
    session, _output = make_session(library, tmp_path)
    session.start()
    run_interview(session, ListSource(["When exactly does Acme deliver, is the 24th firm?"]))
    events = read_transcript(session.writer.path).events
    [reveal] = [e for e in events if isinstance(e, Reveal)]
    assert reveal.fact == "vendor-date-firm"
    assert reveal.asked == "When exactly does Acme deliver, is the 24th firm?"
    spoken = [e for e in events if isinstance(e, Line) and e.kind == "reveal"]
    assert "slipped their last two dates" in spoken[0].text


def test_a_persona_swap_changes_the_voice_not_the_grades(library: Library,
                                                         tmp_path: Path) -> None:
    a, _ = make_session(library, tmp_path / "a")
    a.start()
    run_interview(a, ListSource([FIX_ONLY, SURFACE_FIRST]))
    b, output = make_session(library, tmp_path / "b")
    b.start()
    run_interview(b, ListSource([FIX_ONLY, "/persona delivery-director", SURFACE_FIRST]))
    events_a = read_transcript(a.writer.path).events
    events_b = read_transcript(b.writer.path).events
    grades = [[e.grade.flags for e in ev if isinstance(e, GradeEvent) and e.grade]
              for ev in (events_a, events_b)]
    assert grades[0] == grades[1]
    [swap] = [e for e in events_b if isinstance(e, PersonaSwap)]
    assert (swap.previous, swap.persona) == ("integration-lead", "delivery-director")
    after = [e for e in events_b[events_b.index(swap):] if isinstance(e, Line)]
    assert after and all(e.persona == "delivery-director" for e in after)
    assert output.lines[-1][0].startswith("Marcus")


def test_an_unknown_persona_mid_session_is_a_notice_not_an_exit(library: Library,
                                                                tmp_path: Path) -> None:
    session, output = make_session(library, tmp_path)
    session.start()
    run_interview(session, ListSource(["/persona nobody", SURFACE_FIRST]))
    assert any("unknown persona 'nobody'" in n for n in output.notices)
    assert session.persona.id == "integration-lead"


def test_hint_skip_help_repeat(library: Library, tmp_path: Path) -> None:
    session, output = make_session(library, tmp_path,
                                   scenarios=("crm-vendor-late", "finance-feed-missing"))
    session.start()
    run_interview(session, ListSource(["/help", "/hint", "/repeat", "/skip", "/bogus"]))
    events = read_transcript(session.writer.path).events
    assert any(isinstance(e, Hint) for e in events)
    assert [e.scenario for e in events if isinstance(e, Skipped)] == ["crm-vendor-late"]
    assert "/persona NAME" in output.notices[0] and "Ctrl-C" in output.notices[0]
    assert output.notices[1].startswith("hint: Surface the dependency")
    assert output.lines[1] == output.lines[0]  # /repeat says the opening again
    assert "unknown command /bogus" in output.notices[-1]


def test_an_empty_answer_is_nudged_and_not_graded(library: Library, tmp_path: Path) -> None:
    session, _output = make_session(library, tmp_path)
    session.start()
    run_interview(session, ListSource(["   "]))
    events = read_transcript(session.writer.path).events
    assert not [e for e in events if isinstance(e, (Answer, GradeEvent))]
    assert [e.kind for e in events if isinstance(e, Line)] == ["opening", "nudge"]


def test_an_answer_over_the_word_limit_is_refused_and_kept(library: Library,
                                                           tmp_path: Path) -> None:
    session, output = make_session(library, tmp_path)
    session.start()
    huge = "word " * (MAX_ANSWER_WORDS + 1)
    source = ListSource([huge])
    run_interview(session, source)
    assert source.refusals == [huge]
    assert "limit is 4,000" in output.notices[0]
    assert not [e for e in read_transcript(session.writer.path).events
                if isinstance(e, Answer)]


def test_a_timed_out_answer_is_taken_as_it_stands(library: Library, tmp_path: Path) -> None:
    session, _output = make_session(library, tmp_path, time_limit=30)
    session.start()
    run_interview(session, ListSource([("Our launch depends on Acme and", 30.0, True)]))
    events = read_transcript(session.writer.path).events
    [answer] = [e for e in events if isinstance(e, Answer)]
    assert answer.timed_out and answer.seconds == 30.0
    assert [e.kind for e in events if isinstance(e, Line)][1] == "timed_out"


def test_the_session_ends_with_a_scorecard_in_the_transcript(library: Library,
                                                             tmp_path: Path) -> None:
    session, output = make_session(library, tmp_path)
    session.start()
    run_interview(session, ListSource([FIX_ONLY, SURFACE_FIRST]))
    events = read_transcript(session.writer.path).events
    [card] = [e for e in events if isinstance(e, ScorecardEvent)]
    scenario = card.scorecard.scenarios[0]
    assert scenario.led_with_dependency is False  # the fix came first, a reply earlier
    assert scenario.fix_quote and scenario.surface_quote
    assert isinstance(events[-1], Ended) and events[-1].reason == "eof"
    assert output.cards


class _FailingWrite:
    """os.write as on a disk that fills up after the first few events."""

    def __init__(self) -> None:
        self.calls = 0
        self.real = os.write

    def __call__(self, fd: int, data: bytes | memoryview) -> int:
        self.calls += 1
        if self.calls > 4:
            raise OSError(28, "No space left on device")
        return self.real(fd, data)


def test_a_failed_write_ends_the_session_and_keeps_what_was_written(
        library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session, _ = make_session(library, tmp_path)
    monkeypatch.setattr("interviewer.transcripts.store.os.write", _FailingWrite())
    session.start()
    with pytest.raises(WorkFailedError, match="No space left on device; the session stops"):
        run_interview(session, ListSource([SURFACE_FIRST, FIX_ONLY]))
    assert session.done
    assert len(read_transcript(session.writer.path).events) == 3
