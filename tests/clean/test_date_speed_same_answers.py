# ruff: noqa: E501  (Chinese test strings)
"""Speed steps of the stop-28 round in the date and headline passes that keep every answer,
each against the slower reading it replaced:

* a line that holds no date however :func:`parse_date` is asked (relative days allowed or
  not, bare ROC years or not) is told apart in one reading (``date_reading``), so the date
  line search drops it before its other tests: on random lines of dates, clocks, counts,
  ROC years, zone names and relative words, the one reading is ``parse_date``'s own, and a
  line it calls dateless gives no date under any of the four readings;
* :func:`parse_date` searches each pattern only when the text holds what the pattern cannot
  match without (a year's ``19``/``20`` for full and compact dates, a month-day's ``-``,
  ``/`` or ``月``, ``前`` for "five minutes ago", an era name ending in ``民國``/``民国``), and
  the zone names in one scan: on the same random lines, no pattern matches a text its
  pre-test turns away;
* ``<title>``'s parts split once per title (``title_parts``, asked some twenty times a page):
  every call gives the same parts in a list of its own, which its caller may change."""

from __future__ import annotations

import random

from pipelines.dates import (
    _AGO,
    _COMPACT,
    _FULL,
    _MINGUO_ERA,
    _MONTH_DAY,
    _ZONE_WORD,
    _ZONE_WORDS,
    MINGUO_ERA_NAMES,
    _as_read,
    date_reading,
    parse_date,
)
from pipelines.pagefacts import title_parts

_FETCHED = "2026-12-02T00:00:00Z"
_PIECES = ["2024-06-13", "14:54", "发布时间：", "阅读 1234 次", "共3页", "第1页", "115.03.19", "112年8月22日",
           "民國", "GMT+8", "北京时间", "UTC", "今天", "昨日 09:30", "5分钟前", "刚刚", "10-26", "16:42",
           "２０２４－０６－１３", "二〇二三年五月十二日", "7/25/2005", "20190905", "电话：010-12345678",
           "September 10th, 2005", "来源：新华社", " ", "(", ")", "110-2-30", "比分 3:1", "12月30日"]


def _random_lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 4))) for _ in range(count)]


def test_a_line_without_a_date_however_read_is_told_apart_in_one_reading() -> None:
    dateless = dated = 0
    for line in ["", *_PIECES, *_random_lines(28, 1200)]:
        found, possible = date_reading(line, fetched_at=_FETCHED)
        assert found == parse_date(line, fetched_at=_FETCHED)
        readings = [parse_date(line, fetched_at=_FETCHED, allow_relative=relative, minguo=roc)
                    for relative in (False, True) for roc in (False, True)]
        if not possible:
            assert readings == [None] * 4, line
            dateless += 1
        dated += found is not None
    assert dateless > 100 and dated > 400  # both kinds of line are among them


def test_each_date_pattern_is_searched_whenever_it_can_match() -> None:
    needs = [(_FULL, ("19", "20")), (_COMPACT, ("20",)), (_MONTH_DAY, ("-", "/", "月")), (_AGO, ("前",)),
             (_MINGUO_ERA, ("民國", "民国"))]
    matched = dict.fromkeys(range(len(needs)), 0)
    for line in [*_PIECES, *_random_lines(29, 1200), "民國115年3月18日", "中华民国112年8月22日", "3小时前"]:
        read, _ = _as_read(line)
        for k, (pattern, words) in enumerate(needs):
            if pattern.search(read):
                assert any(word in read for word in words), (line, pattern.pattern)
                matched[k] += 1
        assert bool(_ZONE_WORD.search(line)) == any(word in line for word in _ZONE_WORDS)
    assert all(name.endswith(("民國", "民国")) for name in MINGUO_ERA_NAMES)
    assert all(matched.values())  # every pattern is met on the lines


def test_title_parts_are_split_once_and_each_caller_gets_its_own_list() -> None:
    for title in ["社区巴士开进老小区_本地新闻_某某网", "2024-2030年规划发布-新华网", "某某博客 » 社区巴士开进老小区", "", "标题"]:
        first = title_parts(title)
        first.append("调用方加的")
        again = title_parts(title)
        assert again == first[:-1] and again is not first
    assert title_parts("社区巴士开进老小区_本地新闻_某某网") == ["社区巴士开进老小区", "本地新闻", "某某网"]
