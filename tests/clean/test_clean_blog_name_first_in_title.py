# ruff: noqa: E501  (Chinese test strings)
"""A blog engine's ``<title>`` naming the blog first (``某某的博客 - 文章标题``, Z-Blog's
default and many old sites'; issue 14, stop 33, the kinds of fresh14's new sources:
personal essays on blog and WordPress-style sites).

With no ``<meta>`` to say which part is which, a ``<title>`` of two parts reads headline
first, unless its first part is a short channel's name over a headline-shaped last part
(ten Chinese characters, or six and a clause mark). A post's title is often shorter
(``三十岁的间隔年``): the blog's name was taken for the headline part, the post's title for
the site's name, and the headline came out as the blog's subtitle printed in the masthead.
The page says which is which: the blog's name is the whole text of the masthead's link to
its home page, and the post's title is printed alone outside such a link (its heading).

Guards: a ``<title>`` naming the headline first keeps it, the blog's name linked home in the
masthead all the same; a ``<title>`` whose first part is not linked home reads as before.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned

_ESSAY = ("三十岁那年春天，我辞掉了做了七年的工作，背着一只旧背包去了西南。",
          "出发前，朋友们都劝我想清楚，说这个年纪停下来，回来以后很难再找到同样的位置。",
          "一年以后我回到城市，重新找了一份工作，收入比从前少了一些，但我终于知道自己想要过什么样的日子。")


def _blog(page_title: str, *, home: str = "http://www.example.com/") -> str:
    """A blog engine's post page: the blog's name linked home and its subtitle in the
    masthead, the post's date and title, the post, its tags, a comment and a sidebar."""
    post = "".join(f"<p>{line}</p>" for line in _ESSAY)
    return (f"<html><head><meta charset='utf-8'><title>{page_title}</title></head><body>"
            f"<div id='divTop'><h1 id='BlogTitle'><a href='{home}'>慢慢走</a></h1>"
            "<h3 id='BlogSubTitle'>一个人的读书和旅行笔记</h3></div>"
            "<div id='divNavBar'><ul><li><a href='/'>首页</a></li><li><a href='/tags.asp'>标签</a></li></ul></div>"
            "<div id='divMain'><div class='post'><h4 class='post-date'>2010-11-6 21:14:3</h4>"
            f"<h2 class='post-title'>三十岁的间隔年</h2><div class='post-body'>{post}</div>"
            "<h6 class='post-footer'>作者:阿木 | 分类:<a href='#'>随笔</a> | 评论: 2 | 浏览: 88</h6></div>"
            "<ul class='msg'><li class='msgname'><a href='#'>小林</a> 发布于 2010-11-7 9:12:45</li>"
            "<li class='msgarticle'>写得真好，我也在想要不要停下来一年。</li></ul></div>"
            "<div id='divSidebar'><h3>最近发表</h3><ul><li><a href='#'>我的书单</a></li></ul></div>"
            "<div id='divBottom'>Copyright 2010 慢慢走. Some Rights Reserved.</div></body></html>")


def test_a_blog_name_linked_home_first_in_the_title_is_not_the_headline() -> None:
    assert cleaned(_blog("慢慢走 - 三十岁的间隔年")).title == "三十岁的间隔年"
    assert cleaned(_blog("慢慢走 - 三十岁的间隔年", home="index.asp")).title == "三十岁的间隔年"


def test_a_title_naming_the_post_first_keeps_it() -> None:
    assert cleaned(_blog("三十岁的间隔年 - 慢慢走")).title == "三十岁的间隔年"


def test_a_first_part_linked_elsewhere_reads_as_before() -> None:
    # Linked to a channel's page, not home: the page does not say it names the site.
    page = _blog("慢慢走 - 三十岁的间隔年", home="/channel/travel/")
    assert cleaned(page).title != "三十岁的间隔年"
