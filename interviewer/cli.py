"""Argument parsing, and the one place where errors become exit codes.

Command modules are imported only when their command runs, so `--help` stays
fast and the offline path never imports the OpenAI SDK.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from interviewer import __version__
from interviewer._internal.limits import MAX_TIME_LIMIT
from interviewer._internal.secrets import redact
from interviewer._internal.text import strip_controls
from interviewer.errors import InterviewerError

# command name -> module under interviewer.commands
_COMMANDS = {"chat": "chat", "replay": "replay", "report": "report", "grade": "grade",
             "eval": "evaluate", "scenarios": "scenarios", "personas": "personas"}


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line, like every other error (the usage is in --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _provider_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--provider", metavar="P",
                        help="offline or openai (default: from the environment, see README)")


def _grader_model_option(parser: argparse.ArgumentParser) -> None:
    # These commands only grade, so --model is the grader's (chat has --grader-model).
    parser.add_argument("--model", metavar="M", help="grader model (openai provider)")


def _prompts_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--prompts-dir", metavar="DIR",
                        help="a folder of your own scenarios/ (and personas/) searched first "
                             "(default: $INTERVIEWER_PROMPTS_DIR)")


def _chat_parser(sub: argparse._SubParsersAction[_Parser]) -> None:
    chat = sub.add_parser(
        "chat", help="hold a mock interview (the main job)",
        description="A spoken-style mock interview. On a terminal it is interactive; with "
                    "--answers FILE (or -, or piped stdin) it runs from answers separated by "
                    "lines holding only ---. Type /help during the interview for commands.")
    chat.add_argument("--persona", metavar="NAME", help="who interviews you (see `personas`)")
    chat.add_argument("--scenario", action="append", metavar="ID|FILE",
                      help="a scenario to practise; repeat for several (default: three)")
    _provider_options(chat)
    chat.add_argument("--model", metavar="M", help="interviewer model (openai provider)")
    chat.add_argument("--grader-model", metavar="M", help="grader model (openai provider)")
    chat.add_argument("--answers", metavar="FILE|-", help="run non-interactively from answers")
    chat.add_argument("--time-limit", type=_seconds, metavar="SECONDS",
                      help=f"seconds per answer, 1 to {MAX_TIME_LIMIT:,} (default: the "
                           "persona's, if it sets one)")
    chat.add_argument("--transcripts-dir", metavar="DIR",
                      help="where sessions are saved (default: $INTERVIEWER_TRANSCRIPTS_DIR "
                           "or ./transcripts)")
    chat.add_argument("--resume", metavar="PATH", help="continue an unfinished session")
    _model_io_options(chat)
    _prompts_option(chat)


def _concurrency(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--concurrency", type=_positive, default=8, metavar="N",
                        help="model calls at once (default 8)")


def _positive(raw: str) -> int:
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number, at least 1, not {raw!r}")
    return int(raw)


def _seconds(raw: str) -> int:
    # Bounded here: far past a day, the answer timer's thread timeout overflows.
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_TIME_LIMIT:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of seconds from 1 to {MAX_TIME_LIMIT:,}, not {raw!r}")
    return int(raw)


def _replay_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    replay = sub.add_parser(
        "replay", help="show saved sessions, or regrade them and show what changed",
        description="Show saved sessions as they happened. With --regrade, grade every answer "
                    "again with the grader in force now, append the new grades, and show which "
                    "flags flipped and why.")
    replay.add_argument("paths", nargs="+", metavar="PATH",
                        help="transcript files, folders of them, or globs")
    replay.add_argument("--regrade", action="store_true", help="grade every answer again")
    _provider_options(replay)
    _grader_model_option(replay)
    _concurrency(replay)
    replay.add_argument("--pace", choices=("instant", "real"), default="instant",
                        help="real: with the original timing (Enter skips ahead)")
    replay.add_argument("--json", action="store_true", help="print one JSON document")
    _prompts_option(replay)
    _model_io_options(replay)

    report = sub.add_parser("report", help="the scorecard of a session as a document",
                            description="Write a session's scorecard as Markdown or as one "
                                        "self-contained HTML page.")
    report.add_argument("transcript", metavar="TRANSCRIPT")
    report.add_argument("--format", choices=("md", "html"), default="md")
    report.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _prompts_option(report)


def _model_io_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--record", metavar="DIR",
                        help="store every model request and response in DIR")
    parser.add_argument("--replay-responses", metavar="DIR",
                        help="answer model requests from DIR (recorded with --record), offline")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="interviewer",
        description="A mock interviewer for integration roles, with a grader that shows its "
                    "evidence.")
    parser.add_argument("--version", action="version", version=f"interviewer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    _chat_parser(sub)
    _replay_parsers(sub)
    grade = sub.add_parser("grade", help="grade one reply read from stdin",
                           description="Grade one candidate reply (read from stdin) by the "
                                       "rubric, with the evidence for each move.")
    grade.add_argument("--scenario", required=True, metavar="ID|FILE",
                       help="a scenario id (see `interviewer scenarios`) or a scenario file")
    grade.add_argument("--question", metavar="TEXT", help="the interviewer's question")
    _provider_options(grade)
    _grader_model_option(grade)
    grade.add_argument("--json", action="store_true", help="print one JSON document")
    grade.add_argument("--explain", action="store_true",
                       help="show, per clause, the offline grader's scores, the cues that "
                            "fired and the ones vetoed (negation, premise, someone else's idea)")
    _model_io_options(grade)
    _prompts_option(grade)

    ev = sub.add_parser("eval", help="measure the grader against a labelled dataset",
                        description="Grade every reply of labelled JSON Lines datasets and "
                                    "print agreement per labelled flag. A folder stands for "
                                    "every .jsonl file in it, e.g. tests/data/field/report "
                                    "(the held-out domains).")
    ev.add_argument("dataset", metavar="DATASET", nargs="+",
                    help="a .jsonl file, or a folder of them")
    _provider_options(ev)
    _grader_model_option(ev)
    _concurrency(ev)
    _model_io_options(ev)
    ev.add_argument("--json", action="store_true", help="print one JSON document")
    _prompts_option(ev)

    pe = sub.add_parser("personas", help="list the interviewer personas",
                        description="List the personas who can interview you.")
    pe.add_argument("--json", action="store_true", help="print one JSON document")
    _prompts_option(pe)

    sc = sub.add_parser("scenarios", help="list the scenarios",
                        description="List the scenarios you can practise.")
    sc.add_argument("--json", action="store_true", help="print one JSON document")
    _prompts_option(sc)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module = importlib.import_module(f"interviewer.commands.{_COMMANDS[args.command]}")
    try:
        code: int = module.run(args)
    except InterviewerError as exc:
        # Errors can quote a file's or a server's text: nothing in it may drive the terminal.
        print(f"interviewer: error: {strip_controls(redact(str(exc)))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`); nothing left to say to it.
        sys.stderr.close()
        return 0
    return code
