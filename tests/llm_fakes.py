"""Model responses for tests: Chat Completions JSON and server-sent event streams."""

from __future__ import annotations

import json
from typing import Any

import httpx


def completion(content: str | None, *, finish: str = "stop", refusal: str | None = None,
               model: str = "test-model") -> dict[str, Any]:
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "finish_reason": finish,
                         "message": {"role": "assistant", "content": content,
                                     "refusal": refusal}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


def grader_json(*evidence: tuple[str, str], feedback: str = "Good shape.") -> str:
    return json.dumps({"evidence": [{"move": m, "quote": q} for m, q in evidence],
                       "feedback": feedback})


def sse(chunks: list[str], model: str = "test-model", finish: str | None = "stop") -> bytes:
    """A streamed completion as the server sends it: one `data:` event per chunk;
    `finish=None` is a stream cut before its finish reason and [DONE]."""
    events = []
    for i, text in enumerate(chunks):
        delta = {"role": "assistant", "content": text} if i == 0 else {"content": text}
        events.append({"id": "c", "object": "chat.completion.chunk", "created": 0,
                       "model": model, "choices": [{"index": 0, "delta": delta,
                                                    "finish_reason": None}]})
    if finish is None:
        return "".join(f"data: {json.dumps(e)}\n\n" for e in events).encode()
    events.append({"id": "c", "object": "chat.completion.chunk", "created": 0, "model": model,
                   "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
    body = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
    return body.encode()


def sse_response(chunks: list[str], finish: str | None = "stop") -> httpx.Response:
    return httpx.Response(200, content=sse(chunks, finish=finish),
                          headers={"content-type": "text/event-stream"})


def body(request: httpx.Request) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(request.content)
    return data
