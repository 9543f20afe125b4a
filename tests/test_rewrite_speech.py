"""Rules S11 and S6: direct speech instead of indirect speech, no "würde" (German in -> exact out)."""

from __future__ import annotations

import pytest

from simplify.rewrite.engine import simplify_sentence
from simplify.segment import analyse_sentence


def rewrite(text: str, level: str = "leichte") -> list[str]:
    """Output sentences of the rule engine, or the input itself when no rule fires."""
    output, _rules = simplify_sentence(analyse_sentence(text), level)
    return list(output) or [text]


SPEECH = [
    ("Sie sagt, der Bus sei voll.", ["Sie sagt: Der Bus ist voll."]),
    (
        "Der Bürgermeister erklärt, die Stadt habe genug Geld.",
        ["Der Bürgermeister erklärt: Die Stadt hat genug Geld."],
    ),
    (
        "Die Leiterin betont, dass alle Kinder einen Platz bekommen.",
        ["Die Leiterin betont: Alle Kinder bekommen einen Platz."],
    ),
    ("Der Bus sei voll, sagt sie.", ["Sie sagt: Der Bus ist voll."]),
    ("Er sagt, er komme morgen.", ["Er sagt: Er kommt morgen."]),
    ("Die Gäste sagen, sie seien begeistert.", ["Die Gäste sagen: Sie sind begeistert."]),
    (
        "Die Stadt teilt mit, die Straße werde am Montag gesperrt.",
        ["Die Stadt teilt mit: Die Straße wird am Montag gesperrt."],
    ),
    ("„Der Bus ist voll“, sagt Simone Zapf.", ["Simone Zapf sagt: „Der Bus ist voll.“"]),
    (
        "„Wir freuen uns auf die Gäste“, so die Oberbürgermeisterin.",
        ["Die Oberbürgermeisterin sagt: „Wir freuen uns auf die Gäste.“"],
    ),
    (
        "„Unser Bus wird ausgebucht sein“, ist sich Anna Berg sicher.",
        ["Anna Berg ist sich sicher: „Unser Bus wird ausgebucht sein.“"],
    ),
    (
        "Das wird ein schönes Fest“, so die Oberbürgermeisterin.",
        ["Das wird ein schönes Fest.“", "Das sagt die Oberbürgermeisterin."],
    ),
    (
        "„Unser Reisebus wird ausgebucht sein“, ist sich Simone Zapf, Leiterin des Büros für Städtepartnerschaften, sicher.",
        [
            "Simone Zapf ist Leiterin von dem Büro für Städtepartnerschaften.",
            "Simone Zapf ist sich sicher: „Unser Reisebus wird ausgebucht sein.“",
        ],
    ),
    # must not fire: direct speech already, no speech at all
    ("Er sagt: „Das ist gut.“", ["Er sagt: „Das ist gut.“"]),
    ("Der Bus ist voll.", ["Der Bus ist voll."]),
]

CONDITIONAL = [
    ("Wir würden uns über viele Gäste freuen.", ["Wir freuen uns über viele Gäste."]),
    ("Die Gäste würden gerne teilnehmen.", ["Die Gäste würden gerne teilnehmen."]),
    ("Der Verein würde das Fest mitorganisieren.", ["Der Verein organisiert das Fest mit."]),
    # must not fire: a real condition
    ("Wenn es regnet, würde das Fest ausfallen.", ["Wenn es regnet: Dann würde das Fest ausfallen."]),
]


@pytest.mark.parametrize(("source", "expected"), SPEECH)
def test_indirect_and_quoted_speech_becomes_direct(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), CONDITIONAL)
def test_wuerde_becomes_present_where_safe(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


def test_speech_is_reported_as_s11() -> None:
    _output, rules = simplify_sentence(analyse_sentence("Sie sagt, der Bus sei voll."), "leichte")
    assert rules == ("S11",)
