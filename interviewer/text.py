"""Whitespace-normalised matching of quotes against a reply.

A quote from a grader counts when it occurs in the reply after collapsing
runs of whitespace (models re-flow line breaks; people paste with odd
spacing). Positions are reported in the *original* reply so that a person
can find the quote where it stands.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def _normalised_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, per normalised character, its original index."""
    out: list[str] = []
    index: list[int] = []
    pending_space = -1
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and pending_space < 0:
                pending_space = i
            continue
        if pending_space >= 0:
            out.append(" ")
            index.append(pending_space)
            pending_space = -1
        out.append(ch)
        index.append(i)
    return "".join(out), index


class Haystack:
    """A reply prepared once for many quote look-ups (linear, not per quote)."""

    def __init__(self, reply: str) -> None:
        self.text, self.index = _normalised_with_map(reply)

    def locate(self, quote: str, *, start_at: int = 0) -> tuple[int, int] | None:
        """Where `quote` stands as (start, end) original offsets, or None.

        Matching ignores differences in whitespace. `start_at` (an original
        offset) skips earlier occurrences.
        """
        needle = normalise(quote)
        if not needle:
            return None
        found = self.text.find(needle, bisect_left(self.index, start_at))
        if found < 0:
            return None
        return self.index[found], self.index[found + len(needle) - 1] + 1


def locate(quote: str, reply: str, *, start_at: int = 0) -> tuple[int, int] | None:
    """One look-up; for several quotes in one reply, build a Haystack once."""
    return Haystack(reply).locate(quote, start_at=start_at)
