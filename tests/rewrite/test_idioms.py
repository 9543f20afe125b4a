"""W4: idioms and metaphors get their plain meaning (data/words/idioms.tsv); the others are explained."""

from __future__ import annotations

import re

import pytest

from simplify import lexicon
from simplify.nlp import verbs
from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite.idioms import TABLE, Entry, entries, idioms
from simplify.rewrite.syntax import FINITE
from tests.rewrite.examples import convert, examples_test

KINDS = {"verb", "phrase", "noun", "explain"}
REPLACED = [e for e in entries() if e.kind != "explain"]


def test_the_idiom_table_loads_with_its_header() -> None:
    header = lexicon.header(TABLE)
    assert header.source.startswith("written for this project") and header.licence == "MIT"
    assert header.columns.startswith("idiom<TAB>meaning<TAB>kind<TAB>example")
    assert len(entries()) >= 1300 and {e.kind for e in entries()} == KINDS
    assert len({e.idiom for e in entries()}) == len(entries())
    for entry in entries():
        assert entry.example[-1] in ".!?:", entry
        if entry.kind == "noun":
            assert entry.idiom.split("|")[1] == entry.meaning.split("|")[1], entry


def _finite(text: str) -> bool:
    """A finite verb, also one HanTa tags as an infinitive or participle ("Die Planer beachten ...",
    "Handwerker betrogen ...")."""
    return any(
        t.pos in FINITE or (t.pos.startswith("V") and verbs.readings(t.text.lower(), t.lemma))
        for t in analyse_sentence(text)
    )


def _gone(entry: Entry, text: str) -> bool:
    if entry.kind == "noun":
        return entry.idiom.split("|")[0].lower() not in text.lower()
    meaning = set(entry.meaning.split())
    words = [w for w in entry.words if w not in {"etwas", "jemandem", "jemanden", "sich", "seine"}]
    fixed = " ".join(w for w in (words[:-1] if entry.kind == "verb" else words) if w not in meaning)
    if not fixed:
        return True  # every word of the idiom but its verb is in the meaning ("sich neu aufstellen")
    return re.search(rf"(?<!\w){re.escape(fixed)}(?!\w)", text, re.IGNORECASE) is None


@pytest.mark.parametrize("entry", REPLACED, ids=lambda e: e.idiom)
def test_every_example_loses_its_idiom_and_keeps_its_finite_verb(entry: Entry) -> None:
    out = idioms(entry.example)
    assert _gone(entry, out), out
    meaning_verb = entry.meaning.split()[-1] if entry.kind == "verb" else ""
    placed = meaning_verb and any(verbs.readings(w, meaning_verb) for w in re.findall(r"\w+", out.lower()))
    assert placed or _finite(out) or not _finite(entry.example), out


@pytest.mark.slow
@pytest.mark.parametrize("entry", [e for e in entries() if e.kind == "explain"], ids=lambda e: e.idiom)
def test_every_explained_idiom_gets_its_explanation(entry: Entry) -> None:
    lines, _fired = convert(entry.example)
    meaning = entry.meaning if entry.meaning[-1] in ".!?" else entry.meaning + "."
    assert f"Das bedeutet: {meaning}" in [line.replace("·", "") for line in lines]


EXACT = [
    # verb idioms: the meaning's verb in the person, number and tense of the idiom's verb
    ("Das Hallenbad schließt am Freitag seine Pforten.", "Das Hallenbad schließt am Freitag."),
    (
        "Die Stadt nimmt in diesem Sommer alle Spielplätze unter die Lupe.",
        "Die Stadt prüft in diesem Sommer alle Spielplätze genau.",
    ),
    (
        "Der Stadtrat hat dem Neubau der Kita grünes Licht gegeben.",
        "Der Stadtrat hat dem Neubau der Kita zugestimmt.",
    ),
    (
        "Verwaltung und Vereine ziehen beim Stadtfest an einem Strang.",
        "Verwaltung und Vereine arbeiten beim Stadtfest zusammen.",
    ),
    (
        "Die Helferinnen und Helfer stehen schon in den Startlöchern.",
        "Die Helferinnen und Helfer sind schon bereit.",
    ),
    (
        "Die Stadt greift den Sportvereinen mit einem Zuschuss unter die Arme.",
        "Die Stadt hilft den Sportvereinen mit einem Zuschuss.",
    ),
    (
        "Der Seniorenbeirat hat im Jahr 2015 das Erzählcafé ins Leben gerufen.",
        "Der Seniorenbeirat hat im Jahr 2015 das Erzählcafé gegründet.",
    ),
    ("Das Stadtfest ging bei bestem Wetter über die Bühne.", "Das Stadtfest fand bei bestem Wetter statt."),
    (
        "Beim Frühjahrsputz legten über 200 Freiwillige Hand an.",
        "Beim Frühjahrsputz halfen über 200 Freiwillige mit.",
    ),
    (
        "Die Stadt hat den Bau der Sporthalle auf Eis gelegt.",
        "Die Stadt hat den Bau der Sporthalle erst einmal gestoppt.",
    ),
    (
        "Wegen der hohen Kosten steht das Sommerfest auf der Kippe.",
        "Wegen der hohen Kosten ist das Sommerfest nicht sicher.",
    ),
    (
        "Die neue Studie nimmt den Radverkehr in der Innenstadt in den Blick.",
        "Die neue Studie sieht den Radverkehr in der Innenstadt genau an.",
    ),
    ("Das Ordnungsamt bittet Falschparker zur Kasse.", "Das Ordnungsamt lässt Falschparker bezahlen."),
    ("Beim neuen Haushalt setzt der Landkreis den Rotstift an.", "Beim neuen Haushalt spart der Landkreis."),
    ("Die neue Satzung tritt am 1. Januar in Kraft.", "Die neue Satzung wird am 1. Januar gültig."),
    ("Die Stadt will die Sanierung in Angriff nehmen.", "Die Stadt will die Sanierung beginnen."),
    ("Die Stadt plant, die Sanierung in Angriff zu nehmen.", "Die Stadt plant, die Sanierung zu beginnen."),
    # a reflexive idiom loses "sich", a reflexive meaning gets it; the perfect auxiliary follows the meaning
    ("Der Fahrer machte sich aus dem Staub.", "Der Fahrer flüchtete."),
    (
        "Der Verein und sein Trainer gehen ab Sommer getrennte Wege.",
        "Der Verein und sein Trainer trennen sich ab Sommer.",
    ),
    (
        "Der frühere Bürgermeister hat die Augen für immer geschlossen.",
        "Der frühere Bürgermeister ist gestorben.",
    ),
    (
        "Die Polizei bittet alle Autofahrer: Halten Sie die Augen offen.",
        "Die Polizei bittet alle Autofahrer: Seien Sie aufmerksam.",
    ),
    # phrase idioms
    (
        "Die Vorbereitungen für das Stadtfest laufen auf Hochtouren.",
        "Die Vorbereitungen für das Stadtfest laufen mit voller Kraft.",
    ),
    ("Das Freibad steckt seit Jahren in den roten Zahlen.", "Das Freibad steckt seit Jahren im Minus."),
    ("Die Gäste kamen aus allen Himmelsrichtungen.", "Die Gäste kamen von überall."),
    ("Die Notaufnahme ist rund um die Uhr geöffnet.", "Die Notaufnahme ist Tag und Nacht geöffnet."),
    (
        "Im Nachgang zur Sitzung beantwortet die Verwaltung alle Fragen.",
        "Nach der Sitzung beantwortet die Verwaltung alle Fragen.",
    ),
    # noun idioms: same gender, the case and number of the noun, adjectives inflected
    ("Die alte Stadthalle bekommt eine Frischzellenkur.", "Die alte Stadthalle bekommt eine Erneuerung."),
    (
        "Das neue Quartier ist ein Leuchtturmprojekt für die ganze Region.",
        "Das neue Quartier ist ein wichtiges Projekt für die ganze Region.",
    ),
    ("Im Mietvertrag gibt es einige Fallstricke.", "Im Mietvertrag gibt es einige versteckte Nachteile."),
    (
        "Die Polizei warnt vor Langfingern auf dem Weihnachtsmarkt.",
        "Die Polizei warnt vor Dieben auf dem Weihnachtsmarkt.",
    ),
    ("Bei diesem Sauwetter blieben die Stände leer.", "Bei diesem schlimmen Wetter blieben die Stände leer."),
    (
        "Im neuen Seniorenheim verbringen viele ihren Lebensabend.",
        "Im neuen Seniorenheim verbringen viele ihren letzten Lebensabschnitt.",
    ),
    # must not fire: the idiom's words used literally, the fixed words opening the sentence
    ("Die Kinder legen die Hand auf den Tisch.", "Die Kinder legen die Hand auf den Tisch."),
    ("Unter die Lupe nimmt die Stadt alle Spielplätze.", "Unter die Lupe nimmt die Stadt alle Spielplätze."),
]


@pytest.mark.parametrize(("source", "expected"), EXACT)
def test_idioms_get_their_plain_meaning(source: str, expected: str) -> None:
    assert idioms(source) == expected


def test_an_idiom_with_a_genitive_stays_whole_for_the_rule() -> None:
    lines, fired = convert("Der Marktplatz ist das Herz der Stadt.")
    assert lines[0] == "Der Marktplatz ist die Mitte von der Stadt." and "W4.idioms" in fired


test_examples = examples_test("idioms")
