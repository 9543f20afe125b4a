"""Rules L1, L3 and the long-sentence rules S1, S2 (paired conjunctions), S3 (deren/dessen), S7 (fixed
expressions) and S11 (Konjunktiv II): German in -> exact out, including cases where a rule must not fire."""

from __future__ import annotations

import pytest

from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite.engine import simplify_sentence
from tests.rewrite.examples import examples_test, rewrite

LISTS = [
    (
        "Der Preis wird in drei Kategorien vergeben: Soziales, Sport und Kultur sowie Umwelt.",
        ["Der Preis wird in drei Kategorien vergeben:", "- Soziales", "- Sport und Kultur", "- Umwelt"],
    ),
    (
        "Die Stadt hat vier Partnerstädte: Angers, Derby, Haarlem und Twer.",
        ["Die Stadt hat vier Partnerstädte:", "- Angers", "- Derby", "- Haarlem", "- Twer"],
    ),
    (
        "Die übrigen Öffnungszeiten bleiben unverändert: dienstags bis freitags von 10 bis 18 Uhr und "
        "samstags von 10 bis 14 Uhr.",
        [
            "Die übrigen Öffnungszeiten bleiben unverändert:",
            "- Dienstags bis freitags von 10 bis 18 Uhr",
            "- Samstags von 10 bis 14 Uhr",
        ],
    ),
    (
        "Die neuen Öffnungszeiten im Überblick: montags und dienstags von 8 bis 12 Uhr, freitags von 8 bis 13 Uhr.",
        [
            "Die neuen Öffnungszeiten im Überblick:",
            "- Montags und dienstags von 8 bis 12 Uhr",
            "- Freitags von 8 bis 13 Uhr",
        ],
    ),
    (
        "Osnabrück pflegt Kontakte mit den Partnerstädten Angers, Derby, Haarlem, Hefei und Twer.",
        [
            "Osnabrück pflegt Kontakte mit den Partnerstädten:",
            "- Angers",
            "- Derby",
            "- Haarlem",
            "- Hefei",
            "- Twer",
        ],
    ),
    (
        "Im Mittelpunkt stehen Begegnungen auf sportlicher, wirtschaftlicher, kultureller und privater Ebene.",
        [
            "Im Mittelpunkt stehen Begegnungen:",
            "- Auf sportlicher Ebene",
            "- Auf wirtschaftlicher Ebene",
            "- Auf kultureller Ebene",
            "- Auf privater Ebene",
        ],
    ),
    (
        "Das Bürgerbüro ist montags von 8 bis 12 Uhr und donnerstags von 14 bis 18 Uhr geöffnet.",
        ["Das Bürgerbüro ist geöffnet:", "- Montags von 8 bis 12 Uhr", "- Donnerstags von 14 bis 18 Uhr"],
    ),
    (
        "Das neue Bürgerbüro bietet zwölf moderne Arbeitsplätze, einen barrierefreien Eingang und einen "
        "Wartebereich mit Spielecke.",
        [
            "Das neue Bürgerbüro bietet zwölf moderne Arbeitsplätze.",
            "Das neue Bürgerbüro bietet einen barrierefreien Eingang.",
            "Das neue Bürgerbüro bietet einen Wartebereich mit Spielecke.",
        ],
    ),
    (
        "Für Familien gibt es im Stadtpark ein Kinderland mit Kletterwand, Bastelzelt und Puppentheater.",
        [
            "Für Familien gibt es im Stadtpark ein Kinderland mit Kletterwand.",
            "Für Familien gibt es im Stadtpark ein Kinderland mit Bastelzelt.",
            "Für Familien gibt es im Stadtpark ein Kinderland mit Puppentheater.",
        ],
    ),
    (
        "Durch die Partnerschaften entstehen neue Chancen für gemeinsame Projekte, wirtschaftlichen Austausch "
        "und kulturelle Zusammenarbeit.",
        [
            "Durch die Partnerschaften entstehen neue Chancen für gemeinsame Projekte.",
            "Durch die Partnerschaften entstehen neue Chancen für wirtschaftlichen Austausch.",
            "Durch die Partnerschaften entstehen neue Chancen für kulturelle Zusammenarbeit.",
        ],
    ),
]

LISTS += [
    (
        "Für Personalausweise, Reisepässe, Führerscheine und die Anmeldung eines Wohnsitzes ist ab sofort ein Termin "
        "nötig.",
        [
            "Ein Termin ist ab sofort nötig.",
            "Das gilt für:",
            "- Personalausweise",
            "- Reisepässe",
            "- Führerscheine",
            "- Die Anmeldung von einem Wohnsitz",
        ],
    ),
    (
        "Für Kinder, Eltern und Großeltern gibt es im Stadtpark viele Angebote am Wochenende.",
        [
            "Es gibt im Stadtpark viele Angebote am Wochenende.",
            "Das gilt für:",
            "- Kinder",
            "- Eltern",
            "- Großeltern",
        ],
    ),
]

LISTS += [
    # the items are the subject: one sentence each would break the agreement, so they become a list;
    # a phrase of bare nouns keeps its own enumeration ("von Lehrern, Eltern und Kindern")
    (
        "Dazu gehören der Austausch von Lehrern, Eltern und Kindern, gemeinsame Feste im Sommer und Ausflüge "
        "zwischen den Schulen.",
        [
            "Dazu gehören:",
            "- Der Austausch von Lehrern, Eltern und Kindern",
            "- Gemeinsame Feste im Sommer",
            "- Ausflüge zwischen den Schulen",
        ],
    ),
    # names as examples after "wie" without a comma
    (
        "In der Region gibt es viele bekannte alte Städte wie Lüneburg in Niedersachsen und Lund in Schweden.",
        [
            "In der Region gibt es viele bekannte alte Städte.",
            "Das sind zum Beispiel:",
            "- Lüneburg in Niedersachsen",
            "- Lund in Schweden",
        ],
    ),
    # kinds after their plural: 3 items in a long line; the particle stays in the lead
    (
        "Die beiden Schulen tauschen sich jedes Jahr in den Fächern Musik, Kunst und Sport aus.",
        ["Die beiden Schulen tauschen sich jedes Jahr in den Fächern aus:", "- Musik", "- Kunst", "- Sport"],
    ),
    (
        "Osnabrück pflegt seit vielen Jahren Kontakte mit den Partnerstädten Angers, Derby und Twer.",
        [
            "Osnabrück pflegt seit vielen Jahren Kontakte mit den Partnerstädten:",
            "- Angers",
            "- Derby",
            "- Twer",
        ],
    ),
    # "innerhalb" + genitives that read as datives after "in"
    (
        "Die Stadt pflegt seit vielen Jahren gute Kontakte zu Städten innerhalb der Europäischen Union, der "
        "Schweiz und Israel.",
        [
            "Die Stadt pflegt seit vielen Jahren gute Kontakte zu Städten:",
            "- In der Europäischen Union",
            "- In der Schweiz",
            "- In Israel",
        ],
    ),
]

LISTS_NOT_FIRING = [
    "Für die Kinder ist der Eintritt frei.",
    "Es gibt zwei Termine: Montag und Dienstag.",  # 2 items in a short line
    "Die Stadt informiert: Die Brücke ist gesperrt.",  # a statement, no list
    "Osnabrück pflegt Kontakte mit den Partnerstädten Angers, Derby und Twer.",  # 3 names
    "Im Mittelpunkt stehen Begegnungen auf sportlicher und privater Ebene.",
    "Das Bürgerbüro ist montags und donnerstags geöffnet.",  # short
    # the subject does not stand first
    "Danach ist das Bürgerbüro montags von 8 bis 12 Uhr und donnerstags von 14 bis 18 Uhr geöffnet.",
    "Die Stadt bietet Kurse, Beratung und Hilfe.",  # short
    # "innerhalb" with a genitive that differs from the dative ("des Landes"): no list with "in"
    "Die Stadt pflegt eine Partnerschaft mit acht Städten innerhalb des Landes, der Region und Europas.",
    # the first item's phrase may take the later items ("innerhalb A, B und C"): no list of objects
    "Die Stadt pflegt eine Partnerschaft mit acht Städten außerhalb der Europäischen Union, der Türkei und Israel.",
    # plural items after a plural noun may be the object ("in den Schulen Spenden")
    "Wir sammeln in den Schulen Spenden, Kleider und Bücher für die vielen Kinder in der Stadt Lindenau.",
    # "im Laden am Markt" may describe all items
    "Wir verkaufen jeden Samstag frisches Brot, Milch und Käse im Laden am Markt neben der Kirche.",
    "In der Region gibt es viele alte Städte wie Lüneburg und Lund.",  # short: the examples stay
    # "aus der ganzen Stadt" belongs to all items
    "Der Verein sammelt für die Schule Bücher, Spiele, Filme, Hefte und Stifte aus der ganzen Stadt.",
]

LEAD_LINES = [
    (
        "Die Bürgermeisterin sagt: „Wir wollen, dass die Bücherei ein Treffpunkt für alle Menschen in der Stadt ist.“",
        [
            "Die Bürgermeisterin sagt:",
            "Wir wollen:",
            "Die Bücherei ist ein Treffpunkt für alle Menschen in der Stadt.",
        ],
    ),
    (
        "Simone Zapf ist sich sicher: „Unser Reisebus nach Saint-Quentin wird bis auf den letzten Platz "
        "ausgebucht sein.“",
        [
            "Simone Zapf ist sich sicher:",
            "Unser Reisebus nach Saint-Quentin wird bis auf den letzten Platz ausgebucht sein.",
        ],
    ),
    (
        # a quotation that goes on in the next sentence keeps its marks and its words
        "Die Stadtverwaltung betont die Bedeutung der Partnerschaften für die Stadt: „Die Beziehungen sind wichtig.",
        [
            "Die Stadtverwaltung betont die Bedeutung von den Partnerschaften für die Stadt:",
            "„Die Beziehungen sind wichtig.",
        ],
    ),
    (
        "Bücherei·leiterin Carola Tann erklärte, viele Familien hätten sich einen Besuch am Wochenende gewünscht.",
        [
            "Bücherei·leiterin Carola Tann erklärte:",
            "Viele Familien haben sich einen Besuch am Wochenende gewünscht.",
        ],
    ),
]

LEAD_NOT_FIRING = [
    "Tann sagt: „Die Bücherei ist ein Treffpunkt.“",  # short line: the quotation stays
]

PAIRS = [
    # a singular "die" with a singular verb refers to the feminine "Partnerschaft", not to Mulhouse (neuter)
    (
        "Kassel pflegt eine Partnerschaft mit Mulhouse, die nicht nur den Austausch von Bürgern, sondern auch "
        "gemeinsame Projekte umfasst.",
        [
            "Kassel pflegt eine Partnerschaft mit Mulhouse.",
            "Die Partnerschaft umfasst den Austausch von Bürgern.",
            "Die Partnerschaft umfasst auch gemeinsame Projekte.",
        ],
    ),
    (
        "Die Stadt fördert sowohl Vereine als auch Schulen mit Geld aus dem Haushalt.",
        # "mit Geld ..." may belong to the schools alone: "A und B", nothing copied
        ["Die Stadt fördert Vereine und Schulen mit Geld aus dem Haushalt."],
    ),
    (
        "Die Stadt hat nicht nur Geld, sondern auch viel Zeit in das neue Projekt investiert.",
        ["Die Stadt hat Geld und auch viel Zeit in das neue Projekt investiert."],
    ),
    (
        "Diese Partnerschaften zeigen nicht nur eine bunte Landschaft, sondern auch das Bestreben, Beziehungen zu fördern.",
        [
            "Diese Partnerschaften zeigen eine bunte Landschaft.",
            "Diese Partnerschaften zeigen auch das Bestreben.",
            "Das Bestreben ist: Beziehungen fördern.",
        ],
    ),
]

PAIRS_NOT_FIRING = [
    "Das ist nicht nur schön.",
    "Die Stadt lädt sowohl zum Fest ein.",
]

POSSESSIVE = [
    (
        "Mehr als 40 Vereine bieten Speisen und Getränke an, deren Erlös größtenteils in die Jugendarbeit fließt.",
        [
            "Mehr als 40 Vereine bieten Speisen und Getränke an.",
            "Ihr Erlös fließt größtenteils in die Jugendarbeit.",
        ],
    ),
    (
        "Deshalb eröffnet im Herbst eine weitere Kita mit vier Gruppen, deren Bau rund 3,4 Millionen Euro gekostet hat.",
        [
            "Deshalb eröffnet im Herbst eine weitere Kita mit vier Gruppen.",
            "Ihr Bau hat rund 3,4 Millionen Euro gekostet.",
        ],
    ),
    (
        "Die Stadt ehrt den Verein, dessen Arbeit vielen Menschen hilft.",
        ["Die Stadt ehrt den Verein.", "Seine Arbeit hilft vielen Menschen."],
    ),
    (
        "Die Stadt ehrt die Vereine, deren Mitglieder viel helfen.",
        ["Die Stadt ehrt die Vereine.", "Ihre Mitglieder helfen viel."],
    ),
]

POSSESSIVE_NOT_FIRING = [
    "Wir danken der Stadt, deren Hilfe wir brauchen.",  # "Hilfe" is the object, "wir" the subject
    "Der Verein, dessen Mitglieder helfen, feiert.",  # the relative clause does not end the sentence
]

FIXED_GENITIVES = [
    "Zur Eröffnung lädt die Stadt zu einem Tag der offenen Tür ein.",
    "Am Tag der Deutschen Einheit bleibt das Rathaus geschlossen.",
    "Das Programm im Haus der Jugend beginnt um 10 Uhr.",
]

KONJUNKTIV_II = [
    ("Sie sagt, die Gäste wären sehr zufrieden.", ["Sie sagt: Die Gäste sind sehr zufrieden."]),
    # next to a condition the Konjunktiv II is meant as unreal: it stays
    (
        "Die Stadt sagt, die Vereine hätten ohne Hilfe große Probleme.",
        ["Die Stadt sagt: Die Vereine hätten ohne Hilfe große Probleme."],
    ),
]


@pytest.mark.parametrize(("source", "expected"), LISTS)
def test_enumerations_become_lists_or_sentences(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize("source", LISTS_NOT_FIRING)
def test_enumerations_that_stay(source: str) -> None:
    assert rewrite(source) == [source]


@pytest.mark.parametrize(("source", "expected"), LEAD_LINES)
def test_long_lines_break_after_the_colon(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize("source", LEAD_NOT_FIRING)
def test_short_lines_keep_their_colon(source: str) -> None:
    assert rewrite(source) == [source]


@pytest.mark.parametrize(("source", "expected"), PAIRS)
def test_paired_conjunctions_make_two_sentences(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize("source", PAIRS_NOT_FIRING)
def test_paired_conjunctions_that_stay(source: str) -> None:
    assert rewrite(source) == [source]


@pytest.mark.parametrize(("source", "expected"), POSSESSIVE)
def test_deren_dessen_become_a_possessive(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize("source", POSSESSIVE_NOT_FIRING)
def test_deren_dessen_that_stay(source: str) -> None:
    assert rewrite(source) == [source]


@pytest.mark.parametrize("source", FIXED_GENITIVES)
def test_fixed_genitive_expressions_stay(source: str) -> None:
    assert rewrite(source) == [source]


def test_an_inflected_fixed_expression_stays_inside_a_genitive() -> None:
    assert rewrite("Das ist die Leiterin des Hauses der Jugend.") == [
        "Das ist die Leiterin vom Haus der Jugend."
    ]


@pytest.mark.parametrize(("source", "expected"), KONJUNKTIV_II)
def test_konjunktiv_ii_in_indirect_speech(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


def test_einfache_keeps_lists_and_colons() -> None:
    source = "Osnabrück pflegt Kontakte mit den Partnerstädten Angers, Derby, Haarlem, Hefei und Twer."
    assert rewrite(source, level="einfache") == [source]


def test_layout_rules_report_their_names() -> None:
    _output, rules = simplify_sentence(
        analyse_sentence("Die Stadt hat vier Partnerstädte: Angers, Derby, Haarlem und Twer."), "leichte"
    )
    assert rules == ("L3.colon",)


LONG_SENTENCES = [
    ("Wie groß das Interesse ist, zeigt die Nachfrage.", ["Die Nachfrage zeigt: Das Interesse ist groß."]),
    (
        "Izmit, am Marmarameer gelegen und von Bergen umgeben, hat sich seither zu einem wichtigen Partner für "
        "Kassel entwickelt.",
        [
            "Izmit hat sich seither zu einem wichtigen Partner für Kassel entwickelt.",
            "Izmit ist am Marmarameer gelegen.",
            "Izmit ist von Bergen umgeben.",
        ],
    ),
    (
        "Vier Jugendliche verbrachten zwei Wochen in Bunkyo – als Gegenbesuch zu den Gästen aus Japan im Jahr 2024.",
        [
            "Vier Jugendliche haben zwei Wochen in Bunkyo verbracht.",
            "Das war ein Gegenbesuch zu den Gästen aus Japan im Jahr 2024.",
        ],
    ),
    (
        "Leserinnen und Leser können ihre Bücher selbst ausleihen, ohne dass Personal anwesend sein muss.",
        [
            "Leserinnen und Leser können ihre Bücher selbst ausleihen.",
            "Dabei muss Personal nicht anwesend sein.",
        ],
    ),
    (
        "Auf eine mehr als 50-jährige Tradition blickt die Stadt Osnabrück hinsichtlich ihrer Städtepartnerschaften "
        "mit Städten in der ganzen Welt zurück.",
        [
            "Auf eine mehr als 50-jährige Tradition blickt die Stadt Osnabrück zurück.",
            "Das gilt für ihre Städtepartnerschaften mit Städten in der ganzen Welt.",
        ],
    ),
    (
        "Der Bezirk Mitte mit einer Fläche von 1341 Hektar bietet einen großflächigen Raum für viele "
        "Kooperationsprojekte.",
        [
            "Der Bezirk Mitte bietet einen großflächigen Raum für viele Kooperationsprojekte.",
            "Der Bezirk Mitte hat eine Fläche von 1341 Hektar.",
        ],
    ),
    (
        # a coordinated dative after "mit": each part becomes an accusative object of "hat"
        "Der Park mit einer Fläche von 20 Hektar und fast der Hälfte als Wiese bietet viel Platz für Sport und "
        "Spiel.",
        [
            "Der Park bietet viel Platz für Sport und Spiel.",
            "Der Park hat eine Fläche von 20 Hektar.",
            "Der Park hat fast die Hälfte als Wiese.",
        ],
    ),
    (
        "Die Stadt mit der schönen Altstadt lockt jedes Jahr viele Tausend Gäste aus aller Welt in die Region.",
        [
            "Die Stadt lockt jedes Jahr viele Tausend Gäste aus aller Welt in die Region.",
            "Die Stadt hat die schöne Altstadt.",
        ],
    ),
    (
        "Durch den Austausch von Kultur, Wirtschaft und Bildung entstehen neue Möglichkeiten für internationale "
        "Zusammenarbeit.",
        [
            "Es gibt den Austausch von Kultur, Wirtschaft und Bildung.",
            "Dadurch entstehen neue Möglichkeiten für internationale Zusammenarbeit.",
        ],
    ),
    (
        "Auf den drei Bühnen am Marktplatz, am Mühlenteich und vor der Stadtkirche treten Bands, Chöre und "
        "Tanzgruppen aus der Region auf.",
        [
            "Es gibt drei Bühnen:",
            "- Am Marktplatz",
            "- Am Mühlenteich",
            "- Vor der Stadtkirche",
            "Auf den drei Bühnen treten Bands, Chöre und Tanzgruppen aus der Region auf.",
        ],
    ),
    (
        "Ohne Termin werden nur kurze Anliegen bearbeitet, wie z. B. die Abholung eines fertigen Ausweises oder die "
        "Beglaubigung einer Kopie.",
        [
            "Ohne Termin werden nur kurze Anliegen bearbeitet.",
            "Das sind zum Beispiel:",
            "- Die Abholung von einem fertigen Ausweis",
            "- Die Beglaubigung von einer Kopie",
        ],
    ),
    (
        "Die Stadt dankt allen Besucherinnen und Besuchern, die zum Fest gekommen sind.",
        [
            "Manche Besucherinnen und Besucher sind zum Fest gekommen.",
            "Die Stadt dankt allen diesen Besucherinnen und Besuchern.",
        ],
    ),
    (
        "Für Familien gibt es im Stadtpark ein Kinderland mit Kletterwand, Bastelzelt und Puppentheater, das am "
        "Samstag geöffnet ist.",
        [
            "Für Familien gibt es im Stadtpark ein Kinderland mit Kletterwand.",
            "Für Familien gibt es im Stadtpark ein Kinderland mit Bastelzelt.",
            "Für Familien gibt es im Stadtpark ein Kinderland mit Puppentheater.",
            "Das Kinderland ist am Samstag geöffnet.",
        ],
    ),
    (
        # a lead line is simplified too; its colon closes the last sentence it becomes
        "Zehn weitere folgten, so dass Osnabrück mittlerweile Kontakte zu elf Städten unterhält: Angers, Derby, "
        "Haarlem, Hefei und Twer.",
        [
            "Zehn weitere sind gefolgt.",
            "Deshalb unterhält Osnabrück mittlerweile Kontakte zu elf Städten:",
            "- Angers",
            "- Derby",
            "- Haarlem",
            "- Hefei",
            "- Twer",
        ],
    ),
    (
        # "Berufstätige" after "viele" is a noun (HanTa tags it as an adjective)
        "Eine Umfrage hatte im Frühjahr ergeben, dass sich viele Berufstätige Termine am Abend wünschen.",
        ["Eine Umfrage hat im Frühjahr ergeben:", "Viele Berufstätige wünschen sich Termine am Abend."],
    ),
    (
        # "im Jahr davor" is part of a comparison: it stays in the addition, which becomes "Das sind ..."
        "Im vergangenen Jahr wurden im Bürgerbüro rund 26.000 Anliegen bearbeitet, rund 15 Prozent mehr als im "
        "Jahr davor.",
        [
            "Im vergangenen Jahr sind im Bürgerbüro rund 26.000 Anliegen bearbeitet worden.",
            "Das sind rund 15 Prozent mehr als im Jahr davor.",
        ],
    ),
    (
        "Die Partnerschaft konzentriert sich auf den wirtschaftlichen Austausch, besonders in den Bereichen "
        "Technologie und Innovation.",
        [
            "Die Partnerschaft konzentriert sich auf den wirtschaftlichen Austausch.",
            "Das gilt besonders in den Bereichen Technologie und Innovation.",
        ],
    ),
    (
        "Die Stadt lädt alle ein, auch die Kinder.",
        ["Die Stadt lädt alle ein.", "Das gilt auch für die Kinder."],
    ),
    (
        "Das Familienbüro ist montags und donnerstags von 9 bis 12 Uhr geöffnet.",
        ["Das Familienbüro ist geöffnet.", "Das ist montags und donnerstags von 9 bis 12 Uhr."],
    ),
    (
        "Am Karfreitag, 3. April, und am Ostermontag, 6. April, findet keine Abfuhr statt.",
        ["Keine Abfuhr findet statt.", "Das ist am Karfreitag, 3. April, und am Ostermontag, 6. April."],
    ),
    (
        "Der Wahlbrief muss spätestens am Wahltag um 18 Uhr im Rathaus eingegangen sein.",
        ["Der Wahlbrief muss im Rathaus eingegangen sein.", "Das ist spätestens am Wahltag um 18 Uhr."],
    ),
    (
        "Schülerinnen und Schüler aus Saint-Quentin bereiten für den 27. Januar 2026 eine gemeinsame Ausstellung "
        "zur Shoa vor.",
        [
            "Schülerinnen und Schüler aus Saint-Quentin bereiten eine gemeinsame Ausstellung zur Shoa vor.",
            "Das ist für den 27. Januar 2026.",
        ],
    ),
    (
        # two dependent clauses in a quotation: it keeps its words and marks on a line of its own
        "Albers sagte: „Wir wollen, dass niemand mehr lange warten muss, wenn er nur einen Ausweis abholen möchte.“",
        [
            "Albers sagte:",
            "„Wir wollen, dass niemand mehr lange warten muss, wenn er nur einen Ausweis abholen möchte.“",
        ],
    ),
]

LONG_SENTENCES_NOT_FIRING = [
    # "einem Bad" is no feminine dative: its accusative is unknown, the phrase stays
    "Die Wohnung mit einer großen Küche und einem Bad liegt ruhig am Rand von der schönen alten Stadt.",
    "Wie das Fest war, weiß niemand.",
    "Die Stadt, gegründet 1200, feiert.",
    "Die Stadt plant viel – als Beispiel das Fest.",
    "Die Stadt hilft, ohne dass jemand fragt.",  # "nicht" has no single safe place
    "Die Schule mit dem großen Garten bietet den Kindern und Jugendlichen aus der ganzen Stadt viel Platz zum Spielen.",
    "Durch die Städtepartnerschaften profitiert Karlsruhe kulturell.",
    "Auf den Bühnen am Marktplatz und am Teich treten Bands aus der Region auf.",
    "Die Stadt hat viele Partner, wie Angers und Derby.",
    # several nouns before "die": the clause may be about any of them
    "Die Bücher, Filme und Spiele, die sonst im Keller stehen, werden am Samstag im Rathaus verkauft.",
    "Die Stadt lädt alle ein, die Kinder und die Eltern.",  # no lead word for the addition
    "Die Stadt plant für die Zukunft viele neue Projekte mit den Vereinen und Schulen in der Stadt.",
]


@pytest.mark.parametrize(("source", "expected"), LONG_SENTENCES)
def test_long_sentences_are_split(source: str, expected: list[str]) -> None:
    assert rewrite(source) == expected


@pytest.mark.parametrize("source", LONG_SENTENCES_NOT_FIRING)
def test_long_sentence_rules_that_must_not_fire(source: str) -> None:
    assert rewrite(source) == [source]


test_examples = examples_test("lists")
