# ruff: noqa: E501  (Chinese test strings)
"""A notice's headline centred in bold over several blocks (stop 29, headline round; found on
an opened provincial government page under the ``nostated``, ``classes-head-chrome``,
``classes-date-title`` and ``classes-all`` perturbations).

The shape: the notice's text opens with its headline set as four centred blocks, one bold
large line each (``<div style="text-align:center"><font size="5"><b>某某省人民政府关于禁止在
</b></font></div><div …><b>某某工程建设</b></div>…``), then its document number. The
``<title>`` states the whole headline, nothing marks it. Each line the ``<title>`` holds was a
candidate and the longest one alone won. A set-apart line is now joined with the set-apart
lines of the blocks right after it as long as the ``<title>`` holds the whole.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

LINES = ["滨江省人民政府关于禁止在", "滨江干流防洪治理工程建设", "征占地范围内新增建设项目", "和迁入人口的通告"]
HEADLINE = "".join(LINES)
TEXT = [
    "　　为做好滨江干流防洪治理工程建设，确保工程前期建设征地实物调查工作顺利进行，维护相关单位和人民群众合法权益，现就有关事项通告如下。",
    "　　一、禁止范围为滨江干流防洪治理工程建设征占地范围，涉及沿江三个县（市、区）的十二个乡镇。",
    "　　二、自本通告发布之日起，在上述范围内禁止任何单位和个人新建、扩建和改建项目。",
]


def _page(lines: list[str]) -> str:
    heading = "".join(f"<div style='text-align: center;'><font size='5'><b>{line}</b></font></div>" for line in lines)
    return (page_head(HEADLINE) + "<div class='nav'><a href='/'>首页</a> <a href='/zw/'>政务公开</a></div>"
            "<div class='contents_div'><div class='Custom_UnionStyle'>" + heading
            + "<div style='text-align: center;'>滨政明电〔2026〕3号</div>" + paras(TEXT, tag="div")
            + "<div style='text-align: right;'>滨江省人民政府</div><div style='text-align: right;'>2026年11月27日</div>"
            "</div></div></body></html>")


def test_a_headline_centred_in_bold_over_four_blocks_is_read_whole():
    assert cleaned(_page(LINES)).title == HEADLINE


def test_a_bold_line_the_title_does_not_continue_stays_alone():
    page = _page([LINES[0] + LINES[1], "征占地范围说明"])
    assert cleaned(page).title != HEADLINE
