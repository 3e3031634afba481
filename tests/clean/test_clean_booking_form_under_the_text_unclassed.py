# ruff: noqa: E501  (Chinese test strings)
"""A booking box built of fields under a short report, with no class or id anywhere (issue
14, stop 34, the robustness run: fresh13's tyh163-taiyuan-three-roads-rebuilt lost its last
sentence and length under ``noclass``, ``headings-plain``, ``sections`` and ``split-blocks``).

``form_blocks`` finds the smallest block around two fields a reader types into and a send
button, and ``negative_blocks`` sets it aside when it holds fewer than 200 Chinese
characters — but only among the blocks it was asked about: the page's classed elements,
its ``<form>`` elements and its hidden blocks. A booking box of bare ``<div>`` elements
(no class, no id) was never asked about, so its call, its ways to book and its field labels
were read as the text's last paragraphs. Such boxes are now asked about too: a form is a
form however it is marked up.

Guard (as for the classed box): a report printed in the same bare block as two fields and a
button, holding more text than a form's lines, stays whole.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "城区三条道路将改造 招标信息公示"
_REPORT = [
    "城区东环路、学府街、新华巷也将被改造，三条道路的招标信息正在面向社会公示。",
    "公示的方案显示，东环路改造工程北起北环街，南至南环街，全长二点一公里；学府街改造全长一点二公里。",
    "改建内容包括道路、排水、照明和电力管线入地等，建成后将缓解中心城区的交通压力。",
]
_BOOKING = (
    "<div><input name='_ok' type='hidden' value='/ok.html'/>"
    "<div><h2>0000-1234567</h2><h3><a href='/special/car.html'>免费专车上门接送、尊享购房优惠！</a></h3>"
    "<h4>看房直通车提供看房、买房的一站式服务，已覆盖全市在售楼盘，网友可享合作楼盘的额外折扣。<br/>"
    "<span>预约方式：</span>1、直接拨打 0000-1234567 预约； 2、填写以下资料进行网上预约：</h4></div>"
    "<div><ul><li><label>姓名：<input name='xm' type='text'/></label>　<label>手机号码：<input name='sj' type='text'/></label></li>"
    "<li><label>人数：<input name='rs' type='text'/></label>　<label>楼盘名称：<input name='lp' type='text'/></label></li></ul></div>"
    "<div><input type='button' value='提交' onclick='go();'/></div></div>"
)


def test_an_unclassed_booking_box_under_a_short_report_is_not_its_last_sentence() -> None:
    text = "".join(f"<p>{t}</p>" for t in _REPORT)
    paragraphs = story_paragraphs(_TITLE, f"<div><div>{text}<div><span>本文来源：某某新闻网</span></div></div>{_BOOKING}</div>")
    assert paragraphs[-1] == _REPORT[-1]
    assert not any("预约" in p or "姓名" in p for p in paragraphs)


def test_a_report_in_one_bare_block_with_two_fields_and_a_button_stays_whole() -> None:
    more = [
        "据介绍，三条道路改造将分两期实施，一期工程计划于今年五月开工，年底前完工通车。",
        "改造期间，相关路段将实行半幅施工，市民出行可绕行周边道路，公交线路将临时调整。",
        "市交通部门提醒，施工路段周边的停车位将暂停使用，请市民提前规划出行路线。",
    ]
    text = "".join(f"<p>{t}</p>" for t in [*_REPORT, *more])
    fields = "<p>姓名：<input type='text' name='a'/> 电话：<input type='text' name='b'/><input type='submit' value='提交'/></p>"
    paragraphs = story_paragraphs(_TITLE, f"<div>{text}{fields}</div>")
    assert paragraphs[0] == _REPORT[0]
    assert more[-1] in paragraphs
