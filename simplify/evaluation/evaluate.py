"""Evaluation against reference pairs: run a backend on the originals and score it beside two baselines.

Pairs come from a TSV, JSONL or CSV file (one original and its simplification per row) or from two documents
(an original release and its simplified version, cleaned as ``convert`` cleans them and aligned as a whole).
Every pair is held as units (sentences, headings, list items): the source units the pipeline segmented, the
system's output lines, the units of the baselines and of the reference. The system is scored beside
"copy the source" (the readability *before*) and "truncate every unit to 80 % of its words" (which SARI
rewards although it only deletes), and beside the reference itself.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from simplify.document import Block, Source
from simplify.errors import InputError, UsageError
from simplify.evaluation import metrics
from simplify.settings import Settings

COLUMNS = ("original", "simplification")
TRUNCATE_SHARE = 0.8
MAX_FIELD = 5 * 1024 * 1024
"""Longest field of a .tsv or .csv pair file (csv allows 131,072 characters: too few for documents)."""
NUMBER_KINDS = ("number", "date", "time")
"""Facts that hold a number: what the issue's orientation counts for DEplain's mBART ("67 of 96 numbers")."""
TRUNCATE_LABEL = f"Auf {round(TRUNCATE_SHARE * 100)} % gekürzt"
NOT_AVAILABLE = "nicht verfügbar"
SARI_SIGNATURE = "sari:easse-corpus|ngrams:1-4|lc:yes|tok:13a|del:f1"


@dataclass(frozen=True, slots=True)
class Pair:
    """An original text and its reference simplification."""

    original: str
    simplification: str


@dataclass(slots=True)
class Aligned:
    """One evaluated pair as units: the segmented source, the system's output and the reference."""

    source: list[str]
    system: list[str]
    reference: list[str]


@dataclass(slots=True)
class Scores:
    """The measures of one system (or baseline, or the reference) over all pairs; None = not available."""

    name: str
    label: str
    sari: float
    sari_add: float
    sari_keep: float
    sari_delete: float
    sari_sentence_mean: float
    bleu: float
    chrf: float
    readability_index: float | None
    amstad: float | None
    level: str | None
    compliance: float | None
    facts: dict[str, tuple[int, int]] | None  # kind -> (kept, total)
    sentence_length: float
    compression: float
    signatures: dict[str, str]

    def kept(self, kinds: Sequence[str] | None = None) -> tuple[int, int] | None:
        """(kept, total) over the facts of ``kinds`` (all kinds when None); None when not available."""
        if self.facts is None:
            return None
        counts = [c for kind, c in self.facts.items() if kinds is None or kind in kinds]
        return sum(k for k, _ in counts), sum(t for _, t in counts)

    @property
    def facts_kept(self) -> int | None:
        counts = self.kept()
        return None if counts is None else counts[0]

    @property
    def facts_total(self) -> int | None:
        counts = self.kept()
        return None if counts is None else counts[1]

    @property
    def facts_rate(self) -> float | None:
        if self.facts_kept is None or not self.facts_total:
            return None
        return self.facts_kept / self.facts_total


@dataclass(slots=True)
class Evaluation:
    """The scores of a run, with everything needed to reproduce it."""

    name: str
    data: list[dict[str, str]]
    settings: dict[str, object]
    signature: str
    pairs: list[Aligned]
    systems: list[Scores]
    copied: list[str] = field(default_factory=list)  # pairs the pipeline refused, scored as their source
    unavailable: dict[str, str] = field(default_factory=dict)

    @property
    def metric_signatures(self) -> dict[str, str]:
        """How SARI, BLEU and chrF were computed (sacrebleu's signatures), the same for every system."""
        return {"sari": SARI_SIGNATURE, **self.systems[0].signatures}

    def to_json(self) -> dict[str, object]:
        """The JSON object of ``evaluate --format json``."""
        return {
            "set": self.name,
            "signature": self.signature,
            "settings": self.settings,
            "data": self.data,
            "metrics": self.metric_signatures,
            "pairs": len(self.pairs),
            "copied": self.copied,
            "unavailable": self.unavailable,
            "systems": [
                {
                    "name": s.name,
                    "label": s.label,
                    "sari": s.sari,
                    "sari_operations": {"add": s.sari_add, "keep": s.sari_keep, "delete": s.sari_delete},
                    "sari_sentence_mean": s.sari_sentence_mean,
                    "bleu": s.bleu,
                    "chrf": s.chrf,
                    "readability_index": s.readability_index,
                    "fre_amstad": s.amstad,
                    "readability_level": s.level,
                    "compliance": s.compliance,
                    "facts": {
                        "kept": s.facts_kept,
                        "total": s.facts_total,
                        "rate": s.facts_rate,
                        "by_kind": None
                        if s.facts is None
                        else {kind: {"kept": k, "total": t} for kind, (k, t) in sorted(s.facts.items())},
                    },
                    "sentence_length": s.sentence_length,
                    "compression": s.compression,
                }
                for s in self.systems
            ],
        }


def parse_columns(spec: str | None) -> dict[str, str]:
    """``original=COL,simplification=COL`` -> {"original": COL, "simplification": COL}."""
    mapping = {name: name for name in COLUMNS}
    if not spec:
        return mapping
    seen = set()
    for item in spec.split(","):
        key, sep, value = item.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or key not in COLUMNS or not value:
            raise UsageError(
                f"--columns: {item.strip()!r} is not KEY=COLUMN with KEY one of original, simplification "
                "(e.g. --columns original=Original_Sentence,simplification=Simplification)"
            )
        if key in seen:
            raise UsageError(f"--columns: {key} is mapped twice; map each of original, simplification once")
        seen.add(key)
        mapping[key] = value
    return mapping


def _rows_jsonl(text: str, name: str) -> list[dict[str, object]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{name}: line {number} is not valid JSON ({error.msg})") from None
        except RecursionError:
            raise InputError(f"{name}: line {number} is nested too deeply to be a pair") from None
        if not isinstance(row, dict):
            raise InputError(f"{name}: line {number} is not a JSON object with the pair's columns")
        rows.append(row)
    return rows


def _rows_delimited(text: str, name: str, delimiter: str) -> list[dict[str, object]]:
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
    reader = csv.DictReader(text.splitlines(keepends=True), delimiter=delimiter)
    rows = []
    try:
        for row in reader:
            rows.append(_complete_row(row, reader, name, delimiter))
    except csv.Error as error:
        raise InputError(f"{name}: line {reader.line_num} cannot be read ({error})") from None
    return rows


def _complete_row(
    row: dict[str | None, object], reader: csv.DictReader, name: str, delimiter: str
) -> dict[str, object]:
    """``row`` if it has as many fields as the header; an InputError naming the line if not."""
    width = len(reader.fieldnames or [])
    if None in row or any(value is None for value in row.values()):
        fields = width + len(row.get(None, [])) - sum(value is None for value in row.values())
        raise InputError(
            f"{name}: line {reader.line_num} has {fields} fields but the header has {width}: "
            f"check the {'tabs' if delimiter == chr(9) else 'commas and quotes'} in that line"
        )
    return row  # type: ignore[return-value]


def load_pairs(path: str | Path, *, columns: dict[str, str] | None = None) -> list[Pair]:
    """Read pairs from a .tsv, .jsonl or .csv file with an original and a simplification column."""
    path = Path(path)
    mapping = columns or parse_columns(None)
    readers: dict[str, Callable[[str, str], list[dict[str, object]]]] = {
        ".tsv": lambda text, name: _rows_delimited(text, name, "\t"),
        ".csv": lambda text, name: _rows_delimited(text, name, ","),
        ".jsonl": _rows_jsonl,
    }
    if path.suffix.lower() not in readers:
        raise InputError(
            f"{path}: pairs must be a .tsv, .jsonl or .csv file, not {path.suffix or 'no suffix'!r}"
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file of pairs") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text: save the pairs as UTF-8") from None
    rows = readers[path.suffix.lower()](text, str(path))
    if not rows:
        raise InputError(f"{path}: no pairs in the file (expected a header line and one pair per line)")
    wanted = [mapping[key] for key in COLUMNS]
    missing = [column for column in wanted if column not in rows[0]]
    if missing:
        found = ", ".join(str(key) for key in rows[0]) or "none"
        raise InputError(
            f"{path}: missing column(s) {', '.join(missing)}; the file has: {found} "
            "(map yours with --columns original=COL,simplification=COL)"
        )
    pairs = []
    for number, row in enumerate(rows, start=1):
        original, simplification = (row.get(column) for column in wanted)
        if not isinstance(original, str) or not isinstance(simplification, str):
            raise InputError(f"{path}: pair {number} has a missing or non-text original or simplification")
        if not original.strip() or not simplification.strip():
            raise InputError(f"{path}: pair {number} has an empty original or simplification")
        pairs.append(Pair(original.strip(), simplification.strip()))
    return pairs


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _units(text: str) -> list[str]:
    """A reference text split into sentences as the pipeline splits a paragraph."""
    from simplify.segment import segment_block

    return [s.text for s in segment_block(Block("paragraph", text), 0)]


def align_pairs(
    pairs: Sequence[Pair], settings: Settings
) -> tuple[list[Aligned], list[str], dict[str, object]]:
    """Run the pipeline on every original -> one aligned pair per pair, notes on copied pairs, the record.

    Single sentences are too short for reliable language detection, so pairs are not language-checked.
    A pair whose original the pipeline refuses (cleaning leaves nothing, no sentence) is never dropped: the
    system's output is the source itself (as the "copy" baseline) and the notes name the pair.
    """
    from simplify.pipeline import Pipeline

    pipeline = Pipeline(replace(settings, force=True))
    aligned, copied = [], []
    for number, pair in enumerate(pairs, start=1):
        source = Source(pair.original)
        try:
            result = pipeline.run(source)
        except InputError as error:  # only what the input causes; other errors propagate
            copied.append(f"Paar {number}: {error}")
            units = _units(pair.original)
            aligned.append(Aligned(units, units, _units(pair.simplification)))
            continue
        aligned.append(
            Aligned(
                [r.source.text for r in result.rewrites],
                [line for r in result.rewrites for line in r.output],
                _units(pair.simplification),
            )
        )
    return aligned, copied, pipeline.settings.record(**pipeline.backend.describe())


def align_documents(
    source: Source, reference: Source, settings: Settings
) -> tuple[Aligned, dict[str, object]]:
    """An original release and its simplified version, both cleaned as ``convert`` cleans, as one pair."""
    from simplify.pipeline import Pipeline
    from simplify.segment import segment

    pipeline = Pipeline(settings)
    result = pipeline.run(source)
    reference_units = [s.text for s in segment(pipeline.prepare(reference))]
    aligned = Aligned(
        [r.source.text for r in result.rewrites],
        [line for r in result.rewrites for line in r.output],
        reference_units,
    )
    return aligned, result.settings


def truncate(unit: str, share: float = TRUNCATE_SHARE) -> str:
    """The first ``share`` of the unit's words (rounded half up, at least one)."""
    words = unit.split()
    return " ".join(words[: max(1, math.floor(share * len(words) + 0.5))])


def _words(unit: str) -> int:
    return sum(1 for token in unit.split() if any(c.isalnum() for c in token))


def _readability(
    units: list[str], unavailable: dict[str, str]
) -> tuple[float | None, float | None, str | None]:
    try:
        from simplify.readability import score_document
    except ImportError:
        unavailable["readability"] = "simplify.readability fehlt: Lesbarkeit nicht verfügbar"
        return None, None, None
    scores = score_document(units)
    return scores["index"], scores["fre_amstad"], scores["level"]


def _compliance(outputs: list[list[str]], level: str, unavailable: dict[str, str]) -> float | None:
    try:
        clean_units = total = 0
        for units in outputs:
            clean, count = metrics.compliance(units, level=level)
            clean_units, total = clean_units + clean, total + count
    except ImportError:
        unavailable["compliance"] = "simplify.check fehlt: Regel-Konformität nicht verfügbar"
        return None
    return clean_units / total if total else None


def _facts(
    sources: list[str], outputs: list[str], unavailable: dict[str, str]
) -> dict[str, tuple[int, int]] | None:
    try:
        return metrics.facts_kept(sources, outputs)
    except ImportError:
        unavailable["facts"] = "simplify.guard fehlt: Fakten nicht verfügbar"
        return None


def score_system(
    name: str,
    label: str,
    pairs: Sequence[Aligned],
    outputs: list[list[str]],
    *,
    level: str,
    unavailable: dict[str, str],
) -> Scores:
    """All measures of one system whose units per pair are ``outputs``."""
    sources = [" ".join(p.source) for p in pairs]
    predictions = [" ".join(units) for units in outputs]
    references = [[" ".join(p.reference) for p in pairs]]
    operations = metrics.sari_operations(sources, predictions, references)
    flat = [unit for units in outputs for unit in units]
    index, amstad, readability_level = _readability(flat, unavailable)
    facts = _facts(sources, predictions, unavailable)
    bleu, bleu_signature = metrics.bleu(predictions, references)
    chrf, chrf_signature = metrics.chrf(predictions, references)
    return Scores(
        name=name,
        label=label,
        sari=operations.score,
        sari_add=operations.add,
        sari_keep=operations.keep,
        sari_delete=operations.delete,
        sari_sentence_mean=metrics.sari_sentence_mean(sources, predictions, references),
        bleu=bleu,
        chrf=chrf,
        readability_index=index,
        amstad=amstad,
        level=readability_level,
        compliance=_compliance(outputs, level, unavailable),
        facts=facts,
        sentence_length=sum(_words(u) for u in flat) / len(flat) if flat else 0.0,
        compression=metrics.compression_ratio(sources, predictions),
        signatures={"bleu": bleu_signature, "chrf": chrf_signature},
    )


def score(
    pairs: Sequence[Aligned], settings: Settings, *, backend: str
) -> tuple[list[Scores], dict[str, str]]:
    """The system (``backend``: the one that ran), the baselines and the reference, scored alike.

    Also returns German notes on the measures that are not available.
    """
    unavailable: dict[str, str] = {}
    systems = [
        (backend, f"System ({backend})", [p.system for p in pairs]),
        ("copy", "Quelle kopieren", [p.source for p in pairs]),
        ("truncate", TRUNCATE_LABEL, [[truncate(u) for u in p.source] for p in pairs]),
        ("reference", "Referenz", [p.reference for p in pairs]),
    ]
    scores = [
        score_system(name, label, pairs, outputs, level=settings.level, unavailable=unavailable)
        for name, label, outputs in systems
    ]
    return scores, unavailable


def _finish(
    name: str,
    data: list[dict[str, str]],
    record: dict[str, object],
    settings: Settings,
    pairs: list[Aligned],
    copied: list[str],
) -> Evaluation:
    systems, unavailable = score(pairs, settings, backend=str(record.get("backend", settings.backend)))
    digest = "+".join(entry["sha256"][:16] for entry in data)
    return Evaluation(
        name=name,
        data=data,
        settings=record,
        signature=f"{settings.signature()}|data:{digest}|{SARI_SIGNATURE}",
        pairs=pairs,
        systems=systems,
        copied=copied,
        unavailable=unavailable,
    )


def evaluate_pairs(
    path: str | Path, settings: Settings, *, columns: dict[str, str] | None = None, name: str | None = None
) -> Evaluation:
    """Evaluate the backend of ``settings`` on a pair file."""
    pairs = load_pairs(path, columns=columns)
    aligned, copied, record = align_pairs(pairs, settings)
    data = [{"path": str(path), "sha256": file_sha256(path)}]
    return _finish(name or Path(path).name, data, record, settings, aligned, copied)


def evaluate_documents(
    source: str | Path, reference: str | Path, settings: Settings, *, name: str | None = None
) -> Evaluation:
    """Evaluate the backend of ``settings`` on one original document and its simplified version."""
    from simplify.io.read import read_source

    aligned, record = align_documents(read_source(source), read_source(reference), settings)
    data = [{"path": str(p), "sha256": file_sha256(p)} for p in (source, reference)]
    return _finish(
        name or f"{Path(source).name} -> {Path(reference).name}", data, record, settings, [aligned], []
    )


def _number(value: float | None, digits: int = 1) -> str:
    return NOT_AVAILABLE if value is None else f"{value:.{digits}f}"


def _share(value: float | None) -> str:
    return NOT_AVAILABLE if value is None else f"{100 * value:.0f} %"


def _facts_cell(scores: Scores, kinds: Sequence[str] | None = None) -> str:
    counts = scores.kept(kinds)
    if counts is None:
        return NOT_AVAILABLE
    kept, total = counts
    if not total:
        return "keine"
    return f"{kept}/{total} ({_share(kept / total)})"


MEASURES: list[tuple[str, Callable[[Scores], str]]] = [
    ("SARI", lambda s: _number(s.sari)),
    ("SARI/Satz", lambda s: _number(s.sari_sentence_mean)),
    ("BLEU", lambda s: _number(s.bleu)),
    ("chrF", lambda s: _number(s.chrf)),
    ("Index", lambda s: _number(s.readability_index)),
    ("Amstad", lambda s: _number(s.amstad)),
    ("Regeln ok", lambda s: _share(s.compliance)),
    ("Fakten", _facts_cell),
    ("davon Zahlen", lambda s: _facts_cell(s, NUMBER_KINDS)),
    ("Wörter/Satz", lambda s: _number(s.sentence_length)),
    ("Kompression", lambda s: _number(s.compression, 2)),
]
"""The German row labels of the results table and how each cell is written."""

LEGEND = {
    "SARI": "Xu et al. (2016) wie EASSE: Korpus-Ebene, 1- bis 4-Gramme, klein geschrieben, Tokenisierung 13a",
    "SARI/Satz": "Mittelwert der SARI-Werte der einzelnen Paare",
    "BLEU": "BLEU von sacrebleu (Standard-Einstellungen)",
    "chrF": "chrF von sacrebleu (Standard-Einstellungen)",
    "Index": "Lesbarkeits-Index von simplify.readability (höher = schwerer)",
    "Amstad": "Flesch-Reading-Ease nach Amstad (höher = leichter)",
    "Regeln ok": "Anteil der Sätze ohne Befund der Regel-Prüfung",
    "Fakten": "Fakten der Originale (Zahlen, Daten, Namen, ...), die in der Ausgabe stehen",
    "davon Zahlen": "nur die Fakten mit Zahlen: Zahlen, Daten und Uhrzeiten",
    "Wörter/Satz": "durchschnittliche Satzlänge in Wörtern",
    "Kompression": "Zeichen der Ausgabe / Zeichen des Originals, Mittel über die Paare",
}
"""What each row means, in German, for the notes under a table."""


def report_rows(evaluation: Evaluation) -> tuple[list[str], list[list[str]]]:
    """Headers (the measure, then one column per system) and one row of cells per measure."""
    headers = ["Maß", *(scores.label for scores in evaluation.systems)]
    return headers, [[label, *(cell(s) for s in evaluation.systems)] for label, cell in MEASURES]


def notes(evaluation: Evaluation) -> list[str]:
    """German notes under the table: what is unavailable, which pairs were scored as their source."""
    lines = list(evaluation.unavailable.values())
    if evaluation.copied:
        count = len(evaluation.copied)
        lines.append(f"{count} Paar(e) als Kopie der Quelle bewertet: " + "; ".join(evaluation.copied[:5]))
    return lines
