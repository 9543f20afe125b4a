"""Model output that loses a fact is replaced by the rule engine's sentence and flagged `guard-fallback`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simplify.cli import main
from tests.backends.test_llm import answer, server  # noqa: F401  (server is a fixture)

pytestmark = pytest.mark.slow  # real subprocesses, servers or models

RELEASE = "Das Bürgerbüro hat ab Montag 12 Schalter. Die Stadt freut sich."


def convert(capsys, tmp_path: Path, *args: str) -> dict:
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    assert main(["convert", str(source), "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_llm_that_drops_a_number_is_replaced_by_the_rule_engine(server, capsys, tmp_path):  # noqa: F811
    url, script = server
    script.steps = [
        ("json", answer(["Das Bürgerbüro hat ab Montag viele Schalter."], ["Die Stadt ist froh."]))
    ]
    rules = convert(capsys, tmp_path, "--backend", "rules")
    result = convert(capsys, tmp_path, "--backend", "llm", "--llm-url", url, "--llm-model", "vergesslich")
    dropped, kept = result["sentences"]
    assert dropped["rules"] == ["guard-fallback"]
    assert dropped["output"] == rules["sentences"][0]["output"]
    assert any("12" in line for line in dropped["output"])
    assert dropped["facts"]["missing"] == []
    assert kept["output"] == ["Die Stadt ist froh."]
    assert kept["rules"] == ["model:vergesslich"]


def test_seq2seq_model_that_drops_a_number_is_replaced(capsys, tmp_path, monkeypatch):
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("torch")
    from tests.backends.test_seq2seq import build_tiny

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    transformers.utils.logging.disable_progress_bar()
    folder = build_tiny("bart", tmp_path / "bart-ohne-zahlen")
    model = transformers.AutoModelForSeq2SeqLM.from_pretrained(folder)
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder)
    letter = tokenizer.convert_tokens_to_ids("a")
    model.final_logits_bias[0, letter] = 1e4  # the model only ever writes "aaaa...": the 12 is lost
    model.save_pretrained(folder)
    rules = convert(capsys, tmp_path, "--backend", "rules")
    result = convert(capsys, tmp_path, "--backend", "seq2seq", "--model", str(folder), "--max-length", "6")
    first = result["sentences"][0]
    assert first["rules"] == ["guard-fallback"]
    assert first["output"] == rules["sentences"][0]["output"]
    assert any("12" in line for line in first["output"])


def test_llm_that_invents_a_number_or_name_is_replaced(server, capsys, tmp_path):  # noqa: F811
    url, script = server
    script.steps = [
        (
            "json",
            answer(
                ["Das Bürgerbüro hat ab Montag 12 Schalter und 30 Stühle."],
                ["Bürgermeister Otto Krause freut sich."],
            ),
        )
    ]
    rules = convert(capsys, tmp_path, "--backend", "rules")
    result = convert(capsys, tmp_path, "--backend", "llm", "--llm-url", url, "--llm-model", "erfinderisch")
    assert [s["rules"] for s in result["sentences"]] == [["guard-fallback"], ["guard-fallback"]]
    assert [s["output"] for s in result["sentences"]] == [s["output"] for s in rules["sentences"]]


def test_invented_facts() -> None:
    from simplify.guard import invented

    assert invented("Die Stadt hat vier Schalter.", "Die Stadt hat 4 Schalter.") == []
    assert invented("Die Stadt hat vier Schalter.", "Die Stadt hat 5 Schalter.") == ["5"]
    assert invented("Anmeldung bis 3. Mai.", "Anmeldung bis 3. Mai unter info@stadt.example.") == [
        "info@stadt.example"
    ]
    assert invented("Das Fest ist am Samstag.", "Das Fest in Lindenau ist am Samstag.") == ["Lindenau"]
