# ruff: noqa: E501  (Chinese test strings)
"""Other stories' linked headlines with their excerpts under the text, however they are
marked up (issue 14, round of stop 26: body end edges): pages in the shapes of real
templates, with text written here.

fresh9's fix (``blocktext.excerpt_tail``) read such items only as paragraphs that are
direct children of the body block, right under a line closing a sentence, under a text
longer than they are. Now the items are read line by line whatever holds them (a
相关阅读 list ``<li><a>…</a><p>…</p></li>``, boxes ``<div><h4><a>…</a></h4><p>…</p></div>``,
cards with an excerpt cut off with "…" and a date, flat paragraphs); short credit lines
(``（责任编辑：王某）``) may stand between the text and them; the text's last line may
close with a bracketed note; and under a label naming them as other stories (相关阅读,
延伸閱讀) the text above need not outweigh them.

- Each of those shapes: the text ends at the story's last sentence; the label goes too.
  (With main at b087711, the list, box and card shapes are also left out by block
  choice — cards of other stories count as link lists since b0b64a6 — so the flat shape
  under an editor line and the short report under a 延伸閱讀 label are the two tests that
  fail without this change.)
- Guards: a digest under a label of its own (今日要闻) or under a short lead keeps its
  items; a story whose section headings are links each over several paragraphs keeps
  them; items printed in boxes in the middle of the text, with the story going on under
  them, do not end it.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "某市第二条城市绿道全线贯通"
_STORY = [
    "本报讯 某市第二条城市绿道日前全线贯通，绿道沿河而建，全长三十二公里，串起了沿线的七个公园和十二个社区。",
    "市园林部门负责人介绍，绿道建设中保留了河岸原有的树木，新栽乔木四千多株，并在沿线设置了二十处休息驿站和三个自行车租赁点。",
    "不少市民在开放首日前来骑行。一位家住附近的退休教师说，以前去河边要绕很远的路，现在出门五分钟就能走上绿道。",
    "据悉，第三条绿道将于明年开工，届时三条绿道将连成环线，方便市民绕城骑行和散步。",
]
_OTHERS = [
    ("/news/2026/1101.html", "城东片区新建两所小学", "记者从区教育局获悉，城东片区两所新建小学将于明年秋季开学，可提供学位两千四百个。"),
    ("/news/2026/1102.html", "社区食堂覆盖全部街道", "截至十月底，全市已开办社区食堂一百一十家，老年人就餐可享受分档补贴。"),
    ("/news/2026/1103.html", "地铁三号线开始空载试运行", "地铁三号线日前开始空载试运行，各项设备系统将接受为期三个月的测试。"),
]
_LEAD = "以下是本周城市建设要闻。"
# Other stories' items in the shapes real templates print them in: ``{href}``, ``{head}``,
# ``{text}`` (the excerpt), ``{cut}`` (its first 24 characters) and ``{k}`` (the item's number).
_LIST_ITEM = "<li><a href='{href}' target='_blank'>{head}</a><p>{text}</p></li>"
_BOX = "<div class='item'><h4><a href='{href}'>{head}</a></h4><p>{text}</p></div>"
_CARD = ("<div class='card'><a href='{href}'><img src='/img/{k}.jpg'></a>"
         "<h4><a href='{href}'>{head}</a></h4><p>{cut}…</p><span>2026-11-2{k}</span></div>")
_PLAIN_BOX = "<div><h4><a href='{href}'>{head}</a></h4><p>{text}</p></div>"
_FLAT = "<p><a href='{href}'><strong>{head}</strong></a></p><p><font face='楷体'>{text}</font></p>"
_LINKED_PARAGRAPH = "<p><a href='{href}'>{head}</a></p><p>{text}</p>"


def _items(shape: str, others: list[tuple[str, str, str]] = _OTHERS) -> str:
    """The other stories written one after another in ``shape``."""
    return "".join(shape.format(href=href, head=head, text=text, cut=text[:24], k=k)
                   for k, (href, head, text) in enumerate(others))


def _story() -> str:
    return "".join(f"<p>\u3000\u3000{t}</p>" for t in _STORY)


def _assert_story_only(after_story: str) -> None:
    """The story's page with ``after_story`` under its text, in the same container, ends
    at the story's last sentence with nothing of the other stories or their label."""
    paragraphs = story_paragraphs(_TITLE, f"<div class='article'>{_story()}{after_story}</div>")
    assert paragraphs[-1] == _STORY[-1]
    assert not any(head in p or text in p for _, head, text in _OTHERS for p in paragraphs)
    assert not any("相关阅读" in p for p in paragraphs)


def _assert_digest_kept(between: str) -> None:
    """A digest page (a short lead, ``between``, then the items as linked headlines over
    their excerpts) keeps the items down to the last excerpt."""
    paragraphs = story_paragraphs("本周要闻", f"<div class='article'><p>{_LEAD}</p>{between}"
                                              f"{_items(_LINKED_PARAGRAPH)}</div>")
    assert paragraphs[-1] == _OTHERS[-1][2]
    assert any(_OTHERS[0][2] in p for p in paragraphs)


def test_a_related_reading_list_quoting_other_stories_is_not_the_last_sentence() -> None:
    _assert_story_only(f"<div class='xgyd'><h3>相关阅读</h3><ul>{_items(_LIST_ITEM)}</ul></div>")


def test_boxes_of_other_stories_under_the_text_are_not_its_last_sentence() -> None:
    _assert_story_only(f"<div>{_items(_BOX)}</div>")


def test_a_row_of_cards_with_cut_off_excerpts_is_not_the_last_sentence() -> None:
    _assert_story_only(f"<div>{_items(_CARD)}</div>")


def test_other_stories_under_the_source_and_editor_lines_are_not_the_last_sentence() -> None:
    _assert_story_only(f"<p>来源：某某日报</p><p>责任编辑：王某</p>{_items(_PLAIN_BOX)}")


def test_paragraphs_of_other_stories_under_the_editor_line_are_not_the_last_sentence() -> None:
    _assert_story_only(f"<p>（责任编辑：王某）</p>{_items(_FLAT)}")


def test_a_digest_of_linked_items_in_a_list_under_a_short_lead_keeps_them() -> None:
    _assert_digest_kept("")


def test_a_digest_under_a_label_of_its_own_keeps_its_items() -> None:
    _assert_digest_kept("<h3>今日要闻</h3>")


_SECTIONS = [
    ("/topic/a.html", "一、学位供给", [
        "城东片区两所新建小学将于明年秋季开学，可提供学位两千四百个。",
        "区教育局表示，新校舍按照省定标准建设，每间教室都配备了新风系统。",
        "两所学校的教师将从全区公开遴选，首批骨干教师已于上月到岗培训。",
        "招生范围将在明年三月公布，家长可登录区政府网站查询。",
        "此外，城西片区的一所初中也已完成选址，计划后年开工建设。",
    ]),
    ("/topic/b.html", "二、社区养老", [
        "截至十月底，全市已开办社区食堂一百一十家，覆盖全部街道。",
        "老年人就餐可享受分档补贴，八十岁以上老人每餐补贴五元。",
        "部分社区食堂还提供送餐上门服务，方便行动不便的老人。",
        "民政部门将对食堂的卫生和价格开展季度检查。",
        "明年将试点社区食堂与养老服务站合并运营。",
    ]),
]


def test_a_short_report_over_a_labelled_list_of_longer_excerpts_ends_at_its_own_sentence() -> None:
    report = "本报讯某市第二条城市绿道日前全线贯通，全长三十二公里，串起了沿线的七个公园和十二个社区。"
    items = _items("<p><a href='{href}'>{head}</a></p><p>{text}{text}</p>")
    paragraphs = story_paragraphs(_TITLE, f"<div class='article'><p>{report}</p><h3>延伸閱讀</h3>{items}</div>")
    assert paragraphs[-1] == report


def test_a_story_whose_section_headings_are_links_over_several_paragraphs_keeps_them() -> None:
    sections = "".join(f"<p><a href='{href}'>{head}</a></p>" + "".join(f"<p>{t}</p>" for t in texts)
                       for href, head, texts in _SECTIONS)
    paragraphs = story_paragraphs("本周城市建设综述", f"<div class='article'><p>{_STORY[0]}</p>{sections}</div>")
    assert paragraphs[-1] == _SECTIONS[-1][2][-1]
    assert any(_SECTIONS[1][1] in p for p in paragraphs)


def test_items_in_the_middle_of_the_text_stay() -> None:
    body = (f"<div class='article'>{_story()}<div>{_items(_BOX, _OTHERS[:2])}</div>"
            "<p>\u3000\u3000绿道管理办法同时公布，骑行者须在非机动车道内通行，夜间十时后驿站停止服务。</p>"
            "<p>\u3000\u3000市民对绿道建设有意见建议的，可通过市政府网站的留言板反映。</p></div>")
    paragraphs = story_paragraphs(_TITLE, body)
    assert paragraphs[-1] == "市民对绿道建设有意见建议的，可通过市政府网站的留言板反映。"
    assert any("绿道管理办法同时公布" in p for p in paragraphs)
