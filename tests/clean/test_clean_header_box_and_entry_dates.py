"""Dates of stop 27 (fresh10's wrong day, the ``sections`` perturbation's lost date), as
classes, on pages of own text in the real markups' shapes.

1. A bare day in the headline's own box (``<header><h1>…</h1><div><span>作者</span>
   <span>媒体</span></div><div>2019.05.22</div>…</header>`` over the text's ``<section>``,
   both in the block chosen as the body): at the text's top a day without label, clock or
   name was taken for the document's own (a bulletin's ``（2023年4月12日）``) and not read.
   A bare day sharing a box with the headline and no running text is the page's date line;
   in the text's box it still dates the document (guard).
2. A list of two related stories after the body, each entry a link, a deck and a day
   (``<li><div><a>标题</a><p>摘要</p><p>2019.05.29</p></div></li>``): an entry's day was
   read as a date line under the text (a dated list needs three entries), and beat the
   page's stated date. A day in a list entry that holds another story's link is that
   story's, however few the entries; so is a day in its own element in a small box beside
   such a link (``<div><a>标题</a><p>摘要</p><span>2019.05.29</span></div>``). A labelled
   info line naming its source as a link (``来源：<a>…网站</a> 发布时间：…``) and a post's line
   printing its day with its forum's name linked inside it are still the page's (guards).
3. The headline's box is a ``<header>``: its date line lost three points as the site's
   masthead, so a dated list at the page's top or a reprint's date under the text beat it.
   A header (``<header>``, ``class="head"``) holding the headline is the article's head;
   a masthead ``<header>`` without it still counts as chrome (guard). A line under the
   text naming the original a reprint comes from before its day (``（原文发表于2019年5月20
   日）``) dates the original, not the page. A box holding the headline is read without the
   headline's own words (``…9月30日上午举行…`` over ``来源：…``: the source line has no date),
   and the related stories' days left out still give a yearless date line its year. A full
   day and its clock closing a breadcrumb trail (a menu-classed box, read as a listing) is
   the page's date line when the trail's links name sections only.
4. A post's date line under the text with its counters (``发表于 2004年12月27日 12:40 -
   (阅读:3727;评论:63)``), the body's last block in a box of its own: ``评论:`` read as a
   reader's comment field, so the line was left out. A run of counts with a read count
   among them is no comment; a reader's comment under the text is still not read (guard).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras, published

HEADLINE = "城东老街改造后的第一个夏天，小店生意怎么样了？"
PARAS = [
    "城东老街改造完工已经三个月，沿街四十多家小店陆续重新开门，傍晚时分的人流比去年同期明显多了起来。",
    "在老街开了十二年面馆的店主告诉记者，改造后门前的路面平整了，雨天也不再积水，外地游客慢慢多了。",
    "也有店主担心租金上涨，街道办表示今年内租金将保持不变，并会为老字号提供一年的装修补贴。",
    "附近居民则希望老街在夜间能控制音量，街道已在路口设置了提示牌，并安排志愿者每晚巡查。",
    "一家开了三十年的裁缝铺今年换了新招牌，店主的女儿辞去外地的工作，回来帮母亲打理生意。",
    "她在店里加了一台缝纫机，专门给游客做改衣服务，周末常常要排队，收入比以前多了一半。",
    "老街西头的茶馆把二楼改成了小剧场，每周五晚上请本地的评弹艺人来演出，门票很快就卖完。",
    "茶馆老板说，年轻人愿意来听老戏，这是改造前没有想到的，下一步打算再排一出新编的小戏。",
    "不过，也有几家卖日用百货的老店生意不如从前，店主说游客多了，熟客反而来得少了。",
    "街道办表示，将在秋季开一次商户座谈会，听取大家对经营环境和街区管理的意见和建议。",
    "区商务部门也在研究为老街小店提供线上销售培训，帮助传统店铺把客人留在街上也留在网上。",
    "记者傍晚离开时，街口的路灯刚刚亮起，几位老人坐在石凳上聊天，孩子们在新铺的石板路上追跑。",
]  # a text of a dozen blocks: the headline's box is not among its last ten
RELATED = [("老城区停车难，新建立体车库能解决多少问题？", "车位缺口仍有三成", "2019.05.29"),
           ("夜市回来了：一条街道的烟火气是怎样找回的", "摊主们的新规矩", "2018.12.20")]


DAY = "2019-05-22T00:00:00+08:00"  # the day printed in the headline's box
DAY_AND_TIME = "2019-05-22T10:30:00+08:00"  # with its clock (STATED's, or a date line's)


def header_page(date_box: str, related: str = "", head: str = "") -> str:
    """An app-built story page: the headline, the byline and ``date_box`` in a ``<header>``,
    the text in a ``<section>``, both in one block; ``related`` after it."""
    return (page_head(HEADLINE + "_城东观察").replace("</head>", head + "</head>")
            + "<div class='top'><a href='/'>首页</a> <a href='/list'>榜单</a></div>"
            "<div class='page'><div class='x7Fq2'><header><h1>" + HEADLINE + "</h1>"
            "<div><span class='au'>林小东</span><span> 城东周刊</span></div>" + date_box
            + "<div class='tags'><p class='tg'>城市</p><p class='tg'>消费</p></div>"
            "<p class='deck'>老街的新生意。</p></header>"
            "<section class='c9'>" + paras(PARAS) + "</section></div>" + related + "</div>"
            "<div class='foot'>关于我们 版权所有</div></body></html>")


def related_list(entries=RELATED) -> str:
    """Related stories after the text: each a link, a deck and a day (no class says so)."""
    items = "".join(f"<li><div class='r1'><div class='r2'><a href='/story/{k}'>{title}</a>"
                    f"<p class='r4'>{deck}</p><p class='r5'>{day}</p></div></div></li>"
                    for k, (title, deck, day) in enumerate(entries))
    return f"<section class='rel'><h3>相关推荐</h3><ul>{items}</ul></section>"


# 1. a bare day in the headline's box ---------------------------------------------------


def test_a_bare_day_in_the_headlines_box_beside_the_byline_dates_the_page():
    result = cleaned(header_page("<div>2019.05.22</div>"))
    assert result.title == HEADLINE
    assert result.published_at == DAY


def test_a_bare_day_in_the_headlines_box_wins_over_a_related_storys_day():
    assert published(header_page("<div>2019.05.22</div>", related_list())) == DAY


def test_a_bare_day_in_the_headlines_box_written_in_words_dates_the_page():
    assert published(header_page("<div>2019年5月22日</div>", related_list())) == DAY


def test_a_bare_day_in_the_texts_box_under_an_issuers_line_still_dates_the_document():
    # Guard: a bulletin's own date under its issuer, at the top of the text's box; the
    # page's date printed under the text.
    page = (page_head("东城市统计公报") + "<div class='article'><h2>" + HEADLINE + "</h2>"
            "<div class='content'><p>东城市统计局</p><p>（2023年4月12日）</p>" + paras(PARAS)
            + "</div><p>2023-04-18</p></div></body></html>")
    assert published(page) == "2023-04-18T00:00:00+08:00"


# 2. a short list of related stories after the body ---------------------------------------


STATED = "<meta property='article:published_time' content='2019-05-22T10:30:00+08:00'>"


def test_a_related_storys_day_in_a_list_of_two_is_not_the_pages_date():
    assert published(header_page("", related_list())) is None


def test_a_related_storys_day_in_a_list_of_one_is_not_the_pages_date():
    assert published(header_page("", related_list(RELATED[:1]))) is None


def related_boxes(entries=RELATED) -> str:
    """Related stories after the text as plain boxes: a link, a deck, a day."""
    items = "".join(f"<div class='it'><a href='/s/{k}'>{title}</a><p>{deck}</p><span>{day}</span>"
                    "</div>" for k, (title, deck, day) in enumerate(entries))
    return f"<div class='rel'><h3>相关推荐</h3>{items}</div>"


def test_a_related_storys_day_in_a_box_of_two_is_not_the_pages_date():
    assert published(header_page("", related_boxes())) is None


def test_a_related_storys_day_in_a_single_box_is_not_the_pages_date():
    assert published(header_page("", related_boxes(RELATED[:1]))) is None


def test_a_posts_line_naming_its_forum_as_a_link_beside_its_day_is_still_read():
    # Guard: the post's own line under it, its day in the line's text and the forum's name
    # (eight characters or more) a link inside that line.
    foot = ("<div class='sig'>本帖由 林小东 于2005年8月12日16:12:21在〖<a href='/f/3'>"
            "城东社区生活交流（老街专版）</a>〗发表</div>")
    assert published(header_page("", foot)) == "2005-08-12T16:12:21+08:00"


def test_a_stated_date_still_wins_over_a_related_storys_day():
    # Guard: the stated date against the related stories' days (it won before too).
    assert published(header_page("", related_list(), head=STATED)) == DAY_AND_TIME


def test_a_date_line_in_a_list_entry_without_another_storys_link_is_still_read():
    # Guard: the page's own date line after the text in a list of facts with no story link.
    facts = "<ul class='i'><li>2019-05-22 10:30</li><li>阅读 120</li></ul>"
    assert published(header_page("", facts)) == DAY_AND_TIME


def test_an_info_line_naming_its_source_with_a_link_is_still_the_pages_date_line():
    # Under the text, the page's info line in a list entry holding the source's linked name
    # (eight characters or more) beside the labelled date, a notice after it: an info line,
    # not another story's entry (the entry rule is asked of unlabelled lines only).
    notice = "本网站刊登的文章仅代表作者本人观点，与本网站立场无关，转载请注明出处。" * 2
    info = ("<ul class='bar'><li>来源：<a href='/'>城东区人民政府办公室网站</a> "
            f"发布时间：2019-05-22 10:30</li><li>{notice}</li></ul>")
    page = (page_head(HEADLINE + "_城东区人民政府") + "<div class='main'><h1>" + HEADLINE
            + "</h1><div class='content'>" + paras(PARAS) + "</div>" + info
            + "</div><div class='foot'>版权所有</div></body></html>")
    assert published(page) == DAY_AND_TIME


# 3. the article's own <header>, a reprint's original date ----------------------------------


HOT_NEWS = [("全市春季植树活动启动", "2019-05-19"), ("城北新建两所小学", "2019-05-27")]
HOT = ("<div><h3>热点新闻</h3><ul class='date-list'>"
       + "".join(f"<li class='title'><a href='/n/{k}.html'>{title}</a>"
                 f"<span class='time'>{day}</span></li>" for k, (title, day) in enumerate(HOT_NEWS))
       + "</ul></div>")


def test_a_bare_day_in_the_articles_header_wins_over_a_dated_list_at_the_page_top():
    page = header_page("<div>2019.05.22</div>").replace("<div class='top'>",
                                                        HOT + "<div class='top'>")
    assert published(page) == DAY


def test_a_reprints_original_date_under_the_text_is_not_the_pages_date():
    page = header_page("<div>2019.05.22</div>").replace(
        "</section>", "<p>（原文发表于2019年5月20日）</p></section>")
    assert published(page) == DAY


def test_a_mastheads_header_day_still_gives_way_to_the_stated_date():
    # Guard: a site's <header> printing today's date, the headline outside it.
    page = (page_head(HEADLINE + "_城东观察").replace("</head>", STATED + "</head>")
            + "<header><div class='logo'>城东观察</div><div>2019-05-24</div></header>"
            "<div class='art'><h1>" + HEADLINE + "</h1><div>林小东 城东周刊</div>"
            + paras(PARAS) + "</div></body></html>")
    assert published(page) == DAY_AND_TIME


def test_the_headlines_own_day_in_a_header_box_with_a_source_line_is_no_date_line():
    # The header box holds the headline (naming the day of an event ahead) and a source
    # line without a date; the page's date line is printed under the text.
    page = (page_head("城东老街9月30日上午举行开街仪式 区领导将出席_城东观察")
            + "<div class='header'><div class='crumb'><a href='/'>首页</a> &gt; 正文</div>"
            "<div class='h-title'>城东老街9月30日上午举行开街仪式 区领导将出席</div>"
            "<div class='h-info'><span>来源：城东日报</span></div></div>"
            "<div class='main'><div class='art'>" + paras(PARAS[:2])
            + "<p>2021-09-28 20:03:48</p></div></div></body></html>")
    assert published(page) == "2021-09-28T20:03:48+08:00"


def test_a_yearless_date_line_takes_its_year_from_the_related_stories_days():
    # A date line printing month, day and clock only; the year is printed nowhere but in
    # the related stories' days after the text (left out as the page's date, kept as
    # evidence of its year).
    rel = related_boxes([(t, d, day.replace("2019", "2006")) for t, d, day in RELATED])
    page = header_page("<div class='info'>http://www.example.com 10-26 10:31 城东早报</div>",
                       rel)
    assert published(page) == "2006-10-26T10:31:00+08:00"


def crumb_page(trail: str) -> str:
    """A commentary page whose date line closes its breadcrumb trail (a menu-classed box)."""
    return (page_head(HEADLINE + " | 城东观察")
            + "<div class='wrap'><div class='menu_bread_crumb'>" + trail + "</div>"
            "<h1 class='title'>" + HEADLINE + "</h1><div class='story'>" + paras(PARAS)
            + "</div></div><div class='foot'>版权所有</div></body></html>")


def test_a_day_and_clock_closing_a_breadcrumb_trail_dates_the_page():
    trail = ("<a href='/'>首页</a> <span>＞</span> <a href='/forum/'>论坛</a> <span>＞</span> "
             "<span class='news-time'>2014年12月10日 00:01</span>")
    assert published(crumb_page(trail)) == "2014-12-10T00:01:00+08:00"


def test_a_day_beside_a_storys_linked_headline_in_a_trail_is_still_not_read():
    # Guard: the trail links another story's headline: its day is that story's.
    trail = ("<a href='/'>首页</a> ＞ <a href='/s/9'>老城区停车难新建立体车库解决多少问题</a> "
             "<span class='news-time'>2014年12月09日 08:15</span>")
    assert not (published(crumb_page(trail)) or "").startswith("2014-12-09")


# 4. a post's date line with its counters under the text ----------------------------------


POST = ["承蒙朋友的邀请，很高兴在这里开一个技术博客，以后会在这里写一些关于编程语言和框架的心得。",
        "简单介绍一下我自己：做了十多年软件开发，写过几本技术书，也在几所学校讲过面向组件的程序设计课程。",
        "希望以后和各位多多交流。"]


POSTED = "2004-12-27T12:40:00+08:00"


def blog_post(foot: str, after: str = "") -> str:
    """A blog post whose blocks sit in nested boxes, ``foot`` the last block's line."""
    nested = "".join(f"<section><p>{p}</p>" for p in POST) + "</section>" * len(POST)
    return (page_head("很高兴在这里开博客 - 某某的博客")
            + "<div class='head'><a href='/'>某某的博客</a></div>"
            "<div class='post'><h2><a href='/p/1'>很高兴在这里开博客</a></h2>" + nested
            + f"<section><p>{foot}</p></section></div>{after}"
            "<div class='foot'>版权所有</div></body></html>")


def test_a_posts_date_line_with_its_read_and_comment_counts_dates_it():
    assert published(blog_post("发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)")) == POSTED


def test_a_posts_date_line_with_full_width_counts_dates_it():
    assert published(blog_post("发表于 2004年12月27日 12:40 | 浏览：3727，评论：63")) == POSTED


def test_a_readers_comment_under_the_text_is_still_not_the_posts_date():
    # Guard: a reader's comment after the post (its poster, its time, its counts without a
    # read count) is not read as the post's date.
    comment = ("<div class='cm'><p>网友：小林</p><p>2005年1月3日 09:15 (回复:2;评论:5)</p>"
               "<p>写得很好，期待更多文章。</p></div>")
    result = cleaned(blog_post("很高兴在这里开博客", comment))
    assert not (result.published_at or "").startswith("2005-01-03")
