"""Dates of stop 30: stamps that are not the publication's and info lines the date reading
passed, on pages of own text in the real markups' shapes.

1. A government CMS writes, in ``<head>``, ``<meta name="PubDate" content="2023-08-16
10:33:59">`` and beside it ``<meta name="others" content="页面生成时间 2023-08-16
10:33:59">``: the "publication date" is the moment the page FILE was generated, rewritten
whenever the site is rebuilt — months or years after the notice was published (on 14 of the
17 opened pages of that shape it is a later day). Its print version (the headline, the date
line's box without its label, the text) prints the notice's day alone over the headline
(``<div>2023-05-11</div>``): that line, unlabelled, disagreed with the stated date, and the
build stamp won. A date ``<meta>`` that repeats the page's own build stamp is no stated
publication date (a printed line need not agree with it); it still dates a page whose only
printed day is the signing date under its text (a CMS that builds the file once, on
publishing), and a date ``<meta>`` of another moment keeps its weight (guards).
2. An update's stamp in its own box by the headline (``<span>（11/19 08:40 更新）</span>``)
   and the publication's day and clock printed under the text (``<p>2025/11/18 14:25</p>``):
   the stamp, close to the headline, outscored the line under the text although it counted
   against. A stamp that is the update's itself now loses to any line dating the page; the
   same stamp after the date line in one line leaves that line the page's (guard).
3. A portal's info line (``2025-11-16 07:02:48 来源: 某某网``) printed between the text and a
   long promotion the body's block also holds (a design service's pitch in paragraphs of
   prose): the line lay neither at the text's top nor among its last blocks, and a date
   inside the text is read as an event's, so the page had no date. A line of a full day,
   its clock and the source's label is the date line wherever it is printed.
4. A disclosure template's text block opening with the document's facts table (index
   number, document number, signing day), then the headline, then a byline line with the
   day (``作者：某某 编辑：某某 发布时间：2025-10-23 08:59 来源：本网``, or the day before
   ``来源：`` without a label): the table made the block's top, the line was read as a date
   in the text, and the signing day in the table won. Both info-line shapes are date lines
   after up to three byline fields, and a day printed between the byline and the source's
   label counts as a publication date's label does.
5. A month-day and clock printed without a year (``07-08 18:04 来源：某某网``) over a text
   whose pictures load lazily (``<img src="/blank.gif" data-original="…/2025/7/….jpg">``):
   the year in the pictures' paths was not read (only ``src`` and ``href`` were), nothing
   else on the page names one, so the fetch's year was taken. A lazily loaded picture's
   path counts as its ``src`` does.
6. A print version keeping the breadcrumb trail that closes with the day and its clock
   (``<div class="menu_bread_crumb"><a>首页</a> ＞ <a>论坛</a> <span>2025年12月10日
   00:01</span>``) inside its centred table: a trail's day was the page's only when no list
   box (``ul``, ``table``) held the trail, and the layout table holds links, so the day was
   passed as a list entry's and the page's address under the copy gave the day alone
   (00:00). The nearer of a list box and a trail decides.
7. A day printed without its clock (a print version's ``<div>2025-04-12</div>`` over the
   headline) under a ``<meta name="PubDate" content="2025-04-12 08:12">``: the printed line
   won and its day came out at midnight. The printed day takes the clock a stated date
   gives the same day; a stated date of another day gives none, nor does a stated midnight
   (guards).
"""

from __future__ import annotations

from tests.clean.news_page import paras, published

HEADLINE = "城南区2025年群众文化活动情况通报"
PARAS = [
    "今年以来，城南区各街道共举办群众文化活动三百余场，参与群众超过十二万人次，比上年有所增加。",
    "其中，社区合唱、广场舞展演和读书分享会最受欢迎，不少活动由居民自发组织、自己报名参加。",
    "下一步，区文化馆将继续为各街道培训文艺骨干，并在年底前完成三处社区文化活动室的改造。",
]


def head(pub: str, built: str | None) -> str:
    """A government CMS's ``<head>``: its site and column metas, the headline's, the
    ``PubDate`` and (``built``) the stamp of when the page file was generated."""
    stamp = f'<meta name="others" content="页面生成时间 {built}">' if built else ""
    return ('<html><head><meta charset="utf-8"><meta name="SiteName" content="城南区人民政府">'
            '<meta name="ColumnName" content="通知公告">'
            f'<meta name="ArticleTitle" content="{HEADLINE}"><meta name="PubDate" content="{pub}">'
            f'<meta name="ContentSource" content="城南区文化馆">{stamp}'
            f"<title>{HEADLINE}</title></head>")


def print_version(pub: str, built: str | None, day: str) -> str:
    """The page's print version: a print and close bar, then in a centred table the date
    line's box without its label (the day alone), the headline and the text."""
    return (head(pub, built) + '<body onload="window.print()"><div class="noprint">'
            "<a href='javascript:window.print()'>【打印本页】</a> "
            "<a href='javascript:window.close()'>【关闭窗口】</a></div>"
            "<table width='700' align='center'><tr><td><div>"
            f"<div class='display-block'>{day}</div><h1 class='article-title'>{HEADLINE}</h1>"
            "<div class='article-content'>" + paras(PARAS)
            + "</div></div></td></tr></table></body></html>")


def signed_notice(pub: str, built: str | None) -> str:
    """The notice itself with no date line over its text: only the office and the signing
    day under the last paragraph."""
    return (head(pub, built) + "<body><div class='nav'><a href='/'>首页</a> "
            "<a href='/tzgg/'>通知公告</a></div><div class='article'>"
            f"<h1>{HEADLINE}</h1><div class='content'>" + paras(PARAS)
            + "<p style='text-align:right'>城南区文化馆</p>"
            "<p style='text-align:right'>2025 年 12 月 8 日</p></div></div>"
            "<div class='foot'>主办单位：城南区人民政府 版权所有</div></body></html>")


def test_a_printed_day_beats_a_date_meta_that_repeats_the_page_build_stamp() -> None:
    page = print_version("2026-03-16 10:33:59", "2026-03-16 10:33:59", "2025-12-11")
    assert (published(page) or "")[:10] == "2025-12-11"


def test_the_build_stamp_still_dates_a_page_printing_only_its_signing_day_guard() -> None:
    page = signed_notice("2025-12-11 18:59:41", "2025-12-11 18:59:41")
    assert (published(page) or "")[:16] == "2025-12-11T18:59"


def test_a_date_meta_of_another_moment_than_the_build_stamp_keeps_its_weight_guard() -> None:
    page = print_version("2026-03-16 10:33:59", "2026-03-17 08:00:00", "2025-12-11")
    assert (published(page) or "")[:10] == "2026-03-16"


LEADS = [
    "秘书处表示，新规定将从下个月起施行，各地有关部门须在三十日内提交执行方案并向社会公开。",
    "不少团体对新规定提出异议，认为条文的用语不够明确，可能在执行中造成误解，呼吁尽快修正。",
    "主管部门回应说，规定的目的只是扩大服务的覆盖范围，并不改变任何人现有的权利和待遇。",
]


def update_stamp_page(stamp_line: str, under_text: str) -> str:
    """A news agency's story: the headline, a time box holding ``stamp_line``, the text,
    ``under_text`` after it and the story's keyword tags."""
    return ("<html><head><meta charset='utf-8'><title>新规定引发争议 团体要求修正 | 国际</title>"
            "</head><body><div class='breadcrumb'><a href='/'>首页</a> / <a href='/list/'>国际</a>"
            "</div><h1><span>新规定引发争议 团体要求修正</span></h1><div class='timeBox'>"
            f"<div class='updatetime'>{stamp_line}</div></div><div class='paragraph'>"
            + paras(LEADS) + under_text + "<div class='keywordTag'><a href='/tag/1/'>#新规定</a>"
            "</div></div><div class='foot'>本网站之文字、图片及影音，非经授权，不得转载。</div>"
            "</body></html>")


def test_an_update_stamp_by_the_headline_gives_way_to_the_date_line_under_the_text() -> None:
    page = update_stamp_page("<span>（11/19 08:40 更新）</span>", "<p>2025/11/18 14:25</p>")
    assert (published(page) or "")[:16] == "2025-11-18T14:25"


def test_a_date_line_followed_by_its_update_stamp_stays_the_pages_guard() -> None:
    page = update_stamp_page("<span>2025/11/18 14:25</span><span>（11/19 08:40 更新）</span>", "")
    assert (published(page) or "")[:16] == "2025-11-18T14:25"


PITCH = [
    "如果你也想把家里的卧室布置得别有情调，不妨看看我们为年轻人准备的几套方案，总有一套适合你。",
    "我们的设计师会上门量房，根据户型和预算给出三种风格的效果图，满意之后再开始施工，不收定金。",
    "从灯光、软装到收纳柜，每一处细节都可以按你的习惯定制，施工期间还会每天拍照汇报进度。",
    "已经有上千个家庭选择了我们的服务，他们的评价都写在下面，欢迎你一条一条地慢慢翻看比较。",
]


def promoted_story(info_line: str) -> str:
    """A portal's home-design story: the headline, the text, ``info_line`` after it, then
    in the same block a design service's promotion of many paragraphs of prose."""
    story = [
        "东京街头有不少风格各异的主题旅馆，有的把房间布置成老式电车车厢，有的干脆做成一间教室。",
        "这些旅馆大多采用自助入住的方式，客人在门口的屏幕上选好房间，付款之后就能直接上楼。",
        "业内人士说，这类旅馆的装修投入不小，一个主题房间的改造费用往往比普通客房高出好几倍。",
        "不过也有人认为，过于夸张的布置只能吸引一时的好奇，真正留住客人的还是干净和安静。",
        "一位经营者说，最受欢迎的并不是最夸张的房间，而是布置成海底世界的那一间，常常要提前预订。",
        "为了让客人住得尽兴，有的旅馆还在房间里装了滑梯和迷你高尔夫，听起来像是一座小游乐场。",
        "旅馆的价格因地段和季节而不同，周末和节假日往往要贵上一成，工作日入住则能省下不少。",
        "受访的几位游客都表示，这样的旅馆值得住一次，但要天天住，还是普通的房间更让人放松。",
    ]
    return ("<html><head><meta charset='utf-8'><title>东京的主题旅馆有多特别_家居频道</title>"
            "</head><body><div class='nav'><a href='/'>首页</a> <a href='/home/'>家居</a></div>"
            "<div class='post_content'><h1>东京的主题旅馆有多特别</h1><div class='post_body'>"
            + paras(story) + f"<p>{info_line}</p>" + paras(PITCH * 3)
            + "</div></div><div class='foot'>关于我们 联系我们 版权所有</div></body></html>")


def test_a_day_clock_and_source_line_before_a_promotion_in_the_body_dates_the_page() -> None:
    page = promoted_story("2025-11-16 07:02:48 来源: 城南家居网")
    assert (published(page) or "")[:16] == "2025-11-16T07:02"


NOTICE = [
    "各区人民政府，市政府各部门：",
    "现将2025年市区社区服务中心建设任务下达给你们，请结合实际抓紧组织实施，确保按期完成。",
    "各地要明确责任分工，落实建设资金，加强工程质量监管，每月底前将进展情况报市民政局汇总。",
    "市政府将把任务完成情况纳入年度考核，对进度滞后的地区进行通报，并督促限期整改到位。",
]


def disclosure_notice(info_line: str) -> str:
    """A city government's notice in its disclosure template: in one block a table of the
    document's facts (index number, document number, issuing office, signing day), the
    headline, ``info_line``, a views-and-source bar, then the notice, the office, the signing
    day and the attached list of tasks per district."""
    rows = "".join(f"<tr><td>{n}</td><td>第{n}片区</td><td>{n * 3}</td><td>年底前</td></tr>"
                   for n in range(1, 13))
    return ("<html><head><meta charset='utf-8'><title>城南市人民政府关于下达2025年社区服务中心"
            "建设任务的通知</title></head><body><div class='crumb'><table><tr><td>当前位置：<a "
            "href='/'>首页</a></td><td>>> <a href='/zwgk/'>政务公开</a></td></tr></table></div>"
            "<div class='xl_con'><table class='xxgk_article'><tr><td class='lab'>索引号</td>"
            "<td>113300000026455663/2025-43887</td><td class='lab'>文号</td><td>城政发〔2025〕30号"
            "</td></tr><tr><td class='lab'>发布机构</td><td>市政府</td><td class='lab'>成文日期"
            "</td><td>2025-10-16</td></tr></table><div class='xl_title'>城南市人民政府"
            "关于下达2025年社区服务中心建设任务的通知</div>"
            + (f"<p>{info_line}</p>" if info_line else "")
            + "<div class='xl_doc'><span>浏览次数：</span><span>信息来源：</span>市府办</div>"
            "<div class='zoom'>" + paras(NOTICE)
            + "<p style='text-align:right'>城南市人民政府</p><p style='text-align:right'>"
            "2025年10月16日</p><p>（此件公开发布）</p><p>附件</p><p>2025年社区服务中心建设任务</p>"
            "<table><tr><td>序号</td><td>片区</td><td>中心数</td><td>完成时限</td></tr>" + rows
            + "</table></div></div><div class='foot'>主办：城南市人民政府办公室</div>"
            "</body></html>")


def test_a_byline_and_publication_time_line_under_a_disclosure_box_dates_the_page() -> None:
    page = disclosure_notice("作者：李明 编辑：王芳 发布时间：2025-10-23 08:59 来源：本网")
    assert (published(page) or "")[:16] == "2025-10-23T08:59"


def test_a_byline_day_and_source_line_under_a_disclosure_box_dates_the_page() -> None:
    page = disclosure_notice("作者：李明 编辑：王芳 2025年10月23日 来源：本网")
    assert (published(page) or "")[:10] == "2025-10-23"



def lazy_pictures_story() -> str:
    """A tech news page: the headline, ``07-08 18:04`` with the source and the author, the
    text with two pictures loaded lazily from a path of the year and month."""
    pictures = "".join(
        f"<p><img src='/images/blank.gif' data-original='https://img.example.com/upload/2025/7/"
        f"{name}.jpg' class='lazy'></p>" for name in ("a1b2c3", "d4e5f6"))
    return ("<html><head><meta charset='utf-8'><title>两家车企合资公司注销 回应称属正常调整</title>"
            "</head><body><div class='nav'><a href='/'>首页</a> <a href='/auto/'>汽车</a></div>"
            "<h1>两家车企合资公司注销 回应称属正常调整</h1><div class='info'>07-08 18:04 来源：城南"
            "科技网 作者：周明</div><div class='post_content'>" + paras(LEADS[:2]) + pictures
            + paras(LEADS[2:]) + "</div><div class='foot'>关于我们 版权所有</div></body></html>")


def test_a_lazily_loaded_pictures_path_gives_a_yearless_line_its_year() -> None:
    assert (published(lazy_pictures_story()) or "")[:16] == "2025-07-08T18:04"


def print_with_trail() -> str:
    """An opinion piece's print version: the print bar, then in a centred table the trail
    closing with the day and its clock, the headline, the author and the text; the page's
    address under it."""
    return ("<html><head><meta charset='utf-8'><title>如何推动区域经贸合作 | 论坛</title></head>"
            "<body onload='window.print()'><div class='noprint'><a href='javascript:window."
            "print()'>【打印本页】</a></div><table width='700' align='center'><tr><td><div>"
            "<div class='menu_bread_crumb'><span><a href='/'><strong>城南新闻</strong></a></span>"
            "<span>＞</span><span><a href='/forum/'><em>论坛</em></a></span><span>＞</span>"
            "<em>论坛</em><span class='news-time'>2025年12月10日 00:01</span></div>"
            "<h2 class='title'>如何推动区域经贸合作</h2><p><strong>周明</strong></p>" + paras(LEADS)
            + "</div></td></tr></table><div>本文网址：http://www.example.com/news/20251210/"
            "436375.htm</div></body></html>")


def test_a_breadcrumb_trails_day_and_clock_inside_a_layout_table_dates_the_page() -> None:
    assert (published(print_with_trail()) or "")[:16] == "2025-12-10T00:01"


def test_a_printed_day_takes_the_clock_of_a_stated_date_on_the_same_day() -> None:
    page = print_version("2025-12-11 08:12:40", None, "2025-12-11")
    assert (published(page) or "")[:16] == "2025-12-11T08:12"


def test_a_stated_date_on_another_day_gives_a_printed_day_no_clock_guard() -> None:
    page = print_version("2025-12-12 08:12:40", None, "发布日期：2025-12-11")
    assert (published(page) or "")[:16] == "2025-12-11T00:00"
