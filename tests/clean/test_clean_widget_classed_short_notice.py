# ruff: noqa: E501  (Chinese test strings)
"""A short notice whose paragraph and every block around it up to ``<body>`` carry a widget's
class word (issue 14, stop 29; the ``widget-classed`` perturbation of
``benchmarks/extraction_robust.py``: ``<p class="side">`` in ``<div class="print-box">`` in
``<div class="editor_wrap">`` …, words a template may give the blocks that hold the text).
Nothing outside the class-marked blocks holds text, and the notice is too short for its
block to be kept for its size. The last resort takes the best block of one-sentence lines
believing no class word, and no longer sets aside the blocks around it — but it still set
aside the paragraph inside it classed ``side``: the body was the signature alone. Blocks
inside that body classed as widgets and holding a sentence are its text now; a share box
without a sentence inside it is still set aside.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

HEADLINE = "校园将于下周一停止供暖"
LINE = "根据市里关于供暖工作的规定和学校实际情况，本采暖季将于3月21日结束，届时校内各区域停止供暖。"


def _notice(inside: str = "") -> str:
    return (page_head(HEADLINE) + "<div class='page-bottom'><div class='editor_wrap'>"
            "<div class='breadcrumb'><a href='/'>首页</a> &gt; <a href='/news/'>通知公告</a></div>"
            f"<h1>{HEADLINE}</h1><div class='time'>来源：后勤 时间：2011-03-18</div>"
            f"<div class='print-box'>{inside}<p class='side'>{LINE}<br>特此通知。</p>"
            "<p style='text-align:right'>后勤集团<br>2011年3月18日</p></div></div></div></body></html>")


def test_a_short_notice_paragraph_classed_as_a_widget_inside_widget_classed_blocks_is_read():
    body = cleaned(_notice()).body
    assert body.startswith(LINE) and "特此通知。" in body


def test_a_share_box_inside_that_notice_is_still_set_aside():
    share = "<div class='share'>分享到：<a href='#'>微信</a> <a href='#'>微博</a></div>"
    body = cleaned(_notice(share)).body
    assert body.startswith(LINE) and "分享" not in body
