"""Keep secrets out of every message: errors, notices and anything written to disk."""

from __future__ import annotations

import os
import re

_KEY_SHAPE = re.compile(r"\b(sk-[A-Za-z0-9_-]{2})[A-Za-z0-9_-]{6,}")


def redact(text: str) -> str:
    """`text` with the API key in force, and anything shaped like an OpenAI key, masked."""
    key = os.environ.get("OPENAI_API_KEY", "")
    if len(key) >= 6:
        text = text.replace(key, "***")
    return _KEY_SHAPE.sub(r"\1***", text)
