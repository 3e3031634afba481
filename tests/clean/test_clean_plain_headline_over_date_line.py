# ruff: noqa: E501  (Chinese test strings)
"""A plain line over its source and date lines, with a box put between it and the text
(stop 29, headline round; found on opened pages under the ``bare`` perturbation: no
``<title>``, no classes, nothing stated, a related-links list beside the container).

The shape: ``<div>标题</div><div>某某社 原作者 某某</div><div>2024-08-03 20:02</div>``, then a
list of other stories with their dates, then the text. The headline's line, 25 Chinese
characters, was read as the text's first paragraph (the text's start), and a plain line
was looked for only within 60 elements of the text's start and counted only as the body's
first text. A line of 60 characters or fewer with no sentence's end, one of the three
elements after it printing a short dated line, is a headline over its date line: not the
text's start, looked for up to 150 elements above the text, and weighed as a marked line.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "滨江国际马拉松赛道旁出现“无人机”补给点引热议，组委会回应"
TEXT = [
    "据滨江日报11月29日电 面对近日滨江国际马拉松赛道旁出现无人机补给点引发的讨论，组委会在29日举行的发布会上表示，相关补给服务均经过报备。",
    "此前，有跑者在社交媒体发布视频称，比赛途中有无人机为个别选手投送饮用水，引发网友对比赛公平性的讨论。",
    "组委会表示，将在下届赛事中进一步完善补给规则，并加强赛道沿线的秩序管理。",
]
RELATED = "".join(f"<li><a href='/news/2026{m:02d}/t{m}.html'>滨江市{w}专项检查行动持续开展</a><span>[{m:02d}-0{m % 9 + 1}]</span></li>"
                  for m, w in zip(range(1, 37), "一二三四五六七八九十百千" * 3, strict=True))


def test_a_plain_line_over_its_date_line_is_the_headline_past_a_list():
    page = (page_head() + "<div><div>" + HEADLINE + "</div><div>滨江日报 原作者 王明</div>"
            "<div>2026-11-29 20:02</div><div><div><a href='/column/9197.html'>第一看点</a></div><div>订阅</div></div>"
            "<div style='height: 8rem;'><div><h3>热点新闻</h3><ul>" + RELATED + "</ul></div>"
            "<div>" + paras(TEXT) + "</div></div></div></body></html>")
    assert cleaned(page).title == HEADLINE


def test_a_short_first_paragraph_over_more_text_is_still_text():
    first = "面对近日赛道旁出现无人机补给点引发的讨论，组委会作出回应。"
    page = (page_head() + "<div><h1>滨江马拉松组委会回应补给争议</h1><div>2026-11-29 20:02</div>"
            "<div><p>" + first + "</p>" + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == "滨江马拉松组委会回应补给争议"
