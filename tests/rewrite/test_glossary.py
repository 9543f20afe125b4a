"""W2: glossary replacements, "Das bedeutet: ..." after a hard word's first use, user glossaries."""

from pathlib import Path

import pytest

from simplify.document import Rewrite, Sentence
from simplify.errors import InputError
from simplify.nlp import verbs
from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite import glossary
from simplify.rewrite.post import _explanation, postprocess
from simplify.settings import Settings
from tests.conftest import run_cli
from tests.rewrite.examples import examples_test

REPLACEMENTS = [
    ("Ende Oktober folgt zudem ein Konzert.", "Ende Oktober folgt auch ein Konzert."),
    ("Bereits im Mai ist es warm.", "Schon im Mai ist es warm."),
    ("Die Kommune plant jedoch neu.", "Die Gemeinde plant aber neu."),
    ("Das Fest findet jährlich statt.", "Das Fest findet jedes Jahr statt."),
    ("Sie erhält einen Preis.", "Sie bekommt einen Preis."),
    (
        "Der ehemalige Bürgermeister und die ehemaligen Räte.",
        "Der frühere Bürgermeister und die früheren Räte.",
    ),
    ("Des Weiteren gibt es Kaffee.", "Außerdem gibt es Kaffee."),
    ("Das ist gegebenenfalls teurer.", "Das ist wenn nötig teurer."),
    ("Die Suppe ist warm, ebenso wie das Brot.", "Die Suppe ist warm, genauso wie das Brot."),
    ("Das Brot ist ebenso frisch.", "Das Brot ist auch frisch."),
    ("Man kann Karten käuflich erwerben.", "Man kann Karten kaufen."),
    # must not fire: words that only contain a glossary word, upper case inside a sentence
    ("Das Rundschreiben kommt.", "Das Rundschreiben kommt."),
    ("Der Zudem-Plan ist neu.", "Der Zudem-Plan ist neu."),
    ("Das Haus ist groß.", "Das Haus ist groß."),
]


@pytest.mark.parametrize(("text", "expected"), REPLACEMENTS)
def test_replacements(text: str, expected: str) -> None:
    assert glossary.rewrite(text, glossary.load())[0] == expected


FORMS = [
    # an adjective stays an adjective, a participle a participle, a finite verb takes person and tense
    ("Für die benötigte Infrastruktur ist das wichtig.", "Für die nötige Infrastruktur ist das wichtig."),
    ("Die Vorräte werden im Winter benötigt.", "Die Vorräte werden im Winter gebraucht."),
    ("Die Stadt benötigt Geld.", "Die Stadt braucht Geld."),
    ("Im Mai benötigte die Stadt mehr Geld.", "Im Mai brauchte die Stadt mehr Geld."),
    ("Wir wissen, dass die Stadt Geld benötigt.", "Wir wissen, dass die Stadt Geld braucht."),
    ("Die Stadt hat mehr Geld benötigt.", "Die Stadt hat mehr Geld gebraucht."),
    ("Benötigen Sie Hilfe?", "Brauchen Sie Hilfe?"),
    # a replacement of two words: the particle goes to the end of a verb-second clause
    ("Sie gewährleisten die gute Qualität.", "Sie machen die gute Qualität sicher."),
    ("Sie helfen und gewährleisten die Qualität.", "Sie helfen und machen die Qualität sicher."),
    ("Das ist zu gewährleisten.", "Das ist sicher zu machen."),
    ("Wir müssen die Qualität gewährleisten.", "Wir müssen die Qualität sicher machen."),
    ("Die Unterlagen sind bis Mai einzureichen.", "Die Unterlagen sind bis Mai abzugeben."),
    # "erfolgen" -> "sein" in finite forms only
    ("Die Sperrung erfolgt am Montag.", "Die Sperrung ist am Montag."),
    ("Die Auszahlung erfolgte im Mai.", "Die Auszahlung war im Mai."),
    # a noun takes the case of its phrase
    ("Wir treffen uns in den Räumlichkeiten der Schule.", "Wir treffen uns in den Räumen der Schule."),
    ("Die Räumlichkeiten sind hell.", "Die Räume sind hell."),
    # must not fire: the end of the clause is unclear, a participle after "ist", an infinitive after a modal
    (
        "Sie gewährleisten die Qualität und das Land zahlt.",
        "Sie gewährleisten die Qualität und das Land zahlt.",
    ),
    ("Die Zahlung ist erfolgt.", "Die Zahlung ist erfolgt."),
    (
        "Die Zufahrt kann am Montag, 29. Juli, nur hier erfolgen.",
        "Die Zufahrt kann am Montag, 29. Juli, nur hier erfolgen.",
    ),
    ("Wenn es schnell erfolgen sollte, ist es gut.", "Wenn es schnell erfolgen sollte, ist es gut."),
    # a replacement of several words after an article is fine, after a preposition it is not
    ("Eine bislang einmalige Idee.", "Eine bis jetzt einmalige Idee."),
    # must not fire: a separated verb, an adverb that is no adjective, several words after a preposition
    ("Bitte reichen Sie den Antrag ein.", "Bitte reichen Sie den Antrag ein."),
    ("Zusätzlich gibt es Kuchen.", "Zusätzlich gibt es Kuchen."),
    ("Das kostet von jährlich 300 Euro an.", "Das kostet von jährlich 300 Euro an."),
    ("Die Zahl kursiert zumindest im Internet.", "Die Zahl kursiert zumindest im Internet."),
    (
        "Die Gesundheit der Einwohnerinnen und Einwohner Dresdens zählt.",
        "Die Gesundheit der Einwohnerinnen und Einwohner Dresdens zählt.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_replacements_keep_word_class_and_form(text: str, expected: str) -> None:
    assert glossary.rewrite(text, glossary.load())[0] == expected


def test_the_builtin_glossary_loads_with_its_header() -> None:
    from simplify import lexicon

    header = lexicon.header("words/glossary.tsv")
    assert header.source.startswith("written for this project") and header.licence == "MIT"
    words = glossary.load()
    assert (
        len(words.replace) + len(words.stems) + len(words.phrases) + len(words.explain) + len(words.verbs)
        >= 1500
    )
    for lemma, (replacement, _class) in words.verbs.items():
        assert verbs.conjugate(lemma) is not None and verbs.conjugate(replacement.split()[-1]) is not None


def test_user_glossary_with_classes(tmp_path: Path) -> None:
    own = tmp_path / "eigenes.tsv"
    own.write_text("bedürfen\tersetzen\tbrauchen\tVerb\nzügig\tersetzen\trasch\tADJD\n", encoding="utf-8")
    words = glossary.load(str(own))
    assert glossary.rewrite("Das bedurfte Zeit.", words)[0] == "Das brauchte Zeit."
    assert glossary.rewrite("Es geht zügig voran.", words)[0] == "Es geht rasch voran."
    bad = tmp_path / "kaputt.tsv"
    bad.write_text("zügig\tersetzen\trasch\tadverb\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        glossary.load(str(bad))


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Das Bürgerbüro ist offen.", ["Bürgerbüro"]),
        ("Die Bürgerbüros sind offen.", ["Bürgerbüro"]),
        ("Das Bürger·büro ist offen.", ["Bürgerbüro"]),
        ("Die Oberbürgermeisterin lädt zur Sitzung.", ["Oberbürgermeisterin", "Sitzung"]),
        ("Das Rathaus ist offen.", []),
        ("Die Beauftragte für Inklusion lädt ein.", ["Beauftragte", "Inklusion"]),
        (
            "Beauftragte Fachfirmen führen die Arbeiten aus.",
            [],
        ),  # an adjective, not the noun "die Beauftragte"
        ("Die Stadt will klimaneutral werden.", ["klimaneutral"]),
    ],
)
def test_terms_to_explain(text: str, terms: list[str]) -> None:
    assert glossary.rewrite(text, glossary.load())[1] == terms


def _rewrites(*texts: str, block: str = "paragraph") -> list[Rewrite]:
    return [Rewrite(Sentence(t, analyse_sentence(t), block, 0), [t]) for t in texts]  # type: ignore[arg-type]


def test_explanation_follows_first_use_only() -> None:
    rewrites = _rewrites("Das Bürgerbüro ist offen.", "Im Bürgerbüro gibt es Kaffee.")
    postprocess(rewrites, Settings())
    assert rewrites[0].output == [
        "Das Bürger·büro ist offen.",
        "Das bedeutet: Im Bürger·büro bekommen Sie zum Beispiel einen Ausweis.",
    ]
    assert rewrites[1].output == ["Im Bürger·büro gibt es Kaffee."]
    assert "W2.explain" in rewrites[0].rules


def test_explanations_follow_the_last_line_of_a_rewrite() -> None:
    (rewrite,) = _rewrites("Das Bürgerbüro öffnet.")
    rewrite.output = ["Das Bürgerbüro öffnet.", "Das ist am 27. Januar 2026.", "Die Kommune lädt ein."]
    postprocess([rewrite], Settings())
    once = list(rewrite.output)
    assert once[:3] == ["Das Bürger·büro öffnet.", "Das ist am 27. Januar 2026.", "Die Gemeinde lädt ein."]
    assert [line.startswith("Das bedeutet: ") for line in once] == [False, False, False, True, True]
    assert "Bürger·büro" in once[3] and "Gemeinde" in once[4]
    postprocess([rewrite], Settings())
    assert rewrite.output == once


@pytest.mark.slow
@pytest.mark.parametrize("separator", ["mediopunkt", "hyphen", "none"])
def test_every_builtin_explanation_is_one_short_sentence(separator: str) -> None:
    """Each rendered "Das bedeutet: ..." line has at most 12 words and one sentence (rules S1, L1)."""
    too_long = []
    for term in glossary.load().explain:
        text = _explanation(term, None, separator, "leichte")
        words = sum(any(c.isalnum() for c in word) for word in text.split())
        if words > 12 or text[-1] not in ".!?" or any(mark in text[:-1] for mark in ".!?;"):
            too_long.append(f"{words} {text}")
    assert not too_long


def test_headings_get_no_explanation() -> None:
    (heading,) = _rewrites("Neues Bürgerbüro", block="heading")
    (body,) = _rewrites("Das Bürgerbüro ist offen.")
    postprocess([heading, body], Settings())
    assert heading.output == ["Neues Bürger·büro"]
    assert body.output[1].startswith("Das bedeutet: ")


def test_postprocess_with_explanations_is_idempotent() -> None:
    rewrites = _rewrites("Die Kommune baut ein Bürgerbüro.", "Der Stadtrat tagt am 3.-4. Mai.")
    postprocess(rewrites, Settings())
    once = [list(r.output) for r in rewrites]
    postprocess(rewrites, Settings())
    assert [r.output for r in rewrites] == once


def test_user_glossary_wins(tmp_path: Path) -> None:
    own = tmp_path / "eigenes.tsv"
    own.write_text(
        "# unser Glossar\nBürgerbüro\terklären\tDas Bürgerbüro ist im Rathaus.\nzudem\tersetzen\taußerdem\n",
        encoding="utf-8",
    )
    words = glossary.load(str(own))
    assert glossary.explanation("Bürgerbüro", words) == "Das bedeutet: Das Bürgerbüro ist im Rathaus."
    assert glossary.rewrite("Es gibt zudem Kuchen.", words)[0] == "Es gibt außerdem Kuchen."
    assert glossary.rewrite("Es gibt bereits Kuchen.", words)[0] == "Es gibt schon Kuchen."


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ("# Kopf\nBürgerbüro\terklären\n", 2),
        ("Wort\tersetzen\tneu\nWort\tkennen\tneu\n", 2),
        ("\n\nWort\t\tneu\n", 3),
        ("schön-\tersetzen\tgut\n", 1),
    ],
)
def test_bad_user_glossary_names_the_line(tmp_path: Path, content: str, line: int) -> None:
    bad = tmp_path / "kaputt.tsv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=f"line {line}"):
        glossary.load(str(bad))


def test_missing_user_glossary(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        glossary.load(str(tmp_path / "fehlt.tsv"))


def test_replacement_cycle_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "kreis.tsv"
    bad.write_text("alpha\tersetzen\tbeta\nbeta\tersetzen\talpha\n", encoding="utf-8")
    with pytest.raises(InputError, match="cycle"):
        glossary.load(str(bad))


def test_builtin_glossary_size() -> None:
    words = glossary.load()
    assert len(words.replace) + len(words.stems) + len(words.phrases) + len(words.explain) >= 300


def test_rare_words() -> None:
    text = "Die Stadt prüft die Zwischenlagerungsverbindlichkeit und das Bürgerbüro in Kaiserslautern."
    assert glossary.rare_words(text) == ["Zwischenlagerungsverbindlichkeit"]


RELEASE = "Die Stadt lädt ins Bürgerbüro ein. Dort gibt es zudem Kaffee."


@pytest.mark.slow
def test_cli_user_glossary(tmp_path: Path) -> None:
    own = tmp_path / "eigenes.tsv"
    own.write_text("Bürgerbüro\terklären\tDas Bürgerbüro ist im Rathaus.\n", encoding="utf-8")
    done = run_cli("convert", "--glossary", str(own), stdin=RELEASE)
    assert done.returncode == 0, done.stderr
    assert "Das bedeutet: Das Bürger·büro ist im Rathaus." in done.stdout.splitlines()


@pytest.mark.slow
def test_cli_bad_glossary_exits_2_with_line_number(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.tsv"
    bad.write_text("# Kopf\nBürgerbüro erklären Text ohne Tabs\n", encoding="utf-8")
    done = run_cli("convert", "--glossary", str(bad), stdin=RELEASE)
    assert done.returncode == 2
    assert "line 2" in done.stderr
    assert "Traceback" not in done.stderr


def test_feminine_and_masculine_form_are_explained_once() -> None:
    rewrites = _rewrites("Die Anwohnerinnen und Anwohner sind eingeladen.", "Ein Anwohner fragt nach.")
    postprocess(rewrites, Settings())
    assert rewrites[0].output == [
        "Die Anwohnerinnen und Anwohner sind eingeladen.",
        "Das bedeutet: Anwohnerinnen und Anwohner wohnen an einer Straße.",
    ]
    assert rewrites[1].output == ["Ein Anwohner fragt nach."]


def test_pair_without_own_entry_uses_the_form_used_first() -> None:
    rewrites = _rewrites("Die Bürgermeisterin und der Bürgermeister kommen.")
    postprocess(rewrites, Settings())
    explanations = [line for line in rewrites[0].output if line.startswith("Das bedeutet: ")]
    assert explanations == ["Das bedeutet: Die Bürgermeisterin ist die Chefin von einer Stadt oder Gemeinde."]
    assert rewrites[0].output[0] == "Die Bürgermeisterin und der Bürgermeister kommen."


def test_at_most_three_explanations_follow_a_sentence_and_the_rest_wait_for_the_next_use() -> None:
    rewrites = _rewrites(
        "Das Bürgerbüro, die Kommune, die Satzung und der Kämmerer laden ein.",
        "Das Fest ist am Montag.",
        "Der Kämmerer kommt auch.",
    )
    postprocess(rewrites, Settings())
    first = [line for line in rewrites[0].output if line.startswith("Das bedeutet: ")]
    assert len(first) == 3 and not any("Kämmerer" in line for line in first)
    assert rewrites[1].output == ["Das Fest ist am Montag."]  # no explanation of a word it does not use
    assert rewrites[2].output == [
        "Der Kämmerer kommt auch.",
        "Das bedeutet: Der Kämmerer kümmert sich um das Geld von der Stadt.",
    ]
    once = [list(r.output) for r in rewrites]
    postprocess(rewrites, Settings())
    assert [r.output for r in rewrites] == once


def test_waiting_explanation_follows_the_last_sentence() -> None:
    rewrites = _rewrites(
        "Das Bürgerbüro, die Kommune, die Satzung und der Kämmerer laden ein.", "Das Fest ist am Montag."
    )
    postprocess(rewrites, Settings())
    assert rewrites[1].output[-1] == "Das bedeutet: Der Kämmerer kümmert sich um das Geld von der Stadt."


test_examples = examples_test("glossary")


def _explained(*texts: str) -> list[list[str]]:
    """The explanation lines after each sentence of one paragraph."""
    rewrites = _rewrites(*texts)
    postprocess(rewrites, Settings())
    return [[line for line in r.output if line.startswith(glossary.EXPLANATION_PREFIX)] for r in rewrites]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # "Bürgermeister" names a deputy where the text has an Oberbürgermeister: no "Chef von der Stadt"
        (
            ("Oberbürgermeister Ralf Stein und Bürgermeister Udo Kern eröffnen das Fest.",),
            [["Das bedeutet: Der Oberbürgermeister ist der Chef von einer großen Stadt."]],
        ),
        (
            ("Bürgermeister Udo Kern eröffnet das Fest.",),
            [["Das bedeutet: Der Bürgermeister ist der Chef von einer Stadt oder Gemeinde."]],
        ),
        # "Ausbildung" of a dog is no vocational training
        (("Die Ausbildung der Hunde dauert ein Jahr.",), [[]]),
        (
            ("Die Ausbildung im Betrieb dauert drei Jahre.",),
            [["Das bedeutet: In der Ausbildung lernt man einen Beruf."]],
        ),
    ],
)
def test_an_explanation_is_given_only_where_its_sense_fits_the_text(texts, expected) -> None:
    assert _explained(*texts) == expected


def test_an_explanation_never_comes_between_a_sentence_and_the_next_ones_das() -> None:
    explained = _explained("Die Stadt eröffnet ein neues Bürgerbüro.", "Das ist ein wichtiger Schritt.")
    assert explained == [[], ["Das bedeutet: Im Bürger·büro bekommen Sie zum Beispiel einen Ausweis."]]
    # an article "Das" before a noun refers to nothing: the explanation follows its own sentence
    explained = _explained("Die Stadt eröffnet ein neues Bürgerbüro.", "Das Fest beginnt um 9 Uhr.")
    assert explained == [["Das bedeutet: Im Bürger·büro bekommen Sie zum Beispiel einen Ausweis."], []]


def test_a_phrase_in_place_of_a_noun_is_capitalised_only_where_a_sentence_opens(tmp_path: Path) -> None:
    own = tmp_path / "g.tsv"
    own.write_text("Hochbetagte\tersetzen\tsehr alte Menschen\n", encoding="utf-8")
    words = glossary.load(str(own))
    assert glossary.rewrite("Die Stadt hilft Hochbetagte.", words)[0] == "Die Stadt hilft sehr alte Menschen."
    assert glossary.rewrite("Hochbetagte bekommen Hilfe.", words)[0] == "Sehr alte Menschen bekommen Hilfe."


def test_an_explanation_that_names_its_word_is_not_framed_twice() -> None:
    rewrites = _rewrites("Die Wege sind fußläufig erreichbar.")
    postprocess(rewrites, Settings())
    assert rewrites[0].output[-1] == "Das Wort fußläufig bedeutet: Man kann zu Fuß hingehen."
