"""Who issued a release (simplify/rewrite/issuer.py): one body named without doubt, or None."""

from __future__ import annotations

import pytest

from simplify.document import Sentence
from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite import issuer


def _units(*units: tuple[str, str]) -> list[Sentence]:
    return [Sentence(text, analyse_sentence(text), block, index) for index, (block, text) in enumerate(units)]


CASES = [
    # a contact line names it once: enough
    (
        [("paragraph", "Die Straße am Markt wird gesperrt."), ("contact", "Jugendamt der Stadt Lindenau")],
        "die Stadt Lindenau",
    ),
    # a heading
    (
        [("heading", "Stadt Lindenau informiert"), ("paragraph", "Die Straße wird gesperrt.")],
        "die Stadt Lindenau",
    ),
    # twice in running text; the administration and the "Landeshauptstadt" name the city
    (
        [
            ("paragraph", "Die Landeshauptstadt Mühlhagen lädt zum Fest ein."),
            ("paragraph", "Die Stadtverwaltung bittet um Anmeldung."),
        ],
        "die Stadt Mühlhagen",
    ),
    # no name, but twice "die Stadt"
    ([("paragraph", "Die Stadt lädt ein."), ("paragraph", "Die Stadt bittet um Anmeldung.")], "die Stadt"),
    ([("paragraph", "Der Landkreis lädt ein."), ("contact", "Landratsamt, Pressestelle")], "der Landkreis"),
    # two cities: no issuer
    (
        [
            ("paragraph", "Die Stadt Lindenau begrüßt Gäste aus der Stadt Lund."),
            ("contact", "Stadt Lindenau, Pressestelle"),
        ],
        None,
    ),
    # once in passing in running text: no issuer
    ([("paragraph", "Der Verein dankt der Stadt Lindenau für die Hilfe.")], None),
    # a town and a district: no issuer
    ([("paragraph", "Die Stadt lädt ein."), ("paragraph", "Der Landkreis bittet um Anmeldung.")], None),
    ([("paragraph", "Der Verein lädt ein.")], None),
    # another body may do the work: no issuer
    (
        [("heading", "Stadt Lindenau informiert"), ("paragraph", "Die Stadtwerke erneuern die Leitungen.")],
        None,
    ),
    ([("heading", "Stadt Lindenau informiert"), ("paragraph", "Eine Baufirma aus Köln baut.")], None),
    # a district is an issuer, not another body
    (
        [("heading", "Landkreis Heide informiert"), ("paragraph", "Die Straße wird gesperrt.")],
        "der Landkreis Heide",
    ),
]


@pytest.mark.parametrize(("units", "expected"), CASES)
def test_the_issuer_is_found_only_without_doubt(units: list[tuple[str, str]], expected: str | None) -> None:
    assert issuer.find(_units(*units)) == expected
