"""The README's demo output is the demo's real output: same ids, verdicts and order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_readme_demo_block_matches_a_real_run(tmp_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("$ .venv/bin/presswatch demo\n")
    block = readme[start:readme.index("```", start)].splitlines()[1:]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSWATCH_")}
    done = subprocess.run([sys.executable, "-c", "from crawler.cli import main; main()", "demo"],
                          cwd=tmp_path, env={**env, "PYTHONPATH": str(REPO)},
                          capture_output=True, text=True, timeout=400)
    assert done.returncode == 0, done.stderr[-2000:]
    output = done.stdout.splitlines()
    position = 0
    for line in block:
        if line.strip() == "...":
            continue
        assert line in output[position:], f"not in the demo output (in order): {line!r}"
        position = output.index(line, position) + 1
