"""Many calls at once: results in order, one shared backoff on 429, a progress bar."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import respx
from llm_fakes import completion, grader_json

from interviewer._internal.concurrency import Progress, SharedGate, map_concurrently
from interviewer.grading.llm import GraderPrompt
from interviewer.prompts import Library, bundled_dir
from interviewer.providers.openai_compat import OpenAIEngine, ServerConfig
from interviewer.providers.retry import RetryPolicy

REPLY = "Our launch depends on Acme's accounts API, which lands late."


def test_results_come_back_in_item_order_with_bounded_concurrency() -> None:
    running, peak = 0, 0
    lock = threading.Lock()

    def work(n: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.02)
        with lock:
            running -= 1
        return n * n

    assert map_concurrently(work, range(20), 4) == [n * n for n in range(20)]
    assert peak == 4


def test_a_held_gate_makes_every_caller_wait() -> None:
    gate = SharedGate()
    slept: list[float] = []
    gate.wait(slept.append)
    assert slept == []
    gate.hold(2.0)
    gate.hold(1.0)  # a shorter hold never shortens the wait
    gate.wait(slept.append)
    assert len(slept) == 1 and 1.9 < slept[0] <= 2.0


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_on_a_terminal_only() -> None:
    tty = _Tty()
    progress = Progress(4, "regrading", tty)
    for _ in range(4):
        progress.step()
    progress.close()
    assert "regrading [" in tty.getvalue() and "4/4" in tty.getvalue()
    plain = io.StringIO()
    quiet = Progress(4, "regrading", plain)
    quiet.step()
    quiet.close()
    assert plain.getvalue() == ""


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url="http://llm.test/v1", assert_all_called=True) as mock:
        yield mock


def test_a_429_to_one_worker_holds_them_all(router: respx.MockRouter, library: Library) -> None:
    good = completion(grader_json(("surface", "Our launch depends on Acme's accounts API")))
    seen: list[tuple[float, int]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        status = 429 if not seen else 200
        seen.append((time.monotonic(), status))
        if status == 429:
            return httpx.Response(429, headers={"retry-after": "0.5"})
        return httpx.Response(200, json=good)

    route = router.post("/chat/completions").mock(side_effect=answer)
    engine = OpenAIEngine(ServerConfig(base_url="http://llm.test/v1", api_key="k"),
                          GraderPrompt.load(bundled_dir() / "grader.md"),
                          http_client=httpx.Client(), retry=RetryPolicy(base=0.01))
    scenario = library.scenario("crm-vendor-late")

    def later(delay: float) -> str:
        time.sleep(delay)  # worker 1 starts once worker 0 has been told to slow down
        return engine.grade(REPLY, scenario, None).status

    assert map_concurrently(later, [0.0, 0.1], 2) == ["ok", "ok"]
    assert route.call_count == 3
    told = seen[0][0]
    # worker 1 never got a 429 itself, yet its request waited out the shared hold
    assert [status for _, status in seen] == [429, 200, 200]
    assert min(t for t, _ in seen[1:]) >= told + 0.45


def test_grades_in_flight_together_send_a_rejected_format_once(
        router: respx.MockRouter, library: Library) -> None:
    """llama-cpp-python answers json_schema with a 500: the first grade finds that out
    while the others wait, so it is sent once, not once per grade already in flight."""
    good = completion(grader_json(("surface", "Our launch depends on Acme's accounts API")))
    formats: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        kind = json.loads(request.content)["response_format"]["type"]
        formats.append(kind)
        time.sleep(0.2)  # every grade is in flight before the first answer comes back
        if kind == "json_schema":
            return httpx.Response(500, json={"error": {"message": "response_format.type: "
                                                       "Input should be 'text' or "
                                                       "'json_object'"}})
        return httpx.Response(200, json=good)

    router.post("/chat/completions").mock(side_effect=answer)
    engine = OpenAIEngine(ServerConfig(base_url="http://llm.test/v1", api_key="k"),
                          GraderPrompt.load(bundled_dir() / "grader.md"),
                          http_client=httpx.Client(), retry=RetryPolicy(base=0.01))
    scenario = library.scenario("crm-vendor-late")
    statuses = map_concurrently(lambda _: engine.grade(REPLY, scenario, None).status,
                                range(4), 4)
    assert statuses == ["ok"] * 4
    assert formats.count("json_schema") == 1 and formats.count("json_object") == 4
