# ruff: noqa: E501  (Chinese test strings)
"""A short notice whose one paragraph closes with its contact card (issue 14, stop 24: body
edges). Pages in the real markups' shapes — a county bureau's notice page (``<p>`` broken by
``<br>`` into lines under the headline and its info line) and an old table-layout pop-up
page (headline in a centred ``<p>``, the text in one ``<p>`` of ``<br>`` lines, the signature
in a right-aligned ``<p>``) — with text written here.

A block showing two footer marks is taken for a footer; ``邮编：`` and ``联系电话：`` are two.
A notice of 100–250 characters with one or two sentences before its ``邮编：…`` and
``联系电话：…`` lines showed too little prose to outweigh them, every candidate was set aside
and the page came out EMPTY ("no article text found"). Now, when every other pass finds
nothing, a block whose only marks are contact labels counts when a line of prose (a clause
closed by a comma or a stop) opens it.

Guard: a page with no text but a footer of contact lines (a menu page) stays empty.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"

BUREAU = ("<html><head><meta charset='utf-8'><title>{title}_某县人力资源和社会保障局</title></head><body>"
          "<div class='nav'><a href='/'>首页</a> <a href='/xw/'>工作动态</a> <a href='/gk/'>信息公开</a></div>"
          "<div class='main'><h1>{title}</h1><div class='info'>发布日期：2026-09-14 来源：县人社局</div>"
          "<div class='content'><p>{text}</p></div></div>"
          "<div class='foot'><p>主办单位：某县人民政府 承办：某县信息中心</p>"
          "<p>网站标识码：1234567890 某ICP备12345678号</p></div></body></html>")
POPUP = """<html><head><title>{title}</title><meta charset="utf-8"></head>
<body><table border="0" width="100%"><tr><td align="center"><br>
<table width="500"><td align="center" style="font-size: 9pt"><div align="center"><br>
<table border="0" width="95%"><tr><td width="100%" valign="top">
<p align="center"><font color="#FF0000" size="3"><strong>{title}</strong></font></p>
<p>{text}</p>
<p align="right">某县人力资源和社会保障局<br>2026年9月14日</p>
</td></tr></table><br></div></td></table></td></tr></table></body></html>"""
TITLE = "县社会保险服务中心招聘编外工作人员公告"

CARDS = {
    "two-sentences": ["县社会保险服务中心招聘编外工作人员2名。报名时间为9月15日至20日。",
                      "报名地点：县行政服务中心三楼东侧办公室", "通讯地址：某县人民路88号",
                      "邮编：123456", "联系电话：0123-4567890"],
    "numbered-fields": ["因工作需要，县社会保险服务中心招聘编外工作人员2名，具体事宜如下：",
                        "一、报名条件：大专以上学历，年龄35周岁以下。", "二、报名时间：2026年9月15日至20日。",
                        "三、报名地点：县行政服务中心三楼，邮编：123456。", "联系电话：0123-4567890 王先生"],
    "no-stop": ["为充实基层经办力量，现面向社会公开招聘工作人员2名，具体事宜如下：", "报名时间：2026年9月15日至20日",
                "报名地点：某县人民路88号县行政服务中心三楼", "邮编：123456", "联系电话：0123-4567890"],
}


def _body(template: str, lines: list[str]) -> str:
    page = template.format(title=TITLE, text="<br>".join(lines))
    return clean_document(page.encode(), fetched_at=FETCHED).body


@pytest.mark.parametrize("template", [BUREAU, POPUP], ids=["bureau-page", "table-popup"])
@pytest.mark.parametrize("card", sorted(CARDS))
def test_a_short_notice_closing_with_its_contact_card_keeps_its_text(template, card):
    lines = CARDS[card]
    body = _body(template, lines)
    assert body.startswith(lines[0])
    assert body.endswith(lines[-1])  # the contact lines before the signature are the text's
    assert "某县人力资源和社会保障局" not in body  # the signature is not


def test_a_contact_card_in_the_one_line_of_a_brief_keeps_it():
    line = ("县社会保险服务中心招聘编外工作人员2名，报名时间为9月15日至9月20日，有意者请来电咨询。"
            "地址：某县人民路88号 邮编：123456 联系电话：0123-4567890")
    assert _body(BUREAU, [line]).startswith("县社会保险服务中心招聘编外工作人员2名，")


def test_a_page_with_only_a_footer_of_contact_lines_stays_empty():
    # Guard: a menu page (links only) over a footer of address, post code and telephone
    # lines, no prose before them: nothing here is an article.
    page = ("<html><head><meta charset='utf-8'><title>办事指南_某县人力资源和社会保障局</title></head><body>"
            "<ul class='menu'>" + "".join(f"<li><a href='/bs/{k}.html'>办事事项{k}</a></li>" for k in range(1, 9))
            + "</ul><div><p>某县人力资源和社会保障局</p><p>地址：某县人民路88号县行政服务中心三楼</p>"
            "<p>邮编：123456</p><p>电话：0123-4567890</p></div></body></html>")
    result = clean_document(page.encode(), fetched_at=FETCHED)
    assert result.body == ""
    assert result.reason
