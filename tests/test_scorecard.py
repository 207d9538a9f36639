"""The scorecard: verdicts across replies, compression, a reframed answer in their words."""

from __future__ import annotations

from interviewer.grading.offline import grade_offline
from interviewer.prompts import Library
from interviewer.transcripts.events import Answer, Event, GradeEvent, Hint, ScenarioStarted
from interviewer.transcripts.scorecard import build_scorecard


def _events(library: Library, replies: list[str],
            scenario: str = "crm-vendor-late") -> list[Event]:
    s = library.scenario(scenario)
    events: list[Event] = [ScenarioStarted(index=0, scenario=scenario)]
    for i, reply in enumerate(replies):
        events.append(Answer(index=i, scenario=scenario, text=reply, words=len(reply.split()),
                             seconds=20.0 + i))
        events.append(GradeEvent(answer=i, grade=grade_offline(reply, s)))
    return events


def test_led_with_dependency_is_decided_by_reply_then_position(library: Library) -> None:
    fix_first = ["I'd put account creation behind a feature flag.",
                 "Our launch depends on Acme's API, which lands after it; I'd flag that today."]
    card = build_scorecard(_events(library, fix_first), library.scenarios)
    [scenario] = card.scenarios
    assert not scenario.led_with_dependency
    assert scenario.fix_quote == "I'd put account creation behind a feature flag."
    assert scenario.surface_quote and "depends on Acme's API" in scenario.surface_quote
    card = build_scorecard(_events(library, fix_first[::-1]), library.scenarios)
    assert card.scenarios[0].led_with_dependency


def test_reframed_answer_uses_their_words_in_the_framework_order(library: Library) -> None:
    replies = ["I'd put account creation behind a feature flag. Our launch depends on Acme's "
               "API, which lands after it, and I'd flag that to the head of sales today."]
    card = build_scorecard(_events(library, replies), library.scenarios).scenarios[0]
    assert card.reframed[0].startswith("Our launch depends on Acme's API")
    assert card.reframed[-1] == "I'd put account creation behind a feature flag."
    assert "say what it puts at risk and how badly" in card.missing
    assert card.answers[0].moves == ["fix", "surface"]
    assert card.recenter and card.recenter.startswith("Before the how: we depend on Acme's")


def test_compression_figures(library: Library) -> None:
    replies = ["word " * 150, "word " * 50]
    events = [*_events(library, replies), Hint(scenario="crm-vendor-late", text="h")]
    card = build_scorecard(events, library.scenarios)
    assert card.answers == 2 and card.words_per_answer == 100.0
    assert card.seconds_per_answer == 20.5
    assert card.speaking_seconds == 80.0  # 200 words at 150 a minute
    assert card.scenarios[0].hints == 1
    assert card.scenarios[0].answers[0].speaking_seconds == 60.0


def test_a_long_answer_earns_the_recentering_line(library: Library) -> None:
    calm = ["Our launch depends on Acme's API, which lands after it; I'd flag that today."]
    assert build_scorecard(_events(library, calm), library.scenarios).scenarios[0].recenter is None
    rambling = [calm[0] + " And the details are many." * 40]
    card = build_scorecard(_events(library, rambling), library.scenarios).scenarios[0]
    assert card.recenter is not None


def test_a_fix_after_a_dependency_named_earlier_is_not_diving_into_the_fix(
        library: Library) -> None:
    named = "Our launch depends on Acme's API, which lands after it; I'd flag that today."
    fix = "I'd stub the accounts API and put account creation behind a feature flag."
    card = build_scorecard(_events(library, [named, fix]), library.scenarios).scenarios[0]
    assert card.led_with_dependency and card.recenter is None
    assert card.answers[1].verdict == "A fix, after the dependency you named in answer 1."
    dove = build_scorecard(_events(library, [fix, named]), library.scenarios).scenarios[0]
    assert dove.recenter is not None  # the fix came first: the recentering line is earned
