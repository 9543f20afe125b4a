"""Any OpenAI-compatible chat-completions server (Ollama, vLLM, hosted APIs): a request per paragraph.

Only this backend ever opens a network connection, and only to ``--llm-url``. The API key comes from
``SIMPLIFY_LLM_API_KEY`` (or ``OPENAI_API_KEY``) and is never recorded or printed.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Sequence
from itertools import groupby
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from simplify.backends.base import Backend
from simplify.backends.rules import RuleBackend
from simplify.backends.seq2seq import PROMPTS
from simplify.document import Rewrite, Sentence
from simplify.errors import UsageError
from simplify.profile import profile
from simplify.redact import api_key, redact, remember, secrets
from simplify.settings import Settings

PROMPT = "llm_system_v1"
MAX_ANSWER = 1024 * 1024
"""Largest answer read (bytes): a paragraph's rewrite is a few KiB; more is a broken or hostile server."""
DEFAULTS = {"llm_url": "http://127.0.0.1:11434/v1", "llm_timeout": "60", "llm_retries": "2"}
RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
BACKOFF = 0.5  # seconds before the first retry; doubles each time
WAY_OUT = "check --llm-url and that the server runs, or use --backend rules"


class AnswerError(ValueError):
    """The server answered, but not with one entry per sentence."""


class _Overdue(Exception):
    """The answer did not arrive whole within the timeout, or grew past MAX_ANSWER."""


def endpoint(url: str) -> str:
    """The chat-completions address for a base URL such as ``http://host:8000/v1``."""
    url = url.rstrip("/")
    return url if url.endswith("/chat/completions") else url + "/chat/completions"


def public_url(url: str) -> str:
    """``url`` without user name or password, for the settings record."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def parse_answer(content: str, ids: Sequence[int]) -> dict[int, list[str]]:
    """Map the model's JSON answer back to sentence ids; raises AnswerError if any id is missing."""
    text = re.sub(r"^```(?:json)?\s*|\s*```$", "", content.strip())
    start, end = text.find("{"), text.rfind("}")
    try:
        data = json.loads(text[start : end + 1]) if start >= 0 else None
    except json.JSONDecodeError as error:
        raise AnswerError(f"no valid JSON ({error.msg})") from error
    entries = data.get("sentences") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise AnswerError('no "sentences" list')
    found: dict[int, list[str]] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("lines"), list):
            continue
        try:
            key = int(entry.get("id"))
        except (TypeError, ValueError):
            continue
        found[key] = [str(line).strip() for line in entry["lines"] if str(line).strip()]
    missing = [i for i in ids if not found.get(i)]
    if missing:
        raise AnswerError(f"no lines for sentence(s) {missing}")
    return {i: found[i] for i in ids}


class LLMBackend(Backend):
    """``--backend llm``: rewrites each paragraph with one chat-completions request."""

    name = "llm"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        try:
            import httpx
        except ImportError as error:
            raise UsageError("--backend llm needs httpx: pip install 'simplify-de[llm]'") from error
        options = {**DEFAULTS, **settings.options}
        remember(options["llm_url"])
        self.url = endpoint(options["llm_url"])
        if urlsplit(self.url).scheme not in {"http", "https"}:
            raise UsageError(f"--llm-url must start with http:// or https://, got {options['llm_url']!r}")
        self.model = options.get("llm_model") or settings.model
        if not self.model:
            raise UsageError("--backend llm needs --llm-model NAME (the model name the server knows)")
        self.timeout = _number(options["llm_timeout"], "--llm-timeout")
        self.retries = int(_number(options["llm_retries"], "--llm-retries"))
        self.system = _system_prompt(settings.level)
        self._httpx = httpx
        headers = {"Content-Type": "application/json"}
        key = api_key()
        if key:
            headers["Authorization"] = f"Bearer {key}"
        self.client = httpx.Client(
            headers=headers, timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 5.0))
        )

    def rewrite(self, sentences: Sequence[Sentence]) -> list[Rewrite]:
        rewrites: list[Rewrite] = []
        for _block, group in groupby(sentences, key=lambda s: s.block_index):
            rewrites.extend(self._paragraph(list(group)))
        return rewrites

    def _paragraph(self, sentences: list[Sentence]) -> list[Rewrite]:
        """One request for one paragraph; an answer that does not map back is asked for once more."""
        ids = list(range(1, len(sentences) + 1))
        user = json.dumps(
            {"sentences": [{"id": i, "text": s.text} for i, s in zip(ids, sentences, strict=True)]},
            ensure_ascii=False,
        )
        problem = ""
        for _attempt in range(2):
            try:
                lines = parse_answer(_without_secrets(self._complete(user)), ids)
            except AnswerError as error:
                problem = str(error)
                continue
            marker = f"model:{self.model}"
            return [Rewrite(s, lines[i], [marker], self.name) for i, s in zip(ids, sentences, strict=True)]
        # Two unusable answers: the rule engine rewrites this paragraph, and the marker says why.
        logging.getLogger("simplify").warning(
            "LLM answer for paragraph %d unusable (%s): the rule engine rewrote it",
            sentences[0].block_index + 1,
            problem,
        )
        rewrites = RuleBackend(self.settings).rewrite(sentences)
        for rewrite in rewrites:
            rewrite.rules.append("llm-unusable-answer")
        return rewrites

    def _complete(self, user: str) -> str:
        """POST one chat-completions request with bounded retries and exponential backoff."""
        body = {
            "model": self.model,
            "temperature": 0,
            "messages": [{"role": "system", "content": self.system}, {"role": "user", "content": user}],
        }
        httpx = self._httpx
        attempt = 0
        while True:
            last = attempt >= self.retries
            try:
                status, text = self._post(body)
            except _Overdue as error:
                if last:
                    raise UsageError(
                        f"LLM server at {public_url(self.url)}: {error} ({attempt + 1} attempts; "
                        f"--llm-timeout {self.timeout:g} s counts for the whole answer): {WAY_OUT}"
                    ) from error
            except httpx.TimeoutException as error:
                if last:
                    raise UsageError(
                        f"LLM server at {public_url(self.url)} did not answer within {self.timeout:g} s "
                        f"({attempt + 1} attempts): raise --llm-timeout, {WAY_OUT}"
                    ) from error
            except httpx.TransportError as error:  # refused, reset, dropped mid-answer
                if last:
                    raise UsageError(
                        f"LLM server at {public_url(self.url)} is not reachable ({type(error).__name__}: "
                        f"{error or 'connection failed'}): {WAY_OUT}"
                    ) from error
            else:
                if status == 200:
                    return _content(text, self.url)
                if status not in RETRY_STATUS or last:
                    raise UsageError(_status_message(status, text, self.url))
            time.sleep(BACKOFF * 2**attempt)
            attempt += 1

    def _post(self, body: dict[str, Any]) -> tuple[int, str]:
        """Status and text of one answer, read whole within ``timeout`` seconds and MAX_ANSWER bytes
        (httpx's timeout counts per read: a server dripping a byte at a time would never time out)."""
        deadline = time.monotonic() + self.timeout
        chunks: list[bytes] = []
        size = 0
        with self.client.stream("POST", self.url, json=body) as response:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_ANSWER:
                    raise _Overdue(f"answer larger than {MAX_ANSWER // 1024} KiB")
                if time.monotonic() > deadline:
                    raise _Overdue(f"answer not complete within {self.timeout:g} s")
                chunks.append(chunk)
            return response.status_code, b"".join(chunks).decode(response.encoding or "utf-8", "replace")

    def describe(self) -> dict[str, str]:
        return {
            "backend": self.name,
            "llm_url": public_url(self.url),
            "llm_model": str(self.model),
            "prompt": PROMPT,
            "temperature": "0",
        }


def _number(value: str, flag: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if number < 0:
        raise UsageError(f"{flag} must be a number >= 0, got {value!r}")
    return number


def _system_prompt(level: str) -> str:
    text = (PROMPTS / f"{PROMPT}.md").read_text(encoding="utf-8")
    return text.replace("{level}", profile(level).name_dative)


def _without_secrets(content: str) -> str:
    """The answer, unless it repeats the API key or a password of the URL (then it is unusable)."""
    if any(secret in content for secret in secrets()):
        raise AnswerError("the answer repeats the API key or a password")
    return content


def _content(text: str, url: str) -> str:
    try:
        return str(json.loads(text)["choices"][0]["message"]["content"])
    except (ValueError, KeyError, IndexError, TypeError, RecursionError) as error:
        raise UsageError(f"the server at {public_url(url)} does not speak chat-completions") from error


def _status_message(status: int, text: str, url: str) -> str:
    hint = {
        401: "set SIMPLIFY_LLM_API_KEY to a valid key",
        403: "set SIMPLIFY_LLM_API_KEY to a key that may use this model",
        404: "check --llm-url (e.g. http://127.0.0.1:11434/v1) and --llm-model",
    }.get(status, WAY_OUT)
    detail = redact(" ".join(text.split()))[:200]
    return f"LLM server at {public_url(url)} answered HTTP {status} ({detail}): {hint}"
