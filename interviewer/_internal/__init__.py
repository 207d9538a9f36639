"""Private infrastructure: text handling, secrets masking, bounds on input, a bounded pool.

Nothing here knows about interviews or grades; every other package may use it,
and it imports nothing of the rest of `interviewer`. Not a public API.
"""
