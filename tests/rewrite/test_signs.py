"""C1 signs and W9 gender forms; e-mails, URLs and phone numbers stay untouched."""

import pytest

from simplify import guard
from simplify.document import Rewrite, Sentence
from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite import signs
from simplify.rewrite.post import postprocess, process_line
from simplify.settings import Settings
from tests.rewrite.examples import examples_test

SIGNS = [
    ("Müller & Söhne laden ein.", ["Müller und Söhne laden ein."]),
    ("Die Preise steigen um 5 %.", ["Die Preise steigen um 5 Prozent."]),
    ("Die Preise steigen um 5%.", ["Die Preise steigen um 5 Prozent."]),
    ("Das regelt § 5 der Satzung.", ["Das regelt Paragraf 5 der Satzung."]),
    ("Columbia (USA) und Guimarães (Portugal) feiern.", ["Columbia, USA, und Guimarães, Portugal, feiern."]),
    ("Das Fest [mit Musik] beginnt.", ["Das Fest, mit Musik, beginnt."]),
    ("Das Fest ist schön; wir kommen wieder.", ["Das Fest ist schön.", "Wir kommen wieder."]),
    ("Hund/Katze und Ein-/Ausgang.", ["Hund oder Katze und Ein- oder Ausgang."]),
    ("Die Saison 2025/26 beginnt.", ["Die Saison 2025 bis 2026 beginnt."]),
    ("Nach 3/4 der Strecke gibt es Wasser.", ["Nach 3 Viertel der Strecke gibt es Wasser."]),
    ("Bringen Sie Stift und/oder Papier mit.", ["Bringen Sie Stift oder Papier mit."]),
    ("Und dann ging es weiter...", ["Und dann ging es weiter."]),
    ("Das ist *sehr* wichtig.", ["Das ist sehr wichtig."]),
    # C2: footnote markers glued to a word or bracket go; a number in brackets after a space is content
    (
        "Radeln gilt als gesund (Herz- und Kreislauftraining)[3] und schont die Knie.",
        ["Radeln gilt als gesund, Herz- und Kreislauftraining, und schont die Knie."],
    ),
    ("Die Stadt hat 5000 Einwohner[12].", ["Die Stadt hat 5000 Einwohner."]),
    ("Siehe Liste [3] im Anhang.", ["Siehe Liste, 3, im Anhang."]),
    # must not fire: allowed signs only
    ("Kommen Sie! Es kostet 5 €.", ["Kommen Sie! Es kostet 5 €."]),
    ("Er sagt: „Das ist gut.“", ["Er sagt: „Das ist gut.“"]),
]

GENDER = [
    ("Alle Bürger*innen sind eingeladen.", "Alle Bürgerinnen und Bürger sind eingeladen."),
    ("Die Mitarbeiter:innen helfen.", "Die Mitarbeiterinnen und Mitarbeiter helfen."),
    ("Die Kolleg_innen kommen.", "Die Kolleginnen und Kollegen kommen."),
    ("Die LehrerInnen planen.", "Die Lehrerinnen und Lehrer planen."),
    ("Die Ärzt*innen impfen.", "Die Ärztinnen und Ärzte impfen."),
    ("Gesucht wird ein*e Mitarbeiter*in.", "Gesucht wird ein Mitarbeiter oder eine Mitarbeiterin."),
    # an article pair before a starred noun: the pair of article and noun, in the order written
    (
        "Die Wahl zum*zur Bürgermeister*in ist am Sonntag.",
        "Die Wahl zum Bürgermeister oder zur Bürgermeisterin ist am Sonntag.",
    ),
    ("Der*die Bürgermeister*in kommt.", "Der Bürgermeister oder die Bürgermeisterin kommt."),
    ("Sie hilft dem*der Antragsteller*in.", "Sie hilft dem Antragsteller oder der Antragstellerin."),
    ("Die Rede des*der Bürgermeister*in.", "Die Rede des Bürgermeisters oder der Bürgermeisterin."),
    ("Er geht zum*zur Arzt.", "Er geht zum oder zur Arzt."),
    ("Jede*r kann mitmachen.", "Jede*r kann mitmachen."),  # capitalised pronoun: left for the checker
    ("Der/die Beauftragte hilft.", "Der/die Beauftragte hilft."),
    ("Die Beauftragte hilft der/dem Antragsteller.", "Die Beauftragte hilft der oder dem Antragsteller."),
    # must not fire: plain feminine plurals and words ending in -innen
    ("Die Schülerinnen und Schüler singen.", "Die Schülerinnen und Schüler singen."),
    ("Wir bleiben drinnen.", "Wir bleiben drinnen."),
]

# One row per shape of a slash (signs._slash_shape documents the rule): the slash stays where rewriting it
# could change what the text says.
SLASHES = [
    ("Wir treffen uns Hauptstraße/Ecke Bahnhofstraße.", "Wir treffen uns Hauptstraße Ecke Bahnhofstraße."),
    ("Das Büro ist in der Lindenallee Nr. 7/9.", "Das Büro ist in der Lindenallee Nr. 7/9."),
    ("Das Fest ist im Juli/August.", "Das Fest ist im Juli/August."),
    ("Geöffnet ist Samstag/Sonntag.", "Geöffnet ist Samstag/Sonntag."),
    (
        "Es spricht eine Rednerin von Bündnis 90/Die Grünen.",
        "Es spricht eine Rednerin von Bündnis 90/Die Grünen.",
    ),
    ("Die CDU/CSU stimmt zu.", "Die CDU/CSU stimmt zu."),
    ("Die Klassen 3/4 singen.", "Die Klassen 3/4 singen."),
    ("Die Klassen 1/2 malen.", "Die Klassen 1/2 malen."),
    ("Die Hotline ist 24/7 erreichbar.", "Die Hotline ist 24/7 erreichbar."),
    ("Tickets kosten 2/3 Euro.", "Tickets kosten 2/3 Euro."),
    ("Erlaubt sind 30 km/h.", "Erlaubt sind 30 km/h."),
    ("Dafür stimmten 2/3 der Mitglieder.", "Dafür stimmten 2 Drittel der Mitglieder."),
    ("Die Hälfte, also 1/2 der Fläche, bleibt grün.", "Die Hälfte, also die Hälfte der Fläche, bleibt grün."),
    ("Das Schuljahr 2025/26 beginnt.", "Das Schuljahr 2025 bis 2026 beginnt."),
    ("Der Winter 2025/2026 war mild.", "Der Winter 2025 bis 2026 war mild."),
    ("Die Jahre 1990/2000 waren wichtig.", "Die Jahre 1990/2000 waren wichtig."),
    ("Bringen Sie Stift und/oder Papier mit.", "Bringen Sie Stift oder Papier mit."),
    ("Hund/Katze und Ein-/Ausgang.", "Hund oder Katze und Ein- oder Ausgang."),
]

PROTECTED = [
    "Schreiben Sie an info@stadt-beispiel.de (Betreff: Fest).",
    "Mehr unter https://www.stadt-beispiel.de/a/b?x=1&y=2 im Netz.",
    "Mehr unter www.stadt-beispiel.de/fest_2026 im Netz.",
    "Rufen Sie an: 0631 3654336.",
]


@pytest.mark.parametrize(("text", "expected"), SIGNS)
def test_signs(text: str, expected: list[str]) -> None:
    assert signs.split_sentences(signs.signs(text)) == expected


@pytest.mark.parametrize(("text", "expected"), SLASHES)
def test_slashes(text: str, expected: str) -> None:
    assert signs.signs(text) == expected
    assert guard.missing(text, expected) == []  # what the rule writes keeps every fact


@pytest.mark.parametrize(("text", "expected"), GENDER)
def test_gender(text: str, expected: str) -> None:
    assert signs.gender(text) == expected


@pytest.mark.parametrize("text", PROTECTED)
def test_emails_urls_phones_are_untouched(text: str) -> None:
    lines, _, _ = process_line(text, Settings())
    joined = " ".join(lines)
    for piece, kind in signs.pieces(text):
        if kind is not None:
            assert piece in joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tel. (0631) 365-4336", "Telefon (0631) 365-4336"),
        ("Fax 0631/3654337", "Fax 0631/3654337"),
        ("Ruf an: +49 631 3654336!", "Ruf an: +49 631 3654336!"),
        ("Rufen Sie +49 (0)351 123456 an.", "Rufen Sie +49 (0)351 123456 an."),
        ("Rufen Sie +49(0351) 123456 an.", "Rufen Sie +49(0351) 123456 an."),
        ("Rufen Sie 0351 / 12 34 56 an.", "Rufen Sie 0351 / 12 34 56 an."),
    ],
)
def test_phone_numbers_keep_their_form(text: str, expected: str) -> None:
    """A phone number is a fact in its form: digits, grouping, brackets and slashes stay."""
    assert process_line(text, Settings())[0] == [expected]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Mail an a.b@stadt.de, danke.", ["email"]),
        ("Siehe www.stadt.de/x.", ["url"]),
        ("Tel. 0631 3654336, E-Mail: post@stadt.de", ["phone", "email"]),
        ("Im Jahr 2024 kamen 161.000 Menschen.", []),
        ("Am 27.01.2026 um 9.30 Uhr.", []),
    ],
)
def test_pieces_find_protected_spans(text: str, kinds: list[str]) -> None:
    assert [kind for _piece, kind in signs.pieces(text) if kind] == kinds


@pytest.mark.parametrize(("text", "_expected"), SIGNS + GENDER + SLASHES)
def test_signs_are_idempotent(text: str, _expected: object) -> None:
    once = signs.split_sentences(signs.signs(signs.gender(text)))
    twice = [line for part in once for line in signs.split_sentences(signs.signs(signs.gender(part)))]
    assert twice == once


@pytest.mark.parametrize(
    "text",
    [
        "; Acht.",  # ";" opens a sentence: the number word there becomes a digit in the first run
        "[ Acht.",  # a bracket that C1 removes opens a sentence too
        "vier km.",  # number words first, so the unit after them is written out in the same run
        "Tel. Acht.",  # the guard normalises source and output in the same order as the post-processing
        "(. ).",  # commas and dots left by removed brackets are tidied until nothing changes
        "V.. (.",
        "0631 einundzwanzig.",  # numbers that end up looking like a phone number still count as kept
    ],
)
def test_regressions_found_by_hypothesis(text: str) -> None:
    sentence = Sentence(text, analyse_sentence(text), "paragraph", 0)
    rewrite = Rewrite(sentence, [text])
    postprocess([rewrite], Settings())
    once = list(rewrite.output)
    postprocess([rewrite], Settings())
    assert rewrite.output == once
    assert guard.missing(text, " ".join(once)) == []


test_examples = examples_test("signs")
