"""Dates of stop 31 (before fresh13): a day printed in another story's card, and the page's
own date line in the headline's box, on pages of own text in the real markups' shapes.

1. A business portal lists "related reading" after the text as cards each linked whole: one
   ``<a href>`` around the card's headline, its deck and its byline with its day and clock
   (``<a href="/news/…"><div><h2>标题</h2><p>摘要</p><div><span>综合报道</span><span>2025-11-20
   09:40</span></div></div></a>``). A card of the same day's follow-up story printed its own
   clock, and it outscored the page's date line: the entry test looked for another story's
   link BESIDE the day, never for the link AROUND it. A day inside a link that prints another
   story's headline is that story's day, wherever the card sits; a link holding only the day
   (a blog's permalink on its date) names no other story (guard).
2. The same portal sets its headline box inside the text's block, under a share bar of many
   small blocks (``<div class="m-share">`` of icons' spans): the date line under the
   headline lay beyond the first blocks read as the text's top and was read as a date inside
   the text (counted down). A date line in the headline's own box is at the text's top
   however many blocks precede it — also when that box itself is read as the headline
   (its heading wrapped in a header-classed block, the date line in a title-classed run: the
   line lies inside the headline's element, in no box it shares with it).
"""

from __future__ import annotations

from lxml import html

from pipelines.pagedate import page_date
from tests.clean.news_page import FETCHED, paras, published

HEADLINE = "城东区三座社区图书馆对外开放"
TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
]
SHARE = ("<div class='m-floating'><div class='side m-share'><h4>分享到：</h4><div>"
         + "".join(f"<span class='i{n}'>{name}</span>"
                   for n, name in enumerate(("微信", "微博", "QQ", "空间", "豆瓣")))
         + "</div></div></div><div class='m-layer'><table><tr><td>打开微信，点击底部的“发现”，"
         "使用“扫一扫”即可分享。</td></tr></table></div>")


def card(title: str, deck: str, day: str, *, whole: bool = True) -> str:
    """A related story's card: its headline, deck and byline with ``day``, linked whole
    (``whole``) or only by its headline."""
    inner = (f"<h2>{title}</h2>" if whole else f"<h2><a href='/news/2.html'>{title}</a></h2>") \
        + f"<p>{deck}</p><div class='author'><span>综合报道</span><span>{day}</span></div>"
    box = f"<div class='m-list'><div>{inner}</div></div>"
    return f"<a class='f-db' href='/news/1.html'>{box}</a>" if whole else box


DECK = ("区文化馆介绍，新增的两百个夜间自习座位分布在三座社区图书馆的二楼和三楼，"
        "每个座位都配有台灯和电源插座，将于下月起通过区文化馆的公众号开放预约，"
        "每人每次最多可以预约三个小时，预约后未按时到场的将暂停一周的预约资格。"
        "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。")


SHORT_DECK = "区文化馆介绍，新增座位将于下月起开放预约。"


def related(day: str, *, whole: bool = True, deck: str = SHORT_DECK) -> str:
    """The "related reading" box of two cards, the first of them dated ``day``."""
    return ("<div class='m-content'><div class='m-con'><div class='titletips'>相关阅读</div>"
            + card("城东区图书馆新增夜间自习座位两百个", deck, day, whole=whole)
            + card("城东区举办第三届社区读书节活动", "读书节为期一个月，共安排四十余场活动。",
                   "2025-07-13 20:37", whole=whole)
            + "</div></div>")


def page(top: str, foot: str, after: str) -> str:
    """The page: ``top`` (the headline box with or without its date line) opening the text's
    block, ``foot`` closing it, ``after`` under it."""
    return ("<html><head><meta charset='utf-8'><title>" + HEADLINE + "</title></head><body>"
            "<div class='m-crumb'><a href='/'>首页</a>&gt;<a href='/news/'>新闻</a></div>"
            f"<div class='m-text'>{top}<div class='m-txt'>{paras(TEXT)}</div>{foot}</div>"
            f"{after}</body></html>")


def test_day_in_a_story_card_linked_whole_is_that_storys() -> None:
    lines = page(f"<h1>{HEADLINE}</h1>", "<p>2025-11-20 09:15</p>", related("2025-11-20 09:40"))
    assert published(lines) == "2025-11-20T09:15:00+08:00"


def test_day_linked_alone_still_dates_the_page() -> None:
    # A blog's permalink on its date: the link holds the day and nothing else.
    top = f"<h1>{HEADLINE}</h1><p><a href='/2025/11/20/post.html'>2025-11-20 09:15</a></p>"
    assert published(page(top, "", "")) == "2025-11-20T09:15:00+08:00"


def test_date_line_in_the_headline_box_under_a_share_bar_is_the_texts_top() -> None:
    top = (SHARE + f"<div class='title'><h1>{HEADLINE}</h1><p><span>城东日报</span>"
           "<em>2025-11-20 09:15:00</em></p></div>")
    assert published(page(top, "", related("2025-11-20 09:40", whole=False, deck=DECK))) \
        == "2025-11-20T09:15:00+08:00"



def test_date_line_in_the_box_read_as_the_headline_is_the_texts_top() -> None:
    # The headline's box itself taken for the headline (its heading wrapped in a header-
    # classed block: the classes-all perturbation of such a page), inside the text's block
    # under the share bar and over many paragraphs, a masthead's "today" line above.
    tree = html.document_fromstring(
        "<html><body><div>2025年11月22日 欢迎访问城东新闻网</div><div class='m-text'>" + SHARE
        + f"<div class='title'><div class='header top'><h1>{HEADLINE}</h1></div><p><span>"
        "城东日报</span><em class='title'>2025-11-20 09:15:00</em></p></div>"
        + paras(TEXT * 8) + "</div></body></html>")
    box = tree.xpath("//div[@class='title']")[0]
    body = tree.xpath("//div[@class='m-text']")[0]
    assert page_date(tree, body, FETCHED, anchor=box)[1] == "2025-11-20T09:15:00+08:00"
