# ruff: noqa: E501  (Chinese test strings)
"""A paragraph a word processor set as runs of ``<span>`` — the long last run holding the
rest of the text split by ``<br>`` — is read whole, from its first run (stop 34, found on the
pool: presswatch's first sentence against GNE's, trafilatura's and the rendered page). A page
of our own text in the shape of a county office's copy of a provincial regulation.

The regulation's articles are printed in one ``<p>``: ``<span>第一条</span><span></span><span>
为规范某某</span><span>工作，…。<br>第二条 …<br>…</span>``. The long run, text of its own
split by line breaks, was a block of text by itself and chosen as the body, so the words
of the first runs (``第一条为规范某某``) were cut off the first sentence. A run set in a
``<span>`` or ``<font>`` inside a ``<p>`` whose other runs print words now gives the ``<p>`` as
the block (a run holding the whole paragraph stays the block: a lead over a picture is judged
beside it, tests/clean/test_clean_lead_over_a_picture.py). On the opened
pages no output changed; on the pool, that page's first sentence.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

_TITLE = "某省建设工程务工人员工资支付保障金实施办法"
_ARTICLES = [
    "第二条 本省行政区域内的建筑、交通运输、水利等建设工程项目施工单位务工人员工资支付保障金的存储及其管理适用本办法。",
    "第三条 县级以上人民政府应当加强对工资保障金制度建设工作的领导，建立联席会议制度，研究解决工作中的重大问题。",
    "第四条 县级以上人力资源和社会保障部门具体负责本级工资保障金的管理工作，有关部门和工会等社会组织协助管理工作。",
]


def _page() -> str:
    runs = "<br>　　".join(_ARTICLES)
    return (page_head(_TITLE) + "<div class='nav'><a href='/'>首页</a></div>"
            f"<div class='content'><font id='Zoom'><h1>{_TITLE}</h1>"
            "<p><span>第一条</span><span></span><span>为规范建设工程项目施</span>"
            f"<span>工单位支付务工人员工资行为，保障务工人员的合法权益，根据有关条例的规定，制定本办法。<br>　　{runs}</span></p>"
            "<p><br></p></font></div><div class='foot'>版权所有 某县人力资源网</div></body></html>")


def test_the_first_runs_of_a_paragraph_set_in_spans_open_the_text() -> None:
    paragraphs = cleaned(_page()).paragraphs
    assert paragraphs[0].startswith("第一条为规范建设工程项目施工单位支付务工人员工资行为")
    assert paragraphs[-1] == "".join(_ARTICLES[-1].split())  # the space after 第四条 folded
