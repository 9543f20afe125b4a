"""The rules of simplify/rewrite/adverbials.py: time phrases get a sentence of their own ("Das ist ...") only
where nothing can be misread (issue "Drafts an editor can trust", shape 5). German in -> exact out."""

from __future__ import annotations

import pytest

from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite import adverbials
from simplify.rewrite.engine import repair
from tests.rewrite.examples import examples_test, rewrite

TIME = [
    # "jüngst" will read "vor kurzem" (glossary): the line counts as 13 words; an adverb after a noun moves
    (
        "So reiste das Duo aus Lindenau jüngst nach Lund in Schweden zu einem Konzert.",
        ["So ist das Duo aus Lindenau nach Lund in Schweden zu einem Konzert gereist.", "Das war jüngst."],
    ),
    # an adverb that names a time ("gestern")
    (
        "Die Kinder haben gestern im Garten von der Schule mit den Eltern ein großes Fest gefeiert.",
        [
            "Die Kinder haben im Garten von der Schule mit den Eltern ein großes Fest gefeiert.",
            "Das war gestern.",
        ],
    ),
    # "von Montag bis Freitag" stays with "Termine"; "nach Ostern" names a time too
    (
        "In der Woche nach Ostern verschieben sich alle Termine von Montag bis Freitag um einen Tag.",
        [
            "Alle Termine verschieben sich von Montag bis Freitag um einen Tag.",
            "Das ist in der Woche nach Ostern.",
        ],
    ),
    (
        "Hier arbeiten junge Leute aus der Partnerstadt ein Jahr lang in der Verwaltung im Rathaus.",
        [
            "Hier arbeiten junge Leute aus der Partnerstadt in der Verwaltung im Rathaus.",
            "Das dauert ein Jahr.",
        ],
    ),
    (
        "Im Frühjahr gastierten Schülerinnen und Lehrerinnen aus Lindenau in der großen Halle am Markt.",
        [
            "Schülerinnen und Lehrerinnen aus Lindenau haben in der großen Halle am Markt gastiert.",
            "Das war im Frühjahr.",
        ],
    ),
    (
        "Die Buslinien 2 und 5 halten während der Bauzeit an einer Ersatzhaltestelle vor dem Rathaus.",
        [
            "Die Buslinien 2 und 5 halten an einer Ersatzhaltestelle vor dem Rathaus.",
            "Das ist während der Bauzeit.",
        ],
    ),
    (
        "Von 11 bis 15 Uhr gibt es Führungen durch die neuen Räume, Kaffee und Kuchen sowie ein Programm für Kinder.",
        [
            "Es gibt Führungen durch die neuen Räume, Kaffee und Kuchen sowie ein Programm für Kinder.",
            "Das ist von 11 bis 15 Uhr.",
        ],
    ),
    (
        "Vom 3. bis 5. Juli 2026 verwandelt sich die Innenstadt von Mühlhagen wieder in eine große Festmeile.",
        [
            "Die Innenstadt von Mühlhagen verwandelt sich wieder in eine große Festmeile.",
            "Das ist vom 3. bis 5. Juli 2026.",
        ],
    ),
    (
        "Zu dem Stadtfest sind in den vergangenen Jahren jeweils mehr als 30.000 Besucherinnen und Besucher gekommen.",
        [
            "Zu dem Stadtfest sind jeweils mehr als 30.000 Besucherinnen und Besucher gekommen.",
            "Das war in den vergangenen Jahren.",
        ],
    ),
    (
        "Die Zusagen werden bis zum 30. April 2026 per E-Mail oder mit der Post an die Eltern verschickt.",
        [
            "Man verschickt die Zusagen per E-Mail oder mit der Post an die Eltern.",
            "Das ist bis zum 30. April 2026.",
        ],
    ),
    # a clock time may leave its day
    (
        "Jeden Mittwoch ist von 16-18 Uhr ein Ansprechpartner im Baucontainer am Marktplatz zu erreichen.",
        [
            "Jeden Mittwoch ist ein Ansprechpartner im Baucontainer am Marktplatz zu erreichen.",
            "Das ist von 16-18 Uhr.",
        ],
    ),
    (
        "Seit Jahrzehnten ermöglicht dieser Austausch jungen Menschen aus beiden Städten Einblicke in eine fremde Kultur.",
        [
            "Dieser Austausch ermöglicht jungen Menschen aus beiden Städten Einblicke in eine fremde Kultur.",
            "Das ist seit Jahrzehnten so.",
        ],
    ),
    (
        "Vier Jugendliche aus Kaiserslautern verbrachten im Sommer zwei Wochen in der japanischen Partnerstadt Bunkyo.",
        [
            "Vier Jugendliche aus Kaiserslautern haben zwei Wochen in der japanischen Partnerstadt Bunkyo verbracht.",
            "Das war im Sommer.",
        ],
    ),
]

TIME_NOT_FIRING = [
    # the end of a range and a phrase with a genitive after it stay
    "Allerdings deckt die neue Methode nur einen relativ schmalen zeitlichen Bereich von 300 bis maximal 57.000 Jahren ab.",
    "Die guten Wünsche von allen Freunden begleiten uns an allen Tagen unseres Lebens in der Stadt.",
    "Die Buslinien halten während der Bauzeit am Rathaus.",  # short
    "Die Kinder fahren mit dem neuen Bus nach Berlin zu einem großen Fest im Rathaus.",  # "nach" a place
]

# Shape 5: the time phrase never attaches to the wrong event, tense or thing.
SHAPE_5 = [
    # the tense of "Das ist/war" follows the clause: a perfect tells of the past
    (
        "Der Stadtrat hat am 13. Dezember die Pläne für die neue Brücke über den Fluss am Bahnhof beschlossen.",
        [
            "Der Stadtrat hat die Pläne für die neue Brücke über den Fluss am Bahnhof beschlossen.",
            "Das war am 13. Dezember.",
        ],
    ),
    (
        "Der Verein hatte am 3. Mai im großen Saal des Rathauses in Lindenau sein neues Programm vorgestellt.",
        [
            "Der Verein hat im großen Saal vom Rathaus in Lindenau sein neues Programm vorgestellt.",
            "Das war am 3. Mai.",
        ],
    ),
    (
        "Die Gäste aus Frankreich kamen am Freitag mit dem Bus zum großen Fest auf dem Marktplatz.",
        [
            "Die Gäste aus Frankreich sind mit dem Bus zum großen Fest auf dem Marktplatz gekommen.",
            "Das war am Freitag.",
        ],
    ),
    # a future sentence becomes present and keeps its date
    (
        "Die Stadt wird am Montag, 4. Mai, das neue Hallenbad im Westen der Stadt Lindenau eröffnen.",
        [
            "Die Stadt eröffnet das neue Hallenbad im Westen von der Stadt Lindenau.",
            "Das ist am Montag, 4. Mai.",
        ],
    ),
    # "seit" with a phrase of the past in the present: "Das ist ... so."
    (
        "Seit dem vergangenen Jahr bietet die Bücherei am Markt auch Kurse für Kinder und Jugendliche an.",
        [
            "Die Bücherei bietet am Markt auch Kurse für Kinder und Jugendliche an.",
            "Das ist seit dem vergangenen Jahr so.",
        ],
    ),
    # two coordinated verbs: the date stays with the second, right after the sentence it belongs to
    (
        "Eltern können sich an das Bürgerbüro wenden oder ab Mittwoch, 4. März, auch eine E-Mail an die Schule "
        "schreiben.",
        [
            "Eltern können sich an das Bürgerbüro wenden.",
            "Eltern können auch eine E-Mail an die Schule schreiben.",
            "Das ist ab Mittwoch, 4. März.",
        ],
    ),
]

SHAPE_5_NOT_FIRING = [
    # "Das war in den kommenden zehn Jahren" would be false: a future phrase never gets "war"
    "Die Stadt wollte in den kommenden zehn Jahren viele neue Wohnungen in allen Stadtteilen von Lindenau bauen.",
    # a range is never torn apart ("ab Montag ... Das ist bis Freitag")
    "Die Halle ist ab Montag für alle Vereine und Schulen bis Freitag, 12. Juni, geschlossen.",
    # a number is no time ("um die 900" means about 900)
    "Beim Konzert auf der großen Bühne im Park waren es am Ende um die 900 Menschen.",
    # a unit that holds two sentences is never merged
    "Zum Abschluss auf der großen Bühne waren es um die 900. Die Stimmung unter den Gästen war sehr gut.",
    # a date that completes its noun ("für die Zeit vom ... bis ...") stays with it
    "Das Amt bittet für die Zeit vom 21. bis 30. Dezember alle Bürgerinnen und Bürger um einen Termin.",
    # "und damit im 35. Jahr" is joined to "seit 1990"
    "Lindenau ist seit 1990 und damit im 35. Jahr die Partnerstadt der Stadt Lund in Schweden.",
    # two dates in one clause: which one is the event's?
    "Die für Samstag, 3. Mai, geplante Eröffnung des Bades ist erst am Freitag, 9. Mai, möglich.",
]

# Phrases that look like times but are none: the clause may change (tense), but no "Das ist/war" is made.
NO_TIME = [
    (
        "Der Verein feierte 2025 zum zehnten Mal in Folge das große Sommerfest auf dem Marktplatz.",
        ["Der Verein hat 2025 zum zehnten Mal in Folge das große Sommerfest auf dem Marktplatz gefeiert."],
    ),
    (
        "Der Bürgermeister durfte der Jubilarin im Namen der ganzen Stadt Lindenau als Erster zum 100. Geburtstag "
        "gratulieren.",
        [
            "Der Bürgermeister durfte der Jubilarin im Namen von der ganzen Stadt Lindenau als Erster zum 100. "
            "Geburtstag gratulieren."
        ],
    ),
]


@pytest.mark.parametrize(("source", "expected"), TIME + SHAPE_5 + NO_TIME)
def test_time_adverbials_get_their_own_sentence(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize("source", TIME_NOT_FIRING)
def test_time_adverbials_that_stay(source: str) -> None:
    assert rewrite(source) == [source]


@pytest.mark.parametrize("source", SHAPE_5_NOT_FIRING)
def test_time_phrases_that_could_be_misread_stay(source: str) -> None:
    assert not any(line.startswith(("Das ist", "Das war")) for line in rewrite(source))


def test_a_date_of_one_of_two_coordinated_verbs_is_not_split_off() -> None:
    """Without rule S2 first, the time rules alone refuse a clause with two coordinated events."""
    tokens = list(
        repair(
            analyse_sentence(
                "Eltern können sich an das Bürgerbüro wenden oder ab Mittwoch, 4. März, auch eine E-Mail an "
                "die Schule schreiben"
            )
        )
    )
    assert adverbials.time_phrase(tokens) is None
    assert adverbials.time_adverbial(tokens) is None


test_examples = examples_test("adverbials")
