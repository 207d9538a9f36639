"""Saved sessions: the transcript's events, the append-only store, and the one read model.

A transcript is the truth about a session. `events` defines what is written,
`store` writes and reads files, `record` answers every question a reader asks of
a saved session (the answers, the question each answered, the grade in force),
and `scorecard`/`verdicts` derive the end-of-session judgement from it. This
package knows nothing of terminals, models or the live interview.
"""
