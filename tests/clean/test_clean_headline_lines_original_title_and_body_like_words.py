# ruff: noqa: E501  (Chinese test strings)
"""Three headline classes of fresh16's misses (issue 14, stop 35), on pages of text written
here in the shape of the real ones:

- A headline broken by ``<br>`` inside a document's title in ``《》``, its second line going
  on with the title's own dash (``关于印发《某某标准第3号`` | ``——某某和补植》的通知``): one
  headline, both lines, not a headline and its subtitle — also when the two lines are two
  blocks (centred bold ``<p>``, a title box's ``<div>``) and nothing states the headline. A
  real subtitle line under a headline whose brackets are closed still ends it.
- A republished story's ``原标题：…`` line, printed in the text's box over the first
  paragraph: the story's first headline where it was first published, never the page's
  headline, however near the text it sits; the page's ``<h1>`` printing the whole
  ``<title>`` part (two clauses set apart by a space) is.
- A ``<title>`` ``标题-频道`` whose headline ends on a word that ends like a body's name
  (``…研讨会举办``, ``…工作部署``): the headline part is the headline; the channel's name is
  not, and the headline is no site's or body's name.
"""

from __future__ import annotations

import pytest

from pipelines.pagefacts import organisation_like
from tests.clean.news_page import cleaned, page_head, paras

_WHOLE = "关于印发《城市绿地养护标准第3号——行道树修剪和补植》的通知"
_TEXT = ("为了规范城市绿地养护工作，提高行道树修剪和补植质量，根据《城市绿地养护标准——基本标准》，我局制定了本标准，现予印发，请遵照执行。",
         "执行中有何问题，请及时反馈我局。")


def _notice(heading: str, title: str) -> str:
    return (page_head(title) + "<div class='nav'><a href='/'>首页</a> &gt; <a href='/zc/'>政策发布</a></div>"
            f"{heading}<div class='TRS_Editor'><p>某园〔2026〕12号</p>"
            "<p>各区园林绿化局：</p>" + paras(_TEXT) + "<p>某市园林绿化局</p><p>2026年11月20日</p></div>"
            "<p>发布日期：2026年11月25日</p><div class='foot'>主办单位：某市园林绿化局 版权所有</div></body></html>")


@pytest.mark.parametrize("title", [_WHOLE, "某市园林绿化局", ""])
def test_headline_broken_inside_a_document_title_keeps_both_lines(title: str) -> None:
    page = _notice("<h2 class='title_con'>关于印发《城市绿地养护标准第3号<br>——行道树修剪和补植》的通知</h2>", title)
    assert cleaned(page).title == _WHOLE


@pytest.mark.parametrize("heading", [
    "<p align='center'><strong>关于印发《城市绿地养护标准第3号</strong></p><p align='center'><strong>——行道树修剪和补植》的通知</strong></p>",
    "<div class='article-title'><div>关于印发《城市绿地养护标准第3号</div><div>——行道树修剪和补植》的通知</div></div>",
])
@pytest.mark.parametrize("title", ["", "某市园林绿化局"])
def test_headline_broken_inside_a_document_title_over_two_blocks_keeps_both(heading: str, title: str) -> None:
    assert cleaned(_notice(heading, title)).title == _WHOLE


def test_subtitle_line_under_a_closed_headline_still_ends_it() -> None:
    page = _notice("<h2 class='title_con'>全市行道树补植工作全面完成<br>——热烈祝贺城市绿化三年行动圆满收官</h2>",
                   "全市行道树补植工作全面完成——热烈祝贺城市绿化三年行动圆满收官")
    assert cleaned(page).title == "全市行道树补植工作全面完成"


_STORY = ("某市住房和城乡建设局昨日发布老旧小区加装电梯补贴办法，每部电梯最高可获补贴二十万元，申请须经本单元三分之二以上业主同意。",
          "据介绍，今年全市计划完成加装电梯三百部，目前已有四十多个小区提交了申请材料，首批补贴将于年底前发放。")


def _republished(headline: str, first: str) -> str:
    return (page_head(f"{headline}--社会--某某网") + "<div class='nav'><a href='/'>某某网</a>&gt;&gt;<a href='/sh/'>社会</a></div>"
            f"<div class='text_title'><h1>{headline}</h1><p class='author'>某某 某某某</p>"
            "<div class='box01'><div class='fl'>2026年11月21日08:08&nbsp;&nbsp;来源：某某日报</div></div></div>"
            "<div class='text_con'><div class='box_con'>"
            f"<div class='otitle'>原标题：{first}</div>" + paras(_STORY) + "<div class='edit'>(责编：某某)</div></div>"
            "<div class='side'><h2>热点排行</h2></div></div></body></html>")


def test_original_headline_line_over_the_text_is_not_the_headline() -> None:
    page = _republished("老旧小区加装电梯可申请补贴 每部最高二十万元", "老旧小区加装电梯可申请补贴")
    assert cleaned(page).title == "老旧小区加装电梯可申请补贴 每部最高二十万元"


@pytest.mark.parametrize("line", ["（原题：老旧小区加装电梯可申请补贴）", "【原标题】老旧小区加装电梯可申请补贴"])
def test_original_headline_line_in_brackets_is_not_the_headline(line: str) -> None:
    page = _republished("老旧小区加装电梯可申请补贴 每部最高二十万元", "老旧小区加装电梯可申请补贴").replace(
        "<div class='otitle'>原标题：老旧小区加装电梯可申请补贴</div>", f"<div class='otitle'>{line}</div>")
    assert cleaned(page).title == "老旧小区加装电梯可申请补贴 每部最高二十万元"


def _channel_titled(headline: str) -> str:
    return (page_head(f"{headline}-城市政务") + "<div class='hinfo'><h1><img src='/logo.gif' alt='城市政务'></h1>"
            "<p><a href='/tougao/'>我要投稿</a> 新闻热线：021-12345678</p></div>"
            "<div class='crumb'>当前位置 | <a href='/'>首页</a> &gt;&gt; 正文</div>"
            f"<h1 class='blue22 textcenter'>{headline}</h1>"
            "<div class='time'>2026-11-13 06:03:35 来源:某某日报 作者:某某</div>"
            "<div id='zw'>" + paras(("前昨两天，三省一市机关工委在沪联合举办年度机关党建工作研讨会，交流各地推进机关党建与业务融合的做法。",
                                     "研讨会自2015年开始已连续举办多届，成为各地机关党建系统交流互鉴的平台。")) + "</div>"
            "<div class='links'><h2>友情链接</h2></div></body></html>")


@pytest.mark.parametrize("headline", ["长三角机关党建研讨会举办", "全市冬季供暖保障工作部署"])
def test_headline_ending_like_a_body_is_the_headline_not_the_channel(headline: str) -> None:
    assert cleaned(_channel_titled(headline)).title == headline


@pytest.mark.parametrize("name", ["某市文化和旅游局", "国务院台办", "某区人民政府办", "审计署", "组织部"])
def test_names_of_bodies_still_read_as_bodies(name: str) -> None:
    assert organisation_like(name)
