"""The rules of simplify/rewrite/relative.py, by their table of examples (tests/rewrite/examples/relative.tsv),
and issue 13, shape 2: a restrictive relative clause is never turned into a statement about everyone; a relative
clause is split off only where agreement shows which noun it belongs to and what role that noun has."""

from __future__ import annotations

import pytest

from tests.rewrite.examples import examples_test, rewrite

test_examples = examples_test("relative")

# Restrictive clauses after a noun that names the readers, in a sentence that offers or asks: "Sie".
TO_THE_READER = [
    (
        "Alle Eltern, die einen Platz suchen, können kommen.",
        ["Vielleicht suchen Sie einen Platz.", "Dann können Sie kommen."],
    ),
    (
        "Eltern, die den Termin nicht wahrnehmen können, wenden sich bitte an die Schule.",
        ["Vielleicht können Sie den Termin nicht wahrnehmen.", "Dann wenden Sie sich bitte an die Schule."],
    ),
    (
        "Jede Person, die sich impfen lassen möchte, kann ohne Termin kommen.",
        ["Vielleicht möchten Sie sich impfen lassen.", "Dann können Sie ohne Termin kommen."],
    ),
    (
        "Bürgerinnen und Bürger, die einen neuen Ausweis brauchen, müssen einen Termin vereinbaren.",
        ["Vielleicht brauchen Sie einen neuen Ausweis.", "Dann müssen Sie einen Termin vereinbaren."],
    ),
    (
        "Besucher, die mit dem Auto kommen, sollen bitte am Stadion parken.",
        ["Vielleicht kommen Sie mit dem Auto.", "Dann sollen Sie bitte am Stadion parken."],
    ),
]

# Other restrictive clauses after a plural: "Manche X ..." (or the text's own quantity), then "diese X".
RESTRICTED = [
    (
        "Alle Personen, die sich im Gebäude aufhielten, waren schon draußen.",
        ["Manche Personen hielten sich im Gebäude auf.", "Alle diese Personen waren schon draußen."],
    ),
    (
        "Kinder, die im Jahr 2019 geboren wurden, werden im Sommer schulpflichtig.",
        ["Manche Kinder sind im Jahr 2019 geboren worden.", "Diese Kinder werden im Sommer schulpflichtig."],
    ),
    (
        "Die Stadt hat alle Vereine eingeladen, die im Ort aktiv sind.",
        ["Manche Vereine sind im Ort aktiv.", "Die Stadt hat alle diese Vereine eingeladen."],
    ),
    (  # the noun is far from its clause: found by agreement ("waren" needs a plural), not "Wohngeld"
        "Somit können viele Familien Wohngeld bekommen, die bisher nicht berechtigt waren.",
        ["Viele Familien waren bisher nicht berechtigt.", "Somit können diese Familien Wohngeld bekommen."],
    ),
]

# Non-restrictive clauses (a definite singular, a known group) and clear roles: split as before.
SPLIT = [
    (
        "Der Bürgermeister, der seit 2010 im Amt ist, eröffnet das Fest.",
        ["Der Bürgermeister eröffnet das Fest.", "Der Bürgermeister ist seit 2010 im Amt."],
    ),
    (
        "Die Stadt baut eine Halle, in der 500 Menschen Platz haben.",
        ["Die Stadt baut eine Halle.", "In der Halle haben 500 Menschen Platz."],
    ),
    (  # "wir" can only be the subject: the relative pronoun is the object
        "Die Ansätze, die wir gefunden haben, sind gut.",
        ["Die Ansätze sind gut.", "Die Ansätze haben wir gefunden."],
    ),
]

# No rewrite: the evidence does not suffice, or the clause must stay a restriction and has no safe form.
STAYS = [
    "Jeder Baum, der krank ist, wird im Winter gefällt.",  # "jeder" and no reader: no safe form
    "Kein Kind, das hier wohnt, muss Gebühren zahlen.",  # "kein": never "Das Kind wohnt hier."
    "Die Stadt sucht Helfer, die am Samstag Zeit haben.",  # the helpers are sought, not there yet
    "Drei Schulen, die neue Räume bekommen, feiern im Mai.",  # schools or rooms may be the subject
    "Laura Schaller, die das Café betreibt, hat einen Vertrag erhalten.",  # she or the café may be the subject
    "Dieser Stein ist das dritte Geschenk, das Bremen von der Partnerstadt erhält.",  # gift or Bremen
    "Die Reparaturen werden bis Donnerstag, den 3. Juni abgeschlossen.",  # "den" is the article of a date
    # three feminine nouns before "an der": which one is meant is not clear
    "Am Montag fand die Feier für die Schule in der Halle statt, an der auch der Landrat teilnahm.",
    "Könnt ihr den Becher trinken, den ich trinke?",  # a question stays one sentence
]


@pytest.mark.parametrize(("source", "expected"), TO_THE_READER)
def test_a_restriction_on_the_readers_becomes_a_question_to_them(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), RESTRICTED)
def test_a_restriction_stays_a_restriction(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), SPLIT)
def test_a_clause_with_clear_evidence_becomes_a_sentence(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize("source", STAYS)
def test_a_clause_without_evidence_stays(source: str) -> None:
    assert rewrite(source) == [source]
