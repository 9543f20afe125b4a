"""`simplify evaluate` and simplify.evaluation.evaluate: pair files, baselines, sacrebleu agreement, bad input.

The pair files are written here, with sentences of our own; the Kaiserslautern pair is read from ../shared.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from simplify.errors import InputError, UsageError
from simplify.evaluation import metrics
from simplify.evaluation.evaluate import load_pairs, parse_columns, truncate
from tests.conftest import ROOT, run_cli

SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"

ORIGINALS = [
    "Die Stadt öffnet am Montag, dem 4. Mai, das neue Hallenbad im Westen der Stadt.",
    "Der Gemeinderat hat am Dienstag den Haushalt für das Jahr 2026 beschlossen.",
    "Wegen Bauarbeiten bleibt die Bücherei bis zum 30. Juni geschlossen.",
]
SIMPLIFIED = [
    "Am Montag ist das neue Hallenbad offen. Das ist am 4. Mai.",
    "Der Gemeinderat hat über das Geld für 2026 entschieden.",
    "Die Bücherei ist bis zum 30. Juni zu. Dort wird gebaut.",
]


def _tsv(path: Path, rows: list[tuple[str, str]], header: str = "original\tsimplification") -> Path:
    path.write_text(header + "\n" + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    return path


def _simplify(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simplify", "evaluate", *args], capture_output=True, text=True, cwd=ROOT
    )


@pytest.mark.parametrize(
    ("share_of", "expected"),
    [
        (
            "Die Stadt öffnet das neue Hallenbad am Montag .",
            "Die Stadt öffnet das neue Hallenbad am",
        ),  # 8 -> 6
        ("Das Bad ist offen .", "Das Bad ist offen"),  # 5 words -> 4
        ("Willkommen", "Willkommen"),  # at least one word
        ("Bad zu", "Bad zu"),  # 2 * 0.8 = 1.6 -> 2
        ("Das Bad ist heute zu", "Das Bad ist heute"),  # 4.0 -> 4
    ],
)
def test_truncate_keeps_80_percent_of_the_words(share_of, expected):
    assert truncate(share_of) == expected


def test_load_pairs_from_tsv_jsonl_and_csv(tmp_path):
    rows = list(zip(ORIGINALS, SIMPLIFIED, strict=True))
    tsv = _tsv(tmp_path / "p.tsv", rows)
    jsonl = tmp_path / "p.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps({"original": a, "simplification": b, "id": i}) + "\n" for i, (a, b) in enumerate(rows)
        ),
        encoding="utf-8",
    )
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("Satz,Einfach\n" + "".join(f'"{a}","{b}"\n' for a, b in rows), encoding="utf-8")
    expected = [(a, b) for a, b in rows]
    for pairs in (
        load_pairs(tsv),
        load_pairs(jsonl),
        load_pairs(csv_file, columns=parse_columns("original=Satz,simplification=Einfach")),
    ):
        assert [(p.original, p.simplification) for p in pairs] == expected


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.tsv", "", "no pairs in the file"),
        ("header.tsv", "original\tsimplification\n", "no pairs in the file"),
        (
            "cols.tsv",
            "text\tsimple\nA.\tB.\n",
            r"missing column\(s\) original, simplification; the file has: text, simple",
        ),
        (
            "short.tsv",
            "original\tsimplification\nA.\tB.\nNur ein Feld.\n",
            "line 3 has 1 fields but the header has 2",
        ),
        ("long.tsv", "original\tsimplification\nA.\tB.\tC.\n", "line 2 has 3 fields but the header has 2"),
        ("blank.tsv", "original\tsimplification\nA.\t \n", "pair 1 has an empty original or simplification"),
        (
            "bad.jsonl",
            '{"original": "A.", "simplification": "B."}\n{"original": \n',
            "line 2 is not valid JSON",
        ),
        ("list.jsonl", '["A.", "B."]\n', "line 1 is not a JSON object"),
        ("number.jsonl", '{"original": 3, "simplification": "B."}\n', "missing or non-text original"),
        ("pairs.txt", "A.\tB.\n", "must be a .tsv, .jsonl or .csv file"),
    ],
)
def test_load_pairs_rejects_bad_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_pairs(path)


@pytest.mark.parametrize("spec", ["original", "source=Satz", "original=", "original=Satz,original=Text"])
def test_parse_columns_rejects_bad_maps(spec):
    with pytest.raises(UsageError, match="--columns"):
        parse_columns(spec)


@pytest.mark.slow
def test_cli_scores_system_and_baselines(tmp_path):
    pairs = _tsv(tmp_path / "pairs.tsv", list(zip(ORIGINALS, SIMPLIFIED, strict=True)))
    out = tmp_path / "out"
    done = _simplify(
        "--pairs", str(pairs), "--backend", "rules", "--format", "json", "--output-dir", str(out)
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    systems = {s["name"]: s for s in report["systems"]}
    assert list(systems) == ["rules", "copy", "truncate", "reference"]
    assert report["pairs"] == 3
    assert report["settings"]["versions"]["simplify-de"]
    assert f"data:{report['data'][0]['sha256'][:16]}" in report["signature"]
    assert "tok:13a" in report["metrics"]["bleu"]

    # The baselines are scored by simplify.evaluation.metrics on the pipeline's sentences of each original.
    copy = systems["copy"]
    assert copy["sari"] == pytest.approx(metrics.sari(ORIGINALS, ORIGINALS, [SIMPLIFIED]))
    assert copy["compression"] == pytest.approx(1.0)
    assert systems["truncate"]["sari"] > copy["sari"]
    assert systems["reference"]["sari"] == pytest.approx(100.0)
    assert systems["reference"]["sentence_length"] == pytest.approx((7 + 5 + 9 + 8 + 3) / 5)  # words/sentence

    # Facts by kind: the dates "4. Mai" and "30. Juni" and the number 2026; truncation loses "2026"
    # ("... für das Jahr") and "30. Juni" ("... bis zum 30.").
    assert systems["truncate"]["facts"] == {
        "kept": 1,
        "total": 3,
        "rate": pytest.approx(1 / 3),
        "by_kind": {"date": {"kept": 1, "total": 2}, "number": {"kept": 0, "total": 1}},
    }
    assert (
        systems["rules"]["facts"]["by_kind"]
        == systems["reference"]["facts"]["by_kind"]
        == {
            "date": {"kept": 2, "total": 2},
            "number": {"kept": 1, "total": 1},
        }
    )

    # The system's outputs, one pair per line, agree with the reported BLEU and chrF (sacrebleu).
    lines = (out / "system.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    import sacrebleu

    assert systems["rules"]["bleu"] == pytest.approx(sacrebleu.corpus_bleu(lines, [SIMPLIFIED]).score)
    assert systems["rules"]["chrf"] == pytest.approx(sacrebleu.corpus_chrf(lines, [SIMPLIFIED]).score)
    assert systems["rules"]["sari"] == pytest.approx(metrics.sari(ORIGINALS, lines, [SIMPLIFIED]))


@pytest.mark.slow
def test_cli_text_table(tmp_path):
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(
        "id,Satz,Einfach\n"
        + "".join(f'{i},"{a}","{b}"\n' for i, (a, b) in enumerate(zip(ORIGINALS, SIMPLIFIED, strict=True))),
        encoding="utf-8",
    )
    done = _simplify(
        "--pairs", str(pairs), "--columns", "original=Satz,simplification=Einfach", "--backend", "rules"
    )
    assert done.returncode == 0, done.stderr
    for label in (
        "SARI",
        "BLEU",
        "chrF",
        "Amstad",
        "Quelle kopieren",
        "Auf 80 % gekürzt",
        "Referenz",
        "Signatur",
    ):
        assert label in done.stdout
    numbers = next(line for line in done.stdout.splitlines() if "davon Zahlen" in line)
    assert "1/3 (33 %)" in numbers and numbers.count("3/3 (100 %)") == 3


@pytest.mark.slow
@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        (
            {"p.tsv": "text\tsimple\nA.\tB.\n"},
            ["--pairs", "p.tsv"],
            "missing column(s) original, simplification",
        ),
        ({"p.tsv": ""}, ["--pairs", "p.tsv"], "no pairs in the file"),
        (
            {"p.tsv": "original\tsimplification\nA.\tB.\tC.\n"},
            ["--pairs", "p.tsv"],
            "has 3 fields but the header has 2",
        ),
        ({}, ["--pairs", "nowhere.tsv"], "no such file"),
        ({"a.txt": "Text."}, ["--source", "a.txt"], "--source A and --reference B go together"),
        ({"p.tsv": ""}, ["--pairs", "p.tsv", "--source", "p.tsv"], "not both"),
        (
            {"p.tsv": ""},
            ["--pairs", "p.tsv", "--columns", "original"],
            "--columns: 'original' is not KEY=COLUMN",
        ),
        ({}, [], "nothing to evaluate"),
        (
            {"f": "x"},
            ["--pairs", "p.tsv", "--output-dir", "f/out"],
            "f: is not a directory, so system.txt cannot be written there",
        ),
    ],
)
def test_cli_bad_input_exits_2(tmp_path, files, args, message):
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "simplify", "evaluate", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},  # this checkout's simplify, not the installed one
    )
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1


def _seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not found:
        pytest.skip(f"../shared not present: seed {prefix} of the Kaiserslautern pair is missing")
    return found[0]


@pytest.mark.slow
def test_kaiserslautern_pair():
    from simplify.evaluation.evaluate import evaluate_documents
    from simplify.settings import Settings

    original, simplified = _seed("001"), _seed("000")
    evaluation = evaluate_documents(original, simplified, Settings(backend="rules"))
    [pair] = evaluation.pairs
    # Both documents are cleaned as convert cleans them: no cookie banner, no article footer.
    assert not any("Cookie" in unit for unit in pair.source + pair.reference)
    assert pair.source[0] == "18. September 2025"  # the page's date line is the release's date
    assert pair.source[1].startswith("Kaiserslautern")
    assert len(pair.reference) > len(pair.source)
    systems = {s.name: s for s in evaluation.systems}
    assert systems["truncate"].sari > systems["copy"].sari  # SARI rewards deleting words
    assert systems["reference"].sari == pytest.approx(100.0)
    assert systems["reference"].sentence_length < systems["copy"].sentence_length
    assert len(evaluation.data) == 2 and all(len(d["sha256"]) == 64 for d in evaluation.data)


def test_run_all_skips_sets_without_data(tmp_path):
    definition = tmp_path / "missing.json"
    definition.write_text(
        json.dumps(
            {
                "name": "Fehlende Daten",
                "description": "Ein Set, dessen Datei es nicht gibt.",
                "kind": "pairs",
                "data": "../shared/data/does-not-exist.tsv",
            }
        ),
        encoding="utf-8",
    )
    results = tmp_path / "RESULTS.md"
    done = subprocess.run(
        [sys.executable, str(ROOT / "evaluation" / "run_all.py"), str(definition), "--output", str(results)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    text = results.read_text(encoding="utf-8")
    assert "## Fehlende Daten" in text
    assert "Übersprungen: Daten fehlen (../shared/data/does-not-exist.tsv)." in text


def test_a_pair_the_pipeline_refuses_is_scored_as_its_source_and_named():
    from simplify.evaluation.evaluate import Pair, align_pairs
    from simplify.settings import Settings

    pairs = [Pair("Anzeige", "Werbung."), Pair(ORIGINALS[1], SIMPLIFIED[1])]
    aligned, copied, record = align_pairs(pairs, Settings(backend="rules"))
    assert [a.reference for a in aligned] == [["Werbung."], [SIMPLIFIED[1]]]
    assert aligned[0].system == aligned[0].source == ["Anzeige"]
    assert len(copied) == 1 and copied[0].startswith("Paar 1: ")
    assert record["force"] is True  # single sentences are not language-checked


@pytest.mark.slow
def test_output_dir_has_one_line_per_pair_even_for_a_refused_pair(tmp_path):
    pairs = tmp_path / "p.tsv"
    rows = ["original\tsimplification", "Anzeige\tWerbung.", f"{ORIGINALS[1]}\t{SIMPLIFIED[1]}"]
    pairs.write_text("\n".join(rows) + "\n", encoding="utf-8")
    done = run_cli(
        "evaluate", "--pairs", str(pairs), "--output-dir", str(tmp_path / "out"), "--format", "json"
    )
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "out" / "system.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[0] == "Anzeige"
    assert json.loads(done.stdout)["copied"][0].startswith("Paar 1: ")


def test_missing_measures_say_nicht_verfuegbar(monkeypatch):
    from simplify.evaluation.evaluate import Aligned, Evaluation, report_rows, score
    from simplify.settings import Settings

    monkeypatch.setitem(sys.modules, "simplify.readability", None)  # import fails as if not installed
    monkeypatch.setitem(sys.modules, "simplify.check", None)
    pairs = [Aligned([ORIGINALS[1]], [SIMPLIFIED[1]], [SIMPLIFIED[1]])]
    systems, unavailable = score(pairs, Settings(), backend="rules")
    assert set(unavailable) == {"readability", "compliance"}
    evaluation = Evaluation("t", [], {}, "sig", pairs, systems, unavailable=unavailable)
    _, rows = report_rows(evaluation)
    cells = {row[0]: row[1:] for row in rows}
    assert cells["Index"] == cells["Amstad"] == cells["Regeln ok"] == ["nicht verfügbar"] * 4
    assert cells["SARI"][0] == f"{metrics.sari([ORIGINALS[1]], [SIMPLIFIED[1]], [[SIMPLIFIED[1]]]):.1f}"
