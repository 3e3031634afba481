# ruff: noqa: E501  (Chinese test strings)
"""A second story printed on the page, longer than the page's own (issue 14, stop 26, block
choice): pages in the shapes of real ones, with text written here.

Some pages print another story in full beside their own (a paper's page of two reports, the
story before or after it), each under a heading of its own. The longer text won, whichever the
page is about: the headline found (the heading that matches the ``<title>``) stood over the
other block. Now, when the headline stands over a block of running text that is not in the
chosen body, and the body stands under a heading of its own (not a numbered section heading),
the best block without that body is the text — if it holds the block under the headline, two
sentences or more, and a quarter of the other story's text at least.

- The page's story first, a longer story under its own ``<h2>`` after it.
- The longer story first, the page's story after it.
- Guards: a standfirst under the headline over a text whose first section heading stands
  above it keeps the whole text; a story followed by a shorter one under its own heading
  keeps its own text.
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"
TITLE = "河东区启用首批共享充电停车位"
OWN = ["本报讯 十一月二十七日，河东区首批八十个共享充电停车位在三个老旧小区投入使用，居民可扫码预约。",
       "据区住建局介绍，这些车位白天向周边上班族开放，夜间优先供小区居民使用，收费标准与公共车位一致。",
       "居民王先生说，以前晚上回家常常找不到充电的地方，现在提前预约就能停好充满。"]
OTHER = ["本报讯 记者从市交通部门获悉，今年全市新增公交专用道四十二公里，早晚高峰公交车平均车速提高百分之十二。",
         "新增专用道主要分布在城区主干道和跨江通道，部分路段实行全天专用，违法占道车辆将被自动抓拍。",
         "交通部门有关负责人表示，明年将继续优化专用道网络，并在二十个路口试点公交信号优先。",
         "据统计，今年前十个月全市公交日均客运量达到一百八十万人次，比去年同期增长百分之七。",
         "市民李女士说，专用道开通后，她每天上班的通勤时间比原来少了将近一刻钟。"]


def _story(heading: str, tag: str, day: str, lines: list[str]) -> str:
    return ("<div class='story'><" + tag + ">" + heading + "</" + tag + "><div class='time'>" + day + "</div>"
            "<div class='text'>" + "".join(f"<p>{line}</p>" for line in lines) + "</div></div>")


def _page(*stories: str, title: str = TITLE) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>" + title + "_某某日报</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/bd/'>本地</a></div>"
            + "".join(stories) + "<div class='foot'>版权所有 某某日报社</div></body></html>").encode()


def _body(html: bytes) -> str:
    return clean_document(html, fetched_at=FETCHED).body


def test_a_longer_story_after_the_page_own_is_not_its_text():
    body = _body(_page(_story(TITLE, "h1", "2026-11-28", OWN),
                       _story("全市新增公交专用道四十二公里", "h2", "2026-11-27", OTHER)))
    assert body.startswith("本报讯十一月二十七日")
    assert body.endswith(OWN[2])
    assert "公交专用道" not in body


def test_a_longer_story_before_the_page_own_is_not_its_text():
    body = _body(_page(_story("全市新增公交专用道四十二公里", "h2", "2026-11-27", OTHER),
                       _story(TITLE, "h1", "2026-11-28", OWN)))
    assert body.startswith("本报讯十一月二十七日")
    assert body.endswith(OWN[2])


def test_a_standfirst_over_a_text_under_its_first_section_heading_keeps_the_text():
    lead = "河东区首批共享充电停车位投入使用，白天对外开放、夜间居民优先。"
    html = ("<html><head><meta charset='utf-8'><title>" + TITLE + "</title></head><body>"
            "<h1>" + TITLE + "</h1><div class='time'>2026-11-28</div><div class='lead'><p>" + lead + "</p></div>"
            "<h2>一、车位分布和预约办法</h2><div class='text'>" + "".join(f"<p>{line}</p>" for line in OTHER)
            + "</div></body></html>").encode()
    body = _body(html)
    assert OTHER[0].replace(" ", "") in body.replace(" ", "")
    assert body.endswith(OTHER[4])


def test_a_story_followed_by_a_shorter_one_keeps_its_own_text():
    body = _body(_page(_story("全市新增公交专用道四十二公里", "h1", "2026-11-27", OTHER),
                       _story(TITLE, "h2", "2026-11-28", OWN[:2]), title="全市新增公交专用道四十二公里"))
    assert body.startswith("本报讯记者从市交通部门获悉")
    assert body.endswith(OTHER[4])
