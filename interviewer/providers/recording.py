"""Record model requests and responses, and answer requests from a recording.

`--record DIR` stores each request and its response as one JSON file, named by
a hash of the request (method, path and body; not the host, the key or other
headers). `--replay-responses DIR` answers the same requests from those files,
with no server, so a session with a model is reproduced exactly, offline, and
can serve as a test fixture. Both work as HTTP transports under the SDK, so
streaming, errors and retries behave as they do live.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import httpx2

from interviewer.errors import UserInputError

_KEPT_HEADERS = ("content-type", "retry-after")


def request_key(request: httpx2.Request) -> str:
    raw = request.content or b""
    try:
        body: Any = json.loads(raw)
    except ValueError:
        body = raw.decode("utf-8", "replace")
    canonical = json.dumps([request.method, request.url.path, body], sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]


class RecordingTransport(httpx2.BaseTransport):
    """Passes each request on and stores it with its response (read whole: a recorded
    stream arrives at once, which is the price of keeping it)."""

    def __init__(self, folder: Path, inner: httpx2.BaseTransport | None = None) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserInputError(f"cannot write recordings: {exc.strerror}",
                                 source=str(folder)) from None
        self.folder = folder
        self.inner = inner or httpx2.HTTPTransport()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response = self.inner.handle_request(request)
        content = response.read()
        headers = {k: v for k, v in response.headers.items() if k.lower() in _KEPT_HEADERS}
        record = {
            "request": {"method": request.method, "path": request.url.path,
                        "body": json.loads(request.content or b"null")},
            "response": {"status": response.status_code, "headers": headers,
                         "body_base64": base64.b64encode(content).decode()},
        }
        path = self.folder / f"{request_key(request)}.json"
        path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return httpx2.Response(response.status_code, headers=headers, content=content)

    def close(self) -> None:
        self.inner.close()


class ReplayTransport(httpx2.BaseTransport):
    """Answers each request from a recording; an unknown request is a 400 that says so."""

    def __init__(self, folder: Path) -> None:
        if not folder.is_dir():
            raise UserInputError("no such folder of recorded responses", source=str(folder))
        self.folder = folder

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        key = request_key(request)
        path = self.folder / f"{key}.json"
        if not path.is_file():
            message = (f"no recorded response for this request in {self.folder} (key {key}); "
                       "record it first with --record")
            return httpx2.Response(400, json={"error": {"message": message}})
        try:
            record = json.loads(path.read_text(encoding="utf-8"))["response"]
            content = base64.b64decode(record["body_base64"])
        except (ValueError, KeyError) as exc:
            raise UserInputError(f"damaged recording: {exc}", source=str(path)) from None
        return httpx2.Response(record["status"], headers=record["headers"], content=content)
