"""Kill a real `simplify batch` with SIGKILL at several points, then `--resume`: nothing lost, nothing twice."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simplify.batch.convert import Converter
from simplify.batch.manifest import TMP_SUFFIX, Manifest
from simplify.batch.run import run_batch
from simplify.settings import Settings
from tests.conftest import ROOT

TOWNS = ("Lindenau", "Birkenfeld", "Talheim", "Rosenbach", "Eichstetten", "Wiesental")
PLACES = ("Schwimmbad", "Bürgerbüro", "Bibliothek", "Jugendhaus")
COUNT = 12

pytestmark = [
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs SIGKILL and /proc (Linux)"),
    pytest.mark.slow,
]


def release(i: int) -> str:
    town, place = TOWNS[i % len(TOWNS)], PLACES[i % len(PLACES)]
    return (
        f"Neues {place} in {town}\n\n"
        f"Die Stadt {town} eröffnet am {i + 1}. März das neue {place}. "
        f"Der Umbau hat {i + 2} Monate gedauert und {i * 10 + 50}.000 Euro gekostet. "
        f"Das {place} ist montags bis freitags von 9 bis 17 Uhr geöffnet.\n"
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder of small releases and the output each must get."""
    root = tmp_path_factory.mktemp("archiv")
    converter = Converter(Settings(), "text")
    expected = {}
    for i in range(COUNT):
        name = f"{2020 + i % 3}/meldung-{i:02d}.txt"
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(release(i), encoding="utf-8")
        outcome = converter.convert(name, release(i).encode("utf-8"))
        assert outcome.ok, outcome.error
        expected[name] = outcome.output
    return root, expected


def manifest_lines(outdir: Path) -> list[str]:
    path = outdir / Manifest.NAME
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def start(source: Path, outdir: Path, workers: int) -> subprocess.Popen:
    command = ["batch", str(source), "-o", str(outdir), "--workers", str(workers), "--backend", "rules"]
    return subprocess.Popen(
        [sys.executable, "-m", "simplify", *command],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_COLOR": "1"},
        start_new_session=True,
    )


def living_in_group(group: int) -> list[int]:
    """Processes of a process group that still run (zombies waiting for their reaper do not count)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == group and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def kill_after(process: subprocess.Popen, outdir: Path, done: int) -> None:
    """SIGKILL the batch process once the manifest lists ``done`` finished inputs; its workers must follow."""
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if (outdir / Manifest.NAME).exists() and len(manifest_lines(outdir)) >= done:
                break
            time.sleep(0.005)
        assert process.poll() is None, "the batch finished before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        deadline = time.monotonic() + 10
        while living_in_group(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert living_in_group(process.pid) == [], "worker processes outlived the killed batch"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


@pytest.mark.parametrize(("done", "workers"), [(0, 1), (5, 1), (COUNT - 2, 1), (4, 2)])
def test_kill_then_resume(
    tmp_path: Path, archive: tuple[Path, dict[str, str]], done: int, workers: int
) -> None:
    source, expected = archive
    outdir = tmp_path / "out"
    kill_after(start(source, outdir, workers), outdir, done)

    # After the kill: every output with its final name is complete, and every manifest line points at one.
    recorded = [json.loads(line) for line in manifest_lines(outdir) if line.endswith("}")]
    for path, text in expected.items():
        output = outdir / path
        if output.exists():
            assert output.read_text(encoding="utf-8") == text, f"partial output {path}"
    assert all((outdir / e["output"]).is_file() for e in recorded)
    finished = {e["path"] for e in recorded}

    resumed = run_batch(source, outdir, Settings(), workers=1, resume=True)
    assert resumed.failures == []

    entries = [json.loads(line) for line in manifest_lines(outdir)]
    assert sorted(e["path"] for e in entries) == sorted(expected), "each input once in the manifest"
    assert all(e["status"] == "ok" for e in entries)
    for path, text in expected.items():
        assert (outdir / path).read_text(encoding="utf-8") == text
    assert not [p for p in outdir.rglob("*") if p.name.endswith(TMP_SUFFIX)], "temporary files left"
    # Nothing twice: what the manifest had finished is taken over, only the rest is converted.
    assert resumed.counts["unchanged"] == len(finished)
    assert resumed.counts["converted"] == COUNT - len(finished)
