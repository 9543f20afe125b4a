"""Rule S5: passive with a named agent becomes active (German in -> exact out)."""

from __future__ import annotations

import pytest

from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite.engine import simplify_sentence
from tests.rewrite.examples import examples_test, rewrite

CASES = [
    # must not fire: "von" + a number after a noun is a measure, not the agent
    (
        "Der Radweg wird auf einer Länge von 2 Kilometern erneuert.",
        ["Der Radweg wird auf einer Länge von 2 Kilometern erneuert."],
    ),
    ("Der Verein wurde 1990 von drei Bürgern gegründet.", ["Drei Bürger haben den Verein 1990 gegründet."]),
    ("Die Schule wurde von der Stadt gebaut.", ["Die Stadt hat die Schule gebaut."]),
    ("Das Fest wird von der Stadt ausgerichtet.", ["Die Stadt richtet das Fest aus."]),
    ("Die Ausstellung wird von Anna Berg eröffnet.", ["Anna Berg eröffnet die Ausstellung."]),
    (
        "1972 wurde der Vertrag von den beiden Bürgermeistern unterschrieben.",
        ["1972 haben die beiden Bürgermeister den Vertrag unterschrieben."],
    ),
    (
        "Eröffnet wird das Fest von Oberbürgermeister Hakan Yılmaz.",
        ["Oberbürgermeister Hakan Yılmaz eröffnet das Fest."],
    ),
    ("Die Projekte werden von vielen Vereinen unterstützt.", ["Viele Vereine unterstützen die Projekte."]),
    ("Der Antrag wurde von ihm gestellt.", ["Er hat den Antrag gestellt."]),
    (
        "Die Fahrräder wurden von Kindern aus der Schule repariert.",
        ["Kinder aus der Schule haben die Fahrräder repariert."],
    ),
    (
        "Das Fest fand im Park statt – organisiert von der Stadt Lindenau.",
        ["Das Fest fand im Park statt.", "Die Stadt Lindenau hat das organisiert."],
    ),
    (
        "Das Duo reiste nach Rom – unterstützt durch den Verein Kulturregion Westpfalz.",
        ["Das Duo reiste nach Rom.", "Der Verein Kulturregion Westpfalz hat das unterstützt."],
    ),
    (
        "Die Kinder spielen – begleitet von ihren Eltern.",
        ["Die Kinder spielen – begleitet von ihren Eltern."],
    ),
    # must not fire: no agent, an agent of unknown gender ("vom", "einem"), a state passive
    ("Das Rathaus wurde 1900 gebaut.", ["Das Rathaus wurde 1900 gebaut."]),
    ("Die Straße wird vom Bauamt gesperrt.", ["Die Straße wird vom Bauamt gesperrt."]),
    ("Der Preis wurde von einem Verein gestiftet.", ["Der Preis wurde von einem Verein gestiftet."]),
    ("Die Halle ist geschlossen.", ["Die Halle ist geschlossen."]),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_passive_with_agent_becomes_active(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


def test_active_is_reported_by_name() -> None:
    _output, rules = simplify_sentence(analyse_sentence("Die Schule wurde von der Stadt gebaut."), "leichte")
    assert rules == ("S5.active",)


test_examples = examples_test("voice")
