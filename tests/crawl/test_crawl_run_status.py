"""A run's final status says whether anything was fetched, however the failures add up."""

from __future__ import annotations

from crawler.extensions import run_status


def test_a_run_that_stored_items_is_partial_even_with_more_errors_than_pages():
    # the faults test on a loaded machine: 8 pages answered (one a 404), 8 failures
    # (timeouts and refusals have no page), 4 items stored
    counts = {"pages": 8, "errors": 8, "items": 4}
    assert run_status(counts, "finished", fetched_ok=7)[0] == "partial"


def test_a_run_where_only_the_listing_answered_is_partial_not_failed():
    counts = {"pages": 1, "errors": 9, "items": 0}
    assert run_status(counts, "finished", fetched_ok=1)[0] == "partial"


def test_a_run_where_nothing_answered_successfully_is_failed():
    counts = {"pages": 3, "errors": 4, "items": 0}  # three 404s and a timeout
    status, message = run_status(counts, "finished", fetched_ok=0)
    assert status == "failed" and message == "no page could be fetched (4 failed)"


def test_a_run_refused_entirely_by_the_policy_is_failed():
    assert run_status({"pages": 0, "errors": 1}, "finished", fetched_ok=0)[0] == "failed"


def test_clean_and_interrupted_runs():
    assert run_status({"pages": 5, "items": 4}, "finished", fetched_ok=5)[0] == "ok"
    assert run_status({"pages": 5, "errors": 1}, "shutdown")[0] == "killed"
    assert run_status({"pages": 5}, "cancelled")[0] == "failed"
