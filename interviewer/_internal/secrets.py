"""Keep secrets out of every message: errors, notices and anything written to disk."""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit, urlunsplit

_KEY_SHAPE = re.compile(r"\b(sk-[A-Za-z0-9_-]{2})[A-Za-z0-9_-]{6,}")
# Servers are often given as http://admin:pass@host/v1?api-key=...: the user, the
# password and every query value are secrets wherever the URL is shown or saved.
_URL = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s<>\"']+")


def redact(text: str) -> str:
    """`text` with the API key in force, anything shaped like an OpenAI key, and the
    credentials and query values of any URL masked."""
    key = os.environ.get("OPENAI_API_KEY", "")
    if len(key) >= 6:
        text = text.replace(key, "***")
    text = _URL.sub(lambda m: safe_url(m.group(0)), text)
    return _KEY_SHAPE.sub(r"\1***", text)


def safe_url(url: str) -> str:
    """A URL as it may be shown or saved: no user or password, no query values."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "***"
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"***@{host}" if "@" in parts.netloc else host
    query = "&".join(f"{pair.split('=', 1)[0]}=***" if "=" in pair else pair
                     for pair in parts.query.split("&")) if parts.query else ""
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
