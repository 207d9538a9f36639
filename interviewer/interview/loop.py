"""The interview loop shared by the terminal UI and the answers file.

A source hands over what the candidate submitted; the loop runs slash commands
through the registry and gives everything else to the session. Because both
front ends go through this one function, a test of one is a test of the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from interviewer.interview.session import Session
from interviewer.interview.slash import dispatch


@dataclass(frozen=True)
class Submission:
    text: str
    seconds: float | None = None
    timed_out: bool = False


class AnswerSource(Protocol):
    def next(self, session: Session) -> Submission | None:
        """The next submission, or None when the input has ended."""
        ...

    def refused(self, text: str) -> None:
        """The session would not take `text`; keep it for the candidate to edit."""
        ...


def run_interview(session: Session, source: AnswerSource) -> None:
    while not session.done:
        submission = source.next(session)
        if submission is None:
            session.finish("eof")  # as if the candidate typed /end
            break
        if not submission.timed_out and dispatch(session, submission.text):
            continue
        why = session.refusal(submission.text)
        if why:
            session.output.notice(why)
            source.refused(submission.text)
            continue
        session.submit(submission.text, seconds=submission.seconds,
                       timed_out=submission.timed_out)
