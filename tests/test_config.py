"""Provider selection as the contract orders it: flag, then environment, then keys."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from interviewer.commands.config import choose_provider, load_dotenv_file


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("INTERVIEWER_PROVIDER", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def test_order_of_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose_provider(None).name == "offline"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    inferred = choose_provider(None)
    assert (inferred.name, inferred.explicit) == ("openai", False)
    monkeypatch.setenv("INTERVIEWER_PROVIDER", "offline")
    assert choose_provider(None).name == "offline"
    assert choose_provider("openai").name == "openai" and choose_provider("openai").explicit


def test_dotenv_is_read_but_real_environment_wins(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_text("INTERVIEWER_PROVIDER=from-dotenv\nOPENAI_BASE_URL=http://127.0.0.1:9/v1\n")
    monkeypatch.setenv("INTERVIEWER_PROVIDER", "offline")
    try:
        load_dotenv_file(env)
        assert choose_provider(None).name == "offline"
        assert os.environ["OPENAI_BASE_URL"] == "http://127.0.0.1:9/v1"
    finally:
        os.environ.pop("OPENAI_BASE_URL", None)  # set by dotenv, not by monkeypatch


def test_a_key_in_the_environment_selects_openai_and_never_leaks() -> None:
    reply = (ROOT / "examples" / "answer.txt").read_text()
    proc = run_cli("grade", "--scenario", "crm-vendor-late", "--json", stdin=reply,
                   env={"OPENAI_API_KEY": "sk-test-secret-123456",
                        "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",  # nothing listens there
                        "INTERVIEWER_MAX_RETRIES": "0"})
    assert proc.returncode == 1, proc.stderr
    assert "provider openai" in proc.stderr and "OPENAI_BASE_URL is set" in proc.stderr
    assert "cannot reach the model server http://127.0.0.1:9/v1" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert "sk-test-secret" not in proc.stderr + proc.stdout


def test_unknown_or_unconfigured_provider_is_exit_2() -> None:
    proc = run_cli("grade", "--scenario", "crm-vendor-late", "--provider", "claude", stdin="x")
    assert proc.returncode == 2 and "unknown provider 'claude'" in proc.stderr
    proc = run_cli("grade", "--scenario", "crm-vendor-late", "--provider", "openai", stdin="x")
    assert proc.returncode == 2
    assert "needs OPENAI_API_KEY (for OpenAI) or OPENAI_BASE_URL" in proc.stderr
