"""A headline printed over a layout table whose right cell holds the text.

An old template sets the story's text in the right ``<td>`` of a layout table whose left
``<td>`` is a column of menu links, the headline ``<h1>`` printed over the table. The
headline counts as near the text when it sits in the text's parent or grandparent; the
cell and its row were those levels, so the ``<h1>`` over the table was "far", and a stated
``og:title`` that prefixes the site's column name (``某某新闻 -- 标题``) outscored it. A
layout table's cell, row and table now count as one level.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, paras

HEADLINE = "监管部门向五家机构发出监管函 剑指违规投资"
STORY = ["记者今日获悉，监管部门近日向五家保险机构发出监管函，指出其在资金运用方面存在"
         "违规投资、内部控制薄弱等问题。",
         "监管函要求相关机构立即整改，完善投资决策流程，并在规定期限内提交整改报告，"
         "逾期未整改的将依法采取进一步监管措施。",
         "业内人士表示，此举释放出严监管信号，保险资金运用将更加注重合规与风险控制。"]
MENU = ["首页", "即时新闻", "财经", "地产", "国际", "评论", "专栏", "视频"]


def test_an_h1_over_a_layout_table_holding_the_text_is_the_headline():
    menu = "".join(f"<div><a href='/col/{k}/'>{word}</a></div>" for k, word in enumerate(MENU * 2))
    page = ("<html><head><meta charset='utf-8'>"
            f"<title>{HEADLINE} - 某某报网站</title>"
            f"<meta property='og:title' content='某某报即时新闻 -- {HEADLINE}'></head><body>"
            "<div><a href='/'>某某报网站</a></div><div>"
            "<p><span>今日 15:23</span> <span><a href='/news/'>财经</a></span></p>"
            f"<h1>{HEADLINE}</h1><div><img src='/a.jpg'></div>"
            f"<table width='100%'><tbody><tr><td width='200' valign='top'>{menu}</td>"
            f"<td valign='top'><div>{paras(STORY)}</div></td></tr></tbody></table></div>"
            "<div>关于我们 联系我们</div></body></html>")
    assert cleaned(page).title == HEADLINE
