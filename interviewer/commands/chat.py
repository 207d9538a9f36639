"""`interviewer chat`: the mock interview, in a terminal or from an answers file."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import BinaryIO

from interviewer.commands.common import engine_for, library, warn
from interviewer.errors import UserInputError
from interviewer.interview.loop import AnswerSource, run_interview
from interviewer.interview.session import Output, Plan, Session
from interviewer.prompts import Library
from interviewer.transcripts.store import (
    Transcript,
    TranscriptWriter,
    new_session_id,
    read_transcript,
)

DEFAULT_PERSONA = "integration-lead"
# A first session covers the three situations people are asked about most.
DEFAULT_SCENARIOS = ("crm-vendor-late", "finance-feed-missing", "payments-partial-golive")


def _plan(args: argparse.Namespace, lib: Library) -> Plan:
    if args.persona:
        persona = lib.persona(args.persona)
    elif DEFAULT_PERSONA in lib.personas:
        persona = lib.personas[DEFAULT_PERSONA]
    elif lib.personas:
        persona = next(iter(lib.personas.values()))
    else:
        raise UserInputError("no personas found: add a personas/*.toml file to the prompts folder")
    refs = args.scenario or [s for s in DEFAULT_SCENARIOS if s in lib.scenarios]
    scenarios = [lib.scenario(ref) for ref in refs or list(lib.scenarios)[:3]]
    if not scenarios:
        raise UserInputError("no scenarios found: add a scenarios/*.toml file")
    limit = args.time_limit if args.time_limit is not None else persona.time_limit
    return Plan(persona, scenarios, limit, explicit_time_limit=args.time_limit is not None)


def _answers_stream(args: argparse.Namespace) -> tuple[BinaryIO, str] | None:
    if args.answers == "-" or (args.answers is None and not sys.stdin.isatty()):
        return sys.stdin.buffer, "<stdin>"
    if args.answers is None:
        return None
    path = Path(args.answers)
    try:
        return path.open("rb"), str(path)
    except OSError as exc:
        raise UserInputError(f"cannot open the answers file: {exc.strerror}",
                             source=str(path)) from None


def _front_end(stream: tuple[BinaryIO, str] | None) -> tuple[AnswerSource, Output]:
    if stream is not None:
        from interviewer.frontends.answers import AnswersFeed
        from interviewer.frontends.console import ConsoleOutput

        return AnswersFeed(*stream), ConsoleOutput(sys.stdout)
    from interviewer.frontends.tui import TerminalOutput, TerminalSource

    return TerminalSource(), TerminalOutput()


def _transcripts_dir(args: argparse.Namespace) -> Path:
    chosen = args.transcripts_dir or os.environ.get("INTERVIEWER_TRANSCRIPTS_DIR") or "transcripts"
    return Path(chosen)


# A resumed session keeps the persona and scenarios it was started with (its
# provider and time limit may change: a session started offline can go on with a model).
_NOT_WITH_RESUME = (("persona", "--persona"), ("scenario", "--scenario"))


def _resumed(args: argparse.Namespace, lib: Library) -> tuple[Transcript, Plan]:
    given = [flag for name, flag in _NOT_WITH_RESUME if getattr(args, name)]
    if given:
        raise UserInputError(f"{' and '.join(given)} cannot be changed on --resume: the "
                             "session keeps its own; start a new one with `interviewer chat`")
    from interviewer.interview.resume import plan_from

    transcript = read_transcript(Path(args.resume))
    for warning in transcript.warnings:
        warn(f"warning: {warning}")
    if transcript.ended:
        raise UserInputError("this session already ended; start a new one with "
                             "`interviewer chat`", source=args.resume)
    return transcript, plan_from(transcript, lib, args.time_limit)


def run(args: argparse.Namespace) -> int:
    # Everything that can be refused is checked before the first byte of answers
    # is read and before a transcript exists, so a bad command line costs nothing.
    lib = library(args)
    transcript, plan = _resumed(args, lib) if args.resume else (None, _plan(args, lib))
    stream = _answers_stream(args)
    engine = engine_for(args)
    if transcript is not None:
        writer = TranscriptWriter.append_to(transcript.path, repair=transcript.torn_tail)
    else:
        writer = TranscriptWriter.create(_transcripts_dir(args), new_session_id())
    source, output = _front_end(stream)
    session = Session(lib, plan, engine, writer, output)
    print(f"interviewer: transcript {writer.path}", file=sys.stderr)
    if transcript is not None:
        from interviewer.interview.resume import carry_on, restore

        restore(session, transcript)
        carry_on(session, transcript)
    else:
        session.start()
    run_interview(session, source)
    print(f"interviewer: transcript saved to {writer.path}", file=sys.stderr)
    return 0
