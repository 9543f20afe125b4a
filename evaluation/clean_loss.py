"""Prose that cleaning removes: every sentence of the originals must survive ``simplify.clean`` (0 removed).

    python evaluation/clean_loss.py [--releases DIR] [--show]
    python evaluation/clean_loss.py --contacts [--releases DIR] [--show]

Corpora (each skipped when absent):
- ``deplain``: the original sentences of DEplain-web (../shared/data/deplain-web-open, train and dev), once
  each sentence alone as a text and once in texts of eight paragraphs;
- ``tcde``: the sentences of TextComplexityDE (ratings.csv and parallel_corpus.csv), alone and as one text per
  article with a paragraph per sentence;
- ``encyclopedia``: tests/corpus/encyclopedia (texts written for this project);
- ``own``: the releases of tests/corpus (for a ``boilerplate_*`` page, the lines of its ``.expected.txt``);
- ``releases``: with ``--releases DIR``, the ``*.txt`` files there (header lines starting with "#" stripped).

A sentence survives when its text (white space collapsed) is part of the kept blocks, in order (a sentence
a text repeats must be kept each time); a metadata line survives when its date is the release's date line.
Prints per corpus the texts, sentences, sentences removed, how many of them are prose (a sentence with a
finite verb, as ``simplify.clean.prose`` decides, and not the repeat of a headline that is kept; the others
are labels such as "Pressemitteilung") and texts refused ("no press release text left"); ``--show`` lists
the removed sentences with the reason cleaning gave. Exit code 1 when a sentence of prose was removed.

``--contacts`` converts the seeds, the releases of tests/corpus and those of ``--releases`` (with the middle
dot and with ``--separator none``) and prints per corpus the contact blocks, how many come out byte for byte
(without separator; with the middle dot once the dots are taken out), how many contact lines are lines of the
input as written, and the facts the outputs miss. Exit code 1 when a contact block changed.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's simplify, not an installed one

from simplify.clean import clean, prose  # noqa: E402
from simplify.datelines import release_date  # noqa: E402
from simplify.document import Document, Source  # noqa: E402
from simplify.errors import InputError  # noqa: E402
from simplify.io.parse import BULLET, parse  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
CORPUS = ROOT / "tests" / "corpus"
_GROUP = 8
_DASH = re.compile(r" [–—-](?= |$)")
_SENTENCE_END = re.compile(r"(?<=[.!?…“])(?<!\d\.)(?<!Dr\.)(?<!Nr\.)(?<!St\.)\s+(?=[A-ZÄÖÜ„\"])")


@dataclass(frozen=True, slots=True)
class Text:
    """A text to clean and the sentences of it that must survive."""

    name: str
    source: Source
    sentences: tuple[str, ...]


@dataclass(slots=True)
class Tally:
    texts: int = 0
    sentences: int = 0
    removed: list[tuple[str, str, str]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    @property
    def prose(self) -> list[tuple[str, str, str]]:
        """The removed sentences that are prose (not a label, not a repeated headline that is kept above)."""
        return [item for item in self.removed if prose(item[1]) and not item[2].endswith("steht schon davor")]


def _norm(text: str) -> str:
    """White space collapsed, dashes between words left out (a dateline loses its dash when split off)."""
    return _DASH.sub("", " ".join(text.split()))


def sentences_of(text: str) -> tuple[str, ...]:
    """The lines of ``text`` without list bullets, split after sentence ends (exact enough to test survival
    by substring; a list item is kept without its bullet)."""
    lines = (BULLET.sub("", _norm(line)) for line in text.splitlines())
    return tuple(s for line in lines for s in _SENTENCE_END.split(line) if s)


def _rows(path: Path, column: str, delimiter: str) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter=delimiter) if row.get(column, "").strip()]


def _alone_and_grouped(name: str, groups: list[list[str]]) -> Iterator[Text]:
    """Every sentence as a text of its own, and every group as a text with a paragraph per sentence."""
    for g, group in enumerate(groups):
        for s, sentence in enumerate(group):
            yield Text(f"{name}/{g}.{s}", Source(sentence), sentences_of(sentence))
        body = "\n\n".join(group)
        yield Text(f"{name}/{g}", Source(body), sentences_of(body))


def deplain() -> Iterator[Text]:
    folder = DATA / "deplain-web-open"
    originals = [
        r["original"].strip() for f in ("train.tsv", "dev.tsv") for r in _rows(folder / f, "original", "\t")
    ]
    originals = list(dict.fromkeys(originals))
    yield from _alone_and_grouped(
        "deplain", [originals[i : i + _GROUP] for i in range(0, len(originals), _GROUP)]
    )


def tcde() -> Iterator[Text]:
    folder = DATA / "textcomplexityde"
    articles: dict[str, list[str]] = {}
    for file, column in (("ratings.csv", "Sentence"), ("parallel_corpus.csv", "Original_Sentence")):
        for row in _rows(folder / file, column, ","):
            articles.setdefault(f"{file[:-4]}-{row['Article_ID']}", []).append(row[column].strip())
    yield from _alone_and_grouped("tcde", [list(dict.fromkeys(s)) for s in articles.values()])


def _files(name: str, paths: list[Path], *, strip_header: bool = False) -> Iterator[Text]:
    from simplify.io.read import read_bytes

    for path in paths:
        raw = path.read_text(encoding="utf-8")
        if strip_header:
            raw = "\n".join(line for line in raw.splitlines() if not line.startswith("#")).strip() + "\n"
        expected = path.with_name(path.stem + ".expected.txt")
        prose = expected.read_text(encoding="utf-8") if expected.is_file() else raw
        source = read_bytes(raw.encode("utf-8"), path.name, path=str(path))
        yield Text(f"{name}/{path.name}", source, sentences_of(prose))


def encyclopedia() -> Iterator[Text]:
    yield from _files("encyclopedia", sorted((CORPUS / "encyclopedia").glob("*.txt")))


def own() -> Iterator[Text]:
    paths = [p for p in sorted(CORPUS.glob("*.txt")) if not p.name.endswith(".expected.txt")]
    yield from _files("own", paths)


def releases(folder: Path) -> Iterator[Text]:
    yield from _files("releases", sorted(folder.glob("*.txt")), strip_header=True)


def tally(texts: Iterator[Text]) -> Tally:
    result = Tally()
    for text in texts:
        result.texts += 1
        result.sentences += len(text.sentences)
        try:
            document = clean(text.source, parse(text.source))
        except InputError:
            result.refused.append(text.name)
            result.removed.extend((text.name, s, "Text abgelehnt") for s in text.sentences)
            continue
        kept = _norm(" ".join(block.text for block in document.blocks))
        result.removed.extend((text.name, s, why) for s, why in _lost(text.sentences, kept, document))
    return result


def _lost(sentences: tuple[str, ...], kept: str, document: Document) -> Iterator[tuple[str, str]]:
    """The sentences not found in ``kept`` in their order (a repeated sentence must be there twice), with
    the reason cleaning gave; a metadata line counts as kept when its date is the release's date line."""
    position = 0
    for sentence in map(_norm, sentences):
        found = kept.find(sentence, position)
        if found >= 0:
            position = found + len(sentence)
            continue
        date = release_date(sentence)
        if date is not None and document.blocks[0].text == date:
            continue
        why = next((r.reason for r in document.removed if sentence in _norm(r.text)), "?")
        yield sentence, f"{why}, steht schon davor" if why == "Wiederholung" and sentence in kept else why


@dataclass(slots=True)
class Contacts:
    """Contact blocks through the whole conversion."""

    texts: int = 0
    blocks: int = 0
    identical: int = 0  # with --separator none, byte for byte in the text output
    identical_dotted: int = 0  # with the default separator, byte for byte once the middle dots are taken out
    lines_from_source: int = 0  # contact lines that are lines of the input as written
    lines: int = 0
    missing_facts: int = 0
    changed: list[tuple[str, str]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def seeds() -> Iterator[Text]:
    yield from _files("seeds", sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")))


def contacts(texts: Iterator[Text]) -> Contacts:
    """Convert every text with the mediopunkt and with no separator and compare its contact blocks."""
    from simplify.io.render import render_text
    from simplify.pipeline import Pipeline
    from simplify.settings import Settings

    dotted, plain = Pipeline(Settings(force=True)), Pipeline(Settings(separator="none", force=True))
    result = Contacts()
    for text in texts:
        result.texts += 1
        source_lines = {line.strip() for line in text.source.text.splitlines()}
        try:
            with_dots, without = dotted.run(text.source), plain.run(text.source)
        except Exception as error:
            result.failed.append(f"{text.name}: {type(error).__name__}: {error}")
            continue
        result.missing_facts += len(with_dots.to_json()["facts"]["missing"])  # type: ignore[index]
        outputs = render_text(without), render_text(with_dots).replace("·", "")
        for block in (b for b in with_dots.document.blocks if b.kind == "contact"):
            result.blocks += 1
            result.identical += block.text in outputs[0]
            result.identical_dotted += block.text in outputs[1]
            if block.text not in outputs[0] or block.text not in outputs[1]:
                result.changed.append((text.name, block.text))
            lines = block.text.splitlines()
            result.lines += len(lines)
            result.lines_from_source += sum(line in source_lines for line in lines)
    return result


def _print_contacts(corpora: dict[str, Iterator[Text]], show: bool) -> int:
    print(
        f"{'corpus':<10}{'texts':>7}{'blocks':>8}{'identical':>11}{'without ·':>11}{'lines as in input':>19}"
    )
    changed = 0
    for name, texts in corpora.items():
        r = contacts(texts)
        changed += len(r.changed)
        as_input = f"{r.lines_from_source}/{r.lines}"
        print(f"{name:<10}{r.texts:>7}{r.blocks:>8}{r.identical:>11}{r.identical_dotted:>11}{as_input:>19}")
        print(f"{'':<10}facts missing in the output: {r.missing_facts}; conversions failed: {len(r.failed)}")
        for failure in r.failed:
            print(f"  {failure}")
        if show:
            for where, block in r.changed:
                print(f"  {where}: {block!r}")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--releases", type=Path, help="a folder of real releases (*.txt, '#' header lines)")
    parser.add_argument("--show", action="store_true", help="list every removed sentence or changed contact")
    parser.add_argument(
        "--contacts", action="store_true", help="convert the releases and compare their contact blocks"
    )
    args = parser.parse_args(argv)
    if args.contacts:
        corpora = {"seeds": seeds(), "own": own()}
        if args.releases is not None:
            corpora["releases"] = releases(args.releases)
        return _print_contacts(corpora, args.show)
    corpora = {"deplain": deplain(), "tcde": tcde(), "encyclopedia": encyclopedia(), "own": own()}
    if args.releases is not None:
        corpora["releases"] = releases(args.releases)
    print(f"{'corpus':<14}{'texts':>7}{'sentences':>11}{'removed':>9}{'of them prose':>15}{'refused':>9}")
    lost = 0
    for name, texts in corpora.items():
        result = tally(texts)
        lost += len(result.prose)
        print(
            f"{name:<14}{result.texts:>7}{result.sentences:>11}{len(result.removed):>9}{len(result.prose):>15}"
            f"{len(result.refused):>9}"
        )
        if args.show:
            for where, sentence, why in result.removed:
                print(f"  {where} [{why}] {sentence[:140]}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
