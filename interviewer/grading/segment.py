"""Cut a spoken-style reply into sentences, clauses and fragments, keeping offsets.

People speaking an answer run sentences together ("and then", "so then I'd"),
so clauses are cut at those joints too. Moves are found per clause, with the
sentence as context (negation, premises, options lists), and a quote starts
at the fragment where its cue stands, so that two moves in one clause keep
their order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Where a sentence ends: terminal punctuation before a space, a line break, a
# semicolon, or a spoken dash ("I'd - well, first I'd").
_DASHES = "\u2014\u2013"  # em and en dash
_SENTENCE_BREAK = re.compile(
    # "kind of... build a stub?": a spoken ellipsis is a pause, not a full stop.
    rf"(?<=[.!?])(?<!\.\.\.)[\"')\]]*\s+|\n\s*|;\s*|\s+[{_DASHES}]+\s*|\s+-{{1,2}}\s+|[{_DASHES}]{{1,2}}"
    # the end of a bracketed or commented aside ("[…] I'd…", "<!-- … --> I'd…")
    r"|\]\s+|-->\s*")

# Where a clause starts inside a sentence: the joints of a run-on answer.
_CLAUSE_BREAK = re.compile(
    r"(?<!\band)(?<!\bbut)(?<!\bso),?\s+(?=(?:and\s+|but\s+|so\s+)?then\b)"
    r"|,?\s+(?=(?:and|but|so|plus)\s+(?:then\b|I\b|I'd\b|I'll\b|I'm\b|we\b|we'd\b|we'll\b|"
    r"we're\b|let's\b|after\b|once\b|only\b|also\b|in\s+parallel\b|meanwhile\b|"
    r"separately\b|technically\b|second\b|third\b|finally\b))"
    r"|,\s*(?=(?:and\s+)?if\s+(?:they|she|he|it's|we|the|that's)\b)"
    r"|,\s*(?=(?:after\s+that|once\s+that|meanwhile|in\s+parallel|afterwards|next|"
    r"second(?:ly)?|third(?:ly)?|finally|lastly|only\s+then|technically|separately)\b)"
    .lower(),  # matched against lower-cased text: case-sensitive is two to three times faster
)

_FRAGMENT_BREAK = re.compile(r",\s*|\s+(?=(?:and|or|but)\s)")


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


def _spans(text: str, breaks: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for found in breaks.finditer(text, start, end):
        if found.start() > cursor:
            spans.append((cursor, found.start()))
        cursor = max(cursor, found.end())
    if cursor < end:
        spans.append((cursor, end))
    return [(a, b) for a, b in (_trim(text, a, b) for a, b in spans) if b > a]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading space and , ; : nor trailing space (str methods: fast)."""
    piece = text[start:end]
    body = piece.rstrip()
    lead = body.lstrip()
    while lead[:1] in (",", ";", ":") and lead:
        lead = lead[1:].lstrip()
    if not lead:
        return end, end
    last = end - len(piece) + len(body)
    return last - len(lead), last


def segment(text: str) -> tuple[list[Sentence], list[Clause]]:
    """Sentences and clauses of `text`, which must be lower-cased (features.read does)."""
    sentences = [Sentence(a, b) for a, b in _spans(text, _SENTENCE_BREAK, 0, len(text))]
    clauses: list[Clause] = []
    for index, sentence in enumerate(sentences):
        clauses += [Clause(a, b, index)
                    for a, b in _spans(text, _CLAUSE_BREAK, sentence.start, sentence.end)]
    return sentences, clauses


def fragment_starts(text: str, clause: Clause) -> list[int]:
    """Where the clause's fragments start (at commas and before and/or/but)."""
    return [f for f, _ in _spans(text, _FRAGMENT_BREAK, clause.start, clause.end)] or [
        clause.start]
