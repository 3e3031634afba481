# ruff: noqa: E501  (Chinese test strings)
"""A summary box above a story that repeats its first paragraph is not a lead (issue 14,
stop 24 post-score: perturbation regressions). The shape of a regional news portal's article
page of 2010 with every class and id taken off (the ``noclass``/``bare`` perturbations of
``benchmarks/extraction_robust.py``): the headline and a date line in ``<div>``s, an empty
``<div>``, a summary ``<div>`` (``<strong>内容提要：</strong>`` and the story's first
paragraph), then ``<div><div><!--topic--></div><div><p>…</p>…</div></div>`` — the story
inside a wrapper whose other child is empty — with text written here.

The lead rule of stop 24 looks beside the top of the wrappers the body sits in alone; there
it met the summary box and took it as the lead. The box's label made the abstract rule drop
it, and the repeat of its paragraph took the story's real first paragraph and first
sub-heading with it: the text began at its third paragraph. A block above the body whose
text the body's opening repeats is a summary, not a lead: nothing is taken from it.

Guard: a real lead beside the wrappers (its text not in the body) still opens the text (an
unclassed block: nothing marks it as a box apart, the label rule of stop 31).
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"
TITLE = "老桥翻修后重新通车 市民清晨排队走一走"
FIRST = "一座走过六十年的石拱老桥昨天重新通车，附近居民一早就来到桥头，想第一个走上翻修后的桥面。经过八个月的施工，老桥换了新的桥面和栏杆。"
HEADING = "六十年老桥的新面貌"
REST = [
    "清晨六点，桥头已经排起了长队。七十多岁的张大爷说，他小时候每天都从这座桥上走过去上学，桥修好了，他一定要来走一走。",
    "据施工单位介绍，这次翻修保留了老桥的石拱和桥墩，只更换了已经开裂的桥面石板，并按照原来的样式重新雕刻了栏杆。",
    "施工期间，工人们对每一块拆下的旧石板都做了编号，能用的石板清洗后放回原处，不能用的才用新石料补上。",
    "区里有关负责人表示，老桥周边还将修建一处小广场，方便居民休息和散步，预计明年春天完工。",
]
PAGE = ("<html><head><meta charset='utf-8'><title>{title}-新闻中心</title></head><body>"
        "<div><div>您当前的位置：<a href='/'>某某网</a> &gt; <a href='/news/'>新闻中心</a> &gt; <a href='/news/sh/'>社会新闻</a></div></div>"
        "<div><div>{title}</div><div>http://www.example.cn　 2010-08-04 15:11</div>"
        "<div></div>{summary}"
        "<div><div><!--function topic() parse begin--></div>"
        "<div><p>　　{first}</p><p>　　<strong>{heading}</strong></p>{rest}</div></div>"
        "<div><span>稿源：</span><a href='/src'>某某日报</a> <span>编辑：</span>王某</div>"
        "<div><div>相关新闻</div><table><tr><td>· <a href='/1.shtml'>老城区又有三座老桥列入翻修计划</a> 2010-07-01</td></tr>"
        "<tr><td>· <a href='/2.shtml'>市民建议为老桥设立保护标志</a> 2010-06-12</td></tr></table></div></div>"
        "<div>版权所有 某某网 Copyright 2010</div></body></html>")


def _body(summary: str) -> str:
    page = PAGE.format(title=TITLE, summary=summary, first=FIRST, heading=HEADING,
                       rest="".join(f"<p>　　{p}</p>" for p in REST))
    return clean_document(page.encode(), fetched_at=FETCHED).body


def test_a_summary_box_repeating_the_first_paragraph_leaves_the_text_whole():
    body = _body(f"<div style='display: block;'>　　<strong>内容提要：</strong>{FIRST}</div>")
    assert body.startswith(FIRST)
    assert HEADING in body
    assert body.count(FIRST[:20]) == 1
    assert body.endswith(REST[-1])


def test_a_summary_box_without_its_label_is_not_taken_either():
    body = _body(f"<div>　　{FIRST}</div>")
    assert body.startswith(FIRST)
    assert body.count(FIRST[:20]) == 1
    assert body.endswith(REST[-1])


def test_a_lead_the_body_does_not_repeat_still_opens_the_text():
    lead = "八月四日清晨，记者在老桥桥头看到，前来走一走新桥面的市民从桥头一直排到了路口。"
    body = _body(f"<div>　　{lead}</div>")
    assert body.startswith(lead)
    assert FIRST in body
