"""`interviewer report`: the scorecard of one session as Markdown or self-contained HTML."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from interviewer.commands.common import library, refuse_overwriting, warn
from interviewer.errors import UserInputError
from interviewer.transcripts.store import read_transcript
from interviewer.views.report import build_report, markdown


def run(args: argparse.Namespace) -> int:
    if args.output:
        refuse_overwriting(args.output, [args.transcript])
    transcript = read_transcript(Path(args.transcript))
    for warning in transcript.warnings:
        warn(f"warning: {warning}")
    report = build_report(transcript, library(args))
    if args.format == "html":
        from interviewer.views.report_html import html

        document = html(report)
    else:
        document = markdown(report)
    if args.output:
        try:
            Path(args.output).write_text(document, encoding="utf-8")
        except OSError as exc:
            raise UserInputError(f"cannot write the report: {exc.strerror}",
                                 source=args.output) from None
        print(f"interviewer: report written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(document)
    return 0
