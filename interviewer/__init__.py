"""interviewer: a mock interviewer for integration roles, with an evidence-based grader."""

__version__ = "0.1.0"
