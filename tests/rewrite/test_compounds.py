"""W6: long compound nouns are split with the chosen separator, never inside names."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simplify.nlp import compounds as analysis
from simplify.nlp.analysis import analyse_sentence
from simplify.rewrite import compounds
from tests.rewrite.examples import examples_test

MEDIOPUNKT = [
    ("Das Bürgerbüro ist offen.", "Das Bürger·büro ist offen."),
    ("Die Stadtverwaltung lädt ein.", "Die Stadt·verwaltung lädt ein."),
    ("Die Partnerstadt liegt in Japan.", "Die Partner·stadt liegt in Japan."),
    ("Die Städtepartnerschaften sind lebendig.", "Die Städte·partnerschaften sind lebendig."),
    ("Die Adventsreise ist ausgebucht.", "Die Advents·reise ist ausgebucht."),
    ("Die Straßenbahnhaltestelle ist neu.", "Die Straßenbahn·haltestelle ist neu."),
    ("Die Musikschule spielt.", "Die Musik·schule spielt."),
    ("Die Haushaltssatzung gilt.", "Die Haushalts·satzung gilt."),
    # feminine forms and plurals split like their base form; compounds HanTa takes for one word
    ("Die Wahlhelferinnen und Wahlhelfer kommen.", "Die Wahl·helferinnen und Wahl·helfer kommen."),
    ("Die Ansprechpartnerinnen helfen.", "Die Ansprech·partnerinnen helfen."),
    ("Der Leseausweis ist neu.", "Der Lese·ausweis ist neu."),
    ("Die Kindertagesstätte öffnet.", "Die Kinder·tages·stätte öffnet."),
    ("Die Kindertagesstätten öffnen.", "Die Kinder·tages·stätten öffnen."),
    ("Es gibt Abendtermine.", "Es gibt Abend·termine."),  # "Termine" is no feminine form
    # must not fire: short words, common words, words that are no compound, already split words
    ("Die Lehrerinnen und Mitarbeiterinnen kommen.", "Die Lehrerinnen und Mitarbeiterinnen kommen."),
    # the masculine form is short or common: the feminine form stays whole like it
    ("Radfahrerinnen und Radfahrer warten.", "Radfahrerinnen und Radfahrer warten."),
    ("Die Bürgermeisterin und der Bürgermeister.", "Die Bürgermeisterin und der Bürgermeister."),
    ("Die Ehrenamtlichen helfen.", "Die Ehrenamtlichen helfen."),
    ("Die Parlamentarier reden über Fortbewegung.", "Die Parlamentarier reden über Fortbewegung."),
    ("Der Maastrichter Vertrag gilt.", "Der Maastrichter Vertrag gilt."),
    ("Wir fahren nach Kaiserslautern und Greifswald.", "Wir fahren nach Kaiserslautern und Greifswald."),
    ("Das Rathaus ist offen.", "Das Rathaus ist offen."),
    ("Das Krankenhaus ist groß.", "Das Krankenhaus ist groß."),
    ("Sie feiert Geburtstag.", "Sie feiert Geburtstag."),
    ("Die Bundesregierung hilft.", "Die Bundesregierung hilft."),
    ("Die Bevölkerung wächst.", "Die Bevölkerung wächst."),
    ("Die Herausforderungen sind groß.", "Die Herausforderungen sind groß."),
    ("Das Bürger·büro und das Bürger-Büro.", "Das Bürger·büro und das Bürger-Büro."),
    ("Schreiben Sie an stadtverwaltung@beispiel.de.", "Schreiben Sie an stadtverwaltung@beispiel.de."),
]


@pytest.mark.parametrize(("text", "expected"), MEDIOPUNKT)
def test_mediopunkt(text: str, expected: str) -> None:
    assert compounds.split(text, separator="mediopunkt", level="leichte") == expected


@pytest.mark.parametrize(
    ("separator", "expected"),
    [
        ("mediopunkt", "Die Stadt·verwaltung und das Bürger·büro."),
        ("hyphen", "Die Stadt-Verwaltung und das Bürger-Büro."),
        ("none", "Die Stadtverwaltung und das Bürgerbüro."),
    ],
)
def test_separators(separator: str, expected: str) -> None:
    text = "Die Stadtverwaltung und das Bürgerbüro."
    assert compounds.split(text, separator=separator, level="leichte") == expected


def test_einfache_splits_only_very_long_words() -> None:
    text = "Die Stadtverwaltung baut eine Straßenbahnhaltestelle."
    assert compounds.split(text, separator="mediopunkt", level="einfache") == (
        "Die Stadtverwaltung baut eine Straßenbahn·haltestelle."
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Passend dazu besuchte Umweltdezernent Manuel Steinbrenner im Juni die Stadt.", "Steinbrenner"),
        ("Die Reise geht nach Kaiserslautern.", "Kaiserslautern"),
        ("Oberbürgermeisterin Beate Kimmel kommt.", "Kimmel"),
    ],
)
def test_names_are_never_split(sentence: str, name: str) -> None:
    keep = compounds.names(analyse_sentence(sentence))
    assert name in keep
    assert name in compounds.split(sentence, separator="mediopunkt", level="leichte", keep=keep)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a firm with "&", a district, a street adjective, streets with a number, a corner, or a name of their own
        ("Die Firma Friedemann & Weber baut die Halle.", "Die Firma Friedemann & Weber baut die Halle."),
        ("Das Fest findet im Stadtteil Kinderhaus statt.", "Das Fest findet im Stadtteil Kinderhaus statt."),
        (
            "Das Fest ist in den Stadtteilen Kinderhaus und Gievenbeck.",
            "Das Fest ist in den Stadt·teilen Kinderhaus und Gievenbeck.",
        ),
        ("Die Königsbrücker Straße wird gesperrt.", "Die Königsbrücker Straße wird gesperrt."),
        ("Die Bücherei ist in der Hauptstraße 7/9.", "Die Bücherei ist in der Hauptstraße 7/9."),
        (
            "Wir treffen uns Hauptstraße Ecke Bahnhofstraße.",
            "Wir treffen uns Hauptstraße Ecke Bahnhofstraße.",
        ),
        ("Die Kanalstraße war gesperrt.", "Die Kanalstraße war gesperrt."),
        ("Die Stadt Bad Lauterbach hilft.", "Die Stadt Bad Lauterbach hilft."),
        ("Kesselstadt, 23. März 2026. Die Mensa öffnet.", "Kesselstadt, 23. März 2026. Die Mensa öffnet."),
        # kinds of streets and other compounds are still split, also after a preposition without an article
        ("Würfel gibt es in Rollenspielen.", "Würfel gibt es in Rollen·spielen."),
        ("Die Arbeiten an der Umgehungsstraße beginnen.", "Die Arbeiten an der Umgehungs·straße beginnen."),
        (
            "Die Stadtverwaltung zieht in die Königsbrücker Str. 12.",
            "Die Stadt·verwaltung zieht in die Königsbrücker Str. 12.",
        ),
    ],
)
def test_streets_districts_and_firms_are_names(sentence: str, expected: str) -> None:
    keep = compounds.names(analyse_sentence(sentence))
    assert compounds.split(sentence, separator="mediopunkt", level="leichte", keep=keep) == expected


def test_base_form_of_a_genitive_name_is_kept() -> None:
    keep = compounds.names(analyse_sentence("Die Städtepartnerschaften Kaiserslauterns sind lebendig."))
    assert {"Kaiserslauterns", "Kaiserslautern"} <= keep


def test_genitive_name_does_not_protect_the_next_word() -> None:
    keep = compounds.names(analyse_sentence("Kassels Städtepartnerschaften sind alt."))
    assert "Städtepartnerschaften" not in keep


@pytest.mark.parametrize(("text", "_expected"), MEDIOPUNKT)
@pytest.mark.parametrize("separator", ["mediopunkt", "hyphen"])
def test_split_is_idempotent(text: str, _expected: str, separator: str) -> None:
    once = compounds.split(text, separator=separator, level="leichte")
    assert compounds.split(once, separator=separator, level="leichte") == once


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Bürgerbüro", ("Bürger", "büro")),
        ("Abfallwirtschaftsbetrieb", ("Abfall", "wirtschafts", "betrieb")),
        ("Partnerschaften", ()),
        ("Haus", ()),
    ],
)
def test_parts(word: str, parts: tuple[str, ...]) -> None:
    assert compounds.parts(word) == parts


test_examples = examples_test("compounds")


def _every_combination(word: str, boundaries: list[int]) -> tuple[str, ...]:
    """The splitter before it was bounded: every combination of cuts, fewest parts, most common rarest."""
    from itertools import combinations, pairwise

    best = None
    for size in range(1, len(boundaries) + 1):
        for cut in combinations(boundaries, size):
            pieces = tuple(word[a:b] for a, b in pairwise((0, *cut, len(word))))
            rarest = min(analysis._is_word(p, first=i < len(pieces) - 1) for i, p in enumerate(pieces))
            if rarest >= analysis.PART_ZIPF and (
                best is None or (len(pieces), -rarest) < (best[0], -best[1])
            ):
                best = (len(pieces), rarest, pieces)
        if best is not None:
            break
    return best[2] if best else ()


@given(
    st.lists(
        st.sampled_from(
            ["Stadt", "verwaltungs", "bürger", "büro", "amt", "s", "haus", "tür", "en", "schule"]
        ),
        min_size=1,
        max_size=7,
    ),
    st.data(),
)
@settings(max_examples=150, deadline=None)
def test_the_bounded_splitter_chooses_what_every_combination_chose(pieces, data) -> None:
    word = "".join(pieces).capitalize()
    inner = list(range(1, len(word)))
    boundaries = sorted(data.draw(st.sets(st.sampled_from(inner), max_size=8)) if inner else [])
    assert analysis._fewest_parts(word, boundaries) == _every_combination(word, boundaries)


def test_a_word_longer_than_any_compound_stays_whole() -> None:
    word = ("Stadtverwaltungsbürgerbüro" * 8)[:200]
    assert compounds.parts(word) == ()
    assert (
        compounds.split(f"Das {word} ist da.", separator="mediopunkt", level="leichte")
        == f"Das {word} ist da."
    )
    longest = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"
    assert len(longest) == analysis.MAX_LETTERS


@pytest.mark.parametrize("word", ["Kindertagesstätte", "Leseausweis", "Lehrerinnenfortbildung"])
def test_the_rest_is_analysed_only_after_a_word_as_head(word: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cut whose head is no word costs no analysis of the rest (the same split as before)."""
    expected = analysis.parts.__wrapped__(word)
    asked: list[str] = []
    parts = analysis.parts.__wrapped__

    def recorded(rest: str) -> tuple[str, ...]:
        asked.append(rest)
        return parts(rest)

    monkeypatch.setattr(analysis, "parts", recorded)
    assert parts(word) == expected
    heads = [word[: len(word) - len(rest)] for rest in asked]
    assert all(analysis._is_word(head, first=True) >= analysis.PART_ZIPF for head in heads)
