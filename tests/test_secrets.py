"""Secrets in a server's address never reach the screen, a notice or a transcript."""

from __future__ import annotations

import socket
from pathlib import Path

from conftest import run_cli

from interviewer._internal.secrets import redact, safe_url

ANSWERS = "Our launch depends on Acme's accounts API, which lands late.\n---\n"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port  # nothing listens once the socket is closed


def test_a_url_loses_its_credentials_and_query_values() -> None:
    assert safe_url("http://admin:pass@host:8080/v1?api-key=k1&x") == \
        "http://***@host:8080/v1?api-key=***&x"
    assert safe_url("http://127.0.0.1:8088/v1") == "http://127.0.0.1:8088/v1"
    text = redact("model server https://u:p@h/v1?key=abc&b=2 answered 500")
    assert text == "model server https://***@h/v1?key=***&b=*** answered 500"


def test_a_server_url_with_a_password_and_key_stays_secret(tmp_path: Path) -> None:
    url = f"http://admin:hunter2pass@127.0.0.1:{_closed_port()}/v1?api-key=querysecret99"
    out = run_cli("chat", "--scenario", "crm-vendor-late", "--transcripts-dir", str(tmp_path),
                  stdin=ANSWERS, env={"OPENAI_BASE_URL": url, "INTERVIEWER_MAX_RETRIES": "0",
                                      "NO_COLOR": "1"})
    assert out.returncode == 0, out.stderr
    saved = "".join(p.read_text() for p in tmp_path.glob("*.jsonl"))
    assert "cannot reach the model server http://***@127.0.0.1" in saved + out.stdout
    for secret in ("hunter2pass", "querysecret99", "admin:"):
        assert secret not in out.stdout + out.stderr + saved


def test_a_bad_output_cap_is_one_line(tmp_path: Path) -> None:
    out = run_cli("chat", "--transcripts-dir", str(tmp_path), stdin=ANSWERS,
                  env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
                       "INTERVIEWER_LINE_MAX_TOKENS": "lots"})
    assert out.returncode == 2
    assert "INTERVIEWER_LINE_MAX_TOKENS must be a whole number of tokens" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
