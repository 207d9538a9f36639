"""The one retry layer for transport errors, and what a failed call says to the user.

The SDK's own retries are switched off (max_retries=0) so that retries are not
multiplied: 408, 409, 429, 5xx, timeouts and dropped connections are retried
here with exponential backoff and jitter, honouring Retry-After up to a cap.
400, 401, 403 and 404 are not retried; they become one line naming the server
and what to fix. Validation re-asks (grading/llm.py) are a separate loop that
never sees these errors.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import openai
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from interviewer._internal.concurrency import SharedGate
from interviewer._internal.secrets import redact
from interviewer._internal.text import plural
from interviewer.errors import ModelServerError

T = TypeVar("T")
RETRYABLE_STATUS = frozenset({408, 409, 429}) | frozenset(range(500, 600))


@dataclass
class RetryPolicy:
    attempts: int = 4  # the first try included
    base: float = 0.5  # seconds before the first retry, doubled each time
    cap: float = 20.0  # no single wait is longer, whatever Retry-After says
    sleep: Callable[[float], None] = time.sleep
    waits: list[float] = field(default_factory=list)  # what was slept, for tests and logs
    # Shared by every worker of a batch: a 429 to one holds them all (concurrency.py).
    gate: SharedGate = field(default_factory=SharedGate)


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRYABLE_STATUS
    return isinstance(exc, openai.APIConnectionError)  # timeouts and dropped connections


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait, from Retry-After (seconds or an HTTP date).

    None when there is no usable value ("soon", NaN, a date past year 9999): the
    normal backoff applies then. The caller caps what is returned, infinity included.
    """
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (ValueError, TypeError, OverflowError):  # "soon", or a date out of range
            return None
    return None if math.isnan(seconds) else max(0.0, seconds)  # infinity: the cap, later


def _wait(policy: RetryPolicy) -> Callable[[RetryCallState], float]:
    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after(exc) if exc else None
        backoff = policy.base * 2 ** (state.attempt_number - 1)
        seconds = asked if asked is not None else backoff * (0.5 + random.random() / 2)
        seconds = min(seconds, policy.cap)
        policy.waits.append(seconds)
        if isinstance(exc, openai.APIStatusError) and exc.status_code == 429:
            policy.gate.hold(seconds)
        return seconds

    return wait


def with_retries(call: Callable[[], T], policy: RetryPolicy, server: str) -> T:
    """Run `call`, retrying transient failures; raise ModelServerError when it gives up."""
    retrying = Retrying(retry=retry_if_exception(is_transient), wait=_wait(policy),
                        stop=stop_after_attempt(policy.attempts), sleep=policy.sleep,
                        reraise=True)
    def gated() -> T:
        policy.gate.wait(policy.sleep)
        return call()

    try:
        return retrying(gated)
    except openai.OpenAIError as exc:
        raise describe(exc, server, policy.attempts) from None


def describe(exc: BaseException, server: str, attempts: int = 1) -> ModelServerError:
    """One line a user can act on. It never includes the API key or request headers."""
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        fixes = {
            401: "the API key was rejected; check OPENAI_API_KEY",
            403: "the API key may not use this model or endpoint; check the key's permissions",
            404: "the model or endpoint was not found; check --model/--grader-model and "
                 "OPENAI_BASE_URL (it usually ends in /v1)",
        }
        if status in fixes:
            return ModelServerError(f"model server {server} answered {status}: {fixes[status]}",
                                    transient=False, status=status)
        if status in RETRYABLE_STATUS:
            return ModelServerError(f"model server {server} answered {status} "
                                    f"{plural(attempts, 'time')}; giving up for now",
                                    transient=True, status=status)
        return ModelServerError(f"model server {server} rejected the request ({status}): "
                                f"{_short(exc)}", transient=False, status=status)
    if isinstance(exc, openai.APITimeoutError):
        return ModelServerError(f"model server {server} timed out {plural(attempts, 'time')}",
                                transient=True)
    if isinstance(exc, openai.APIConnectionError):
        return ModelServerError(f"cannot reach the model server {server} "
                                f"({plural(attempts, 'attempt')}); is it running?", transient=True)
    return ModelServerError(f"model server {server} failed: {_short(exc)}", transient=True)


def _short(exc: BaseException) -> str:
    text = redact(" ".join(str(exc).split()))
    return text[:200] + ("…" if len(text) > 200 else "")
