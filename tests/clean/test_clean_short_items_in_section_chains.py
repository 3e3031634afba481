# ruff: noqa: E501  (Chinese test strings)
"""A notice laid out by a WeChat-style editor, each line in its own chain of ``<section>``
levels, most of its lines short items closed by a full stop (issue 14, stop 31, block
choice): a page in the shape of the real ones, with text written here.

Paragraphs nested apart, each in its own chain of wrappers, are gathered where the chains
meet when they make up half of the blocks there (stop 28). A notice whose lines are mostly
short numbered items (``1、发放金额：1000元/月。``, under the 20 characters that make a block
a candidate) beside two or three long ones, with empty spacer chains, a signature and a date
among them, fell short of that half: its first paragraph alone was taken for the text. Now a
chain ending in one short sentence closed by a full stop counts as a part of the text too.

- A notice of one long opening paragraph and six items, most of them short, each in a chain
  of one to four ``<section>`` levels: the whole notice, from its opening to its last item.
- Guard: short lines that are not closed sentences (a signature, a date, a spacer) do not
  make a page's scattered blocks one text: the headline's chain over the notice stays out.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "关于新进站人员发放交通补贴的通知"
OPENING = "根据本单位人员管理办法的有关规定，决定对本月新进站且符合条件的工作人员发放交通补贴，具体发放金额及安排通知如下："
ITEMS = ["1、发放金额：每月三百元。",
         "2、发放时间：自下月起随工资按月发放，起始时间为报到之日，报到当月的补贴随下月工资一并补发，不再另行通知。",
         "3、发放名单于本周五在单位内网公示。",
         "4、公示期为五个工作日，对名单有异议的，请在公示期内向人事处书面反映。",
         "5、如有疑问请与人事处联系。",
         "6、补贴人员名单见附件。"]


def _chain(text: str, depth: int) -> str:
    return "<section>" * depth + f"<div>{text}</div>" + "</section>" * depth


def _page(lines: list[str]) -> str:
    blocks = ["&nbsp;", *lines, "&nbsp;", "人事处", "2026年11月28日"]
    chains = [_chain(text, 1 + k % 4) for k, text in enumerate(blocks)]
    return (page_head(TITLE) + "<div class='nav'><a href='/'>首页</a> <a href='/tz/'>通知公告</a></div>"
            f"<table><tr><td><div style='text-align:center'>{TITLE}</div></td></tr>"
            "<tr><td><div>发布时间：2026-11-28 浏览次数：120</div></td></tr>"
            "<tr><td><div style='width:640px'>" + "".join(chains) + "</div></td></tr></table>"
            "<div>版权所有 某某单位 联系我们</div></body></html>")


def test_a_notice_of_short_items_each_in_a_section_chain_is_gathered_whole() -> None:
    body = cleaned(_page([OPENING, *ITEMS])).body
    assert body.startswith(OPENING)
    assert ITEMS[-1] in body
    assert all(item in body for item in ITEMS)


def test_the_headline_over_the_notice_stays_out() -> None:
    body = cleaned(_page([OPENING, *ITEMS])).body
    assert not body.startswith(TITLE)
    assert "浏览次数" not in body
