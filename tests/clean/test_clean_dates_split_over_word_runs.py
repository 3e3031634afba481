# ruff: noqa: E501  (Chinese test strings)
"""A notice's signing date split over a word processor's runs under its text (issue 14,
stop 33, the kinds of fresh14's new sources: pages whose text sits in ``<font>``/``<span>``
runs without ``<p>`` of their own, as a word processor exports them).

Word writes a line in runs, one per change of script: ``<p class=MsoNormal align=right><span
lang=EN-US>2012</span><span>年<span lang=EN-US>11</span>月<span lang=EN-US>28</span>日</span>
</p>``. A notice that prints no other date is dated by the signing date under its text; the
blocks at the text's end were found by their own text, and this line's block has none (its
pieces are all its runs'), so the line was never read and the page had no date. The block
printing such runs as one short line is at the text's end too; so is a line whose words sit
in a smart tag (``<st1:chsdate>``, Word 2003's mark around a date), an element no block list
names.

Guards: a date line under the headline still dates the page over the signing date; a date
split over runs inside a paragraph of the text is an event, not the page's date.
"""

from __future__ import annotations

from tests.clean.news_page import published

_TITLE = "关于做好冬季道路除雪防滑工作的通知"
_TEXT = ("为切实做好今冬明春道路除雪防滑工作，保障道路安全畅通，现就有关事项通知如下。",
         "各区县要提前备足融雪剂和除雪机械，落实24小时值班制度，遇有降雪天气时确保主干道路两小时内恢复通行。",
         "请各单位将除雪防滑工作方案按时报市局运输科。")
_SIGNED = ("<p class=MsoNormal align=right style='text-align:right'><span lang=EN-US style='font-size:16.0pt'>2012"
           "</span><span style='font-size:16.0pt'>年<span lang=EN-US>11</span>月<span lang=EN-US>28</span>日</span></p>")


def _notice(info: str = "", text: tuple[str, ...] = _TEXT) -> str:
    """A notice exported by a word processor: centred headline, addressee, text, issuer and
    signing date, each paragraph's words in runs."""
    runs = "".join(f"<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>{line}</span></p>"
                   for line in text)
    return (f"<html><head><meta charset='utf-8'><title>{_TITLE}</title></head><body><div class=Section1>"
            f"<p class=MsoNormal align=center><b><span style='font-size:22.0pt'>{_TITLE}</span></b></p>{info}"
            "<p class=MsoNormal><span style='font-family:仿宋_GB2312'>各区县交通运输局：</span></p>"
            f"{runs}<p class=MsoNormal align=right><span>某某市交通运输局</span></p>{_SIGNED}</div></body></html>")


def test_a_signing_date_split_over_runs_dates_a_notice_printing_no_other() -> None:
    assert (published(_notice()) or "")[:10] == "2012-11-28"


def test_a_date_line_under_the_headline_still_dates_the_page() -> None:
    info = "<p class=MsoNormal align=center><span>发布日期：2012-12-03</span></p>"
    assert (published(_notice(info)) or "")[:10] == "2012-12-03"


def test_a_date_split_over_runs_inside_a_paragraph_is_no_page_date() -> None:
    page = _notice(text=(_TEXT[0], "请各单位于<span lang=EN-US>2012</span>年<span lang=EN-US>12</span>月"
                                   "<span lang=EN-US>10</span>日前将除雪防滑工作方案报市局运输科，逾期未报的将予以通报。",
                         _TEXT[1])).replace(_SIGNED, "")
    assert published(page) is None


def test_a_signing_date_in_a_word_processors_smart_tag_dates_the_notice() -> None:
    # Word 2003 wraps a date in a smart tag, with or without its runs inside.
    for tagged in ("<st1:chsdate Year='2012' Month='11' Day='28' IsLunarDate='False' w:st='on'>"
                   "<span lang=EN-US>2012</span>年<span lang=EN-US>11</span>月<span lang=EN-US>28"
                   "</span>日</st1:chsdate>",
                   "<st1:chsdate Year='2012' Month='11' Day='28' w:st='on'>2012年11月28日</st1:chsdate>"):
        page = _notice().replace(_SIGNED, f"<p class=MsoNormal align=right>{tagged}</p>")
        assert (published(page) or "")[:10] == "2012-11-28"
