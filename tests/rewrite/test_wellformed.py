"""The morphological checks of the gate: noun phrases agree, words exist, clauses have subjects, list members
are not equated, nouns keep their number (shapes 1 and 6 of the issue "Drafts an editor can trust")."""

from __future__ import annotations

import pytest

from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite import sanity, wellformed


def kinds(text: str) -> set[str]:
    return {defect[0] for defect in wellformed.defects(analyse_sentence(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Gefäßen sind voll.", {"noun phrase does not agree"}),
        ("Die Treibhausgasen werden ausgestoßen.", {"noun phrase does not agree"}),
        ("Die Ehrenamtspreis ist mit einer Urkunde verbunden.", {"noun phrase does not agree"}),
        ("Die Wohngeld waren bislang nicht berechtigt.", {"noun phrase does not agree"}),
        ("Zu unserem gewohnten Alltag können zurückkehren.", {"no subject"}),
        ("Für die Verfärbung haben gesorgt.", {"no subject"}),
        # well-formed: no defect
        ("Die Gefäße sind voll.", set()),
        ("Die beiden Städte können voneinander lernen.", set()),
        ("Der Austausch hilft beiden Städten.", set()),
        ("Auch darüber hinaus ist viel in Bewegung.", set()),
        ("Andere sind beweglich.", set()),
        ("Vielfach wurde vermutet.", set()),
        ("Hinzu kommt:", set()),
        ("Es gibt Kaffee und Kuchen.", set()),
        ("Es erschallt der Ruf von einem Rufenden.", set()),
        ("Die Anliegerinnen und Anlieger reinigen die Gehwege.", set()),
        ("Das Dazugehören ist wichtig.", set()),
        ("Der alte ist angenehm.", set()),
    ],
)
def test_defects_of_one_clause(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("source", "output", "bad"),
    [
        ("Es gab Preise für Erfolge im Judo, Tennis, Triathlon oder Pferdesport.", "Judo ist Tennis.", True),
        ("Die Marken DKW, Wanderer, Audi und Horch blieben eigenständig.", "DKW ist Wanderer.", True),
        (
            "Es kamen Pfarrer Michael Prokschi, Bürgermeisterin Susanne Wörner und viele Eltern.",
            "Michael Prokschi ist Bürgermeisterin Susanne Wörner.",
            True,
        ),
        # an apposition is no list: the sentence may say who someone is
        (
            "Die Staatsministerin für Kultur und Medien, Monika Grütters, lobt die Buchhändler.",
            "Monika Grütters ist die Staatsministerin für Kultur und Medien.",
            False,
        ),
        (
            "Izmit, am Marmarameer gelegen und von Bergen umgeben, ist eine Partnerstadt.",
            "Izmit ist von Bergen umgeben.",
            False,
        ),
    ],
)
def test_list_members_are_never_equated(source: str, output: str, bad: bool) -> None:
    found = wellformed.equated_members(analyse_sentence(source), analyse_sentence(output))
    assert (found is not None) == bad


def test_a_noun_keeps_its_number() -> None:
    source = analyse_sentence("Das Haus der Friedrichstraße ist neu.")
    assert wellformed.number_changed(source, analyse_sentence("Das Haus von den Friedrichstraßen ist neu."))
    assert not wellformed.number_changed(
        source, analyse_sentence("Das Haus von der Friedrichstraße ist neu.")
    )


def test_the_gate_rejects_what_these_checks_find_but_not_what_the_source_already_had() -> None:
    source = analyse_sentence("Die Gefäßen sind voll und die Tonnen sind leer.")  # a slip in the source
    result = [analyse_sentence("Die Gefäßen sind voll."), analyse_sentence("Die Tonnen sind leer.")]
    assert sanity.sane(source, result)
    source = analyse_sentence("Die Menge an Treibhausgasen, die ausgestoßen werden, steigt.")
    result = [
        analyse_sentence("Die Menge an Treibhausgasen steigt."),
        analyse_sentence("Die Treibhausgasen werden ausgestoßen."),
    ]
    assert not sanity.sane(source, result)


def _clauses(*texts: str) -> list:
    return [list(analyse_sentence(t)) for t in texts]


@pytest.mark.parametrize(
    ("source", "outputs", "torn"),
    [
        # a member split off from the others
        (
            "Die Umleitung führt über Altdorf, Neuheim, Bergen und Talhausen.",
            ["Die Umleitung führt über Altdorf und Neuheim.", "Das gilt auch für Bergen und Talhausen."],
            True,
        ),
        # all in one clause, all bullet items of one list, or one frame per member: fine
        (
            "Die Umleitung führt über Altdorf, Neuheim, Bergen und Talhausen.",
            ["Die Umleitung führt über Altdorf, Neuheim, Bergen und Talhausen."],
            False,
        ),
        (
            "Es gibt neue Chancen für Projekte, Austausch und Zusammenarbeit.",
            [
                "Es gibt neue Chancen für Projekte.",
                "Es gibt neue Chancen für Austausch.",
                "Es gibt neue Chancen für Zusammenarbeit.",
            ],
            False,
        ),
        # a relative clause about the last member may name it again
        (
            "Es vereinte Dominions, Kronkolonien, Protektorate und andere Gebiete, die aus Kolonien hervorgingen.",
            [
                "Es vereinte Dominions, Kronkolonien, Protektorate und andere Gebiete.",
                "Die Gebiete gingen aus Kolonien hervor.",
            ],
            False,
        ),
    ],
)
def test_every_member_of_a_list_stays_in_the_list(source: str, outputs: list[str], torn: bool) -> None:
    found = wellformed.list_torn(analyse_sentence(source), _clauses(*outputs))
    assert (found is not None) == torn
