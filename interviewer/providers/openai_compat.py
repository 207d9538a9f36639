"""The engine behind any OpenAI-compatible Chat Completions server.

The interviewer streams its line token by token; the grader asks for the
contract's object through a strict JSON schema (or `json_object` with the schema
in the prompt, for servers that reject `json_schema`, remembered for the rest of
the session). Every call goes through the one retry layer. When a call still
fails, the offline engine stands in and the candidate is told in one line: the
interview never dies with the server.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import openai
from openai import Stream
from openai.types.chat import ChatCompletion, ChatCompletionChunk

from interviewer.errors import ModelServerError
from interviewer.grading.llm import (
    MAX_REASKS,
    SCHEMA,
    Attempt,
    GraderPrompt,
    LlmGrade,
    outcome,
    reask_message,
    system_message,
    user_message,
)
from interviewer.grading.offline import grade_offline, rules_sha256
from interviewer.policy import Action
from interviewer.providers.base import Conversation, GradeResult
from interviewer.providers.offline import offline_line
from interviewer.providers.prompting import interviewer_messages
from interviewer.providers.retry import RetryPolicy, describe, with_retries
from interviewer.schemas import Grade, GraderInfo, Scenario
from interviewer.text import sentence

DEFAULT_MODEL = "gpt-4o-mini"
DOWN_PAUSE = 30.0  # seconds without calls after a server stopped answering


@dataclass(frozen=True)
class ServerConfig:
    base_url: str | None
    api_key: str | None
    interviewer_model: str = DEFAULT_MODEL
    grader_model: str = DEFAULT_MODEL
    timeout: float = 60.0

    @property
    def server(self) -> str:
        """How the server is named in messages: its address, never the key."""
        return self.base_url or "https://api.openai.com/v1"


def _rejects_json_schema(exc: openai.BadRequestError) -> bool:
    text = str(exc).lower()
    return "json_schema" in text or "response_format" in text


class OpenAIEngine:
    name = "openai"
    background_grading = True

    def __init__(self, config: ServerConfig, grader_prompt: GraderPrompt, *,
                 http_client: Any = None, retry: RetryPolicy | None = None) -> None:
        self.config = config
        self.interviewer_model: str | None = config.interviewer_model
        self.grader_model: str | None = config.grader_model
        self.prompt = grader_prompt
        self.retry = retry or RetryPolicy()
        # The SDK's retries are off: ours are the only retry layer (providers/retry.py).
        self.client = openai.OpenAI(api_key=config.api_key or "not-needed",
                                    base_url=config.base_url, max_retries=0,
                                    timeout=config.timeout, http_client=http_client)
        self.json_mode = "json_schema"  # becomes "json_object" once a server rejects it
        self.broken: str | None = None  # set when the server refuses us for good (401, 404)
        # After a call fails on a down server, lines and grades go offline at once for
        # a while instead of each waiting out its own retries, then the server is tried again.
        self.down_until = 0.0
        self.down_reason = ""
        self.down_told = True  # the candidate has heard about the current outage
        self._notice: str | None = None
        self._lock = threading.Lock()

    def _post(self, **body: Any) -> Any:
        """POST /chat/completions through the SDK's documented low-level `post`.

        `chat.completions.create` first walks every message through the SDK's
        TypedDict transforms, which cost about 15 ms a call on a long conversation
        (bench/bench_llm.py); our messages are already plain JSON, so they go as
        they are. Errors, streaming and response types are the SDK's own.
        """
        stream = bool(body.get("stream"))
        return self.client.post("/chat/completions", body=body, cast_to=ChatCompletion,
                                stream=stream, stream_cls=Stream[ChatCompletionChunk])

    # -- grading ------------------------------------------------------------------

    def _response_format(self) -> dict[str, Any]:
        if self.json_mode == "json_schema":
            return {"type": "json_schema", "json_schema": {
                "name": "grader_output", "strict": True, "schema": SCHEMA}}
        return {"type": "json_object"}

    def _complete(self, messages: list[dict[str, str]]) -> Any:
        def call() -> Any:
            messages[0]["content"] = system_message(self.prompt,
                                                    self.json_mode == "json_object")
            return self._post(model=self.config.grader_model, messages=messages,
                              temperature=0, response_format=self._response_format())

        try:
            return with_retries(call, self.retry, self.config.server)
        except ModelServerError as exc:
            if exc.status == 400 and self.json_mode == "json_schema":
                cause = exc.__cause__ or exc.__context__
                if cause is None or not isinstance(cause, openai.BadRequestError) or \
                        _rejects_json_schema(cause):
                    with self._lock:
                        self.json_mode = "json_object"
                    return with_retries(call, self.retry, self.config.server)
            raise

    def grade_llm(self, reply: str, scenario: Scenario, question: str | None) -> LlmGrade:
        """The model's grade, validated; re-asked at most twice. Raises ModelServerError."""
        info = GraderInfo(provider="openai", model=self.config.grader_model,
                          prompt_sha256=self.prompt.sha256)
        messages = [{"role": "system", "content": ""},
                    {"role": "user", "content": user_message(reply, scenario, question)}]
        error = ""
        for asks in range(1, MAX_REASKS + 2):
            completion = self._complete(messages)
            choice = completion.choices[0]
            message = choice.message
            attempt = Attempt(message.content, getattr(message, "refusal", None),
                              choice.finish_reason)
            result = outcome(attempt, reply, info)
            if isinstance(result, LlmGrade):
                return replace(result, asks=asks)
            error = result
            messages += [{"role": "assistant", "content": attempt.content or ""},
                         {"role": "user", "content": reask_message(error)}]
        return LlmGrade("invalid", None, f"still invalid after {MAX_REASKS} re-asks: {error}",
                        MAX_REASKS + 1)

    def grade(self, reply: str, scenario: Scenario, question: str | None) -> GradeResult:
        reason = self._unavailable()
        if reason:
            return GradeResult("pending", grade_offline(reply, scenario, question), reason)
        try:
            result = self.grade_llm(reply, scenario, question)
        except ModelServerError as exc:
            self._give_up_if_permanent(exc)
            return GradeResult("pending", grade_offline(reply, scenario, question), str(exc))
        if result.status == "ok" and result.grade is not None:
            return GradeResult("ok", result.grade)
        return GradeResult(result.status, grade_offline(reply, scenario, question), result.note)

    def quick_grade(self, reply: str, scenario: Scenario, question: str | None) -> Grade:
        return grade_offline(reply, scenario, question)

    # -- the interviewer ------------------------------------------------------------

    def _give_up_if_permanent(self, exc: ModelServerError) -> None:
        if not exc.transient and exc.status != 400:
            self.broken = str(exc)
        elif exc.transient:
            self.down_until = time.monotonic() + DOWN_PAUSE
            self.down_reason = str(exc)
            self.down_told = False

    def _unavailable(self) -> str | None:
        """Why the server is not to be called right now, or None."""
        if self.broken:
            return self.broken
        if time.monotonic() < self.down_until:
            return self.down_reason
        return None

    def speak(self, action: Action, conversation: Conversation) -> Iterator[str]:
        self._notice = None
        reason = self._unavailable()
        if reason:
            if not self.down_told:  # say it once an outage, not on every line
                self._notice = sentence(f"The offline interviewer takes over for now: {reason}")
                self.down_told = True
            yield offline_line(action, conversation)
            return
        messages = interviewer_messages(action, conversation)
        try:
            stream = with_retries(lambda: self._post(
                model=self.config.interviewer_model, messages=messages, temperature=0.7,
                stream=True), self.retry, self.config.server)
        except ModelServerError as exc:
            self._give_up_if_permanent(exc)
            self._notice = sentence(f"The offline interviewer takes over for now: {exc}")
            self.down_told = True
            yield offline_line(action, conversation)
            return
        got = False
        try:
            for chunk in stream:
                delta = chunk.choices[0].delta.content if chunk.choices else None
                if delta:
                    got = True
                    yield delta
        # A stream can break in the SDK or in the HTTP layer beneath it; either way
        # the session must go on, so every failure here is caught and said.
        except Exception as exc:
            if got:
                self._notice = f"the model's line was cut off ({describe(exc, self.config.server)})"
                return
            self._notice = "the model's stream broke before it said anything; the offline " \
                           "interviewer asked this one"
            yield offline_line(action, conversation)
            return
        if not got:
            self._notice = "the model returned an empty line; the offline interviewer asked " \
                           "this one"
            yield offline_line(action, conversation)

    def take_notice(self) -> str | None:
        notice, self._notice = self._notice, None
        return notice

    def prompt_hashes(self) -> dict[str, str]:
        return {"grader": self.prompt.sha256, "offline_rules": rules_sha256()}
