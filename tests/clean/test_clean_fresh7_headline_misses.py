# ruff: noqa: E501  (Chinese test strings)
"""Headlines of the classes fresh7 missed at its score (2026-12-02), each a real template's
shape with text written here:

1. a Taiwan newspaper's story saved in Big5: ``<title>某某電子報 - 标题</title>`` (the
   newspaper's name FIRST, not a name ending like a site's ``…網``), a toolbar row
   ``字型：∣發言∣列印∣轉寄`` in a table cell over the text, the headline in a span. The
   newspaper's name was read as the headline part and the headline as the site's name; the
   toolbar row then won. A newspaper's name (``…電子報``, ``…日報``, ``…時報``) is a site's
   name, and a row of short tools set off by bars is never a headline;
2. a Hong Kong newspaper's story: ``og:title`` states ``某報新聞(标题 )`` — the site's name,
   then the headline in brackets — and ``og:site_name`` the paper's name; ``<title>`` names
   only the paper. The stated title was kept whole, site name and brackets too;
3. a magazine's report: the headline's block ``<div class="tit">`` prints the headline and,
   as its second line, the reporter's byline (``本刊记者 某某``). The byline was kept;
4. a blog's post: ``<h1>`` prints a short headline of three Chinese characters and ``4G``
   (``什么是4G？``) that the ``<title>`` states as its headline part; the text's first line
   repeats it with a subtitle. The ``<h1>`` was dropped as a fragment (fewer than four
   Chinese characters) and the text's first line won, subtitle and all; with the ``<h1>``
   chosen, that line (the headline, closed by its question mark, and a subtitle of at most
   24 characters, no clause mark) is no body either (``paragraphs._drop_near_title``).

Each test fails on the code before the change (guards named as such).
"""

from __future__ import annotations

from pipelines.clean import clean_document
from pipelines.headlinetext import headline_text
from tests.clean.news_page import FETCHED, cleaned, paras

PARAS = [
    "縣府衛生局昨天表示，今年夏季登革熱病例較去年同期減少三成，社區清除積水容器的成效逐漸顯現。",
    "衛生局指出，各里志工每週巡查空地與工地，共清出兩萬多個積水容器，並對孳生源較多的地點開立勸導單。",
    "局方提醒民眾，外出返國後若出現發燒、頭痛等症狀，應盡速就醫並主動告知旅遊史，以利及早診治。",
]
SIMPLE = [
    "全省今年已划定永久基本农田保护红线，各地逐级签订责任书，把保护任务落实到每一个村组和地块。",
    "记者在多个县区走访时看到，违规占用耕地建设的项目已被依法拆除，复垦的土地重新种上了小麦和油菜。",
    "有关部门表示，将继续用卫星遥感每季度比对一次耕地变化，发现问题及时移交纪检监察机关处理。",
]


def taiwan_story(toolbar: bool = True) -> bytes:
    """1. A Big5 newspaper page: name first in <title>, a toolbar cell over the text."""
    tools = ('<td align="right"><font size="2">字型：</font><img src="f+.gif"> <img src="f-.gif">'
             '∣<a href="#" class="WeaFont">發言</a>∣<a href="#" class="WeaFont">列印</a>'
             '∣<a href="#" class="WeaFont">轉寄</a></td>') if toolbar else "<td></td>"
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5" />'
            "<title>山城電子報 - 登革熱病例減三成 清積水見效</title></head><body>"
            '<div class="CenterDiv"><div class="newstopbar"><a href="/">首頁</a> &gt; 生活新聞</div>'
            '<table class="newsuse"><tr><td id="date">2024-8-12</td>' + tools + "</tr></table>"
            '<table width="95%"><tr valign="top"><td class="content" id="newsContent">'
            '<span class="insubject1" id="newtitle">登革熱病例減三成 清積水見效</span>'
            f'<span id="newsc1001">{paras(PARAS)}</span></td></tr></table></div>'
            '<table class="inpct"><tr><td><a class="related" href="t1.htm">颱風外圍環流 山區慎防豪雨</a></td></tr>'
            '<tr><td><a class="related" href="t2.htm">老街整修完工 週末重新開放</a></td></tr></table>'
            "</body></html>")
    return page.encode("big5")


def test_a_newspapers_name_first_in_the_title_and_a_toolbar_row_never_win_on_a_big5_page():
    result = clean_document(taiwan_story(), fetched_at=FETCHED)
    assert result.title is not None
    assert "字型" not in result.title
    assert result.title.replace("登革热", "登革熱") in (
        "登革熱病例減三成 清積水見效", "登革熱病例减三成 清积水见效")
    assert len(result.paragraphs) == 3


def test_a_row_of_tools_set_off_by_bars_is_never_a_headline():
    assert headline_text("字型： ∣發言∣列印∣轉寄") is None
    assert headline_text("打印 | 关闭 | 收藏") is None
    # guard: a headline with a bar inside stays
    assert headline_text("两会观察｜代表委员热议乡村振兴新举措") == "两会观察｜代表委员热议乡村振兴新举措"


def hong_kong_story() -> bytes:
    """2. ``og:title`` = site's name + headline in brackets; <title> names only the paper."""
    head = "市區重建局推舊樓活化計劃 首批十幢大廈參與 業主可獲資助"
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<title>晨報 MORNING DAILY NEWS</title>"
            '<meta name="title" content="晨報 MORNING DAILY NEWS">'
            f'<meta property="og:title" content="晨報新聞({head} )" />'
            '<meta property="og:site_name" content="晨報" /></head><body>'
            '<table width="900"><tr><td><a href="/">晨報</a> 港聞 國際 財經</td></tr></table>'
            '<table width="900"><tr><td>'
            # the headline printed in a cell the class marks only as "news_head"
            f'<div class="news_head"><font size="4">{head}</font></div></td></tr>'
            '<tr><td class="date">發佈日期 : 2024-03-05 <br><hr></td></tr>'
            f"<tr><td>{paras(PARAS)}</td></tr></table></body></html>")
    return page.encode("utf-8")


def test_a_stated_title_of_the_sites_name_and_the_headline_in_brackets_gives_the_headline():
    result = clean_document(hong_kong_story(), fetched_at=FETCHED)
    assert result.title is not None
    assert "晨报" not in result.title and "晨報" not in result.title
    assert "(" not in result.title and "（" not in result.title
    assert result.title.startswith(("市區重建局", "市区重建局"))
    assert result.title.endswith(("業主可獲資助", "业主可获资助"))


def magazine_report() -> bytes:
    """3. The headline's block prints the reporter's byline as its second line."""
    page = ('<html><head><meta charset="utf-8"><title>守住耕地红线本刊记者 某某某--某某监察杂志</title>'
            '</head><body><div class="nav"><a href="/">首页</a><a href="/qk/">往期杂志</a></div>'
            '<div class="fixed"><div class="Article_61"><div class="tit">'
            '<p>守住耕地红线</p><p><span style="font-size: 16px;">本刊记者&nbsp; 贺明远</span></p>'
            '</div><div class="page_con"><div class="sharearea"><a href="#">分享</a></div>'
            f'<div class="content">{paras(SIMPLE)}</div></div></div></div></body></html>')
    return page.encode("utf-8")


def test_a_reporters_byline_printed_under_the_headline_in_its_block_is_cut():
    result = clean_document(magazine_report(), fetched_at=FETCHED)
    assert result.title == "守住耕地红线"


def test_a_byline_line_cuts_the_headline_but_a_headline_about_reporters_stays():
    assert headline_text("守住耕地红线\n本刊记者  贺明远") == "守住耕地红线"
    assert headline_text("守住耕地红线\n记者 贺明远 通讯员 李青") == "守住耕地红线"
    # guard: reporters named in the headline's own words
    assert headline_text("记者节里走进县融媒体中心") == "记者节里走进县融媒体中心"


def blog_post() -> bytes:
    """4. A short headline in <h1>, its text's first line repeating it with a subtitle."""
    page = ('<html><head><meta charset="UTF-8"><title>什么是5G？ | 数码那些事</title></head><body>'
            '<div id="header"><a href="/">数码那些事</a></div>'
            '<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/c/">科普</a> &gt; 正文</div>'
            '<div class="single"><h1>什么是5G？</h1><div class="meta"><span>2020-05-06 09:12</span>'
            '<span>浏览: 812 views</span></div><div class="entry"><div class="entrycontent">'
            "<p>什么是5G？ 它是第五代移动通信技术<strong> </strong></p>"
            "<p>你也许已经在手机广告里见过5G的字样，它比上一代网络更快，时延也更低，能同时连接的设备更多。</p>"
            "<p>运营商正在城市里加紧建设基站，预计明年大部分县城都能用上新的网络，资费也会逐步下降。</p>"
            '</div></div></div><div class="sidebar"><h3>最近大家喜欢看的</h3><ul><li><a href="/1">手机省电小技巧</a></li></ul></div>'
            "</body></html>")
    return page.encode("utf-8")


def test_a_short_headline_the_title_states_beats_the_texts_first_line_with_its_subtitle():
    result = clean_document(blog_post(), fetched_at=FETCHED)
    assert result.title == "什么是5G？"
    # the headline printed again over the text with its subtitle is no body
    assert result.paragraphs[0].startswith("你也许已经在手机广告里")
    assert len(result.paragraphs) == 2


def test_a_newspapers_name_at_both_ends_of_the_title_leaves_the_stated_headline_guard():
    """Guard: ``某某時報 | 标题 | 编辑部 | 某某新聞`` with ``og:title`` stating the headline
    first: the newspaper's name opening the <title> must not make its last name a headline."""
    head = "議員促政府增建公共泳池 回應市民夏季需求"
    page = ('<html><head><meta charset="utf-8">'
            f"<title>晨光時報 | {head} | 晨光編輯部 | 晨光新聞</title>"
            f'<meta property="og:title" content="{head} | 晨光編輯部 | 晨光新聞 | 晨光時報"/>'
            '</head><body><div class="menu"><font>晨光新聞</font></div>'
            f'<div class="post"><h2 class="post-title">{head}</h2>'
            f'<div class="entry">{paras(PARAS)}</div></div></body></html>')
    result = cleaned(page)
    assert result.title is not None and result.title.startswith(("議員", "议员"))
