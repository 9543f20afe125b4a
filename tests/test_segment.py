"""Sentence splitting of tricky German cases (SoMaJo) and the analysis attached to each sentence."""

from __future__ import annotations

import pytest

from simplify.document import Block
from simplify.nlp.analysis import tokenize
from simplify.segment import segment_block
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"


def sentences(text: str) -> list[str]:
    return [s.text for s in segment_block(Block("paragraph", text), 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number at the end of a sentence is no ordinal (SoMaJo reads "40." as one)
        (
            "Das Amt ist in der Hafenstraße 40. Der alte Standort schließt.",
            ["Das Amt ist in der Hafenstraße 40.", "Der alte Standort schließt."],
        ),
        (
            "Die Mensa liegt in der Königsbrücker Straße 12. In dem Neubau essen 180 Kinder.",
            ["Die Mensa liegt in der Königsbrücker Straße 12.", "In dem Neubau essen 180 Kinder."],
        ),
        ("Am 12. Mai ist der 3. Platz frei.", ["Am 12. Mai ist der 3. Platz frei."]),
        (
            "Die Anmeldung ist unter Tel. 0631 123456 möglich. Danach gilt die Frist.",
            ["Die Anmeldung ist unter Tel. 0631 123456 möglich.", "Danach gilt die Frist."],
        ),
        (
            "Der Verein Sportfreunde Lindenau e. V. lädt ein. Alle sind willkommen.",
            ["Der Verein Sportfreunde Lindenau e. V. lädt ein.", "Alle sind willkommen."],
        ),
        (
            "Der Verein Heimatfreunde e.V. lädt ein. Alle sind willkommen.",
            ["Der Verein Heimatfreunde e.V. lädt ein.", "Alle sind willkommen."],
        ),
        (
            "Es gibt z. B. Kuchen und Kaffee. Der Eintritt ist frei.",
            ["Es gibt z. B. Kuchen und Kaffee.", "Der Eintritt ist frei."],
        ),
        (
            "Am 27. Januar 2026 beginnt die Ausstellung. Sie dauert zwei Wochen.",
            ["Am 27. Januar 2026 beginnt die Ausstellung.", "Sie dauert zwei Wochen."],
        ),
        (
            "Die Reise findet vom 3. bis 4. Dezember statt. Anmeldung im Rathaus.",
            ["Die Reise findet vom 3. bis 4. Dezember statt.", "Anmeldung im Rathaus."],
        ),
        (
            "„Wir freuen uns sehr“, sagt die Bürgermeisterin. „Kommen Sie vorbei!“",
            ["„Wir freuen uns sehr“, sagt die Bürgermeisterin.", "„Kommen Sie vorbei!“"],
        ),
        ("Sie sagte: „Das ist gut.“ Dann ging sie.", ["Sie sagte: „Das ist gut.“", "Dann ging sie."]),
        (
            "Fragen beantwortet presse@lindenau.de. Die Antwort kommt schnell.",
            ["Fragen beantwortet presse@lindenau.de.", "Die Antwort kommt schnell."],
        ),
        (
            "Infos unter www.lindenau.de/presse. Dort steht alles.",
            ["Infos unter www.lindenau.de/presse.", "Dort steht alles."],
        ),
        (
            "Die Stadt hat 3.500 Einwohner. Das sind 12,5 Prozent mehr.",
            ["Die Stadt hat 3.500 Einwohner.", "Das sind 12,5 Prozent mehr."],
        ),
        (
            "Der 1. FC Lindenau spielt am 2. Mai. Beginn ist um 15:30 Uhr.",
            ["Der 1. FC Lindenau spielt am 2. Mai.", "Beginn ist um 15:30 Uhr."],
        ),
        (
            "Die Sitzung beginnt um 18 Uhr, ca. 30 Minuten später folgt die Pause.",
            ["Die Sitzung beginnt um 18 Uhr, ca. 30 Minuten später folgt die Pause."],
        ),
        (
            "Das Amt ist am 24.12.2026 geschlossen. Ab dem 2. Januar ist es wieder offen.",
            ["Das Amt ist am 24.12.2026 geschlossen.", "Ab dem 2. Januar ist es wieder offen."],
        ),
        (
            "Es spricht Dr. Anna Berg, Leiterin des Amtes. Danach gibt es Fragen.",
            ["Es spricht Dr. Anna Berg, Leiterin des Amtes.", "Danach gibt es Fragen."],
        ),
        (
            "Die Kosten betragen 1,5 Mio. Euro. Das Land zahlt die Hälfte.",
            ["Die Kosten betragen 1,5 Mio. Euro.", "Das Land zahlt die Hälfte."],
        ),
        (
            "Die Straße ist vom 3.-4. Dezember gesperrt. Bitte fahren Sie um.",
            ["Die Straße ist vom 3.-4. Dezember gesperrt.", "Bitte fahren Sie um."],
        ),
        (
            "Geöffnet ist Mo. bis Fr. von 8 bis 12 Uhr. Am Wochenende ist zu.",
            ["Geöffnet ist Mo. bis Fr. von 8 bis 12 Uhr.", "Am Wochenende ist zu."],
        ),
        ("Wer kommt? Alle! Das freut uns.", ["Wer kommt?", "Alle!", "Das freut uns."]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_heading_without_full_stop_is_one_unit() -> None:
    units = segment_block(Block("heading", "Neue Öffnungszeiten im Bürgerbüro. Ab Montag"), 3)
    assert [u.text for u in units] == ["Neue Öffnungszeiten im Bürgerbüro. Ab Montag"]
    assert units[0].block == "heading" and units[0].block_index == 3


def test_contact_block_stays_line_by_line() -> None:
    block = Block("contact", "Kontakt:\nAnna Berg\nTelefon: 06301 12345\nE-Mail: presse@lindenau.de")
    assert [u.text for u in segment_block(block, 0)] == [
        "Kontakt:",
        "Anna Berg",
        "Telefon: 06301 12345",
        "E-Mail: presse@lindenau.de",
    ]


def test_analysis_has_pos_lemma_and_compound_parts() -> None:
    (tokens,) = tokenize("Die Stadtverwaltung wurde eingeladen.")
    assert [(t.text, t.pos, t.lemma) for t in tokens] == [
        ("Die", "ART", "der"),
        ("Stadtverwaltung", "NN", "Stadtverwaltung"),
        ("wurde", "VAFIN", "werden"),
        ("eingeladen", "VVPP", "einladen"),
        (".", "$.", "."),
    ]
    assert tokens[1].compound_parts == ("stadt", "verwaltung")
    assert tokens[0].compound_parts == ()


def test_e_mail_and_url_are_kept_whole() -> None:
    (tokens,) = tokenize("Schreiben Sie an presse@lindenau.de oder besuchen Sie www.lindenau.de/presse")
    kinds = {t.text: t.kind for t in tokens}
    assert kinds["presse@lindenau.de"] == "email_address"
    assert kinds["www.lindenau.de/presse"] == "URL"


def test_unit_texts_match_segment() -> None:
    from simplify.document import Document, Source
    from simplify.segment import segment, unit_texts

    document = Document(
        Source(""),
        [
            Block("heading", "Neue Bänke. Im Park"),
            Block("paragraph", "Die Stadt stellt Bänke auf. Sie sind aus Holz."),
            Block("contact", "Kontakt:\nJana Petersen"),
        ],
    )
    assert (
        unit_texts(document)
        == [s.text for s in segment(document)]
        == [
            "Neue Bänke. Im Park",
            "Die Stadt stellt Bänke auf.",
            "Sie sind aus Holz.",
            "Kontakt:",
            "Jana Petersen",
        ]
    )


@pytest.mark.slow
def test_word_cache_gives_hantas_own_tags_lemmas_and_morphemes() -> None:
    from HanTa import HanoverTagger

    from simplify.nlp.analysis import _tagger

    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    cached = _tagger()
    releases = [path for path in sorted(CORPUS.glob("*.txt")) if not path.name.startswith("boilerplate")]
    texts = [path.read_text(encoding="utf-8") for path in releases[:6]]
    sentences = [[t.text for t in tokens] for text in texts for tokens in tokenize(text)]
    sentences += sentences[:5]  # the second time from the cache
    assert len(sentences) > 40
    for words in sentences:
        assert cached.tag_sent(words, taglevel=1) == plain.tag_sent(words, taglevel=1)
        assert cached.tag_sent(words, taglevel=3) == plain.tag_sent(words, taglevel=3)
