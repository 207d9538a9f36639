"""`interviewer grade`: one reply on stdin, graded by the rubric."""

from __future__ import annotations

import argparse
import codecs
import dataclasses
import sys

from interviewer._internal.text import is_blank
from interviewer.commands.common import grader_for, library, print_json
from interviewer.errors import UserInputError
from interviewer.schemas import Scenario


def read_stdin() -> str:
    if sys.stdin is None:
        raise UserInputError("no standard input: pipe or paste the candidate's reply")
    if sys.stdin.isatty():
        print("Paste the reply, then press Ctrl-D on an empty line.", file=sys.stderr)
    # A byte-order mark (PowerShell pipes send one) is not part of the reply.
    raw = sys.stdin.buffer.read().removeprefix(codecs.BOM_UTF8)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise UserInputError("not UTF-8 text", source="<stdin>", line=line) from None
    if is_blank(text):
        raise UserInputError("the reply is empty: give the candidate's reply on standard input",
                             source="<stdin>")
    return text


def run(args: argparse.Namespace) -> int:
    scenario = library(args).scenario(args.scenario)
    grade, _ = grader_for(args)
    reply = read_stdin()
    if getattr(args, "explain", False):
        return _explain(args, reply, scenario)
    result = grade(reply, scenario, args.question)
    if args.json:
        print_json(result.model_dump(mode="json"))
    else:
        from interviewer.views.render import print_out, render_grade

        print_out(render_grade(result, reply, scenario, sys.stdout))
    return 0


def _explain(args: argparse.Namespace, reply: str, scenario: Scenario) -> int:
    """Per clause: the offline grader's scores, the cues that fired and what was vetoed."""
    from interviewer._internal.text import strip_controls
    from interviewer.grading.explain import explain, render

    reasons = explain(reply, scenario)
    if args.json:
        print_json({"clauses": [dataclasses.asdict(r) for r in reasons]})
    else:
        print(render(reasons, strip_controls))
    return 0
