"""Which provider runs, from flags, the environment and `.env` (cli-contract.md)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

PROVIDERS = ("offline", "openai")


@dataclass(frozen=True)
class ProviderChoice:
    name: str
    model: str | None
    reason: str
    explicit: bool = True  # named by a flag or INTERVIEWER_PROVIDER, not inferred from a key


def load_dotenv_file(path: Path | None = None) -> None:
    """Read `.env` from the working directory; real environment variables win."""
    target = path or Path.cwd() / ".env"
    if not target.is_file():
        return
    from dotenv import load_dotenv

    load_dotenv(target, override=False)


def choose_provider(flag: str | None, model: str | None = None) -> ProviderChoice:
    if flag:
        return ProviderChoice(flag, model, "--provider")
    env = os.environ.get("INTERVIEWER_PROVIDER")
    if env:
        return ProviderChoice(env, model, "INTERVIEWER_PROVIDER")
    if os.environ.get("OPENAI_BASE_URL"):
        return ProviderChoice("openai", model, "OPENAI_BASE_URL is set", explicit=False)
    if os.environ.get("OPENAI_API_KEY"):
        return ProviderChoice("openai", model, "OPENAI_API_KEY is set", explicit=False)
    return ProviderChoice("offline", None, "no API key or base URL is set", explicit=False)


def announce(choice: ProviderChoice, models: str) -> None:
    """Print the provider and its models once on stderr, as the contract asks."""
    print(f"interviewer: provider {choice.name}, {models} ({choice.reason})", file=sys.stderr)
