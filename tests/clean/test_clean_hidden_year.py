# ruff: noqa: E501  (Chinese test strings)
"""A printed month-day takes its year from the same day written where no reader looks (stop 25,
the ``date-yearless`` misses of ``benchmarks/extraction_robust.py --split opened``).

A news page prints ``06-13 14:54`` under its headline and states no date in ``<meta>``,
JSON-LD or a named script variable; its URL is not known. The year was the fetch's (or the
commonest year of the page's links). The year is written, on the same day, in places the
extractor did not read:

1. an HTML comment a CMS leaves in the template (``<!-- 发布 2024/06/13 14:54 -->``);
2. a link's ``onclick`` script for the "comment on this" tool
   (``var D=escape('2024-06-13 14:54:00');post(…)``: an old portal's template);
3. a share form's hidden field holding the article's own link
   (``<input type="hidden" name="content" value="&lt;a href='http://…/2024/0613/5521.html'…">``).

Such a day gives a printed month-day its year only when it falls on that month and day (and
on its clock, when both print one), and only when all such days agree (guards: a comment's
modification date on another day, or two years on the same day, are not taken).
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-01T08:00:00Z"

PARAS = "".join(f"<p>{p}</p>" for p in [
    "本报讯 昨日，市农业农村局组织农技专家深入田间地头，指导种粮大户做好夏粮收割和秋粮播种衔接工作。",
    "专家们现场查看了小麦长势和农机准备情况，提醒农户抓住晴好天气抢收抢晒，确保颗粒归仓、应收尽收。",
    "据介绍，今年全市夏粮播种面积保持稳定，预计单产略有增加，农机跨区作业服务队已全部到位待命。",
])


def story(head: str = "", tools: str = "", after: str = "") -> str:
    """A portal's story: the headline, ``06-13 14:54`` under it, the text; ``head`` in
    ``<head>``, ``tools`` between the date line and the text, ``after`` after the text."""
    return f"""<html><head><meta charset="utf-8"><title>全市夏粮收割进入高峰_本地新闻</title>{head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/bd/">本地新闻</a></div>
<div class="main"><h1>全市夏粮收割进入高峰</h1>
<div class="info">06-13 14:54 来源：本地日报</div>{tools}
<div class="content">{PARAS}</div>{after}</div>
<div class="foot">版权所有 本地新闻网</div></body></html>"""


def extract(page: str):
    return clean_document(page.encode("utf-8"), fetched_at=FETCHED)


def test_a_comment_writing_the_same_day_gives_the_year():
    result = extract(story(after="<!-- 发布 2024/06/13 14:54 -->"))
    assert result.published_at == "2024-06-13T14:54:00+08:00"


def test_a_links_onclick_script_writing_the_same_day_and_clock_gives_the_year():
    tools = ("<div class=\"tools\"><a href=\"#\" onclick=\"var T=escape('全市夏粮收割进入高峰');"
             "var D=escape('2024-06-13 14:54:00');post(5521,T,D,'/bd/2024/06/13/5521.htm')\">我要评论</a></div>")
    result = extract(story(tools=tools))
    assert result.published_at == "2024-06-13T14:54:00+08:00"


def test_a_share_forms_hidden_link_dates_the_month_day():
    form = ("<form action=\"/share\"><input type=\"hidden\" name=\"title\" value=\"推荐：全市夏粮收割进入高峰\">"
            "<input type=\"hidden\" name=\"content\" value=\" &lt;a href='http://www.example.com/2024/0613/5521.html' "
            "target='_blank'&gt;全市夏粮收割进入高峰&lt;/a&gt;\"></form>")
    result = extract(story(after=form))
    assert result.published_at == "2024-06-13T14:54:00+08:00"


def test_a_comments_date_on_another_day_gives_no_year_guard():
    result = extract(story(after="<!--modify date 2014/7/8 !-->"))
    assert not result.published_at.startswith("2014")


def test_hidden_days_that_disagree_on_the_year_give_none_guard():
    result = extract(story(after="<!-- 2014/06/13 --><!-- 2019/06/13 -->"))
    assert result.published_at[:4] not in ("2014", "2019")


def test_a_scripts_day_at_another_clock_gives_no_year_guard():
    result = extract(story(after="<script>var cached = '2019-06-13 03:10:00';</script>"))
    assert not result.published_at.startswith("2019")
