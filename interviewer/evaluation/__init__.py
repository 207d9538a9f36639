"""Grading in bulk: labelled datasets and agreement per flag, and regrading saved sessions.

Graders come in as callables; nothing here chooses a provider or prints.
"""
