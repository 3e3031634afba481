# ruff: noqa: E501  (Chinese test strings)
"""A disclosure table whose first label is set letter-spaced is no headline (stop 25, the
``notitle``/``title-channel`` misses of ``benchmarks/extraction_robust.py --split opened``).

A provincial regulator's disclosure page: over the notice, its information table sits in a
block whose class names a title (``<div class="screen xxgkTitle">``), its labels in bold
cells set letter-spaced as the template aligns them (``<b>索 引 号: </b>…``, ``<b>文 号:</b>
无``); the headline follows in a ``<p class="sp_title">``. Without a ``<title>`` to match,
the table's text, read as one line (``索 引 号：… 发文机关：… 文 号：无 …``), won: a field
label is refused only written solid (``索引号：``). Letter-spaced, it is refused too.
The page with its ``<title>`` is a guard (it passes before and after).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "关于征求《全市农贸市场规范提升三年行动方案》意见的公告"

PARAS = paras(attrs="style='text-indent:2em'", texts=[
    "为进一步提升农贸市场管理服务水平，我局起草了行动方案征求意见稿，现向社会公开征求意见。",
    "公众可通过电子邮件或信函方式提出意见建议，请注明真实姓名和联系方式，以便我们进一步沟通。",
    "征求意见截止后，我局将认真研究各方意见，修改完善后按程序印发实施，感谢社会各界的关心支持。",
])


def disclosure_page(title: str = "") -> str:
    cell = "<td width=\"33%\" align=\"left\" style=\"line-height:35px;\"><b>{}</b> {}</td>"
    row1 = cell.format("<span>索 引 号: </span>", "123456789/2026-01234") + cell.format("发文机关: ", "某某市市场监督管理局") + cell.format("文 号:", "无")
    row2 = cell.format("主题分类: ", "市场监管") + cell.format("组配分类: ", "工作动态") + cell.format("成文日期: ", "2026-03-18")
    return f"""{page_head(title)}
<div class="bt-position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/gzdt/">工作动态</a></div>
<div class="article-box"><div class="artile_zw">
<div class="screen xxgkTitle"><table border="0" width="99%"><tr>{row1}</tr><tr>{row2}</tr></table></div>
<div style="height:30px;"></div>
<div class="bt-article-02"><p class="sp_title con-title"> {HEADLINE}</p>
<div id="zoom">{PARAS}<p style="text-align:right">某某市市场监督管理局</p><p style="text-align:right">2026年3月18日</p></div></div>
</div></div>
<div class="foot">主办单位：某某市市场监督管理局</div></body></html>"""


def test_a_disclosure_tables_letter_spaced_first_label_is_no_headline():
    result = cleaned(disclosure_page())
    assert result.title == HEADLINE


def test_the_same_page_with_its_title_guard():
    page = disclosure_page(f"{HEADLINE}_某某市市场监督管理局")
    result = cleaned(page)
    assert result.title == HEADLINE
