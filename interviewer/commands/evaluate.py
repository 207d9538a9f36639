"""`interviewer eval`: agreement with a labelled dataset, per labelled flag."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from interviewer.commands.common import grader_for, library, print_json
from interviewer.dataset import load_dataset
from interviewer.evaluate import evaluate


def run(args: argparse.Namespace) -> int:
    examples = load_dataset(Path(args.dataset), library(args))
    grade, choice = grader_for(args)
    # The rules grade a reply in a millisecond; only a model server is worth a pool.
    concurrency = args.concurrency if choice.name == "openai" else 1
    result = evaluate(examples, grade, choice.name, choice.model, concurrency)
    if args.json:
        print_json(result.as_json())
    else:
        from interviewer.render import print_out, render_eval

        print_out(render_eval(result, sys.stdout))
    return 1 if result.errors else 0
