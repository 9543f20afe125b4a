"""The analysis layer's speed-ups change nothing: SoMaJo's emoji pass skipped, HanTa's analyses stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from simplify import cache
from simplify.nlp import analysis

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

TEXTS = [
    "Die Stadt lädt ein: Am 3. Mai ab 10 Uhr gibt es Kuchen, Musik und Spiele für alle!",
    "Wir freuen uns 😀🎉 auf euch :-) und ♥‿♥ – bis bald 👍🏽 im Park.",
    "Familie 👨‍👩‍👧 am See 🇩🇪, Taste 1️⃣, Herz ❤️ und ☀ Sonne; Mail an info@stadt.de oder www.stadt.de.",
    "Text ohne Leerzeichen😀danach, ©2024 Stadt™ und ein ☎️-Zeichen.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_as_somajo_gives_them(text: str) -> None:
    from somajo import SoMaJo

    plain = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)
    expected = [
        [(t.text, t.token_class, bool(t.space_after)) for t in sentence]
        for sentence in plain.tokenize_text([text])
    ]
    assert analysis.split(text) == expected


def _converted(texts: list[str]) -> list[str]:
    """The JSON rendering of each text's conversion, every in-memory cache emptied first."""
    from simplify.document import Source
    from simplify.io.render import render_json
    from simplify.pipeline import Pipeline
    from simplify.rewrite.engine import simplify_sentence
    from simplify.settings import Settings

    analysis.clear_caches()
    simplify_sentence.cache_clear()
    pipeline = Pipeline(Settings())
    return [render_json(pipeline.run(Source(text))) for text in texts]


def test_stored_word_analyses_change_no_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """HanTa's analyses from the persistent store give the output of an uncached run, cold and warm."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("pressemitteilung*.txt"))]
    monkeypatch.setenv("SIMPLIFY_STORE", "off")
    uncached = _converted(texts)
    monkeypatch.setenv("SIMPLIFY_STORE", "on")
    monkeypatch.setenv("SIMPLIFY_CACHE_DIR", str(tmp_path))
    cold = _converted(texts)
    cache.store(analysis.store_name()).flush()
    warm = _converted(texts)
    assert [name.name for name in tmp_path.glob("hanta-*.sqlite")] == [f"{analysis.store_name()}.sqlite"]
    assert uncached == cold == warm


def test_reachability_as_hanta_computes_it() -> None:
    from HanTa import HanoverTagger

    original = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    tagger = analysis._tagger()
    assert (tagger.reachability, tagger.atomic_class) == (original.reachability, original.atomic_class)
