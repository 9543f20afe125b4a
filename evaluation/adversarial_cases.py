"""The cases of evaluation/adversarial.py, grouped as in the issue that listed them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType


def register_all(kit: ModuleType) -> None:
    for group in (_data, _secrets, _manifest, _hangs, _crashes, _written, _smaller):
        group(kit)


def _data(kit: ModuleType) -> None:
    w, case, expect, RELEASE = kit._write, kit.case, kit.expect, kit.RELEASE

    @case("data")
    @expect(
        kit._all(kit._code(2), lambda work, _r: "" if (work / "dev").is_char_device() else "device replaced")
    )
    def convert_o_device(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        if os.geteuid() == 0:
            os.mknod(work / "dev", 0o20666, os.makedev(1, 3))  # a /dev/null of our own
        else:
            os.mkfifo(work / "dev")  # no device without root: a pipe is no regular file either
        return ["convert", str(work / "in.txt"), "-o", str(work / "dev")], {}

    for name, flag in (("convert_o_symlink", "-o"), ("report_symlink", "--report")):

        def make(work: Path, _c: Path, flag: str = flag):
            w(work / "in.txt", RELEASE)
            w(work / "victim.txt", "bleibt")
            (work / "link").symlink_to(work / "victim.txt")
            return ["convert", str(work / "in.txt"), flag, str(work / "link")], {}

        make.__name__ = name
        case("data")(expect(kit._all(kit._code(2), kit._intact("victim.txt")))(make))

    fifo_kept = kit._all(kit._code(2), lambda work, _r: "" if (work / "fifo").is_fifo() else "fifo replaced")
    for command in ("convert", "score"):

        def make_fifo(work: Path, _c: Path, command: str = command):
            w(work / "in.txt", RELEASE)
            os.mkfifo(work / "fifo")
            return [command, str(work / "in.txt"), "-o", str(work / "fifo")], {}

        make_fifo.__name__ = f"{command}_o_fifo"
        case("data")(expect(fifo_kept)(make_fifo))

    _data_more(kit)


def _data_more(kit: ModuleType) -> None:
    w, case, expect, RELEASE = kit._write, kit.case, kit.expect, kit.RELEASE

    @case("data")
    @expect(kit._all(kit._code(2), kit._intact("in.txt", RELEASE)))
    def convert_o_hard_link_to_input(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        os.link(work / "in.txt", work / "twin.txt")
        return ["convert", str(work / "in.txt"), "-o", str(work / "twin.txt")], {}

    @case("data")
    @expect(
        kit._all(
            kit._code(0),
            # the phone is kept in the output, or reported as removed (its digits in the JSON's facts)
            lambda work, run: (
                "" if "0631 369-0" in run.stdout or "06313690" in run.stdout else "facts silently lost"
            ),
        )
    )
    def facts_removed_by_cleaning_are_reported(work: Path, _c: Path):
        w(work / "in.txt", kit.MISSING)
        return ["convert", str(work / "in.txt"), "--format", "json"], {}

    @case("data")
    @expect(
        kit._all(kit._code(2), lambda work, _r: "" if not (work / ".site" / "attempts").exists() else "DNS")
    )
    def seq2seq_hub_id_stays_offline(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        argv = ["convert", str(work / "in.txt"), "--backend", "seq2seq", "--model", "DEplain/kein-modell"]
        return argv, {"block_network": True}


def _secrets(kit: ModuleType) -> None:
    w, case, expect, RELEASE, SECRET = kit._write, kit.case, kit.expect, kit.RELEASE, kit.SECRET
    llm = ["--backend", "llm", "--llm-model", "m", "--llm-retries", "0"]

    @case("secrets")
    @expect(kit._all(kit._code(0), kit._no_secret("*.html")))
    def url_credentials_in_json_and_report(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        argv = ["convert", str(work / "in.txt"), "--format", "json", "--report", str(work / "r.html"), *llm]
        return [*argv, "--llm-url", "CRED{llm}"], {}

    @case("secrets")
    @expect(kit._all(kit._no_secret("out")))
    def url_credentials_in_batch_files(work: Path, _c: Path):
        w(work / "in" / "a.txt", RELEASE)
        argv = ["batch", str(work / "in"), "-o", str(work / "out"), "--workers", "1", *llm]
        return [*argv, "--llm-url", "CRED{llm}"], {}

    @case("secrets")
    @expect(kit._all(kit._code(2), kit._no_secret()))
    def error_body_echoes_the_key(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        argv = ["convert", str(work / "in.txt"), *llm, "--llm-url", "{llm}"]
        return argv, {"server": "echo", "env": {"SIMPLIFY_LLM_API_KEY": SECRET}}

    @case("secrets")
    @expect(kit._all(kit._code(0), kit._no_secret()))
    def answer_repeats_a_key_without_digits(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        argv = ["convert", str(work / "in.txt"), *llm, "--llm-url", "{llm}"]
        return argv, {"server": "repeat", "env": {"SIMPLIFY_LLM_API_KEY": SECRET}}


def _manifest(kit: ModuleType) -> None:
    w, case, expect, RELEASE = kit._write, kit.case, kit.expect, kit.RELEASE

    def edited(work: Path, checkout: Path, change) -> list[str]:
        w(work / "in" / "a.txt", RELEASE)
        argv = ["batch", str(work / "in"), "-o", str(work / "out"), "--workers", "1"]
        kit.setup(argv, checkout)
        manifest = work / "out" / "manifest.jsonl"
        manifest.write_bytes(change(manifest.read_bytes()))
        return [*argv, "--resume"]

    @case("manifest")
    @expect(kit._intact("victim.txt"))
    def output_edited_to_leave_outdir(work: Path, checkout: Path):
        w(work / "victim.txt", "bleibt")

        def attack(data: bytes) -> bytes:
            entries = [json.loads(line) for line in data.splitlines()]
            for entry in entries:
                entry.update(output="../victim.txt", sha256="0" * 64)
            return "".join(json.dumps(e) + "\n" for e in entries).encode()

        return edited(work, checkout, attack), {}

    @case("manifest")
    @expect(kit._code(0))
    def line_cut_inside_a_character(work: Path, checkout: Path):
        return edited(work, checkout, lambda data: data + b'{"path": "B\xc3'), {}


def _hangs(kit: ModuleType) -> None:
    w, case, expect = kit._write, kit.case, kit.expect
    compound = ("Amtshaus" * 25).capitalize()  # 200 letters, 50 places where HanTa sees a new part

    @case("hangs")
    @expect(kit._code(0))
    def compound_of_200_letters(work: Path, _c: Path):
        w(work / "in.txt", f"Die Stadt eröffnet das {compound} am Montag.\n")
        return ["convert", str(work / "in.txt")], {}

    @case("hangs")
    @expect(kit._code(0, 2))
    def token_of_5000_letters(work: Path, _c: Path):
        w(work / "in.txt", "Die Stadt baut eine Schule. " + "a" * 5_000 + " Ende.\n")
        return ["convert", str(work / "in.txt"), "--force"], {}

    @case("hangs")
    @expect(kit._all(kit._code(1), kit._says("took longer than 1 s")))
    def batch_file_over_the_time_limit(work: Path, _c: Path):
        w(work / "in" / "a.txt", kit.RELEASE)
        w(work / "in" / "b.txt", "Die Stadt baut eine Schule. " + "a" * 20_000 + " Ende.\n")
        argv = ["batch", str(work / "in"), "-o", str(work / "out"), "--workers", "1", "--force"]
        return [*argv, "--time-limit", "1"], {}

    @case("hangs")
    @expect(kit._code(2))
    def llm_server_drips_one_byte_every_half_second(work: Path, _c: Path):
        w(work / "in.txt", kit.RELEASE)
        argv = ["convert", str(work / "in.txt"), "--backend", "llm", "--llm-model", "m", "--llm-url", "{llm}"]
        return [*argv, "--llm-timeout", "3", "--llm-retries", "0"], {"server": "drip"}

    @case("hangs")
    @expect(kit._code(2))
    def llm_answer_of_50_mb(work: Path, _c: Path):
        w(work / "in.txt", kit.RELEASE)
        argv = ["convert", str(work / "in.txt"), "--backend", "llm", "--llm-model", "m", "--llm-url", "{llm}"]
        return [*argv, "--llm-retries", "0"], {"server": "huge"}


def _crashes(kit: ModuleType) -> None:
    _crashes_batch(kit)
    _crashes_docx(kit)
    _crashes_streams(kit)
    _crashes_evaluate(kit)


def _crashes_batch(kit: ModuleType) -> None:
    w, case, expect, RELEASE = kit._write, kit.case, kit.expect, kit.RELEASE

    @case("crashes")
    @expect(kit._code(0))
    def folder_name_not_utf8(work: Path, _c: Path):
        folder = os.fsencode(work / "in") + b"/B\xfcro"
        os.makedirs(folder)
        Path(os.fsdecode(folder + b"/a.txt")).write_text(RELEASE, encoding="utf-8")
        return ["batch", str(work / "in"), "-o", str(work / "out"), "--workers", "1"], {}

    @case("crashes")
    @expect(kit._code(0))
    def tar_member_name_not_utf8(work: Path, _c: Path):
        archive = kit.latin1_tar(work / "t.tar", ["Küche.txt", "Bad.txt"])
        return ["batch", str(archive), "-o", str(work / "out"), "--workers", "1"], {}

    @case("crashes", skip_as_root=True)
    @expect(kit._code(2))
    def batch_o_in_unwritable_folder(work: Path, _c: Path):
        w(work / "in" / "a.txt", RELEASE)
        (work / "locked").mkdir(mode=0o555)
        return ["batch", str(work / "in"), "-o", str(work / "locked" / "out")], {}

    @case("crashes")
    @expect(kit._code(2))
    def batch_o_under_a_file(work: Path, _c: Path):
        w(work / "in" / "a.txt", RELEASE)
        w(work / "file", "x")
        return ["batch", str(work / "in"), "-o", str(work / "file" / "out")], {}


def _crashes_docx(kit: ModuleType) -> None:
    w, case, expect = kit._write, kit.case, kit.expect
    broken = {
        "docx_garbage_content_types": {"[Content_Types].xml": b"garbage<<"},
        "docx_corrupt_document_xml": {"word/document.xml": b"<w:document><broken"},
        "docx_unpacking_to_200_mb": {"word/document.xml": b"<a>" + b" " * (200 * 1024 * 1024) + b"</a>"},
    }
    for name, replace in broken.items():

        def make(work: Path, _c: Path, replace: dict = replace):
            w(work / "in.docx", kit.docx_bytes(replace))
            return ["convert", str(work / "in.docx")], {}

        make.__name__ = name
        case("crashes")(expect(kit._code(2))(make))


def _crashes_streams(kit: ModuleType) -> None:
    w, case, expect, RELEASE = kit._write, kit.case, kit.expect, kit.RELEASE

    @case("crashes")
    @expect(kit._all(kit._code(2), kit._says("closed")))
    def convert_with_stdin_closed(_work: Path, _c: Path):
        return ["convert"], {"shell": "0<&-"}

    @case("crashes")
    @expect(kit._all(kit._code(2), kit._says("closed")))
    def convert_with_stdout_closed(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        return ["convert", str(work / "in.txt")], {"shell": "1>&-"}

    @case("crashes")
    @expect(kit._code(2))
    def convert_o_under_a_file(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        w(work / "file", "x")
        return ["convert", str(work / "in.txt"), "-o", str(work / "file" / "out.txt")], {}

    @case("crashes", skip_as_root=True)
    @expect(kit._code(2))
    def convert_o_in_unwritable_folder(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        (work / "locked").mkdir(mode=0o555)
        return ["convert", str(work / "in.txt"), "-o", str(work / "locked" / "out.txt")], {}


def _crashes_evaluate(kit: ModuleType) -> None:
    w, case, expect = kit._write, kit.case, kit.expect
    pairs = {
        "evaluate_field_over_131072_characters": (
            "p.tsv",
            "original\tsimplification\tnote\nDie Stadt baut.\tDie Stadt baut.\t" + "a" * 140_000 + "\n",
        ),
        "evaluate_nested_jsonl": ("p.jsonl", '{"original": ' + "[" * 100_000 + "]" * 100_000 + "}\n"),
    }
    for name, (file, content) in pairs.items():

        def make(work: Path, _c: Path, file: str = file, content: str = content):
            w(work / file, content)
            return ["evaluate", "--pairs", str(work / file)], {}

        make.__name__ = name
        case("crashes")(expect(kit._code(0, 2))(make))

    @case("crashes")
    @expect(kit._code(2))
    def evaluate_folder_named_like_a_file(work: Path, _c: Path):
        (work / "p.tsv").mkdir()
        return ["evaluate", "--pairs", str(work / "p.tsv")], {}

    @case("crashes", skip_as_root=True)
    @expect(kit._code(2))
    def evaluate_unreadable_file(work: Path, _c: Path):
        w(work / "p.tsv", "original\tsimplification\na\tb\n").chmod(0)
        return ["evaluate", "--pairs", str(work / "p.tsv")], {}


def _written(kit: ModuleType) -> None:
    w, case, expect, RELEASE = kit._write, kit.case, kit.expect, kit.RELEASE

    @case("written on failure")
    @expect(kit._all(kit._code(2), kit._absent("out.txt")))
    def report_in_missing_folder(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        argv = ["convert", str(work / "in.txt"), "-o", str(work / "out.txt")]
        return [*argv, "--report", str(work / "nodir" / "r.html")], {}

    @case("written on failure")
    @expect(kit._code(2))
    def report_equal_to_output(work: Path, _c: Path):
        w(work / "in.txt", RELEASE)
        return [
            "convert",
            str(work / "in.txt"),
            "-o",
            str(work / "o.txt"),
            "--report",
            str(work / "o.txt"),
        ], {}

    @case("written on failure")
    @expect(kit._all(kit._code(2), kit._absent("new")))
    def evaluate_output_dir_on_bad_input(work: Path, _c: Path):
        w(work / "p.tsv", "kein\tkopf\n")
        return ["evaluate", "--pairs", str(work / "p.tsv"), "--output-dir", str(work / "new")], {}


def _smaller(kit: ModuleType) -> None:
    w, case, expect, RELEASE = kit._write, kit.case, kit.expect, kit.RELEASE

    def no_mojibake(_work: Path, run: object) -> str:
        return "read as Windows-1252" if "Ã¼" in run.stdout else ""  # type: ignore[attr-defined]

    @case("smaller")
    @expect(kit._all(kit._code(0), no_mojibake, kit._says("not valid UTF-8")))
    def utf8_with_one_invalid_byte(work: Path, _c: Path):
        w(work / "in.txt", RELEASE.encode() + b"Das B\xfcrgerb\xc3\xbcro ist offen.\n")
        return ["convert", str(work / "in.txt")], {}

    @case("smaller")
    @expect(kit._all(kit._code(0), lambda _w, run: "" if "albers" not in run.stdout else "albers"))
    def name_in_capitals(work: Path, _c: Path):
        w(work / "in.txt", "Herr ALBERS leitet die neue Schule in Lindenau. Sie öffnet am Montag.\n")
        return ["convert", str(work / "in.txt")], {}

    @case("smaller")
    @expect(kit._all(kit._code(0), lambda _w, run: "" if "Die Stadt" in run.stdout else "caps not converted"))
    def release_in_capitals(work: Path, _c: Path):
        w(work / "in.txt", "DIE STADT LINDENAU BAUT EINE NEUE SCHULE. SIE KOSTET 4 MILLIONEN EURO.\n")
        return ["convert", str(work / "in.txt")], {}

    @case("smaller")
    @expect(kit._code(0))
    def only_numbers_and_links(work: Path, _c: Path):
        links = "https://www.stadt-lindenau.de/aktuelles/pressemitteilungen/2026/03/buergerbuero-neu.html\n"
        w(work / "in.txt", "12 345 678\n" + links * 2 + "2026 2027 2028\ninfo@stadt-lindenau.de\n")
        return ["convert", str(work / "in.txt")], {}

    def same_mode(work: Path, _run: object) -> str:
        modes = {oct(p.stat().st_mode & 0o777) for p in [work / "single.txt", work / "out" / "a.txt"]}
        return "" if len(modes) == 1 else f"modes differ: {sorted(modes)}"

    @case("smaller")
    @expect(kit._all(kit._code(0), same_mode))
    def batch_outputs_have_ordinary_permissions(work: Path, checkout: Path):
        w(work / "in" / "a.txt", RELEASE)
        kit.setup(["convert", str(work / "in" / "a.txt"), "-o", str(work / "single.txt")], checkout)
        return ["batch", str(work / "in"), "-o", str(work / "out"), "--workers", "1"], {}
