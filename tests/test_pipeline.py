"""The public API: simplify_text, Pipeline and the settings record of every result."""

from __future__ import annotations

import simplify
from simplify import Pipeline, Settings, simplify_text
from simplify.document import Source


def test_simplify_text_returns_one_unit_per_line() -> None:
    text = "Neue Bänke\n\nDie Stadt stellt Bänke auf. Sie sind aus Holz."
    assert simplify_text(text).splitlines() == [
        "Neue Bänke",
        "",
        "Die Stadt stellt Bänke auf.",
        "Sie sind aus Holz.",
    ]


def test_result_keeps_document_order_and_records_settings() -> None:
    result = Pipeline(Settings(separator="hyphen")).run(
        Source("Titel der Meldung\n\nEins ist da. Zwei ist da.")
    )
    assert [r.source.text for r in result.rewrites] == ["Titel der Meldung", "Eins ist da.", "Zwei ist da."]
    assert [r.source.block_index for r in result.rewrites] == [0, 1, 1]
    assert result.settings["separator"] == "hyphen"
    assert result.settings["backend"] == "rules"
    assert result.settings["versions"]["simplify-de"] == simplify.__version__


def test_signature_names_every_setting() -> None:
    signature = Settings(level="einfache", separator="none", glossary="mein.tsv").signature()
    assert signature.startswith("backend:rules|level:einfache|sep:none|glossary:mein.tsv|version:")
