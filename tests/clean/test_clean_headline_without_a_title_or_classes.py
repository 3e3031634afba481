"""The printed headline found when the page states nothing (no ``<title>``, no ``<meta>``) or
its class names are gone (stop 34, perturbation residuals of stop 33: short box names and
slogans won without a title), on pages of own text in the real shapes.

- An ``<h1>`` inside a breadcrumb's wrapper that the template leaves open over the headline
  (``<span class="location"><div class="breadcrumb">…</div><h1>标题</h1>…``): the wrapper
  is set aside as a widget, its ``<h1>`` with it, and a side box's title-classed name
  (``某某游戏APP``) became the headline. A breadcrumb prints links, never the page's
  heading: its ``<h1>`` is looked at.
- A page printing its headline twice, in a desktop cell (``<td class="biaoti">``) far from
  the text and in the mobile copy's ``<h1>`` right over it, with a slogan beside the mobile
  copy's logo (``某某门户 主流媒体``): only the first copy was weighed, and the slogan, nearer
  the text, won. The ``<h1>`` copy is weighed too.
- A blog post whose title is printed only as the link to its own page, its classes gone:
  the trackback block's RDF description in a comment (``dc:title="…"``) states it.
- A press room's page with no ``<title>``: the headline in a title box over its date line,
  then a summary box and the report under a heading of its own (``某某召开…新闻发布会``,
  nearer the text): with nothing stated, a headline-shaped heading over its date line,
  printed before a pick that is over none, is the page's headline.

Guards: a hidden breadcrumb wrapper's ``<h1>`` stays out; a breadcrumb's own ``<h1>`` of
links is no headline; the pages with their ``<title>`` keep the same headline.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, paras

TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]
HEADLINE = "城东三座社区图书馆全部开放 市民夜读有了好去处"


def _head(title: str) -> str:
    return "<html><head><meta charset='utf-8'>" + (f"<title>{title}</title>" if title else "") \
        + "</head><body>"


# --- an <h1> inside a breadcrumb's wrapper ------------------------------------------------

def crumb_page(title: str = "", wrapper: str = "<span class='location'>",
               heading: str = HEADLINE) -> str:
    """A games portal's article: the breadcrumb's ``<span>`` holding the headline and the
    info line too, the text after it; under the text, boxes each under a title-classed
    name (the site's app, a guide list)."""
    return (_head(title) + "<div class='top'><a href='/'>城东游戏</a></div><div class='CONTENT'>"
            "<div class='LEFT'><div class='crticalcontent'>" + wrapper
            + "<div class='breadcrumb'><a href='/'>城东游戏</a><i> &gt; </i><a href='/news/'>"
            "玩家资讯</a><i> &gt; </i> 正文页</div><h1 style='font-size: 24px'>" + heading
            + "</h1><div class='txtdetail'><span class='source'>城东游戏</span> <span "
            "class='time'>2017-02-07 14:52:06</span><div class='topshare'>分享到：</div></div>"
            "</span><div class='text'>" + paras(TEXT) + "</div><div class='ltit ltit_t37'>"
            "<strong>城东游戏APP</strong></div><div class='app_wrap'><div class='app_desp'>"
            "城东游戏APP为广大玩家提供最及时、最个性化的游戏资讯，以及最丰富的游戏礼包资源，"
            "成为高玩就这么简单。</div></div><div class='ltit ltit_t37'><strong>全民手游攻略"
            "</strong></div><ul><li><a href='/a/1.html'>新手入门指南</a></li><li><a href="
            "'/a/2.html'>高手进阶心得</a></li></ul></div></div></div><div class='foot'>"
            "城东游戏 版权所有</div></body></html>")


def test_an_h1_in_a_breadcrumbs_open_wrapper_is_the_headline_without_a_title() -> None:
    assert cleaned(crumb_page()).title == HEADLINE


def test_an_h1_in_a_breadcrumbs_open_wrapper_under_a_title_stating_it() -> None:
    assert cleaned(crumb_page(HEADLINE + "_城东游戏")).title == HEADLINE


def test_an_h1_in_a_hidden_breadcrumb_wrapper_stays_out() -> None:
    page = crumb_page(wrapper="<span class='location' style='display:none'>")
    assert cleaned(page).title != HEADLINE


def test_a_breadcrumbs_own_h1_of_links_is_no_headline() -> None:
    heading = "<a href='/'>首页</a> &gt; <a href='/news/'>玩家资讯</a> &gt; 正文"
    assert cleaned(crumb_page(heading=heading)).title not in ("首页 > 玩家资讯 > 正文",
                                                             "首页>玩家资讯>正文")


# --- the headline printed twice, the second copy in an <h1> at the text --------------------

def twice_page(title: str = "") -> str:
    """A provincial portal's photo story: the desktop table (headline cell, source and date,
    a picture), then the mobile copy — a top bar with the logo and the slogan, the headline
    in ``<h1>``, the info list and the text."""
    return (_head(title) + "<div class='nav'><a href='/'>首页</a> <a href='/gn/'>国内</a> "
            "<a href='/sp/'>时评</a></div><table width='800'><tr><td class='biaoti'>" + HEADLINE
            + "</td></tr><tr><td>来源：城东日报 发布时间：2014-07-28 14:54:22</td></tr><tr><td>"
            "<img src='/pic/1.jpg'></td></tr></table><div class='m-container'>"
            "<div class='m-top-bar'><img src='/theme/image/logo.gif'><div class='m-top-title'>"
            "城东门户 主流媒体</div></div><div class='m-cente-detail'><div class='m-news-top-info'>"
            "<h1 class='m-news-title'>" + HEADLINE + "</h1><ul class='m-news-info-data'>"
            "<li class='m-news-pubDate'>2014-07-28 14:54:22</li><li class='m-news-source'>"
            "来源：城东日报</li></ul></div><div class='m-new-main-content zhengwen'>" + paras(TEXT)
            + "</div></div></div><div class='foot'>城东新闻网 版权所有</div></body></html>")


def test_a_headline_printed_twice_is_found_in_its_h1_at_the_text_without_a_title() -> None:
    assert cleaned(twice_page()).title == HEADLINE


def test_a_headline_printed_twice_under_a_title_stating_it() -> None:
    assert cleaned(twice_page(HEADLINE + "_城东新闻网")).title == HEADLINE


# --- a blog post's title stated only in its trackback block ----------------------------------

POST = "评某某：做最好的和最酷的东西？"


def post_page(trackback: str) -> str:
    """A blog post with no class or id left: the blog's name and motto, the post's title as
    the link to its own page, the text, the saving line, the trackback block, comments."""
    return (_head("") + "<div><div><a href='/mao/'>某某的博客</a></div><div>记录所见所想</div>"
            "</div><div><div><div><a href='http://blog.example.com/mao/archive/2005/09/07/"
            "543698.aspx'>" + POST + "</a></div><div>" + paras(TEXT) + "</div><div>[<a href="
            "'javascript:StorePage()'>点击此处收藏本文</a>] 发表于2005年09月07日 11:57 AM</div>"
            "</div>" + trackback + "<div>正在读取评论……</div></div></body></html>")


TRACKBACK = ("<!--<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
             "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><rdf:Description rdf:about="
             "\"http://blog.example.com/mao/archive/2005/09/07/543698.aspx\" dc:title=\""
             + POST + "\" /></rdf:RDF>-->")


def test_a_post_title_linked_to_its_page_is_stated_by_its_trackback_block() -> None:
    assert cleaned(post_page(TRACKBACK)).title == POST


def test_a_trackback_title_of_a_few_characters_states_nothing() -> None:
    assert cleaned(post_page(TRACKBACK.replace(POST, "无题"))).title != "无题"


# --- a section's heading opening the report, under the headline's dated box -----------------

PRESSER = "城东法院决胜“基本解决执行难”活动新闻发布会"
REPORT = "城东法院召开决胜“基本解决执行难”活动新闻发布会"


def presser_page(title: str = "", report: str = REPORT) -> str:
    """A court's press-room page: the room's name in ``<h1>``, the title box (the headline
    in ``<h2>``, its date beside it), the video, the summary box under its heading, then the
    report under a heading of its own (a title-classed box), the text."""
    return (_head(title) + "<div class='top'><a href='/'>法院首页</a></div><div class="
            "'content_main_c'><div class='Main_News_Title'><h1>城东市中级人民法院新闻发布厅</h1>"
            "</div><div class='main'><div class='main_top'><div class='new_title clear'><h2>"
            "<span></span>" + PRESSER + "</h2><div class='new_time f_r'><span>2018-09-26 "
            "09:00:00</span></div></div><div class='player'><iframe src='/v/1.html'></iframe>"
            "</div></div><div class='ranking_title'><h3>发布会简介</h3></div><div class='review'>"
            "<p>9月26日上午，城东法院召开新闻发布会，公布全市法院决胜“基本解决执行难”活动的工作"
            "措施和取得的成果。</p></div><div class='ranking_title Mt_Mb'><h3><span></span>"
            + report + "</h3></div><div class='review_pad'><div class='pad22'>" + paras(TEXT)
            + "</div></div></div></div><div class='foot'>城东市中级人民法院 版权所有</div>"
            "</body></html>")


def test_the_heading_over_its_date_line_wins_over_the_reports_heading_without_a_title() -> None:
    assert cleaned(presser_page()).title == PRESSER


def test_the_same_page_under_a_title_stating_the_headline() -> None:
    assert cleaned(presser_page(PRESSER + "_城东法院网")).title == PRESSER


# --- a short headline printed in a plain bold block, the <title> stating it -----------------

def test_a_short_stated_headline_printed_in_a_plain_bold_block_is_found() -> None:
    short = "什么是5G？"
    page = (_head(short + " | 城东的那点事") + "<div><a href='/'>城东的那点事</a></div><div>"
            "<div style='font-weight:bold;font-size:22px'>" + short + "</div><div>2012-02-17 "
            "21:14 发表在 科普</div><div>" + paras(TEXT) + "</div></div><div>版权所有</div>"
            "</body></html>")
    result = cleaned(page)
    assert (result.title, result.body.lstrip()[:6]) == (short, TEXT[0][:6])
