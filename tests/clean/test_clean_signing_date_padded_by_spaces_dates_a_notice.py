"""A notice dated only under its signature, the signing date right-aligned by a run of
``&nbsp;`` and printed in a word processor's inline runs (stop 37, second round, i27e:
fresh19's nku notice — no date read). The runs each hold a piece of the date (``2026``,
``年``, ``11`` …) and the line holding them was not taken for the body's end: the padding
made it longer than a date line. The padding no longer counts. Page of our own text in
another markup (``<div>`` lines, ``<font>`` runs; the real page has ``<p>`` and ``<span>``).
Guard: the same page without its signature reads no date (the text holds none).
"""

from __future__ import annotations

from tests.clean.news_page import page_head, published

_LINES = [
    "为做好本学期校外实践项目的选拔工作，现将有关事项通知如下：",
    "一、全日制在读二年级以上本科生均可申请，学院初审后推荐至学校。",
    "二、学校组织面试，面试结果在学校网站公示五天。",
    "三、联系方式",
    "电话：12345678",
]
_PAD = "&nbsp;" * 50


def _runs(text: str) -> str:
    return "".join(f"<font face='宋体'>{piece}</font>" for piece in text)


def _page(signature_date: bool) -> str:
    lines = "".join(f"<div>{_runs(line) if len(line) < 10 else line}</div>" for line in _LINES)
    signature = (f"<div><font>{_PAD}</font>{_runs('某某大学教务处')}</div>"
                 f"<div><font>{_PAD}</font><font>2026</font><font>年</font><font>11</font>"
                 "<font>月</font><font>20</font><font>日</font></div>") if signature_date else ""
    return (page_head("关于选拔校外实践项目学生的通知")
            + "<div class='nav'><a href='/'>首页</a></div><h1>关于选拔校外实践项目学生的通知</h1>"
            + f"<div class='wp_articlecontent'>{lines}{signature}</div>"
            + "<div class='foot'>版权所有 某某大学</div></body></html>")


def test_a_padded_signing_date_dates_the_notice() -> None:
    assert (published(_page(True)) or "").startswith("2026-11-20")


def test_no_signature_no_date() -> None:
    assert published(_page(False)) is None
