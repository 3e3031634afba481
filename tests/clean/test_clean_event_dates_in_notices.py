# ruff: noqa: E501  (Chinese test strings)
"""An event's day in a notice is not the notice's date (stop 25, from the unlabelled pool):
a college's notice of an exam — the headline in a ``title``-classed ``<div>``, the date line
in a ``time``-classed one (``2026-11-02<em>作者：</em>浏览次数：``: empty author and view
count), then a text set from Word whose first items are a numbered label line on its own
(``（一）考试时间``) and, in the next ``<p>``, the exam's span of days (``2026年11月21日至22日``).

Two ways of printing the event were read as the page's date line, and the exam's first day
outscored the real date line right under the headline:

1. the label set as a line of its own over its value: the label ``考试时间`` made the day
   under it an info line (``_labelled_by_previous``) while ``考试时间：`` inline had always
   marked an event. A label line naming an event's time (numbered or not) now marks the day
   under it as that event's;
2. a span of days written with ``日`` after the first day (``时间：2026年11月21日至22日``,
   ``5月30日—6月2日``): only ``21-22日`` was read as a span, so the labelled line was a date
   line.

Guards (pass before and after): an information table's row ``<th>开奖日期</th><td>…`` still
dates a draw announcement (a table's field states the page's own facts as often as an
event's, and is not read as a label line); a headline that names an event's time
(``关于调整期末考试时间的通知``) right above the date line does not hide it.
"""

from __future__ import annotations

import re

from tests.clean.news_page import cleaned

PARAS = [
    "请考生提前熟悉考场位置，按时到达考点，携带准考证和有效身份证件，配合工作人员完成身份核验后方可进入考场。",
    "考试期间请自觉遵守考场纪律，不得携带通讯工具进入考场，违反规定者将按照有关办法严肃处理，并记入诚信档案。",
    "如有疑问，请在工作日拨打招生办公室电话咨询，我们将及时答复，祝各位考生考试顺利，取得理想成绩。",
]


def word_p(text: str) -> str:
    return f"<p class=MsoNormal style='text-indent:37px;line-height:34px'><span style='font-size:19px;font-family:仿宋'>{text}</span></p>\n"


def word_day(first: str, then: str = "") -> str:
    """A day set by Word: each run of digits in its own ``lang=EN-US`` span
    (``<span lang=EN-US>2026</span><span>年<span lang=EN-US>12</span>月…``)."""
    runs = "".join(f"<span lang=EN-US>{part}</span>" if part.isdigit() else part
                   for part in re.split(r"(\d+)", first + then) if part)
    return f"<p class=MsoNormal style='text-indent:37px'><span style='font-size:19px'>{runs}<span lang=EN-US><o:p></o:p></span></span></p>\n"


def exam_notice(first_items: str, headline: str = "2027年研究生招生考试本校考点考生须知") -> str:
    """A college's notice: title and time blocks, then a text from Word opening with ``first_items``."""
    body = "".join(word_p(p) for p in PARAS)
    return f"""<html><head><meta charset="utf-8"><title>{headline}-研究生招生信息网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/kdxx.htm">考点信息</a></div>
<div>
<div class="title">{headline}</div>
<div class="time">2026-11-02<em>作者：</em>浏览次数：<span></span></div>
<div class="text"><div id="vsb_content"><div class="v_news_content">
<p class=MsoNormal><b><span style='font-size:21px;font-family:黑体'>一、考试安排</span></b></p>
{first_items}{body}
<p class=MsoNormal align=right style='text-align:right'><span>研究生招生办公室</span></p>
<p class=MsoNormal align=right style='text-align:right'><span>2026年11月2日</span></p>
</div></div></div>
<div class="next">下一条：<a href="/info/1052/1572.htm">2027年研究生招生考试考生防疫须知</a></div>
</div>
<div class="foot">版权所有 研究生招生办公室</div>
</body></html>"""


def test_a_day_under_a_numbered_label_line_naming_an_event_is_that_events():
    items = word_p("（一）考试时间") + word_day("2026年11月21日") + word_p("上午8:30—11:30；下午14:00—17:00")
    result = cleaned(exam_notice(items))
    assert result.published_at == "2026-11-02T00:00:00+08:00"


def test_a_span_of_days_with_the_first_days_mark_is_an_events_time():
    items = word_p("考试日期安排如下") + word_day("时间：2026年11月21日", "至22日") + word_p("上午8:30—11:30；下午14:00—17:00")
    result = cleaned(exam_notice(items))
    assert result.published_at == "2026-11-02T00:00:00+08:00"


def test_the_real_shape_a_label_line_over_a_span_of_days():
    items = word_p("（一）考试时间") + word_day("2026年11月21日", "至22日") + word_p("上午8:30—11:30；下午14:00—17:00")
    result = cleaned(exam_notice(items))
    assert result.title == "2027年研究生招生考试本校考点考生须知"
    assert result.published_at == "2026-11-02T00:00:00+08:00"


def test_a_headline_naming_an_events_time_above_the_date_line_guard():
    items = word_p("请各位考生注意以下调整。")
    result = cleaned(exam_notice(items, headline="关于调整期末考试时间的通知"))
    assert result.published_at == "2026-11-02T00:00:00+08:00"


def test_an_info_tables_draw_date_dates_the_announcement_guard():
    page = """<html><head><meta charset="utf-8"><title>福利彩票第2026131期开奖公告_往期开奖</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/kjxx/">开奖信息</a></div>
<div class="main"><h2>福利彩票第2026131期全国开奖公告</h2>
<div class="kjxx"><table width="100%">
<tr><th>开奖日期</th><td colspan="3">2026-11-24</td></tr>
<tr><th width="25%">本期销售金额</th><td>381,552,196元</td><th>奖池金额</th><td>1,097,846,540元</td></tr>
</table></div></div>
<div class="foot">版权所有</div></body></html>"""
    result = cleaned(page)
    assert result.published_at == "2026-11-24T00:00:00+08:00"
