"""What SARI rewards on a pair set: the system's variants beside deletion baselines and deletion ceilings.

    python evaluation/sari_probes.py                          # TextComplexityDE (evaluation/sets/)
    python evaluation/sari_probes.py evaluation/sets/deplain-web-open-dev.json

Prints per-pair SARI (the mean over pairs, as the issue's orientation figures are), its three operations
and the facts kept (simplify.guard) for:

- the unchanged source and the source cut to 80 %, 60 % and 40 % of its words (SARI rewards pure deletion);
- the rule engine at both levels and with each compound separator;
- the rule engine's output with every adverb and predicative adjective (STTS ADV, ADJD) deleted, and with
  every adjective (ADJA too) deleted: how far deleting modifiers, which a rule could do, moves SARI;
- two oracles that know the reference: the source, and the rule engine's output, with every word deleted
  that the reference does not contain, except the words of facts (digits, names). They are ceilings of what
  deletion alone can reach while keeping the facts; no system can know which words its reference drops.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import _repo  # noqa: F401  (this checkout's package first)
from run_all import SETS, SetDefinition

from simplify.document import Token
from simplify.errors import InputError
from simplify.evaluation.evaluate import Aligned, align_pairs, load_pairs, truncate
from simplify.evaluation.metrics import facts_kept, normalize, sari_operations
from simplify.guard import facts
from simplify.nlp.analysis import tokenize
from simplify.settings import Settings

DEFAULT_SET = SETS / "textcomplexityde.json"
SHARES = (0.8, 0.6, 0.4)
OPERATIONS = ("score", "add", "keep", "delete")
VARIANTS = (("leichte", "mediopunkt"), ("leichte", "none"), ("einfache", "mediopunkt"), ("einfache", "none"))


@dataclass(frozen=True, slots=True)
class Probe:
    """One row: a label and the output per pair."""

    label: str
    outputs: list[str]


def _delete(text: str, drop: Callable[[Token], bool]) -> str:
    """``text`` without the tokens for which ``drop`` holds (SoMaJo tokens, HanTa tags)."""
    sentences = []
    for sentence in tokenize(text):
        kept: list[Token] = []
        for token in sentence:
            if not drop(token):
                kept.append(token)
            elif kept:  # the token before a dropped one takes over its space ("ist jetzt." -> "ist.")
                kept[-1] = replace(kept[-1], space_after=token.space_after)
        sentences.append("".join(t.text + (" " if t.space_after else "") for t in kept).strip())
    return " ".join(part for part in sentences if part)


def _modifiers(tags: tuple[str, ...]) -> Callable[[Token], bool]:
    return lambda token: token.pos in tags


def _oracle(text: str, source: str, reference: str) -> str:
    """``text`` without the words the reference lacks; digits and the source's names stay."""
    wanted = set(normalize(reference).split())
    protected = {value.casefold() for value in facts(source)}

    def drop(token: Token) -> bool:
        word = token.text.casefold()
        if not any(c.isalnum() for c in word) or any(c.isdigit() for c in word):
            return False
        return word not in wanted and word.replace("·", "") not in protected

    return _delete(text, drop)


def probes(pairs: list[Aligned], systems: dict[str, list[str]]) -> list[Probe]:
    """The rows of the table, in order; ``systems`` maps "level, separator" to the rule engine's outputs."""
    sources = [" ".join(p.source) for p in pairs]
    references = [" ".join(p.reference) for p in pairs]
    rules = systems["leichte, mediopunkt"]
    rows = [Probe("Quelle kopieren", sources)]
    for share in SHARES:  # unit by unit, as evaluate's truncation baseline
        cut = [" ".join(truncate(unit, share) for unit in p.source) for p in pairs]
        rows.append(Probe(f"Quelle auf {round(100 * share)} % gekürzt", cut))
    rows += [Probe(f"Regeln ({name})", outputs) for name, outputs in systems.items()]
    for tags in (("ADV", "ADJD"), ("ADV", "ADJD", "ADJA")):
        drop = _modifiers(tags)
        rows.append(Probe(f"Regeln (leichte) ohne {', '.join(tags)}", [_delete(o, drop) for o in rules]))
    for label, texts in (("Quelle", sources), ("Regeln (leichte)", rules)):
        outputs = [_oracle(t, s, r) for t, s, r in zip(texts, sources, references, strict=True)]
        rows.append(Probe(f"Orakel: {label} ohne Wörter, die der Referenz fehlen", outputs))
    rows.append(Probe("Referenz", references))
    return rows


def table(pairs: list[Aligned], rows: list[Probe]) -> list[str]:
    """A Markdown table: per-pair SARI, its operations (means over the pairs) and the facts kept."""
    sources = [" ".join(p.source) for p in pairs]
    references = [" ".join(p.reference) for p in pairs]
    lines = [
        "| | SARI/Satz | hinzufügen | behalten | löschen | Fakten |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        triples = zip(sources, row.outputs, references, strict=True)
        scores = [sari_operations([s], [o], [[r]]) for s, o, r in triples]
        counts = facts_kept(sources, row.outputs).values()
        means = [statistics.fmean(getattr(x, name) for x in scores) for name in OPERATIONS]
        cells = " | ".join(f"{value:.1f}" for value in means)
        lines.append(f"| {row.label} | {cells} | {sum(k for k, _ in counts)}/{sum(t for _, t in counts)} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "set", nargs="?", type=Path, default=DEFAULT_SET, help="a pairs set (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    try:
        definition = SetDefinition.load(args.set.resolve())
        if definition.kind != "pairs":
            raise InputError(f"{args.set} is a {definition.kind} set; probes need pairs")
        data = definition.resolve("data")
        if not data.is_file():
            print(f"sari_probes: skipped, data missing: {definition.paths['data']}", file=sys.stderr)
            return 0
        pairs = load_pairs(data, columns=definition.columns)
    except InputError as error:
        print(f"sari_probes: error: {error}", file=sys.stderr)
        return 2
    systems, aligned = {}, []
    for level, separator in VARIANTS:
        print(f"sari_probes: rules, {level}, {separator} ...", file=sys.stderr)
        aligned, _skipped, _record = align_pairs(pairs, Settings(level=level, separator=separator))
        systems[f"{level}, {separator}"] = [" ".join(p.system) for p in aligned]
    print(f"## {definition.name}: {len(aligned)} Paare\n")
    print("\n".join(table(aligned, probes(aligned, systems))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
