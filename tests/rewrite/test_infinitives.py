"""Rule S3 for "zu" infinitives (also after nouns of aims and verbs of advice), a temporal "als" without comma, "zeigt, wie ..." and relative clauses
after a name; rule S2 for two requests joined by "und" (German in -> exact out, including cases where no
rule may fire)."""

from __future__ import annotations

import pytest

from tests.rewrite.examples import examples_test, rewrite

INFINITIVES = [
    (
        "Der Austausch ermöglicht es beiden Städten, voneinander zu lernen.",
        ["Der Austausch hilft beiden Städten.", "Die beiden Städte können voneinander lernen."],
    ),
    (
        "Die Partnerschaften ermöglichen es uns, neue Ideen zu sammeln und voneinander zu lernen.",
        [
            "Die Partnerschaften helfen uns.",
            "Wir können neue Ideen sammeln.",
            "Wir können voneinander lernen.",
        ],
    ),
    (
        "Das Programm ermöglicht es Ihnen, kostenlos Bus zu fahren.",
        ["Das Programm hilft Ihnen.", "Sie können kostenlos Bus fahren."],
    ),
    (
        "Die Bürgermeisterin hat alle Partnerstädte eingeladen, im September beim Stadtfest mitzufeiern.",
        [
            "Die Bürgermeisterin hat alle Partnerstädte eingeladen.",
            "Alle Partnerstädte sollen im September beim Stadtfest mitfeiern.",
        ],
    ),
    (
        "Die Stadt hat alle Vereine aufgefordert, ihre Anträge bis zum 3. Mai einzureichen.",
        [
            "Die Stadt hat alle Vereine aufgefordert.",
            "Alle Vereine sollen ihre Anträge bis zum 3. Mai einreichen.",
        ],
    ),
    (
        "Die Stadt hat den Bürgermeister eingeladen, beim Fest eine Rede zu halten.",
        ["Die Stadt hat den Bürgermeister eingeladen.", "Der Bürgermeister soll beim Fest eine Rede halten."],
    ),
    # must not fire: past tense, a dative noun phrase we cannot put in the nominative, a relative clause
    ("Der Zuschuss ermöglichte es uns, das Dach zu reparieren.", None),
    ("Das Programm ermöglicht es dem Verein, neue Trikots zu kaufen.", None),
    ("Der Verein hat die Eltern gebeten, Kuchen mitzubringen.", None),
    ("Die Stadt hat ihn eingeladen, beim Fest zu sprechen.", None),
    (
        "Die Stadt hat alle Vereine eingeladen, die im Ort aktiv sind.",
        ["Manche Vereine sind im Ort aktiv.", "Die Stadt hat alle diese Vereine eingeladen."],
    ),
]

TEMPORAL_ALS = [
    (
        "Es begann 1961 als die Stadt ihren ersten Vertrag mit Haarlem schloss.",
        ["Die Stadt hat ihren ersten Vertrag mit Haarlem geschlossen.", "Da hat es 1961 begonnen."],
    ),
    # must not fire: a comparison, "als" + noun, no year before "als"
    ("Es gibt mehr Plätze als die Stadt braucht.", None),
    ("Die Halle wurde 1990 als Turnhalle gebaut.", ["Die Halle ist 1990 als Turnhalle gebaut worden."]),
    ("Der Verein wurde schon 1990 als die erste Gruppe gegründet.", None),
    ("Alles änderte sich damals als die Fabrik schloss.", None),
]

SHOWS_HOW = [
    (
        "Die Ausstellung zeigt, wie nach dem Krieg neue Häuser entstanden sind.",
        ["Die Ausstellung zeigt: Nach dem Krieg sind neue Häuser entstanden."],
    ),
    (
        "Diese zeigt, wie auch nach dem Fall der Mauer neue Verbindungen entstanden sind.",
        ["Diese zeigt:", "Nach dem Fall der Mauer sind auch neue Verbindungen entstanden."],
    ),
    # must not fire: a question of degree, a "how" that a statement would lose
    ("Die Umfrage zeigt, wie viele Menschen den Bus nutzen.", None),
    ("Das Beispiel zeigt, wie die Stadt mit dem Geld umgeht.", None),
    ("Die Ausstellung zeigt, wie die Menschen früher gelebt haben.", None),
]

RELATIVE_AFTER_NAME = [
    (
        "Ähnliches gilt für die Partnerschaft mit Arnstadt in Thüringen, die 1989 geschlossen wurde.",
        [
            "Ähnliches gilt für die Partnerschaft mit Arnstadt in Thüringen.",
            "Man hat die Partnerschaft 1989 geschlossen.",
        ],
    ),
    # must not fire: a plural verb ("die" may be plural), a person's name, a masculine head noun
    ("Die Stadt pflegt eine Partnerschaft mit Mulhouse, die gemeinsame Projekte umfassen.", None),
    ("Die Bürgermeisterin sprach mit Anna Schmidt, die den Verein leitet.", None),
    ("Die Stadt pflegt einen Austausch mit Mulhouse, die gemeinsame Projekte umfasst.", None),
]

REQUESTS = [
    (
        "Erfahren Sie, welche Städte zur Partnerschaft gehören und entdecken Sie ihre Geschichte.",
        ["Erfahren Sie, welche Städte zur Partnerschaft gehören.", "Entdecken Sie ihre Geschichte."],
    ),
    (
        "Melden Sie sich an, wenn Sie Fragen haben, und besuchen Sie uns im Rathaus.",
        ["Wenn Sie Fragen haben: Melden Sie sich an.", "Besuchen Sie uns im Rathaus."],
    ),
    (
        "Kommen Sie vorbei und bringen Sie Ihre Kinder mit.",
        ["Kommen Sie vorbei.", "Bringen Sie Ihre Kinder mit."],
    ),
    (
        "Besuchen Sie das Fest und kommen Sie mit der Familie.",
        ["Besuchen Sie das Fest.", "Kommen Sie mit der Familie."],
    ),
    # must not fire: questions (the rule sees no "?"), a verb that opens questions as often as requests
    ("Haben Sie Fragen und brauchen Sie Hilfe?", None),
    ("Wissen Sie, wann die Kinder kommen und gehen Sie dann?", None),
]


GOALS_AND_ADVICE = [
    # a noun of aims: the aims follow "Das Ziel ist:" (a list for more than one)
    (
        "Der Verein hat den Plan, neue Bänke aufzustellen und die Wege zu erneuern.",
        ["Der Verein hat den Plan.", "Der Plan ist:", "- Neue Bänke aufstellen", "- Die Wege erneuern"],
    ),
    (
        "Die Stadt verfolgt das Ziel, bis 2030 klimaneutral zu werden.",
        ["Die Stadt verfolgt das Ziel.", "Das Ziel ist: bis 2030 klimaneutral werden."],
    ),
    # advice to the reader: one request per infinitive, a separable verb splits, "sich" stays
    (
        "Die Stadt bittet darum, die Tonnen früh bereitzustellen und die Deckel geschlossen zu halten.",
        [
            "Die Stadt bittet darum:",
            "Stellen Sie die Tonnen früh bereit.",
            "Halten Sie die Deckel geschlossen.",
        ],
    ),
    (
        "Die Polizei rät, niemals Geld an Fremde zu geben.",
        ["Die Polizei rät:", "Geben Sie niemals Geld an Fremde."],
    ),
    (
        "Die Stadt ruft dazu auf, sich bis Freitag anzumelden.",
        ["Die Stadt ruft dazu auf:", "Melden Sie sich bis Freitag an."],
    ),
    # must not fire: someone else is asked; "sein" has no regular request form; a noun that is no aim
    ("Der Verein bittet die Eltern, Kuchen mitzubringen.", None),
    ("Die Stadt bittet darum, pünktlich zu sein.", None),
    ("Die Stadt hat die Möglichkeit, neue Wege zu bauen.", None),
]


@pytest.mark.parametrize(("source", "expected"), GOALS_AND_ADVICE)
def test_aims_and_advice_become_lines_of_their_own(source: str, expected: list[str] | None) -> None:
    assert rewrite(source) == (expected or [source])


@pytest.mark.parametrize(("source", "expected"), REQUESTS)
def test_two_requests_become_two_sentences(source: str, expected: list[str] | None) -> None:
    assert rewrite(source) == (expected or [source])


@pytest.mark.parametrize(("source", "expected"), INFINITIVES)
def test_zu_infinitives_become_main_clauses(source: str, expected: list[str] | None) -> None:
    assert rewrite(source) == (expected or [source])


@pytest.mark.parametrize(("source", "expected"), TEMPORAL_ALS)
def test_temporal_als_without_comma(source: str, expected: list[str] | None) -> None:
    assert rewrite(source) == (expected or [source])


@pytest.mark.parametrize(("source", "expected"), SHOWS_HOW)
def test_shows_how_becomes_a_statement(source: str, expected: list[str] | None) -> None:
    assert rewrite(source) == (expected or [source])


@pytest.mark.parametrize(("source", "expected"), RELATIVE_AFTER_NAME)
def test_relative_clause_after_a_name_refers_to_the_head(source: str, expected: list[str] | None) -> None:
    assert rewrite(source) == (expected or [source])


test_examples = examples_test("infinitives")
