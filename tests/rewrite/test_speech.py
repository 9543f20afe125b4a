"""Rules S11 and S6: direct speech instead of indirect speech, no "würde" (German in -> exact out)."""

from __future__ import annotations

import pytest

from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite import speech
from simplify.rewrite.engine import simplify_sentence
from tests.rewrite.examples import examples_test, rewrite

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
    ("Sie sagt, Bus und Bahn seien voll.", ["Sie sagt: Bus und Bahn sind voll."]),
    (
        "Sie sagt, bei den Plätzen für Kinder unter drei Jahren sei die Nachfrage groß.",
        ["Sie sagt:", "Bei den Plätzen für Kinder unter drei Jahren ist die Nachfrage groß."],
    ),
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
            "Simone Zapf ist Leiterin vom Büro für Städtepartnerschaften.",
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
    ("Für das Fest würden noch Helfer gesucht.", ["Für das Fest werden noch Helfer gesucht."]),
    ("Die Halle würde am Montag geöffnet.", ["Die Halle wird am Montag geöffnet."]),
    # must not fire: a real condition
    ("Wenn es regnet, würde das Fest ausfallen.", ["Wenn es regnet: Dann würde das Fest ausfallen."]),
]


@pytest.mark.parametrize(("source", "expected"), SPEECH)
def test_indirect_and_quoted_speech_becomes_direct(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), CONDITIONAL)
def test_wuerde_becomes_present_where_safe(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


def test_speech_is_reported_by_name() -> None:
    _output, rules = simplify_sentence(analyse_sentence("Sie sagt, der Bus sei voll."), "leichte")
    assert rules == ("S11.indirect",)


SPEAKERS = [
    ("Wahlleiterin Jana Roth sagte, sie rechne mit vielen Briefwählern.", "Jana Roth sagte auch"),
    ("Der Leiter des Bauamts, Peter Lang, erklärte, die Arbeiten dauerten lange.", "Peter Lang sagte auch"),
    ("„Wir sind bereit“, sagt Anna Berg.", "Anna Berg sagt auch"),
    ("Bürgermeisterin Eva Kolb bat die Gäste um Geduld.", "Eva Kolb sagte"),
    ("Die Polizei teilte mit, der Weg sei frei.", "Die Polizei sagte auch"),
    ("Der Kämmerer Jens Obst erklärte, die Kasse sei voll.", "Jens Obst sagte auch"),
    # no speaker: no verb of saying, a pronoun
    ("Die Stadt baut eine Brücke.", None),
    ("Er sagte, er komme morgen.", None),
]


@pytest.mark.parametrize(("source", "expected"), SPEAKERS)
def test_speaker_of_a_sentence(source: str, expected: str | None) -> None:
    found = speech.speaker(analyse_sentence(source))
    assert (found and " ".join(t.text for t in found)) == expected


CONTINUED = [
    (
        "Für die Kinder unter drei Jahren sei die Nachfrage größer.",
        ["Anna Berg hat auch gesagt:", "Für die Kinder unter drei Jahren ist die Nachfrage größer."],
    ),
    (
        "Die Sperre sei nötig, weil die Brücke sonst geschlossen werden müsse.",
        [
            "Anna Berg hat auch gesagt: Die Sperre ist nötig.",
            "Der Grund ist: Die Brücke muss sonst geschlossen werden.",
        ],
    ),
    (
        "Für das Fest würden noch Helfer gesucht.",
        ["Anna Berg hat auch gesagt: Für das Fest werden noch Helfer gesucht."],
    ),
    ("Auch die Steuer habe sich erholt.", ["Anna Berg hat gesagt: Auch die Steuer hat sich erholt."]),
]


@pytest.mark.parametrize(("source", "expected"), CONTINUED)
def test_konjunktiv_after_reported_speech_gets_its_speaker(source: str, expected: list[str]) -> None:
    said_by = speech.speaker(analyse_sentence("Anna Berg sagte, die Stadt plane neu."))
    tokens = speech.continued(analyse_sentence(source), said_by)
    assert tokens is not None
    assert list(simplify_sentence(tokens, "leichte")[0]) == expected


@pytest.mark.parametrize(
    "source",
    [
        "Die Stadt baut eine Brücke.",  # indicative
        "Sie sagt, der Bus sei voll.",  # a verb of saying of its own
        "„Das sei gut“, meint sie.",  # a quotation
        "Wenn es regnet, sei das Fest abgesagt.",  # no main clause with the verb in second place
        "Ich habe Zeit.",  # first person
        "Verletzt worden sei niemand.",  # a participle before the verb: unsure, stays
    ],
)
def test_no_continuation(source: str) -> None:
    said_by = speech.speaker(analyse_sentence("Anna Berg sagte, die Stadt plane neu."))
    assert speech.continued(analyse_sentence(source), said_by) is None


test_examples = examples_test("speech")
