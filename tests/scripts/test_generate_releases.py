"""Tests for evaluation/generate_releases.py, the generator of fictional benchmark releases."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "evaluation" / "generate_releases.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_releases", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load()


@pytest.fixture(scope="module")
def releases() -> list[str]:
    return gen.generate(300, seed=7)


def test_same_seed_same_texts() -> None:
    assert gen.generate(25, seed=3) == gen.generate(25, seed=3)


def test_other_seed_other_texts() -> None:
    assert gen.generate(10, seed=1) != gen.generate(10, seed=2)


def test_release_depends_only_on_seed_and_index() -> None:
    assert gen.generate(12, seed=5)[:4] == gen.generate(4, seed=5)


@pytest.mark.parametrize("n", [0, 1, 17])
def test_n_respected(n: int) -> None:
    assert len(gen.generate(n)) == n


def test_negative_n_rejected() -> None:
    with pytest.raises(ValueError, match="n must be >= 0, got -1"):
        gen.generate(-1)


def test_texts_are_distinct(releases: list[str]) -> None:
    assert len(set(releases)) == len(releases)


def test_word_count_in_range(releases: list[str]) -> None:
    counts = [len(text.split()) for text in releases]
    assert min(counts) >= gen.MIN_WORDS
    assert max(counts) <= gen.MAX_WORDS


def test_no_unfilled_slots(releases: list[str]) -> None:
    assert not [text for text in releases if "{" in text or "}" in text]


def test_shape_headline_paragraphs(releases: list[str]) -> None:
    for text in releases:
        blocks = text.rstrip("\n").split("\n\n")
        assert len(blocks) >= 4
        assert not blocks[0].endswith("."), blocks[0]
        dateline = r"[A-ZÄÖÜ][\w -]+, \d{1,2}\. [A-ZÄ][a-zä]+ \d{4}\. "
        assert any(re.match(dateline, block) for block in blocks[1:3]), blocks[:3]


def test_contact_block_sometimes(releases: list[str]) -> None:
    with_contact = [text for text in releases if "\nKontakt:\n" in text]
    assert 0 < len(with_contact) < len(releases)
    for text in with_contact:
        block = text.rstrip("\n").split("\n\n")[-1].splitlines()
        assert block[0] == "Kontakt:"
        assert block[3].startswith("Telefon: 0")
        assert re.fullmatch(r"E-Mail: presse@[a-z-]+\.example", block[4])


def test_texts_are_german() -> None:
    langdetect = pytest.importorskip("langdetect")
    langdetect.DetectorFactory.seed = 0
    for text in gen.generate(20, seed=11):
        assert langdetect.detect(text) == "de"


def test_cli_writes_files(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "3", str(tmp_path / "out"), "--seed", "4"],
        capture_output=True,
        text=True,
        check=True,
    )
    files = sorted((tmp_path / "out").iterdir())
    assert [f.name for f in files] == ["release_0000.txt", "release_0001.txt", "release_0002.txt"]
    assert [f.read_text(encoding="utf-8") for f in files] == gen.generate(3, seed=4)
    assert "wrote 3 releases" in done.stderr


def test_importable_via_sys_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(SCRIPT.parent))
    monkeypatch.delitem(sys.modules, "generate_releases", raising=False)
    import generate_releases

    assert generate_releases.generate(2, seed=9) == gen.generate(2, seed=9)
