"""A batch under attack: an edited manifest, damaged manifest lines, file names that are not UTF-8, a
document that takes too long, an OUTDIR that cannot be written."""

from __future__ import annotations

import io
import json
import os
import stat
import tarfile
import time
from pathlib import Path

import pytest

from simplify.batch.convert import Converter
from simplify.batch.layout import owned
from simplify.batch.manifest import Manifest
from simplify.batch.run import run_batch
from simplify.settings import Settings
from tests.batch.test_run import RELEASES, SWIM, make_folder
from tests.conftest import run_cli

SETTINGS = Settings()


def _entries(outdir: Path) -> dict[str, dict]:
    lines = (outdir / Manifest.NAME).read_bytes().decode("utf-8", "surrogateescape").splitlines()
    return {entry["path"]: entry for entry in map(json.loads, lines)}


def test_an_edited_manifest_cannot_delete_a_file_outside_outdir(tmp_path: Path) -> None:
    source = make_folder(tmp_path / "in", {"a.txt": SWIM})
    outdir = tmp_path / "out"
    run_batch(source, outdir, SETTINGS, workers=1)
    victim = tmp_path / "victim.txt"
    victim.write_text("bleibt", encoding="utf-8")
    entries = _entries(outdir)
    entries["a.txt"]["output"] = "../victim.txt"
    entries["a.txt"]["sha256"] = "0" * 64  # changed content: the old output would be deleted
    (outdir / Manifest.NAME).write_text("".join(json.dumps(e) + "\n" for e in entries.values()))
    result = run_batch(source, outdir, SETTINGS, workers=1, resume=True)
    assert victim.read_text(encoding="utf-8") == "bleibt"
    assert result.counts["ok"] == 1 and (outdir / "a.txt").is_file()
    assert _entries(outdir)["a.txt"]["output"] == "a.txt"


@pytest.mark.parametrize(
    ("name", "path", "ok"),
    [
        ("a.txt", "a.txt", True),
        ("a~2.md", "a.txt", True),
        ("_reports/a.txt~3.html", "a.txt", True),
        ("../victim.txt", "a.txt", False),
        ("b.txt", "a.txt", False),
        ("/etc/passwd", "a.txt", False),
        ("../../x.txt", "../../x.txt", False),
        (None, "a.txt", True),
        (7, "a.txt", False),
    ],
)
def test_owned_names(tmp_path: Path, name: object, path: str, ok: bool) -> None:
    assert owned(name, path, tmp_path) is ok


def test_an_output_linked_out_of_outdir_is_not_owned(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.txt").symlink_to(tmp_path / "victim.txt")
    assert not owned("a.txt", "a.txt", tmp_path / "out")


def test_a_damaged_manifest_line_is_skipped_with_a_warning_and_redone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = make_folder(tmp_path / "in", RELEASES)
    outdir = tmp_path / "out"
    run_batch(source, outdir, SETTINGS, workers=1)
    data = (outdir / Manifest.NAME).read_bytes()
    first, rest = data.split(b"\n", 1)
    cut = first + "ä".encode()[:1]  # a line cut inside a two-byte character, then more lines
    (outdir / Manifest.NAME).write_bytes(b'{"path": "x\xc3' + b"\n" + rest + cut)
    result = run_batch(source, outdir, SETTINGS, workers=1, resume=True)
    assert result.counts["ok"] == len(RELEASES) and result.counts["converted"] == 1
    assert "2 damaged manifest line(s) skipped (line 1; line 4)" in caplog.text


def _latin1_names(root: Path) -> Path:
    os.makedirs(os.fsencode(root) + b"/B\xfcro", exist_ok=True)
    Path(os.fsdecode(os.fsencode(root) + b"/B\xfcro/a.txt")).write_text(SWIM, encoding="utf-8")
    Path(os.fsdecode(os.fsencode(root) + b"/K\xfcche.txt")).write_text(SWIM, encoding="utf-8")
    return root


def test_file_names_that_are_not_utf8_are_kept_as_bytes(tmp_path: Path) -> None:
    source = _latin1_names(tmp_path / "in")
    outdir = tmp_path / "out"
    result = run_batch(source, outdir, SETTINGS, workers=1)
    assert result.counts["ok"] == 2
    assert os.path.isfile(os.fsencode(outdir) + b"/B\xfcro/a.txt")
    assert b'"path": "K\xfcche.txt"' in (outdir / Manifest.NAME).read_bytes()
    (outdir / "summary.json").read_bytes().decode("utf-8")  # readers get valid UTF-8
    again = run_batch(source, outdir, SETTINGS, workers=1, resume=True)
    assert again.counts["unchanged"] == 2


def test_a_tar_member_name_that_is_not_utf8(tmp_path: Path) -> None:
    archive = tmp_path / "t.tar"
    with tarfile.open(archive, "w", format=tarfile.GNU_FORMAT, encoding="latin-1") as tar:
        info = tarfile.TarInfo("Küche.txt")
        info.size = len(SWIM.encode())
        tar.addfile(info, io.BytesIO(SWIM.encode()))
    result = run_cli("batch", str(archive), "-o", str(tmp_path / "out"), "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert os.path.isfile(os.fsencode(tmp_path / "out") + b"/K\xfcche.txt")


def test_a_document_over_the_time_limit_fails_and_is_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_folder(tmp_path / "in", {"a.txt": SWIM, "langsam.txt": SWIM.replace("Bad", "Becken")})
    original = Converter.pipeline.func  # type: ignore[attr-defined]

    def slow_pipeline(self: Converter):
        pipeline = original(self)
        run = pipeline.run

        def slow(source):
            if source.path == "langsam.txt":
                time.sleep(5)
            return run(source)

        pipeline.run = slow
        return pipeline

    monkeypatch.setattr(Converter, "pipeline", property(slow_pipeline))
    outdir = tmp_path / "out"
    result = run_batch(source, outdir, SETTINGS, workers=1, time_limit=0.5)
    assert result.failures == [
        ("langsam.txt", "took longer than 0.5 s and was stopped (raise --time-limit, or split the text)")
    ]
    assert _entries(outdir)["langsam.txt"]["status"] == "failed"
    again = run_batch(source, outdir, SETTINGS, workers=1, resume=True, time_limit=0.5)
    assert again.counts["unchanged"] == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in any folder")
def test_an_unwritable_outdir_is_one_line(tmp_path: Path) -> None:
    source = make_folder(tmp_path / "in", {"a.txt": SWIM})
    locked = tmp_path / "locked"
    locked.mkdir(mode=stat.S_IRUSR | stat.S_IXUSR)
    result = run_cli("batch", str(source), "-o", str(locked / "out"))
    assert result.returncode == 2 and "cannot write there" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_outdir_under_a_file_is_one_line(tmp_path: Path) -> None:
    source = make_folder(tmp_path / "in", {"a.txt": SWIM})
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = run_cli("batch", str(source), "-o", str(tmp_path / "file" / "out"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
