"""Reading files: formats, encodings, and refusing what is not a release."""

from __future__ import annotations

import codecs

import pytest

from simplify.errors import InputError
from simplify.io.read import MAX_BYTES, read_bytes, read_source

TEXT = "Die Stadt Lindenau öffnet das Bürgerbüro am Samstag. Straßenfest mit Grüßen!"


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 with BOM"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "UTF-16 LE with BOM"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16 BE with BOM"),
        (TEXT.encode("cp1252"), "Windows-1252"),
    ],
)
def test_encodings_are_detected(data: bytes, label: str) -> None:
    assert read_bytes(data, "release.txt").text == TEXT, label


def test_windows_1252_quotes_and_euro() -> None:
    data = "„Es kostet 5 €“ – sagt sie.".encode("cp1252")
    assert read_bytes(data, "a.txt").text == "„Es kostet 5 €“ – sagt sie."


def test_line_endings_are_normalised() -> None:
    assert read_bytes(b"Eins.\r\nZwei.\rDrei.", "a.txt").text == "Eins.\nZwei.\nDrei."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"abc\x00def", "binary"),
        (b"Die Stadt \x81\x8d l\xe4dt ein.", "undecodable"),
        (b"   \n\t  \n", "empty"),
        (b"", "empty"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid"),
    ],
)
def test_bad_input_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_bytes(data, "a.txt")


def test_size_limit(tmp_path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(InputError, match="over the limit"):
        read_source(big)


def test_formats_by_suffix_and_sniffing(tmp_path) -> None:
    assert read_bytes(b"# Titel\n\nText.", "a.md").format == "md"
    assert read_bytes(b"<p>Text.</p>", "a.htm").format == "html"
    assert read_bytes(b"<!DOCTYPE html><html><p>Text.</p></html>", "a.txt").format == "html"
    assert read_bytes(b"Text.", "a.unknown").format == "txt"


def test_docx_headings_and_lists_keep_their_role(tmp_path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Neues Bürgerbüro", level=1)
    document.add_paragraph("Die Stadt öffnet ein neues Büro.")
    document.add_paragraph("Pässe", style="List Bullet")
    path = tmp_path / "release.docx"
    document.save(path)
    source = read_source(path)
    assert source.format == "docx"
    assert source.text == "## Neues Bürgerbüro\n\nDie Stadt öffnet ein neues Büro.\n\n- Pässe"


def test_broken_docx(tmp_path) -> None:
    pytest.importorskip("docx")
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"not a readable \.docx"):
        read_source(path)


def test_control_characters_are_dropped() -> None:
    assert read_bytes(b"Die Stadt\x1b[0m baut.\x0c", "a.txt").text == "Die Stadt[0m baut."
    with pytest.raises(InputError, match="empty"):
        read_bytes(b"\x1b\x07", "a.txt")


def test_punctuation_only_text_has_no_sentence() -> None:
    from simplify.pipeline import Pipeline
    from simplify.settings import Settings

    with pytest.raises(InputError, match="no sentence found"):
        Pipeline(Settings(force=True)).run(read_bytes(b"\xe2\x80\x8b", "a.txt"))
