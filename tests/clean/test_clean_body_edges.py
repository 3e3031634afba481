# ruff: noqa: E501  (Chinese test strings)
"""Where the article's text starts and ends on markup nobody here has seen (issue 14, the
body's edges): each failure class a page in a real markup shape, with text written here.

1. a column of teasers of other stories (a linked headline over a summary cut off with
   ``...`` and a ``更多`` link), which outweighs a short story printed as ``<br>``-split text;
2. a short story inside a widget's block that the template never closes (``share``);
3. a summary card of fields (a table's rows and labels of their own) above a notice's first
   sentence;
4. readers' comments under an unmarked ``网友评论`` heading;
5. a site's promotion lines after the last sentence (and a credit in brackets after it);
6. a profile of the publisher under its name after the text;
7. a numbered section heading with nothing under it, and a ``相关公告`` label, at the end;
8. an info line of labelled fields run on into a font-size switch (``…浏览次数：字体大小：大中小``);
9. a credit line (``文｜某某``) and a caption closing with its picture credit
   (``…。图：某某/某某图片社``) above the text;
10. a site's tool lines (``转寄``, ``对此新闻评分：``) among its promotions after a last sentence
    closed by a wire service's date code (``…。1031212``);
11. a paywall's notice: the subscription offer under it is not the text;
12. a short post under a long discussion whose block no class marks: the comments, found
    by their stamped reply lines, are not the body;
13. a story held in a block classed as a summary, with a short unmarked block beside it in
    the same wrapper: the wrapper, which adds the whole story, outweighs the short block;
14. paragraphs each nested in its own chain of ``<section>`` (a WeChat editor's layout),
    the first apart from the rest: it is still the text's start;
15. a blog's trackback under the text (``某某的评论`` over ``September 19th, 2005 at 7:32 pm``);
16. a government template (browser-saved DOM) holding the whole article in a block whose
    compound class contains ``caption`` (``area-essay page-caption-p``), long or short, with
    a real picture caption inside it: the block is the text, the caption is not;
17. no body found at all: a short story whose only block carries a widget's class word and
    whose sentences close with ``!``/``?`` (no two full stops make it prose), and a notice
    of three one-sentence ``<li>`` lines under 20 characters each: the best block is taken
    rather than nothing;
18. a self-media (WeChat) article: the ``原创`` header line with author and account, credit
    lines (``出品 | …``, ``题图 | …``) and the account's note (``某某注：…``) above the text;
    the account's invitation, complaints address, ``End`` mark and a call to follow after it;
19. after the last sentence: a translated column's credits (``撰稿人∕译稿人：…``, ``资料来源：…``,
    the original's title and address), a view counter over a report form's labels, a notice's
    list of attachments (``附件1：《…》``);
20. an advertisement for an account written as sentences under the text (questions, what
    the account offers, ``快来试试吧！``), with its following instructions; a closing
    sentence of the text that names an account stays;
21. a site's run of promotions after the text longer than six lines, with a reprint note
    closing with an address (``…如若转载，请注明来源：…https://…``) or attachment lines after it.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document

FETCHED = "2026-12-01T08:00:00Z"
HEADLINE = "社区菜市场推出净菜专柜 上班族下班也能买到新鲜菜"
STORY = [
    "城东社区菜市场本月起推出净菜专柜，把洗净切好的蔬菜按份包装，方便上班族下班后买回家直接下锅。",
    "专柜每天下午四点补货一次，价格比普通蔬菜每斤贵一到两元，不少居民觉得省下的时间更值钱。",
    "市场管理方说，净菜全部来自本地的三家合作农场，每批都要抽检农药残留，结果贴在柜台旁边。",
    "开柜两周以来，每天傍晚的净菜几乎都能卖完，管理方准备下个月把专柜从两个增加到四个。",
]
TEASERS = [
    ("老街口修鞋摊坚守三十年", "每天清晨六点，老街口的修鞋摊就支起了遮阳伞，摊主一双手修过的鞋子数也数不清，街坊们都说离不开"),
    ("周末寒潮来袭 山区或见初雪", "中央气象台昨天发布寒潮预警，本周末起北方冷空气将一路南下，山区最低气温可能降到零度以下，请"),
    ("网购维修陷阱多 消费者要当心", "不少民众家电坏了习惯上网搜寻维修电话，但搜索结果里有许多冒用品牌名称的维修点，收费远高于"),
    ("夜间公交新增三条线路", "为方便夜间下班的市民出行，公交公司下周起新增三条夜间线路，末班车最晚到凌晨一点，沿途经过"),
    ("图书馆延长开放时间", "市图书馆自下月起将周末开放时间延长到晚上九点，自习区座位也增加了一百个，预约系统同步升级"),
    ("小学生科学节展出百件作品", "第五届小学生科学节昨天开幕，来自二十多所学校的一百多件作品集中展出，其中不少作品是学生"),
    ("河滨步道完成改造重新开放", "经过半年施工，河滨步道昨天重新开放，新铺的透水地面下雨不再积水，沿途还增加了二十多张座椅和"),
    ("社区食堂推出老人优惠餐", "社区食堂本月起为七十岁以上的老人提供优惠午餐，一荤两素加一碗汤只要十二元，每天中午开放两个"),
    ("旧厂房变身文创园区", "城西闲置多年的纺织厂房经过改造，变成了有四十多家小店的文创园区，周末人流量已经超过一万人次，"),
]


def teaser_page(classes: bool) -> str:
    """A video-news page: the story as ``<br>``-split text in a span inside a ``<p>`` (which
    the parser closes at the ad ``<div>`` before it), and a right-hand column of teasers."""
    def c(name: str) -> str:
        return f' class="{name}"' if classes else ""
    items = "".join(
        f'<li><a href="/news/{k}.html"{c("title")}>{title}</a><br />'
        f'<span{c("newsinfo")}>{summary}...</span><a href="/news/{k}.html"{c("more")}>更多</a></li>'
        for k, (title, summary) in enumerate(TEASERS))
    story = "<br/><br/>".join(STORY)
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><div{c('main')}>"
        f"<div{c('lmain')}><div{c('videobox')}><a href='#'><span>{HEADLINE}</span></a>"
        f"<span>2026/11/28 18:13</span><hr/><div><img src='/v/1.jpg'/></div></div>"
        f"<div{c('newsdes')}><div{c('share')}><a href='#'>转寄</a> | 目前字级："
        f"<a href='#'>小</a> <a href='#'>中</a> <a href='#'>大</a></div><br/>"
        f"<p><div id='adStart'></div><span>{story}</span><div id='adEnd'></div></p>"
        f"<br/><hr/></div></div>"
        f"<div{c('rmain')}><div{c('rlist')}><span>其它生活新闻</span><hr/><ul>{items}</ul>"
        f"</div></div></div></body></html>")


@pytest.mark.parametrize("classes", [True, False])
def test_a_column_of_cut_off_teasers_is_not_the_text(classes):
    result = clean_document(teaser_page(classes).encode("utf-8"), fetched_at=FETCHED)
    assert result.paragraphs[0] == STORY[0]
    assert result.paragraphs[-1] == STORY[-1]
    assert not any(summary[:10] in result.body for _, summary in TEASERS)


def test_a_paragraph_of_the_text_that_trails_off_stays():
    # A quoted line cut short on purpose (``……``) after a link opening the paragraph is
    # the article's text, not a teaser: only a paragraph opened by a link is one, and this
    # one opens with its own words.
    trailing = "居民王阿姨说，以前下班赶到菜场只剩些蔫了的叶子，现在总算能买到<a href='/x'>新鲜的青菜</a>……"
    body = "".join(f"<p>{p}</p>" for p in [STORY[0], STORY[1], trailing, STORY[2], STORY[3]])
    page = (f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
            f"<div>2026-11-28 18:13</div><div>{body}</div></body></html>")
    result = clean_document(page.encode("utf-8"), fetched_at=FETCHED)
    assert any(p.startswith("居民王阿姨说") for p in result.paragraphs)
    assert result.paragraphs[-1] == STORY[3]


ABOUT = ("本站是城东街道主办的社区信息平台，发布街道通知、便民服务和社区活动信息，"
         "欢迎居民提供线索。网站内容每个工作日更新，居民也可以在街道服务中心的公告栏看到"
         "同样的通知和活动安排。")

CLOSING = "不少居民建议专柜再多备一些半成品菜，管理方表示会先做问卷调查，再决定增加哪些品种。"


def unclosed_widget_page() -> str:
    """A share bar whose ``<div>`` the template never closes: the story and everything
    after it land inside the widget's block; a short "about the site" text in the side
    column is the only prose left outside it."""
    story = "".join(f"<p>{p}</p>" for p in [*STORY, CLOSING])
    return (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        f"<div><h2>{HEADLINE}</h2><span>2026-11-28 18:13</span></div>"
        f"<div><div class='share'><div class='shareicon'><a href='#'>微博</a> <a href='#'>微信</a>"
        f"</div><span>转寄 | 字级：<a href='#'>小</a> <a href='#'>大</a></span>"
        f"<div>{story}</div></div>"
        f"<div><span>关于本站</span><p>{ABOUT}</p></div>"
        f"</body></html>")


def test_a_short_story_inside_a_widget_left_unclosed_is_still_the_text():
    result = clean_document(unclosed_widget_page().encode("utf-8"), fetched_at=FETCHED)
    assert result.paragraphs[0] == STORY[0]
    assert result.paragraphs[-1] == CLOSING
    assert ABOUT[:12] not in result.body


def article_page(body: str) -> bytes:
    """A plain article page: headline, date line, the text's container."""
    return (f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
            f"<div>发布时间：2026-11-28 18:13</div><div class='article'>{body}</div>"
            f"<div>版权所有 某某网 地址：某某路1号</div></body></html>").encode()


def paras(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


NOTICE_OPENING = ("某某项目管理有限公司受城东街道办事处的委托，就“社区净菜专柜设备采购项目”"
                  "组织竞争性磋商，评审工作已经结束，成交结果如下：")
NOTICE = [
    "一、项目名称：社区净菜专柜设备采购项目",
    "二、成交供应商：某某商贸有限公司，成交金额：十二万元。",
    "三、合同履行期限：合同签订后三十天内完成供货和安装。",
]


def summary_card_page() -> bytes:
    card = ("<table><tr><td>项目名称</td><td>社区净菜专柜设备采购项目</td></tr>"
            "<tr><td>采购单位</td><td>城东街道办事处</td><td>公告时间</td><td>2026年11月28日</td></tr>"
            "<tr><td>成交金额</td><td>十二万元</td></tr></table>")
    contacts = ("<table><tr><td>项目联系人</td><td>黄先生</td></tr>"
                "<tr><td>联系电话</td><td>0000-1234567</td></tr></table>")
    return article_page(f"<p>公告概要：</p>{card}<p>联系人及联系方式：</p>{contacts}"
                        + paras(NOTICE_OPENING, *NOTICE) + "<p>四、其它补充事宜</p><p>相关公告</p>")


def test_a_summary_card_above_a_notice_is_not_its_start():
    result = clean_document(summary_card_page(), fetched_at=FETCHED)
    assert result.paragraphs[0] == NOTICE_OPENING
    assert result.paragraphs[-1] == NOTICE[-1]  # the empty heading and the label go too


def test_a_notice_opening_with_its_fields_and_no_prose_keeps_them():
    # The fields are the text here: what follows them is another field, not prose.
    fields = ("<table><tr><td>供应商名称</td><td>供应商地址</td></tr>"
              "<tr><td>某某商贸有限公司</td><td>城东路8号</td></tr>"
              "<tr><td>某某设备有限公司</td><td>城西路2号</td></tr></table>")
    page = article_page("<p>一、项目编号：</p><p>CD2026-118</p><p>二、中标信息</p>" + fields
                        + paras("三、联系方式", "联系人：黄先生", "电话：0000-1234567"))
    result = clean_document(page, fetched_at=FETCHED)
    assert result.paragraphs[0] == "一、项目编号："
    assert result.paragraphs[-1] == "电话：0000-1234567"


COMMENTS = ["网友评论", "网友1 2026-11-29 10:20:05", "说得很好，希望专柜一直开下去。",
            "网友2 2026-11-30 11:21:05", "价格再便宜一点就更好了。"]


def test_comments_under_an_unmarked_heading_are_not_the_text():
    result = clean_document(article_page(paras(*STORY, *COMMENTS)), fetched_at=FETCHED)
    assert result.paragraphs[-1] == STORY[-1]


def test_a_comment_heading_over_prose_is_a_section_of_the_text():
    # An opinion piece's section called 评论 is followed by its own prose, not by who
    # wrote a comment when.
    section = ["评论", "净菜专柜能不能长久，关键在于价格和品质能否兼顾，市场管理方需要算好这笔账。"]
    result = clean_document(article_page(paras(*STORY, *section)), fetched_at=FETCHED)
    assert result.paragraphs[-1] == section[-1]


PROMOTIONS = ["<<即时新闻动起来>>", "【某某即时】：最有料的影音频道", "【某某论坛】：最新评论每日总览",
              "有话要说投稿「即时论坛」", "opinions@example.com.tw"]


def test_promotion_lines_after_the_last_sentence_are_not_the_text():
    last = STORY[-1] + "（某某／综合报导）"
    result = clean_document(article_page(paras(*STORY[:-1], last, *PROMOTIONS)),
                            fetched_at=FETCHED)
    assert result.paragraphs[-1] == last


def test_contact_lines_after_a_notice_stay():
    contact = ["联系人：黄先生", "电子邮箱：office@example.gov.cn"]
    result = clean_document(article_page(paras(*STORY, *contact)), fetched_at=FETCHED)
    assert result.paragraphs[-1] == contact[-1]


PROFILE = ["城东净菜研究室",
           "城东净菜研究室，致力于社区生鲜供应链研究，长期跟踪城市居民的买菜习惯和菜价变化。",
           "研究室每年发布社区生鲜消费报告，为街道和市场管理方提供数据支持。"]


def test_a_profile_of_the_publisher_under_its_name_is_not_the_text():
    result = clean_document(article_page(paras(*STORY, *PROFILE)), fetched_at=FETCHED)
    assert result.paragraphs[-1] == STORY[-1]


def test_a_closing_section_named_like_its_subject_stays_when_it_is_long():
    # The same shape holding most of the text is the article's own last section.
    section = ["城东净菜研究室",
               "城东净菜研究室今年对全区三十个菜市场做了调查，发现下班后买菜的居民占到四成，"
               "其中一半以上希望买到洗净切好的蔬菜。",
               "研究室建议各市场根据周边小区的人口结构调整专柜品种，老年人多的小区以整菜为主，"
               "上班族多的小区多备净菜和半成品，并在傍晚前补足货量。",
               "研究室还建议街道把各市场的检测结果统一公布在网上，方便居民随时查看。"]
    result = clean_document(article_page(paras(STORY[0], *section)), fetched_at=FETCHED)
    assert result.paragraphs[-1] == section[-1]


def test_an_info_line_run_on_into_a_font_size_switch_is_not_the_text():
    info = "发布日期：2026-11-28 10:39:41 来源：县统计局发布者：管理员浏览次数：字体大小：大中小"
    result = clean_document(article_page(paras(info, *STORY)), fetched_at=FETCHED)
    assert result.paragraphs[0] == STORY[0]


def test_a_credit_line_and_a_credited_caption_above_the_text_are_not_its_start():
    caption = "城东社区菜市场的净菜专柜。专柜开设两周以来，每天傍晚的净菜几乎都能卖完。图：王某某/某某图片社"
    result = clean_document(article_page(paras("文｜本报记者 李某某", caption, *STORY)),
                            fetched_at=FETCHED)
    assert result.paragraphs[0] == STORY[0]


def test_a_sentence_citing_a_picture_stays():
    # Only a caption closes with a credit: a sentence pointing at a picture ends in a stop.
    cited = "菜价的变化见下图：去年同期的净菜价格比普通蔬菜高出三成，今年已降到两成左右。"
    result = clean_document(article_page(paras(*STORY, cited)), fetched_at=FETCHED)
    assert result.paragraphs[-1] == cited


def test_tool_lines_among_promotions_after_a_wire_code_are_not_the_text():
    last = STORY[-1] + "1151128"
    tools = ["转寄", "列印", "对此新闻评分：", "（目前平均0颗星）", "加入某某社粉丝团"]
    result = clean_document(article_page(paras(*STORY[:-1], last, *tools)), fetched_at=FETCHED)
    assert result.paragraphs[-1] == last


def test_the_offer_under_a_paywall_notice_is_not_the_text():
    offer = ["本文共计1561字 订阅后继续阅读", "登录后获取已订阅的阅读权限", "某某通会员", "可畅读全文",
             "订阅/会员升级", "推荐进入某某数据库，可随时查阅公司股价走势和人员变化等信息。"]
    result = clean_document(article_page(paras(*STORY[:2], *offer)), fetched_at=FETCHED)
    assert result.paragraphs == STORY[:2]


def test_a_paywall_notice_before_any_text_cuts_nothing():
    # A box announcing the paywall above the text is furniture, not the text's end.
    result = clean_document(article_page(paras("订阅后继续阅读", *STORY)), fetched_at=FETCHED)
    assert result.paragraphs == STORY


REPLIES = [
    "恭喜恭喜，以后常来看你的文章，顺便学习一下净菜专柜的经验，我们小区也很需要这样的服务。",
    "我们街道去年也试过类似的做法，可惜因为价格偏高没坚持下来，很想知道你们是怎么算成本的。",
    "支持一下！傍晚下班能买到洗好的菜真是太方便了，希望品种能再多一些，比如菌菇和豆制品。",
    "请问净菜的保质期一般是多久？买回家放进冰箱的话，第二天再做还新鲜吗？有没有人试过。",
    "写得很实在，数字也清楚，比很多空洞的报道强多了，期待下一篇讲讲合作农场的情况。",
    "我家楼下的市场上个月也开了净菜柜台，价格确实贵一点，但是省事，老人也愿意买。",
    "建议把抽检结果也放到网上，柜台旁边贴的那张纸字太小了，老年人根本看不清楚。",
    "周末也能补货吗？周六下午去的时候已经卖空了，白跑一趟，希望管理方考虑一下。",
]


def discussion_page() -> bytes:
    """A blog post of two paragraphs and, in a block of its own with no class, a long
    discussion: each comment a header (``# re:`` and the title, then the time in a node of
    its own, then the name) over its text."""
    post = paras(*STORY[:2])
    comments = "".join(
        f"<div><div><a href='#'># re: {HEADLINE}</a> <span>2026-11-{10 + k} 12:{10 + k}</span>"
        f" <a href='/u/{k}'>读者{k}</a></div><p>{reply}</p></div>"
        for k, reply in enumerate(REPLIES))
    return (f"<html><head><title>{HEADLINE}</title></head><body><div>"
            f"<div><h2>{HEADLINE}</h2>{post}<p>发表于 2026-11-09 20:15</p></div>"
            f"<div><h3>评论</h3>{comments}</div></div></body></html>").encode()


def test_a_discussion_marked_by_no_class_is_not_the_body():
    result = clean_document(discussion_page(), fetched_at=FETCHED)
    assert result.paragraphs[0] == STORY[0]
    assert not any(reply[:12] in result.body for reply in REPLIES)


def test_an_article_quoting_dates_and_times_is_still_the_body():
    # A schedule inside a notice prints dates with their clocks, but no reader's reply.
    schedule = [f"第{n}场：2026年12月{n + 1}日 9:30，地点：城东街道服务中心。" for n in range(1, 6)]
    result = clean_document(article_page(paras(*STORY[:2], *schedule, *STORY[2:])),
                            fetched_at=FETCHED)
    assert result.paragraphs[0] == STORY[0]
    assert result.paragraphs[-1] == STORY[-1]


def summary_classed_story_page() -> bytes:
    story = "<br/><br/>".join(STORY)
    return (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"<div class='toolbar'><a href='#'>分享</a></div>"
            f"<div class='articulum'><p class='summary'>{story}</p>"
            f"<div><p>网友评论</p><p>网友1 2026-11-29 10:20:05</p>"
            f"<p>说得很好，希望继续关注净菜专柜后续的进展。</p></div></div>"
            f"</article></body></html>").encode()


def nested_sections_page() -> bytes:
    """No classes: the first paragraph four ``<section>`` levels deep in one branch, the
    others three deep in a sibling branch, inside the page's content ``<div>``."""
    first = f"<section><section><section><section><p>{STORY[0]}</p></section></section></section></section>"
    rest = "".join(f"<section><section><p>{p}</p></section></section>" for p in STORY[1:])
    return (f"<html><head><title>{HEADLINE}</title></head><body><div><h1>{HEADLINE}</h1>"
            f"<div>来源：城东街道 发布时间：2026-11-28 18:13</div>"
            f"<div><div>{first}<section>{rest}</section></div></div>"
            f"<div><a href='/1'>上一篇：社区食堂推出老人优惠餐</a><a href='/2'>下一篇：河滨步道重新开放</a></div>"
            f"</div></body></html>").encode()


@pytest.mark.parametrize("page", [summary_classed_story_page, nested_sections_page],
                         ids=["story-in-a-summary-block", "paragraphs-in-own-sections"])
def test_the_whole_story_is_the_text_from_its_first_paragraph_to_its_last(page):
    # A story in a block classed summary beside a short unmarked block (the wrapper adding
    # the story outweighs it); paragraphs each in their own <section> chain, the first apart.
    result = clean_document(page(), fetched_at=FETCHED)
    assert result.paragraphs[0] == STORY[0]
    assert result.paragraphs[-1] == STORY[-1]


def test_a_trackback_under_the_text_is_not_the_text():
    trackback = ["某某的评论", "September 19th, 2026 at 7:32 pm",
                 "净菜专柜：下班也能买到新鲜菜", "城东社区菜市场本月起推出净菜专柜的消息，在居民中引起了不少讨论。"]
    result = clean_document(article_page(paras(*STORY, *trackback)), fetched_at=FETCHED)
    assert result.paragraphs[-1] == STORY[-1]


def essay_block_page(story: list[str]) -> bytes:
    """A browser-saved government page: nested ``group``/``in``/``ct`` wrappers, the headline
    in a ``simple-text title`` block, the article in an ``area-essay page-caption-p`` block
    with an empty ``caption`` div and a captioned picture among its paragraphs."""
    def wrap(cls: str, inner: str) -> str:
        return f'<div class="{cls}"><div class="in"><div class="ct"><div class="in">{inner}</div></div></div></div>'
    picture = ('<div class="pic"><img src="/img/1.jpg" alt="">'
               '<div class="caption">净菜专柜前挑选蔬菜的居民</div></div>')
    paras = "".join(f"<p>{p}</p>" for p in story)
    essay = (f'<div class="essay"><div class="caption"><span></span></div>'
             f'<div class="p"><p></p>{paras}{picture}</div></div>')
    content = (wrap("simple-text title", f"<h3>{HEADLINE}</h3>")
               + wrap("area-essay page-caption-p Column-3-101", essay)
               + wrap("area-editor system-info", "<ul><li>发布日期：2026-11-28</li><li>更新日期：2026-11-29</li></ul>"))
    nav = wrap("group-list nav", "".join(f'<li><a href="/{k}">栏目{k}</a></li>' for k in range(8)))
    footer = wrap("group base-footer", "<p>地址：某市某路1号　电话：0000-0000　版权所有 某市政府</p>")
    return (f"<html><head><title>{HEADLINE}-某市政府</title></head><body>"
            f"{wrap('group sys-root', nav + wrap('group page-content', content) + footer)}"
            f"</body></html>").encode()


@pytest.mark.parametrize("story", [STORY, STORY[:3]], ids=["long", "three-sentences"])
def test_an_article_in_a_block_whose_compound_class_names_a_caption_is_the_text(story):
    result = clean_document(essay_block_page(story), fetched_at=FETCHED)
    assert result.paragraphs[0] == story[0]
    assert result.paragraphs[-1] == story[-1]
    assert "挑选蔬菜的居民" not in result.body  # the picture's own caption is still dropped


SHOUTED = [
    "城东社区菜市场净菜专柜本周六起延长营业时间!",
    "你还在为下班后买不到新鲜蔬菜发愁吗?",
    "专柜每天傍晚补货一次，洗净切好的蔬菜按份包装，买回家直接下锅，省下的时间陪陪家人吧!",
    "欢迎居民朋友前来选购，也欢迎对专柜提出意见和建议。",
]
MENU = "<div class='nav'><ul>" + "".join(f"<li><a href='/{k}'>栏目{k}</a></li>" for k in range(6)) + "</ul></div>"
NOTICE_LINES = ["周六上午停水检修管道。", "请居民提前做好储水准备。", "给大家带来不便敬请谅解。"]


def menu_page(title: str, main: str) -> bytes:
    """A page of a menu of links and a ``main`` block."""
    return (f"<html><head><title>{title}</title></head><body>{MENU}"
            f"<div class='main'>{main}</div></body></html>").encode()


def widget_classed_story_page() -> bytes:
    """The story's only block carries a widget's word in its class (``print-area``)."""
    paras = "".join(f"<p>{p}</p>" for p in SHOUTED)
    return menu_page(HEADLINE, f"<h2>{HEADLINE}</h2><div>发布日期：2026-11-28</div>"
                               f"<div class='print-area'>{paras}</div>")


def one_line_items_page() -> bytes:
    """A notice of three ``<li>`` lines, each under 20 characters, below a date line."""
    items = "".join(f"<li>{line}</li>" for line in NOTICE_LINES)
    return menu_page("停水通知", "<table><tr><td>停水通知</td></tr></table>"
                                "<div><ul>资料更新时间：2026-11-28 08:49</ul></div>"
                                f"<div class='box'><ul>{items}</ul></div>")


@pytest.mark.parametrize(("page", "lines"), [(widget_classed_story_page, SHOUTED),
                                             (one_line_items_page, NOTICE_LINES)],
                         ids=["widget-classed-story", "one-line-items"])
def test_a_page_whose_article_no_rule_picks_still_gets_its_best_block(page, lines):
    result = clean_document(page(), fetched_at=FETCHED)
    # the closing stop aside: cleaning writes ``!`` as ``！``
    assert result.paragraphs[0][:-1] == lines[0][:-1]
    assert result.paragraphs[-1] == lines[-1]
    assert len(result.paragraphs) == len(lines)


def test_a_self_media_articles_header_notes_and_end_mark_are_not_its_text():
    head = ["原创 李某某 某某生活APP", "出品 | 某某生活组", "题图 | 某某图片社",
            "某某注：社区里的小改变，往往最能说明一座城市的生活节奏。本文记录一家菜市场的一次尝试。"]
    tail = ["某某生活 #邻里故事# 系列线上分享正在筹备中，欢迎添加企业微信【某某小助手】报名参加。",
            "如对本稿件有异议或投诉，请联系 tougao@example.com",
            "End", "想看更多好故事就关注某某生活视频号！"]
    result = clean_document(article_page(paras(*head, *STORY, *tail)), fetched_at=FETCHED)
    assert result.paragraphs == STORY


TRANSLATED = ["撰稿人∕译稿人：Jane Q. Example / Mei-Ling Chen",
              "资料来源：2026年11月20日，The Example Weekly",
              "A Market Stall for Busy Neighbours", "https://www.example.com/article/market-stall"]
REPORT_FORM = ["阅读数(6616）", "不感兴趣", "广告软文", "重复、旧闻", "确定", "*请填写原因",
               "感谢您的反馈，我们将会减少此类文章的推荐", "投诉"]
ATTACHMENTS = ["附件1：《城东社区菜市场净菜专柜管理办法》", "附件2：《净菜专柜供货商名单》"]


@pytest.mark.parametrize("tail", [TRANSLATED, REPORT_FORM, ATTACHMENTS],
                         ids=["translation-credits", "counter-and-report-form", "attachments"])
def test_what_follows_the_last_sentence_of_these_kinds_is_not_the_text(tail):
    result = clean_document(article_page(paras(*STORY, *tail)), fetched_at=FETCHED)
    assert result.paragraphs == STORY


ACCOUNT_AD = ("下班买菜总是来不及？想知道周边哪家菜场最实惠？某某生活微信号每天为你整理菜价行情、"
              "优惠信息和家常菜做法，还能一键查询附近的净菜专柜，快来试试吧！")


def test_an_advertisement_for_an_account_written_as_sentences_is_not_the_text():
    tail = [ACCOUNT_AD, "关注方法：1.扫描左侧二维码；2.搜索“某某生活”关注。"]
    result = clean_document(article_page(paras(*STORY, *tail)), fetched_at=FETCHED)
    assert result.paragraphs == STORY


def test_a_closing_sentence_naming_an_account_stays():
    closing = "居民可以关注城东街道公众号，查询每天净菜专柜的补货时间和价格。"
    result = clean_document(article_page(paras(*STORY, closing)), fetched_at=FETCHED)
    assert result.paragraphs == [*STORY, closing]


PROMOTION_RUN = ["【某某即时】：最有料的影音频道", "【某某论坛】：最新评论每日总览", "有话要说投稿「某某论坛」",
                 "加入某某资讯粉丝团", "＜＜即时新闻动起来＞＞", "【动即时】：最乡民的影音频道"]


@pytest.mark.parametrize("after", [["本文属于原创文章，如若转载，请注明来源：某某网https://news.example.com/914/1.html"],
                                   ["●作者某某，城东居民。本文为网友投稿，投稿请寄editor@example.com"],
                                   ["附件1：《净菜专柜管理办法》", "附件2：《供货商名单》"]],
                         ids=["reprint-note", "contribution-note", "attachments"])
def test_a_long_run_of_promotions_and_notes_after_the_text_is_not_the_text(after):
    result = clean_document(article_page(paras(*STORY, *PROMOTION_RUN, *after)), fetched_at=FETCHED)
    assert result.paragraphs == STORY
