"""SARI against the reference implementation, and the other metrics of simplify.evaluation.metrics.

Provenance of the expected SARI values. EASSE (github.com/feralvam/easse) cannot be installed here (it is not
on PyPI and there is no network), so its code was read at commit 2933cf0ab23fcaeef46c14b41c0105e6fd6f455d
(``easse/sari.py``: ``corpus_sari`` / ``get_corpus_sari_operation_scores`` with their defaults
``lowercase=True, tokenizer="13a", legacy=False, use_f1_for_deletion=True, use_paper_version=False``, and
``easse/utils/preprocessing.py``: ``normalize``), transcribed line by line into a scratch script outside this
repository, and run on the cases below; the printed ``repr`` values are the expected numbers. Before that, the
scratch script and simplify.evaluation.metrics were compared on 3,000 random small corpora (1-3 pairs, 1-3 references,
exact agreement to 1e-9). Three cases are also derived by hand in their comments, independent of any code.
The sentences are written for this project.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simplify.evaluation import metrics

BAD = "Die Stadt öffnet am Montag das neue Hallenbad."
BAD_REF = "Das neue Hallenbad ist ab Montag offen."
WEST = "Die Stadt öffnet am Montag das neue Hallenbad im Westen."

# (case, sources, predictions, reference streams, (add, keep, delete), SARI), values from EASSE (see above).
EASSE_CASES = [
    # Hand check: the prediction copies the source. It adds nothing and deletes nothing: add = delete = 0.
    # Keep, after lowercasing and 13a ("hallenbad ." split): the source has 9/8/7/6 n-grams of orders 1-4, the
    # reference keeps 5/2/1/0 of them, so precision 5/9, 2/8, 1/7, 0 with recall 1 (0 for order 4, where the
    # reference keeps nothing): F1 = 5/7, 2/5, 1/4, 0; keep = 100 * (5/7 + 2/5 + 1/4) / 4 = 34.107...;
    # SARI = keep / 3 = 11.369...
    ("copy of the source", [BAD], [BAD], [[BAD_REF]], (0.0, 34.10714285714286, 0.0), 11.36904761904762),
    # Hand check: prediction = reference. Add and delete are perfect (100). Keep: the reference keeps only the
    # unigrams "hat" and "." and no n-gram of orders 2-4, so those orders have recall 0 and F1 0:
    # keep = 100 * (1 + 0 + 0 + 0) / 4 = 25; SARI = (100 + 25 + 100) / 3 = 75.
    (
        "perfect match, reference keeps only unigrams",
        ["Der Gemeinderat hat den Haushalt beschlossen."],
        ["Der Rat hat über das Geld entschieden."],
        [["Der Rat hat über das Geld entschieden."]],
        (100.0, 25.0, 100.0),
        75.0,
    ),
    # Hand check: prediction = reference, and the reference adds, keeps and deletes n-grams of every order.
    (
        "perfect match, every operation at every order",
        [WEST],
        ["Die Stadt öffnet am Montag das neue Bad."],
        [["Die Stadt öffnet am Montag das neue Bad."]],
        (100.0, 100.0, 100.0),
        100.0,
    ),
    (
        "deletion only, less than the reference deletes",
        [WEST],
        [BAD],
        [["Die Stadt öffnet das neue Hallenbad."]],
        (39.16666666666666, 52.55681818181819, 61.96969696969696),
        51.2310606060606,
    ),
    (
        "deletion only, exactly what the reference deletes",
        [WEST],
        ["Die Stadt öffnet das neue Hallenbad."],
        [["Die Stadt öffnet das neue Hallenbad."]],
        (75.0, 75.0, 100.0),
        83.33333333333333,
    ),
    ("empty prediction", [BAD], [""], [[BAD_REF]], (0.0, 0.0, 84.89010989010988), 28.296703296703296),
    (
        "lowercased and pre-tokenised prediction",
        [BAD],
        ["das neue hallenbad ist ab montag offen ."],
        [[BAD_REF]],
        (100.0, 75.0, 100.0),
        91.66666666666667,
    ),
    (
        "two references",
        [BAD],
        ["Das neue Hallenbad ist ab Montag geöffnet."],
        [[BAD_REF], ["Am Montag öffnet das neue Bad."]],
        (45.714285714285715, 56.845238095238095, 91.91666666666667),
        64.82539682539682,
    ),
    (
        "corpus of two pairs (counts summed before the F1)",
        [BAD, "Der Gemeinderat hat den Haushalt für 2025 beschlossen."],
        ["Das Hallenbad ist ab Montag offen.", "Der Gemeinderat hat den Haushalt beschlossen."],
        [[BAD_REF, "Der Rat hat über das Geld für 2025 entschieden."]],
        (44.46969696969696, 16.666666666666664, 73.56060606060606),
        44.898989898989896,
    ),
]


@pytest.mark.parametrize(
    ("sources", "predictions", "references", "operations", "expected"),
    [case[1:] for case in EASSE_CASES],
    ids=[case[0] for case in EASSE_CASES],
)
def test_sari_matches_easse(sources, predictions, references, operations, expected):
    scores = metrics.sari_operations(sources, predictions, references)
    assert (scores.add, scores.keep, scores.delete) == pytest.approx(operations, abs=1e-9)
    assert metrics.sari(sources, predictions, references) == pytest.approx(expected, abs=1e-9)


def test_sari_lowercases_and_tokenises_like_easse():
    tokenised = metrics.sari([BAD], ["das neue hallenbad ist ab montag offen ."], [[BAD_REF]])
    assert tokenised == metrics.sari([BAD], [BAD_REF], [[BAD_REF]])
    assert metrics.normalize("Das Bad öffnet am 3. Mai (Montag).") == "das bad öffnet am 3 . mai ( montag ) ."


SOURCES = [
    "Die Stadt öffnet am Montag das neue Hallenbad im Westen der Stadt.",
    "Der Gemeinderat hat am Dienstag den Haushalt für das nächste Jahr beschlossen.",
    "Die Bücherei bleibt wegen Bauarbeiten bis zum 3. Mai geschlossen.",
]
REFERENCES = [
    "Die Stadt öffnet am Montag das neue Hallenbad.",
    "Der Gemeinderat hat den Haushalt beschlossen.",
    "Die Bücherei ist bis zum 3. Mai zu.",
]


def test_truncating_beats_copying():
    """The weakness the evaluation reports baselines for: SARI rewards deleting words."""
    truncated = [" ".join(s.split()[: round(0.8 * len(s.split()))]) for s in SOURCES]
    copy = metrics.sari(SOURCES, SOURCES, [REFERENCES])
    assert copy == pytest.approx(18.889365782155156, abs=1e-9)  # EASSE, as above
    assert metrics.sari(SOURCES, truncated, [REFERENCES]) > copy


def test_sentence_mean_differs_from_corpus_sari():
    per_pair = [metrics.sari([s], [s], [[r]]) for s, r in zip(SOURCES, REFERENCES, strict=True)]
    assert metrics.sari_sentence_mean(SOURCES, SOURCES, [REFERENCES]) == pytest.approx(sum(per_pair) / 3)
    assert metrics.sari_sentence_mean(SOURCES, SOURCES, [REFERENCES]) != pytest.approx(
        metrics.sari(SOURCES, SOURCES, [REFERENCES])
    )


@pytest.mark.parametrize(
    ("sources", "predictions", "references", "message"),
    [
        (["a"], ["a", "b"], [["a"]], "1 sources but 2 predictions"),
        (["a", "b"], ["a", "b"], [["a"]], "reference stream 1 must be a list of 2 strings"),
        (["a"], ["a"], ["a"], "reference stream 1 must be a list of 1 strings"),
        (["a"], ["a"], [], "no reference streams"),
    ],
)
def test_sari_rejects_misshapen_input(sources, predictions, references, message):
    with pytest.raises(ValueError, match=message):
        metrics.sari(sources, predictions, references)


words = st.sampled_from(["Die", "Stadt", "öffnet", "das", "Bad", "am", "3.", "Mai", ",", "."])
sentences = st.lists(words, max_size=10).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(sentences, sentences, sentences), min_size=1, max_size=3))
def test_sari_bounds_and_reference_is_best(triples):
    sources, predictions, references = (list(column) for column in zip(*triples, strict=True))
    score = metrics.sari(sources, predictions, [references])
    assert 0.0 <= score <= 100.0
    # With one reference, the reference itself reaches every attainable F1: no output scores higher.
    assert score <= metrics.sari(sources, references, [references]) + 1e-9
    # Corpus SARI sums counts over pairs: their order does not matter.
    assert metrics.sari(sources[::-1], predictions[::-1], [references[::-1]]) == pytest.approx(score)


def test_bleu_and_chrf_are_sacrebleu():
    import sacrebleu

    predictions = ["Das Hallenbad ist ab Montag offen.", "Der Rat hat den Haushalt beschlossen."]
    references = [["Das neue Hallenbad ist ab Montag offen.", "Der Gemeinderat hat den Haushalt beschlossen"]]
    score, signature = metrics.bleu(predictions, references)
    assert score == sacrebleu.corpus_bleu(predictions, references).score
    assert "tok:13a" in signature
    score, signature = metrics.chrf(predictions, references)
    assert score == sacrebleu.corpus_chrf(predictions, references).score
    assert signature.startswith("nrefs:1")


def test_compression_ratio():
    assert metrics.compression_ratio(["abcd", "ab"], ["ab", "ab"]) == pytest.approx(0.75)
    assert metrics.compression_ratio(["", "ab"], ["x", "a"]) == pytest.approx(0.5)
    assert metrics.compression_ratio([""], ["x"]) == 1.0  # a source that cleaning emptied has no ratio
