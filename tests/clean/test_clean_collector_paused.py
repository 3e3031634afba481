"""Python's cyclic collector and the cleaning of a page (stop 28, speed B).

The slowest pages of a mixed run (presswatch, GNE and trafilatura in one process) were not
slow code: a full collection of the process heap (tens of ms, the heap mostly the other
libraries') started inside presswatch's call because its allocations tipped the counter.
A cleaning makes no reference cycles, so ``clean_document`` keeps the collector off for
the call and runs the young collection its allocations made due once the page is freed:

* no collection starts while the page is being cleaned, however low the thresholds;
* a cleaning leaves no cyclic garbage (what makes the pause safe);
* the young collection made due runs at the end, and the collector is left as found (on
  stays on; off, set off by the caller, stays off and nothing is collected)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import pipelines.clean as clean_module
from tests.clean.news_page import cleaned, news_page, paras

_STORY = paras([
    "市园林部门昨天介绍，今年秋季全市新种行道树一万二千余株，主要集中在新建道路和老旧街巷。",
    "据介绍，新种树木以本地适生的乡土树种为主，成活率比往年提高了近一成，养护期延长到两年。",
    "园林部门同时在二十多条街道试行树穴透水铺装，雨水可直接渗入地下，减少路面积水。",
    "下一步，全市还将对沿街绿地进行补植，计划明年春季前完成全部补植任务。",
] * 6)
_PAGE = news_page("秋季新种行道树一万余株", "<div class='article'>" + _STORY + "</div>")


@contextmanager
def _collections_seen(inside: list[bool]) -> Iterator[list[tuple[int, bool]]]:
    """Every collection started while the block runs, as (generation, whether it started
    while the page was being cleaned)."""
    seen: list[tuple[int, bool]] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append((info["generation"], inside[0]))

    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)


@pytest.fixture()
def low_thresholds() -> Iterator[None]:
    """Collections every 50 allocations: a page's cleaning would start dozens."""
    saved = gc.get_threshold()
    gc.set_threshold(50, 2, 2)
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def _flagged(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """A flag that is True while the page itself is being cleaned (inside the call)."""
    inside = [False]
    inner: Callable[..., Any] = clean_module._clean_document

    def flagged(*args: Any, **kwargs: Any) -> Any:
        inside[0] = True
        try:
            return inner(*args, **kwargs)
        finally:
            inside[0] = False

    monkeypatch.setattr(clean_module, "_clean_document", flagged)
    return inside


def test_no_collection_starts_while_a_page_is_cleaned(
        low_thresholds: None, monkeypatch: pytest.MonkeyPatch) -> None:
    inside = _flagged(monkeypatch)
    assert gc.isenabled()
    with _collections_seen(inside) as seen:
        result = cleaned(_PAGE)
    assert "透水铺装" in result.body
    assert [gen for gen, during in seen if during] == []
    assert gc.isenabled()


def test_a_cleaning_leaves_no_cyclic_garbage() -> None:
    was_on = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        assert "补植任务" in cleaned(_PAGE).body
        assert gc.collect() == 0
    finally:
        if was_on:
            gc.enable()


def test_the_young_collection_made_due_runs_when_the_page_is_done(
        low_thresholds: None, monkeypatch: pytest.MonkeyPatch) -> None:
    inside = _flagged(monkeypatch)
    with _collections_seen(inside) as seen:
        cleaned(_PAGE)
    after = [gen for gen, during in seen if not during]
    assert after and max(after) <= 1  # the young generation(s), never the full heap
    assert gc.get_count()[0] <= gc.get_threshold()[0]


def test_a_collector_the_caller_turned_off_stays_off_and_collects_nothing(
        low_thresholds: None) -> None:
    gc.disable()
    try:
        with _collections_seen([False]) as seen:
            cleaned(_PAGE)
        assert not gc.isenabled()
        assert seen == []
    finally:
        gc.enable()
