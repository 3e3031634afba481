"""Evaluation gates: extraction accuracy and mojibake repair quality may not regress below
the recorded baselines (docs/cleaning.md has the full figures and commands)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from pipelines.clean import clean_document

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_general_extraction_accuracy_stays_at_baseline():
    bench = _load("bench_extraction", ROOT / "benchmarks" / "extraction.py")
    golds = sorted((ROOT / "benchmarks" / "extraction" / "pages").glob("*.json"))
    assert len(golds) >= 20
    correct = dict.fromkeys(bench.FIELDS, 0)
    for gold_file in golds:
        gold = json.loads(gold_file.read_text("utf-8"))
        result = clean_document(gold_file.with_suffix(".html").read_bytes())
        for field, ok in bench.score(gold, result.title, result.published_at,
                                     result.body).items():
            correct[field] += ok
    # Baseline 2025-11-28: every field right on all 22 pages; allow one miss per field.
    for field, n in correct.items():
        assert n >= len(golds) - 1, f"{field}: {n}/{len(golds)}"


def test_mojibake_repair_quality_stays_at_baseline(capsys):
    bench = _load("bench_clean", ROOT / "benchmarks" / "clean.py")
    bench.mojibake_quality(1)
    out = capsys.readouterr().out
    shares = {line.split()[0]: float(line.split()[-1].rstrip("%"))
              for line in out.splitlines() if line.strip().endswith("%")}
    # Baseline: 76.5 % exact over 5 seeds; damage is never left in the text.
    assert shares["exact"] >= 70.0
    assert shares["damage"] == 0.0
