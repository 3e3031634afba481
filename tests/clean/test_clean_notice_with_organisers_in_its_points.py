# ruff: noqa: E501  (Chinese test strings)
"""A notice whose numbered points name its organisers and contacts, printed under a red-head
document head (stop 38, i28b: found in the unlabelled pool, a college's league-committee
notices kept to their first paragraph), on pages of our own text.

- **Organisers as numbered fields.** A notice (each paragraph a word processor's run in its
  ``<p>``) listing ``三、主办单位：某某`` and
  ``四、承办单位：某某`` among its points, closing with contact lines (``电话：…``), held two
  kinds of a footer's marks (主办单位, 承办单位, 电话：) with one sentence before them: its block
  was read as the site's footer, and the body shrank to the first paragraph. A mark right
  after a point's number (``三、``, ``3.``, ``（三）``) is a field of the notice, never a
  footer's. Guard: a footer naming its 主办单位 and 承办单位 unnumbered stays out.
- **A red head naming a university and its documents.** ``共青团某某大学`` over
  ``某某学院委员会文件`` over the document number and the title, then the text: the head's
  issuer lines were known only for government organs and party bodies, so the head stayed
  over the text. A university's or college's name and the red head's ``…文件`` line are head
  lines too (with a title or a number among them, as before).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "关于组织开展青年志愿服务活动的通知"
FIRST = "为深入弘扬志愿服务精神，丰富学生课余生活，现组织各团支部开展青年志愿服务主题活动，让同学们在服务社会的同时得到锻炼和提高。"
POINTS = [
    "一、活动对象：全院各团支部，其余同学自愿参加",
    "二、活动主题：青春志愿行，奉献新时代",
    "三、主办单位：某某学院团委",
    "四、承办单位：某某学院团委青年志愿者协会",
    "五、活动要求：各团支部要高度重视，精心组织，确保活动安全有序开展，活动结束后及时上交总结材料。",
    "六、联系方式：团委书记张某，电话：13800000000；志愿者协会会长李某，电话：13900000000",
]
FOOTER = "<div class='foot'>主办单位：某某大学 承办单位：某某大学信息中心 地址：某某路1号 电话：0351-0000000</div>"


def _page(head: str = "") -> str:
    return (page_head(TITLE + "-某某学院") + f"<div class='title'><h2>{TITLE}</h2></div>"
            + "<div>发布时间：2019年10月28日</div><div id='content'>" + head
            + "".join(f"<p><span style='font-size:19px'>{p}</span></p>" for p in [FIRST, *POINTS]) + "</div>" + FOOTER + "</body></html>")


def test_organisers_in_numbered_points_are_no_footer() -> None:
    paragraphs = cleaned(_page()).paragraphs
    assert paragraphs[0] == FIRST
    assert paragraphs[-1].startswith("六、联系方式")
    assert not any("信息中心" in p for p in paragraphs)


def test_red_head_of_a_university_body_goes() -> None:
    head = "".join(f"<p style='text-align:center'>{line}</p>" for line in
                   ["共青团某某大学", "某某学院委员会文件", "院团字[2019] 第5号", TITLE])
    paragraphs = cleaned(_page(head)).paragraphs
    assert paragraphs[0] == FIRST
    assert paragraphs[-1].startswith("六、联系方式")
