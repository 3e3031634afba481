# ruff: noqa: E501  (Chinese test strings)
"""Cards of other stories beside a short text (issue 14, stop 26, block choice): pages in the
shapes of real ones, with text written here.

A site prints other stories as cards: each one's headline, a link on a line of its own (an
``<h3>``, a list item's first line, a line closed by ``<br>``), over an excerpt of its text —
a sentence or two, whole, not cut off with an ellipsis (cut-off teasers were counted as links
already). Beside a long text such cards changed little; beside a short notice they held more
prose than it: the climb from the notice took the container they share with it (under the
text, or in a side column of the same wrapper), or the cards themselves won as the text. Now
two cards or more side by side count as a list of links: they add nothing to the blocks around
them and are left out of the text.

- A short notice, a "related" heading and three cards under it in the article's own column.
- The same notice beside a side column of cards (``热点推荐``).
- Cards written as list items (``<li><a>headline</a><p>excerpt</p></li>``), and as lines
  closed by ``<br>``.
- A layout table whose first cell holds the cards and whose second holds the notice.
- Guards: a story whose paragraphs each open with a linked name that runs on into the
  sentence keeps them all; one card alone under a story is not a list of them.
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"

TITLE = "关于临时调整游泳馆开放时间的通知"
NOTICE = ["因水处理设备年度检修，南湖游泳馆十二月五日至七日暂停对外开放，其他场馆照常。",
          "给您带来的不便，敬请谅解。"]
HEADS = ["体育公园新增三片笼式足球场", "全民健身月活动报名开始", "冬季长跑赛事路线公布"]
EXCERPTS = ["体育公园东区新建的三片笼式足球场已完成验收，周末向市民免费开放，需提前在网上预约场次。",
            "本届全民健身月设有跳绳、踢毽、广场舞等十二个项目，各街道可组队参加，报名截止到本月二十日。",
            "今年冬季长跑沿滨江步道进行，全程约八公里，途经三座公园，沿线设有四个补给点和医疗站。"]


def _page(column: str, side: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>" + TITLE + "_某某体育中心</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/tz/'>通知公告</a></div>"
            "<div class='wrap'><div class='left'><h1>" + TITLE + "</h1><div class='info'>发布时间：2026-11-30</div>"
            + column + "</div>" + side + "</div>"
            "<div class='foot'>版权所有 某某体育中心</div></body></html>").encode()


def _notice() -> str:
    return "<div class='con'>" + "".join(f"<p>{p}</p>" for p in NOTICE) + "</div>"


def _cards(item: str = "<div class='item'><h3><a href='/n/{i}.html'>{head}</a></h3><p>{text}</p></div>") -> str:
    return "".join(item.format(i=i, head=head, text=text)
                   for i, (head, text) in enumerate(zip(HEADS, EXCERPTS, strict=True)))


def _body(html: bytes) -> str:
    return clean_document(html, fetched_at=FETCHED).body


def test_cards_under_a_short_notice_in_its_column_are_not_its_text():
    body = _body(_page(_notice() + "<div class='more'><h2>相关阅读</h2>" + _cards() + "</div>"))
    assert body.startswith(NOTICE[0])
    assert body.endswith(NOTICE[1])
    assert EXCERPTS[0] not in body


def test_a_side_column_of_cards_is_not_the_short_notice_text():
    body = _body(_page(_notice(), "<div class='right'><h2>热点推荐</h2>" + _cards() + "</div>"))
    assert body.startswith(NOTICE[0])
    assert body.endswith(NOTICE[1])
    assert not any(text in body for text in EXCERPTS)


def test_cards_written_as_list_items_or_br_lines_are_not_the_text():
    items = "<ul>" + _cards("<li><a href='/n/{i}.html'>{head}</a><p>{text}</p></li>") + "</ul>"
    lines = _cards("<div><a href='/n/{i}.html'>{head}</a><br>{text}</div>")
    for cards in (items, lines):
        body = _body(_page("<div>" + "".join(f"<p>{p}</p>" for p in NOTICE) + "</div>" + cards))
        assert body.startswith(NOTICE[0])
        assert body.endswith(NOTICE[1])


def test_a_layout_cell_of_cards_does_not_win_over_the_notice_cell():
    html = ("<html><head><meta charset='utf-8'><title>" + TITLE + "</title></head><body><table><tr>"
            "<td>" + _cards() + "</td><td><h1>" + TITLE + "</h1><div>2026-11-30</div>"
            + "".join(f"<p>{p}</p>" for p in NOTICE) + "</td></tr></table></body></html>").encode()
    body = _body(html)
    assert body.startswith(NOTICE[0])
    assert body.endswith(NOTICE[1])


STORY = ["<a href='/org/1.html'>市体育局</a>昨天发布冬季健身指南，提醒市民运动前充分热身，避免在清晨低温时段进行剧烈运动。",
         "<a href='/org/2.html'>市疾控中心</a>同时提示，患有心血管疾病的市民应在医生指导下选择运动项目，并随身携带常用药物。",
         "<a href='/org/3.html'>南湖游泳馆</a>表示，冬季将延长夜场开放时间，并对学生和老年人继续实行半价优惠。"]


def test_paragraphs_opening_with_a_linked_name_stay_the_text():
    body = _body(_page("<div class='con'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"))
    assert body.startswith("市体育局昨天发布冬季健身指南")
    assert body.endswith("继续实行半价优惠。")


def test_one_card_alone_is_not_a_list_of_them():
    single = ("<div class='item'><h3><a href='/n/0.html'>" + HEADS[0] + "</a></h3><p>" + EXCERPTS[0] + "</p></div>")
    body = _body(_page("<div class='con'>" + "".join(f"<p>{p}</p>" for p in STORY) + single + "</div>"))
    assert body.startswith("市体育局昨天发布冬季健身指南")
