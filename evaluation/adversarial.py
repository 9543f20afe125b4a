"""Hostile input and misuse, case by case: no traceback, no hang, nothing written where it must not be, no
secret leaked.

    python evaluation/adversarial.py                          # the checkout this script is in
    python evaluation/adversarial.py --root OLD --root .      # a column per checkout, e.g. before and after
    python evaluation/adversarial.py --only llm               # the cases whose group or name contains 'llm'

Every case runs ``python -m simplify`` in a fresh process (working directory: the checkout) on inputs it
makes in a temporary folder, with a limit of 30 s. Each case passes when the process printed no traceback,
exited with 0, 1 or 2 within the limit, wrote nothing on exit 2, and met the case's own check (the file
outside OUTDIR is intact, the key is not in any output, ...). The LLM cases use scripted servers on
127.0.0.1; the network case blocks every socket of the child process and counts its attempts. Cases that
need another user than root (an unwritable folder) are skipped when run as root.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 30.0
RELEASE = (
    "Neue Schule in Lindenau\n\nDie Stadt Lindenau baut am 3. März 2026 eine neue Schule für 300 Kinder. "
    "Sie kostet 4 Millionen Euro.\n"
)
MISSING = (
    "Vermisste Frau in Lindenau\n\nDie Polizei sucht seit Montag eine 84-jährige Frau aus Lindenau.\n\n"
    "Suche\n\nAn der Suche sind 80 Einsatzkräfte beteiligt. Hinweise unter Telefon 0631 369-0 oder per "
    "E-Mail an hinweise@polizei-lindenau.de.\n"
)
SECRET = "GeheimesPasswortOhneZiffern"
BLOCK_NETWORK = textwrap.dedent(
    """
    import os, socket
    def _refuse(*args, **kwargs):
        with open(os.environ["ADVERSARIAL_ATTEMPTS"], "a") as log:
            log.write(repr(args)[:80] + "\\n")
        raise OSError(101, "Network is unreachable (blocked by evaluation/adversarial.py)")
    socket.socket.connect = socket.socket.connect_ex = _refuse
    socket.create_connection = socket.getaddrinfo = _refuse
    """
)


@dataclass
class Run:
    """What one process did."""

    code: int | None
    stdout: str
    stderr: str
    seconds: float


@dataclass
class Case:
    name: str
    group: str
    make: Callable[[Path, Path], tuple[list[str], dict]]  # (work folder, checkout) -> (argv, options)
    check: Callable[[Path, Run], str]  # "" when the case's own expectation holds, else why not
    root_only_skip: bool = False


CASES: list[Case] = []


def case(group: str, *, skip_as_root: bool = False) -> Callable:
    def register(make: Callable) -> Callable:
        check = getattr(make, "check", lambda _work, _run: "")
        CASES.append(Case(make.__name__, group, make, check, skip_as_root))
        return make

    return register


def expect(check: Callable[[Path, Run], str]) -> Callable:
    def attach(make: Callable) -> Callable:
        make.check = check
        return make

    return attach


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _code(*wanted: int) -> Callable[[Path, Run], str]:
    return lambda _work, run: "" if run.code in wanted else f"exit {run.code}, wanted {wanted}"


def _all(*checks: Callable[[Path, Run], str]) -> Callable[[Path, Run], str]:
    return lambda work, run: next((why for c in checks if (why := c(work, run))), "")


def _says(text: str) -> Callable[[Path, Run], str]:
    return lambda _work, run: "" if text in run.stderr else f"stderr lacks {text!r}"


def _intact(name: str, content: str = "bleibt") -> Callable[[Path, Run], str]:
    def check(work: Path, _run: Run) -> str:
        path = work / name
        if path.is_symlink() or not path.is_file() or path.read_text(encoding="utf-8") != content:
            return f"{name} was changed"
        return ""

    return check


def _absent(name: str) -> Callable[[Path, Run], str]:
    return lambda work, _run: f"{name} was written" if os.path.lexists(work / name) else ""


def _no_secret(*names: str) -> Callable[[Path, Run], str]:
    def check(work: Path, run: Run) -> str:
        texts = [run.stdout, run.stderr]
        for name in names:
            for path in sorted(work.glob(name)):
                texts.extend(p.read_text(errors="replace") for p in [path] if path.is_file())
                if path.is_dir():
                    texts.extend(p.read_text(errors="replace") for p in path.rglob("*") if p.is_file())
        return "the secret was written or printed" if any(SECRET in text for text in texts) else ""

    return check


def setup(argv: list[str], checkout: Path) -> None:
    """Run simplify to prepare a case (a first batch run before an attack on its manifest)."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "NO_COLOR": "1"}
    subprocess.run(
        [sys.executable, "-m", "simplify", *argv], capture_output=True, cwd=checkout, env=env, timeout=300
    )


# --- running ---------------------------------------------------------------------------------------------


def _listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()


def run_case(item: Case, checkout: Path) -> tuple[str, str]:
    """('pass' | 'FAIL' | 'skip', why) for one case against one checkout."""
    if item.root_only_skip and os.geteuid() == 0:
        return "skip", "needs a user other than root"
    with tempfile.TemporaryDirectory(prefix="adversarial-") as folder:
        work = Path(folder)
        argv, options = item.make(work, checkout)
        if options.get("block_network"):
            _write(work / ".site" / "sitecustomize.py", BLOCK_NETWORK)
        before = _listing(work)
        with llm_server(options.get("server", "ok")) as url:
            secret_url = url.replace("://", f"://nutzer:{SECRET}@")
            argv = [part.replace("CRED{llm}", secret_url).replace("{llm}", url) for part in argv]
            run = _simplify(argv, checkout, work, options)
        why = _generic(run, work, before, item)
        if not why and run.code is not None:
            why = item.check(work, run)
        _unlock(work)
    return ("FAIL", why) if why else ("pass", "")


def _generic(run: Run, work: Path, before: set[str], item: Case) -> str:
    if run.code is None:
        return f"no answer within {LIMIT:g} s"
    if "Traceback (most recent call last)" in run.stderr:
        last = run.stderr.strip().splitlines()[-1]
        return f"traceback: {last[:100]}"
    if run.code not in (0, 1, 2):
        return f"exit code {run.code}"
    if run.code == 2:
        new = sorted(path for path in _listing(work) - before if not path.startswith(".site"))
        if new:
            return f"exit 2 but wrote {new[0]}"
    return ""


def _simplify(argv: list[str], checkout: Path, work: Path, options: dict) -> Run:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIMPLIFY_", "OPENAI_"))}
    env.update(NO_COLOR="1", PYTHONPATH=str(checkout), **options.get("env", {}))
    if options.get("block_network"):
        site = work / ".site"
        env["PYTHONPATH"] = f"{checkout}{os.pathsep}{site}"
        env["ADVERSARIAL_ATTEMPTS"] = str(site / "attempts")
    command = [sys.executable, "-m", "simplify", *argv]
    if "shell" in options:
        command = ["sh", "-c", " ".join(_quote(part) for part in command) + " " + options["shell"]]
    started = time.monotonic()
    try:
        process = subprocess.run(
            command,
            input=options.get("stdin", b""),
            capture_output=True,
            cwd=checkout,
            env=env,
            timeout=LIMIT,
        )
    except subprocess.TimeoutExpired:
        return Run(None, "", "", LIMIT)
    decode = lambda data: data.decode("utf-8", "replace")  # noqa: E731
    return Run(process.returncode, decode(process.stdout), decode(process.stderr), time.monotonic() - started)


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


def _unlock(folder: Path) -> None:
    """Give back write permission the cases took away, so the temporary folder can be removed."""
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)


# --- scripted LLM servers ----------------------------------------------------------------------------------


def _answer(text: str) -> bytes:
    content = {"sentences": [{"id": i, "lines": [text]} for i in range(1, 9)]}
    body = {"choices": [{"message": {"role": "assistant", "content": json.dumps(content)}}]}
    return json.dumps(body).encode()


class _Server(BaseHTTPRequestHandler):
    mode = "ok"

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        status, body, drip = 200, _answer("Die Stadt baut eine Schule."), 0.0
        if self.mode == "echo":
            status, body = 401, f"bad header Authorization: {self.headers.get('Authorization')}".encode()
        elif self.mode == "repeat":
            body = _answer(f"Der Schlüssel ist {SECRET}.")
        elif self.mode == "drip":
            drip = 0.5
        elif self.mode == "huge":
            body = b" " * (50 * 1024 * 1024)
        try:
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if drip:
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(drip)
            else:
                self.wfile.write(body)
        except OSError:
            pass


@contextmanager
def llm_server(mode: str) -> Iterator[str]:
    handler = type("Scripted", (_Server,), {"mode": mode})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


# --- archives and documents --------------------------------------------------------------------------------


def docx_bytes(replace: dict[str, bytes]) -> bytes:
    """A small .docx written by hand (no python-docx needed), with some parts replaced."""
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        b'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
        b'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Die Stadt baut eine neue Schule.</w:t></w:r>'
        b"</w:p></w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**parts, **replace}.items():
            archive.writestr(name, data)
    return out.getvalue()


def latin1_tar(path: Path, names: list[str]) -> Path:
    with tarfile.open(path, "w", format=tarfile.GNU_FORMAT, encoding="latin-1") as archive:
        for name in names:
            data = RELEASE.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


# --- the report ------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", action="append", help="a checkout of simplify (default: this one)")
    parser.add_argument("--only", help="run the cases whose group or name contains this")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from adversarial_cases import register_all

    register_all(sys.modules[__name__])
    roots = [Path(r).resolve() for r in (args.root or [str(ROOT)])]
    chosen = [c for c in CASES if not args.only or args.only in c.group or args.only in c.name]
    totals = {root: {"pass": 0, "FAIL": 0, "skip": 0} for root in roots}
    header = " | ".join(str(root.name) for root in roots)
    print(f"| group | case | {header} |")
    print("|---|---|" + "---|" * len(roots))
    for item in chosen:
        cells = []
        for root in roots:
            verdict, why = run_case(item, root)
            totals[root][verdict] += 1
            cells.append(verdict + (f": {why}" if why else ""))
        print(f"| {item.group} | {item.name} | " + " | ".join(cells) + " |", flush=True)
    for root in roots:
        count = totals[root]
        print(f"{root}: {count['pass']} passed, {count['FAIL']} failed, {count['skip']} skipped")
    return 1 if any(count["FAIL"] for count in totals.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
