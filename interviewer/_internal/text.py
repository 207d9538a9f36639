"""Whitespace-normalised matching of quotes against a reply.

A quote from a grader counts when it occurs in the reply after collapsing
runs of whitespace (models re-flow line breaks; people paste with odd
spacing). Positions are reported in the *original* reply so that a person
can find the quote where it stands.

Also the small helpers for text a person reads: counts with their noun, and
sentences that end in exactly one mark.
Also what text from others (answers, model lines, transcripts, prompt files)
may show on a terminal: `strip_controls` removes what the terminal would obey.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\S+")
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")  # two spaces in a row, or any space but " "


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return " ".join(text.split())  # str.split's whitespace is re's \s, in C


class Haystack:
    """A reply prepared once for many quote look-ups.

    The normalised text is the reply's non-space runs joined by single spaces;
    offsets map back through the runs (one entry a word, not a character).
    """

    def __init__(self, reply: str) -> None:
        # Most replies are already normal (single spaces, no line breaks): then offsets
        # are the same in both texts and no mapping is needed.
        self.identity = not _ODD_SPACE.search(reply) and reply == reply.strip()
        if self.identity:
            self.text = reply
            return
        runs = list(_WORD.finditer(reply))
        self.text = " ".join(m.group() for m in runs)
        self._orig = [m.start() for m in runs]
        self._norm: list[int] = []
        position = 0
        for m in runs:
            self._norm.append(position)
            position += m.end() - m.start() + 1

    def _to_original(self, norm: int) -> int:
        run = bisect_right(self._norm, norm) - 1
        return self._orig[run] + (norm - self._norm[run])

    def _to_normalised(self, original: int) -> int:
        run = bisect_right(self._orig, original) - 1
        if run < 0:
            return 0
        inside = original - self._orig[run]
        run_length = (self._norm[run + 1] - 1 if run + 1 < len(self._norm)
                      else len(self.text)) - self._norm[run]
        if inside < run_length:
            return self._norm[run] + inside
        return self._norm[run + 1] if run + 1 < len(self._norm) else len(self.text)

    def locate(self, quote: str, *, start_at: int = 0) -> tuple[int, int] | None:
        """Where `quote` stands as (start, end) original offsets, or None.

        Matching ignores differences in whitespace. `start_at` (an original
        offset) skips earlier occurrences.
        """
        needle = normalise(quote)
        if not needle:
            return None
        if self.identity:
            found = self.text.find(needle, start_at)
            return None if found < 0 else (found, found + len(needle))
        found = self.text.find(needle, self._to_normalised(start_at))
        if found < 0:
            return None
        return self._to_original(found), self._to_original(found + len(needle) - 1) + 1


def locate(quote: str, reply: str, *, start_at: int = 0) -> tuple[int, int] | None:
    """One look-up; for several quotes in one reply, build a Haystack once."""
    return Haystack(reply).locate(quote, start_at=start_at)


def is_blank(text: str) -> bool:
    """Nothing a person can see: whitespace, or invisible format characters such as a
    byte-order mark or a zero-width space, which `str.strip` keeps."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def sentence(text: str) -> str:
    """`text` with a full stop, unless it already ends in one, a question or an ellipsis:
    messages composed of other messages would otherwise end "running?." or "..".
    """
    ended = text.rstrip().rstrip("\"'\u201d\u2019")  # a quotation closes after its mark
    return text if ended.endswith((".", "?", "!", "\u2026")) else text + "."


def plural(count: int, noun: str, many: str | None = None) -> str:
    """"1 answer", "3 answers": a count with its noun, for everything a person reads."""
    return f"{count:,} {noun if count == 1 else many or noun + 's'}"


# What a terminal would act on rather than show: CSI (ESC [ or 8-bit 0x9b, cut
# short or not), the string sequences OSC/DCS/SOS/PM/APC up to BEL or ST (or
# the end, when unterminated), other ESC sequences, and any other C0/C1
# control or DEL. Tab and newline are kept; carriage returns are handled first.
_CONTROL = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
    # Bidirectional overrides and isolates: they reorder what is shown, so a line
    # can read differently from what it says ("Trojan Source").
    r"|[\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """`text` with nothing a terminal would obey: for candidate, model and file text.

    Answers, model lines and prompt files are shown to whoever reads a transcript;
    an escape sequence in them could retitle, clear or link the reader's terminal.
    Apply it to the data before adding our own colours, which it would remove too.
    A lone carriage return becomes a space: it could otherwise overwrite a line.
    """
    if text.isprintable():  # the usual case, and much faster than the regex
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", " "))


def control_spans(text: str) -> list[tuple[int, int]]:
    """Where `strip_controls` would cut: (start, end) of each sequence or control."""
    return [m.span() for m in _CONTROL.finditer(text)]
