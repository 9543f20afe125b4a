"""Rules S1-S3: clause splitting, relative clauses, appositions, parentheses, dates (German in -> exact out)."""

from __future__ import annotations

import pytest

from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite.engine import simplify_sentence
from tests.rewrite.examples import examples_test, rewrite

SUBORDINATE = [
    ("Wir bleiben zu Hause, weil es regnet.", ["Wir bleiben zu Hause.", "Der Grund ist: Es regnet."]),
    ("Weil es regnet, bleiben wir zu Hause.", ["Es regnet.", "Deshalb bleiben wir zu Hause."]),
    ("Wenn es regnet, bleiben wir zu Hause.", ["Wenn es regnet: Dann bleiben wir zu Hause."]),
    (
        "Das Fest findet statt, wenn das Wetter gut ist.",
        ["Wenn das Wetter gut ist: Dann findet das Fest statt."],
    ),
    (
        "Die Kinder spielen draußen, obwohl es kalt ist.",
        ["Es ist kalt.", "Trotzdem spielen die Kinder draußen."],
    ),
    (
        "Der Bürgermeister spricht, bevor das Fest beginnt.",
        ["Der Bürgermeister spricht.", "Danach beginnt das Fest."],
    ),
    (
        "Nachdem die Gäste angekommen sind, beginnt das Konzert.",
        ["Die Gäste sind angekommen.", "Danach beginnt das Konzert."],
    ),
    (
        "Die Stadt baut eine neue Schule, damit alle Kinder einen Platz haben.",
        ["Die Stadt baut eine neue Schule.", "Das Ziel ist: Alle Kinder haben einen Platz."],
    ),
    (
        "Die Straße wird gesperrt, sodass die Busse eine Umleitung fahren.",
        ["Man sperrt die Straße.", "Deshalb fahren die Busse eine Umleitung."],
    ),
    (
        "Das Duo reiste nach Banja Luka, um dort bei einem Konzert aufzutreten.",
        ["Das Duo ist nach Banja Luka gereist.", "Das Duo wollte dort bei einem Konzert auftreten."],
    ),
    (
        "Die Stadt informiert darüber, dass die Straße gesperrt ist.",
        ["Die Stadt informiert darüber: Die Straße ist gesperrt."],
    ),
    # must not fire: an indirect question, and a sentence without a subordinate clause
    ("Ich weiß nicht, ob der Bus kommt.", ["Ich weiß nicht, ob der Bus kommt."]),
    ("Das Rathaus bleibt am Montag geschlossen.", ["Das Rathaus bleibt am Montag geschlossen."]),
]

RELATIVE = [
    (
        "Der Bürgermeister, der seit 2010 im Amt ist, eröffnet das Fest.",
        ["Der Bürgermeister eröffnet das Fest.", "Der Bürgermeister ist seit 2010 im Amt."],
    ),
    (
        "Die Stadt baut eine Halle, in der 500 Menschen Platz haben.",
        ["Die Stadt baut eine Halle.", "In der Halle haben 500 Menschen Platz."],
    ),
    (
        "Der Verein lädt zum Sommerfest ein, zu dem jedes Jahr viele Gäste kommen.",
        ["Der Verein lädt zum Sommerfest ein.", "Zu dem Sommerfest kommen jedes Jahr viele Gäste."],
    ),
    (
        "Eltern, die einen Platz in einer Kita suchen, können ihr Kind ab Februar anmelden.",
        # a restrictive clause stays a restriction (issue 13, shape 2)
        [
            "Manche Eltern suchen einen Platz in einer Kita.",
            "Diese Eltern können ihr Kind ab Februar anmelden.",
        ],
    ),
    (
        "Die Stadt ist seit 1960 mit Haarlem in den Niederlanden verbunden, das nahe am Meer liegt.",
        ["Die Stadt ist seit 1960 mit Haarlem in den Niederlanden verbunden.", "Haarlem liegt nahe am Meer."],
    ),
    (
        "Der Umbau kostete 1,8 Millionen Euro, von denen 40 Prozent das Land bezahlt hat.",
        ["Der Umbau hat 1,8 Millionen Euro gekostet.", "Davon hat 40 Prozent das Land bezahlt."],
    ),
    (
        "Die Stadt Izmit ist nach dem Erdbeben im Jahr 1999, bei dem viele Menschen starben, gewachsen.",
        [
            "Die Stadt Izmit ist nach dem Erdbeben im Jahr 1999 gewachsen.",
            "Bei dem Erdbeben sind viele Menschen gestorben.",
        ],
    ),
    (
        "Sie können sich an das Familienbüro in der Schulstraße 4 wenden, das montags geöffnet ist.",
        [
            "Sie können sich an das Familienbüro in der Schulstraße 4 wenden.",
            "Das Familienbüro ist montags geöffnet.",
        ],
    ),
    (
        "Sie können in das Baubüro am Rand der Baustelle kommen, das von der Bauleitung besetzt wird.",
        [
            "Sie können in das Baubüro am Rand von der Baustelle kommen.",
            "Die Bauleitung besetzt das Baubüro.",
        ],
    ),
    # the relative clause belongs to the feminine noun before "mit Arnstadt in Thüringen": a singular
    # "die" with a singular verb cannot refer to a place name (neuter)
    (
        "Das gilt für die Partnerschaft mit Arnstadt in Thüringen, die 1989 geschlossen wurde.",
        [
            "Das gilt für die Partnerschaft mit Arnstadt in Thüringen.",
            "Man hat die Partnerschaft 1989 geschlossen.",
        ],
    ),
]

COORDINATION = [
    (
        "Die beiden Städte tauschen sich regelmäßig aus und organisieren gemeinsame Projekte.",
        [
            "Die beiden Städte tauschen sich regelmäßig aus.",
            "Die beiden Städte organisieren gemeinsame Projekte.",
        ],
    ),
    (
        "Die Stadt lädt alle Bürger ein, aber die Plätze sind begrenzt.",
        ["Die Stadt lädt alle Bürger ein.", "Aber die Plätze sind begrenzt."],
    ),
    (
        "Die Bibliothek bleibt geschlossen, denn das Dach wird repariert.",
        ["Die Bibliothek bleibt geschlossen.", "Der Grund ist: Das Dach wird repariert."],
    ),
    (
        "Auch sonst ist viel in Bewegung: Vier Jugendliche reisen im Sommer nach Japan.",
        ["Auch sonst ist viel in Bewegung.", "Vier Jugendliche reisen im Sommer nach Japan."],
    ),
    (
        "Die Gäste aus Frankreich stellten ihre Stadt vor – und weckten große Reiselust.",
        [
            "Die Gäste aus Frankreich haben ihre Stadt vorgestellt.",
            "Die Gäste aus Frankreich haben große Reiselust geweckt.",
        ],
    ),
    (
        "Die Gäste können einen Sehtest machen, ihren Rollator prüfen lassen und in einem Bus üben.",
        [
            "Die Gäste können einen Sehtest machen.",
            "Die Gäste können ihren Rollator prüfen lassen.",
            "Die Gäste können in einem Bus üben.",
        ],
    ),
    # must not fire: coordinated nouns, and one auxiliary shared by both parts
    (
        "Die Stadt wird den Austausch fortsetzen und erweitern.",
        ["Die Stadt wird den Austausch fortsetzen und erweitern."],
    ),
    ("Die Stadt lädt Bürger und Gäste zum Fest ein.", ["Die Stadt lädt Bürger und Gäste zum Fest ein."]),
    ("Schülerinnen und Schüler besuchen das Rathaus.", ["Schülerinnen und Schüler besuchen das Rathaus."]),
    ("Die Stadt hat das Geld und die Zeit investiert.", ["Die Stadt hat das Geld und die Zeit investiert."]),
]

APPOSITION = [
    (
        "Die Partnerschaft mit Columbia (USA) besteht seit 25 Jahren.",
        ["Die Partnerschaft mit Columbia in den USA besteht seit 25 Jahren."],
    ),
    (
        "Die Gäste kommen aus Haarlem (Niederlande) und Izmit (Türkei).",
        ["Die Gäste kommen aus Haarlem in den Niederlanden und Izmit in der Türkei."],
    ),
    (
        "Anna Berg, Leiterin des Kulturamts, eröffnet die Ausstellung.",
        ["Anna Berg ist Leiterin vom Kulturamt.", "Anna Berg eröffnet die Ausstellung."],
    ),
    (
        "Die Leiterin des Kulturamts, Anna Berg, eröffnete die Ausstellung.",
        ["Anna Berg ist die Leiterin vom Kulturamt.", "Anna Berg hat die Ausstellung eröffnet."],
    ),
    (
        "Die Jugendlichen verbrachten zwei Wochen in Bunkyo-ku, der japanischen Partnerstadt.",
        [
            "Die Jugendlichen haben zwei Wochen in Bunkyo-ku verbracht.",
            "Bunkyo-ku ist die japanische Partnerstadt.",
        ],
    ),
    (
        "Die Stadt hat viele Projekte, darunter ein Konzert und eine Ausstellung.",
        ["Die Stadt hat viele Projekte.", "Dazu gehören ein Konzert und eine Ausstellung."],
    ),
    (
        "Karlsruhe – Die Stadt Karlsruhe geht einen neuen Weg und setzt auf Partnerschaften.",
        [
            "Karlsruhe – Die Stadt Karlsruhe geht einen neuen Weg.",
            "Die Stadt Karlsruhe setzt auf Partnerschaften.",
        ],
    ),
    (
        "Die Schulen bereiten für den 27. Januar 2026, den Gedenktag der Befreiung von Auschwitz, eine Ausstellung vor.",
        [
            "Die Schulen bereiten für den 27. Januar 2026 eine Ausstellung vor.",
            "Der 27. Januar 2026 ist der Gedenktag von der Befreiung von Auschwitz.",
        ],
    ),
    # must not fire: an enumeration of names, and a parenthesis that is no country
    (
        "Die Stadt hat Partner in Angers, Derby und Haarlem.",
        ["Die Stadt hat Partner in Angers, Derby und Haarlem."],
    ),
    ("Das Fest (mit Musik) beginnt um 18 Uhr.", ["Das Fest (mit Musik) beginnt um 18 Uhr."]),
]

READER = [
    (
        "Wer keinen Internetzugang hat oder Unterstützung braucht, kann sich an das Familienbüro wenden.",
        [
            "Vielleicht haben Sie keinen Internetzugang.",
            "Oder Sie brauchen Unterstützung.",
            "Dann können Sie sich an das Familienbüro wenden.",
        ],
    ),
    (
        "Wer dort seine Unterlagen abholt, kann auch sofort wählen.",
        ["Vielleicht holen Sie dort Ihre Unterlagen ab.", "Dann können Sie auch sofort wählen."],
    ),
    (
        "Wer helfen möchte, meldet sich beim Wahlamt an.",
        ["Vielleicht möchten Sie helfen.", "Dann melden Sie sich beim Wahlamt an."],
    ),
    (
        "Wer keinen Kalender erhalten hat, kann ihn im Rathaus abholen.",
        ["Vielleicht haben Sie keinen Kalender erhalten.", "Dann können Sie ihn im Rathaus abholen."],
    ),
    (  # the verb "sein" is no possessive
        "Wer Mitglied ist, kann im Verein Trainer sein.",
        ["Vielleicht sind Sie Mitglied.", "Dann können Sie im Verein Trainer sein."],
    ),
    # must not fire: a question
    ("Wer kommt morgen zum Fest?", ["Wer kommt morgen zum Fest?"]),
]

DATES = [
    (
        "Der Seniorenbeirat lädt am Mittwoch, 7. Oktober 2026, von 10 bis 15 Uhr zu einem Aktionstag rund um die Sicherheit ein.",
        [
            "Der Seniorenbeirat lädt zu einem Aktionstag rund um die Sicherheit ein.",
            "Das ist am Mittwoch, 7. Oktober 2026.",
            "Das ist von 10 bis 15 Uhr.",
        ],
    ),
    # must not fire: a short sentence keeps its date
    ("Das Fest beginnt am 3. Juli um 18 Uhr.", ["Das Fest beginnt am 3. Juli um 18 Uhr."]),
]


SHARED_AND_REPAIRED = [
    # two singular subjects under one plural auxiliary: one sentence each with the singular
    (
        "Auch werden die kulturelle Arbeit und das Verständnis für andere Länder in den Schulen gefördert.",
        [
            "Auch fördert man die kulturelle Arbeit.",
            "Auch fördert man das Verständnis für andere Länder in den Schulen.",
        ],
    ),
    # a truncated compound list is one noun for a relative clause
    (
        "Die Papier-, Glas- und Biotonnen, die sonst am Montag geleert werden, werden am Dienstag abgeholt.",
        [
            "Die Papier-, Glas- und Biotonnen werden am Dienstag abgeholt.",
            "Die Papier-, Glas- und Biotonnen werden sonst am Montag geleert.",
        ],
    ),
    # a relative clause ends in its verb, even where the tagger saw a participle ("erhalten")
    (
        "Für das Fest werden noch viele Helferinnen und Helfer gesucht, die ein kleines Geld erhalten.",
        # the helpers are sought, not there yet: no statement about them (restrictive clause after "viele")
        ["Für das Fest werden noch viele Helferinnen und Helfer gesucht, die ein kleines Geld erhalten."],
    ),
    # "liegen gebliebene" is one adjective, not a verb of the "damit" clause
    (
        "Der Bürgermeister hat das Fest eröffnet, damit alle Gäste liegen gebliebene Spiele abholen können.",
        [
            "Der Bürgermeister hat das Fest eröffnet.",
            "Das Ziel ist: Alle Gäste können liegen gebliebene Spiele abholen.",
        ],
    ),
    # "was" after a whole clause: "Das" takes its place
    (
        "Das Land hat den Umbau mit 80.000 Euro gefördert, was etwa 70 Prozent der Kosten entspricht.",
        [
            "Das Land hat den Umbau mit 80.000 Euro gefördert.",
            "Das entspricht etwa 70 Prozent von den Kosten.",
        ],
    ),
    ("Wir machen alles, was die Stadt braucht.", ["Wir machen alles, was die Stadt braucht."]),
    ("Die Stadt hat genau gesehen, was dort passiert.", ["Die Stadt hat genau gesehen, was dort passiert."]),
    # must not fire: short; a plural subject; phrases that belong to both subjects
    (
        "Im Sommer werden die Brücke und das Ufer erneuert.",
        ["Im Sommer erneuert man die Brücke und das Ufer."],
    ),
    (
        "Auch werden die alten Brücken und das Ufer zum Fluss in den nächsten Jahren erneuert.",
        ["Auch erneuert man die alten Brücken und das Ufer zum Fluss in den nächsten Jahren."],
    ),
    (
        "Am Wochenende sind die Bibliothek und das Museum in der Altstadt für alle Gäste kostenlos geöffnet.",
        [
            "Die Bibliothek und das Museum sind in der Altstadt für alle Gäste kostenlos geöffnet.",
            "Das ist am Wochenende.",
        ],
    ),
    # the verb of the clause stays a verb before an ordinary adjective
    (
        "Die beiden Städte tauschen sich aus und organisieren gemeinsame Projekte.",
        ["Die beiden Städte tauschen sich aus.", "Die beiden Städte organisieren gemeinsame Projekte."],
    ),
]


@pytest.mark.parametrize(("source", "expected"), SHARED_AND_REPAIRED)
def test_shared_subjects_and_repaired_tags(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), SUBORDINATE)
def test_subordinate_clauses_become_main_clauses(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), RELATIVE)
def test_relative_clauses_repeat_the_noun(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), COORDINATION)
def test_coordinated_main_clauses_are_split(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), APPOSITION)
def test_appositions_and_parentheses(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), READER)
def test_wer_sentences_address_the_reader(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize(("source", "expected"), DATES)
def test_dates_in_long_sentences_get_their_own_sentence(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


def test_rule_names_are_reported() -> None:
    _output, rules = simplify_sentence(analyse_sentence("Weil es regnet, bleiben wir zu Hause."), "leichte")
    assert rules == ("S3.subordinate",)


def test_einfache_keeps_one_short_subordinate_clause() -> None:
    source = "Wir bleiben zu Hause, weil es regnet."
    assert rewrite(source, "einfache") == [source]


def test_einfache_splits_long_sentences() -> None:
    source = "Die Stadt baut im Zentrum eine große neue Schule mit einer Halle, weil im Stadtteil immer mehr junge Familien wohnen."
    assert rewrite(source, "einfache") == [
        "Die Stadt baut im Zentrum eine große neue Schule mit einer Halle.",
        "Der Grund ist: Im Stadtteil wohnen immer mehr junge Familien.",
    ]


test_examples = examples_test("clauses")
