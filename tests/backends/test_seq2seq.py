"""The seq2seq backend with tiny T5, mT5, BART and mBART models built here, loaded through `--model PATH`.

The models have random weights, so their outputs are noise: the tests check the plumbing (loading, batching,
language codes, prompts, settings record, error messages), not the quality of a rewrite.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from simplify.cli import main
from tests.conftest import run_cli

pytestmark = pytest.mark.slow  # real subprocesses, servers or models

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

FAMILIES = ("t5", "mt5", "bart", "mbart")
# Our own sentences, enough for a tokenizer of about a hundred pieces.
CORPUS = (
    "Die Stadt baut eine neue Schule am Marktplatz.",
    "Die Kinder lernen dort ab dem Sommer.",
    "Das Bürgerbüro hat 12 Schalter und ist am Montag geöffnet.",
    "Die Bürgermeisterin sagt: Wir freuen uns auf Ihren Besuch.",
    "Fragen beantwortet das Team im Rathaus.",
)
RELEASE = "Die Stadt baut eine neue Schule.\n\nDie Kinder lernen dort ab dem Sommer. Das Team freut sich."
SMALL_T5 = {"d_model": 32, "d_ff": 64, "num_layers": 1, "num_decoder_layers": 1, "num_heads": 2, "d_kv": 16}
SMALL_BART = {
    "d_model": 32,
    "encoder_layers": 1,
    "decoder_layers": 1,
    "encoder_attention_heads": 2,
    "decoder_attention_heads": 2,
    "encoder_ffn_dim": 64,
    "decoder_ffn_dim": 64,
    "max_position_embeddings": 128,
    "init_std": 0.5,  # with the default 0.02 a tiny random BART ignores its input
}


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def _unigram(special: list[str]) -> list[tuple[str, float]]:
    trained = tokenizers.Tokenizer(tokenizers.models.Unigram())
    trained.pre_tokenizer = tokenizers.pre_tokenizers.Metaspace()
    trainer = tokenizers.trainers.UnigramTrainer(vocab_size=150, special_tokens=special, unk_token="<unk>")
    trained.train_from_iterator(CORPUS, trainer)
    return [tuple(piece) for piece in json.loads(trained.to_str())["model"]["vocab"]]


def _byte_bpe() -> tuple[dict[str, int], list[tuple[str, str]]]:
    byte_level = tokenizers.pre_tokenizers.ByteLevel
    trained = tokenizers.Tokenizer(tokenizers.models.BPE())
    trained.pre_tokenizer = byte_level(add_prefix_space=False)
    trainer = tokenizers.trainers.BpeTrainer(
        vocab_size=300,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
        initial_alphabet=byte_level.alphabet(),
    )
    trained.train_from_iterator(CORPUS, trainer)
    model = json.loads(trained.to_str())["model"]
    return model["vocab"], [tuple(pair) for pair in model["merges"]]


def build_tiny(family: str, folder: Path, *, seed: int = 0) -> Path:
    """Save a tiny random model of ``family`` and a tokenizer trained on CORPUS to ``folder``."""
    if family in {"t5", "mt5"}:
        tokenizer = transformers.T5Tokenizer(vocab=_unigram(["<pad>", "</s>", "<unk>"]), extra_ids=0)
        config_class = transformers.T5Config if family == "t5" else transformers.MT5Config
        config = config_class(vocab_size=len(tokenizer), decoder_start_token_id=0, **SMALL_T5)
    elif family == "bart":
        vocab, merges = _byte_bpe()
        tokenizer = transformers.BartTokenizer(vocab=vocab, merges=merges)
        config = transformers.BartConfig(vocab_size=len(tokenizer), **SMALL_BART)
    else:
        vocab = _unigram(["<s>", "<pad>", "</s>", "<unk>"])
        tokenizer = transformers.MBartTokenizer(vocab=vocab, src_lang="de_DE", tgt_lang="de_DE")
        config = transformers.MBartConfig(vocab_size=len(tokenizer), **SMALL_BART)
    torch.manual_seed(seed)
    model = transformers.AutoModelForSeq2SeqLM.from_config(config)
    with torch.no_grad():  # small embeddings: otherwise a random model just repeats its start token
        model.get_input_embeddings().weight.mul_(0.05)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    transformers.utils.logging.disable_progress_bar()
    root = tmp_path_factory.mktemp("tiny-models")
    return {family: build_tiny(family, root / family) for family in FAMILIES}


def convert_json(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> tuple[int, dict, str]:
    """Run `simplify convert --format json` in-process on RELEASE; (exit code, JSON or {}, stderr)."""
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    code = main(["convert", str(source), "--format", "json", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else {}), err


@pytest.mark.parametrize("family", FAMILIES)
def test_cli_runs_each_family_from_a_folder(family, tiny, capsys, tmp_path):
    code, result, _err = convert_json(capsys, tmp_path, "--backend", "seq2seq", "--model", str(tiny[family]))
    assert code == 0
    settings = result["settings"]
    assert (settings["backend"], settings["model"], settings["model_family"]) == (
        "seq2seq",
        str(tiny[family]),
        family,
    )
    assert settings["device"] == "cpu"
    assert "num_beams=1" in settings["generation"] and "do_sample=False" in settings["generation"]
    assert len(result["sentences"]) == 3
    for sentence in result["sentences"]:
        assert sentence["output"], sentence
        # the model marker, then the post-processing's rule ids; or the guard's fallback
        assert sentence["rules"][0] == f"model:{tiny[family]}" or sentence["rules"] == ["guard-fallback"]


@pytest.mark.parametrize("family", FAMILIES)
def test_batched_generation_equals_one_sentence_at_a_time(family, tiny):
    from simplify.backends.seq2seq import Seq2SeqBackend
    from simplify.settings import Settings

    folder = tiny[family]
    options = {"max_length": "10", "batch_size": "2"}
    backend = Seq2SeqBackend(Settings(backend="seq2seq", model=str(folder), options=options))
    texts = [*CORPUS, "Schule.", "Die Stadt baut am Marktplatz eine neue Schule für die Kinder aus dem Ort."]
    tokenizer = transformers.AutoTokenizer.from_pretrained(folder)
    model = transformers.AutoModelForSeq2SeqLM.from_pretrained(folder).eval()
    extra = {"forced_bos_token_id": tokenizer.convert_tokens_to_ids("de_DE")} if family == "mbart" else {}
    expected = []
    for text in texts:
        with torch.no_grad():
            ids = model.generate(
                **tokenizer(text, return_tensors="pt"), max_new_tokens=10, do_sample=False, **extra
            )
        expected.append(tokenizer.decode(ids[0], skip_special_tokens=True).strip())
    assert len(set(expected)) >= 2  # the outputs depend on the input, so the comparison means something
    assert backend.generate(texts) == expected


def test_mbart_reads_and_writes_german(tiny):
    from simplify.backends.seq2seq import Seq2SeqBackend
    from simplify.settings import Settings

    backend = Seq2SeqBackend(Settings(backend="seq2seq", model=str(tiny["mbart"])))
    german = backend.tokenizer.convert_tokens_to_ids("de_DE")
    assert backend.generation["forced_bos_token_id"] == german
    assert backend.tokenizer("Die Stadt baut.")["input_ids"][-2:] == [backend.tokenizer.eos_token_id, german]
    encoded = backend.tokenizer(["Die Stadt baut."], return_tensors="pt")
    with torch.inference_mode():
        generated = backend.model.generate(**encoded, **backend.generation)
    assert generated[0, 1].item() == german  # after the decoder start token comes the language code


def test_auto_uses_a_local_model_and_says_so(tiny, capsys, tmp_path):
    code, result, _err = convert_json(capsys, tmp_path, "--model", str(tiny["t5"]))
    assert code == 0
    settings = result["settings"]
    assert (settings["backend"], settings["backend_requested"]) == ("seq2seq", "auto")
    assert settings["backend_reason"] == "model found on this machine"


def test_auto_falls_back_to_rules_when_the_model_is_missing(capsys, caplog, tmp_path):
    code, result, _err = convert_json(capsys, tmp_path, "--model", str(tmp_path / "no-such-model"))
    assert code == 0
    settings = result["settings"]
    assert (settings["backend"], settings["backend_requested"]) == ("rules", "auto")
    assert "no-such-model" in settings["backend_reason"]
    assert "--backend auto uses the rule engine" in caplog.text
    assert {s["backend"] for s in result["sentences"]} == {"rules"}


def test_instruction_tuned_models_get_the_prompt(tiny, tmp_path):
    from simplify.backends.seq2seq import Seq2SeqBackend, load_prompt
    from simplify.settings import Settings

    flan = build_tiny("t5", tmp_path / "flan-t5-tiny")
    backend = Seq2SeqBackend(Settings(backend="seq2seq", model=str(flan)))
    assert backend.prompt_name == "seq2seq_instruction_v1"
    assert backend.template == load_prompt("seq2seq_instruction_v1")
    plain = Seq2SeqBackend(Settings(backend="seq2seq", model=str(flan), options={"prompt": "none"}))
    assert (plain.prompt_name, plain.template) == ("none", "{text}")
    assert Seq2SeqBackend(Settings(backend="seq2seq", model=str(tiny["t5"]))).prompt_name == "none"


@pytest.mark.parametrize(
    ("text", "block", "expected"),
    [
        ("Die Stadt baut. Die Kinder lernen.", "paragraph", ["Die Stadt baut.", "Die Kinder lernen."]),
        ("Am 3. März 2026 beginnt der Bau.", "paragraph", ["Am 3. März 2026 beginnt der Bau."]),
        ("Die Stadt baut eine Schule", "paragraph", ["Die Stadt baut eine Schule"]),
        ("Neue Schule. Neuer Platz.", "heading", ["Neue Schule. Neuer Platz."]),
        ("  ", "paragraph", []),
    ],
)
def test_model_output_is_one_sentence_per_line(text, block, expected):
    from simplify.backends.seq2seq import split_sentences
    from simplify.document import Sentence

    assert split_sentences(text, Sentence("Quelle.", (), block, 0)) == expected


def _error(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> str:
    code, _result, err = convert_json(capsys, tmp_path, "--backend", "seq2seq", *args)
    assert code == 2
    return err


def test_missing_folder_names_the_model_and_the_way_out(capsys, tmp_path):
    err = _error(capsys, tmp_path, "--model", str(tmp_path / "nirgends"))
    assert "nirgends" in err and "--model PATH" in err and "--backend rules" in err


def test_folder_without_config(capsys, tmp_path):
    (tmp_path / "leer").mkdir()
    err = _error(capsys, tmp_path, "--model", str(tmp_path / "leer"))
    assert "has no config.json" in err and "--backend rules" in err


def test_decoder_only_model_is_refused(capsys, tmp_path):
    folder = tmp_path / "gpt2-tiny"
    config = transformers.GPT2Config(n_embd=16, n_layer=1, n_head=2, vocab_size=50, n_positions=32)
    transformers.GPT2LMHeadModel(config).save_pretrained(folder)
    err = _error(capsys, tmp_path, "--model", str(folder))
    assert "'gpt2' model, not encoder-decoder" in err and "--backend llm" in err


def test_seq2seq_needs_a_model(capsys, tmp_path):
    assert "--backend seq2seq needs --model" in _error(capsys, tmp_path)


def test_uncached_hub_id_fails_offline_with_exit_2():
    result = run_cli(
        "convert", "--backend", "seq2seq", "--model", "DEplain/kein-solches-modell", stdin="Die Stadt baut."
    )
    assert result.returncode == 2
    assert "DEplain/kein-solches-modell" in result.stderr
    assert "not available offline" in result.stderr and "simplify models fetch" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_carried_cache_works_offline(tiny, tmp_path, monkeypatch, capsys):
    """The offline story of docs/models.md: a cache folder copied from another machine is found by hub id."""
    from huggingface_hub import constants

    model_id = "DEplain/mt5-DEplain-APA"  # listed by `simplify models`; here a tiny stand-in
    cache = tmp_path / "hub"
    repo = cache / "models--DEplain--mt5-DEplain-APA"
    commit = "0" * 40
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit, encoding="utf-8")
    snapshot = repo / "snapshots" / commit
    shutil.copytree(tiny["mt5"], snapshot)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))

    assert main(["models", "--format", "json"]) == 0
    listed = {row["id"]: row["cached"] for row in json.loads(capsys.readouterr().out)}
    assert listed[model_id] == str(snapshot)
    assert listed["DEplain/trimmed_mbart_sents_apa"] == "no"
    code, result, _err = convert_json(capsys, tmp_path, "--model", model_id)
    assert code == 0
    assert (result["settings"]["backend"], result["settings"]["model_family"]) == ("seq2seq", "mt5")


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("Vereinfache:", "has no {text} placeholder"),
        ("Vereinfache {satz}: {text}", "may use only {text} and {level}"),
    ],
)
def test_own_prompt_files_are_checked(tmp_path, template, message):
    from simplify.backends.seq2seq import load_prompt
    from simplify.errors import UsageError

    path = tmp_path / "mein_prompt.txt"
    path.write_text(template, encoding="utf-8")
    with pytest.raises(UsageError, match=re.escape(message)):
        load_prompt(str(path))


def test_generation_options_are_recorded(tiny):
    from simplify.backends.seq2seq import Seq2SeqBackend
    from simplify.settings import Settings

    options = {"beams": "3", "max_length": "5", "sample": "yes", "device": "cpu"}
    backend = Seq2SeqBackend(Settings(backend="seq2seq", model=str(tiny["bart"]), options=options))
    assert backend.describe()["generation"] == "do_sample=True, max_new_tokens=5, num_beams=3"
