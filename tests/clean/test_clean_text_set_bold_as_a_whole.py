# ruff: noqa: E501  (Chinese test strings)
"""A text set bold or in italics as a whole (issue 14, stop 32, block choice): pages in the
shapes of real templates, with text written here.

An old template may print the whole text inside one ``<strong>`` (or ``<b>``, ``<em>``,
``<center>``, ``<blockquote>``) whose lines are split by ``<br>``, straight in its ``<div>``
or table cell. The blocks the
body is chosen from are the ``<p>``, ``<div>``, ``<td>``, ``<font>`` and ``<span>`` holding
text of their own; no such block held a character of this text, and the body came out empty
or as a sidebar's line (a probe wrapping each opened page's first text block in a
``<strong>``: 11 pages of 655 lost their whole text). Now, when the body found is weak
(under 300 Chinese characters), the choice is made again with emphasis holding text of its
own counted as a block; what it finds must hold twice the text found before.

- A report whose lines sit in one ``<strong>`` under its ``<div>``: the report.
- A notice in ``<b>`` inside a layout table's cell, a column of links beside it: the notice.
- A column in ``<em>`` inside a sized ``<span>``: the column.
- The same lines in one ``<center>`` or ``<blockquote>`` (an old page centring or quoting
  its whole text): the text (``<i>``, ``<u>``, ``<big>`` and ``<small>`` count too).
- Guard: a short story in plain paragraphs over a site statement set in ``<em>`` in the
  footer stays the text (the statement holds less than twice the story).
- Guard: a story whose paragraphs carry bold subheadings keeps every paragraph.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, page_head

TITLE = "某市部署今年防汛工作"
LINES = ["本报讯 6月12日，某市召开防汛工作会议，研究部署今年的防汛工作，要求各部门压实责任、加强值守。",
         "会议指出，今年入汛以来，全市降雨偏多，部分河道水位持续上涨，防汛形势复杂严峻。",
         "会议要求，各区要对辖区内的水库、堤防和地质灾害隐患点开展拉网式排查，发现问题立即整改。",
         "会议强调，要完善应急预案，备足抢险物资，一旦发生险情，第一时间组织群众转移避险。"]


def test_a_report_whose_lines_sit_in_one_strong_is_the_text() -> None:
    inner = "<div class='content'><strong>" + "<br>".join(LINES) + "</strong></div>"
    body = cleaned(news_page(TITLE, inner)).body
    assert body.startswith(LINES[0])
    assert body.rstrip().endswith(LINES[-1])


NOTICE_TITLE = "关于做好今年夏季学生安全教育工作的通知"
NOTICE = ["各中小学、幼儿园：",
          "暑假将至，为切实做好学生假期安全工作，防止溺水、交通等安全事故发生，现将有关事项通知如下。",
          "一、各校要在放假前召开一次安全教育主题班会，组织学生学习防溺水、防交通事故等安全知识。",
          "二、各校要通过家长会、告家长书等形式，提醒家长切实履行监护责任，做到放假不放松。",
          "某某县教育局", "2026年6月20日"]
LINKS = ("<td width='180'><div>相关链接</div><div><a href='/a/1.html'>县教育局召开全县教育工作会议</a></div>"
         "<div><a href='/a/2.html'>县第一中学举行春季运动会</a></div></td>")


def test_a_notice_in_b_inside_a_layout_cell_is_the_text() -> None:
    page = (page_head(NOTICE_TITLE) + "<table><tr><td>"
            f"<div align='center'>{NOTICE_TITLE}</div><div>发布时间：2026-06-20</div>"
            "<div><b>" + "<br>".join(NOTICE) + "</b></div></td>" + LINKS + "</tr></table>"
            "<div>版权所有：某某县教育局 地址：某某县人民路1号</div></body></html>")
    body = cleaned(page).body
    assert body.startswith(NOTICE[0])
    assert NOTICE[3] in body
    assert "运动会" not in body


COLUMN_TITLE = "夏夜的萤火"
COLUMN = ["小时候住在乡下，夏天的夜晚总是很长，吃过晚饭，大人们搬出竹床在院子里乘凉。",
          "田埂上、池塘边，萤火虫一闪一闪地飞，我们拿着玻璃瓶追来追去，常常追到很远的地方。",
          "如今住进了城里，夜晚灯火通明，却很少再见到萤火虫了，那些夏夜也只留在了记忆里。"]


def test_a_column_in_em_inside_a_sized_span_is_the_text() -> None:
    inner = ("<div class='article'><span style='font-size:16px'><em>"
             + "<br><br>".join(COLUMN) + "</em></span></div>")
    body = cleaned(news_page(COLUMN_TITLE, inner)).body
    assert body.startswith(COLUMN[0])
    assert body.rstrip().endswith(COLUMN[-1])


def test_a_letter_whose_lines_sit_in_one_center_or_blockquote_is_the_text() -> None:
    for tag in ("center", "blockquote"):
        inner = f"<div class='content'><{tag}>" + "<br>".join(COLUMN) + f"</{tag}></div>"
        body = cleaned(news_page(COLUMN_TITLE, inner)).body
        assert body.startswith(COLUMN[0]), tag
        assert body.rstrip().endswith(COLUMN[-1]), tag


SHORT = ["本报讯：某市图书馆今天起延长开放时间，周一至周五开放到晚上九点。",
         "图书馆负责人说，延长开放时间是为了方便上班族下班后来馆阅读。"]
STATEMENT = ("<center><em>本站所有文章均不一定代表本站立场<br>"
             "声明：本站由志愿者维护，如有版权问题，请与我们联系。欢迎其他媒体转载本站文章，"
             "为尊重作者的劳动，请转载时注明来源和作者，谢谢合作。</em></center>")


def test_a_short_story_over_a_statement_in_em_stays_the_text() -> None:
    page = (page_head("某市图书馆延长开放时间") + "<h1>某市图书馆延长开放时间</h1><div>2026-06-20 10:00</div>"
            "<div class='text'>" + "".join(f"<p>{p}</p>" for p in SHORT) + "</div>"
            + STATEMENT + "</body></html>")
    body = cleaned(page).body
    assert body.startswith(SHORT[0])
    assert "志愿者" not in body


def test_a_story_with_bold_subheadings_keeps_every_paragraph() -> None:
    inner = ("<div class='content'>" + f"<p>{LINES[0]}</p><p><strong>压实责任</strong></p>"
             f"<p>{LINES[1]}</p><p><b>排查隐患</b></p><p>{LINES[2]}</p><p>{LINES[3]}</p></div>")
    body = cleaned(news_page(TITLE, inner)).body
    assert body.startswith(LINES[0])
    assert body.rstrip().endswith(LINES[-1])
