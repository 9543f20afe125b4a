"""Classic formulas on our counts (compared with textstat), the calibrated index, its levels and its data file."""

from __future__ import annotations

import math

import numpy as np
import pytest

from simplify import lexicon
from simplify.readability import LEVELS, count_syllables, score_document, score_units
from simplify.readability.features import FEATURES, features
from simplify.readability.formulas import words
from simplify.readability.index import load_model, spearman
from tests.conftest import ROOT

RATINGS = ROOT.parent / "shared" / "data" / "textcomplexityde" / "ratings.csv"
FORMULAS = ("fre_amstad", "wstf1", "wstf2", "wstf3", "wstf4", "lix")


@pytest.fixture(scope="module")
def textstat():
    module = pytest.importorskip("textstat")
    module.set_lang("de")
    module.set_rounding_points(None)
    return module


def textstat_scores(textstat, text: str) -> dict[str, float]:
    values = {"fre_amstad": textstat.flesch_reading_ease(text), "lix": textstat.lix(text)}
    values.update({f"wstf{v}": textstat.wiener_sachtextformel(text, v) for v in range(1, 5)})
    return values


def textstat_counts(textstat, text: str) -> tuple[int, ...]:
    return (
        textstat.sentence_count(text),
        textstat.lexicon_count(text),
        textstat.syllable_count(text),
        textstat.long_word_count(text),
        textstat.polysyllabcount(text),
        textstat.monosyllabcount(text),
    )


def our_counts(unit: dict) -> tuple[int, ...]:
    found = words(unit["text"])
    syllables = [count_syllables(w) for w in found]
    return (
        unit["sentences"],
        unit["words"],
        unit["syllables"],
        unit["long_words"],
        sum(s >= 3 for s in syllables),
        sum(s == 1 for s in syllables),
    )


AGREEING = [
    "Die Kinder spielen heute im großen Garten hinter dem Haus.",
    "Der Markt beginnt am Montag um neun Uhr.",
    "Wir laden Sie herzlich zu unserem Sommerfest im Stadtpark ein.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", AGREEING)
def test_formulas_agree_with_textstat_where_counts_agree(textstat, text: str) -> None:
    unit = score_units([text])[0]
    assert our_counts(unit) == textstat_counts(textstat, text)
    theirs = textstat_scores(textstat, text)
    for name in FORMULAS:
        assert unit[name] == pytest.approx(theirs[name], abs=0.006), name


def test_short_sentences_count(textstat) -> None:
    """textstat drops sentences of two words or fewer ("Danke schön."), doubling the sentence length of
    Leichte Sprache texts; every unit is a sentence for us, so the average sentence has 4 words, not 8."""
    units = ["Danke schön.", "Das Rathaus ist am Montag geschlossen."]
    assert textstat.sentence_count(" ".join(units)) == 1
    document = score_document(units)
    assert (document["sentences"], document["words"]) == (2, 8)
    assert document["fre_amstad"] == pytest.approx(180 - 8 / 2 - 58.5 * 13 / 8, abs=0.006)
    assert document["fre_amstad"] > textstat.flesch_reading_ease(" ".join(units))


def test_hyphenated_compound_counts_as_the_words_a_reader_sees(textstat) -> None:
    """textstat reads "Bürger-Büro" as one word of ten letters with four syllables (long and polysyllabic);
    a reader sees two short words, which is what Leichte Sprache asks for."""
    text = "Das Bürger-Büro hilft Ihnen gern."
    unit = score_units([text])[0]
    assert textstat.lexicon_count(text) == 5
    assert textstat.long_word_count(text) == 1
    assert (unit["words"], unit["syllables"], unit["long_words"]) == (6, 9, 0)
    assert unit["lix"] == pytest.approx(6 / 1 + 0.0)
    assert unit["lix"] < textstat.lix(text)


def test_syllables_read_as_spoken_change_flesch(textstat) -> None:
    """textstat counts "Idee" and "Abend" as one syllable each (hyphenation points); they have two."""
    text = "Eine Idee für den Abend."
    unit = score_units([text])[0]
    assert textstat.syllable_count(text) == 6
    assert unit["syllables"] == 8
    assert unit["fre_amstad"] == pytest.approx(180 - 5 - 58.5 * 8 / 5, abs=0.006)


def test_gsmog_by_hand() -> None:
    # Die Ver-wal-tung in-for-miert ü-ber Ver-än-de-run-gen beim Bür-ger-ser-vice: 4 words of 3+ syllables
    unit = score_units(["Die Verwaltung informiert über Veränderungen beim Bürgerservice."])[0]
    assert (unit["words"], unit["syllables"]) == (7, 19)
    assert unit["gsmog"] == pytest.approx(math.sqrt(30 * 4 / 1) - 2, abs=0.006)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Bürger-Büro ist am 3. Mai geöffnet.",
            ["Das", "Bürger", "Büro", "ist", "am", "3.", "Mai", "geöffnet"],
        ),
        ("Im Jahr 2026.", ["Im", "Jahr", "2026"]),
        ("Rufen Sie Tel. 0221 an, z. B. morgen.", ["Rufen", "Sie", "Tel.", "0221", "an", "z.B.", "morgen"]),
        ("Schreiben Sie an info@stadt.de oder www.stadt.de.", ["Schreiben", "Sie", "an", "oder"]),
        ("inhalts- und gehaltlos", ["inhalts", "und", "gehaltlos"]),
        ("Das Bürger·büro", ["Das", "Bürger", "büro"]),
        ("Liebe Bürger*innen und Nutzer:innen", ["Liebe", "Bürger*innen", "und", "Nutzer:innen"]),
        ("„Ja“, sagt sie – 50 % mehr!", ["Ja", "sagt", "sie", "50", "mehr"]),
        ("", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_headings_and_lines_are_sentences() -> None:
    document = score_document(["Neues Bürgerbüro", "Das Büro ist offen."])
    assert (document["sentences"], document["words"]) == (2, 6)


def test_units_without_words_have_no_scores() -> None:
    unit, link = score_units(["", "www.stadt.de"])
    for scored in (unit, link):
        assert scored["words"] == 0
        assert scored["index"] is scored["level"] is scored["fre_amstad"] is scored["gsmog"] is None
    assert score_document([""])["index"] is None


def test_unit_keys_and_order() -> None:
    units = ["Das ist gut.", "Rathaus", "Wir helfen gern."]
    scores = score_units(units)
    assert [s["text"] for s in scores] == units
    assert set(scores[0]) >= {"text", "words", "sentences", "syllables", "index", "level", "lix", "gsmog"}
    assert {f"wstf{v}" for v in range(1, 5)} <= set(scores[0])


EASY_HARD = [
    (
        "Das Rathaus ist am Montag zu.",
        "Aufgrund umfangreicher Sanierungsmaßnahmen bleibt das Verwaltungsgebäude, dessen Zugang derzeit "
        "eingeschränkt ist, bis auf Weiteres geschlossen.",
    ),
    (
        "Sie brauchen einen Termin.",
        "Die Inanspruchnahme der Dienstleistung setzt eine vorherige Terminvereinbarung voraus.",
    ),
    (
        "Die Stadt baut eine neue Schule.",
        "Die Errichtung des Schulgebäudes wurde vom Gemeinderat nach eingehender Prüfung der "
        "Finanzierungsmöglichkeiten beschlossen.",
    ),
]


@pytest.mark.parametrize(("easy", "hard"), EASY_HARD)
def test_index_is_higher_for_harder_sentences(easy: str, hard: str) -> None:
    easy_score, hard_score = score_units([easy, hard])
    assert hard_score["index"] - easy_score["index"] > 1.5
    assert easy_score["level"] == "Leichte Sprache"
    assert hard_score["level"] != "Leichte Sprache"


def test_levels_follow_the_thresholds() -> None:
    model = load_model()
    low, middle, high = model.thresholds
    assert low < middle < high
    assert [model.level(v) for v in (low - 0.01, low, middle, high, high + 5)] == [
        "Leichte Sprache",
        "Einfache Sprache",
        "Standard",
        "Schwer",
        "Schwer",
    ]
    assert LEVELS == ("Leichte Sprache", "Einfache Sprache", "Standard", "Schwer")


def test_document_index_weights_units_by_words() -> None:
    units = ["Kontakt:", "Die Errichtung des Schulgebäudes wurde vom Gemeinderat beschlossen."]
    first, second = score_units(units)
    document = score_document(units)
    expected = (first["index"] * first["words"] + second["index"] * second["words"]) / document["words"]
    assert document["index"] == pytest.approx(expected, abs=0.006)


def test_model_file_records_how_it_was_made() -> None:
    data = lexicon.json_file("readability/index.json")
    about = data["about"]
    assert data["features"] == list(FEATURES)
    assert len(data["coefficients"]) == len(data["mean"]) == len(data["scale"]) == len(FEATURES)
    assert len(about["data_sha256"]) == 64
    assert about["cv_spearman"] >= 0.80
    assert "folds" in about["cross_validation"]
    assert about["date"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [([1, 2, 3, 4], [1, 3, 2, 4], 0.8), ([1, 2, 3], [3, 2, 1], -1.0), ([1, 1, 2], [1, 1, 2], 1.0)],
)
def test_spearman(a: list[int], b: list[int], expected: float) -> None:
    assert spearman(a, b) == pytest.approx(expected)


def test_spearman_refuses_mismatched_lengths() -> None:
    with pytest.raises(ValueError, match="same length"):
        spearman([1, 2, 3], [1, 2])


def test_features_are_finite_for_odd_units() -> None:
    for text in ("", "Rathaus", "12345", "info@stadt.de", "!!!"):
        assert len(features(text)) == len(FEATURES)
        assert all(np.isfinite(features(text)))


def test_refit_reproduces_the_shipped_model() -> None:
    if not RATINGS.exists():
        pytest.skip(f"../shared not present: {RATINGS} (TextComplexityDE is not part of the repo)")
    import sys

    sys.path.insert(0, str(ROOT / "evaluation"))
    from fit_readability import ALPHA, feature_matrix, load

    from simplify.readability.index import fit

    sentences, target, _articles = load(RATINGS)
    refit = fit(feature_matrix(sentences), target, features=list(FEATURES), alpha=ALPHA)
    shipped = load_model()
    assert np.allclose(refit.coefficients, shipped.coefficients, atol=1e-5)
    assert refit.intercept == pytest.approx(shipped.intercept, abs=1e-5)
