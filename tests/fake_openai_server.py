"""A small OpenAI-compatible Chat Completions server for end-to-end tests and benchmarks.

It runs on 127.0.0.1 in a thread. Grader requests (those with `response_format`)
get evidence that quotes the reply verbatim after a fixed latency; interviewer
requests (`stream: true`) get a question streamed word by word after a
first-token latency. It records every request and when each first token left.

It is as strict as the strictest real servers: like a model's own Jinja chat
template under llama.cpp or vLLM, it takes one leading system message and then
strictly alternating user/assistant turns starting with the user, and answers
anything else with HTTP 500 (llama-cpp-python's status for a template error).
With `json_schema=False` it answers `response_format: json_schema` the way
llama-cpp-python 0.3 does (HTTP 500, a validation message) and enforces the
`schema` of a `json_object` request instead.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_REPLY = re.compile(r"<<<(REPLY-[0-9a-f]{20})\n(.*)\n\1>>>", re.S)


@dataclass
class Behaviour:
    grade_latency: float = 0.0
    first_token_latency: float = 0.0
    token_gap: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    first_token_sent: list[float] = field(default_factory=list)  # time.time() per stream
    lines: int = 0
    announce: bool = False  # print "graded" on stdout after each grade (run as a process)
    json_schema: bool = True  # False: reject response_format json_schema as llama-cpp-python
    strict_template: bool = True
    finish_reason: str | None = "stop"  # of streamed lines; None ends the stream without one
    rejected: list[str] = field(default_factory=list)  # why each refused request was refused
    question: str = "what exactly are we waiting on?"  # what each streamed line asks
    feedback: str = "Thanks, that was clear."


TEMPLATE_ERROR = "Conversation roles must alternate user/assistant/user/assistant/..."
SCHEMA_ERROR = ("1 validation error for CreateChatCompletionRequest\nresponse_format.type\n"
                "  Input should be 'text' or 'json_object' [type=literal_error, "
                "input_value='json_schema', input_type=str]")


def refusal(request: dict[str, Any], behaviour: Behaviour) -> str | None:
    """Why a strict server would refuse this request, or None."""
    roles = [m.get("role") for m in request.get("messages", [])]
    body = roles[1:] if roles[:1] == ["system"] else roles
    expected = ["user" if i % 2 == 0 else "assistant" for i in range(len(body))]
    if behaviour.strict_template and (not body or body != expected):
        return TEMPLATE_ERROR
    kind = (request.get("response_format") or {}).get("type")
    if kind == "json_schema" and not behaviour.json_schema:
        return SCHEMA_ERROR
    return None


def _evidence(reply: str, feedback: str) -> dict[str, Any]:
    words = reply.split()
    quote = " ".join(words[:8])
    move = "surface" if "depend" in reply.lower() else "fix"
    return {"evidence": [{"move": move, "quote": quote}] if quote else [],
            "feedback": feedback}


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without this, Nagle's algorithm and
    # the client's delayed ACK add about 40 ms to every response (measured).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        request = json.loads(self.rfile.read(length))
        behaviour = self.server.behaviour
        behaviour.requests.append(request)
        why = refusal(request, behaviour)
        if not self.path.endswith("/chat/completions"):
            self._json(404, {"error": {"message": "not found"}})
        elif why:
            behaviour.rejected.append(why)
            self._json(500, {"error": {"message": why, "type": "internal_server_error"}})
        elif request.get("stream"):
            self._stream(behaviour)
        else:
            time.sleep(behaviour.grade_latency)
            reply_match = _REPLY.search(request["messages"][1]["content"] or "")
            content = json.dumps(_evidence(reply_match.group(2) if reply_match else "",
                                           behaviour.feedback))
            self._json(200, {"id": "x", "object": "chat.completion", "created": 0,
                             "model": request["model"], "choices": [{
                                 "index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": content}}]})
            if behaviour.announce:
                print("graded", flush=True)

    def _json(self, status: int, document: dict[str, Any]) -> None:
        data = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, behaviour: Behaviour) -> None:
        behaviour.lines += 1
        words = f"Model question {behaviour.lines}: {behaviour.question}".split(" ")
        time.sleep(behaviour.first_token_latency)
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("connection", "close")
        self.end_headers()
        for i, word in enumerate(words):
            text = word if i == 0 else " " + word
            event = {"id": "s", "object": "chat.completion.chunk", "created": 0, "model": "m",
                     "choices": [{"index": 0, "delta": {"content": text},
                                  "finish_reason": None}]}
            self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
            self.wfile.flush()
            if i == 0:
                behaviour.first_token_sent.append(time.time())
            if behaviour.token_gap:
                time.sleep(behaviour.token_gap)
        if behaviour.finish_reason is None:
            self.close_connection = True  # cut: no finish reason, no [DONE]
            return
        if behaviour.finish_reason:
            done = {"id": "s", "object": "chat.completion.chunk", "created": 0, "model": "m",
                    "choices": [{"index": 0, "delta": {},
                                 "finish_reason": behaviour.finish_reason}]}
            self.wfile.write(f"data: {json.dumps(done)}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    behaviour: Behaviour


class FakeServer:
    def __init__(self, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.behaviour = self.behaviour
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __exit__(self, *exc: object) -> None:
        if self._thread.is_alive():
            self.stop()


if __name__ == "__main__":  # run on its own, so that a test can kill it like a real server
    import sys

    # optional: grade latency and first-token latency in seconds; --announce prints
    # "graded" after each grade, for a test that must know when one has landed
    announce = "--announce" in sys.argv
    delays = [float(a) for a in sys.argv[1:] if a != "--announce"][:2]
    grade_latency, first_token_latency = [*delays, 0.0, 0.0][:2]
    behaviour = Behaviour(grade_latency, first_token_latency, announce=announce)
    fake = FakeServer(behaviour).__enter__()
    print(fake.base_url, flush=True)
    threading.Event().wait()
