"""The layers of .importlinter hold and no package has an import cycle (import-linter, run in-process)."""

from __future__ import annotations

import contextlib
import io
import os

from tests.conftest import ROOT


def test_import_contracts_are_kept() -> None:
    from importlinter.cli import lint_imports

    output = io.StringIO()
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        with contextlib.redirect_stdout(output):
            code = lint_imports(config_filename=str(ROOT / ".importlinter"), no_cache=True)
    finally:
        os.chdir(cwd)
    assert code == 0, output.getvalue()


def test_every_module_of_the_package_has_a_layer() -> None:
    import pkgutil
    import re

    import simplify

    text = (ROOT / ".importlinter").read_text(encoding="utf-8")
    layered = set(re.findall(r"simplify\.(\w+)", text.split("[importlinter:contract:acyclic]")[0]))
    modules = {m.name for m in pkgutil.iter_modules(simplify.__path__)} - {"__main__"}
    assert modules - layered == set()
