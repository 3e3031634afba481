"""Dates of stop 31 (i21d): a date line the body's block holds between the text and what
follows it, on pages of own text in the real markups' shapes.

1. A news agency's story whose date line (``<p>2025-06-14 06:50:50</p>``, a full day and its
   clock alone) is printed under the text, inside the text's block, followed in the same
   block by the related stories' headlines, a like counter and a correction form (short
   fields under a note of prose): the line was neither among the text's last blocks (the
   form's fields filled them) nor at its top, so it was read as an event's day in the text
   and the page had no date. A line that is only a full day and its clock is no sentence of
   the text and no event's day: it is read as a date line wherever the body holds it; a
   sentence of the text opening with a day and its clock stays an event's (guard).
2. A city paper's search box linking its old site (``<a>查看旧版(2007年11月18号以前)</a>``,
   the pages before that day) over the headline, the story's date printed alone under its
   text (``<p>2025年02月12日</p>``): the link's day, nearer the headline, dated the page. A
   day bounding a span (``…号以前``, ``…日之后``) is no day anything happened on.
3. A property news story whose date line (``<p>2025-12-23 10:11</p>``) is printed under its
   text, inside the story's box, followed by a feed of other stories, each in a box of its
   own: a picture, the story's linked headline and a source line classed ``source``
   (``<em>原创</em><span>某某新媒体</span><span>1小时前</span>``), every line indented by dozens
   of spaces. The feed's stamps, date-classed, near the body's end and read relative to the
   fetch, outscored the date line; the item's box, measured with its indentation, passed
   150 characters, so it was not taken for another story's entry. A date-classed line in
   another story's box is that story's (a date line beside the headline linked to the story
   itself stays the page's: guard), and a box's size does not count its whitespace.
4. A weekly's story printing its byline line under the text (``• 2025-02-08 • 本刊记者
   某某某``), the masthead's date box (``<span id="time">``, the day the page was saved) over
   the headline: under the text only a line that is a date alone, labelled or with a clock
   was read, so the masthead's day dated the story. A day beside a reporter's byline is the
   issue's date line under the text as it is over it.
"""

from __future__ import annotations

from tests.clean.news_page import page_head, paras, published

HEADLINE = "城西新区公交线路今起调整"
TEXT = [
    "记者从城西新区交通运输局获悉，新区十二条公交线路将从本月中旬起陆续调整，部分站点同步迁移。",
    "据介绍，此次调整主要针对新建住宅小区和学校周边，新增站点十四个，撤并客流较少的站点六个。",
    "交通运输局提醒市民，调整期间可通过公交查询平台了解线路走向，也可拨打服务热线咨询。",
    "有关负责人表示，下一步还将根据客流变化继续优化线网，力争让群众出行更加便捷。",
]
FORM_FIELDS = ["【纠错】", "出错内容", "正确内容", "您的姓名", "联系电话", "电子邮箱",
               "提交", "取消", "【打印】", "【关闭】"]
FORM_NOTE = "如您发现本文内容有误，请填写下面的表格，我们核实后将及时更正。"


def story(stamp: str) -> str:
    """The story without stated dates: the headline, a gallery's empty frame, the text, the
    line ``stamp`` under it, then in the same block the related stories' headlines, a like
    counter and a correction form (short fields and a note of prose); a list of related
    stories, each with its day and clock, after the block."""
    related = "".join(f"<p><a href='/news/{n}.htm'><strong>{t}</strong></a></p>" for n, t in (
        (101, "城西新区新建三所小学明年秋季招生"), (102, "新区地铁二号线开通运营一周年")))
    form = (f"<div class='tags'><p>{FORM_NOTE}</p>"
            + "".join(f"<div><span>{f}</span></div>" for f in FORM_FIELDS) + "</div>")
    listed = "".join(f"<li><a href='/news/{n}.htm'>{t}</a><span class='time'>2024-03-0{n % 9} "
                     f"1{n % 9}:2{n % 9}:00</span></li>" for n, t in (
                         (91, "新区公交线网规划公开征求意见"),
                         (92, "新区三条公交线路延长运营时间")))
    return ("<html><head><meta charset='utf-8'><title>" + HEADLINE + "-新闻中心</title></head>"
            "<body><div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
            "<div class='main'><h1>" + HEADLINE + "</h1><div class='detail'>"
            "<div class='gallery'><span>图集</span></div>" + paras(TEXT) + stamp + related
            + "<div class='zan'>+1</div>" + form + "</div><div class='relate'><div>相关新闻</div>"
            "<ul>" + listed + "</ul></div></div>"
            "<div class='foot'>关于我们 联系我们 版权所有</div></body></html>")


def test_a_day_and_clock_line_between_the_text_and_a_correction_form_dates_the_page() -> None:
    page = story("<p>2025-06-14 06:50:50</p>")
    assert (published(page) or "")[:16] == "2025-06-14T06:50"


def test_a_sentence_of_the_text_opening_with_a_day_and_clock_stays_an_event_guard() -> None:
    page = story("<p>2025年6月20日 09:30，新区还将召开线网优化听证会。</p>")
    assert published(page) is None


SCHOOL = [
    "“每天看着孩子们仰着小脸等你表扬的样子，就觉得再累也值得。”说起班上的学生，李老师笑得很开心。",
    "李老师在乡村小学教了二十年书，送走了一届又一届学生，不少学生毕业后又回到家乡当了老师。",
    "今年寒假，她又走访了班上每一个学生的家庭，和家长一起商量新学期的学习计划。",
]


def masthead_page(under_text: str) -> str:
    """A city paper's story: a search box with a link to the old site's pages before a day
    over the headline, the text and ``under_text`` after it."""
    return (page_head("乡村教师的二十年-城市新闻") + "<div class='top'><a href='/'>首页</a></div>"
            "<div class='search'><span><a href='http://old.example.com/'>查看旧版(2007年11月18号"
            "以前)</a></span><iframe src='/search.html'></iframe></div><div class='article'>"
            "<h1>乡村教师的二十年</h1><div class='text'>" + paras(SCHOOL)
            + under_text + "</div></div><div class='foot'>版权所有 城市新闻网</div>"
            "</body></html>")


def test_a_link_to_the_old_sites_pages_before_a_day_never_dates_the_page() -> None:
    page = masthead_page("<p>2025年02月12日</p>")
    assert (published(page) or "")[:10] == "2025-02-12"


HOUSING = [
    "据住建部门数据，12月22日全市新房网签三百余套，网签面积约二点六万平方米，环比略有上升。",
    "其中新房住宅网签一百八十余套，二手房住宅网签一百八十套，成交以中小户型为主。",
    "业内人士认为，年末房企冲刺业绩，近期新房成交仍将保持平稳，二手房市场则相对平淡。",
]
FEED = ["新区又一宅地成功出让 楼面价创年内新高", "滨江板块新盘定名 预计明年春季入市",
        "多家房企公布年度销售业绩 整体表现分化"]
INDENT = "\n" + " " * 48


def feed_item(number: int, headline: str, stamp: str) -> str:
    """One item of the feed under the story: its picture, linked headline and source line,
    each line indented as a template prints it."""
    return (f"<div class='news js_feed_item'>{INDENT}<a class='pic' href='/news/{number}.html'>"
            f"<img src='/p/{number}.jpg'></a>{INDENT}<div class='txtBox'>{INDENT}"
            f"<div class='newinfo'><h2><a href='/news/{number}.html'>{INDENT}{headline}</a>"
            f"</h2></div>{INDENT}<div class='source clearfix'>{INDENT}<em>原创</em>{INDENT}"
            f"<span>城市新媒体</span>{INDENT}<span>{stamp}</span>{INDENT}</div></div></div>")


DECK = ("年末楼市成交保持平稳，新房网签套数较上周略有增加，二手房成交量与上周基本持平，"
        "业内人士预计，随着房企冲刺年度业绩，近期新房供应还会继续增加，购房者可以多比较多看看。")


def feed_page(boxed: bool) -> str:
    """The story, the feed of other stories inside the story's box, and the story's date
    line: under the text, or (``boxed``) classed ``time`` in a small box under the headline
    linked to the story itself and its deck."""
    title = "全市新房网签三百余套"
    line = "2025-12-23 10:11"
    head = (f"<div class='title-box'><h1><a href='/news/100.html'>{title}</a></h1>"
            f"<p class='deck'>{DECK}</p><span class='time'>{line}</span></div>") \
        if boxed else f"<h1>{title}</h1>"
    items = "".join(feed_item(n, t, s) for n, (t, s) in enumerate(
        zip(FEED, ["刚刚", "1小时前", "1小时前"], strict=True), 101))
    return (page_head(title + "-城市房产") + "<div class='nav'><a href='/'>首页</a></div>"
            f"{head}<div class='news-detail'><div class='detail-content'>" + paras(HOUSING)
            + ("" if boxed else f"<p>{line}</p>") + "</div><div class='feeds'>" + items
            + "</div></div><div class='foot'>版权所有 城市房产网</div></body></html>")


def test_a_feed_items_stamp_in_its_own_box_never_dates_the_story() -> None:
    assert (published(feed_page(False)) or "")[:16] == "2025-12-23T10:11"


def test_a_date_line_beside_the_headline_linked_to_itself_stays_the_pages_guard() -> None:
    assert (published(feed_page(True)) or "")[:16] == "2025-12-23T10:11"


WEEKLY = [
    "六年前，整形医生陈某萌发了一个大胆的手术计划，并开始在国内外寻找合作的医院和专家。",
    "他说，这项手术在技术上已经不是难题，真正的难题在于术后的长期康复和病人的心理适应。",
    "五月中旬，他在自己的办公室接受了本刊的专访，谈了这些年的准备和对未来的打算。",
]


MENU = "<ul class='menu'>" + "".join(f"<li><a href='/{n}/'>{t}</a></li>" for n, t in enumerate(
    ["时政", "经济", "社会", "文化", "人物", "评论", "国际", "科技", "教育", "健康", "视频", "图片",
     "专题", "往期", "订阅", "English", "日本語", "Français", "Deutsch", "Español"])) + "</ul>"


def weekly_page() -> str:
    """A weekly's story: a masthead with its date box and menu, the headline, the text and
    the byline line with the issue's day under it."""
    return (page_head("他还不能算真正完成了手术-人物") + "<div id='top'><span>某某周刊</span>"
            "<span id='time'>2026年11月12日</span>" + MENU
            + "</div><div class='main'><div id='where'>"
            "<a href='/'>首页</a> - <a href='/people/'>人物</a></div><div id='title'>"
            "他还不能算真正完成了手术</div>" + paras(WEEKLY)
            + "<p>• 2025-02-08 • 本刊记者 王某某</p></div>"
            "<div class='foot'>版权所有 某某周刊社</div></body></html>")


def test_a_reporters_byline_line_with_its_day_under_the_text_dates_the_story() -> None:
    assert (published(weekly_page()) or "")[:10] == "2025-02-08"
