"""Every data file declares what it is, where it comes from, its licence and its columns; the index lists it."""

from __future__ import annotations

from pathlib import Path

import pytest

from simplify import lexicon
from simplify.errors import InputError

DATA_README = Path(lexicon.__file__).parent / "data" / "README.md"


@pytest.mark.parametrize("name", lexicon.data_files())
def test_every_data_file_declares_its_header(name: str) -> None:
    header = lexicon.header(name)
    assert all(getattr(header, key) for key in lexicon.HEADER_KEYS), header
    assert header.licence.startswith(("MIT", "CC")), header.licence


@pytest.mark.parametrize("name", [n for n in lexicon.data_files() if n.endswith(".tsv")])
def test_every_table_has_rows_of_its_declared_width(name: str) -> None:
    columns = lexicon.header(name).columns
    width = 1_000 if "..." in columns else len(columns.split("<TAB>"))
    rows = lexicon.table(name)
    assert rows, f"{name} has no rows"
    assert all(1 <= len(row) <= width for row in rows), [r for r in rows if len(r) > width][:3]


def test_the_data_index_lists_every_file_and_nothing_else() -> None:
    text = DATA_README.read_text(encoding="utf-8")
    listed = {line.split("`")[1] for line in text.splitlines() if line.startswith("| `")}
    assert listed == set(lexicon.data_files())


def test_read_table_names_the_line_of_a_malformed_row(tmp_path: Path) -> None:
    table = tmp_path / "t.tsv"
    table.write_text("# a comment\nWort\terklären\tEin Satz.\nkaputt\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"t.tsv, line 3: expected 3 tab-separated"):
        list(lexicon.read_table(table, 3))
    table.write_text("Wort\terklären\tEin Satz.\tberuf\nWort\terklären\tEin Satz.\n", encoding="utf-8")
    rows = list(lexicon.read_table(table, 3, optional=1))
    assert rows == [(1, ["Wort", "erklären", "Ein Satz.", "beruf"]), (2, ["Wort", "erklären", "Ein Satz."])]


def test_zipf_knows_common_and_unknown_words() -> None:
    assert lexicon.zipf("und") > 6
    assert lexicon.zipf("und", "small") == lexicon.zipf("und")
    assert lexicon.zipf("xqzvbrt") == 0


@pytest.mark.parametrize("wordlist", ["large", "small"])
def test_zipf_index_gives_wordfreqs_values(wordlist: lexicon.Wordlist) -> None:
    """The index answers plain words; every answer is wordfreq's own, unknown and odd words included."""
    from wordfreq import get_frequency_list, zipf_frequency

    sample = [word for band in get_frequency_list("de", wordlist)[::5] for word in band[:2]]
    sample += ["Straße", "STRASSE", "Hainbachs", "xqzvbrt", "E-Mail", "2024", "Zürich", "café", "ÄRGER"]
    sample += [
        "Dr.",
        "z.",
        "17.",
        ",",
        "“",
        "„",
        "...",
        "–",
        "(",
        "E-Mail.",
        "Haus..",
        ".Haus",
        "§",
        "€",
        "",
        "E-Mail",
        "baden-württembergische",
        "Haus-",
        "Bus-Linie.",
        "-",
    ]
    sample += [
        "yılmaz",
        "Yılmaz",
        "İstanbul",
        "ŉ",
        "Ærø",
        "façade",
        "Łódź",
        "Øre",
        "300.",
        "×",
        "Straße-Nord",
    ]
    for word in sample + [w.capitalize() for w in sample]:
        assert str(lexicon.zipf(word, wordlist)) == str(zipf_frequency(word, "de", wordlist=wordlist)), word
