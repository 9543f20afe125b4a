"""evaluation/panel.py: the panel's figures from a sheet and the readers' judgements."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = ROOT / "evaluation" / "panel.py"


def test_figures_count_lines_and_sources(tmp_path) -> None:
    sheet = [
        {
            "id": "S0.0",
            "block": "paragraph",
            "source": "A, weil B.",
            "output": ["A.", "Der Grund ist: B."],
            "restructured": True,
        },
        {
            "id": "S1.0",
            "block": "paragraph",
            "source": "Lang und schwer.",
            "output": ["Lang und schwer."],
            "restructured": False,
        },
        {"id": "S2.0", "block": "heading", "source": "Titel", "output": ["Titel"], "restructured": False},
    ]
    judged = [
        {
            "id": "S0.0",
            "breaks": True,
            "lines": [
                {"grammatical": "yes", "meaning": "yes", "simpler": "more", "leichte": "yes"},
                {"grammatical": "no", "meaning": "no", "simpler": "more", "leichte": "mostly"},
            ],
            "facts": ["B"],
        },
        {
            "id": "S1.0",
            "breaks": True,
            "lines": [{"grammatical": "yes", "meaning": "yes", "simpler": "same", "leichte": "no"}],
        },
        {
            "id": "S2.0",
            "breaks": False,
            "lines": [{"grammatical": "yes", "meaning": "yes", "simpler": "same", "leichte": "yes"}],
        },
    ]
    (tmp_path / "sheet.jsonl").write_text("".join(json.dumps(i) + "\n" for i in sheet), encoding="utf-8")
    (tmp_path / "j.jsonl").write_text("".join(json.dumps(j) + "\n" for j in judged), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "figures", str(tmp_path / "sheet.jsonl"), str(tmp_path / "j.jsonl")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "garbled (grammatical = no): 1/4 = 25.0 %" in done.stdout
    assert "false (meaning = no): 1/4 = 25.0 %" in done.stdout
    assert "facts altered or lost: 1" in done.stdout
    assert "breaking sources unchanged or only split: 1/2 = 50.0 %" in done.stdout
    assert "Leichte Sprache yes: 2/4 = 50.0 %" in done.stdout
    assert "Leichte Sprache yes + mostly: 3/4 = 75.0 %" in done.stdout
