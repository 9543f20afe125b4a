"""Rule S7: genitive becomes "von" + dative with article and noun endings corrected (German in -> exact out)."""

from __future__ import annotations

import pytest

from simplify.rewrite.engine import simplify_sentence
from simplify.segment import analyse_sentence


def rewrite(text: str, level: str = "leichte") -> list[str]:
    """Output sentences of the rule engine, or the input itself when no rule fires."""
    output, _rules = simplify_sentence(analyse_sentence(text), level)
    return list(output) or [text]


CASES = [
    (
        "Rovaniemi ist die Hauptstadt der Provinz Lappland.",
        ["Rovaniemi ist die Hauptstadt von der Provinz Lappland."],
    ),
    ("Simone Zapf ist die Leiterin des Büros.", ["Simone Zapf ist die Leiterin von dem Büro."]),
    ("Die Wünsche der Gäste sind wichtig.", ["Die Wünsche von den Gästen sind wichtig."]),
    ("Das ist ein Teil des Stadtjubiläums.", ["Das ist ein Teil von dem Stadtjubiläum."]),
    ("Das Fest fällt wegen des Regens aus.", ["Das Fest fällt wegen dem Regen aus."]),
    ("Die Arbeit einer Ärztin ist wichtig.", ["Die Arbeit von einer Ärztin ist wichtig."]),
    ("Das Ende des Jahres naht.", ["Das Ende von dem Jahr naht."]),
    ("Der Name des Präsidenten ist bekannt.", ["Der Name von dem Präsidenten ist bekannt."]),
    ("Die Rede des Bürgermeisters war kurz.", ["Die Rede von dem Bürgermeister war kurz."]),
    ("Das ist das Haus eines großen Vereins.", ["Das ist das Haus von einem großen Verein."]),
    ("Die Häuser der alten Stadt sind schön.", ["Die Häuser von der alten Stadt sind schön."]),
    # must not fire: "der Bürger" may be plural or a subject, a dative object, a nominative, a fixed phrase
    ("Die Wünsche der Bürger sind wichtig.", ["Die Wünsche der Bürger sind wichtig."]),
    ("Die Stadt dankte am Montag der Feuerwehr.", ["Die Stadt dankte am Montag der Feuerwehr."]),
    ("Im Rathaus spricht der Bürgermeister.", ["Im Rathaus spricht der Bürgermeister."]),
    ("Die Stadt lädt von Seiten der Verwaltung ein.", ["Die Stadt lädt von Seiten der Verwaltung ein."]),
    ("Wir feiern den Tag der Deutschen Einheit.", ["Wir feiern den Tag der Deutschen Einheit."]),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_genitive_becomes_von_dative(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


def test_einfache_keeps_the_genitive() -> None:
    source = "Simone Zapf ist die Leiterin des Büros."
    assert rewrite(source, "einfache") == [source]


def test_quotations_and_club_names_keep_their_genitive() -> None:
    quoted = "Sie sagt: „Die Rede des Bürgermeisters war kurz.“"
    club = "Die Geräte spendet der Förderverein der Stadtbücherei e. V."
    assert rewrite(quoted) == [quoted]
    assert rewrite(club) == [club]
