# ruff: noqa: E501  (Chinese test strings)
"""A block holding the page's prose is never thrown away by a class word alone (issue 14,
the audit of class-keyed rules after fresh4's empty bodies): pages in real markup shapes,
with text written here.

Templates give widgets' words to the blocks that hold the text: a short story's container
classed ``share-box`` inside a wrapper classed ``comment_wrap``, an ASP.NET page's one
``<form>`` classed ``print``, a one-paragraph brief in a block with the id ``caption``.
Each was set aside before the body was chosen, and the body came out empty or was a
sidebar's line. By tag too: a ``<nav>``, ``<aside>`` or ``<footer>`` the template never
closes holds the whole page, and dropping it dropped the text. The guards: readers' comments classed so (stamped reply lines), a notice's
field table with a disclaimer classed ``statement`` under it, a related list of teasers
beside a short story, and a picture caption inside the text stay out of the body.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document

FETCHED = "2026-12-01T08:00:00Z"
HEADLINE = "旧书交换角在社区图书室开张"
STORY = [
    "城北社区图书室本周在门口设了一个旧书交换角，居民带一本旧书来就能换走一本别人留下的书。",
    "开张第一天就收到了八十多本书，其中有不少是孩子们读过的绘本，工作人员按年龄分好了架子。",
    "图书室负责人说，交换角不登记、不收费，只请大家把书保持干净，破损严重的书会送去回收。",
]
SIDE = "本站由城北街道办事处主办，发布街道通知和社区活动信息，欢迎居民提供新闻线索。"
MENU = "<ul>" + "".join(f"<li><a href='/c/{k}'>栏目{k}</a></li>" for k in range(6)) + "</ul>"


def paras(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def page_of(main: str, title: str = HEADLINE, menu: str = f"<div class='menu'>{MENU}</div>") -> bytes:
    """A page: ``<title>``, a menu (or ``menu``), then ``main`` in ``<body>``."""
    return f"<html><head><title>{title}</title></head><body>{menu}{main}</body></html>".encode()


def text_of(page: bytes) -> list[str]:
    return clean_document(page, fetched_at=FETCHED).paragraphs


def story_page(inner: str, outer: str, inner_id: str = "") -> bytes:
    """A news page: a menu, the story's container (``inner``) inside a wrapper (``outer``)
    with the headline and date line, and a side column with one paragraph about the site."""
    box_id = f" id='{inner_id}'" if inner_id else ""
    return (f"<html><head><title>{HEADLINE}_城北街道</title></head><body>"
            f"<div class='menu'>{MENU}</div>"
            f"<div class='{outer}'><h1>{HEADLINE}</h1><div>发布时间：2026-11-27 10:05</div>"
            f"<div class='{inner}'{box_id}>{paras(*STORY)}</div></div>"
            f"<div class='right'><h3>关于本站</h3><p>{SIDE}</p></div></body></html>").encode()


@pytest.mark.parametrize(("inner", "outer", "inner_id"), [
    ("share-box", "comment_wrap", ""),
    ("tool", "page-footer", "related"),
    ("ad", "nav", ""),
    ("comment", "side", "caption"),
    ("statement", "m-bottom", "hidden"),
], ids=["share-in-comment", "tool-in-footer", "ad-in-nav", "comment-in-side", "statement-in-bottom"])
def test_a_short_story_whose_blocks_carry_widget_words_is_the_text(inner, outer, inner_id):
    result = clean_document(story_page(inner, outer, inner_id), fetched_at=FETCHED)
    assert result.paragraphs == STORY
    assert SIDE not in result.body


BRIEF = ("城北社区图书室本周在门口设了旧书交换角，居民带一本旧书就能换走一本别人留下的书，"
         "开张第一天收到了八十多本书，其中有不少是孩子们读过的绘本，工作人员按年龄分好了架子，"
         "交换角不登记、不收费，只请大家把书保持干净，破损严重的书会送去回收。")


def test_a_one_paragraph_brief_in_a_block_with_a_caption_id_is_the_text():
    page = page_of(
        f"<div class='main'><h1>{HEADLINE}</h1><div>2026-11-27</div>"
        f"<div id='caption'><p>{BRIEF}</p></div></div>")
    assert text_of(page) == [BRIEF]


def test_a_page_held_in_one_form_classed_print_keeps_its_text():
    # ASP.NET pages hold the whole page in one <form>; this template classes it ``print``
    # (a print-friendly page). Its story is short: under the 600 characters that kept a
    # big form in before.
    page = (f"<html><head><title>{HEADLINE}</title></head><body>"
            f"<form id='form1' class='print' method='post' action='./view.aspx?id=12'>"
            f"<input type='hidden' name='__VIEWSTATE' value='x'/><div>{MENU}</div>"
            f"<table><tr><td><h2>{HEADLINE}</h2></td></tr><tr><td>2026-11-27</td></tr>"
            f"<tr><td>{paras(*STORY)}</td></tr></table></form></body></html>").encode()
    assert text_of(page) == STORY


REPLIES = [
    "这个主意好，家里的书架早就放不下了，周末就把孩子看过的绘本都拿过去换几本新的回来。",
    "希望交换角能多放一些老年人爱看的书，比如养生和戏曲方面的，字大一点的版本更好。",
    "昨天去看了一下，书确实挺多，就是摆放有点乱，建议按类别贴上标签，找起来方便一些。",
    "支持！我们小区也应该学一学，楼道里堆着那么多旧书，放着也是浪费，不如拿出来交换。",
    "请问交换角晚上几点关门？下班过去的时候已经七点多了，不知道还能不能进去换书。",
    "我带了十几本小说过去，换回来两本旅行的书，很满意，下次还会再去，希望坚持下去。",
]


def test_readers_comments_classed_so_stay_out_of_a_short_post():
    comments = "".join(
        f"<div class='item'><span>网友{k}</span> <span>发表于 2026-11-{10 + k} 20:{10 + k}</span>"
        f"<p>{reply}</p></div>" for k, reply in enumerate(REPLIES))
    page = page_of(
        f"<div class='post'><h1>{HEADLINE}</h1>{paras(*STORY[:2])}</div>"
        f"<div class='comment-list'><h3>网友评论</h3>{comments}</div>")
    assert text_of(page) == STORY[:2]


DISCLAIMER = [
    "一、凡本网注明“来源：城北街道”的所有作品，版权均属于城北街道办事处，转载时必须注明来源，违者本网将依法追究责任。",
    "二、凡本网注明“来源：其他媒体”的作品，均转载自其他媒体，转载的目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
    "三、如因作品内容、版权和其他问题需要同本网联系的，请在作品发布之日起三十日内进行，逾期本网将不再受理。",
]
FIELDS = [("序号", "当事人名称", "处罚决定书文号", "主要违法违规行为", "处罚内容", "作出决定机关"),
          ("1", "城北某某商贸有限公司", "城北罚字〔2026〕12号", "销售超过保质期的食品且未按规定建立食品进货查验记录", "罚款两万元", "城北市场监督管理所"),
          ("2", "城北某某餐饮店", "城北罚字〔2026〕13号", "未取得食品经营许可擅自从事餐饮服务经营活动且拒不整改", "警告并没收违法所得", "城北市场监督管理所"),
          ("3", "城北某某百货商店", "城北罚字〔2026〕14号", "销售标签不符合食品安全标准规定的预包装食品且数量较大", "罚款五千元", "城北市场监督管理所")]


def test_a_disclaimer_classed_statement_stays_out_of_a_notice_of_fields():
    # The table holds about as much text as the disclaimer, but no sentence: the text it
    # gives is counted, not only its prose.
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in FIELDS)
    page = (f"<html><head><title>行政处罚信息公开表</title></head><body><div class='menu'>{MENU}</div>"
            f"<div class='wrap'><div class='article'><h2>行政处罚信息公开表</h2>"
            f"<div>发布时间：2026-11-27</div><table>{rows}</table></div>"
            f"<div class='banquanmianze statement'><h4>版权与免责声明</h4>{paras(*DISCLAIMER)}</div>"
            f"</div></body></html>").encode()
    result = clean_document(page, fetched_at=FETCHED)
    assert any("城北罚字〔2026〕12号" in p for p in result.paragraphs)
    assert not any("版权均属于" in p for p in result.paragraphs)


SUMMARIES = [
    ("街道举办冬季消防安全培训", "街道昨天组织辖区商户开展冬季消防安全培训，消防员现场演示了灭火器的使用方法，一百多名商户参加了培训。"),
    ("社区食堂推出老人优惠午餐", "社区食堂本月起为七十岁以上的老人提供优惠午餐，一荤两素加一碗汤只要十二元，每天中午开放两个小时。"),
    ("河滨步道完成改造重新开放", "经过半年施工，河滨步道昨天重新开放，新铺的透水地面下雨不再积水，沿途还增加了二十多张座椅。"),
    ("夜间公交新增三条线路", "公交公司下周起新增三条夜间线路，末班车最晚到凌晨一点，方便夜间下班的市民出行。"),
    ("小学生科学节展出百件作品", "第五届小学生科学节昨天开幕，来自二十多所学校的一百多件作品集中展出，吸引了不少家长带孩子参观。"),
]


def test_a_related_list_of_whole_summaries_stays_beside_a_short_story():
    items = "".join(f"<li><a href='/n/{k}.html'>{title}</a><p>{summary}</p></li>"
                    for k, (title, summary) in enumerate(SUMMARIES))
    page = page_of(
        f"<div class='main'><h1>{HEADLINE}</h1><div class='text'>{paras(*STORY[:2])}</div>"
        f"<div class='related'><h3>相关新闻</h3><ul>{items}</ul></div></div>")
    assert text_of(page) == STORY[:2]


def test_a_picture_caption_inside_the_text_stays_out():
    page = page_of(
        f"<div class='article'><h1>{HEADLINE}</h1><p>{STORY[0]}</p>"
        f"<div class='pic'><img src='/p/1.jpg'/><p class='caption'>居民在交换角挑选图书。</p></div>"
        f"{paras(*STORY[1:])}</div>")
    assert text_of(page) == STORY


@pytest.mark.parametrize("tag", ["nav", "aside", "footer"])
def test_a_chrome_tag_left_unclosed_around_the_page_keeps_its_text(tag):
    page = (f"<html><head><title>{HEADLINE}</title></head><body><{tag}>{MENU}"
            f"<div class='main'><h1>{HEADLINE}</h1><div>发布时间：2026-11-27 10:05</div>"
            f"{paras(*STORY)}</div><div class='right'><p>{SIDE}</p></div></body></html>").encode()
    result = clean_document(page, fetched_at=FETCHED)
    assert result.paragraphs == STORY
    assert result.title == HEADLINE


ABOUT_AUTHOR = ("作者长期关注社区公共服务，曾在多家报刊发表关于基层治理、社区图书馆建设和全民阅读推广的文章，"
                "近年来走访了几十个城市社区的图书室，记录下许多居民自发组织读书活动的故事，"
                "出版有随笔集两部，现为某某大学公共管理学院的兼职研究员。")


def test_a_closed_aside_with_more_prose_than_a_short_story_stays_out():
    page = (f"<html><head><title>{HEADLINE}</title></head><body><nav>{MENU}</nav>"
            f"<main><h1>{HEADLINE}</h1>{paras(*STORY[:2])}</main>"
            f"<aside><h3>关于作者</h3><p>{ABOUT_AUTHOR}</p><p>{SIDE}</p></aside>"
            f"<footer><p>版权所有 城北街道办事处</p></footer></body></html>").encode()
    assert text_of(page) == STORY[:2]


def test_paragraphs_each_in_their_own_chain_of_sections_are_one_text():
    # A WeChat editor's layout: every paragraph in a chain of one to four <section>s of
    # its own, no classes, under a headline and an info line; the chains meet only in the
    # block that holds them all.
    chains = "".join("<section>" * (1 + k % 4) + f"<p>{line}</p>" + "</section>" * (1 + k % 4)
                     for k, line in enumerate([*STORY, SIDE]))
    page = (f"<html><head><title>{HEADLINE}</title></head><body><div>{MENU}</div>"
            f"<div><h2>{HEADLINE}</h2><div>2026-11-27 10:05 城北街道</div>"
            f"<div>{chains}</div></div></body></html>").encode()
    assert text_of(page) == [*STORY, SIDE]


PROFILES = ["张某某 1962年生于某省某县，1985年毕业于某某大学中文系，现任城北社区图书室名誉馆长。",
            "李某某1970年生于某市，长期从事少儿阅读推广工作，现为城北社区图书室志愿者负责人。"]


@pytest.mark.parametrize("where", ["before", "after"])
def test_portraits_with_their_profiles_in_a_centred_block_are_not_the_texts_edge(where):
    # A news template prints the people's portraits, each with a line of profile (full
    # sentences), in a centred block before the text (or after it).
    pictures = ("<div align='center'>" + "".join(
        f"<div align='center'><img src='/p/{k}.jpg' alt=''/></div>　　{line}"
        for k, line in enumerate(PROFILES)) + "</div>")
    text = paras(*STORY)
    inner = pictures + text if where == "before" else text + pictures
    page = page_of(
        f"<h1>{HEADLINE}</h1><div>2026-11-27 10:05</div>"
        f"<div class='text' id='contentText'>{inner}</div>")
    assert text_of(page) == STORY


def test_a_centred_picture_between_paragraphs_and_a_centred_text_stay():
    # Only the edges: a picture with its caption between two paragraphs is left to the
    # caption rules, and a centred block of text without a picture is text.
    page = (f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
            f"<div class='text'><p>{STORY[0]}</p><p align='center'><img src='/p/1.jpg'/>"
            f"{PROFILES[0]}</p><p>{STORY[1]}</p><p style='text-align: center'>{STORY[2]}</p>"
            f"</div></body></html>").encode()
    assert text_of(page) == [STORY[0], PROFILES[0], STORY[1], STORY[2]]


NOTICE_LINES = ["周六上午停水检修管道。", "请居民提前做好储水准备。", "给大家带来不便敬请谅解。"]
SERVICE_HOURS = ["一般服务时间：周一至周五08:00~12:00、13:30~17:30",
                 "延长服务时间(仅受理部分户籍事项，柜台数较少，请耐心等候)：",
                 "周一至周五 12:00~13:30，周六 09:00~12:00(限本部)",
                 "若暂停延长服务时间，将提前在本所网站首页公告。"]


@pytest.mark.parametrize("box", ["", " class='share-box'"], ids=["no-classes", "widget-classed"])
def test_a_notice_of_one_line_items_beats_a_footer_list_of_longer_lines(box):
    # A government template with no class to tell the blocks apart (or one classing the
    # notice's box with a widget's word): the notice is three one-sentence <li>s, and the
    # footer lists the office hours in longer lines, one of them a sentence.
    items = "".join(f"<li>{line}</li>" for line in NOTICE_LINES)
    hours = "".join(f"<li>{line}</li>" for line in SERVICE_HOURS)
    page = (f"<html><head><title>停水通知</title></head><body><div>{MENU}</div>"
            f"<div><h2>停水通知</h2><div>资料更新时间：2026-11-28 08:49</div>"
            f"<div{box}><ul>{items}</ul></div></div>"
            f"<div><ul>{hours}</ul><p>地址：某某路1号 电话：01-2345678</p></div></body></html>").encode()
    assert text_of(page) == NOTICE_LINES
