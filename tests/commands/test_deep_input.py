"""Deep or malformed markup through every command that reads a release: a normal result or one line and
exit code 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

DEEP_HTML = (
    "<html><body>" + "<div>" * 10_000 + "<p>Die Stadt baut eine neue Brücke über den Fluss.</p></body></html>"
)
DEEP_MARKDOWN = ">" * 10_000 + " Die Stadt baut eine neue Brücke über den Fluss."


@pytest.mark.parametrize(("name", "text"), [("tief.html", DEEP_HTML), ("tief.md", DEEP_MARKDOWN)])
@pytest.mark.parametrize(
    "command",
    [["convert"], ["check"], ["score"], ["evaluate", "--reference", "{path}", "--source"]],
    ids=lambda c: c[0],
)
def test_deep_nesting_is_read_or_refused_in_one_line(
    tmp_path: Path, name: str, text: str, command: list[str]
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run_cli(*[part.format(path=path) for part in command], str(path))
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    else:
        assert result.returncode in (0, 1), result.stderr
        if command[0] == "convert":
            assert "Brücke" in result.stdout
