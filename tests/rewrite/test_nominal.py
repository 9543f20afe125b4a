"""Rule S10: the nominal style of press releases becomes verbs (German in -> exact out, and must-not-fire)."""

from __future__ import annotations

import pytest

from simplify import lexicon
from simplify.nlp import verbs
from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite.engine import simplify_sentence
from tests.rewrite.examples import examples_test, rewrite

HAPPENS = [
    # the genitive is the object: a passive (rules S5 and S8 go on where they can)
    (
        "Die Sanierung der Schule erfolgt in den Sommerferien.",
        ["Die Schule wird in den Sommerferien saniert."],
    ),
    ("Die Eröffnung des neuen Bades erfolgt am Montag.", ["Man eröffnet das neue Bad am Montag."]),
    (
        "Die Verteilung der Gutscheine erfolgte im Rathaus.",
        ["Die Gutscheine sind im Rathaus verteilt worden."],
    ),
    # with its agent: active
    ("Die Auszahlung des Geldes erfolgt durch das Amt.", ["Das Amt zahlt das Geld aus."]),
    # the genitive is the subject
    ("Die Abfahrt des Busses erfolgt um 9 Uhr.", ["Der Bus fährt um 9 Uhr ab."]),
    ("Die Teilnahme der Kinder erfolgt freiwillig.", ["Die Kinder nehmen freiwillig teil."]),
    # no genitive: "ist" before a time only
    ("Die Abfuhr erfolgt am Freitag.", ["Die Abfuhr ist am Freitag."]),
    ("Die Abfuhr erfolgte am Freitag, 3. November 2017.", ["Die Abfuhr war am Freitag, 3. November 2017."]),
]

HAPPENS_NOT_FIRING = [
    "Die Anmeldung erfolgt online.",  # no time after it
    "Die Eröffnung erfolgt am Montag durch den Bürgermeister.",  # no genitive to be the object
    "Die Eröffnung der neuen großen Halle erfolgt, wenn alles fertig ist.",
]

LIGHT_VERBS = [
    ("Der Rat trifft am Montag eine Entscheidung.", ["Der Rat entscheidet am Montag."]),
    ("Der Rat traf eine Entscheidung über den Antrag.", ["Der Rat hat über den Antrag entschieden."]),
    ("Der Rat hat eine Entscheidung getroffen.", ["Der Rat hat entschieden."]),
    ("Der Rat muss eine Entscheidung treffen.", ["Der Rat muss entscheiden."]),
    ("Das Verfahren kommt zur Anwendung.", ["Das Verfahren wird angewendet."]),
    ("Das Verfahren ist zur Anwendung gekommen.", ["Das Verfahren ist angewendet worden."]),
    ("Das Verfahren kann zur Anwendung kommen.", ["Das Verfahren kann angewendet werden."]),
    ("Viele Bürger nehmen das Angebot in Anspruch.", ["Viele Bürger nutzen das Angebot."]),
    ("Die Feuerwehr leistete schnell Hilfe.", ["Die Feuerwehr hat schnell geholfen."]),
    ("Die Stadt setzt die Bürger in Kenntnis.", ["Die Stadt informiert die Bürger."]),
]

LIGHT_VERBS_NOT_FIRING = [
    "Der Rat trifft eine wichtige Entscheidung.",  # an adjective would have to become an adverb
    "Der Rat trifft die Entscheidung des Ausschusses.",  # a genitive after the noun
    "Die Stadt nimmt das neue Bad in Betrieb.",  # not in the table
]

AFTER = [
    (
        "Nach Abschluss der Arbeiten wird die Straße wieder freigegeben.",
        ["Wenn die Arbeiten fertig sind: Dann wird die Straße wieder freigegeben."],
    ),
    (
        "Nach Abschluss der Arbeiten wurde die Straße wieder freigegeben.",
        ["Die Arbeiten waren fertig.", "Danach hat man die Straße wieder freigegeben."],
    ),
    (
        "Nach Fertigstellung des Baus ziehen die Kinder ein.",
        ["Wenn der Bau fertig ist: Dann ziehen die Kinder ein."],
    ),
    (
        "Nach Abschluss der Sanierung öffnet die Halle wieder.",
        ["Wenn die Sanierung fertig ist: Dann öffnet die Halle wieder."],
    ),
]

AFTER_NOT_FIRING = [
    "Nach Beendigung der Sitzung gibt es einen Empfang.",  # a meeting is not "fertig"
    "Nach Abschluss der Sitzung gibt es einen Empfang.",
    "Nach Abschluss der Arbeiten am Dach und an der Fassade wird die Halle wieder geöffnet.",
    "Nach dem Abschluss der Arbeiten wird die Straße wieder freigegeben.",
]


@pytest.mark.parametrize(("source", "expected"), HAPPENS + LIGHT_VERBS + AFTER)
def test_nouns_become_verbs(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize("source", HAPPENS_NOT_FIRING + LIGHT_VERBS_NOT_FIRING + AFTER_NOT_FIRING)
def test_nominal_phrases_that_stay(source: str) -> None:
    _output, names = simplify_sentence(analyse_sentence(source), "leichte")
    assert not any(name.startswith("S10.") for name in names)


def test_the_noun_table_has_sixty_rows_and_every_verb_conjugates() -> None:
    rows = lexicon.table("rewrite/nominal_verbs.tsv")
    assert len(rows) >= 60
    assert [verb for _noun, verb, _role in rows if verbs.conjugate(verb) is None] == []
    assert {role for _noun, _verb, role in rows} == {"object", "subject"}


def test_every_light_verb_phrase_names_a_verb_that_conjugates() -> None:
    rows = lexicon.table("rewrite/light_verbs.tsv")
    assert [row for row in rows if verbs.conjugate(row[0]) is None or verbs.conjugate(row[2]) is None] == []
    assert {row[3] for row in rows} == {"active", "passive"}


test_examples = examples_test("nominal")
