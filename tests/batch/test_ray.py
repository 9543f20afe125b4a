"""`--engine ray` on a local one-CPU Ray instance: the same outputs and manifest as the local engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from simplify.batch.manifest import Manifest
from simplify.batch.run import run_batch
from simplify.settings import Settings

pytestmark = pytest.mark.slow  # real subprocesses, servers or models

pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'simplify-de[distributed]'")

FILES = {
    "2024/rathaus.txt": "Das Rathaus bleibt am Freitag geschlossen. Am Montag ist es wieder geöffnet.\n",
    "2024/markt.md": "# Wochenmarkt\n\nDer Wochenmarkt findet ab April auf dem Kirchplatz statt.\n",
    "leer.txt": "",
}


def tree(outdir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(outdir)): p.read_bytes() for p in outdir.rglob("*") if p.is_file()}


def test_ray_engine_matches_local_engine(tmp_path: Path) -> None:
    source = tmp_path / "in"
    for name, text in FILES.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    local = run_batch(source, tmp_path / "local", Settings(), workers=1)
    remote = run_batch(source, tmp_path / "ray", Settings(), engine="ray", workers=1)
    assert remote.counts == local.counts
    assert (
        remote.failures
        == local.failures
        == [("leer.txt", "the text is empty: pass a press release with some text")]
    )
    assert (tmp_path / "ray" / Manifest.NAME).read_bytes() == (
        tmp_path / "local" / Manifest.NAME
    ).read_bytes()
    assert tree(tmp_path / "ray") == tree(tmp_path / "local")
