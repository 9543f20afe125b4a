"""Read a release from a file, bytes or stdin into a :class:`Source`, refusing what is not text.

Encodings are tried in a fixed order: a BOM (UTF-8, UTF-16) decides; else strict UTF-8; else Windows-1252,
the encoding of older German office files. A generic detector is not used: on short German texts it
confuses Windows-1252 with other code pages, while this order is exact for what press offices produce.
"""

from __future__ import annotations

import codecs
import logging
import re
import sys
from pathlib import Path

from simplify.document import Source
from simplify.errors import InputError

MAX_BYTES = 5 * 1024 * 1024
"""Largest input accepted (5 MiB: a press release is a few KiB; an archive must be split)."""
MAX_DOCX_UNPACKED = 64 * 1024 * 1024
"""Most bytes a .docx may unpack to (a long release with pictures is a few MiB)."""

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}

# Signatures of common binary files that arrive renamed as text.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or Office file)",
    b"\xd0\xcf\x11\xe0": "an old Office document (.doc/.xls)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
}
# Control characters other than tab and newline (escape sequences, form feeds, C1 codes) carry no text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bytes Windows-1252 leaves undefined: text containing them is in no encoding we read.
_UNDEFINED_CP1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def decode(data: bytes, name: str) -> str:
    """Decode text bytes (BOM, UTF-8, Windows-1252), refusing binary data."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name}: bytes at position {error.start} are not valid {encoding}"
                ) from None
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {kind}, not text: pass a .txt, .md, .html or .docx file")
    if b"\x00" in data:
        raise InputError(f"{name}: binary data (NUL bytes), not text: pass a .txt, .md, .html or .docx file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first = error.start
    mostly = _mostly_utf8(data)
    if mostly is not None:
        logging.getLogger("simplify").warning(
            "%s: warning: byte(s) from position %d are not valid UTF-8 in an otherwise UTF-8 file: read as "
            "Windows-1252 there and as UTF-8 elsewhere (check the umlauts near that place)",
            name,
            first,
        )
        return mostly
    bad = next((i for i, byte in enumerate(data) if byte in _UNDEFINED_CP1252), None)
    if bad is not None:
        raise InputError(
            f"{name}: undecodable bytes (not UTF-8, UTF-16 or Windows-1252) at position {bad}: "
            "save the file as UTF-8 and try again"
        )
    return data.decode("cp1252")


def _mostly_utf8(data: bytes) -> str | None:
    """The text as UTF-8 whose invalid bytes are read as Windows-1252 (a "ß" typed in another program and
    pasted in), when it holds more valid multi-byte characters (ä, ß, „) than invalid bytes: a UTF-8 file
    with a few bytes in the old encoding, not a Windows-1252 file. Nothing is lost or replaced."""
    text = data.decode("utf-8", _WINDOWS_1252)
    invalid = len(data.decode("utf-8", "replace")) - len(data.decode("utf-8", "ignore"))
    valid = sum(1 for ch in data.decode("utf-8", "ignore") if ord(ch) > 0x7F)
    return text if valid > invalid else None


def _cp1252(error: UnicodeError) -> tuple[str, int]:
    """Read the bytes UTF-8 cannot read as Windows-1252 (an undefined byte as U+FFFD)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("cp1252", "replace"), error.end


_WINDOWS_1252 = "simplify-cp1252"
codecs.register_error(_WINDOWS_1252, _cp1252)


def _check_docx(data: bytes, name: str) -> None:
    """Refuse a .docx that is no zip file or unpacks to more than MAX_DOCX_UNPACKED (a zip bomb): every
    member is decompressed once, in chunks, counting what comes out (the sizes in the headers can lie)."""
    import io
    import zipfile
    import zlib

    left = MAX_DOCX_UNPACKED
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                with archive.open(info) as member:
                    while chunk := member.read(1024 * 1024):
                        left -= len(chunk)
                        if left < 0:
                            raise InputError(
                                f"{name}: unpacks to more than {MAX_DOCX_UNPACKED // 1024 // 1024} MiB: "
                                "not a press release (a zip bomb?)"
                            )
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, RuntimeError, ValueError) as error:
        raise InputError(f"{name}: not a readable .docx file ({error})") from None


def _docx_text(data: bytes, name: str) -> str:
    """The paragraphs of a .docx file as Markdown, so headings and list items keep their role."""
    try:
        import docx
    except ImportError:
        raise InputError(
            f"{name}: reading .docx needs python-docx: pip install 'simplify-de[docx]'"
        ) from None
    import io

    _check_docx(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [
            (p.text.strip(), p.style.name if p.style is not None else "") for p in document.paragraphs
        ]
    except (
        Exception
    ) as error:  # python-docx and lxml raise many kinds on a damaged package; all mean the same
        raise InputError(f"{name}: not a readable .docx file ({type(error).__name__}: {error})") from None
    lines = []
    for text, style_name in paragraphs:
        style = (style_name or "").lower()
        if not text:
            continue
        if style.startswith(("heading", "überschrift", "title", "titel")):
            lines.append(f"## {text}")
        elif style.startswith(("list", "liste")):
            lines.append(f"- {text}")
        else:
            lines.append(text)
    return "\n\n".join(lines)


def read_bytes(data: bytes, name: str, *, path: str | None = None) -> Source:
    """Turn file content into a Source; ``name`` (a file name) decides the format."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: {len(data) / 1024 / 1024:.1f} MiB is over the limit of {MAX_BYTES // 1024 // 1024} MiB "
            "for one release: split the file"
        )
    suffix = Path(name).suffix.lower()
    fmt = FORMATS.get(suffix, "txt")
    if fmt == "docx":
        text = _docx_text(data, name)
    else:
        text = decode(data, name)
        if fmt == "txt" and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
            fmt = "html"
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(f"{name}: the text is empty: pass a press release with some text")
    return Source(text, fmt, path)


def read_source(path: str | Path) -> Source:
    """Read a file given on the command line."""
    file = Path(path)
    if not file.exists():
        raise InputError(f"{file}: no such file")
    if file.is_dir():
        raise InputError(f"{file}: is a directory: pass a file (use 'simplify batch' for folders)")
    size = file.stat().st_size
    if size > MAX_BYTES:
        raise InputError(
            f"{file}: {size / 1024 / 1024:.1f} MiB is over the limit of {MAX_BYTES // 1024 // 1024} MiB "
            "for one release: split the file"
        )
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"{file}: cannot read: {error.strerror}") from None
    return read_bytes(data, file.name, path=str(file))


def read_stdin() -> Source:
    """Read a pasted or piped release from standard input."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    return read_bytes(data, "<stdin>")
