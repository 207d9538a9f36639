"""Where a candidate meets a session: the prompt-toolkit terminal, an answers file, a stream.

Each front end is an answer source and an output for `interview.loop`; the
session behind them is the same.
"""
