# ruff: noqa: E501  (Chinese test strings)
"""A booking box built of fields under a short report (issue 14, after fresh13's score,
where the text ends): pages in the shape of a real property-channel template, with text
written here.

The template prints under the report's paragraphs and its source line a box made of
``<div>`` elements, not a ``<form>``: a phone number as a heading, a linked call, a sentence
of the service and the ways to book, then ``姓名：`` and ``手机号码：`` over their text
inputs and a submit button. fresh13's tyh163-taiyuan-three-roads-rebuilt (358 characters
labelled) was read as 511: the box's lines were kept as the text's last paragraphs (only a
``<form>`` element was set aside as a small form). Now the smallest block around a field a
reader types into that also holds a send button, holding two such fields or more and fewer
than 200 Chinese characters, is set aside as a form is.

- The booking box under the report: the text ends at the report's last sentence; so it
  does when the box sits in a wrapper around the text that holds a comment box's fields and
  button too (the real page's shape: such blocks nested are each weighed).
- Guards: a box with one field (a search box under the text) is no such block (the text
  is unchanged); a report printed in the same block as two fields and a button, holding
  more text than a form's lines, stays whole.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "城区三条道路将改造 招标信息公示"
_REPORT = [
    "城区东环路、学府街、新华巷也将被改造，三条道路的招标信息正在面向社会公示。",
    "公示的方案显示，东环路改造工程北起北环街，南至南环街，全长二点一公里；学府街改造全长一点二公里。",
    "改建内容包括道路、排水、照明和电力管线入地等，建成后将缓解中心城区的交通压力。",
]
_SOURCE = "<div class='ep-source'><span>本文来源：某某新闻网</span></div>"
_BOOKING = (
    "<div class='bookbox clearfix'><input name='_ok' type='hidden' value='/ok.html'/>"
    "<div class='c1'><h2>0000-1234567</h2><h3><a href='/special/car.html'>免费专车上门接送、尊享购房优惠！</a></h3>"
    "<h4>看房直通车提供看房、买房的一站式服务，已覆盖全市在售楼盘，网友可享合作楼盘的额外折扣。<br/>"
    "<span>预约方式：</span>1、直接拨打 0000-1234567 预约； 2、填写以下资料进行网上预约：</h4></div>"
    "<div class='c2'><ul><li><label>姓名：<input name='xm' type='text'/></label>　<label>手机号码：<input name='sj' type='text'/></label></li>"
    "<li><label>人数：<input name='rs' type='text'/></label>　<label>楼盘名称：<input name='lp' type='text'/></label></li></ul></div>"
    "<div class='c3'><input type='button' value='提交' onclick='go();'/></div></div>"
)


def _page(after: str) -> list[str]:
    """The body of the report's page with ``after`` under its text and source line."""
    text = "".join(f"<p>{t}</p>" for t in _REPORT)
    return story_paragraphs(_TITLE, f"<div class='post'><div class='post_text'>{text}{_SOURCE}</div>{after}</div>")


def test_a_booking_box_of_fields_under_a_short_report_is_not_its_last_sentence() -> None:
    paragraphs = _page(_BOOKING)
    assert paragraphs[-1] == _REPORT[-1]
    assert not any("预约" in p or "姓名" in p for p in paragraphs)


def test_a_search_box_of_one_field_under_the_text_leaves_the_text_as_it_is() -> None:
    search = "<div class='find'><input type='text' name='q'/><input type='submit' value='搜索'/></div>"
    assert _page(search)[-1] == _REPORT[-1]


def test_a_report_printed_in_one_block_with_two_fields_and_a_button_stays_whole() -> None:
    more = [
        "据介绍，三条道路改造将分两期实施，一期工程计划于今年五月开工，年底前完工通车。",
        "改造期间，相关路段将实行半幅施工，市民出行可绕行周边道路，公交线路将临时调整。",
    ]
    text = "".join(f"<p>{t}</p>" for t in [*_REPORT, *more])
    fields = "<p>姓名：<input type='text' name='a'/> 电话：<input type='text' name='b'/><input type='submit' value='提交'/></p>"
    paragraphs = story_paragraphs(_TITLE, f"<div class='post_text'>{text}{fields}</div>")
    assert _REPORT[0] in paragraphs
    assert more[-1] in paragraphs


def test_a_booking_box_inside_a_wrapper_that_holds_a_comment_boxs_fields_goes_and_the_text_stays() -> None:
    comment = "<input type='text' name='nick'/><textarea name='c'></textarea><input type='submit' value='发表评论'/>"
    text = "".join(f"<p>{t}</p>" for t in _REPORT)
    paragraphs = story_paragraphs(
        _TITLE, f"<div class='main'><div class='post_text'>{text}{_SOURCE}</div>{_BOOKING}{comment}</div>")
    assert paragraphs[0] == _REPORT[0]
    assert paragraphs[-1] == _REPORT[-1]
