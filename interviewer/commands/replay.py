"""`interviewer replay`: show saved sessions, or grade them again and show what changed."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from interviewer.commands.common import engine_for, library, print_json, warn
from interviewer.errors import UserInputError, WorkFailedError
from interviewer.evaluation.regrade import expand, load_all

if TYPE_CHECKING:
    from interviewer.schemas import GradeResult, Scenario
    from interviewer.transcripts.store import Transcript


def run(args: argparse.Namespace) -> int:
    paths = expand(args.paths)
    if not paths:
        raise UserInputError("no transcripts matched: " + " ".join(args.paths))
    transcripts, bad = load_all(paths)
    for b in bad:
        warn(f"error: {b}")
    for w in (w for t in transcripts for w in t.warnings):
        warn(f"warning: {w}")
    if args.regrade:
        return _regrade(args, transcripts, bad)
    if args.json:
        print_json([{"path": str(t.path), "header": t.header.model_dump(mode="json"),
                     "events": [e.model_dump(mode="json") for e in t.events]}
                    for t in transcripts])
    else:
        from interviewer.views.replay import show

        names = {p.id: p.name for p in library(args).personas.values()}
        for i, transcript in enumerate(transcripts):
            if i:
                sys.stdout.write("\n")
            show(transcript, sys.stdout, real_pace=args.pace == "real", names=names)
    return 2 if bad else 0


def _regrade(args: argparse.Namespace, transcripts: list[Transcript], bad: list[str]) -> int:
    from interviewer.evaluation.regrade import append_grades, regrade

    lib = library(args)
    engine = engine_for(args)

    def grade(reply: str, scenario: Scenario, question: str | None) -> GradeResult:
        result = engine.grade(reply, scenario, question)
        if result.status != "ok":
            raise WorkFailedError(f"not regraded ({result.status}): {result.note}")
        return result

    result = regrade(transcripts, lib, grade, args.concurrency)
    # Files that could not be read were named above; these were read but not regraded.
    for b in result.bad_files:
        warn(f"error: {b}")
    result.bad_files.extend(bad)
    appended = append_grades(result)
    if args.json:
        print_json(result.as_json())
    else:
        from interviewer.views.regrade import render_regrade
        from interviewer.views.render import Style

        model = engine.grader_model or "rules"
        print(render_regrade(result, Style(sys.stdout), f"{engine.name} ({model})", appended))
    if result.bad_files:
        return 2
    return 1 if any(o.error for o in result.outcomes) else 0
