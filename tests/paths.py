"""Where the checkout and the bundled seed article are, for tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_FILE = REPO_ROOT / "crawler" / "reference" / "seed_article.txt"
