"""Leichte Sprache and Einfache Sprache from German press releases, offline."""

from importlib import metadata

from simplify.settings import Settings

try:
    __version__ = metadata.version("simplify-de")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

__all__ = ["Pipeline", "Settings", "__version__", "simplify_text"]


def __getattr__(name: str):
    # The pipeline imports the NLP stack; load it only when asked for, so `simplify --help` stays fast.
    if name in {"Pipeline", "simplify_text"}:
        from simplify import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
