"""`simplify batch`: folders and archives in, mirrored outputs, manifest, failures, safety, resume."""

from __future__ import annotations

import io
import json
import os
import sys
import tarfile
import zipfile
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

from simplify.batch.convert import Converter, Outcome
from simplify.batch.local import LocalEngine
from simplify.batch.manifest import Manifest
from simplify.batch.run import Limits, Task, job_signature, run_batch
from simplify.batch.walk import safe_member_path, walk
from simplify.errors import UsageError
from simplify.settings import Settings
from tests.conftest import run_cli

RELEASES = {
    "schwimmbad.txt": "Die Stadt Lindenau eröffnet am Montag ein neues Schwimmbad. "
    "Das Bad hat ein Becken für Kinder.\n",
    "rat/haushalt.md": "# Haushalt beschlossen\n\nDer Gemeinderat hat am Dienstag den Haushalt beschlossen. "
    "Die Stadt baut neue Radwege.\n",
    "kultur/2024/bibliothek.html": "<html><body><h1>Bibliothek</h1><p>Die Bibliothek bleibt im August "
    "geschlossen. Ab September ist sie länger geöffnet.</p></body></html>",
}
SWIM = RELEASES["schwimmbad.txt"]
ENGLISH = (
    "The city council approved the new budget on Tuesday. The money will be used for schools and roads.\n"
)
SETTINGS = Settings()


def make_folder(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


def make_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(zipfile.ZipInfo(name), content)
    return path


def make_tar(path: Path, files: dict[str, str | bytes]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def snapshot(source: Path) -> dict[str, tuple[bytes, int]]:
    """Content and modification time of INPUT: an archive or every file below a folder."""
    files = [source] if source.is_file() else [Path(d, n) for d, _, names in os.walk(source) for n in names]
    return {str(path): (path.read_bytes(), path.stat().st_mtime_ns) for path in files}


def outputs(outdir: Path) -> dict[str, str]:
    reserved = {Manifest.NAME, "summary.html", "summary.json"}
    return {
        str(p.relative_to(outdir)): p.read_text(encoding="utf-8")
        for p in outdir.rglob("*")
        if p.is_file() and p.name not in reserved and not str(p.relative_to(outdir)).startswith("_reports")
    }


def manifest(outdir: Path) -> dict[str, dict]:
    lines = (outdir / Manifest.NAME).read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    assert len({e["path"] for e in entries}) == len(entries), "one line per input"
    return {e["path"]: e for e in entries}


@pytest.fixture(scope="module")
def expected() -> dict[str, str]:
    """What `simplify convert` makes of each release, keyed by the mirrored output path."""
    converter = Converter(SETTINGS, "text")
    result = {}
    for name, text in RELEASES.items():
        outcome = converter.convert(name, text.encode("utf-8"))
        assert outcome.ok, outcome.error
        result[str(Path(name).with_suffix(".txt"))] = outcome.output
    return result


@pytest.fixture()
def counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files actually converted (workers=1 runs in this process)."""
    calls: list[str] = []
    original = Converter.convert

    def convert(self: Converter, name: str, data: bytes, *, report: bool = False, report_above=None):
        calls.append(name)
        return original(self, name, data, report=report, report_above=report_above)

    monkeypatch.setattr(Converter, "convert", convert)
    return calls


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["folder", "zip", "tar.gz"])
def test_mirrors_input_paths_and_leaves_input_alone(
    tmp_path: Path, kind: str, expected: dict[str, str]
) -> None:
    files = {**RELEASES, "bilder/logo.png": b"\x89PNG\r\n", ".DS_Store": b"\0"}
    if kind == "folder":
        source = make_folder(tmp_path / "in", files)
    elif kind == "zip":
        source = make_zip(tmp_path / "in.zip", files)
    else:
        source = make_tar(tmp_path / "in.tar.gz", files)
    before = snapshot(source)
    result = run_batch(source, tmp_path / "out", SETTINGS, workers=1)
    assert snapshot(source) == before
    assert result.failures == []
    assert result.counts["ok"] == 3 and result.counts["ignored"] == 1
    assert outputs(tmp_path / "out") == expected
    entries = manifest(tmp_path / "out")
    assert set(entries) == set(RELEASES)
    entry = entries["rat/haushalt.md"]
    assert entry["status"] == "ok" and entry["error"] is None and entry["output"] == "rat/haushalt.txt"
    assert entry["settings"] == job_signature(SETTINGS, "text")
    assert entry["settings"].startswith(SETTINGS.signature())


def test_archive_inside_a_folder_is_opened(tmp_path: Path, expected: dict[str, str]) -> None:
    source = tmp_path / "in"
    source.mkdir()
    make_zip(source / "2019.zip", {"schwimmbad.txt": SWIM})
    run_batch(source, tmp_path / "out", SETTINGS, workers=1)
    assert outputs(tmp_path / "out") == {"2019.zip/schwimmbad.txt": expected["schwimmbad.txt"]}


@pytest.mark.parametrize(("fmt", "suffix"), [("markdown", ".md"), ("json", ".json"), ("text", ".txt")])
def test_output_format_sets_the_suffix(tmp_path: Path, fmt: str, suffix: str) -> None:
    source = make_folder(tmp_path / "in", {"a.txt": SWIM, "a.md": SWIM})
    run_batch(source, tmp_path / "out", SETTINGS, workers=1, fmt=fmt)
    entries = manifest(tmp_path / "out")
    # a.md comes first and gets the plain name; a.txt must not overwrite it.
    assert entries["a.md"]["output"] == f"a{suffix}"
    assert entries["a.txt"]["output"] == f"a~2{suffix}"
    assert (tmp_path / "out" / f"a~2{suffix}").is_file()


def test_bad_files_are_recorded_with_their_reason(tmp_path: Path) -> None:
    broken = io.BytesIO()
    make_zip(tmp_path / "ok.zip", {"gut.txt": SWIM * 3})
    data = bytearray((tmp_path / "ok.zip").read_bytes())
    data[40:60] = b"\xff" * 20  # inside the compressed member: CRC or inflate error on reading
    broken.write(bytes(data))
    source = make_folder(
        tmp_path / "in",
        {
            "gut.txt": SWIM,
            "binär.txt": bytes(range(256)),
            "leer.txt": "",
            "englisch.txt": ENGLISH,
            "gross.txt": SWIM * 40,
            "kaputt.zip": broken.getvalue(),
        },
    )
    result = run_batch(source, tmp_path / "out", SETTINGS, workers=1, limits=Limits(file_bytes=2000))
    reasons = dict(result.failures)
    assert set(reasons) == {"binär.txt", "leer.txt", "englisch.txt", "gross.txt", "kaputt.zip/gut.txt"}
    assert "binary" in reasons["binär.txt"]
    assert "empty" in reasons["leer.txt"]
    assert "not German" in reasons["englisch.txt"]
    assert reasons["gross.txt"].startswith("too large")
    assert reasons["kaputt.zip/gut.txt"].startswith("unreadable archive member")
    assert result.counts == {**result.counts, "total": 6, "ok": 1, "failed": 5}
    entries = manifest(tmp_path / "out")
    assert all(entries[p]["status"] == "failed" and entries[p]["error"] == reasons[p] for p in reasons)
    assert set(outputs(tmp_path / "out")) == {"gut.txt"}
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert {f["path"]: f["error"] for f in summary["failures"]} == reasons
    html = (tmp_path / "out" / "summary.html").read_text(encoding="utf-8")
    assert "Fehlgeschlagene Dateien (5)" in html and "englisch.txt" in html


@pytest.mark.slow
def test_cli_with_a_process_pool(tmp_path: Path, expected: dict[str, str]) -> None:
    """Exit 1 and a failure summary when a file fails; the pool's outputs equal those of one process."""
    source = make_folder(tmp_path / "in", {**RELEASES, "leer.txt": ""})
    out = tmp_path / "out"
    done = run_cli("batch", str(source), "-o", str(out), "--workers", "2", "--backend", "rules")
    assert done.returncode == 1, done.stderr
    assert "1 file(s) failed" in done.stderr and "leer.txt: the text is empty" in done.stderr
    assert "Traceback" not in done.stderr
    assert outputs(out) == expected
    assert manifest(out)["leer.txt"]["status"] == "failed"


@pytest.mark.slow
def test_cli_bad_usage_exits_2(tmp_path: Path) -> None:
    source = make_folder(tmp_path / "in", {"gut.txt": SWIM})
    (tmp_path / "voll").mkdir()
    (tmp_path / "voll" / "notiz.txt").write_text("meins", encoding="utf-8")
    for args, message in [
        ((str(source), "-o", str(source / "out")), "inside INPUT"),
        ((str(tmp_path / "fehlt"), "-o", str(tmp_path / "out")), "no such folder or archive"),
        ((str(source / "gut.txt"), "-o", str(tmp_path / "out")), "expected a folder, a .zip"),
        ((str(source), "-o", str(tmp_path / "voll")), "is not empty"),
        ((str(source), "-o", str(tmp_path / "out"), "--workers", "0"), "at least 1"),
        ((str(source), "-o", str(tmp_path / "out"), "--ray-address", "x:1"), "needs --engine ray"),
        ((str(source),), "required: -o"),
    ]:
        done = run_cli("batch", *args)
        assert done.returncode == 2 and message in done.stderr, (args, done.stderr)
    assert not (tmp_path / "out").exists()
    assert (tmp_path / "voll" / "notiz.txt").read_text(encoding="utf-8") == "meins"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("a.txt", "a.txt"),
        ("./2024/a.txt", "2024/a.txt"),
        ("2024\\a.txt", "2024/a.txt"),
        ("../a.txt", None),
        ("2024/../../a.txt", None),
        ("/etc/a.txt", None),
        ("\\\\server\\a.txt", None),
        ("C:/a.txt", None),
        ("a\x00.txt", None),
    ],
)
def test_safe_member_path(name: str, safe: str | None) -> None:
    assert safe_member_path(name) == safe


@pytest.mark.parametrize(("make", "name"), [(make_zip, "in.zip"), (make_tar, "in.tar.gz")])
def test_path_traversal_members_are_refused(tmp_path: Path, make, name: str) -> None:
    files = {
        "../ausbruch.txt": SWIM,
        "/absolut.txt": SWIM,
        "gut.txt": SWIM,
    }
    source = make(tmp_path / name, files)
    result = run_batch(source, tmp_path / "out", SETTINGS, workers=1)
    reasons = dict(result.failures)
    assert set(reasons) == {"../ausbruch.txt", "/absolut.txt"}
    assert all(reason.startswith("unsafe member path") for reason in reasons.values())
    assert not (tmp_path / "ausbruch.txt").exists()
    assert set(outputs(tmp_path / "out")) == {"gut.txt"}


def test_an_output_that_cannot_be_written_fails_only_its_file(tmp_path: Path) -> None:
    # "a.txt" is converted first, then "a.txt/b.txt" needs a folder where the file a.txt now is.
    source = make_zip(tmp_path / "in.zip", {"a.txt": SWIM, "a.txt/b.txt": SWIM, "c.txt": SWIM})
    result = run_batch(source, tmp_path / "out", SETTINGS, workers=1)
    assert [p for p, _ in result.failures] == ["a.txt/b.txt"]
    assert dict(result.failures)["a.txt/b.txt"].startswith("cannot write the output")
    assert set(outputs(tmp_path / "out")) == {"a.txt", "c.txt"}


def test_links_inside_a_tar_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.tar"
    with tarfile.open(path, "w") as archive:
        link = tarfile.TarInfo("passwort.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
    reasons = dict(run_batch(path, tmp_path / "out", SETTINGS, workers=1).failures)
    assert reasons == {"passwort.txt": "link inside the archive: not followed"}


def test_symlinks_out_of_input_are_not_followed(tmp_path: Path, expected: dict[str, str]) -> None:
    outside = make_folder(tmp_path / "geheim", {"intern.txt": SWIM})
    source = make_folder(tmp_path / "in", {"schwimmbad.txt": SWIM})
    (source / "datei.txt").symlink_to(outside / "intern.txt")
    (source / "ordner").symlink_to(outside, target_is_directory=True)
    (source / "kopie.txt").symlink_to(source / "schwimmbad.txt")  # stays inside INPUT: followed
    result = run_batch(source, tmp_path / "out", SETTINGS, workers=1)
    assert dict(result.failures) == {
        "datei.txt": "symbolic link out of INPUT: not followed",
        "ordner": "symbolic link out of INPUT: not followed",
    }
    assert outputs(tmp_path / "out") == {
        "schwimmbad.txt": expected["schwimmbad.txt"],
        "kopie.txt": expected["schwimmbad.txt"],
    }


def test_decompression_bomb_stops_the_archive(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "bombe.zip", {"a.txt": "Die Stadt baut. " * 12_500, "b.txt": "Die Stadt."})
    limits = Limits(file_bytes=1_000_000, archive_bytes=150_000)
    result = run_batch(source, tmp_path / "out", SETTINGS, workers=1, limits=limits)
    reasons = dict(result.failures)
    assert list(reasons) == ["bombe.zip"]
    assert reasons["bombe.zip"].startswith("archive stopped: it decompresses to more than 150000 bytes")
    assert outputs(tmp_path / "out") == {}


def test_duplicate_member_names_convert_only_the_first(tmp_path: Path) -> None:
    path = tmp_path / "doppelt.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", SWIM)
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("a.txt", ENGLISH)
    result = run_batch(path, tmp_path / "out", SETTINGS, workers=1)
    assert dict(result.failures) == {
        "a.txt [duplicate 2]": "the same path appears twice in the archive: only the first one is converted"
    }
    assert manifest(tmp_path / "out")["a.txt"]["status"] == "ok"


def test_signature_records_the_backend_auto_resolves_to(tmp_path: Path) -> None:
    assert job_signature(Settings(backend="auto"), "text") == job_signature(Settings(backend="rules"), "text")
    missing = Settings(backend="auto", model=str(tmp_path / "kein-modell"))
    assert job_signature(missing, "text").startswith("backend:rules|")
    model = tmp_path / "modell"
    model.mkdir()
    (model / "config.json").write_text("{}", encoding="utf-8")
    found = Settings(backend="auto", model=str(model))
    assert job_signature(found, "text").startswith("backend:seq2seq|")  # a model that appears: files redone


@pytest.mark.slow
def test_resume_redoes_only_changed_inputs_and_settings(tmp_path: Path, counting: list[str]) -> None:
    source = make_folder(tmp_path / "in", RELEASES)
    out = tmp_path / "out"
    run_batch(source, out, SETTINGS, workers=1)
    assert sorted(counting) == sorted(RELEASES)
    counting.clear()

    with pytest.raises(UsageError, match="--resume"):
        run_batch(source, out, SETTINGS, workers=1)
    result = run_batch(source, out, SETTINGS, workers=1, resume=True)
    assert counting == [] and result.counts["unchanged"] == 3

    (source / "schwimmbad.txt").write_text(SWIM.replace("Montag", "Freitag"), encoding="utf-8")
    (out / "rat" / "haushalt.txt").unlink()  # a lost output is made again
    result = run_batch(source, out, SETTINGS, workers=1, resume=True)
    assert sorted(counting) == ["rat/haushalt.md", "schwimmbad.txt"]
    assert "Freitag" in (out / "schwimmbad.txt").read_text(encoding="utf-8")
    counting.clear()

    hyphen = Settings(separator="hyphen")
    result = run_batch(source, out, hyphen, workers=1, resume=True)
    assert sorted(counting) == sorted(RELEASES) and result.counts["converted"] == 3
    assert {e["settings"] for e in manifest(out).values()} == {job_signature(hyphen, "text")}
    counting.clear()
    run_batch(source, out, hyphen, workers=1, resume=True, fmt="markdown")
    assert sorted(counting) == sorted(RELEASES)
    assert (
        not (out / "schwimmbad.txt").exists() and (out / "schwimmbad.md").is_file()
    )  # the old format's file is gone


def test_resume_skips_unchanged_failures_and_cleans_temporaries(tmp_path: Path, counting: list[str]) -> None:
    source = make_folder(tmp_path / "in", {"leer.txt": "", "gut.txt": SWIM})
    out = tmp_path / "out"
    run_batch(source, out, SETTINGS, workers=1)
    (out / ".gut.txt.abc123.simplify-tmp").write_text("halb", encoding="utf-8")
    with (out / Manifest.NAME).open("a", encoding="utf-8") as handle:
        handle.write('{"path": "abgeschnit')  # a line cut off by kill -9
    counting.clear()
    result = run_batch(source, out, SETTINGS, workers=1, resume=True)
    assert counting == [] and result.counts["unchanged"] == 2 and result.counts["failed"] == 1
    assert not (out / ".gut.txt.abc123.simplify-tmp").exists()
    assert set(manifest(out)) == {"leer.txt", "gut.txt"}


def test_summary_counts_and_readability(tmp_path: Path) -> None:
    source = make_folder(tmp_path / "in", RELEASES)
    run_batch(source, tmp_path / "out", SETTINGS, workers=1)
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["counts"]["total"] == 3 and summary["failures"] == []
    html = (tmp_path / "out" / "summary.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    readability = summary["readability"]
    if not readability["available"]:
        assert "simplify.readability" in readability["note"] and readability["note"] in html
        return
    assert readability["scored"] == 3 and "<svg" in html
    hardest = summary["hardest"]
    assert len(hardest) == 3
    assert [h["index_after"] for h in hardest] == sorted((h["index_after"] for h in hardest), reverse=True)
    assert all((tmp_path / "out" / h["report"]).is_file() and h["report"] in html for h in hardest)


def test_reports_for_the_hardest_documents_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counting: list[str]
) -> None:
    from simplify.report import summary

    monkeypatch.setattr(summary, "HARDEST", 2)
    source = make_folder(tmp_path / "in", {**RELEASES, "leicht.txt": "Das Bad ist neu. Es ist groß."})
    run_batch(source, tmp_path / "out", SETTINGS, workers=1)
    entries = manifest(tmp_path / "out")
    if not json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))["readability"][
        "available"
    ]:
        pytest.skip("simplify.readability is not installed: no ranking, no reports")
    hardest = [e["path"] for e in summary.hardest(entries.values())]
    assert len(counting) == 4, "each document once: a report is made with the conversion"
    assert {p for p, e in entries.items() if e["report"]} == set(hardest)
    assert all((tmp_path / "out" / entries[p]["report"]).is_file() for p in hardest)
    assert len(list((tmp_path / "out" / "_reports").rglob("*.html"))) == 2, (
        "no report of a document no longer among the hardest"
    )
    counting.clear()
    run_batch(source, tmp_path / "out", SETTINGS, workers=1, resume=True)
    assert counting == [], "reports that exist are not made again"
    run_batch(source, tmp_path / "all", SETTINGS, workers=1, reports="all")
    assert len(counting) == 4
    assert all((tmp_path / "all" / e["report"]).is_file() for e in manifest(tmp_path / "all").values())
    for path in hardest:  # the same reports as those made for every document
        report = entries[path]["report"]
        assert (tmp_path / "out" / report).read_bytes() == (tmp_path / "all" / report).read_bytes()


def test_crashed_files_are_retried_by_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import simplify.batch.convert

    def broken(result):
        raise ZeroDivisionError("a bug")

    source = make_folder(tmp_path / "in", {"gut.txt": SWIM, "leer.txt": ""})
    monkeypatch.setattr(simplify.batch.convert, "_readability", broken)
    result = run_batch(source, tmp_path / "out", SETTINGS, workers=1)
    assert dict(result.failures)["gut.txt"] == "internal error: ZeroDivisionError: a bug"
    assert manifest(tmp_path / "out")["gut.txt"]["status"] == "crashed"
    monkeypatch.undo()
    result = run_batch(source, tmp_path / "out", SETTINGS, workers=1, resume=True)
    assert result.counts["converted"] == 1 and result.counts["unchanged"] == 1  # leer.txt fails the same way
    assert [path for path, _ in result.failures] == ["leer.txt"]


def _die_on_poison(name: str, data: bytes, report: bool) -> Outcome:
    """A worker task that kills its process for one file, as a crash in a C library would."""
    if name == "gift.txt":
        os._exit(1)
    return Outcome(output=data.decode())


class _FragileEngine(LocalEngine):
    """The local engine without the pipeline: its workers run :func:`_die_on_poison`."""

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"))
        return self._pool

    def _submit(self, task: Task) -> Future[Outcome]:
        return self._start().submit(_die_on_poison, task.path, task.data, False)


@pytest.mark.slow
def test_a_dying_worker_fails_only_its_own_file() -> None:
    names = ["a.txt", "b.txt", "gift.txt", "c.txt", "d.txt", "e.txt"]
    engine = _FragileEngine(SETTINGS, "text", 2)
    try:
        outcomes = {t.path: o for t, o in engine.map(Task(n, n.encode(), "", n, None) for n in names)}
    finally:
        engine.close()
    assert set(outcomes) == set(names)
    assert outcomes["gift.txt"].crashed and outcomes["gift.txt"].error.startswith("the worker process died")
    assert all(outcomes[n].ok and outcomes[n].output == n for n in names if n != "gift.txt")


def _scored(before: float, after: float) -> dict:
    return {"status": "ok", "readability": {"before": {"index": before}, "after": {"index": after}}}


@pytest.mark.parametrize(
    ("pairs", "edges", "before", "after"),
    [
        (
            [(2.6, 2.5), (2.9, 1.6), (2.7, 2.2)],
            [1.6, 1.8, 2.0, 2.2, 2.4, 2.6, 2.8, 3.0],
            [0, 0, 0, 0, 0, 2, 1],
            [1, 0, 0, 1, 1, 0, 0],
        ),
        (
            [(66, 41), (89.6, 6.7)],
            [0, 10, 20, 30, 40, 50, 60, 70, 80, 90],
            [0, 0, 0, 0, 0, 0, 1, 0, 1],
            [1, 0, 0, 0, 1, 0, 0, 0, 0],
        ),
        ([(2, 2)], [2, 3], [1], [1]),
        ([], [], [], []),
    ],
)
def test_summary_histogram_has_round_bins(pairs, edges, before, after) -> None:
    from simplify.report.summary import build_summary

    summary = build_summary([_scored(*p) for p in pairs], counts={}, settings={}, fmt="text")
    assert summary["readability"]["histogram"] == {"edges": edges, "before": before, "after": after}


def _pid(name: str, data: bytes, report: bool) -> Outcome:
    return Outcome(output=str(os.getpid()))


class _PidEngine(_FragileEngine):
    def _submit(self, task: Task) -> Future[Outcome]:
        return self._start().submit(_pid, task.path, task.data, False)


@pytest.mark.slow
def test_workers_are_replaced_after_a_number_of_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("simplify.batch.local.RECYCLE_AFTER", 2)
    engine = _PidEngine(SETTINGS, "text", 2)
    try:
        outcomes = [o for _, o in engine.map(Task(f"{i}.txt", b"", "", "", None) for i in range(9))]
    finally:
        engine.close()
    assert len(outcomes) == 9
    assert len({o.output for o in outcomes}) >= 3, "one pool of two workers has at most two process ids"


@pytest.mark.slow
def test_workers_that_always_die_stop_the_batch() -> None:
    names = ["gift.txt"] * 5
    engine = _FragileEngine(SETTINGS, "text", 2)
    try:
        with pytest.raises(UsageError, match="died on 3 files in a row"):
            list(engine.map(Task(n, b"", "", n, None) for n in names))
    finally:
        engine.close()


def test_ray_engine_without_ray_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    source = make_folder(tmp_path / "in", {"gut.txt": SWIM})
    with pytest.raises(UsageError, match=r"pip install 'simplify-de\[distributed\]'"):
        run_batch(source, tmp_path / "out", SETTINGS, engine="ray")


def test_walk_counts_without_reading(tmp_path: Path) -> None:
    source = make_tar(tmp_path / "in.tar.gz", {**RELEASES, "x.pdf": b"%PDF"})
    kinds = [(e.path, e.kind, e.data) for e in walk(source, None)]
    assert sorted(kinds) == sorted([(p, "convert", b"") for p in RELEASES] + [("x.pdf", "ignored", b"")])
