"""Evaluation gate: precision and recall on the labelled set must not drop below docs/dedup.md."""

from __future__ import annotations

from collections import Counter

from pipelines.dedup_settings import DedupSettings
from tests.dedup.evalset import build_items, evaluate

# The figures reported in docs/dedup.md for the default settings.
REPORTED = {
    "duplicate": {"precision": 1.0, "recall": 1.0},
    "related": {"precision": 1.0, "recall": 1.0},
}


def test_evaluation_set_has_at_least_100_labelled_items_of_every_kind():
    counts = Counter(item.expected for item in build_items())
    assert sum(counts.values()) >= 100
    assert counts["duplicate"] >= 60 and counts["related"] >= 10 and counts["new"] >= 20


def test_precision_and_recall_not_below_reported():
    score = evaluate(DedupSettings())
    for verdict, figures in REPORTED.items():
        assert score.precision[verdict] >= figures["precision"], (verdict, score.errors)
        assert score.recall[verdict] >= figures["recall"], (verdict, score.errors)
