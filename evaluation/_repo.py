"""Import the package of this checkout: ``python evaluation/x.py`` puts evaluation/ on the path, and an
installed ``simplify`` may point at another checkout (git worktrees share one venv)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
