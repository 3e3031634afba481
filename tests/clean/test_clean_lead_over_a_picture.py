# ruff: noqa: E501  (Chinese test strings)
"""A story's lead sentence in a paragraph of its own, over a picture and one long paragraph
(issue 14, stop 24: body edges). The shape of a university department's news page built
with a common site builder (a left menu, the headline and an attribute line over a content
``<div>``: ``<p><span>lead</span></p>``, a centred ``<p><img></p>``, then the rest of the
story as one ``<p><span><br>…</span></p>``), with text written here.

The long paragraph holds most of the text, so the span inside it was chosen as the body; the
lead, beside the span's wrapper rather than the span, was not found and the text began at
its second sentence. Now a lead is looked for beside the top of the wrappers the body sits
in alone, and a lead of 15 Chinese characters written as a sentence counts.

Guard: a short line without a comma over the picture (a caption's words) is not a lead.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"
TITLE = "【学术讲座】学院邀请王某某教授来院作学术交流"
LEAD = "4月27日，学院邀请某某大学王某某教授来院作学术交流。"
LONG = ("王某某，某省某县人，1980年9月至1984年7月在某师范大学读本科。1987年9月至1990年7月在某大学攻读硕士学位。"
        "1990年至1993年在某工业大学计算机系任讲师。1993年至1996年在某大学计算机系攻读博士学位。1997年破格晋升教授。"
        "1998年至2000年在某科技大学任访问学者。现任某大学信息工程学院院长，主要研究方向为数据挖掘与机器学习，"
        "主持国家自然科学基金项目多项，在国内外期刊发表论文一百余篇，获省部级科技奖励三项。")
PAGE = ("<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='left'><ul><li><a href='/a'>科研成果</a></li><li><a href='/b'>科研团队</a></li>"
        "<li><a href='/c'>科研动态</a></li></ul></div>"
        "<div class='right'><h3>{title}</h3><div class='attribute'>发布时间：2018年06月20日 10:16 作者： 来源：</div>"
        "<div class='Information'><p>&nbsp;&nbsp;<span style='font-size: 16px'>{lead}</span></p>"
        "<p style='text-align: center'><img src='/a.jpg' width='500'></p>"
        "<p style='text-indent: 8px'><span style='font-size: 16px'><br>{long}</span></p><p>&nbsp;</p></div></div>"
        "<div class='footer'>版权所有：某某大学某某学院 地址：某市学院路3号</div></body></html>")


def _body(lead: str) -> str:
    page = PAGE.format(title=TITLE, lead=lead, long=LONG)
    return clean_document(page.encode(), fetched_at=FETCHED).body


@pytest.mark.parametrize("lead", [LEAD, "4月27日，学院邀请某某大学王某某教授、某某研究院李某某研究员来院作数据挖掘方面的学术交流，师生八十余人参加。"],
                         ids=["short-lead", "long-lead"])
def test_a_lead_over_a_picture_and_one_long_paragraph_opens_the_text(lead):
    body = _body(lead)
    assert body.startswith(lead)
    assert body.endswith("获省部级科技奖励三项。")


def test_a_short_line_without_a_comma_over_the_picture_is_not_a_lead():
    body = _body("王某某教授在学术交流会上作报告。")
    assert body.startswith("王某某，某省某县人")
