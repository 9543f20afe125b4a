"""Secrets never leave the process: what is recorded or printed passes through :func:`redact` first.

Secrets are the API key (``SIMPLIFY_LLM_API_KEY`` or ``OPENAI_API_KEY``), the user name and password of a
URL (``http://user:password@host/v1``), secrets in a URL's query (``?api_key=...``) and the value of an
``Authorization`` header (``Bearer ...``, ``Basic ...``), also when a server echoes them in an error body.
"""

from __future__ import annotations

import os
import re
from urllib.parse import unquote, urlsplit

__all__ = ["KEY_VARIABLES", "MASK", "api_key", "redact", "secrets"]

KEY_VARIABLES = ("SIMPLIFY_LLM_API_KEY", "OPENAI_API_KEY")
MASK = "***"
MIN_SECRET = 4
"""Shorter values are not searched for in text (a one-letter password would mask every such letter)."""

_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s@?#]+@")
_QUERY = re.compile(r"(?i)([?&](?:api[_\-]?key|key|token|access[_\-]?token|password|secret)=)[^&#\s]+")
_HEADER = re.compile(r"(?i)\b(bearer|basic)(\s+)[\w.~+/=\-]{4,}")
_known: set[str] = set()


def api_key() -> str | None:
    """The LLM API key from the environment, or None."""
    return next((os.environ[name] for name in KEY_VARIABLES if os.environ.get(name)), None)


def remember(url: str) -> None:
    """Treat the user name and password of ``url`` as secrets from now on (also when quoted)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return
    for value in (parts.username, parts.password):
        if value and len(value) >= MIN_SECRET:
            _known.update({value, unquote(value)})


def secrets() -> list[str]:
    """Every secret this process knows, longest first."""
    key = api_key()
    found = set(_known) | ({key} if key and len(key) >= MIN_SECRET else set())
    return sorted(found, key=len, reverse=True)


def redact(text: str) -> str:
    """``text`` with every secret masked: URL credentials, query secrets, header values, known keys."""
    text = _USERINFO.sub(rf"\1{MASK}@", text)
    text = _QUERY.sub(rf"\1{MASK}", text)
    text = _HEADER.sub(rf"\1\2{MASK}", text)
    for secret in secrets():
        text = text.replace(secret, MASK)
    return text
