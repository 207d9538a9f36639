"""The engine behind any OpenAI-compatible Chat Completions server.

The interviewer streams its line token by token; the grader asks for the
contract's object through a strict JSON schema (or `json_object` with the schema
in the prompt, for servers that reject `json_schema`, remembered for the rest of
the session). Every call goes through the one retry layer. When a call still
fails, the offline engine stands in and the candidate is told in one line: the
interview never dies with the server.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, replace
from typing import Any

import openai
from openai import Stream
from openai.types.chat import ChatCompletion, ChatCompletionChunk

from interviewer._internal.secrets import safe_url
from interviewer._internal.text import sentence
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
from interviewer.providers.base import Conversation
from interviewer.providers.offline import offline_line
from interviewer.providers.prompting import interviewer_messages
from interviewer.providers.retry import RetryPolicy, describe, with_retries
from interviewer.schemas import Action, Grade, GradeResult, GraderInfo, Scenario

DEFAULT_MODEL = "gpt-4o-mini"
DOWN_PAUSE = 30.0  # seconds without calls after a server stopped answering


@dataclass(frozen=True)
class ServerConfig:
    base_url: str | None
    api_key: str | None
    interviewer_model: str = DEFAULT_MODEL
    grader_model: str = DEFAULT_MODEL
    timeout: float = 60.0
    # A spoken line is a sentence or three; a grade is a handful of short quotes.
    # Without a cap a rambling model (a base model, a reasoning model, a broken
    # template) runs to the context limit or the timeout on every call.
    line_max_tokens: int = 160
    grader_max_tokens: int = 600

    @property
    def server(self) -> str:
        """How the server is named in messages: its address, never the key."""
        return safe_url(self.base_url or "https://api.openai.com/v1")


class _FormatRejectedError(Exception):
    """The server refused the grader's `response_format`; not a transport error, so
    the retry layer lets it through at once instead of retrying it."""


def _rejects_format(exc: openai.APIStatusError) -> bool:
    """A refusal of the `json_schema` request itself, whatever the status: most
    servers answer 400, llama-cpp-python 500, and each names what it refused."""
    text = str(exc).lower()
    return any(word in text for word in ("json_schema", "response_format", "json_object"))


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
        # Until one grade has come back, nobody knows which format the server takes:
        # the first grade finds out while the others wait, so a server that rejects
        # json_schema is sent it once, not once per grade already in flight.
        self.format_settled = False
        self._probe = threading.Lock()
        self.token_param = "max_tokens"  # or max_completion_tokens, once a server asks for it
        self.broken: str | None = None  # set when the server refuses us for good (401, 404)
        # After a call fails on a down server, lines and grades go offline at once for
        # a while instead of each waiting out its own retries, then the server is tried again.
        self.down_until = 0.0
        self.down_reason = ""
        self.down_told = True  # the candidate has heard about the current outage
        self._notice: str | None = None
        self._lock = threading.Lock()
        # Set once the server shows it serves one request at a time (see speak).
        self.serial = False
        self._one_at_a_time = threading.Lock()

    def _turn(self) -> contextlib.AbstractContextManager[object]:
        """Hold the server for one request, when it cannot take two at once."""
        return self._one_at_a_time if self.serial else contextlib.nullcontext()

    def _post(self, **body: Any) -> Any:
        """POST /chat/completions through the SDK's documented low-level `post`.

        `chat.completions.create` first walks every message through the SDK's
        TypedDict transforms, which cost about 15 ms a call on a long conversation
        (bench/bench_llm.py); our messages are already plain JSON, so they go as
        they are. Errors, streaming and response types are the SDK's own.
        """
        stream = bool(body.get("stream"))
        if self.token_param != "max_tokens":
            body[self.token_param] = body.pop("max_tokens")
        try:
            return self.client.post("/chat/completions", body=body, cast_to=ChatCompletion,
                                    stream=stream, stream_cls=Stream[ChatCompletionChunk])
        except openai.BadRequestError as exc:
            # OpenAI's reasoning models refuse max_tokens and name its successor.
            if self.token_param == "max_tokens" and "max_completion_tokens" in str(exc):
                self.token_param = "max_completion_tokens"
                return self._post(**body)
            raise

    # -- grading ------------------------------------------------------------------

    def _response_format(self, mode: str) -> dict[str, Any]:
        if mode == "json_schema":
            return {"type": "json_schema", "json_schema": {
                "name": "grader_output", "strict": True, "schema": SCHEMA}}
        # llama.cpp's servers enforce a `schema` given with json_object; others ignore it.
        return {"type": "json_object", "schema": SCHEMA}

    def _complete(self, messages: list[dict[str, str]]) -> Any:
        if self.format_settled:
            return self._complete_now(messages)
        with self._probe:
            result = self._complete_now(messages)
            self.format_settled = True
            return result

    def _complete_now(self, messages: list[dict[str, str]]) -> Any:
        def call() -> Any:
            mode = self.json_mode
            messages[0]["content"] = system_message(self.prompt, mode == "json_object")
            try:
                with self._turn():
                    return self._post(model=self.config.grader_model, messages=messages,
                                      temperature=0, max_tokens=self.config.grader_max_tokens,
                                      response_format=self._response_format(mode))
            except openai.APIStatusError as exc:
                if mode == "json_schema" and _rejects_format(exc):
                    raise _FormatRejectedError from exc
                raise

        try:
            return with_retries(call, self.retry, self.config.server)
        except _FormatRejectedError:
            # Once, and remembered for every later grade: a server that cannot take
            # a JSON schema gets the schema in the prompt and in json_object mode.
            with self._lock:
                self.json_mode = "json_object"
            return with_retries(call, self.retry, self.config.server)

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
        got, finish, broken = False, None, None
        for _ in range(2):  # an empty or broken stream is asked once more
            failure: ModelServerError | None = None
            with self._turn():
                try:
                    stream = with_retries(lambda: self._post(
                        model=self.config.interviewer_model, messages=messages,
                        temperature=0.7, max_tokens=self.config.line_max_tokens, stream=True),
                        self.retry, self.config.server)
                except ModelServerError as exc:
                    failure = exc
                else:
                    got, finish, broken = yield from _relay(stream)
            if failure is not None:
                self._give_up_if_permanent(failure)
                self._notice = sentence(f"The offline interviewer takes over for now: {failure}")
                self.down_told = True
                yield offline_line(action, conversation)
                return
            if got:
                break
            if finish is None and broken is None:
                # Ended at once, empty, as llama-cpp-python ends a stream when another
                # request (this answer's background grade) arrives: this server serves
                # one request at a time, so from now on it gets them one at a time.
                self.serial = True
        self._notice = self._line_notice(got, finish, broken)
        if not got:
            yield offline_line(action, conversation)

    def _line_notice(self, got: bool, finish: str | None,
                     broken: Exception | None) -> str | None:
        if broken is not None:
            if got:
                return f"the model's line was cut off ({describe(broken, self.config.server)})"
            return "the model's stream broke before it said anything; the offline " \
                   "interviewer asked this one"
        if not got:
            return "the model returned an empty line; the offline interviewer asked this one"
        if finish == "length":
            return (f"the model's line was cut off at the output limit "
                    f"({self.config.line_max_tokens} tokens, INTERVIEWER_LINE_MAX_TOKENS)")
        if finish is None:
            return "the model's line may be cut off: the stream ended without a finish reason"
        return None

    def take_notice(self) -> str | None:
        notice, self._notice = self._notice, None
        return notice

    def prompt_hashes(self) -> dict[str, str]:
        return {"grader": self.prompt.sha256, "offline_rules": rules_sha256()}


def _relay(stream: Any) -> Generator[str, None, tuple[bool, str | None, Exception | None]]:
    """Yield the stream's text; return whether any came, the finish reason, and the
    failure that ended it early, if one did."""
    got, finish = False, None
    try:
        for chunk in stream:
            choice = chunk.choices[0] if chunk.choices else None
            finish = (choice.finish_reason if choice else None) or finish
            if choice and choice.delta.content:
                got = True
                yield choice.delta.content
    # A stream can break in the SDK or in the HTTP layer beneath it; either way
    # the session must go on, so every failure here is caught and said.
    except Exception as exc:
        return got, finish, exc
    return got, finish, None
