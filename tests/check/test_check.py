"""Table tests for the rule checker: per rule, sentences that must fire (with the offending words) and must not."""

from __future__ import annotations

import json
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simplify.check import CHECKED, NOT_CHECKED, check_units
from simplify.errors import UsageError
from tests.conftest import run_cli


def hits(rule: str, text: str, level: str = "leichte") -> list[str]:
    return [f.text for f in check_units([text], level=level) if f.rule == rule]


FIRES = [
    ("S1", "Die Stadt lädt alle Bürger am Samstag zu einem großen Fest mit Musik und Essen ein.", None),
    ("S2", "Das Fest beginnt um 9 Uhr und endet um 18 Uhr.", "und endet"),
    ("S3", "Das Bad ist zu, weil das Wasser kalt ist.", "weil das Wasser kalt ist"),
    ("S3", "Das Haus, das die Stadt gebaut hat, ist neu.", "das die Stadt gebaut hat"),
    ("S3", "Wir fahren nach Berlin, um zu feiern.", "um zu feiern"),
    ("S3", "Wer Fragen hat, ruft im Rathaus an.", "Wer Fragen hat"),
    ("S4", "Den Preis bekommt die Schule.", "Den Preis bekommt"),
    ("S5", "Das Bad wird am Montag geöffnet.", "wird am Montag geöffnet"),
    ("S5", "Die Straße ist gesperrt worden.", "gesperrt worden"),
    ("S6", "Er hätte gern gefeiert.", "hätte"),
    ("S6", "Das würde uns freuen.", "würde"),
    ("S6", "Sollten Sie Fragen haben, rufen Sie an.", "Sollten"),
    ("S7", "Wegen Bauarbeiten ist die Straße zu.", "Wegen"),
    ("S7", "Das Dach des Hauses ist neu.", "des Hauses"),
    ("S7", "Das Dach der Schule ist neu.", "der Schule"),
    ("S7", "Das ist am Ende dieses Jahres fertig.", "dieses Jahres"),
    ("S8", "Der Bürgermeister eröffnete das Fest.", "eröffnete"),
    ("S8", "Viele Menschen kamen zum Fest.", "kamen"),
    ("S8", "Die Stadt erhielt einen Preis.", "erhielt"),
    ("S9", "Der Eintritt ist kostenlos.", "kostenlos"),
    ("S9", "Der Weg ist unsicher.", "unsicher"),
    ("S9", "Niemand kommt nicht.", "Niemand kommt nicht"),
    ("S10", "Die Stadt stellt Geld zur Verfügung.", "Verfügung"),
    ("S10", "Die Sperrung dauert eine Woche.", "Sperrung"),
    ("S11", "Die Bürgermeisterin sagt, dass das Fest schön wird.", "sagt"),
    ("S11", "Der Sprecher erklärt, die Stadt sei froh.", "erklärt"),
    ("S14", "Er kommt morgen.", "Er"),
    ("S14", "Die Stadt hat ihn eingeladen.", "ihn"),
    ("S15", "Das Bad ist zu. Deshalb gehen wir in den Park. Daher ist es leer.", "Daher"),
    ("S15", "Das Bad ist offen. Aber es ist voll. Es ist jedoch warm.", "jedoch"),
    ("W1", "Die Anlieger dürfen parken.", "Anlieger"),
    ("W5", "Die Beglaubigung kostet 5 Euro.", "Beglaubigung"),
    ("W6", "Das Bürgerbüro ist offen.", "Bürgerbüro"),
    ("W6", "Die Haushaltssatzung ist fertig.", "Haushaltssatzung"),
    ("W7", "Bringen Sie z. B. Ihren Ausweis mit.", "z. B."),
    ("W7", "Rufen Sie bitte am Mo. an.", "Mo."),
    ("W7", "Der ÖPNV fährt heute.", "ÖPNV"),
    ("W8", "ACHTUNG: Das Bad ist zu.", "ACHTUNG"),
    ("W9", "Alle Bürger*innen sind eingeladen.", "Bürger*innen"),
    ("W9", "Alle BürgerInnen sind eingeladen.", "BürgerInnen"),
    ("W9", "Alle Lehrer:innen sind eingeladen.", "Lehrer:innen"),
    ("Z1", "Vier Jugendliche haben gewonnen.", "Vier"),
    ("Z1", "Es kommen zwölf Gäste.", "zwölf"),
    ("Z2", "Das Fest im Bezirk XIV ist schön.", "XIV"),
    ("Z3", "Der Preis steigt um 12 Prozent.", "12 Prozent"),
    ("Z3", "Der Preis steigt um 12 %.", "12 %"),
    ("Z3", "Das kostet 1.500 Euro.", "1.500"),
    ("Z3", "Das kostet 2,5 Euro.", "2,5"),
    ("Z3", "Das kostet 2 Millionen Euro.", "Millionen"),
    ("Z4", "Das Fest ist am 12.03.2026.", "12.03.2026"),
    ("Z4", "Das Fest ist am 3.-4. Dezember.", "3.-4. Dezember"),
    ("Z5", "Das Fest beginnt um 9.30 Uhr.", "9.30 Uhr"),
    ("Z5", "Das Fest beginnt um 18h.", "18h"),
    ("Z5", "Das Fest beginnt um halb zehn.", "halb zehn"),
    ("Z6", "Das Bad ist von 9-10 Uhr offen.", "9-10 Uhr"),
    ("Z6", "Es kommen 3-5 Gruppen.", "3-5"),
    ("C1", "Das Bad ist offen; der Park auch.", ";"),
    ("C1", "Das Bad (am Markt) ist offen.", "(am Markt)"),
    ("C1", "Kaffee & Kuchen gibt es auch.", "&"),
    ("C1", "Das steht in § 3.", "§"),
    ("C2", "Die Zeiten stehen siehe oben.", "siehe oben"),
    ("C2", "Das gilt für alle Kinder [1].", "[1]"),
    ("L1", "Das Bad ist offen. Der Park ist auch offen.", "Der Park ist auch offen."),
    ("L2", "Das Bad ist für alle Bürger-", "Bürger-"),
    ("L3", "Es gibt Kuchen, Kaffee, Saft und Musik.", "Kuchen, Kaffee, Saft und Musik"),
    ("T1", "Die neue Satzung gilt ab Montag.", "Satzung"),
]

SILENT = [
    ("S1", "Die Stadt lädt alle Bürger zu einem Fest ein."),
    ("S1", "Die Stadt lädt alle Bürger am Samstag zu einem großen Fest ein."),  # exactly 12 words
    ("S2", "Das Fest beginnt um 9 Uhr."),
    ("S2", "Die Stadt sagt: Das Fest beginnt um 9 Uhr."),
    ("S2", "„Wir freuen uns“, sagt die Bürgermeisterin."),
    ("S2", "Sie sollen das Fleisch nicht roh essen."),  # tagger reads "essen" as finite
    ("S2", "Wer Fragen hat, ruft im Rathaus an."),
    ("S3", "Das Bad ist zu. Das Wasser ist kalt."),
    ("S4", "Die Schule bekommt den Preis."),
    ("S4", "Am Montag ist das Bad offen."),
    ("S5", "Das Bad ist geschlossen."),  # state passive (DIN)
    ("S5", "Die Stadt wird das Bad öffnen."),  # future
    ("S6", "Ich möchte Ihnen danken."),  # set phrase (DIN)
    ("S6", "Die Stadt hat das Fest geplant."),
    ("S6", "Ich habe eine Frage."),
    ("S7", "Das Dach von dem Haus ist neu."),
    ("S7", "Das Haus ist dieses Jahr fertig."),
    ("S7", "Die Schule bekommt den Preis."),
    ("S8", "Der Bürgermeister hat das Fest eröffnet."),
    ("S8", "Das Fest war schön."),  # sein may use the Präteritum
    ("S8", "Wir mussten warten."),  # modal verbs too
    ("S8", "Sie beklagt den Lärm."),
    ("S8", "Er hält eine Rede."),
    ("S9", "Das Bad ist heute nicht offen."),  # a single "nicht" is allowed (BM, DIN)
    ("S9", "Es gibt keine Karten mehr."),
    ("S9", "Das dauert ungefähr 1 Stunde."),
    ("S10", "Die Stadt gibt Geld."),
    ("S10", "Die Zeitung schreibt über das Fest."),
    ("S10", "Die Wohnung ist groß."),
    ("S11", "Die Bürgermeisterin sagt: Das Fest wird schön."),
    ("S11", "„Das Fest wird schön“, sagt die Bürgermeisterin."),
    ("S14", "Sie können uns anrufen."),
    ("S14", "Die Stadt hat Sie eingeladen."),
    ("S14", "Es regnet."),
    ("S15", "Das Bad ist zu. Deshalb gehen wir in den Park."),
    ("S15", "Das Bad ist zu. Darum gehen wir in den Park. Darum ist es voll."),  # the same form throughout
    ("S15", "Das Bad ist zu. Deshalb gehen wir in den Park. Es geht darum, dass alle kommen."),
    ("W1", "Das Haus ist groß."),
    ("W1", "Das Bürger·büro ist offen."),
    ("W5", "Die Veranstaltung ist am Montag."),  # long, but an everyday word
    ("W5", "Das Bürger·büro ist offen."),
    ("W6", "Das Rathaus ist offen."),
    ("W6", "Das Bürger·büro ist offen."),
    ("W6", "Das Bürger-Büro ist offen."),
    ("W7", "Das WC ist im Keller."),
    ("W7", "Die Kita ist offen."),
    ("W7", "Das ist zum Beispiel gut."),
    ("W8", "Die EU gibt Geld."),
    ("W8", "Das Bad ist zu."),
    ("W9", "Alle Bürgerinnen und Bürger sind eingeladen."),
    ("Z1", "Ein Kind hat gewonnen."),
    ("Z1", "4 Jugendliche haben gewonnen."),
    ("Z2", "Karl V. war ein Kaiser."),
    ("Z2", "Die CD ist neu."),
    ("Z3", "Das Fest war im Jahr 2024."),
    ("Z3", "Das kostet 15 Euro."),
    ("Z3", "Schreiben Sie an: Marktplatz 1, 12345 Musterstadt."),
    ("Z4", "Das Fest ist am 12. März 2026."),
    ("Z4", "Das Fest ist vom 3. Dezember bis zum 4. Dezember."),
    ("Z5", "Das Fest beginnt um 9:30 Uhr."),
    ("Z5", "Das Fest beginnt um 9 Uhr."),
    ("Z6", "Das Bad ist von 9 bis 10 Uhr offen."),
    ("Z6", "Rufen Sie an: Telefon 0123 456-789."),
    ("C1", "Das Bad ist offen, der Park auch."),
    ("C1", "Schreiben Sie an info@stadt.example oder lesen Sie https://stadt.example/bad."),
    ("C1", "Alle Bürger*innen sind eingeladen."),  # the star is W9's finding
    ("C2", "Die Zeiten stehen unten im Text."),
    ("L1", "Das Bad ist offen."),
    ("L2", "Das Bürger-Büro ist offen."),
    ("L3", "Es gibt Kuchen, Kaffee und Saft."),
    ("L3", "Wir kommen, wenn es regnet, und bleiben lange."),
    ("T1", "Die neue Satzung gilt ab Montag. Nur der Text in schwerer Sprache ist rechtlich verbindlich."),
    ("T1", "Das Fest beginnt am Montag."),
]


@pytest.mark.parametrize(("rule", "text", "offending"), FIRES)
def test_rule_fires(rule: str, text: str, offending: str | None) -> None:
    found = hits(rule, text)
    assert found, f"{rule} did not fire on {text!r}"
    if offending is not None:
        assert offending in found


@pytest.mark.parametrize(("rule", "text"), SILENT)
def test_rule_stays_silent(rule: str, text: str) -> None:
    assert hits(rule, text) == []


def test_every_checked_rule_has_positive_and_negative_cases() -> None:
    document_level = {"S12", "S13", "W3"}  # tested below with several units
    assert {r for r, _t, _o in FIRES} | document_level == set(CHECKED)
    assert {r for r, _t in SILENT} | document_level == set(CHECKED)


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        (["Wie geht es weiter?", "Das Fest beginnt um 9 Uhr."], ["Wie geht es weiter?"]),
        (["Sie haben Fragen?", "Dann rufen Sie uns an."], []),  # BM's question in place of "wenn"
        (["Das ist schön!"], []),
    ],
)
def test_s12_questions(units: list[str], expected: list[str]) -> None:
    assert [f.text for f in check_units(units) if f.rule == "S12"] == expected


def test_s12_headings_may_ask() -> None:
    from simplify.document import Sentence
    from simplify.nlp.analysis import analyse_sentence

    heading = Sentence("Was ist neu?", analyse_sentence("Was ist neu?"), "heading", 0)
    assert [f for f in check_units([heading]) if f.rule == "S12"] == []


def test_s13_same_address() -> None:
    units = ["Wir laden Sie herzlich ein.", "Bring deine Freunde mit.", "Rufen Sie uns an."]
    assert [(f.text, f.line) for f in check_units(units) if f.rule == "S13"] == [("deine", 2)]
    assert [f for f in check_units(units[::2]) if f.rule == "S13"] == []


def test_w3_one_word_per_concept() -> None:
    units = ["Alle Bürger sind eingeladen.", "Die Einwohner können abstimmen.", "Die Bürger freuen sich."]
    assert [(f.text, f.line) for f in check_units(units) if f.rule == "W3"] == [("Einwohner", 2)]


@pytest.mark.parametrize(
    ("rule", "text", "leichte", "einfache"),
    [
        ("S1", "Die Stadt lädt alle Bürger am Samstag zu einem großen Fest mit Musik und Essen ein.", 1, 0),
        ("S3", "Das Bad ist zu, weil das Wasser kalt ist.", 1, 0),
        ("S3", "Das Bad ist zu, weil das Wasser kalt ist, das aus dem Berg kommt.", 2, 1),
        ("S7", "Das Dach des Hauses ist neu.", 1, 0),
        ("S7", "Das Dach des Hauses der Stadt ist neu.", 2, 1),
        ("S5", "Das Bad wird am Montag geöffnet.", 1, 0),
        ("S5", "Das Bad wird am Montag von der Stadt geöffnet.", 1, 1),
        ("S14", "Er kommt morgen.", 1, 0),
        ("T1", "Die neue Satzung gilt ab Montag.", 1, 0),
    ],
)
def test_einfache_relaxes(rule: str, text: str, leichte: int, einfache: int) -> None:
    assert len(hits(rule, text)) == leichte
    assert len(hits(rule, text, level="einfache")) == einfache


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Das Dach des neuen Hauses ist schön.", "Genitiv: Schreiben Sie „von dem neuen Haus“."),
        ("Das Fest ist am 12.03.2026.", "Datum in Ziffern: Schreiben Sie „12. März 2026“."),
        ("Das Fest beginnt um 9.30 Uhr.", "Uhrzeit: Schreiben Sie „9:30 Uhr“."),
        ("Das Bad ist von 9-10 Uhr offen.", "Schreiben Sie „von 9 bis 10 Uhr“."),
        ("Im Bezirk XIV ist Markt.", "Römische Zahl („XIV“): Schreiben Sie „14“."),
        ("Vier Kinder spielen.", "Zahl als Wort („Vier“): Schreiben Sie „4“."),
        ("Bringen Sie z. B. Ihren Ausweis mit.", "Abkürzung („z. B.“): Schreiben Sie „zum Beispiel“."),
        (
            "Das Bürgerbüro ist offen.",
            "Zusammengesetztes Wort: Trennen Sie es: „Bürger·büro“ oder „Bürger-Büro“.",
        ),
    ],
)
def test_advice_names_the_fix(text: str, message: str) -> None:
    assert message in [f.message for f in check_units([text])]


def test_positions_are_line_and_column_of_the_unit() -> None:
    findings = check_units(["Das Bad ist offen.", "Das Fest ist am 12.03.2026."])
    date = next(f for f in findings if f.rule == "Z4")
    assert (date.line, date.column, date.text) == (2, 17, "12.03.2026")
    assert "Das Fest ist am 12.03.2026."[date.column - 1 :].startswith(date.text)


def test_clean_leichte_sprache_has_no_findings() -> None:
    units = [
        "Das neue Bürger·büro ist im Rathaus.",
        "Es ist ab dem 12. März 2026 offen.",
        "Sie können von 9 bis 12 Uhr kommen.",
        "Sie haben Fragen?",
        "Dann rufen Sie uns an.",
    ]
    assert check_units(units) == []


def test_unknown_level_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown level 'schwer'"):
        check_units(["Das Bad ist offen."], level="schwer")


def test_empty_units_give_no_findings() -> None:
    assert check_units(["", "   "]) == []


def test_not_checked_lists_human_rules() -> None:
    assert {"T2", "T3", "W4"} <= set(NOT_CHECKED)
    assert not set(NOT_CHECKED) & set(CHECKED)


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_cli("check", *args, stdin=stdin)


@pytest.mark.slow
def test_cli_exit_codes_and_json() -> None:
    clean = _run("--lines", "-", stdin="Das Bad ist offen.\nDer Park ist auch offen.\n")
    assert clean.returncode == 0, clean.stderr
    assert "Nicht automatisch geprüft" in clean.stdout and "T3" in clean.stdout
    dirty = _run(
        "--lines", "--format", "json", "-", stdin="Das Bad ist offen.\nDas Fest ist am 12.03.2026.\n"
    )
    assert dirty.returncode == 1, dirty.stderr
    data = json.loads(dirty.stdout)
    assert {"rule": "Z4", "line": 2, "column": 17, "text": "12.03.2026"}.items() <= data["findings"][
        0
    ].items()
    assert set(data["not_checked"]) >= {"T2", "T3", "W4"}
    assert data["units"] == 2


@pytest.mark.slow
def test_cli_bad_input_exits_2(tmp_path) -> None:
    assert _run(str(tmp_path / "missing.txt")).returncode == 2
    assert _run("-", stdin="").returncode == 2
    assert _run("--level", "schwer", "-", stdin="Das Bad ist offen.").returncode == 2


@pytest.mark.slow
def test_cli_segments_a_release(tmp_path) -> None:
    release = tmp_path / "release.txt"
    release.write_text(
        "Neues Bad in Lindenau\n\nDie Stadt eröffnete am 12.03.2026 das neue Bad. Es ist von 9-18 Uhr offen.\n",
        encoding="utf-8",
    )
    result = _run("--format", "json", str(release))
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["unit"] == "sentence" and data["units"] == 3
    assert {(f["rule"], f["line"]) for f in data["findings"]} >= {("Z4", 2), ("S8", 2), ("Z6", 3)}


WORDS = [
    "Das", "Bad", "ist", "am", "12.03.2026", "von", "9-10", "Uhr", "offen", "z. B.", "des", "Hauses", "wurde",
    "gebaut", "weil", "es", "regnet", "Bürger*innen", "(", ")", ";", "%", "ACHTUNG", "XIV", "vier", "nicht",
    "unklar", "kostenlos", "sagte", "sei", "Haushaltssatzung", "Bürger·büro", "<script>", "?", ",", "„", "“",
]  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=14), min_size=1, max_size=4))
def test_findings_point_at_their_text(lines: list[list[str]]) -> None:
    units = [" ".join(words) + ("." if words else "") for words in lines]
    for finding in check_units(units):
        unit = units[finding.line - 1]
        assert finding.rule in CHECKED and finding.message
        assert unit[finding.column - 1 : finding.column - 1 + len(finding.text)] == finding.text


def test_a_hard_word_explained_in_the_text_passes_w1_and_w5() -> None:
    for word in ("Absackung", "Instandsetzung"):
        lines = [f"Die {word} dauert lange.", f"Das bedeutet: Bei einer {word} geht etwas kaputt."]
        assert [f.rule for f in check_units(lines[:1]) if f.rule in {"W1", "W5"}] != []
        assert [f for f in check_units(lines) if f.rule in {"W1", "W5"}] == []
