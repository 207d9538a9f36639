import pytest
from pydantic import ValidationError

from interviewer.grading.evidence import flags_from, grade_from, place
from interviewer.schemas import Evidence, GraderInfo, GraderOutput, Scenario

REPLY = "I'd stub the API first. Then I'd flag to the PM that Acme is late."


def test_grader_output_requires_verbatim_quotes_with_the_reply_as_context() -> None:
    good = {"evidence": [{"move": "fix", "quote": "I'd stub the  API"}], "feedback": "ok"}
    assert GraderOutput.model_validate(good, context={"reply": REPLY}).evidence[0].move == "fix"
    bad = {"evidence": [{"move": "fix", "quote": "I'd mock the API"}], "feedback": "ok"}
    with pytest.raises(ValidationError, match="do not occur verbatim"):
        GraderOutput.model_validate(bad, context={"reply": REPLY})


def test_grader_output_rejects_unknown_moves_and_fields() -> None:
    with pytest.raises(ValidationError):
        GraderOutput.model_validate({"evidence": [{"move": "rescue", "quote": "x"}],
                                     "feedback": ""})
    with pytest.raises(ValidationError):
        GraderOutput.model_validate({"evidence": [], "feedback": "", "flags": {}})


def test_flags_come_from_positions_not_from_order_of_listing() -> None:
    # The model lists surface first, but in the reply the fix stands first.
    out = GraderOutput.model_validate({"evidence": [
        {"move": "surface", "quote": "I'd flag to the PM that Acme is late"},
        {"move": "fix", "quote": "I'd stub the API first"}], "feedback": "f"})
    grade = grade_from(out, REPLY, GraderInfo(provider="offline"))
    assert grade.flags.surfaced_dependency and grade.flags.proposed_fix
    assert grade.flags.dependency_before_fix is False
    assert [e.move for e in grade.evidence] == ["fix", "surface"]
    assert REPLY[grade.evidence[1].start:grade.evidence[1].end].startswith("I'd flag")


def test_dependency_before_fix_rules() -> None:
    def ev(move: str, start: int) -> Evidence:
        return Evidence(move=move, quote="q", start=start, end=start + 1)  # type: ignore[arg-type]

    assert flags_from([ev("surface", 3)]).dependency_before_fix is True
    assert flags_from([ev("surface", 3), ev("fix", 9)]).dependency_before_fix is True
    assert flags_from([ev("fix", 1), ev("surface", 3), ev("fix", 9)]).dependency_before_fix is False
    assert flags_from([ev("surface", 4), ev("fix", 4)]).dependency_before_fix is False
    assert flags_from([ev("fix", 4)]).dependency_before_fix is False
    assert flags_from([]).model_dump() == dict.fromkeys(flags_from([]).model_dump(), False)


def test_quotes_that_do_not_occur_are_dropped_when_placing() -> None:
    out = GraderOutput(evidence=[], feedback="")
    assert place(out, REPLY) == []
    out = GraderOutput.model_validate({"evidence": [{"move": "fix", "quote": "nowhere"}],
                                       "feedback": ""})
    assert place(out, REPLY) == []


def test_scenario_forbids_unknown_fields() -> None:
    with pytest.raises(ValidationError):
        Scenario.model_validate({"id": "x", "title": "t", "situation": "s",
                                 "dependencies": ["d"], "stakeholders": ["s"],
                                 "options": ["o"], "timing": "ahead", "colour": "red"})
