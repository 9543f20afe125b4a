"""Cleaning loses no prose: every sentence of the corpora survives, and contact blocks pass through as written.

The corpora: the encyclopedia texts and the releases of tests/corpus (written for this project), and the
originals of DEplain-web and TextComplexityDE in ../shared/data (skipped when absent). The counting is
evaluation/clean_loss.py's, which prints the same figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simplify.document import Source
from simplify.io.render import render_text
from simplify.pipeline import Pipeline
from simplify.settings import Settings
from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "evaluation"))
import clean_loss  # evaluation/ is a folder of scripts, not a package

CORPUS = ROOT / "tests" / "corpus"
RELEASES = [p for p in sorted(CORPUS.glob("*.txt")) if not p.name.endswith(".expected.txt")]


def test_encyclopedia_corpus_loses_no_sentence() -> None:
    result = clean_loss.tally(clean_loss.encyclopedia())
    assert result.texts >= 50
    assert result.removed == []


def test_own_releases_lose_no_sentence() -> None:
    result = clean_loss.tally(clean_loss.own())
    assert result.texts >= 20
    assert result.removed == []


@pytest.mark.parametrize("corpus", ["deplain", "tcde"])
def test_shared_corpora_lose_no_sentence(corpus: str) -> None:
    if not (SHARED / "data").is_dir():
        pytest.skip(f"../shared/data not present ({SHARED}): third-party corpora are not part of the repo")
    result = clean_loss.tally(getattr(clean_loss, corpus)())
    assert result.sentences > 1000
    assert result.removed == []


def _contact_block(path: Path) -> str:
    """The contact block of one of our releases: its last paragraph."""
    return path.read_text(encoding="utf-8").strip().split("\n\n")[-1]


@pytest.fixture(scope="module")
def plain() -> Pipeline:
    return Pipeline(Settings(separator="none"))


@pytest.fixture(scope="module")
def dotted() -> Pipeline:
    return Pipeline(Settings())


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.name)
def test_contact_blocks_come_out_byte_for_byte(path: Path, plain: Pipeline, dotted: Pipeline) -> None:
    """With no separator byte for byte; with the middle dot byte for byte once the dots are taken out."""
    contact = _contact_block(
        path.with_name(path.stem + ".expected.txt") if "boilerplate_" in path.name else path
    )
    source = Source(path.read_text(encoding="utf-8"), "txt", str(path))
    assert render_text(plain.run(source)).endswith("\n\n" + contact + "\n")
    assert render_text(dotted.run(source)).replace("·", "").endswith("\n\n" + contact + "\n")


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=n, max_size=n)


# Phone numbers in the forms German press offices write them.
PHONES = st.one_of(
    st.builds(lambda a, b: f"+49 (0){a} {b}", _digits(3), _digits(6)),
    st.builds(lambda a, b: f"+49({a}) {b}", st.just("0351"), _digits(6)),
    st.builds(lambda a, b, c, d: f"0{a} / {b} {c} {d}", _digits(3), _digits(2), _digits(2), _digits(2)),
    st.builds(lambda a, b: f"0{a}-{b}", _digits(3), _digits(6)),
    st.builds(lambda a, b: f"(0{a}) {b}", _digits(3), _digits(6)),
    st.builds(lambda a, b: f"+49 {a} 88-{b}", _digits(3), _digits(1)),
    st.builds(lambda a, b, c: f"0{a} {b}-{c}", _digits(4), _digits(3), _digits(2)),
)
LABELS = st.sampled_from(["Telefon:", "Telefon", "Tel.", "Fax:", "Telefax:", "Mobil:"])
PHONE_LINES = st.builds(
    lambda label, phone, note: f"{label} {phone}{note}",
    LABELS,
    PHONES,
    st.sampled_from(["", " (ServiceCenter Kesselstadt)", " (Zentrale)"]),
)
ADDRESS_LINES = st.sampled_from(
    [
        "Hauptstraße 7/9",
        "Marktplatz Nr. 7/9",
        "Königsbrücker Straße 12, Zimmer 2.104",
        "Rathaus, Markt 1, Zimmer 0.12",
        "Am Brunnen 3",
        "01737 Grünwalde",
        "Postfach 12 03 45, 01234 Neuenfurt",
    ]
)
OTHER_LINES = st.sampled_from(
    [
        "E-Mail: presse@stadt-beispiel.example",
        "E-Mail: buergeramt@kesselstadt.example",
        "www.stadt-beispiel.example/presse",
        "Internet: https://www.kesselstadt.example/buergeramt",
        "Stadtmarketing Friedemann & Weber GmbH",
        "Amt für Stadtgrün und Abfallwirtschaft",
        "Petra Vogelsang",
    ]
)
CONTACTS = st.builds(
    lambda header, lines: "\n".join([header, *lines]),
    st.sampled_from(["Kontakt:", "Pressekontakt:", "Rückfragen:", "Weitere Informationen bei:"]),
    st.lists(st.one_of(PHONE_LINES, ADDRESS_LINES, OTHER_LINES), min_size=1, max_size=7),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contact=CONTACTS)
def test_generated_contact_blocks_come_out_byte_for_byte(contact: str, plain: Pipeline) -> None:
    release = "Neue Bänke im Stadtpark\n\nDie Stadt stellt im Stadtpark zehn neue Bänke auf.\n\n" + contact
    assert render_text(plain.run(Source(release))).endswith("\n\n" + contact + "\n")
