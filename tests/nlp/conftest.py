"""The morphology layer's tests build their indexes in a fresh temporary cache folder, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True, scope="session")
def fresh_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Point SIMPLIFY_CACHE_DIR at an empty folder for the whole session (indexes open per folder)."""
    folder = tmp_path_factory.mktemp("simplify-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SIMPLIFY_CACHE_DIR", str(folder))
        yield folder
