"""Headline and date lines that print their parts in other words than the rules knew (stop
32, after fresh14's score), on pages of own text in the real markups' shapes.

fresh14 was scored once; three of its headline and date misses were shapes of a class:

1. a date line whose day carries a zone's name glued before it (``(某某网北京时间2024年10月30日
   转载)`` at the text's top): the zone's name counted as words, so the line was no date
   line of a name beside its day, and the page had no date;
2. a blog template's info line in English words around a Chinese month name (``十月 30th,
   2024 | Published in 某栏目 | 12 Comments | 3,204 views``): its letters made it longer
   than a date line may be, and the page had no date;
3. a ``<title>`` naming the site first in Latin letters (``Brandname | 标题``), the logo's
   heading printing that name: the name was read as the headline, the headline as the
   site's name;
4. a date in the headline's own tortoise-shell brackets (``晨读城东〔2024.10.30 周三〕``, the
   ``<title>`` the same): the headline was cut at the date, an open bracket left closing it;
5. a headline in ``<h3>`` with its subtitle in ``<h4>`` right under it, the ``<title>``
   rewritten from both (the subtitle's words first): the subtitle, only opening like the
   title, was taken for the headline;
6. an instant-news page printing the story's clock alone in brackets closing the headline
   (``标题 【17:52】``) and the day in a breadcrumb's date line: the page was dated at midnight.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras, published

HEADLINE = "城东区三座社区图书馆对外开放"
TEXT = [
    "城东区今年新建的三座社区图书馆本周起全部对外开放，居民凭身份证即可免费借阅图书。",
    "据区文化馆介绍，三座图书馆共有藏书四万余册，每天开放到晚上九点，周末也不休息。",
    "区文化馆还表示，今后将根据读者的意见，逐步延长三座图书馆在考试季的开放时间。",
]


def test_a_zone_name_glued_to_the_day_of_a_reprint_line_dates_the_page() -> None:
    lines = "<br>".join("&#160;&#160;" + text for text in TEXT)
    page = (page_head(HEADLINE) + "<table><tr><td><a href='/'>首页</a> <a href='/n/'>新闻</a>"
            "</td></tr></table><table><tr><td class='F11'><br><b><center>" + HEADLINE
            + "</b><br><font color='#000fC0'><small>(城东网北京时间2024年10月30日 转载)"
            "</small></font></center>&#160;&#160;来源：城东晚报&#160;<br>" + lines
            + "<br><hr><center><a href='/talk'>点击这里发表看法</a></center></td></tr>"
            "</table></body></html>")
    assert published(page) == "2024-10-30T00:00:00+08:00"


def test_a_blog_info_line_in_english_words_dates_the_page() -> None:
    info = ("十月 30th, 2024 &#160;|&#160; Published in <a href='/c/latest'>Latest</a>, "
            "<a href='/c/city'>城市生活</a> &#160;|&#160; <a href='#comments'>12 Comments</a>"
            " &#160;|&#160; 3,204 views")
    page = (page_head(HEADLINE + " :: 城东生活") + "<div class='menu'><a href='/'>首页</a>"
            "<a href='/about'>关于我们</a></div><div class='content'><div class='post'>"
            f"<h2><a href='/504.html' rel='bookmark'>{HEADLINE}</a></h2>"
            f"<p class='small'>{info}</p><div class='entry'>" + paras(TEXT)
            + "</div></div></div></body></html>")
    assert published(page) == "2024-10-30T00:00:00+08:00"


def test_a_latin_lettered_site_name_first_in_the_title_is_not_the_headline() -> None:
    page = (page_head("Lumenpost | " + HEADLINE) + "<div id='frame'><div id='topnav'>"
            "<div id='logo'><h1><a href='http://example.org/'>Lumenpost</a></h1></div>"
            "<ul><li><a href='/it'>科技</a></li><li><a href='/city'>城市</a></li></ul></div>"
            "<div id='articles'><div class='article'><div class='generaltitle'>"
            f"<div class='title'><h3>{HEADLINE}</h3></div></div><div class='details'>"
            "<a href=''>某某</a> 发表于 2024年10月30日 10时54分</div><div class='intro'>"
            + paras(TEXT) + "</div></div></div></div></body></html>")
    result = cleaned(page)
    assert result.title == HEADLINE
    assert result.published_at == "2024-10-30T10:54:00+08:00"


def test_a_date_in_the_headlines_own_tortoise_shell_brackets_stays_in_it() -> None:
    headline = "语音 | 晨读城东〔2024.10.30 周三〕"
    page = (page_head(headline) + "<div class='menu'><a href='/'>首页</a></div>"
            f"<div class='rich_media'><h2 class='rich_media_title'>{headline} </h2>"
            "<div class='meta'><em>2024-10-30</em> <span>城东晚报</span></div>"
            "<div class='rich_media_content'>" + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == headline


def test_a_subtitle_heading_under_the_headline_is_not_taken_for_it() -> None:
    page = (page_head("城东区学生获“小小图书管理员”称号 - 城东教育网")
            + "<div class='menu'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
            "<div class='article'><h3 style='text-align: center;'>“小小图书管理员”表彰会举行</h3>"
            "<h4 style='text-align: center;'>城东区学生获称号</h4>"
            "<p style='text-align: center;'><span>来源：城东晚报 2024-10-30 某某</span></p>"
            + paras(TEXT) + "</div><div class='foot'>关于我们</div></body></html>")
    assert cleaned(page).title == "“小小图书管理员”表彰会举行"


def test_a_bracketed_clock_closing_the_headline_gives_the_day_its_time() -> None:
    page = (page_head(HEADLINE) + "<div class='path'><a href='/'>城东网</a> &gt; "
            "<a href='/now/'>即时新闻</a> &gt; 社会 <span style='float:right'>2024年10月30日‧星期三"
            "</span></div><div class='news'><h2 id='newsti' class='news_title'>" + HEADLINE
            + " <span class='conttime'>【17:52】</span></h2><div class='text'>" + paras(TEXT)
            + "</div></div></body></html>")
    assert published(page) == "2024-10-30T17:52:00+08:00"
