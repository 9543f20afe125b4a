"""Nothing is sent anywhere unless `--backend llm` is chosen: the default run works with sockets blocked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # real subprocesses, servers or models

# Runs in a fresh interpreter: any attempt to open a network connection raises, then the default
# conversion runs and reports which heavy modules it imported.
PROGRAM = textwrap.dedent(
    """
    import json, socket, sys

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:80])
        raise OSError(101, "Network is unreachable (blocked by the test)")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    from simplify.cli import main

    code = main(json.loads(sys.argv[1]))
    loaded = sorted(m for m in ("torch", "transformers", "httpx", "huggingface_hub") if m in sys.modules)
    print(json.dumps({"code": code, "loaded": loaded, "attempts": attempts}), file=sys.stderr)
    """
)
RELEASE = "Die Stadt Lindenau eröffnet am 3. März 2026 ein neues Bürgerbüro.\n\nEs hat 12 Schalter."


def run_blocked(argv: list[str], **env: str) -> tuple[dict, subprocess.CompletedProcess]:
    """Run the CLI with ``argv`` in a fresh interpreter whose sockets refuse to connect."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "SIMPLIFY_", "OPENAI_"))}
    process = subprocess.run(
        [sys.executable, "-c", PROGRAM, json.dumps(argv)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**clean, **env},
        timeout=300,
    )
    return json.loads(process.stderr.strip().splitlines()[-1]), process


def test_default_conversion_needs_no_network(tmp_path):
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    report, process = run_blocked(["convert", "--format", "json", str(source)])
    assert report == {"code": 0, "loaded": [], "attempts": []}, process.stderr
    result = json.loads(process.stdout)
    assert result["settings"]["backend"] == "rules"
    assert result["settings"]["backend_requested"] == "auto"
    assert len(result["sentences"]) == 2


def test_fetch_offline_fails_at_once_without_trying_the_network():
    report, process = run_blocked(["models", "fetch", "DEplain/trimmed_mbart_sents_apa"], HF_HUB_OFFLINE="1")
    assert (report["code"], report["attempts"]) == (2, []), process.stderr
    assert "cannot fetch 'DEplain/trimmed_mbart_sents_apa': HF_HUB_OFFLINE is set" in process.stderr
    assert "Traceback" not in process.stderr


def test_fetch_fails_fast_when_the_hub_is_unreachable():
    pytest.importorskip("huggingface_hub")
    started = time.monotonic()
    report, process = run_blocked(["models", "fetch", "DEplain/trimmed_mbart_sents_apa"])
    assert report["code"] == 2, process.stderr
    assert "the Hugging Face hub is not reachable" in process.stderr and "docs/models.md" in process.stderr
    assert "Traceback" not in process.stderr
    assert time.monotonic() - started < 60  # one short probe, no minutes of retries


def test_a_hub_id_with_the_seq2seq_backend_contacts_nobody(tmp_path):
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    argv = ["convert", "--backend", "seq2seq", "--model", "DEplain/kein-solches-modell", str(source)]
    report, process = run_blocked(argv)
    assert (report["code"], report["attempts"]) == (2, []), process.stderr
    assert "not available offline" in process.stderr and "simplify models fetch" in process.stderr
