"""Grading one reply: evidence in, flags out. Knows nothing of interviews."""
