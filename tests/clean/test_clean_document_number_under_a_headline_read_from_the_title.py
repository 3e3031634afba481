# ruff: noqa: E501  (Chinese test strings)
"""The document number printed under a disclosure table's headline opens the text even when
no element was taken for the headline (stop 34; a perturbation residual of stop 33: a
regulator's penalty disclosure under ``noclass``). A page of our own text in the regulator's
shape: an index card (索引号, 公文名称 …), the headline's block ``<div>某某信息公开表
（某金罚决字〔2024〕1号）</div>`` — the number after a newline of the source, not a ``<br>`` —
and the table.

The number is the first line of the document's text (``document_number``); it was read from
the element taken for the headline. With the page's classes gone no element was taken (the
headline came from ``<title>``), and the text opened at the table's header. Now the block
printed before the body whose words open with the headline is the headline's block, and a
document number closing it — on a line of its own or after the headline in the same line —
opens the text. On the opened and pool pages nothing changed.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

_TITLE = "某某金融监管分局行政处罚信息公开表"
_NUMBER = "（某金罚决字〔2024〕1号）"
_ROWS = [
    ("序号", "当事人名称", "行政处罚决定书文号", "主要违法违规行为", "行政处罚内容", "作出决定机关"),
    ("1", "某某财产保险股份有限公司某某分公司", "某金罚决字〔2024〕1号", "给予投保人保险合同约定以外的利益", "罚款22万元", "某某金融监管分局"),
    ("2", "王某某（时任某某财产保险股份有限公司某某分公司副总经理）", "某金罚决字〔2024〕1号", "对上述违法行为负有直接责任", "警告并罚款6万元", "某某金融监管分局"),
]


def _page() -> str:
    table = "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in _ROWS)
    return (page_head(_TITLE)
            + "<div><div><a href='/'>首页</a> <a href='/cn/view/'>政务信息</a></div></div>"
            "<div><div><div><span>索 引 号：</span><span>主题分类：</span></div>"
            f"<div><span>公文名称：<span>{_TITLE}{_NUMBER}</span></span></div></div>"
            f"<div><div>{_TITLE}\n{_NUMBER}</div><div></div>"
            f"<div><title></title><div><table><tbody>{table}</tbody></table><p></p></div></div>"
            "<div>附件信息:</div></div></div>"
            "<div><a href='/map/'>网站地图</a> 版权所有</div></body></html>")


def test_the_document_number_under_the_headline_opens_the_table_text() -> None:
    result = cleaned(_page())
    assert result.title == _TITLE
    assert result.paragraphs[0] == _NUMBER
