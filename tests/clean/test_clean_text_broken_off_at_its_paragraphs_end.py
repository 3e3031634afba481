"""A text broken off mid-sentence at the end of the paragraph chosen as its block (stop 35),
on pages of our own text in the shape of a county bureau's copy of a provincial decree.

A word processor set a regulation as one long ``<p><span>…<br>…</span></p>``, every
article a ``<br>`` line, and put its last lines in the next ``<p>``: the first paragraph
ends on an enumerated item closed by a semicolon (``（二）…不予查处的；``), the next holds
items (三) to (五) and the last two articles. The long paragraph was chosen alone, the
decree's head lines beside it keeping its parent from being the block, so the regulation
lost its last articles. A paragraph that breaks off mid-sentence (its last line closes with
``；``, ``，``, ``、`` or ``：``) is continued by the running text right after it in the same
parent; one that closes a sentence is not.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

SPAN = "<span style='FONT-SIZE: 19px'>"
ARTICLES = "<br>　　".join([
    "第一条　为规范施工单位支付务工人员工资的行为，保障务工人员的合法权益，制定本办法。",
    *(f"第{n}条　施工单位应当按照本办法的规定，在项目开工前向有关部门存储工资保障金，"
      f"专项用于支付被拖欠的务工人员工资，任何单位和个人不得挪用。" for n in "二三四五六七八九十"),
    "第十一条　有关部门的工作人员在工作中有下列行为之一的，依法给予处分：",
    "（一）不依法履行职责，造成重大社会不稳定事件发生的；",
    "（二）发现违法行为或者接到举报不予查处的；",
])
LAST = "<br>　　".join([
    "（三）泄露在履行职责过程中知悉的商业秘密的；",
    "（四）其他滥用职权、玩忽职守、徇私舞弊行为的。",
    "第十二条　本办法自2025年3月1日起施行。",
])


def _page(last: str, articles: str = ARTICLES) -> str:
    return (page_head("某省建设工程务工人员工资支付保障金实施办法")
            + "<div class='nav'><a href='/'>首页</a> &gt; <a href='/zcfg/'>政策法规</a></div>"
            "<div class='content'><font id='Zoom'>"
            "<h1 style='text-align: center;'>某省建设工程务工人员工资支付保障金实施办法</h1>"
            f"<p style='TEXT-ALIGN: center'>{SPAN}某省人民政府令</span></p>"
            f"<p style='TEXT-ALIGN: center'>{SPAN}第151号</span></p>"
            f"<p style='TEXT-INDENT: 38px'>{SPAN}{articles}</span></p>"
            f"<p style='TEXT-INDENT: 38px'>{SPAN}{last}</span></p><p><br></p>"
            "</font></div><div class='foot'>版权所有 某县人力资源和社会保障局</div></body></html>")


def test_the_paragraph_continuing_a_text_broken_off_at_a_semicolon_is_the_text() -> None:
    paragraphs = cleaned(_page(LAST)).paragraphs
    assert paragraphs[-1] == "第十二条本办法自2025年3月1日起施行。"
    assert "（三）泄露在履行职责过程中知悉的商业秘密的；" in paragraphs


def test_a_paragraph_after_a_text_that_closes_a_sentence_is_not_pulled_in() -> None:
    closed = ARTICLES.rsplit("<br>　　", 3)[0]  # up to 第十条, closed by its stop
    note = "本站编辑部整理了与本办法有关的问题解答，读者可到问答栏目查看。读者有疑问可以留言。"
    paragraphs = cleaned(_page(note, closed)).paragraphs
    assert note not in paragraphs
