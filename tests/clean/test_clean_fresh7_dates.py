# ruff: noqa: E501  (Chinese test strings)
"""The two date misses of fresh7's held-out score, each as a class (stop 23, after the score).

Each page is a real template's shape with text written here:

1. a Hong Kong financial paper's instant-news story prints only ``今日 15:23`` in its info
   line under the headline; the page was saved long before it is cleaned, so "today" is
   the saver's, not the run's. The page states its own day elsewhere: in a counter script's
   map (``pageInfo['publishDateTime']="2019-03-14 10:05:00"``, a bracketed key the script
   reader skipped), in its canonical URL's path, in another stated date. A date counted
   back from the fetch time gives way to the day the page states (whole when the stated
   date has the same clock time); with nothing stated, "today" stays the fetch's day
   (the page says so: guard); a bare clock with no day dates nothing (guard);
2. a telecom regulator's recruitment notice, undated but for its signature under the text,
   the issuing body's name and the day in Chinese numerals (``某某省通信管理局<br>
   二○一九年三月十四日``): the signature dates the page, not the application deadline
   printed in the text (``报名截止日期：2019年4月10日``); the same in digits too; a line
   of a long name and a date that is no body (``…有限公司联合发布 …``) is no signature.

Each test fails on the code before its change, except the guards named in it.
"""

from __future__ import annotations

from lxml import html

from pipelines.clean import clean_document
from pipelines.dates import fetch_relative
from pipelines.pagefacts import read_facts

FETCHED = "2026-12-01T08:00:00Z"

_STORY = (
    "<p>本港一家中型保险公司昨日公布，将在下季度调整旗下储蓄产品的保证回报，以回应利率环境的变化。</p>"
    "<p>公司发言人表示，调整只影响新保单，现有客户的权益维持不变，并会以书面形式通知各代理人。</p>"
    "<p>分析人士认为，行业内其他公司或会跟随调整，消费者在选购产品时应比较不同条款。</p>"
)


def instant_page(info: str = "今日 10:05", *, script: str = "", canonical: str = "") -> str:
    """An instant-news story: headline, an info line of a date span and a category link,
    the story, a sidebar of other stories, a counter script at the page's foot."""
    link = f'<link rel="canonical" href="{canonical}" />' if canonical else ""
    return f"""<html><head><meta charset="utf-8"><title>保险公司调整储蓄产品回报 - 即时新闻 - 某某财经网</title>{link}</head>
<body><div id="header"><a href="/">某某财经网</a> <a href="/instant">即时新闻</a> <a href="/market">市场</a></div>
<div id="article-detail-wrapper">
<h1 id="article-title">保险公司调整储蓄产品回报</h1>
<p class="info"><span class="date">{info} </span> <span class="cate"><a href="/instant/finance">财经</a></span></p>
<div id="article-content">{_STORY}</div></div>
<div id="sidebar"><h3>热门新闻</h3><ul><li><a href="/a/1">港股午市回落</a></li><li><a href="/a/2">金价连升三日</a></li></ul></div>
<div id="footer"><p>某某财经网版权所有，不得转载。</p></div>
<script type="text/javascript">
var pageInfo={{}};
pageInfo['articleTitle']="保险公司调整储蓄产品回报";
{script}
pageInfo['channel']="instant";
</script>
</body></html>"""


def extract(page: str):
    return clean_document(page.encode("utf-8"), fetched_at=FETCHED)


def test_script_map_entry_with_bracketed_key_is_a_stated_date():
    root = html.fromstring(instant_page(script="pageInfo['publishDateTime']=\"2019-03-14 10:05:00\";"))
    assert read_facts(root).script_dates == ["2019-03-14 10:05:00"]
    root = html.fromstring(instant_page(script='page["releaseTime"] = "2019-03-14";'))
    assert read_facts(root).script_dates == ["2019-03-14"]


def test_today_with_a_clock_takes_the_stated_date_at_that_clock():
    result = extract(instant_page(script="pageInfo['publishDateTime']=\"2019-03-14 10:05:00\";"))
    assert result.title == "保险公司调整储蓄产品回报"
    assert result.published_at == "2019-03-14T10:05:00+08:00"
    assert result.paragraphs[0].startswith("本港一家中型保险公司")


def test_today_with_a_clock_takes_the_urls_day_with_the_printed_clock():
    result = extract(instant_page(canonical="https://www.example.com/2019/03/14/insurer-returns.html"))
    assert result.published_at == "2019-03-14T10:05:00+08:00"


def test_yesterday_takes_the_stated_day_not_the_day_before_the_run():
    result = extract(instant_page("昨日 22:40", script="pageInfo['publishDate']=\"2019-03-13\";"))
    assert result.published_at == "2019-03-13T22:40:00+08:00"


def test_today_with_nothing_else_stated_is_the_fetch_day():
    """Guard: the page says today and nothing on it says another day."""
    result = extract(instant_page())
    assert result.published_at == "2026-12-01T10:05:00+08:00"


def test_today_agreeing_with_the_stated_day_is_kept():
    """Guard: a page fetched the day it was published."""
    result = extract(instant_page(script="pageInfo['publishDateTime']=\"2026-12-01 09:00:00\";"))
    assert result.published_at == "2026-12-01T10:05:00+08:00"


def test_a_clock_without_a_day_never_dates_the_page():
    """Guard: ``10:05`` alone, with or without a label, is no date; the run's day is never
    put to it."""
    for info in ("10:05", "更新：10:05", "发布时间：10:05"):
        result = extract(instant_page(info))
        assert result.published_at is None, info


def test_fetch_relative_names_the_forms_counted_from_the_fetch_time():
    assert fetch_relative("今日 15:23")
    assert fetch_relative("5分钟前")
    assert fetch_relative("刚刚")
    assert not fetch_relative("2018-06-29 15:23")
    assert not fetch_relative("06-29 15:23")
    assert not fetch_relative("今日头条")


def recruitment_notice(signature: str, *, org: str = "某某省通信管理局") -> str:
    """A regulator's pop-up notice: a bold red title in a centred paragraph, the text in one
    paragraph of ``<br>`` lines (an application deadline among them), the signature in a
    right-aligned paragraph under it; no date anywhere else."""
    return f"""<html>
<head>
<title>招聘启事</title>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
</head>
<body bgcolor="#E9F0F8">
<table border="0" width="100%"><tr><td align="center"><br>
<table width="500"><td align="center" style="font-size: 9pt"><div align="center"><br>
<table border="0" width="95%"><tr><td width="100%" valign="top">
<p align="center"><font color="#FF0000" size="3"><strong>招聘启事</strong></font></p>
<p>　　因网络安全监管工作需要，我局公开招聘技术支撑人员2名，具体事宜如下：<br>
　　一、应聘条件：<br>
　　1、全日制大学本科以上学历；<br>
　　2、网络安全、软件工程及相关专业；<br>
　　3、遵纪守法，工作认真细致；<br>
　　二、待遇：按有关规定执行。<br>
　　4、具有较强的文字表达能力和沟通协调能力。<br>
　　有意者请将个人简历、近期照片、学历学位证明、身份证复印件和其他能证明工作能力的材料邮寄到我局。经审核符合条件的，另行通知面试，未录用者材料恕不退还。邮寄地址：某某市某某路8号某某大楼某某省通信管理局人事处收（信封上注明“应聘”字样），邮编：100000。<br>
　　报名截止日期：2019年4月10日。有关情况请登录我局网站查询。<br>
　　联系电话：12345678王先生</p>
<p align="right" style="line-height: 150%">{org}<br>
{signature}</p>
</td></tr></table><br></div></td></table>
</td></tr></table>
</body>
</html>"""


def test_signature_in_chinese_numerals_dates_an_undated_notice():
    for numerals in ("二○一九年三月十四日", "二〇一九年三月十四日", "二零一九年三月十四日"):
        page = recruitment_notice(numerals).encode("gb18030")
        result = clean_document(page, fetched_at=FETCHED)
        assert result.title == "招聘启事"
        assert result.published_at == "2019-03-14T00:00:00+08:00", numerals


def test_signature_in_digits_dates_an_undated_notice():
    result = clean_document(recruitment_notice("2019年3月14日").encode("gb18030"), fetched_at=FETCHED)
    assert result.published_at == "2019-03-14T00:00:00+08:00"


def test_a_long_name_and_a_date_is_no_signature():
    """Guard: a line naming no public body (a company's long name before the day) under the
    text is no signature; the deadline in the text is no date of the page either."""
    page = recruitment_notice("2019年3月14日", org="某某科技发展股份有限公司与合作单位联合发布")
    result = clean_document(page.encode("gb18030"), fetched_at=FETCHED)
    assert result.published_at is None
