"""Rule S5: a passive becomes active with its agent, "man" or the issuer of the release (German in -> exact out)."""

from __future__ import annotations

import pytest

from simplify.document import Rewrite, Sentence
from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite import voice
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
        ["Das Fest hat im Park stattgefunden.", "Die Stadt Lindenau hat das organisiert."],
    ),
    (
        "Das Duo reiste nach Rom – unterstützt durch den Verein Kulturregion Westpfalz.",
        ["Das Duo ist nach Rom gereist.", "Der Verein Kulturregion Westpfalz hat das unterstützt."],
    ),
    (
        "Die Kinder spielen – begleitet von ihren Eltern.",
        ["Die Kinder spielen – begleitet von ihren Eltern."],
    ),
    # the agent in the nominative by its article, noun and number (simplify.nlp.agreement)
    ("Die Straße wird vom Bauamt gesperrt.", ["Das Bauamt sperrt die Straße."]),
    ("Der Preis wurde von einem Verein gestiftet.", ["Ein Verein hat den Preis gestiftet."]),
    # a coordination of noun phrases with a genitive: the whole agent becomes the subject (issue catalogue R035)
    (
        "Die Arbeiten werden von beauftragten Fachfirmen sowie Mitarbeitern des Garten- und Friedhofsamtes "
        "ausgeführt.",
        ["Beauftragte Fachfirmen sowie Mitarbeiter vom Garten- und Friedhofsamt führen die Arbeiten aus."],
    ),
    (
        "Am Dienstag wird er von der Dezernentin und dem Bürgermeister eröffnet.",
        ["Am Dienstag eröffnen ihn die Dezernentin und der Bürgermeister."],
    ),
    # must not fire: no agent (rule S8 makes the past perfect), a state passive
    ("Das Rathaus wurde 1900 gebaut.", ["Man hat das Rathaus 1900 gebaut."]),
    ("Die Halle ist geschlossen.", ["Die Halle ist geschlossen."]),
]

ACTIVE_NOT_FIRING = [
    # "Sie" first: the reader or "they"? The accusative would have to decide.
    "Sie werden von beauftragten Fachfirmen sowie Mitarbeitern des Garten- und Friedhofsamtes ausgeführt.",
    # "von Montag bis Freitag" is a time, no agent
    "Weitere Fragen werden unter der Rufnummer 115 von Montag bis Freitag gern beantwortet.",
    # "von Ausweisen" belongs to "Abholung", not to the verb
    "Kurze Anliegen wie die Abholung von Ausweisen werden ohne Termin bearbeitet.",
    "Der Radweg wird auf einer Länge von 2 Kilometern erneuert.",
]

MAN = [
    ("Die Straße wird am Montag gesperrt.", ["Man sperrt die Straße am Montag."]),
    ("Am Montag wird die Straße gesperrt.", ["Am Montag sperrt man die Straße."]),
    ("Der Radweg wird im Sommer erneuert.", ["Man erneuert den Radweg im Sommer."]),
    ("Die Gebühren werden ab Januar angehoben.", ["Man hebt die Gebühren ab Januar an."]),
    ("Der Antrag wird geprüft.", ["Man prüft den Antrag."]),
    ("Der Müll wird nicht abgeholt.", ["Man holt den Müll nicht ab."]),
    ("Die Briefe werden bis zum 30. April verschickt.", ["Man verschickt die Briefe bis zum 30. April."]),
    ("Bei den Arbeiten wird der Artenschutz beachtet.", ["Bei den Arbeiten beachtet man den Artenschutz."]),
]

MAN_NOT_FIRING = [
    "Die Eltern werden gebeten, die Kinder pünktlich abzuholen.",  # persons
    "Sie werden gebeten, pünktlich zu kommen.",
    "Die Kinder werden betreut.",
    "Die Bürger werden informiert.",
    "Die Straße muss gesperrt werden.",  # a modal verb
    "Die Gäste wurden begrüßt.",  # persons in the past (rule S8)
    "Es wird gefeiert.",  # no subject
    "Den Kindern wird geholfen.",
    "Die Straße wird durch den Regen überflutet.",  # "durch": a cause or an agent
    "Das Rathaus Mitte wird saniert.",  # a name
    "Die Halle ist geschlossen.",  # state passive (DIN allows it)
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_passive_with_agent_becomes_active(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


def test_active_is_reported_by_name() -> None:
    _output, rules = simplify_sentence(analyse_sentence("Die Schule wurde von der Stadt gebaut."), "leichte")
    assert rules == ("S5.active",)


@pytest.mark.parametrize("source", ACTIVE_NOT_FIRING)
def test_passives_whose_agent_is_unsure_stay(source: str) -> None:
    _output, names = simplify_sentence(analyse_sentence(source), "leichte")
    assert "S5.active" not in names


@pytest.mark.parametrize(("source", "expected"), MAN)
def test_passive_of_a_thing_without_agent_becomes_man(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize("source", MAN_NOT_FIRING)
def test_passives_that_keep_their_voice(source: str) -> None:
    _output, names = simplify_sentence(analyse_sentence(source), "leichte")
    assert "S5.man" not in names


def _rewrite(source: str, output: list[str], rules: list[str]) -> Rewrite:
    tokens = analyse_sentence(source)
    return Rewrite(Sentence(source, tokens, "paragraph", 0), list(output), list(rules))


ISSUER = [
    ("Man sperrt die Straße am Montag.", "Die Stadt Lindenau sperrt die Straße am Montag."),
    ("Am Montag sperrt man die Straße.", "Am Montag sperrt die Stadt Lindenau die Straße."),
    ("Man bietet ab Januar neue Kurse an.", "Die Stadt Lindenau bietet ab Januar neue Kurse an."),
    # a verb the administration does not perform itself: "man" stays
    ("Man feiert die Eröffnung.", "Man feiert die Eröffnung."),
]


@pytest.mark.parametrize(("line", "expected"), ISSUER)
def test_the_issuer_takes_the_place_of_man(line: str, expected: str) -> None:
    rewrite_ = _rewrite("Die Straße wird gesperrt.", [line], ["S5.man"])
    voice.with_issuer([rewrite_], "die Stadt Lindenau")
    assert rewrite_.output == [expected]
    assert ("S5.issuer" in rewrite_.rules) == (expected != line)


def test_the_issuer_replaces_only_a_man_that_rule_s5_wrote() -> None:
    own = _rewrite("Man sperrt die Straße.", ["Man sperrt die Straße."], ["S5.man"])
    other = _rewrite("Die Straße wird gesperrt.", ["Man sperrt die Straße."], ["S8.perfect"])
    voice.with_issuer([own, other], "die Stadt Lindenau")
    assert own.output == other.output == ["Man sperrt die Straße."]
    voice.with_issuer([other], None)
    assert other.output == ["Man sperrt die Straße."]


test_examples = examples_test("voice")
