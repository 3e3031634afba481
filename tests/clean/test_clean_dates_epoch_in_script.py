# ruff: noqa: E501  (Chinese test strings)
"""A publication time held by the page's script as a Unix epoch (issue 14, stop 33, the kinds
of fresh14's new sources: WeChat articles as a crawler or a library saves them).

A WeChat article's server bytes print no date: ``<em id="publish_time">`` is empty, and the
page's script fills it from ``var ct = "1521424800";`` (or ``* 1``) when it runs. Script
variables were read only when they hold a date string (``var publish_time = "2018-03-19"``),
so such a saved page had no date. A ten-digit count (thirteen in milliseconds) assigned to
``ct``, ``create_time``, ``publish_time``, ``pub_time``, ``post_time`` or ``release_time`` is
now a stated date, in Beijing time.

Guards: a date the page prints keeps its day; a variable whose name only ends in ``ct``
(``acct``) and a count of nine digits are no date.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document

_TITLE = "城东街道推行垃圾分类积分制"
_TEXT = ("本月初，城东街道在辖区十二个小区同步推行垃圾分类积分制度，居民投放一次分类正确的垃圾即可获得两个积分。",
         "积分可以在社区服务站兑换洗衣液、毛巾等日用品，也可以用来抵扣小区停车费。",
         "下一步，街道还将在各小区增设智能回收箱，并组织志愿者在早晚投放高峰时段进行现场指导。")
_FETCHED = "2018-03-20T08:00:00Z"


def _article(script: str, printed: str = "") -> bytes:
    """A WeChat article as its server sends it: heading, account, the publish time's element
    (empty unless ``printed``), the text, and the page's script."""
    return ("<html><head><meta charset='utf-8'><title>" + _TITLE + "</title></head><body>"
            "<div id='img-content'><h2 class='rich_media_title' id='activity-name'>" + _TITLE + "</h2>"
            "<div class='rich_media_meta_list'><span class='rich_media_meta rich_media_meta_nickname'>"
            "<a id='js_name'>城东发布</a></span>"
            f"<em id='publish_time' class='rich_media_meta rich_media_meta_text'>{printed}</em></div>"
            "<div class='rich_media_content' id='js_content'>"
            + "".join(f"<p><span>{line}</span></p>" for line in _TEXT)
            + f"</div></div><script>var nickname = '城东发布';\n{script}\nvar user_name = 'gh_1';</script>"
            "</body></html>").encode("utf-8")


@pytest.mark.parametrize("script", ['var ct = "1521424800";', 'var ct = "1521424800" * 1;',
                                    "var create_time = '1521424800000';"],
                         ids=["seconds", "times-one", "milliseconds"])
def test_an_epoch_in_the_script_dates_a_page_printing_none(script: str) -> None:
    found = clean_document(_article(script), fetched_at=_FETCHED).published_at
    assert found == "2018-03-19T10:00:00+08:00"


def test_a_printed_date_keeps_its_day() -> None:
    found = clean_document(_article('var ct = "1500000000";', printed="2018-03-19"),
                           fetched_at=_FETCHED).published_at
    assert (found or "")[:10] == "2018-03-19"


@pytest.mark.parametrize("script", ['var acct = "1521424800";', 'var ct = "152142480";'],
                         ids=["other-name", "nine-digits"])
def test_other_counts_are_no_date(script: str) -> None:
    assert clean_document(_article(script), fetched_at=_FETCHED).published_at is None
