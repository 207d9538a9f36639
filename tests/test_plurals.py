"""Counts read as English: "1 answer", "2 answers", in every place a person reads one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx2
import openai
from conftest import run_cli

from interviewer._internal.text import plural
from interviewer.providers.retry import describe

ONE_PLURAL = re.compile(r"\b1 (answer|word|item|error|transcript|attempt|time|grade)s\b")


def test_plural() -> None:
    assert plural(1, "answer") == "1 answer"
    assert [plural(n, "word") for n in (0, 2, 4001)] == ["0 words", "2 words", "4,001 words"]
    assert plural(2, "reply", "replies") == "2 replies"


def test_one_answer_of_one_word_everywhere(tmp_path: Path) -> None:
    chat = run_cli("chat", "--scenario", "crm-vendor-late", "--transcripts-dir", str(tmp_path),
                   stdin="Stub.\n---\n", env={"NO_COLOR": "1"})
    assert chat.returncode == 0, chat.stderr
    assert "Compression: 1 answer, 1 word per answer" in chat.stdout
    [path] = tmp_path.glob("*.jsonl")
    outputs = [chat.stdout, run_cli("replay", str(path), env={"NO_COLOR": "1"}).stdout,
               run_cli("replay", str(path), "--regrade", env={"NO_COLOR": "1"}).stdout,
               run_cli("report", str(path)).stdout,
               run_cli("report", str(path), "--format", "html").stdout]
    assert "Regraded 1 answer in 1 transcript" in outputs[2]
    for out in outputs:
        assert out and not ONE_PLURAL.search(out), ONE_PLURAL.search(out)


def test_eval_of_one_item(tmp_path: Path) -> None:
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps({"id": "a", "scenario": "crm-vendor-late",
                                "reply": "I'd stub it.", "labels": {"proposed_fix": True}}))
    out = run_cli("eval", str(data), env={"NO_COLOR": "1"}).stdout
    assert out.startswith("1 item, 0 errors")


def test_one_attempt() -> None:
    request = httpx2.Request("POST", "http://llm.test/v1/chat/completions")
    down = describe(openai.APIConnectionError(request=request), "http://llm.test/v1", 1)
    assert "(1 attempt)" in str(down)
    slow = describe(openai.APITimeoutError(request=request), "http://llm.test/v1", 1)
    assert str(slow).endswith("timed out 1 time")
