"""Many model calls at once: a bounded pool, one shared backoff, a progress bar on stderr.

`regrade` and `eval` both grade many replies against one model server. A pool of
`concurrency` workers sends them; when the server answers 429, every worker
waits on one shared gate, so sixteen workers do not hammer a server that just
asked them to slow down.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TextIO, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class SharedGate:
    """A moment before which no worker sends a request."""

    def __init__(self) -> None:
        self._until = 0.0
        self._lock = threading.Lock()

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._until = max(self._until, time.monotonic() + seconds)

    def wait(self, sleep: Callable[[float], None] = time.sleep) -> None:
        with self._lock:
            left = self._until - time.monotonic()
        if left > 0:
            sleep(left)


class Progress:
    """`label 120/1000` redrawn on one stderr line, only when stderr is a terminal."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.done = 0
        self.on = self.stream.isatty() and total > 1
        self._lock = threading.Lock()

    def step(self) -> None:
        with self._lock:
            self.done += 1
            if self.on:
                width = 30
                filled = width * self.done // self.total
                self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] "
                                  f"{self.done}/{self.total}")
                self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def map_concurrently(work: Callable[[T], R], items: Iterable[T], concurrency: int,
                     progress: Progress | None = None) -> list[R]:
    """`work` over `items` with at most `concurrency` at once, results in item order."""
    listed = list(items)

    def one(item: T) -> R:
        try:
            return work(item)
        finally:
            if progress is not None:
                progress.step()

    try:
        if concurrency <= 1 or len(listed) <= 1:
            return [one(item) for item in listed]
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="work") as pool:
            return list(pool.map(one, listed))
    finally:
        if progress is not None:
            progress.close()
