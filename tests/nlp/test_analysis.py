"""The analysis layer's speed-ups change nothing: SoMaJo without its emoji pass on emoji-free tokens."""

from __future__ import annotations

import pytest

from simplify.nlp import analysis

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
