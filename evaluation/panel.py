"""The reader panel of ../shared/PANEL.md: draw a fresh sample, convert it, and compute the figures from the
readers' judgements.

    python evaluation/panel.py sample --seed 4711 --sentences 60 --releases DIR --count 6 --out /tmp/panel
    python evaluation/panel.py figures /tmp/panel/sheet.jsonl /tmp/panel/judgements*.jsonl

``sample`` draws sentences at random (with ``--seed``) from the originals of DEplain-web (train and dev) and
TextComplexityDE in ../shared/data, and whole releases from ``--releases`` (plain text files; lines starting
with "#" are dropped), converts them with the rule engine at the Leichte Sprache level and writes
``sheet.jsonl``: one item per source unit (id, corpus, source, output lines, rule names), and ``sheet.md`` to
read. Third-party text stays outside the repository: write the sample to a folder of your own.

Readers write one JSON object per item into a judgements file: ``{"id": ..., "breaks": true|false (the source
breaks Leichte Sprache), "lines": [{"grammatical": "yes|minor|no", "meaning": "yes|partly|no", "simpler":
"more|same|less", "leichte": "yes|mostly|no"}, ...] (one per output line), "facts": ["...", ...] (facts
missing, altered or attached to the wrong thing), "only_split": true|false (the rewrite only cut the sentence
at its commas)}``. ``figures`` prints what PANEL.md asks for.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

import _repo  # noqa: F401  (this checkout's package first)

from simplify.document import Source
from simplify.pipeline import Pipeline
from simplify.review import restructured
from simplify.settings import Settings

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _sentences() -> list[tuple[str, str]]:
    """(corpus, original) of every pair of DEplain-web (train, dev) and TextComplexityDE."""
    found: list[tuple[str, str]] = []
    for part in ("train", "dev"):
        path = DATA / "deplain-web-open" / f"{part}.tsv"
        with path.open(encoding="utf-8") as handle:
            found += [(f"deplain-{part}", row["original"]) for row in csv.DictReader(handle, delimiter="\t")]
    with (DATA / "textcomplexityde" / "parallel_corpus.csv").open(encoding="utf-8") as handle:
        found += [("textcomplexityde", row["Original_Sentence"]) for row in csv.DictReader(handle)]
    return list(dict.fromkeys(found))


def _items(pipeline: Pipeline, prefix: str, corpus: str, text: str) -> list[dict[str, object]]:
    result = pipeline.run(Source(text))
    return [
        {
            "id": f"{prefix}.{i}",
            "corpus": corpus,
            "block": r.source.block,
            "source": r.source.text,
            "output": r.output,
            "rules": r.rules,
            "restructured": restructured(r),
        }
        for i, r in enumerate(result.rewrites)
    ]


def sample(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    pipeline = Pipeline(Settings(force=True))
    items: list[dict[str, object]] = []
    for n, (corpus, text) in enumerate(rng.sample(_sentences(), args.sentences)):
        items += _items(pipeline, f"S{n:03d}", corpus, text)
    releases = sorted(Path(args.releases).glob("*.txt")) if args.releases else []
    for n, path in enumerate(rng.sample(releases, min(args.count, len(releases)))):
        text = "\n".join(
            line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
        )
        items += _items(pipeline, f"R{n:02d}", f"release:{path.name}", text)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "sheet.jsonl").open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    lines = [f"# Panel sample, seed {args.seed}", ""]
    for item in items:
        lines += [f"## {item['id']} ({item['corpus']}, {item['block']})", "", f"Quelle: {item['source']}", ""]
        lines += [f"{i}. {line}" for i, line in enumerate(item["output"])] + [""]
    (out / "sheet.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(items)} items ({args.sentences} sentences, {len(releases[: args.count])} releases) in {out}")
    return 0


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f} %" if whole else "–"


def figures(args: argparse.Namespace) -> int:
    sheet = {
        item["id"]: item
        for item in map(json.loads, Path(args.sheet).read_text(encoding="utf-8").splitlines())
    }
    judged = {}
    for path in args.judgements:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                judged[entry["id"]] = entry
    lines = [judgement for entry in judged.values() for judgement in entry["lines"]]
    body = [key for key in judged if sheet[key]["block"] in {"paragraph", "list"}]
    breaking = [key for key in body if judged[key].get("breaks")]
    untouched = [key for key in breaking if not sheet[key]["restructured"] or _only_split(judged[key])]
    facts = sum(len(judged[key].get("facts", [])) for key in judged)
    count = len(lines)
    print(f"items judged: {len(judged)}, output lines: {count}")
    print("garbled (grammatical = no):", _share(sum(j["grammatical"] == "no" for j in lines), count))
    print("false (meaning = no):", _share(sum(j["meaning"] == "no" for j in lines), count))
    print("facts altered or lost:", facts)
    print("breaking sources unchanged or only split:", _share(len(untouched), len(breaking)))
    print("Leichte Sprache yes:", _share(sum(j["leichte"] == "yes" for j in lines), count))
    print(
        "Leichte Sprache yes + mostly:", _share(sum(j["leichte"] in {"yes", "mostly"} for j in lines), count)
    )
    return 0


def _only_split(entry: dict[str, object]) -> bool:
    """A reader's note that the rewrite only cut the sentence at its commas."""
    return bool(entry.get("only_split"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("sample", help="draw and convert a fresh sample")
    draw.add_argument("--seed", type=int, required=True)
    draw.add_argument("--sentences", type=int, default=60)
    draw.add_argument("--releases", help="a folder of real releases (.txt)")
    draw.add_argument("--count", type=int, default=6, help="how many releases")
    draw.add_argument("--out", required=True, help="a folder outside the repository")
    draw.set_defaults(run=sample)
    count = commands.add_parser("figures", help="the panel's figures from judgement files")
    count.add_argument("sheet")
    count.add_argument("judgements", nargs="+")
    count.set_defaults(run=figures)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
