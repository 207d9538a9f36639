"""What a person reads: terminal text, Markdown and HTML built from read models.

Views render; they never grade, write transcripts or read input. Text from a
candidate, a model or a file is cleaned (terminal) or escaped (Markdown, HTML)
here, at the point where it is shown.
"""
