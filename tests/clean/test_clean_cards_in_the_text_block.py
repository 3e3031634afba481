# ruff: noqa: E501  (Chinese test strings)
"""Other stories' cards printed in the block of a short text's own paragraphs (issue 14,
stop 27, block choice): pages in the shapes of real templates, with text written here.

Since stop 26 two cards or more side by side (a linked headline over a whole excerpt) count
as a list of links, so that a short notice does not take them in. But a card stayed a
candidate for the text itself: under a short report and a ``延伸閱讀`` label, or under a
digest's one-line lead, the first card's excerpt (an ``<li>`` or a box holding its own
``<p>``) outscored the report, or was the only block left holding text, and ONE other
story's excerpt came out as the page's whole text. Now a card, or a block inside one, is
never the text nor gathers it (the cards stay a list of links beside the text); only when
nothing but the cards holds text are they read as the page's own items.

- A short report over a ``延伸閱讀`` label and a list of ``<li>`` cards: its own sentence.
- The same with boxes (``<div><h4><a>…</a></h4><p>…</p></div>``).
- The same report over such boxes without a label.
- A digest of ``<li>`` items under a one-line lead (too short to be a block of text): every
  item (the lead itself is left out of the list's block, as before).
- Cards in a block of their own beside the short text's block stay out of it (one of
  them was the text before).
- Guard: a story of several paragraphs over a list of ``<li>`` cards ends at its own last
  sentence, as before.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

TITLE = "滨河公园音乐喷泉恢复开放"
REPORT = "记者昨日从市园林中心获悉，滨河公园音乐喷泉完成设备更新后恢复开放，每晚七点半起演出两场。"
LEAD = "本周文旅消息汇总如下。"
ITEMS = [
    ("/wl/2026/301.html", "老城博物馆推出夜场参观",
     "老城博物馆从本月起每周五、周六延长开放至晚上九点，夜场参观需提前一天在网上预约，讲解服务免费提供。馆方表示，夜场还将安排小型音乐会和文物修复现场演示。"),
    ("/wl/2026/302.html", "郊野露营地新增两百个营位",
     "北山郊野露营地完成扩建，新增营位两百个，配套淋浴间和充电桩同步投用，节假日营位仍需提前预订。景区提醒游客注意山区早晚温差，并遵守禁火规定。"),
    ("/wl/2026/303.html", "城市图书馆开设少儿绘本角",
     "城市图书馆二楼新设少儿绘本角，藏书三千余册，周末安排志愿者带领小读者开展亲子共读活动。绘本角开放时间与图书馆一致，周一闭馆。"),
]


def _items_li() -> str:
    return "<ul>" + "".join(f"<li><a href='{href}'>{head}</a><p>{text}</p></li>"
                            for href, head, text in ITEMS) + "</ul>"


def _items_boxed() -> str:
    return "".join(f"<div><h4><a href='{href}'>{head}</a></h4><p>{text}</p></div>"
                   for href, head, text in ITEMS)


def _no_item_in(paragraphs: list[str]) -> bool:
    return not any(head in p or text in p for _, head, text in ITEMS for p in paragraphs)


def test_a_short_report_over_a_labelled_list_of_li_cards_is_its_own_sentence() -> None:
    paragraphs = story_paragraphs(TITLE, f"<div class='article'><p>{REPORT}</p>"
                                         f"<h3>延伸閱讀</h3>{_items_li()}</div>")
    assert paragraphs == [REPORT]


def test_a_short_report_over_a_labelled_row_of_boxed_cards_is_its_own_sentence() -> None:
    paragraphs = story_paragraphs(TITLE, f"<div class='article'><p>{REPORT}</p>"
                                         f"<h3>延伸阅读</h3>{_items_boxed()}</div>")
    assert paragraphs[-1] == REPORT
    assert _no_item_in(paragraphs)


def test_a_digest_of_li_items_under_a_one_line_lead_keeps_every_item() -> None:
    paragraphs = story_paragraphs("周末出行好去处", f"<div class='article'><p>{LEAD}</p>{_items_li()}</div>")
    assert all(any(text in p for p in paragraphs) for _, _, text in ITEMS)
    assert paragraphs[-1] == ITEMS[-1][2]


def test_a_short_report_over_unlabelled_boxed_cards_in_its_block_is_its_own_sentence() -> None:
    paragraphs = story_paragraphs(TITLE, f"<div class='article'><p>{REPORT}</p>{_items_boxed()}</div>")
    assert paragraphs == [REPORT]


def test_cards_in_a_block_of_their_own_beside_the_short_text_stay_out() -> None:
    paragraphs = story_paragraphs(TITLE, f"<div class='main'><div class='text'><p>{REPORT}</p></div>"
                                         f"<div>{_items_boxed()}</div></div>")
    assert paragraphs == [REPORT]


STORY = [REPORT,
         "园林中心介绍，此次更新更换了全部水泵和灯光设备，新增的雾森系统可在夏季为游客降温。",
         "演出曲目每月更换一次，周末和节假日将加演一场，具体场次以公园门口的公告为准。"]


def test_a_story_of_several_paragraphs_over_li_cards_ends_at_its_own_last_sentence() -> None:
    paragraphs = story_paragraphs(TITLE, "<div class='article'>" + "".join(f"<p>{t}</p>" for t in STORY)
                                  + f"<h3>相关新闻</h3>{_items_li()}</div>")
    assert paragraphs == STORY
