"""benchmarks/extraction_sizes.py: its synthetic pages have the size and shape they say, keep
the headline and date line at the top, and the script prints one row per kind and size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import extraction_sizes as sizes
from pipelines.clean import clean_document

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", sizes.KINDS)
def test_each_synthetic_page_has_its_size_and_its_article_top(kind):
    data = sizes.page(kind, 0.05)
    assert 0.02e6 <= len(data) <= 0.06e6
    result = clean_document(data)
    assert result.title == sizes.HEADLINE
    assert result.published_at == "2024-06-13T10:00:00+08:00"


def test_the_script_prints_a_row_per_kind_and_size_and_refuses_unknown_kinds():
    script = str(ROOT / "benchmarks" / "extraction_sizes.py")
    run = subprocess.run([sys.executable, script, "--sizes", "0.02,0.04",
                          "--kinds", "table,paragraph"], capture_output=True,
                         text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    rows = [line for line in run.stdout.splitlines() if line.startswith(("| table", "| paragraph"))]
    assert len(rows) == 4
    bad = subprocess.run([sys.executable, script, "--kinds", "nope"],
                         capture_output=True, text=True, timeout=120, check=False)
    assert bad.returncode == 2 and "unknown kind" in bad.stdout
