"""The one output writer: only regular files or new paths, every target checked first, nothing left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from simplify.io.write import TMP_SUFFIX, OutputError, check_target, write_all, write_atomic
from tests.conftest import run_cli

RELEASE = "Die Stadt baut eine neue Schule. Sie hat 12 Räume und kostet 4 Millionen Euro.\n"


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "in.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(TMP_SUFFIX))


def test_a_device_is_refused() -> None:
    with pytest.raises(OutputError, match="not a regular file"):
        check_target("/dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_symbolic_link_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text("bleibt", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with pytest.raises(OutputError, match="symbolic link"):
        write_atomic(link, "neu")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "bleibt"


def test_the_input_is_refused_also_through_a_hard_link(tmp_path: Path, release: Path) -> None:
    twin = tmp_path / "twin.txt"
    os.link(release, twin)
    with pytest.raises(OutputError, match="is the input file"):
        write_atomic(twin, "neu", protect=release)
    assert release.read_text(encoding="utf-8") == RELEASE


def test_two_outputs_of_one_run_must_differ(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="named twice"):
        write_all([(tmp_path / "a.txt", "1"), (tmp_path / "./a.txt", "2")])
    assert list(tmp_path.iterdir()) == []


def test_no_output_is_written_when_one_target_is_bad(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="no such directory"):
        write_all([(tmp_path / "a.txt", "1"), (tmp_path / "nodir" / "b.txt", "2")])
    assert list(tmp_path.iterdir()) == []


def test_a_folder_under_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="is not a directory"):
        write_atomic(tmp_path / "file" / "out.txt", "neu", parents=True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in any folder")
def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(OutputError, match="cannot write in this folder"):
        write_atomic(folder / "out.txt", "neu")


def test_new_files_get_ordinary_permissions_and_no_temporaries_stay(tmp_path: Path) -> None:
    write_atomic(tmp_path / "out.txt", "neu")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "out.txt").stat().st_mode) == 0o666 & ~umask
    assert _leftovers(tmp_path) == []


def test_non_utf8_file_names_in_text_keep_their_bytes(tmp_path: Path) -> None:
    name = os.fsdecode(b"B\xfcrger.txt")  # Latin-1 on disk: a surrogate escape in Python
    write_atomic(tmp_path / "out.txt", f"Datei: {name}\n")
    assert (tmp_path / "out.txt").read_bytes() == b"Datei: B\xfcrger.txt\n"


def _at(folder: Path, arg: str) -> str:
    """An argument of the table with its file names inside ``folder``."""
    return arg if arg.startswith(("-", "/")) else str(folder / arg)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-o", "/dev/null"], "not a regular file"),
        (["--report", "nodir/r.html", "-o", "out.txt"], "no such directory"),
        (["-o", "out.txt", "--report", "out.txt"], "named twice"),
        (["-o", "in.txt"], "is the input file"),
        (["-o", "in.txt/out.txt"], "is not a directory"),
    ],
)
def test_convert_writes_nothing_when_an_output_is_refused(
    tmp_path: Path, release: Path, extra: list[str], message: str
) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_cli("convert", str(release), *[_at(tmp_path, arg) for arg in extra])
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert release.read_text(encoding="utf-8") == RELEASE


def test_convert_refuses_a_link_to_stdout(tmp_path: Path, release: Path) -> None:
    (tmp_path / "out.txt").symlink_to("/dev/stdout")
    result = run_cli("convert", str(release), "-o", str(tmp_path / "out.txt"))
    assert result.returncode == 2 and "symbolic link" in result.stderr
    assert (tmp_path / "out.txt").is_symlink()


@pytest.mark.parametrize("command", ["convert", "score"])
def test_score_and_convert_refuse_a_device(tmp_path: Path, release: Path, command: str) -> None:
    result = run_cli(command, str(release), "-o", "/dev/null")
    assert result.returncode == 2 and "not a regular file" in result.stderr


def test_convert_writes_output_and_report_together(tmp_path: Path, release: Path) -> None:
    result = run_cli(
        "convert", str(release), "-o", str(tmp_path / "out.txt"), "--report", str(tmp_path / "r.html")
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").strip()
    assert "<html" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert _leftovers(tmp_path) == []
