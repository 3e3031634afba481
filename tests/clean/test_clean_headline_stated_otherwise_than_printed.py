"""A headline the page states (``og:title``, ``<title>``) otherwise than it prints it (stop 34,
the kinds of fresh15's three headline misses), on pages of own text in the real shapes.

- A site's ``og:title`` naming only itself and its address (``某某平台 - cn.example.com``,
  ``og:site_name`` saying the name) on every page states no story; a transcript page's
  heading prints the programme's day (``2025年12月3日 新闻联播``), which reads like a date
  line but is the page's title, the ``<title>`` holding the same words.
- A ``<title>`` stating a shortened wording (an abbreviation in quotes) that the page prints
  nowhere, while a centred bold line over the text says the same with its middle spelt out,
  both ends alike: the printed line is the headline.
- A video page whose ``<title>``/``og:title`` state the search headline, printed only as the
  player's caption, and whose one ``<h1>`` over the player prints the video's own headline:
  the ``<h1>`` is the headline as the page shows it (a logo's ``<h1>`` beside it counts
  for nothing).
- A headline stated in ``<meta>`` and printed whole in a block of no heading tag or title
  class over the text (a disclosure template's ``<p><!--标题-->…</p>``, with the classes
  gone): that block is where the page prints it, the anchor its date line is read beside;
  without it the ``<meta>``'s later online time won over the printed ``成文日期``.

Guards: the statements that do name the story keep winning where the page prints them, a
heading of a date and a weekday is no headline, a line under the text sharing the stated
headline's ends is no headline, and an ``<h1>`` naming the site, or one of two ``<h1>``,
does not replace a stated headline; a stated headline printed only as a link is still
the stated one.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, paras

TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]


def _head(title: str, metas: str = "") -> str:
    return ("<html><head><meta charset='utf-8'>" + (f"<title>{title}</title>" if title else "")
            + metas + "</head><body>")


# --- og:title naming only the site and its address -------------------------------------

PROGRAMME = "2025年11月4日 城东新闻"
SITE_METAS = ("<meta property='og:type' content='website' />"
              "<meta property='og:title' content='城东资料查询平台 - cn.chengdong-data.com' />"
              "<meta property='og:site_name' content='城东资料查询平台' />")


def transcript_page(title: str, metas: str = SITE_METAS, heading: str = PROGRAMME) -> str:
    """A transcript site's day page: a menu, the day in ``<h1>`` with the previous and next
    days' links, stories under ``<h2>`` headings."""
    return (_head(title, metas) + "<nav><a href='/'>cn.chengdong-data.com</a><ul><li>首页</li>"
            "<li>城东新闻</li><li>城东日报</li><li>搜索</li></ul></nav><main><article>"
            "<header><h1 class='article-title'>" + heading + "</h1><div class='pager'>"
            "<a href='/d/20251103/'>上一天 2025-11-03</a> <a href='/d/20251105/'>下一天 "
            "2025-11-05</a></div></header><div class='content'>"
            "<h2 class='content-heading'>三座社区图书馆本周起全部对外开放</h2>" + paras(TEXT)
            + "<h2 class='content-heading'>城东区举行秋季运动会</h2><p>城东区秋季运动会今天开幕，"
            "全区三十多所学校的两千多名学生参加了比赛。</p></div></article></main>"
            "<footer>关于本站 联系我们</footer></body></html>")


def test_a_site_only_og_title_leaves_the_programme_day_printed_in_the_heading() -> None:
    assert cleaned(transcript_page("2025年11月4日城东新闻 文字版")).title == PROGRAMME


def test_a_site_only_og_title_without_a_site_name_meta_states_no_story_either() -> None:
    metas = SITE_METAS.replace("<meta property='og:site_name' content='城东资料查询平台' />", "")
    assert cleaned(transcript_page("2025年11月4日城东新闻 文字版", metas)).title == PROGRAMME


def test_an_og_title_naming_the_story_beside_the_address_still_names_it() -> None:
    stated = "城东区三座社区图书馆本周起全部对外开放"
    metas = f"<meta property='og:title' content='{stated} - cn.chengdong-data.com' />"
    page = transcript_page(stated + "_城东网", metas, heading=stated)
    assert cleaned(page).title == stated


def test_a_heading_of_a_day_and_its_weekday_is_no_headline() -> None:
    page = transcript_page("2025年11月4日城东新闻 文字版", heading="2025年11月4日 星期二")
    assert cleaned(page).title != "2025年11月4日 星期二"


# --- a <title> stating a shortened wording --------------------------------------------

PRINTED = "城东区：社区图书馆、文化站和体育馆应免费、公开、就近向居民开放"
STATED = "城东区：社区“三馆一站”应免费、公开、就近向居民开放"


def reworded_page(title: str, under: str = "") -> str:
    """A university news site's article: a menu, a breadcrumb, the article cell opening
    with the headline as a centred bold line, the source line, the text; a related list."""
    return (_head(title) + "<div class='top'><a href='/'>首页</a> | <a>English</a></div>"
            "<div class='crumb'>首页 &gt; 高教视点 &gt; 内容</div><div class='article'>"
            "<p style='text-align: center'><span style='font-size: 18px'><strong>" + PRINTED
            + "</strong></span></p><p style='text-align: center'>来源：城东日报 2015-1-14</p>"
            + paras(TEXT) + "</div>" + under + "<div class='related'><h3>相关新闻</h3><ul>"
            "<li><a href='/a/1.html'>城东区图书馆举办读书月活动</a>[2015-01-12]</li>"
            "<li><a href='/a/2.html'>城东区体育馆完成改造</a>[2015-01-05]</li></ul></div>"
            "<div class='foot'>版权所有 城东大学新闻网</div></body></html>")


def test_the_printed_wording_wins_over_a_shortened_title_printed_nowhere() -> None:
    assert cleaned(reworded_page(STATED + " - 城东大学新闻网")).title == PRINTED


def test_the_printed_wording_leaves_the_text_to_start_after_it() -> None:
    body = cleaned(reworded_page(STATED + " - 城东大学新闻网")).body
    assert body.lstrip().startswith(TEXT[0][:12])


def test_a_title_printed_as_stated_keeps_its_wording() -> None:
    page = reworded_page(STATED + " - 城东大学新闻网").replace(PRINTED, STATED)
    assert cleaned(page).title == STATED


def test_a_bold_line_under_the_text_sharing_the_ends_is_no_headline() -> None:
    other = "城东区：社区体育馆和游泳馆应免费、公开、就近向居民开放"
    page = reworded_page(STATED + " - 城东大学新闻网",
                         under=f"<p><strong>{other}</strong></p>").replace(
        "<p style='text-align: center'><span style='font-size: 18px'><strong>" + PRINTED
        + "</strong></span></p>", "")
    assert cleaned(page).title != other


# --- a video page whose <h1> prints its own headline ------------------------------------

VIDEO = "开坦克的女人：我是怎样走进装甲部队的？"
SEARCH = "从部队窄门到首批女性装甲兵：城东女兵如何突破「天花板」？"


def video_page(h1: str = VIDEO, extra_h1: str = "") -> str:
    """A broadcaster's video article: the menu, ``<main>`` with the ``<h1>``, the player's
    figure and its caption (the search headline after a hidden label), a bold repeat of the
    video's title, the date and a short text."""
    metas = (f"<meta property='og:title' content='{SEARCH} - 城东广播 中文' />"
             "<meta property='og:site_name' content='城东广播 中文' />")
    return (_head(SEARCH + " - 城东广播 中文", metas) + "<header><a href='/'>城东广播 中文"
            "</a><nav><ul><li>主页</li><li>国际</li><li>影片</li></ul></nav></header>"
            + extra_h1 + "<main role='main'><h1 id='content'>" + h1 + "</h1><div><figure>"
            "<div class='media-player'><strong>你的器材不支持播放多媒体材料</strong></div>"
            "<figcaption><span role='text'><span class='hidden'>视频加注文字，</span>"
            "<span>" + SEARCH + "</span></span></figcaption></figure></div><div><strong>"
            + VIDEO + "</strong></div><time datetime='2025-11-30'>2025年11月30日</time>"
            + paras(TEXT) + "</main><footer>城东广播 版权所有</footer></body></html>")


def test_the_videos_h1_wins_over_a_search_headline_printed_only_as_its_caption() -> None:
    assert cleaned(video_page()).title == VIDEO


@pytest.mark.parametrize("h1", ["城东广播 中文", "城东区文化馆"], ids=["site", "office"])
def test_an_h1_naming_the_site_leaves_the_stated_headline(h1: str) -> None:
    assert cleaned(video_page(h1=h1)).title == SEARCH


def test_one_of_two_h1_does_not_replace_the_stated_headline() -> None:
    other = "<h1>城东区举行秋季运动会，两千多名学生参赛</h1>"
    assert cleaned(video_page(extra_h1=other)).title != other[4:-5]


def test_a_logo_h1_over_the_page_leaves_the_videos_h1_the_one_headline() -> None:
    logo = "<h1><a href='/'>城东广播 中文</a></h1>"
    assert cleaned(video_page(extra_h1=logo)).title == VIDEO


# --- a stated headline printed whole in a plain block over the text -------------------------

NOTICE = "关于冬季进一步加强社区图书馆安全管理工作的通知"
NOTICE_TEXT = [
    "各区文化馆、各社区图书馆：",
    "为做好冬季社区图书馆的安全管理工作，保障读者和工作人员的安全，现就有关事项通知如下。",
    "一、各社区图书馆要在本月底前完成一次消防安全检查，及时消除发现的隐患。",
    "二、各区文化馆要加强对社区图书馆的日常巡查，发现问题立即督促整改。",
]


def disclosure_page(headline_block: str) -> str:
    """A provincial disclosure page with its classes gone: the breadcrumb, the document's
    info grid (``成文日期``), the headline in a block of no tag or class of its own, then a
    layout table — a menu cell of twenty links beside the text's cell, the issuer's name
    under the text. ``<meta>`` states the headline and a later online time."""
    menu = "".join(f"<div><a href='/col/{k}/'>{w}</a></div>" for k, w in enumerate(
        ["首页", "机构概况", "政务公开", "政策文件", "通知公告", "新闻发布", "工作动态",
         "人事信息", "办事服务", "互动交流", "政策解读", "规划计划", "统计数据", "财政资金",
         "应急管理", "监督检查", "公示公告", "领导信息", "机构职能", "联系我们"]))
    return ("<html><head><meta charset='utf-8'><title>城东省人民政府 工作动态 " + NOTICE
            + "</title><meta name='ArticleTitle' content='" + NOTICE + "'><meta name='PubDate' "
            "content='2020-02-14 10:44'></head><body><div><span>当前位置：</span><a href='/'>"
            "首页</a> &gt; <a href='/col/9/'>工作动态</a></div><div><table><tr><td><b>索 引 号:"
            "</b> 014501068/2020-01707</td><td><b>发文机关:</b> 城东省文化和旅游厅</td></tr><tr>"
            "<td><b>文 号:</b> 城文旅〔2020〕21号</td><td><b>成文日期:</b> 2020-02-13</td></tr>"
            "</table></div><div style='height:30px'></div><div>" + headline_block + "<table "
            "width='100%'><tr><td width='200' valign='top'>" + menu + "<div>办公时间：周一至周五"
            "</div></td><td valign='top'><div>" + paras(NOTICE_TEXT) + "<p>城东省文化和旅游厅</p>"
            "</div></td></tr></table></div><div>主办：城东省人民政府办公厅 "
            "版权所有</div></body></html>")


def test_a_stated_headline_printed_whole_in_a_plain_block_anchors_the_date_line() -> None:
    page = disclosure_page("<p> <!--<$[标题]>begin-->" + NOTICE + "<!--<$[标题]>end--></p>")
    result = cleaned(page)
    assert (result.title, (result.published_at or "")[:10]) == (NOTICE, "2020-02-13")


def test_a_stated_headline_printed_only_as_a_link_anchors_nothing() -> None:
    page = disclosure_page("<p><a href='/art/1.html'>" + NOTICE + "</a></p>")
    assert cleaned(page).title == NOTICE


def test_an_info_tables_title_field_is_no_anchor_for_the_stated_headline() -> None:
    # A disclosure grid prints the document's name in its ``标 题：`` field between the
    # ``成文日期`` and the ``发布日期``, and nowhere else prints it whole.
    # The field's cell is a value of the info table, not where the page prints its headline
    # (anchoring there read the signing day beside it on an opened page's copy under the
    # ``sections`` perturbation); a guard: the date stays the 发布日期.
    grid = ("<table><tr><td>索 引 号：</td><td>11220000013544357T/2022-00426</td>"
            "</tr><tr><td>发文机关：</td><td>城东省文化和旅游厅</td></tr><tr><td>成文日期：</td>"
            "<td>2022年01月27日</td></tr><tr><td>标 题：</td><td>" + NOTICE + "</td></tr><tr>"
            "<td>发文字号：</td><td>城文旅明电〔2022〕1号</td></tr><tr><td>发布日期：</td><td>"
            "2022年01月28日</td></tr></table>")
    page = ("<html><head><meta charset='utf-8'><title>" + NOTICE + "</title><meta name="
            "'ArticleTitle' content='" + NOTICE + "'></head><body><div>城东省政府信息公开专栏 "
            "&gt;&gt; 城东省文化和旅游厅</div>" + grid + "<div>城文旅明电〔2022〕1号</div>"
            "<div>" + paras(NOTICE_TEXT) + "<p>城东省文化和旅游厅</p><p>2022年1月27日"
            "</p></div><div>扫一扫在手机打开当前页</div></body></html>")
    assert (cleaned(page).published_at or "")[:10] == "2022-01-28"
