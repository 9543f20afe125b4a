"""Tests for evaluation/sari_probes.py, the probes of what SARI rewards on a pair set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

EVALUATION = ROOT / "evaluation"
SCRIPT = EVALUATION / "sari_probes.py"
sys.path.insert(0, str(EVALUATION))
import sari_probes  # noqa: E402  (evaluation/ is a folder of scripts, not a package)

PAIRS = [
    ("Die Stadt Kaiserslautern baut 2026 ein sehr großes Bad.", "Kaiserslautern baut ein Bad."),
    ("Das Rathaus bleibt am 3. Mai wegen einer Feier geschlossen.", "Das Rathaus ist am 3. Mai zu."),
    ("Herr Ebert leitet seit vielen Jahren das Bürgerbüro im Zentrum.", "Herr Ebert leitet das Bürgerbüro."),
]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # Words the reference lacks go; the year and the name stay although the reference drops the year.
        (
            "Die Stadt Kaiserslautern baut 2026 ein sehr großes Bad.",
            "Kaiserslautern baut ein Bad.",
            "Kaiserslautern baut 2026 ein Bad.",
        ),
        # Dates are facts: "3." stays, and so does "Mai", which the reference has.
        (
            "Das Rathaus bleibt am 3. Mai geschlossen.",
            "Am 3. Mai ist das Rathaus zu.",
            "Das Rathaus am 3. Mai.",
        ),
    ],
)
def test_oracle_deletes_what_the_reference_lacks_but_keeps_facts(
    text: str, reference: str, expected: str
) -> None:
    assert sari_probes._oracle(text, text, reference) == expected


def test_deleting_adverbs_keeps_the_rest() -> None:
    drop = sari_probes._modifiers(("ADV", "ADJD"))
    assert (
        sari_probes._delete("Das Bad ist jetzt sehr schön. Es öffnet bald.", drop)
        == "Das Bad ist. Es öffnet."
    )


def _set(tmp_path: Path, data: Path, kind: str = "pairs") -> Path:
    definition = {"name": "Probe", "description": "Eigene Sätze.", "kind": kind}
    if kind == "pairs":
        definition |= {
            "data": str(data),
            "columns": {"original": "original", "simplification": "simplification"},
        }
    else:
        definition |= {"source": str(data), "reference": str(data)}
    path = tmp_path / "set.json"
    path.write_text(json.dumps(definition), encoding="utf-8")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_probes_table_on_a_small_pair_file(tmp_path: Path) -> None:
    data = tmp_path / "pairs.tsv"
    data.write_text("original\tsimplification\n" + "".join(f"{o}\t{s}\n" for o, s in PAIRS), encoding="utf-8")
    done = _run(str(_set(tmp_path, data)))
    assert done.returncode == 0, done.stderr
    rows = {
        line.split(" | ")[0].strip("| "): line.split(" | ")[1:]
        for line in done.stdout.splitlines()
        if line.startswith("| ") and "---" not in line
    }
    assert "## Probe: 3 Paare" in done.stdout
    assert len(rows) == 14  # the header and 13 probes
    copy, oracle = rows["Quelle kopieren"], rows["Orakel: Quelle ohne Wörter, die der Referenz fehlen"]
    assert copy[1] == "0.0" and copy[3] == "0.0"  # copying adds and deletes nothing
    assert float(oracle[0]) > float(copy[0])
    total = copy[-1].strip(" |")
    assert oracle[-1].strip(" |") == total  # the oracle keeps every fact
    assert rows["Regeln (leichte, mediopunkt)"][-1].strip(" |") == total


def test_missing_data_is_skipped_with_a_note(tmp_path: Path) -> None:
    done = _run(str(_set(tmp_path, tmp_path / "absent.tsv")))
    assert done.returncode == 0
    assert "skipped, data missing" in done.stderr
    assert done.stdout == ""


def test_a_documents_set_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Die Stadt baut ein Bad.", encoding="utf-8")
    done = _run(str(_set(tmp_path, text, kind="documents")))
    assert done.returncode == 2
    assert "probes need pairs" in done.stderr


def test_an_unreadable_set_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "set.json"
    broken.write_text("{not json", encoding="utf-8")
    done = _run(str(broken))
    assert done.returncode == 2
    assert "not a readable set definition" in done.stderr
    assert "Traceback" not in done.stderr
