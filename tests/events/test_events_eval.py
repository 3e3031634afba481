"""Evaluation gate: events grouped with pairwise precision and recall >= 0.95 (docs/dedup.md)."""

from __future__ import annotations

from collections import Counter

from tests.events.evalset import build_event_items, evaluate_events

# The figures reported in docs/dedup.md ("Events") for both ingest orders.
REPORTED = {"precision": 1.0, "recall": 1.0}
REQUIRED = 0.95


def test_event_set_has_several_conferences_outlets_and_texts_of_no_conference():
    counts = Counter(item.event for item in build_event_items())
    assert len([e for e in counts if e]) >= 10
    assert counts[None] >= 4  # unrelated news: no event
    assert counts["scio_0110"] >= 40  # the seed, its copies and other outlets' reports


def test_events_grouped_in_ingest_order_and_reversed():
    for reverse in (False, True):
        score = evaluate_events(reverse=reverse)
        assert score.precision >= max(REQUIRED, REPORTED["precision"]), score.wrong
        assert score.recall >= max(REQUIRED, REPORTED["recall"]), score.wrong
        assert score.item_precision >= REQUIRED and score.item_recall >= REQUIRED
