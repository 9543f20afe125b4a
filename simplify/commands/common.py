"""Options and input/output handling that several subcommands share."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from simplify.deadline import DEFAULT_SECONDS, MODEL_SECONDS
from simplify.document import Source
from simplify.errors import InputError, UsageError
from simplify.profile import LEVELS, SEPARATORS
from simplify.settings import Settings

DEVICES = ("auto", "cpu", "cuda")
CLOSED_STDOUT = "standard output is closed: redirect it, or write to a file with -o FILE where there is one"
MODEL_OPTIONS = ("device", "beams", "max_length", "batch_size", "sample", "prompt")
LLM_OPTIONS = ("llm_url", "llm_model", "llm_timeout", "llm_retries")


def add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", nargs="?", default="-", help="a .txt, .md, .html or .docx file; '-' or nothing reads stdin"
    )
    parser.add_argument("--force", action="store_true", help="convert even if the text does not look German")


def add_settings(parser: argparse.ArgumentParser) -> None:
    """Options that change the rewriting (recorded in every output's settings)."""
    parser.add_argument("--level", choices=LEVELS, default="leichte", help="target level (default: leichte)")
    parser.add_argument(
        "--separator",
        choices=tuple(SEPARATORS),
        default="mediopunkt",
        help="how compounds are split: Bürger·büro, Bürger-Büro or not at all (default: mediopunkt)",
    )
    parser.add_argument(
        "--backend",
        default="auto",
        help="rewriting backend: auto (the --model if it is on this machine, else rules), rules, seq2seq "
        "or llm (default: auto)",
    )
    parser.add_argument(
        "--glossary", metavar="TSV", help="your own glossary; its entries win over the built-in"
    )
    model = parser.add_argument_group("seq2seq model (--backend seq2seq or auto)")
    model.add_argument(
        "--model", metavar="ID_OR_PATH", help="a model folder or a Hugging Face id (see `simplify models`)"
    )
    model.add_argument(
        "--device", choices=DEVICES, help="where the model runs (default: auto, a GPU when present)"
    )
    model.add_argument("--beams", type=int, metavar="N", help="beam search width (default: 1, greedy)")
    model.add_argument(
        "--max-length", type=int, metavar="N", help="most tokens generated per sentence (default: 128)"
    )
    model.add_argument("--batch-size", type=int, metavar="N", help="sentences per batch (default: 16)")
    model.add_argument(
        "--sample", action="store_const", const="yes", help="sample instead of greedy/beam (seed 0)"
    )
    model.add_argument(
        "--prompt",
        metavar="NAME_OR_FILE",
        help="instruction template with {text} (default: auto, the model's own prefix or "
        "prompts/seq2seq_instruction_v1.txt for instruction-tuned models; 'none' for the bare sentence)",
    )
    llm = parser.add_argument_group(
        "LLM server (--backend llm; key from $SIMPLIFY_LLM_API_KEY or $OPENAI_API_KEY)"
    )
    llm.add_argument(
        "--llm-url", metavar="URL", help="OpenAI-compatible base URL (default: http://127.0.0.1:11434/v1)"
    )
    llm.add_argument("--llm-model", metavar="NAME", help="model name the server knows, e.g. llama3.1:8b")
    llm.add_argument("--llm-timeout", type=float, metavar="SECONDS", help="per request (default: 60)")
    llm.add_argument(
        "--llm-retries", type=int, metavar="N", help="retries with backoff after errors (default: 2)"
    )


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:
        raise argparse.ArgumentTypeError(f"must be a number of seconds >= 0, not {value!r}")
    return seconds


def add_time_limit(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--time-limit",
        type=_seconds,
        metavar="SECONDS",
        help=f"stop a document that takes longer (default: {DEFAULT_SECONDS:g}, with a model backend "
        f"{MODEL_SECONDS:g}; 0: no limit)",
    )


def time_limit_of(args: argparse.Namespace) -> float:
    """The --time-limit given, or the default for the backend (models are slower than the rules)."""
    if args.time_limit is not None:
        return args.time_limit
    models = args.backend in {"seq2seq", "llm"} or (args.backend == "auto" and args.model)
    return MODEL_SECONDS if models else DEFAULT_SECONDS


def settings_from(args: argparse.Namespace, **options: str) -> Settings:
    """Settings from the parsed options; model options only count for the backends that use them."""
    backend = args.backend
    given = {name: getattr(args, name, None) for name in (*MODEL_OPTIONS, *LLM_OPTIONS)}
    given = {name: str(value) for name, value in given.items() if value is not None}
    if "llm_url" in given:
        from simplify.redact import remember

        remember(given["llm_url"])
    model = getattr(args, "model", None)
    misplaced = [n for n in given if n in MODEL_OPTIONS and (backend not in {"seq2seq", "auto"} or not model)]
    misplaced += [n for n in given if n in LLM_OPTIONS and backend != "llm"]
    if model and backend == "rules":
        misplaced.append("model")
    if misplaced:
        flags = ", ".join("--" + n.replace("_", "-") for n in misplaced)
        raise UsageError(
            f"{flags} not used here: model options need --model with --backend seq2seq or auto, "
            "--llm-* options need --backend llm"
        )
    return Settings(
        level=args.level,
        separator=args.separator,
        backend=backend,
        model=model,
        glossary=args.glossary,
        force=getattr(args, "force", False),
        options={k: v for k, v in {**given, **options}.items() if v is not None},
    )


def read_input(args: argparse.Namespace) -> Source:
    """Read the FILE argument or stdin; says how to paste when stdin is a terminal."""
    from simplify.io.read import read_source, read_stdin

    if args.file == "-":
        if sys.stdin is None:
            raise InputError("standard input is closed: pass the release as FILE")
        if sys.stdin.isatty():
            print(
                "Paste the press release, then press Ctrl-D on a new line (Ctrl-Z, Enter on Windows).",
                file=sys.stderr,
            )
        return read_stdin()
    return read_source(args.file)


def _to_stdout(output: str | None) -> bool:
    return output in (None, "-")


def check_outputs(output: str | None, *files: str | None, input_path: str | None) -> None:
    """Refuse unusable outputs before any work: a closed stdout, a device, a link, the input, a name
    given twice, a folder that is missing or read-only (see :func:`simplify.io.write.check_target`)."""
    from simplify.io.write import OutputError, check_targets

    if _to_stdout(output) and sys.stdout is None:
        raise OutputError(CLOSED_STDOUT)
    check_targets([p for p in (output, *files) if p is not None and not _to_stdout(p)], protect=input_path)


def write_stdout(text: str) -> None:
    """Print ``text`` with a final newline; file names that were not UTF-8 keep their bytes."""
    if sys.stdout is None:
        raise InputError(CLOSED_STDOUT)
    text = text if text.endswith("\n") else text + "\n"
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        sys.stdout.write(text.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


def emit(
    text: str, output: str | None, *, input_path: str | None, files: Sequence[tuple[str, str]] = ()
) -> None:
    """Write the result to OUT or stdout, and ``files`` (path, text) beside it: every file atomically,
    never over the input, none unless all can be written."""
    from simplify.io.write import write_all

    outputs = list(files) if _to_stdout(output) else [(str(output), text), *files]
    write_all(outputs, protect=input_path)
    if _to_stdout(output):
        write_stdout(text)


def dump_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
