"""`interviewer eval`: agreement with a labelled dataset, per labelled flag."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from interviewer.commands.common import grader_for, library, print_json
from interviewer.errors import UserInputError
from interviewer.evaluation.dataset import load_dataset
from interviewer.evaluation.evaluate import evaluate


def dataset_files(names: list[str]) -> list[Path]:
    """The files named, a folder standing for every .jsonl file in it (sorted)."""
    files: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = sorted(path.glob("*.jsonl"))
            if not found:
                raise UserInputError("the folder holds no .jsonl files", source=name)
            files += found
        else:
            files.append(path)
    return files


def run(args: argparse.Namespace) -> int:
    lib = library(args)
    examples = [e for path in dataset_files(args.dataset) for e in load_dataset(path, lib)]
    ids = [e.id for e in examples]
    if len(set(ids)) < len(ids):
        duplicate = next(i for i in ids if ids.count(i) > 1)
        raise UserInputError(f"example id {duplicate!r} is used in two of the files given")
    grade, choice = grader_for(args)
    # The rules grade a reply in a millisecond; only a model server is worth a pool.
    concurrency = args.concurrency if choice.name == "openai" else 1
    result = evaluate(examples, grade, choice.name, choice.model, concurrency)
    if args.json:
        print_json(result.as_json())
    else:
        from interviewer.views.render import print_out, render_eval

        print_out(render_eval(result, sys.stdout))
    return 1 if result.errors else 0
