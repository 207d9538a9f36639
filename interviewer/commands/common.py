"""What several commands share: the provider in force and the grader it gives."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from interviewer.config import ProviderChoice, announce, choose_provider, load_dotenv_file
from interviewer.errors import UserInputError
from interviewer.prompts import Library, load_library

if TYPE_CHECKING:
    from interviewer.evaluate import Grader
    from interviewer.providers.base import Engine


def library(args: argparse.Namespace) -> Library:
    return load_library(getattr(args, "prompts_dir", None))


def grader_for(args: argparse.Namespace) -> tuple[Grader, ProviderChoice]:
    """The grader for the chosen provider, announced once on stderr."""
    load_dotenv_file()
    choice = choose_provider(getattr(args, "provider", None), getattr(args, "model", None))
    if choice.name == "openai" and not choice.explicit:
        # The model-backed grader is not part of this version: fall back and say so.
        choice = ProviderChoice("offline", None, "the openai provider is not in this version",
                                explicit=False)
    if choice.name == "openai":
        raise UserInputError("provider 'openai' is not available in this version; "
                             "use --provider offline")
    if choice.name != "offline":
        raise UserInputError(f"unknown provider {choice.name!r} (known: offline, openai)",
                             source=choice.reason)
    announce(choice)
    from interviewer.grading.offline import grade_offline

    return grade_offline, choice


def engine_for(args: argparse.Namespace) -> Engine:
    """The engine for an interview: the grader for the provider, plus its voice."""
    _, choice = grader_for(args)
    from interviewer.providers.offline import OfflineEngine

    assert choice.name == "offline"
    return OfflineEngine()


def print_json(document: object) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
