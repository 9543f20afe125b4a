"""Where seq2seq models come from: local folders, the Hugging Face cache, and (when reachable) the hub.

Nothing here waits long: cache look-ups never touch the network, and the one call that does
(:func:`fetch`) first asks the hub with a short timeout, so an offline machine fails in seconds.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from simplify.errors import UsageError
from simplify.lexicon import table

__all__ = ["Checkpoint", "cached", "fetch", "hub_offline", "locate", "recommended"]

HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")
PROBE_TIMEOUT = 5.0  # seconds for the first request to the hub
WAY_OUT = "pass --model PATH (a folder with config.json) or use --backend rules"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A recommended checkpoint, as its model card describes it."""

    id: str
    family: str
    level: str
    size: str
    licence: str
    trained_on: str


def recommended() -> list[Checkpoint]:
    """The checkpoints of ``simplify/data/backends/models.tsv``, in file order."""
    return [Checkpoint(*row) for row in table("backends/models.tsv")]


def hub_offline() -> bool:
    """True when the user switched the hub off (``HF_HUB_OFFLINE=1``)."""
    return os.environ.get("HF_HUB_OFFLINE", "").strip().upper() in {"1", "ON", "YES", "TRUE"}


def cached(model_id: str) -> Path | None:
    """The folder of a complete cached snapshot of ``model_id``, without any network access."""
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError
    except ImportError:
        return None
    try:
        folder = Path(snapshot_download(model_id, local_files_only=True))
    except (LocalEntryNotFoundError, HFValidationError, OSError):
        return None
    return folder if (folder / "config.json").is_file() else None


def locate(model: str, *, download: bool) -> Path:
    """A local folder holding ``model`` (a path or a hub id); downloads only if ``download`` is true.

    Raises :class:`UsageError` naming the model and the way out when it is not available.
    """
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise UsageError(f"model folder {model!r} has no config.json: {WAY_OUT}")
        return path
    if path.exists() or not HUB_ID.fullmatch(model):
        raise UsageError(f"model {model!r} is neither a model folder nor a Hugging Face id: {WAY_OUT}")
    folder = cached(model)
    if folder is not None:
        return folder
    if not download or hub_offline():
        raise UsageError(
            f"model {model!r} is not available offline (no such folder, not in the Hugging Face cache): "
            f"run `simplify models fetch {model}` where the hub is reachable, {WAY_OUT}"
        )
    return fetch(model)


def _weight_patterns(files: list[str]) -> list[str]:
    """Download one set of weights (safetensors if the repo has them) plus config and tokenizer files."""
    weights = ["*.safetensors"] if any(f.endswith(".safetensors") for f in files) else ["pytorch_model*.bin"]
    return [*weights, "*.json", "*.model", "*.txt", "*.tiktoken"]


def fetch(model_id: str, *, timeout: float = PROBE_TIMEOUT) -> Path:
    """Download ``model_id`` into the Hugging Face cache and return its folder.

    Fails within about ``timeout`` seconds when the hub cannot be reached; never retries for minutes.
    """
    if not HUB_ID.fullmatch(model_id):
        raise UsageError(f"{model_id!r} is not a Hugging Face model id (expected OWNER/NAME)")
    if hub_offline():
        raise UsageError(
            f"cannot fetch {model_id!r}: HF_HUB_OFFLINE is set; unset it on a machine that reaches the hub, "
            "or copy the cache folder from such a machine (see docs/models.md)"
        )
    try:
        from huggingface_hub import HfApi, snapshot_download
        from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError
    except ImportError as error:
        raise UsageError(
            "fetching models needs huggingface_hub: pip install 'simplify-de[seq2seq]'"
        ) from error
    try:
        info = HfApi().model_info(model_id, timeout=timeout)
    except GatedRepoError as error:
        raise UsageError(
            f"model {model_id!r} is gated: log in with `hf auth login` and accept its terms"
        ) from error
    except RepositoryNotFoundError as error:
        raise UsageError(
            f"model {model_id!r} does not exist on the Hugging Face hub: check the id"
        ) from error
    except (HfHubHTTPError, OSError) as error:
        raise UsageError(_unreachable(model_id, error)) from error
    except Exception as error:  # httpx errors (connect, timeout) are not OSError subclasses
        if type(error).__module__.split(".")[0] not in {"httpx", "httpx2", "httpcore", "requests"}:
            raise
        raise UsageError(_unreachable(model_id, error)) from error
    files = [s.rfilename for s in info.siblings or []]
    try:
        folder = snapshot_download(model_id, allow_patterns=_weight_patterns(files), etag_timeout=timeout)
    except Exception as error:
        raise UsageError(f"download of {model_id!r} failed: {error}") from error
    return Path(folder)


def _unreachable(model_id: str, error: BaseException) -> str:
    return (
        f"cannot fetch {model_id!r}: the Hugging Face hub is not reachable "
        f"({type(error).__name__}: {error}); fetch it on a machine with internet access "
        "and copy the cache folder (see docs/models.md), "
        f"or {WAY_OUT}"
    )
