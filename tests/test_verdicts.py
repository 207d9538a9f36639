"""Per-answer verdicts read the scenario so far; the answer's own flags stay the rubric's."""

from __future__ import annotations

from interviewer.grading.offline import grade_offline
from interviewer.prompts import load_library
from interviewer.transcripts.verdicts import Turn, in_context

SURFACE = "Our launch depends on Acme's accounts API, and it lands three weeks after launch."
FIX = "I'd stub the accounts API and put account creation behind a feature flag."


def _turns(*answers: str) -> list[Turn]:
    scenario = load_library().scenario("crm-vendor-late")
    return [Turn(i, grade_offline(a, scenario), len(a)) for i, a in enumerate(answers)]


def test_a_fix_after_a_dependency_named_earlier_is_not_a_fix_with_none_named() -> None:
    turns = _turns(SURFACE, FIX)
    assert turns[1].grade is not None and not turns[1].grade.flags.dependency_before_fix
    first, second = in_context(turns)
    assert first is not None and second is not None
    assert second.text == "A fix, after the dependency you named in answer 1."
    assert second.dependency_first


def test_a_fix_before_any_dependency_is_said_so() -> None:
    first, second = in_context(_turns(FIX, SURFACE))
    assert first is not None and first.text.startswith("A fix with no dependency named")
    assert second is not None
    assert second.text == "The dependency, but only after the fix in answer 1."
    assert not first.dependency_first and not second.dependency_first


def test_an_answer_with_neither_move_has_no_verdict() -> None:
    assert in_context(_turns("Hmm, I'm not sure.")) == [None]
