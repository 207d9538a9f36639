"""The bounds on what the project takes in, in one place.

Every number a user or a file can hand us is bounded where it comes in, so that
nothing downstream can overflow, loop for ever or fill the disk (issue 10). The
argument parser imports this module, so it imports nothing.
"""

from __future__ import annotations

MAX_TIME_LIMIT = 86_400  # seconds an answer: a day; far past it, thread timeouts overflow
MAX_ANSWER_WORDS = 4_000
MAX_ANSWER_CHARS = 200_000  # what the grader takes; about 33,000 words of prose
MAX_COUNT = 1_000_000  # any index or count in a transcript
MAX_SECONDS = 10_000_000.0  # an answer's duration: about four months
MAX_TIMESTAMP = 32_503_680_000.0  # 3000-01-01 UTC: a later time is damage, not a clock
MAX_JSON_DEPTH = 32  # the deepest event (a scorecard) nests 7 levels
MAX_TRANSCRIPT_BYTES = 256 * 2**20  # a thousand maximal answers, and then some
