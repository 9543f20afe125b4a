"""Rule S1: phrases of long sentences get a sentence of their own (German in -> exact out).

Topics ("rund um X", "zum Thema „X“"), stretches ("zwischen X und Y"), partners ("gemeinsam mit X") and
clock times after a day ("Das ist am Mittwoch." + "Das ist von 10 bis 15 Uhr."), a role ("Als X ...") and a
focus ("mit dem Fokus auf X").
"""

from __future__ import annotations

import pytest

from simplify.document import Token
from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite.adverbials import clock_apart
from simplify.rewrite.syntax import render
from tests.rewrite.examples import examples_test, rewrite

TOPIC = [
    # "über X" after an event noun; "im Rathaus" may tell where the talk is: no split there
    (
        "Die Polizistin Anna Berg hält einen kurzen Vortrag über Betrug an der Haustür und am Telefon.",
        [
            "Die Polizistin Anna Berg hält einen kurzen Vortrag.",
            "Es geht um Betrug an der Haustür und am Telefon.",
        ],
    ),
    (
        "Die Polizistin Anna Berg hält einen langen Vortrag über die Sicherheit im Rathaus am Markt.",
        ["Die Polizistin Anna Berg hält einen langen Vortrag über die Sicherheit im Rathaus am Markt."],
    ),
    (
        "Der Seniorenbeirat lädt im Herbst zu einem großen Aktionstag rund um die Sicherheit im Straßenverkehr ein.",
        [
            "Der Seniorenbeirat lädt zu einem großen Aktionstag ein.",
            "Es geht um die Sicherheit im Straßenverkehr.",
            "Das ist im Herbst.",
        ],
    ),
    (
        "Im November folgt auch eine Lesung mit der bekannten Autorin zum Thema „Kinder und Medien“.",
        [
            "Im November folgt auch eine Lesung mit der bekannten Autorin.",
            "Das Thema ist „Kinder und Medien“.",
        ],
    ),
    # must not fire: a short sentence
    (
        "Die Stadt lädt zu einem Aktionstag rund um das Rad ein.",
        ["Die Stadt lädt zu einem Aktionstag rund um das Rad ein."],
    ),
    # must not fire: "rund um" after a place names a place, not a topic (only the time moves)
    (
        "Der Turm steht seit vielen Jahren mitten in der Stadt rund um den großen alten Marktplatz.",
        [
            "Der Turm steht mitten in der Stadt rund um den großen alten Marktplatz.",
            "Das ist seit vielen Jahren so.",
        ],
    ),
    # must not fire: a phrase with "für" may belong to the event ("ein Turnier für alle Kinder")
    (
        "Der Sportverein veranstaltet am Wochenende ein großes Turnier rund um den Fußball für alle Kinder.",
        [
            "Der Sportverein veranstaltet ein großes Turnier rund um den Fußball für alle Kinder.",
            "Das ist am Wochenende.",
        ],
    ),
]

BETWEEN = [
    (
        "Die Hauptstraße zwischen dem Bahnhof und der Kreuzung am Marktplatz wird ab Montag für alle Autos gesperrt.",
        [
            "Man sperrt die Hauptstraße für alle Autos.",
            "Das gilt zwischen dem Bahnhof und der Kreuzung am Marktplatz.",
            "Das ist ab Montag.",
        ],
    ),
    (
        "Der Radweg zwischen Altdorf und Neudorf wird in diesem Sommer auf einer Länge von 2 Kilometern erneuert.",
        [
            "Der Radweg wird auf einer Länge von 2 Kilometern erneuert.",
            "Das gilt zwischen Altdorf und Neudorf.",
            "Das ist in diesem Sommer.",
        ],
    ),
    # must not fire: a short sentence
    ("Die Straße zwischen den Häusern ist eng.", ["Die Straße zwischen den Häusern ist eng."]),
    # must not fire: "zwischen" in first position is no part of a subject
    (
        "Zwischen dem Bahnhof und dem Rathaus fahren ab Montag neue Busse der Stadtwerke im Takt von 10 Minuten.",
        [
            "Zwischen dem Bahnhof und dem Rathaus fahren neue Busse von den Stadtwerken im Takt von 10 Minuten.",
            "Das ist ab Montag.",
        ],
    ),
]

TOGETHER = [
    (
        "Zur Eröffnung lädt die Stadt gemeinsam mit dem Heimatverein Lindenau e. V. zu einem Tag der offenen Tür ein.",
        [
            "Zur Eröffnung lädt die Stadt zu einem Tag der offenen Tür ein.",
            "Die Stadt macht das gemeinsam mit dem Heimatverein Lindenau e. V.",
        ],
    ),
    # must not fire: "am Park" may belong to the school
    (
        "Der Förderverein organisiert gemeinsam mit der Grundschule am Park im Juni ein großes Sommerfest für Familien.",
        [
            "Der Förderverein organisiert gemeinsam mit der Grundschule am Park im Juni ein großes Sommerfest für Familien."
        ],
    ),
    # must not fire: a plural subject ("machen", not "macht")
    (
        "Die Kinder und die Eltern pflanzen gemeinsam mit dem Gartenamt im Frühjahr viele neue Bäume im Stadtpark.",
        [
            "Die Kinder und die Eltern pflanzen gemeinsam mit dem Gartenamt im Frühjahr viele neue Bäume im Stadtpark."
        ],
    ),
    # must not fire: a passive has no subject that "macht das"
    (
        "Veranstaltet wird der Tag gemeinsam mit der Polizei, der Verkehrswacht und den Stadtwerken im Bürgerhaus am Kurpark.",
        [
            "Veranstaltet wird der Tag gemeinsam mit der Polizei, der Verkehrswacht und den Stadtwerken im Bürgerhaus am Kurpark."
        ],
    ),
    (
        "Die Stadt feiert gemeinsam mit den Partnerstädten.",
        ["Die Stadt feiert gemeinsam mit den Partnerstädten."],
    ),
]

CLOCK = [
    (
        "Der Beirat lädt am Mittwoch, 7. Oktober 2026, von 10 bis 15 Uhr zu einem Aktionstag in das Bürgerhaus ein.",
        [
            "Der Beirat lädt zu einem Aktionstag in das Bürgerhaus ein.",
            "Das ist am Mittwoch, 7. Oktober 2026.",
            "Das ist von 10 bis 15 Uhr.",
        ],
    ),
    (
        "Das Bürgerbüro öffnet zusätzlich an jedem ersten Samstag im Monat von 9 bis 12 Uhr für alle Anliegen.",
        [
            "Das Bürgerbüro öffnet zusätzlich für alle Anliegen.",
            "Das ist an jedem ersten Samstag im Monat.",
            "Das ist von 9 bis 12 Uhr.",
        ],
    ),
    # clock times bound to their days stay whole ("während des" is a preposition, not a conjunction)
    (
        "Während des Festes ist die Innenstadt von Freitag, 12 Uhr, bis Sonntag, 24 Uhr, für den Autoverkehr gesperrt.",
        [
            "Während des Festes ist die Innenstadt für den Autoverkehr gesperrt.",
            "Das ist von Freitag, 12 Uhr, bis Sonntag, 24 Uhr.",
        ],
    ),
    # a weekday adverb with a clock time and no preposition
    (
        "Ohne Termin werden kurze Anliegen wie die Abholung von Ausweisen dienstags 10-12 Uhr bearbeitet.",
        [
            "Ohne Termin werden kurze Anliegen wie die Abholung von Ausweisen bearbeitet.",
            "Das ist dienstags 10-12 Uhr.",
        ],
    ),
    # a year after a noun describes the statement, also at the end and with a range
    (
        "Das war ein Gegenbesuch zu den vielen jungen Gästen aus Frankreich im Jahr 2024.",
        ["Das war ein Gegenbesuch zu den vielen jungen Gästen aus Frankreich.", "Das war im Jahr 2024."],
    ),
    (
        "Damals war besonders die neue Musikschule in Lindenau in den Jahren 1993-1994 sehr aktiv.",
        [
            "Damals war besonders die neue Musikschule in Lindenau sehr aktiv.",
            "Das war in den Jahren 1993-1994.",
        ],
    ),
    ("Das Fest beginnt am 3. Juli um 18 Uhr.", ["Das Fest beginnt am 3. Juli um 18 Uhr."]),
]


ROLE_AND_FOCUS = [
    (
        "Als Leiterin plant Frau Berg jedes Jahr alle großen Feste und Märkte in der ganzen Stadt.",
        [
            "Frau Berg ist Leiterin.",
            "Frau Berg plant jedes Jahr alle großen Feste und Märkte in der ganzen Stadt.",
        ],
    ),
    (
        "Als Botschafter erledigen sie dort alle anfallenden Aufgaben im Rathaus in der Partnerstadt.",
        [
            "Sie sind Botschafter.",
            "Sie erledigen dort alle anfallenden Aufgaben im Rathaus in der Partnerstadt.",
        ],
    ),
    (
        "Die Stadt gründete 1958 einen großen Verein für Kinder mit dem Schwerpunkt auf Jugendarbeit.",
        [
            "Die Stadt hat 1958 einen großen Verein für Kinder gegründet.",
            "Der Schwerpunkt hat auf Jugendarbeit gelegen.",
        ],
    ),
    (
        "Die Schule bietet viele neue Kurse für Kinder und Jugendliche mit dem Fokus auf Musik an.",
        ["Die Schule bietet viele neue Kurse für Kinder und Jugendliche an.", "Der Fokus liegt auf Musik."],
    ),
    # must not fire: a role with an adjective needs an article ("die erste Stadt"); short sentences
    (
        "Als erste Stadt in Hessen hat Kassel einen Preis für die beste Arbeit mit Kindern gewonnen.",
        ["Als erste Stadt in Hessen hat Kassel einen Preis für die beste Arbeit mit Kindern gewonnen."],
    ),
    ("Als Leiterin plant Frau Berg die Feste.", ["Als Leiterin plant Frau Berg die Feste."]),
    ("Der Kurs mit dem Fokus auf Musik ist neu.", ["Der Kurs mit dem Fokus auf Musik ist neu."]),
]


@pytest.mark.parametrize(("source", "expected"), ROLE_AND_FOCUS)
def test_roles_and_focus_get_their_own_sentence(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), TOPIC)
def test_topics_get_their_own_sentence(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), BETWEEN)
def test_stretches_get_their_own_sentence(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), TOGETHER)
def test_partners_get_their_own_sentence(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), CLOCK)
def test_clock_times_leave_a_long_day(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


def _statement(text: str) -> list[Token]:
    return list(analyse_sentence(text))[:-1]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "Das ist am Mittwoch, 7. Oktober 2026, von 10 bis 15 Uhr.",
            ["Das ist am Mittwoch, 7. Oktober 2026.", "Das ist von 10 bis 15 Uhr."],
        ),
        ("Das ist am Mittwoch von 10 bis 15 Uhr.", ["Das ist am Mittwoch von 10 bis 15 Uhr."]),
    ],
)
def test_clock_apart(statement: str, expected: list[str]) -> None:
    assert [render(part) for part in clock_apart(_statement(statement))] == expected


test_examples = examples_test("phrases")
