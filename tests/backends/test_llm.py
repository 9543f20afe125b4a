"""The LLM backend against a local chat-completions server on 127.0.0.1 with scripted behaviour."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simplify.cli import main

pytestmark = pytest.mark.slow  # real subprocesses, servers or models

pytest.importorskip("httpx")

RELEASE = "Die Stadt baut eine neue Schule. Sie hat 12 Räume.\n\nDer Bau beginnt im Mai."
KEY = "geheim-123"


def answer(*entries: list[str]) -> dict:
    """A chat-completions reply whose content maps sentence ids 1..n to the given lines."""
    content = {"sentences": [{"id": i, "lines": lines} for i, lines in enumerate(entries, start=1)]}
    return {
        "choices": [{"message": {"role": "assistant", "content": json.dumps(content, ensure_ascii=False)}}]
    }


@dataclass
class Script:
    """What the server does for each request, in order: ("json", body) | ("slow", s) | ("status", n) | ("drop",)."""

    steps: list[tuple] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)


class Handler(BaseHTTPRequestHandler):
    script: Script

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.script.requests.append(
            {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
        )
        step = self.script.steps.pop(0) if self.script.steps else ("status", 500)
        if step[0] == "drop":
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if step[0] == "slow":
            time.sleep(step[1])
            step = ("json", answer(*[["Zu spät."]] * 3))
        status, payload = (200, step[1]) if step[0] == "json" else (step[1], {"error": "scripted"})
        if step[0] == "echo":  # an error body that quotes the request's Authorization header
            payload = {"error": f"invalid header Authorization: {self.headers.get('Authorization')}"}
        data = json.dumps(payload).encode() if step[0] != "huge" else b" " * step[2]
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if step[0] == "drip":  # ("drip", 200, payload, seconds per byte)
                for byte in data:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(step[3])
            else:
                self.wfile.write(data)
        except OSError:  # the client gave up (timeout test)
            pass


@pytest.fixture
def server() -> Iterator[tuple[str, Script]]:
    script = Script()
    handler = type("ScriptedHandler", (Handler,), {"script": script})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", script
    httpd.shutdown()
    httpd.server_close()


def convert(capsys, tmp_path: Path, url: str, *args: str) -> tuple[int, dict, str]:
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    argv = ["convert", str(source), "--format", "json", "--backend", "llm", "--llm-url", url]
    code = main([*argv, "--llm-model", "test-modell", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else {}), out + err


def test_one_request_per_paragraph_mapped_back_to_sentences(server, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SIMPLIFY_LLM_API_KEY", KEY)
    url, script = server
    script.steps = [
        (
            "json",
            answer(["Die Stadt baut eine Schule.", "Die Schule ist neu."], ["Die Schule hat 12 Räume."]),
        ),
        ("json", answer(["Im Mai fängt der Bau an."])),
    ]
    code, result, output = convert(capsys, tmp_path, url)
    assert code == 0
    assert [s["output"] for s in result["sentences"]] == [
        ["Die Stadt baut eine Schule.", "Die Schule ist neu."],
        ["Die Schule hat 12 Räume."],
        ["Im Mai fängt der Bau an."],
    ]
    assert {s["backend"] for s in result["sentences"]} == {"llm"}
    assert [r["path"] for r in script.requests] == ["/v1/chat/completions"] * 2
    first = script.requests[0]["body"]
    assert first["model"] == "test-modell" and first["temperature"] == 0
    assert first["messages"][0]["role"] == "system" and "Leichte Sprache" in first["messages"][0]["content"]
    assert json.loads(first["messages"][1]["content"]) == {
        "sentences": [
            {"id": 1, "text": "Die Stadt baut eine neue Schule."},
            {"id": 2, "text": "Sie hat 12 Räume."},
        ]
    }
    assert script.requests[0]["auth"] == f"Bearer {KEY}"
    settings = result["settings"]
    assert (settings["backend"], settings["llm_model"], settings["llm_url"]) == (
        "llm",
        "test-modell",
        url + "/chat/completions",
    )
    assert KEY not in output  # the key is sent to the server only


def test_a_fenced_json_answer_is_accepted(server, capsys, tmp_path):
    url, script = server
    fenced = "```json\n" + answer(["A."], ["B 12."])["choices"][0]["message"]["content"] + "\n```"
    script.steps = [
        ("json", {"choices": [{"message": {"content": fenced}}]}),
        ("json", answer(["Im Mai fängt der Bau an."])),
    ]
    code, result, _ = convert(capsys, tmp_path, url)
    assert code == 0
    assert result["sentences"][1]["output"] == ["B 12."]


def test_server_error_is_retried(server, capsys, tmp_path):
    url, script = server
    script.steps = [("status", 503), ("json", answer(["A."], ["B 12."])), ("drop",), ("json", answer(["C."]))]
    code, result, _ = convert(capsys, tmp_path, url, "--llm-retries", "1")
    assert code == 0
    assert [s["output"] for s in result["sentences"]] == [["A."], ["B 12."], ["C."]]
    assert len(script.requests) == 4


def test_slow_answer_times_out_with_exit_2(server, capsys, tmp_path):
    url, script = server
    script.steps = [("slow", 1.0)]
    code, _, output = convert(capsys, tmp_path, url, "--llm-timeout", "0.3", "--llm-retries", "0")
    assert code == 2
    assert "did not answer within 0.3 s" in output and "--backend rules" in output


def test_error_status_is_reported_with_a_hint(server, capsys, tmp_path):
    url, script = server
    script.steps = [("status", 401)]
    code, _, output = convert(capsys, tmp_path, url)
    assert code == 2
    assert "answered HTTP 401" in output and "SIMPLIFY_LLM_API_KEY" in output
    assert len(script.requests) == 1  # a client error is not retried


def test_dropped_connection_without_retries(server, capsys, tmp_path):
    url, script = server
    script.steps = [("drop",)]
    code, _, output = convert(capsys, tmp_path, url, "--llm-retries", "0")
    assert code == 2
    assert "is not reachable" in output and "--llm-url" in output


def test_server_down_fails_fast_with_exit_2(capsys, tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    code, _, output = convert(capsys, tmp_path, f"http://127.0.0.1:{port}/v1", "--llm-retries", "1")
    assert code == 2
    assert f"127.0.0.1:{port}" in output and "is not reachable" in output and "--backend rules" in output
    assert "Traceback" not in output
    assert time.monotonic() - started < 60  # bounded retries, not minutes


def test_unusable_answers_fall_back_to_the_rule_engine(server, capsys, caplog, tmp_path):
    url, script = server
    script.steps = [
        ("json", {"choices": [{"message": {"content": "Gern! Hier ist der Text."}}]}),
        ("json", answer(["Nur ein Satz."])),  # two sentences asked, one answered
        ("json", answer(["Im Mai fängt der Bau an."])),
    ]
    code, result, _ = convert(capsys, tmp_path, url)
    assert code == 0
    first, second, third = result["sentences"]
    assert first["backend"] == second["backend"] == "rules"
    assert "llm-unusable-answer" in first["rules"] + second["rules"] or "guard-fallback" in second["rules"]
    assert third["output"] == ["Im Mai fängt der Bau an."]
    assert "unusable" in caplog.text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '{"sentences": [{"id": 1, "lines": ["A."]}, {"id": 2, "lines": ["B.", "C."]}]}',
            {1: ["A."], 2: ["B.", "C."]},
        ),
        (
            'Hier: {"sentences": [{"id": "2", "lines": ["B."]}, {"id": 1, "lines": [" A. "]}]}',
            {1: ["A."], 2: ["B."]},
        ),
    ],
)
def test_parse_answer(content, expected):
    from simplify.backends.llm import parse_answer

    assert parse_answer(content, [1, 2]) == expected


@pytest.mark.parametrize(
    "content",
    [
        "kein JSON",
        '{"sentences": {}}',
        '{"sentences": [{"id": 1, "lines": ["A."]}]}',
        '{"sentences": [{"id": 1}',
    ],
)
def test_parse_answer_refuses_what_does_not_map(content):
    from simplify.backends.llm import AnswerError, parse_answer

    with pytest.raises(AnswerError):
        parse_answer(content, [1, 2])


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1/chat/completions"),
        ("http://host:8000/v1/", "http://host:8000/v1/chat/completions"),
        ("https://api.example.org/v1/chat/completions", "https://api.example.org/v1/chat/completions"),
    ],
)
def test_endpoint(url, expected):
    from simplify.backends.llm import endpoint

    assert endpoint(url) == expected


def test_credentials_in_the_url_are_not_recorded():
    from simplify.backends.llm import public_url

    assert public_url("http://nutzer:passwort@host:8000/v1") == "http://host:8000/v1"


def test_llm_options_need_the_llm_backend(capsys, tmp_path):
    code, _, output = convert(capsys, tmp_path, "http://127.0.0.1:1/v1", "--backend", "rules")
    assert code == 2
    assert "--llm-url, --llm-model not used here" in output


@given(
    st.lists(
        st.lists(st.text(min_size=1).filter(lambda s: s == s.strip() and s.strip()), min_size=1, max_size=3),
        min_size=1,
        max_size=5,
    )
)
def test_any_well_formed_answer_maps_back_exactly(entries):
    from simplify.backends.llm import parse_answer

    content = answer(*entries)["choices"][0]["message"]["content"]
    ids = list(range(1, len(entries) + 1))
    assert parse_answer(content, ids) == dict(zip(ids, entries, strict=True))


def test_a_dripping_answer_is_cut_off_at_the_timeout(server, capsys, tmp_path):
    url, script = server
    script.steps = [("drip", 200, answer(["A."], ["B 12."]), 0.05)]
    started = time.monotonic()
    code, _, output = convert(capsys, tmp_path, url, "--llm-timeout", "0.5", "--llm-retries", "0")
    assert code == 2
    assert "not complete within 0.5 s" in output and "Traceback" not in output
    assert time.monotonic() - started < 30


def test_a_huge_answer_is_not_read_whole(server, capsys, tmp_path):
    url, script = server
    script.steps = [("huge", 200, 8 * 1024 * 1024)]
    code, _, output = convert(capsys, tmp_path, url, "--llm-retries", "0")
    assert code == 2
    assert "answer larger than 1024 KiB" in output


def test_credentials_in_the_url_are_masked_everywhere(server, capsys, tmp_path):
    url, script = server
    secret_url = url.replace("http://", "http://nutzer:Passwort-Geheim@")
    script.steps = [("json", answer(["A."], ["B 12."])), ("json", answer(["C."]))]
    report = tmp_path / "bericht.html"
    code, result, output = convert(capsys, tmp_path, secret_url, "--report", str(report))
    assert code == 0
    assert "Passwort-Geheim" not in output + report.read_text(encoding="utf-8")
    assert "Passwort-Geheim" not in json.dumps(result)
    assert script.requests[0]["auth"].startswith("Basic ")  # the server still gets the credentials


def test_an_error_body_that_echoes_the_key_is_masked(server, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SIMPLIFY_LLM_API_KEY", "sk-OhneZiffernGeheim")
    url, script = server
    script.steps = [("echo", 401)]
    code, _, output = convert(capsys, tmp_path, url)
    assert code == 2
    assert "answered HTTP 401" in output and "OhneZiffernGeheim" not in output and "***" in output


def test_an_answer_that_repeats_the_key_is_not_used(server, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SIMPLIFY_LLM_API_KEY", "OhneZiffernGeheim")
    url, script = server
    leaked = answer(["Der Schlüssel ist OhneZiffernGeheim."], ["B 12."])
    script.steps = [("json", leaked), ("json", leaked), ("json", answer(["C."]))]
    code, result, output = convert(capsys, tmp_path, url)
    assert code == 0
    assert "OhneZiffernGeheim" not in output
    assert "llm-unusable-answer" in result["sentences"][0]["rules"]
