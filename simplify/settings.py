"""The settings of a run and the signature that lets anyone reproduce it."""

from __future__ import annotations

import platform
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import metadata

from simplify.profile import Level, Separator

__all__ = ["Settings", "versions"]


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that changes the output of a conversion."""

    level: Level = "leichte"
    separator: Separator = "mediopunkt"
    backend: str = "rules"
    model: str | None = None
    glossary: str | None = None
    force: bool = False
    options: dict[str, str] = field(default_factory=dict)

    def record(self, **extra: str) -> dict[str, object]:
        """The settings record written into every output: settings plus versions, secrets masked."""
        from simplify.redact import redact

        data = asdict(self)
        data["options"] = {name: redact(value) for name, value in self.options.items()}
        data.update({name: redact(value) for name, value in extra.items()})
        data["versions"] = versions()
        return data

    def signature(self) -> str:
        """A compact one-line signature, e.g. ``backend:rules|level:leichte|sep:mediopunkt|version:0.1.0``."""
        parts = [f"backend:{self.backend}", f"level:{self.level}", f"sep:{self.separator}"]
        if self.model:
            parts.append(f"model:{self.model}")
        if self.glossary:
            parts.append(f"glossary:{self.glossary}")
        parts.extend(f"{k}:{v}" for k, v in sorted(self.options.items()))
        parts.append(f"version:{versions()['simplify-de']}")
        from simplify.redact import redact

        return redact("|".join(parts))


def versions() -> dict[str, str]:
    """Versions of this package and the libraries whose behaviour shapes the output."""
    return dict(_versions())


@cache
def _versions() -> dict[str, str]:
    """Looked up once per process: ``importlib.metadata`` scans the installed packages at every call."""
    found = {"python": platform.python_version()}
    for name in ("simplify-de", "SoMaJo", "HanTa", "wordfreq", "pyphen"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found
