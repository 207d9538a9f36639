"""Continue an unfinished session from its transcript (`chat --resume PATH`)."""

from __future__ import annotations

from interviewer.errors import UserInputError
from interviewer.interview.policy import ScenarioProgress, decide
from interviewer.interview.session import Plan, Session
from interviewer.prompts import Library
from interviewer.providers.base import Conversation
from interviewer.schemas import Action
from interviewer.transcripts.events import (
    Answer,
    GradeEvent,
    Line,
    PersonaSwap,
    Reveal,
    ScenarioStarted,
)
from interviewer.transcripts.store import Transcript


def plan_from(transcript: Transcript, library: Library,
              time_limit: int | None = None) -> Plan:
    header = transcript.header
    persona_id = header.persona
    for event in transcript.events:
        if isinstance(event, PersonaSwap):
            persona_id = event.persona
    where = str(transcript.path)
    try:
        persona = library.persona(persona_id)
        scenarios = [library.scenario(sid) for sid in header.scenarios]
    except UserInputError as exc:
        raise UserInputError(f"cannot resume: {exc}", source=where, line=1) from None
    limit = time_limit if time_limit is not None else header.time_limit
    return Plan(persona, scenarios, limit, explicit_time_limit=time_limit is not None)


def restore(session: Session, transcript: Transcript) -> None:
    """Rebuild the session's state by walking the saved events in order."""
    turns: list[tuple[str, str]] = []
    for event in transcript.events:
        session.events.append(event)
        if isinstance(event, ScenarioStarted):
            session.index = event.index
            session.progress = ScenarioProgress(session.scenarios[event.index])
            session.conversation = Conversation(session.persona, session.scenario, event.index,
                                                turns=turns)
        elif isinstance(event, Line):
            session.conversation.said.append(event.text)
            turns.append(("interviewer", event.text))
            if event.kind == "probe" and event.move:
                session.progress.probed.append(event.move)
            if event.kind not in ("nudge", "cut_in", "timed_out", "closing"):
                session.last_line = event.text
        elif isinstance(event, Answer):
            session.answers = event.index + 1
            session.answer_scenario[event.index] = session.index
            turns.append(("candidate", event.text))
        elif isinstance(event, GradeEvent):
            session.note_grade(event.answer, event.grade)
        elif isinstance(event, Reveal):
            session.progress.revealed.add(event.fact)
        elif isinstance(event, PersonaSwap):
            session.persona = session.library.persona(event.persona)
            session.conversation.persona = session.persona


def carry_on(session: Session, transcript: Transcript) -> None:
    """Grade any answer left ungraded, then finish a turn cut off mid-way or pick up the thread."""
    graded = {e.answer for e in transcript.events if isinstance(e, GradeEvent)}
    answers = [e for e in transcript.events if isinstance(e, Answer)]
    for answer in answers:
        if answer.index not in graded:
            scenario = session.library.scenario(answer.scenario)
            session.grades.submit(answer, scenario, session.last_line or scenario.question)
    session.grades.collect(block=True)
    last = next((e for e in reversed(transcript.events)
                 if isinstance(e, (Answer, Line))), None)
    if isinstance(last, Line) and last.kind == "closing":
        # Cut off after saying goodbye (waiting for the last grades): only the
        # scorecard was missing, so write it rather than reopen the interview.
        session.finish("finished")
        return
    if isinstance(last, Answer):
        for action in decide(session.progress, session.persona, last.text, None,
                             words=last.words, timed_out=last.timed_out):
            session.act(action)
        return
    session.say(Action("resume"))
