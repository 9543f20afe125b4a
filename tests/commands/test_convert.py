"""`simplify convert` through real subprocesses: inputs, formats, bad input, output files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, run_cli

pytestmark = pytest.mark.slow  # real subprocesses, servers or models

RELEASE = """Neue Bänke im Stadtpark

Die Stadt Lindenau stellt im Stadtpark zehn neue Bänke auf. Die Arbeiten beginnen am 4. Mai 2026.

Kontakt:
Jana Petersen
Telefon: 03456 789-120
"""


def test_stdin_to_stdout_one_sentence_per_line() -> None:
    result = run_cli("convert", stdin=RELEASE)
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.strip().split("\n\n")
    assert blocks[0] == "Neue Bänke im Stadtpark"
    assert len(blocks[1].splitlines()) == 2
    assert "4. Mai 2026" in blocks[1]
    assert blocks[2].splitlines() == ["Kontakt:", "Jana Petersen", "Telefon: 03456 789-120"]


def test_dash_means_stdin() -> None:
    assert run_cli("convert", "-", stdin=RELEASE).stdout == run_cli("convert", stdin=RELEASE).stdout


def test_json_shape() -> None:
    result = run_cli("convert", "--format", "json", stdin=RELEASE)
    data = json.loads(result.stdout)
    assert {"settings", "removed", "sentences", "facts"} <= set(data)
    assert data["settings"]["level"] == "leichte"
    assert data["settings"]["separator"] == "mediopunkt"
    assert "SoMaJo" in data["settings"]["versions"]
    first = data["sentences"][0]
    assert first["source"] == "Neue Bänke im Stadtpark"
    assert first["block"] == "heading"
    assert isinstance(first["output"], list) and isinstance(first["rules"], list)
    assert [s["block"] for s in data["sentences"]][-3:] == ["contact"] * 3


def test_json_lists_removed_boilerplate_and_stderr_summarises_it() -> None:
    page = "Diesen Inhalt teilen!\n\n" + RELEASE + "\nDiesen Inhalt teilen!\n\nAktuelle Beiträge\n"
    result = run_cli("convert", "--format", "json", stdin=page)
    removed = json.loads(result.stdout)["removed"]
    assert [r["text"] for r in removed] == [
        "Diesen Inhalt teilen!",
        "Diesen Inhalt teilen!",
        "Aktuelle Beiträge",
    ]
    assert "removed 3 boilerplate line(s)" in result.stderr


def test_markdown_output() -> None:
    result = run_cli("convert", "--format", "markdown", stdin=RELEASE)
    assert result.stdout.startswith("## Neue Bänke im Stadtpark\n\n")


def test_html_output_is_a_page() -> None:
    result = run_cli("convert", "--format", "html", stdin=RELEASE)
    assert result.returncode == 0, result.stderr
    assert "<html" in result.stdout and "Neue Bänke im Stadtpark" in result.stdout


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_each_input_format(tmp_path, suffix: str) -> None:
    body = {
        ".txt": RELEASE,
        ".md": "# Neue Bänke im Stadtpark\n\nDie Stadt Lindenau stellt zehn neue Bänke auf.",
        ".html": "<h1>Neue Bänke im Stadtpark</h1><p>Die Stadt Lindenau stellt zehn neue Bänke auf.</p>",
    }[suffix]
    path = tmp_path / f"release{suffix}"
    path.write_text(body, encoding="utf-8")
    result = run_cli("convert", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Neue Bänke im Stadtpark\n\n")


def test_docx_input(tmp_path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Neue Bänke im Stadtpark", level=1)
    document.add_paragraph("Die Stadt Lindenau stellt zehn neue Bänke auf.")
    document.save(tmp_path / "release.docx")
    result = run_cli("convert", str(tmp_path / "release.docx"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Neue Bänke im Stadtpark\n\n")


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (None, "missing.txt", "no such file"),
        (b"%PDF-1.5 binary", "renamed.txt", "PDF document, not text"),
        (b"\x89PNG\r\n\x1a\n\x00", "image.txt", "PNG image, not text"),
        (b"  \n\n ", "blank.txt", "the text is empty"),
        (b"Die Stadt \x81\x8d l\xe4dt ein.", "broken.txt", "undecodable bytes"),
        (
            b"The city council meets on Monday to discuss the new budget for schools.",
            "english.txt",
            "looks like English (en), not German",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, content: bytes | None, name: str, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run_cli("convert", str(path))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_directory_is_refused(tmp_path) -> None:
    result = run_cli("convert", str(tmp_path))
    assert result.returncode == 2 and "is a directory" in result.stderr


def test_oversized_file_is_refused(tmp_path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Die Stadt baut. " * 400_000)
    result = run_cli("convert", str(path))
    assert result.returncode == 2 and "over the limit of 5 MiB" in result.stderr


def test_force_converts_non_german_text() -> None:
    result = run_cli("convert", "--force", stdin="The city council meets on Monday.")
    assert result.returncode == 0 and "The city council meets on Monday." in result.stdout


def test_output_file_is_written_and_input_never_overwritten(tmp_path) -> None:
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    refused = run_cli("convert", str(source), "-o", str(source))
    assert refused.returncode == 2 and "is the input file" in refused.stderr
    assert source.read_text(encoding="utf-8") == RELEASE
    out = tmp_path / "out.txt"
    written = run_cli("convert", str(source), "-o", str(out))
    assert written.returncode == 0 and written.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("Neue Bänke im Stadtpark")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "release.txt"]  # no temporary file left


def test_output_into_missing_directory(tmp_path) -> None:
    result = run_cli("convert", "-o", str(tmp_path / "nope" / "out.txt"), stdin=RELEASE)
    assert result.returncode == 2 and "no such directory" in result.stderr


def test_unknown_backend_lists_choices() -> None:
    result = run_cli("convert", "--backend", "magic", stdin=RELEASE)
    assert result.returncode == 2 and "unknown backend 'magic'" in result.stderr and "rules" in result.stderr


def test_help_is_light() -> None:
    code = (
        "import sys; from simplify.cli import main\ntry:\n main(['--help'])\nexcept SystemExit: pass\n"
        "heavy = [m for m in ('torch', 'HanTa', 'somajo', 'transformers', 'langdetect') if m in sys.modules]\n"
        "print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip().endswith("[]")


def test_no_command_shows_help_and_exits_2() -> None:
    result = run_cli()
    assert result.returncode == 2 and "convert" in result.stderr


def test_example_release_converts() -> None:
    result = run_cli("convert", "examples/pressemitteilung.txt")
    assert result.returncode == 0, result.stderr
    assert "presse@lindenau.example" in result.stdout


def test_terminal_stdin_explains_how_to_paste() -> None:
    import os
    import pty

    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "simplify", "convert"],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    os.close(slave)
    os.write(master, b"Die Stadt baut eine neue Schule.\n")
    os.write(master, b"\x04")
    stdout, stderr = process.communicate(timeout=120)
    os.close(master)
    assert process.returncode == 0, stderr
    assert "Ctrl-D" in stderr.decode()
    assert stdout.decode() == "Die Stadt baut eine neue Schule.\n"


def test_output_file_gets_ordinary_permissions(tmp_path) -> None:
    import os
    import stat

    out = tmp_path / "out.txt"
    assert run_cli("convert", "-o", str(out), stdin=RELEASE).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
