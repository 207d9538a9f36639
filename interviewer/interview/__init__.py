"""The live interview without a terminal: state, the policy, the session, resume, the loop.

`policy.decide` chooses what the interviewer does next (pure); `state` holds
what a session knows and changes only by applying transcript events; `session`
writes each event and applies it, so a resumed session replays the same code.
Front ends drive it through `loop`; `slash` is the one registry of commands.
"""
