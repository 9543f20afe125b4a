"""Property tests: random German-like text and random Unicode through the whole pipeline.

No crash (an InputError for text that is empty after cleaning is a valid outcome), no fact lost,
and every sentence gets a non-empty output.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simplify import guard
from simplify.document import Source
from simplify.errors import InputError
from simplify.pipeline import Pipeline
from simplify.rewrite.post import postprocess
from simplify.settings import Settings

# Fragments of municipal releases with the facts and signs the rules touch; sentences are random mixes.
FRAGMENTS = [
    "Die Stadt Kaiserslautern",
    "die Oberbürgermeisterin Beate Kimmel",
    "lädt vier Gäste ein",
    "kommt ein Vierteljahrhundert",
    "am 27.01.2026",
    "vom 3. bis 4. Dezember",
    "am 3.-4. Dezember",
    "von 9-10 Uhr",
    "um 9.30 Uhr",
    "weil das Bürgerbüro zudem plant",
    "wenn die Stadtverwaltung bereits baut",
    "dass der Bus voll sei",
    "wurde von der Stadt gegründet",
    "der Hauptstadt des Landes",
    "z. B. usw. ca. 50 km",
    "Tel. (0631) 365-4336",
    "info@stadt-beispiel.de",
    "www.stadt-beispiel.de/fest",
    "Müller & Söhne mit 5 %",
    "Columbia (USA); Saint-Quentin",
    "alle Bürger*innen",
    "Teil II und Karl V.",
    "in den Jahren 1993-1994",
    "AKTUELL",
    "„Das ist schön“, sagt sie",
]

german_like = st.lists(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=5).map(lambda ws: " ".join(ws) + "."),
    min_size=1,
    max_size=4,
).map(" ".join)

PIPELINE = Pipeline(Settings(force=True))


def _check(text: str) -> None:
    try:
        result = PIPELINE.run(Source(text))
    except InputError:
        return
    if text.strip() and result.document.blocks:
        assert result.rewrites
    for rewrite in result.rewrites:
        assert rewrite.output and all(line.strip() for line in rewrite.output)
        assert guard.missing(rewrite.source.text, " ".join(rewrite.output)) == []
        assert rewrite.facts_missing == []


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(german_like)
def test_german_like_text(text: str) -> None:
    _check(text)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=200))
def test_random_unicode(text: str) -> None:
    _check(text)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(german_like)
def test_postprocess_is_idempotent(text: str) -> None:
    try:
        result = PIPELINE.run(Source(text))
    except InputError:
        return
    once = [list(r.output) for r in result.rewrites]
    postprocess(result.rewrites, PIPELINE.settings)
    assert [r.output for r in result.rewrites] == once
