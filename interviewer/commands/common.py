"""What several commands share: the provider in force and the grader it gives."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from interviewer._internal.text import strip_controls
from interviewer.commands.config import ProviderChoice, announce, choose_provider, load_dotenv_file
from interviewer.errors import UserInputError, WorkFailedError
from interviewer.prompts import Library, load_library

if TYPE_CHECKING:
    from interviewer.evaluation.evaluate import Grader
    from interviewer.providers.base import Engine
    from interviewer.providers.openai_compat import OpenAIEngine
    from interviewer.schemas import Grade, Scenario


def library(args: argparse.Namespace) -> Library:
    return load_library(getattr(args, "prompts_dir", None))


def _choice(args: argparse.Namespace) -> ProviderChoice:
    load_dotenv_file()
    choice = choose_provider(getattr(args, "provider", None))
    replaying = getattr(args, "replay_responses", None)
    if replaying and not choice.explicit:
        choice = ProviderChoice("openai", None, "--replay-responses", explicit=True)
    if (replaying or getattr(args, "record", None)) and choice.name == "offline":
        raise UserInputError("--record and --replay-responses are for the openai provider; "
                             "the offline one makes no model requests")
    if choice.name not in ("offline", "openai"):
        raise UserInputError(f"unknown provider {choice.name!r} (known: offline, openai)",
                             source=choice.reason)
    return choice


def _openai_engine(args: argparse.Namespace, choice: ProviderChoice,
                   grader_flag: str | None) -> OpenAIEngine:
    from interviewer.grading.llm import GraderPrompt
    from interviewer.prompts import find_prompt_file
    from interviewer.providers.openai_compat import DEFAULT_MODEL, OpenAIEngine, ServerConfig
    from interviewer.providers.retry import RetryPolicy

    base_url = os.environ.get("OPENAI_BASE_URL") or None
    key = os.environ.get("OPENAI_API_KEY") or None
    replaying = getattr(args, "replay_responses", None)
    if replaying and not base_url:
        base_url = "http://recorded.invalid/v1"  # never contacted: answers come from files
    if not base_url and not key:
        raise UserInputError("provider 'openai' needs OPENAI_API_KEY (for OpenAI) or "
                             "OPENAI_BASE_URL (for another server); see .env.example")
    model = (getattr(args, "model", None) if grader_flag != "model" else None) \
        or os.environ.get("INTERVIEWER_MODEL") or DEFAULT_MODEL
    grader_model = getattr(args, grader_flag or "", None) \
        or os.environ.get("INTERVIEWER_GRADER_MODEL") or DEFAULT_MODEL
    config = ServerConfig(base_url=base_url, api_key=key, interviewer_model=model,
                          grader_model=grader_model, timeout=_timeout(),
                          line_max_tokens=_token_cap("INTERVIEWER_LINE_MAX_TOKENS", 160),
                          grader_max_tokens=_token_cap("INTERVIEWER_GRADER_MAX_TOKENS", 600))
    prompt = GraderPrompt.load(find_prompt_file("grader.md", getattr(args, "prompts_dir", None)))
    what = f"model {model}, grader model {grader_model}" if grader_flag != "model" \
        else f"grader model {grader_model}"
    announce(choice, f"{what}, server {config.server}")
    return OpenAIEngine(config, prompt, retry=RetryPolicy(attempts=1 + _retries()),
                        http_client=_http_client(args))


def _http_client(args: argparse.Namespace) -> object | None:
    """An HTTP client that records or replays model traffic, when asked for."""
    record, replay = getattr(args, "record", None), getattr(args, "replay_responses", None)
    if not (record or replay):
        return None
    import httpx2

    from interviewer.providers.recording import RecordingTransport, ReplayTransport

    if record and replay:
        raise UserInputError("--record and --replay-responses cannot be used together")
    transport: httpx2.BaseTransport = (RecordingTransport(Path(record)) if record
                                       else ReplayTransport(Path(str(replay))))
    return httpx2.Client(transport=transport)


def _retries() -> int:
    raw = os.environ.get("INTERVIEWER_MAX_RETRIES", "3")
    # Bounded: each retry can wait up to 20 s, so a huge count would hang a session.
    if not (raw.isascii() and raw.isdigit()) or int(raw) > 10:
        raise UserInputError("INTERVIEWER_MAX_RETRIES must be a whole number from 0 to 10, "
                             f"not {raw[:40]!r}", source="environment")
    return int(raw)


def _token_cap(name: str, default: int) -> int:
    raw = os.environ.get(name) or str(default)
    if not (raw.isascii() and raw.isdigit()) or not 16 <= int(raw) <= 100_000:
        raise UserInputError(f"{name} must be a whole number of tokens from 16 to 100000, "
                             f"not {raw[:40]!r}", source="environment")
    return int(raw)


def _timeout() -> float:
    raw = os.environ.get("INTERVIEWER_TIMEOUT", "60")
    try:
        value = float(raw)
    except ValueError:
        raise UserInputError(f"INTERVIEWER_TIMEOUT must be a number of seconds, not {raw!r}",
                             source="environment") from None
    if value <= 0:
        raise UserInputError("INTERVIEWER_TIMEOUT must be more than 0 seconds",
                             source="environment")
    return value


def grader_for(args: argparse.Namespace) -> tuple[Grader, ProviderChoice]:
    """The grader for the chosen provider (for `grade` and `eval`), announced on stderr."""
    choice = _choice(args)
    if choice.name == "offline":
        announce(choice, "no model")
        from interviewer.grading.offline import grade_offline

        return grade_offline, choice
    engine = _openai_engine(args, choice, grader_flag="model")

    def grade(reply: str, scenario: Scenario, question: str | None) -> Grade:
        result = engine.grade_llm(reply, scenario, question)
        if result.grade is None:
            raise WorkFailedError(f"the model's grade is {result.status}: {result.note}")
        return result.grade

    return grade, replace(choice, model=engine.grader_model)


def engine_for(args: argparse.Namespace) -> Engine:
    """The engine for an interview: its grader and its voice, announced on stderr."""
    choice = _choice(args)
    if choice.name == "openai":
        return _openai_engine(args, choice, grader_flag="grader_model")
    announce(choice, "no model")
    from interviewer.providers.offline import OfflineEngine

    return OfflineEngine()


def refuse_overwriting(output: str, inputs: Sequence[str]) -> None:
    """Stop before an output file replaces one of the inputs it is made from."""
    for given in inputs:
        if _same_file(output, given):
            raise UserInputError(f"the output is the transcript being reported on ({given}); "
                                 "choose another file", source=output)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)  # also sees through symlinks and hard links
    except OSError:  # one of them does not exist (yet): compare where they would be
        return Path(a).resolve() == Path(b).resolve()


# json escapes C0 controls but not DEL or C1 (0x9b is CSI to some terminals) when
# ensure_ascii is off; those can only stand inside strings, where \u escapes mean the same.
_JSON_UNESCAPED = re.compile("[\x7f-\x9f]")


def print_json(document: object) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_UNESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def warn(line: str) -> None:
    """One line on stderr; it can name or quote a file, so it is cleaned."""
    print(f"interviewer: {strip_controls(line)}", file=sys.stderr)
