"""The interviewer's decisions: probes in the framework's order, reveals only when asked."""

from __future__ import annotations

from interviewer.grading.offline import grade_offline
from interviewer.interview.policy import ScenarioProgress, decide, facts_asked, questions
from interviewer.prompts import Library
from interviewer.schemas import PROBE_ORDER


def test_questions_are_found_with_or_without_a_question_mark() -> None:
    found = questions("Okay so when exactly does Acme deliver? And are we already live. "
                      "What I'd do is check the date. How many customers.")
    assert found == ["Okay so when exactly does Acme deliver?", "And are we already live.",
                     "How many customers."]


def test_a_statement_that_starts_with_what_is_not_a_question() -> None:
    assert questions("What I'd do first is flag it to sales.") == []


def test_a_fact_is_revealed_only_for_a_question_that_asks_for_it(library: Library) -> None:
    progress = ScenarioProgress(library.scenario("crm-vendor-late"))
    assert facts_asked("I'd flag the date to sales.", progress) == []
    [(fact, asked)] = facts_asked("Is the 24th firm, or could it slip?", progress)
    assert fact.id == "vendor-date-firm"
    assert asked == "Is the 24th firm, or could it slip?"
    progress.revealed.add(fact.id)
    assert facts_asked("Is the 24th firm?", progress) == []  # never twice


def test_probes_follow_the_framework_order_and_never_repeat(library: Library) -> None:
    scenario = library.scenario("crm-vendor-late")
    persona = library.persona("delivery-director")  # four probes a scenario
    progress = ScenarioProgress(scenario)
    asked = []
    for answer in ["I'd build a stub of their API.", "Not sure.", "Hmm.", "Okay.", "Right."]:
        grade = grade_offline(answer, scenario)
        progress.record(grade)
        actions = decide(progress, persona, answer, grade, words=len(answer.split()),
                         timed_out=False)
        kinds = [a.kind for a in actions]
        if kinds[-1] == "probe":
            progress.probed.append(actions[-1].move)  # type: ignore[arg-type]
            asked.append(actions[-1].move)
        else:
            assert kinds[-1] == "wrap_up"
    # the stub is a fix, so the solution probe is skipped; the rest come in order
    assert asked == [m for m in PROBE_ORDER if m != "fix"][: persona.max_probes]
    assert len(set(asked)) == len(asked)


def test_a_complete_answer_is_wrapped_up_without_probes(library: Library) -> None:
    scenario = library.scenario("crm-vendor-late")
    answer = ("Just to clarify, are we already in delivery? I'll assume we are. Our launch "
              "depends on Acme's API, which lands three weeks late, so I'd flag it to the head "
              "of sales today. The impact is that no pilot customer can get an account, which "
              "blocks the launch outright. I'd give sales and the PM the options: delay, or "
              "launch with a manual account process. Then I'd build against their sandbox behind "
              "a feature flag, and label anything partial so nobody thinks it's the full product.")
    grade = grade_offline(answer, scenario)
    progress = ScenarioProgress(scenario)
    progress.record(grade)
    actions = decide(progress, library.persona("integration-lead"), answer, grade,
                     words=len(answer.split()), timed_out=False)
    assert [a.kind for a in actions] == ["wrap_up"], sorted(progress.moves)


def test_a_question_only_answer_gets_the_fact_and_no_probe(library: Library) -> None:
    scenario = library.scenario("payments-partial-golive")
    progress = ScenarioProgress(scenario)
    answer = "Before I answer, can the old system still process refunds?"
    grade = grade_offline(answer, scenario)
    actions = decide(progress, library.persona("integration-lead"), answer, grade,
                     words=len(answer.split()), timed_out=False)
    assert [a.kind for a in actions] == ["reveal"]
    assert actions[0].fact is not None and actions[0].fact.id == "old-system"


def test_long_answers_are_cut_in_on_and_time_outs_say_so(library: Library) -> None:
    scenario = library.scenario("crm-vendor-late")
    persona = library.persona("delivery-director")
    long_answer = "I would think about the integration in detail. " * 30
    progress = ScenarioProgress(scenario)
    actions = decide(progress, persona, long_answer, None, words=len(long_answer.split()),
                     timed_out=False)
    assert actions[0].kind == "cut_in"
    actions = decide(progress, persona, "short", None, words=1, timed_out=True)
    assert actions[0].kind == "timed_out"
