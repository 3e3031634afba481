# ruff: noqa: E501  (Chinese test strings)
"""A one-paragraph report whose sentence a word processor set in runs of spans (issue 14,
stop 35, where the text starts; a county bureau's page in the unlabelled pool, whose first
words GNE and trafilatura both kept): a page in that shape, with text written here.

``<p><span>3</span><span>月</span><span>15</span><span><span>日，某某到我院调研…</span>…
</span><span>…作了指导。</span></p>``: the longest run was chosen as the body (the tightest
candidate holding most of the paragraph's score), so the text began at ``日，`` and ended
where that run ended. A paragraph is the smallest block: when it is one line (no ``<br>``
outside the run) and the chosen run holds the larger part of it, the paragraph is the body.

Guard: a paragraph of two lines — a lead set bold over a ``<br>``, then the long run — keeps
the run as the body chosen (the lead is judged as before, on its own).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "市仲裁院负责人到县仲裁院调研指导工作"
LONG = ("日，市劳动人事争议仲裁院院长到我院调研指导工作，在实地查看了案卷、办案场所，听取我院负责人的工作汇报后，"
        "院长强调，随着产业结构的深度调整，劳动关系日趋复杂多样，对争议处理工作提出了新的要求，仲裁院要从四个方面做好工作："
        "一是坚持合法、公正、注重调解、及时裁决的原则，发挥好仲裁办案快捷、灵活、低成本的优势；二是加强自身队伍建设，"
        "加强业务学习特别是办案程序和相关法律法规的学习，确保学深学透会用；三是加强劳动保障法律法规的宣传，提高依法维权的自觉性；"
        "四是抓好基层调解组织的指导工作，确保乡镇、企业、园区等基层调解组织")
TAIL = "建设到位。院长最后还就办案中的疑难问题作了业务指导。"
SPAN = "<span style='font-family:仿宋_GB2312;font-size:21px'>"


def _page(paragraph: str) -> str:
    return (page_head(TITLE) + "<div class='nav'><a href='/'>首页</a> <a href='/dt/'>工作动态</a></div>"
            f"<h2>{TITLE}</h2><p class='info'>发布时间：2026-03-16 来源：县人社局</p>"
            "<div class='content'><font id='Zoom'>"
            f"<p style='text-align:center'><strong><span>{TITLE}</span></strong></p><p><br></p>"
            f"{paragraph}</font></div>"
            "<div class='footer'>版权所有：某某县人力资源和社会保障局</div></body></html>")


def test_a_paragraph_set_in_runs_of_spans_is_the_body_from_its_first_run() -> None:
    paragraph = (f"<p>&nbsp;&nbsp;&nbsp;&nbsp; {SPAN}3</span>{SPAN}<span>月</span></span>{SPAN}15</span>"
                 f"{SPAN}<span>{LONG}</span>{TAIL[:2]}</span>{SPAN}{TAIL[2:]}</span></p>")
    body = cleaned(_page(paragraph)).body
    assert body.startswith("3月15日，市劳动人事争议仲裁院院长")
    assert body.rstrip().endswith(TAIL)


def test_a_bold_lead_over_a_line_break_keeps_the_long_run_apart() -> None:
    lead = "本报讯 3月15日，市仲裁院负责人一行来到我县，就劳动人事争议处理工作开展调研。"
    paragraph = f"<p><strong>{lead}</strong><br>{SPAN}{LONG}{TAIL}</span></p>"
    body = cleaned(_page(paragraph)).body
    assert LONG[2:30] in body
    assert body.rstrip().endswith(TAIL)
