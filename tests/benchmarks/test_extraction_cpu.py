"""benchmarks/extraction_cpu.py: ``--split opened`` times the pages of every opened split and
nothing else in the folder, and lists the pages over ``--bar`` ms slowest first."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from benchmarks.real.scoring import OPENED, load_labels

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = str(ROOT / "benchmarks" / "extraction_cpu.py")
PAGE = ("<html><head><title>示例标题</title></head><body><h1>示例标题</h1>"
        "<p>2024-06-13 10:00</p><p>这是一段用于计时的正文，共有两句话。第二句话也在这里。</p>"
        "</body></html>").encode()


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True,
                          timeout=300, check=False)


def test_opened_times_one_page_of_each_opened_split_and_no_unlabelled_file(tmp_path):
    named = [next(iter(sorted(load_labels(split)))) for split in OPENED if load_labels(split)]
    for page in named:
        (tmp_path / f"{page}.html").write_bytes(PAGE)
    (tmp_path / "not-a-labelled-page.html").write_bytes(PAGE)
    run = _run("--real", str(tmp_path), "--split", "opened", "--rounds", "1", "--bar", "0")
    assert run.returncode == 0, run.stderr
    assert f"opened: {len(named)} pages, best of 1 runs each" in run.stdout
    # --bar 0: every page timed is listed, and only those
    listed = re.findall(r"^  [0-9.]+ (\S+)$", run.stdout, re.M)
    assert sorted(listed) == sorted(named)
    assert f"pages over 0 ms CPU: {len(named)}" in run.stdout
    times = [float(t) for t in re.findall(r"^  ([0-9.]+) \S+$", run.stdout, re.M)]
    assert times == sorted(times, reverse=True)


def test_a_bar_no_page_reaches_lists_none(tmp_path):
    page = next(iter(sorted(load_labels(OPENED[0]))))
    (tmp_path / f"{page}.html").write_bytes(PAGE)
    run = _run("--real", str(tmp_path), "--split", OPENED[0], "--rounds", "1",
               "--bar", "100000")
    assert run.returncode == 0, run.stderr
    assert "pages over 100000 ms CPU: 0" in run.stdout
    assert not re.search(r"^  [0-9.]+ \S+$", run.stdout, re.M)
