# ruff: noqa: E501  (Chinese test strings)
"""Pages shaped like the real saved pages the extractor failed on (issue 14), one per class
of failure; the markup follows real templates, the text is written here.

1. a saved page opening with a comment, a BOM, an XML declaration or a long ``<head>``;
2. a printed date without a year (``10-08 12:00``);
3. a masthead "today" line and a list of other articles' dates before the article's date;
4. headlines: the site name in ``<title>`` and ``<h1>``, info glued after the headline, a
   "阅读下一篇" label;
5. a law's full text in a table layout with an unclassed footer table;
6. dates only in ``<meta>``, JSON-LD, ``<time>``, a script variable, the URL or the body's
   first line;
7. found on the old held-out half once it was opened for tuning: a date line made long by
   its source indentation, a hidden day-only copy of the date, a document number or
   subtitle line under the headline (also as markup written into ``<meta>``), the whole
   ``<title>`` printed in an unmarked cell, pull quotes above the body, hidden blocks and a
   copyright-and-disclaimer block under the body.
"""

from __future__ import annotations

import json

import pytest

from pipelines.clean import clean_document
from pipelines.htmlparse import looks_like_html

FETCHED = "2026-12-01T08:00:00Z"
HEADLINE = "某市召开优化营商环境工作推进会"
PARAS = [
    "九月五日上午，某市召开优化营商环境工作推进会，总结前一阶段工作，部署下一步重点任务。",
    "会议指出，今年以来全市各部门围绕企业关心的审批、融资和用工问题，推出了一批务实举措，市场主体数量稳步增加。",
    "会议要求，各区各部门要对照企业反映的问题清单逐项整改，确保每一项承诺都能按期兑现。",
    "会议还通报了第三方评估的结果，并对下一阶段的督查安排作出说明。",
]


def body_html(paras: list[str] = PARAS) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def long_head(kb: int = 120) -> str:
    """A head of scripts and styles as big as real portal pages carry."""
    script = "<script type=\"text/javascript\">var _hmt = _hmt || [];(function(){var hm = document.createElement('script');hm.src = 'https://example.invalid/hm.js?abc';})();</script>\n"
    style = "<style>.nav li{float:left;margin:0 8px}.nav li a{color:#333;font-size:14px}</style>\n"
    unit = script + style
    return unit * (kb * 1024 // len(unit))


def article_page(head_extra: str = "", info: str = "发布时间：2019-09-05 11:10　来源：某市发展改革委", title: str | None = None) -> str:
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title or HEADLINE + "_某市人民政府门户网站"}</title>
{head_extra}
</head>
<body>
<div class="header"><div class="logo"><img src="logo.png" alt="某市人民政府门户网站"></div></div>
<div class="main">
<h1>{HEADLINE}</h1>
<div class="info">{info}</div>
<div class="TRS_Editor">{body_html()}</div>
</div>
</body>
</html>"""


def clean(page: str, **kwargs):
    kwargs.setdefault("fetched_at", FETCHED)
    return clean_document(page.encode("utf-8"), **kwargs)


# 1. HTML recognised however the file starts ------------------------------------------------

PROLOGUES = {
    "saved_from_comment": "<!-- saved from url=(0062)http://www.example.gov.cn/zwgk/2019/0905/t20190905_1.html -->\n",
    "bom_and_blank_lines": "\ufeff\n\n   \n",
    "xml_declaration": '<?xml version="1.0" encoding="utf-8"?>\n',
    "comment_then_doctype": "<!-- page built by CMS -->\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n",
    "bom_comment_xml_doctype": "\ufeff<!-- a -->\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<!-- b -->\n",
}


@pytest.mark.parametrize("prologue", PROLOGUES.values(), ids=PROLOGUES.keys())
def test_saved_page_with_a_long_head_is_read_as_html_however_it_starts(prologue):
    page = prologue + article_page(head_extra=long_head())
    assert looks_like_html(page)
    result = clean(page)
    assert result.extracted_by == "general"
    assert result.title == HEADLINE
    assert result.published_at == "2019-09-05T11:10:00+08:00"
    assert result.paragraphs == PARAS
    assert "<" not in result.body


def test_content_type_decides_before_the_sniffing():
    prose_first = "市场监管总局今天发布消息。\n" * 3 + "<div>" + body_html() + "</div>"
    assert looks_like_html(prose_first, "text/html; charset=utf-8")
    assert not looks_like_html(article_page(), "text/plain; charset=utf-8")
    result = clean_document(("\n" * 5 + "正文前的说明文字。" + article_page()).encode(), content_type="text/html")
    assert result.extracted_by == "general" and result.paragraphs == PARAS


def test_prose_mentioning_a_tag_stays_text():
    text = "关于网页排版的说明\n在正文中使用 <p> 标签分段，这是常见做法。\n段落之间不需要空行。"
    assert not looks_like_html(text)


# 2-3, 6. Dates from every source, reconciled ---------------------------------------------

def test_printed_date_without_a_year_takes_the_year_of_the_url():
    page = "<!-- saved from url=(0060)http://news.example.com.cn/gn/2019/1008/c1001-3133.html -->\n" + article_page(info="10-08 12:00　来源：某某日报")
    assert clean(page).published_at == "2019-10-08T12:00:00+08:00"


def test_printed_date_without_a_year_takes_the_year_stated_in_meta():
    head = '<meta name="publishdate" content="2019-10-08">'
    assert clean(article_page(head_extra=head, info="10-08 12:00 某某日报")).published_at == "2019-10-08T12:00:00+08:00"


def test_printed_date_without_a_year_never_lands_after_the_fetch_time():
    page = article_page(info="来源：某某日报　12-30 09:15")
    assert clean(page, fetched_at="2026-01-05T00:00:00Z").published_at == "2025-12-30T09:15:00+08:00"
    assert clean(page, fetched_at="2026-12-31T08:00:00Z").published_at == "2026-12-30T09:15:00+08:00"


def test_printed_day_wins_over_a_masthead_today_line_and_a_list_of_other_dates():
    sidebar = "".join(
        f'<li><a href="/a{k}.html">某市发布第{k}批惠企政策清单</a><span class="date">2019-09-06 0{k}:00</span></li>'
        for k in range(1, 6)
    )
    page = f"""<html><head><title>{HEADLINE}_某市人民政府</title>
<meta name="article:published_time" content="2019-09-05T11:10:00+08:00"></head><body>
<div class="top"><span class="date">今天是2019年9月6日 星期五</span></div>
<div class="left"><div class="list-title">最新信息</div><ul class="list">{sidebar}</ul></div>
<div class="right"><h2 class="art-title">{HEADLINE}</h2>
<div class="art-info"><span>2019-09-05 11:10</span> <span>来源：某市发展改革委</span></div>
<div class="art-con">{body_html()}</div></div></body></html>"""
    assert clean(page).published_at == "2019-09-05T11:10:00+08:00"


def test_a_naive_printed_time_is_beijing_clock_time():
    # A JSON-LD time stating UTC for what is Beijing clock time must not move the day.
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": HEADLINE, "datePublished": "2019-09-05T23:10:00Z"})
    page = ("<!-- saved from url=(0050)http://www.example.cn/2019-09/05/c_138.htm -->\n"
            + article_page(head_extra=f'<script type="application/ld+json">{ld}</script>', info="来源：某市发展改革委"))
    assert clean(page).published_at[:10] == "2019-09-05"
    printed = article_page(info="2019-09-05 23:10 来源：某市发展改革委")
    assert clean(printed).published_at == "2019-09-05T23:10:00+08:00"


def bare_page(head_extra: str = "", top: str = "", info: str = "") -> str:
    """An article with no printed date near the headline."""
    return f"""<html><head><title>{HEADLINE}</title>{head_extra}</head><body>
<h1>{HEADLINE}</h1>{info}<div class="content">{top}{body_html()}</div></body></html>"""


DATE_SOURCES = {
    "meta_pubdate": (bare_page('<meta name="PubDate" content="2019-09-05 11:10">'), None),
    "meta_og_release_date": (bare_page('<meta property="og:release_date" content="2019-09-05T11:10:00+08:00">'), None),
    "json_ld": (bare_page('<script type="application/ld+json">{"@type":"Article","datePublished":"2019-09-05T11:10:00+08:00"}</script>'), None),
    "time_element": (bare_page(info='<div class="byline"><time datetime="2019-09-05T11:10:00+08:00">九月五日</time></div>'), None),
    "script_variable": (bare_page('<script>var publishTime = "2019-09-05 11:10:00"; var siteId = 12;</script>'), None),
    "body_first_line": (bare_page(top="<p>2019年09月05日 11:10　来源：某市发展改革委</p>"), None),
    "url_segment": (bare_page(), "http://www.example.gov.cn/zwgk/201909/t20190905_3377.html"),
}


@pytest.mark.parametrize("case", DATE_SOURCES.values(), ids=DATE_SOURCES.keys())
def test_date_is_read_from_every_source_of_evidence(case):
    page, url = case
    result = clean(page, url=url)
    assert result.published_at is not None and result.published_at[:10] == "2019-09-05"
    assert result.paragraphs == PARAS


# 4. Headline ---------------------------------------------------------------------------------

def test_site_name_is_never_the_headline():
    page = f"""<html><head><title>某某省生态环境厅</title><meta property="og:site_name" content="某某省生态环境厅"></head><body>
<table width="100%"><tr><td><h1>某某省生态环境厅</h1></td></tr></table>
<table width="1000"><tr><td><div class="con-title">{HEADLINE}</div>
<div class="con-info">发布日期：2019-09-05</div>
<div class="con-text">{body_html()}</div></td></tr></table></body></html>"""
    assert clean(page).title == HEADLINE


def test_info_glued_to_the_headline_is_cut_off():
    page = f"""<html><head><title>某某网</title></head><body>
<div class="article"><div class="title">{HEADLINE} 来源：某某日报 作者：2023-12-01 14:43</div>
<div class="content">{body_html()}</div></div></body></html>"""
    result = clean(page)
    assert result.title == HEADLINE
    assert result.published_at == "2023-12-01T14:43:00+08:00"


def test_a_next_article_label_is_never_the_headline():
    page = f"""<html><head><title>某某网</title></head><body>
<div class="article"><div class="content">{body_html()}</div>
<h2>阅读下一篇：某区举办秋季招聘会提供岗位三千余个</h2>
<h3>相关阅读</h3></div>
<div class="tt">{HEADLINE}</div></body></html>"""
    assert clean(page).title in (HEADLINE, None)
    with_h1 = page.replace('<div class="article">', f'<div class="article"><h1>{HEADLINE}</h1>')
    assert clean(with_h1).title == HEADLINE


# 5. A long document in a table layout; footers never win -------------------------------------

def law_articles(n: int = 120) -> list[str]:
    subjects = ["登记机关", "经营者", "监督部门", "行业协会", "消费者", "检验机构"]
    actions = ["应当建立健全内部管理制度，如实记录有关信息，并按规定报送", "应当依法履行职责，接受社会监督，不得滥用职权",
               "可以依照本办法向有关部门提出申请，有关部门应当及时处理", "违反本办法规定的，由有关部门责令改正，给予警告"]
    return [f"第{k}条　{subjects[k % 6]}{actions[k % 4]}；情节严重的，依照有关法律法规的规定处理，并将处理结果向社会公开，期限为{k + 10}个工作日。"
            for k in range(1, n + 1)]


def test_law_text_in_a_table_layout_beats_the_footer():
    articles = law_articles()
    rows = "".join(f'<tr><td style="font-size:14px;line-height:28px">{a}</td></tr>' for a in articles)
    footer = ("<table width='100%' bgcolor='#eeeeee'><tr><td align='center'>主办单位：某某省人民政府办公厅　承办单位：某某省大数据中心<br>"
              "版权所有：某某省人民政府　地址：某某市某某路一号　邮编：100000<br>"
              "网站标识码：1100000001　某ICP备05001234号　联系我们　网站地图</td></tr></table>")
    page = f"""<html><head><title>某某管理办法</title></head><body>
<table width='1000' align='center'><tr><td align='center'><font size='5'>某某管理办法</font></td></tr></table>
<table width='1000' align='center'><tbody>{rows}</tbody></table>{footer}</body></html>"""
    result = clean(page)
    assert 8000 < len(result.body) < 10000
    assert result.paragraphs[0] == articles[0].replace("　", " ", 1) or result.paragraphs[0].startswith("第1条")
    assert result.paragraphs[-1].startswith("第120条")
    assert not any("版权所有" in p or "主办单位" in p for p in result.paragraphs)


def test_a_short_article_beats_a_longer_footer():
    footer = ("<div class='ft'><p>主办单位：某某市人民政府办公室　承办单位：某某市政务服务数据管理局　"
              "版权所有：某某市人民政府　地址：某某市某某区某某大道一百号政务服务中心大楼　邮编：100000　"
              "网站标识码：1100000002　某ICP备12345678号　某公网安备11000002000001号　联系我们　网站地图　"
              "建议使用1366×768分辨率，谷歌浏览器或者新版本的火狐浏览器浏览本网站。</p></div>")
    short = PARAS[:2]
    page = f"""<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>
<div class="zw">{body_html(short)}</div>{footer}</body></html>"""
    assert clean(page).paragraphs == short


def test_a_page_of_hundreds_of_kb_of_scripts_and_styles_keeps_its_json_ld_date():
    style = "<style>" + ".nav li a{color:#333;font-size:14px;margin:0 2px}\n" * 4000 + "</style>"
    library = "<SCRIPT>" + "function f(a){return a*2;}\n" * 2000 + "</SCRIPT>"
    ld = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-09-05 11:10:00"}]}</script>'
    page = bare_page(style + library + ld + style)
    assert len(page) > 300_000
    result = clean(page)
    assert result.published_at == "2019-09-05T11:10:00+08:00"
    assert result.title == HEADLINE and result.paragraphs == PARAS


# Shapes met on the tune half of the real-page corpus (benchmarks/real) ---------------------

def test_a_page_re_saved_as_utf16_with_a_bom_is_cleaned_not_refused_as_binary():
    page = article_page()
    result = clean_document(page.encode("utf-16"), fetched_at=FETCHED)
    assert result.reason is None
    assert result.title == HEADLINE and result.paragraphs == PARAS


def test_date_printed_in_a_summary_block_or_an_e_paper_form_is_read():
    zhaiyao = f"""<html><head><title>{HEADLINE}</title><meta name="PubDate" content="2019-09-09 14:25:31"></head><body>
<div class="conTent"><h1>{HEADLINE}</h1><div class="zhaiyao" id="othermessage"><p class="fl">日期：2019-09-05 11:10 来源：某街道</p></div>
<div class="TRS_Editor">{body_html()}</div></div></body></html>"""
    assert clean(zhaiyao).published_at == "2019-09-05T11:10:00+08:00"
    epaper = f"""<html><head><title>{HEADLINE}</title></head><body>
<form id="f1" action="/search"><div class="cb-text"><span id="paperdate">2019年09月05日</span></div><input name="q"></form>
<div class="detail"><h2 class="art-title">{HEADLINE}</h2><div class="content" id="ozoom">{body_html()}</div></div></body></html>"""
    result = clean(epaper)
    assert result.published_at[:10] == "2019-09-05" and result.paragraphs == PARAS


def test_a_page_wrapped_in_one_form_keeps_its_body():
    page = f"""<html><head><title>{HEADLINE}</title></head><body><form id="form1" method="post" action="./a.aspx">
<input type="hidden" name="__VIEWSTATE" value="x"><h1>{HEADLINE}</h1><div class="info">2019-09-05 11:10</div>
<div class="con">{body_html(PARAS * 4)}</div></form></body></html>"""
    result = clean(page)
    assert result.paragraphs == PARAS and result.published_at == "2019-09-05T11:10:00+08:00"


def test_headline_with_a_double_dash_subtitle_and_a_numbered_title_class():
    full = "某省青年美术作品展开幕——百余件作品展现青春风采"
    page = f"""<html><head><title>{full} _ 某省文化和旅游厅</title></head><body>
<div class="content"><h1>{full}</h1><div class="text" id="content">{body_html()}</div></div></body></html>"""
    assert clean(page).title == full
    piped = "局长这一周 | 奋发有为开新局"
    page = f"""<html><head><title>{piped}</title></head><body><div id="main"><div class="tit2">{piped}</div>
<div class="zw">{body_html()}</div></div></body></html>"""
    assert clean(page).title == piped


def test_headline_block_that_also_prints_a_subtitle_and_links_gives_the_stated_headline():
    page = f"""<html><head><title>{HEADLINE}--某某网</title></head><body>
<div class="dConR"><div class="dTit2"><strong>{HEADLINE}</strong> <em>副题写在这里说明会议情况</em> <a>在线荐稿</a> <a>联系记者</a></div>
<div class="dContents"><div id="ozoom">{body_html()}</div></div></div></body></html>"""
    assert clean(page).title == HEADLINE


def test_without_any_page_title_the_heading_just_before_the_body_is_the_headline():
    page = f"""<text id="http://www.example.com/36/2005/07/18/1680.htm"><table><tr><td><a>首页</a> - <a>新闻</a></td></tr></table>
<table><tr><td><div class="Heading">{HEADLINE}</div><div class="Date"><a>http://www.example.com/</a> 2005-07-18 13:03:17</div></td></tr>
<tr><td class="Content">{body_html()}</td></tr></table></text>"""
    result = clean(page)
    assert result.title == HEADLINE
    assert result.published_at == "2005-07-18T13:03:17+08:00"
    assert result.paragraphs == PARAS


def test_article_cell_with_related_links_and_ads_beside_it_beats_the_copyright_cell():
    related = "".join(f"<br>·<a href='/r{k}.html'>某地举办第{k}届文化旅游节吸引游客参观</a><span>（2005-04-0{k} 17:19）</span>"
                      for k in range(1, 9))
    ads = "".join(f"<tr><td>[推荐] <a href='/ad{k}.html'>小本生意轻松创业年赚百万机会第{k}期</a></td></tr>" for k in range(12))
    notice = ("某网站的所有内容均由其内容合作方根据协议提供。根据有关规定，除著作权人声明或者上载该作品的网络服务提供者已经与著作权人达成协议外，"
              "网站可以转载、摘编已在报刊上刊登或者网络上传播的作品，但应当按规定支付报酬。如果您发现本网站的内容侵犯了您的权益，请您发送电子邮件。")
    page = f"""<html><head><title>{HEADLINE}</title></head><body>
<table><tr><td><b>{HEADLINE}</b></td></tr><tr><td class="ygg">2005-04-05 06:40更新 来源：转载文章</td></tr>
<tr><td>{body_html()}<p>编辑：某某</p><table><tr><td class="yghd"><b>相关报道：</b>{related}</td></tr></table>
<table>{ads}</table></td></tr></table>
<center><table><tr><td class="sbody">{notice}</td></tr></table></center></body></html>"""
    result = clean(page)
    assert result.paragraphs == PARAS
    assert result.published_at == "2005-04-05T06:40:00+08:00"


def test_a_copy_of_the_text_straight_under_body_does_not_drag_the_navigation_in():
    nav = "".join(f"<li><a href='/{k}'>栏目{k}</a></li>" for k in range(30))
    copy = "".join(PARAS)
    page = f"""<html><head><title>{HEADLINE} - 某市人民政府门户网站</title></head><body>
<ul class="menu">{nav}</ul><div class="container"><h1 class="content_title">{HEADLINE}</h1>
<div class="content_article" id="zoomcon">{body_html()}</div></div>
<div class="bbnr">{HEADLINE}{copy}</div></body></html>"""
    result = clean(page)
    assert result.paragraphs[0] == PARAS[0] and not any("栏目" in p for p in result.paragraphs)


# 7. Found when the old held-out half was opened for tuning ----------------------------------


def test_a_date_line_indented_over_several_source_lines_is_read():
    # An old portal's table layout: the date in an unclassed <font>, the source line's own
    # indentation making it look long; no <meta>, no URL.
    page = f"""<html><head><title>{HEADLINE}</title></head><body><table class="web_top"><tr><td>
<table><tr><td align="center"><b><font>{HEADLINE}</font></b></td></tr>
<tr><td height="22" align="center">
                        <font color="#333333">某某网地方频道 (
                         2012-06-04 09:20:26
                        ) </font>&nbsp;&nbsp;&nbsp;&nbsp;<font color="#333333">稿件来源：
                        某某日报
                        </font></td></tr>
<tr><td>{body_html()}</td></tr></table></td></tr></table></body></html>"""
    result = clean(page)
    assert result.published_at == "2012-06-04T09:20:26+08:00"
    assert result.paragraphs == PARAS


def test_the_printed_date_and_time_beat_a_hidden_day_only_copy():
    hidden = "".join(f'<div id="NewsArticle{k}" style="display:none;">{v}</div>'
                     for k, v in (("Title", HEADLINE), ("PubDay", "2024-09-12"), ("Source", "某某日报")))
    # The CMS template's indentation, blank indented lines included (~130 characters).
    pad = "\n" + " " * 32
    info = f"{pad}2024-09-12 10:10{pad}{pad}    &nbsp;&nbsp;&nbsp;&nbsp;来源：{pad}    某某日报{pad}{pad}"
    page = f"""<html><head><title>{HEADLINE}</title></head><body>{hidden}
<div class="article"><h1>
                            {HEADLINE}
                        </h1>
<div class="article-inf fn-clear"><div class="article-inf-left">{info}</div>
<div class="article-inf-right">分享 <a>微信</a> <a>微博</a> <a>QQ空间</a> 【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a></div></div>
<div class="article-con">{body_html()}</div></div></body></html>"""
    result = clean(page)
    assert result.published_at == "2024-09-12T10:10:00+08:00"


NOTICE = "某省金融监管局行政处罚信息公开表"
NUMBER = "（某金罚决字〔2024〕52号）"


def test_a_document_number_printed_under_the_headline_is_not_part_of_it():
    # An Angular template: the <title> is the site's name, <meta ArticleTitle> states the
    # headline with its document number, a header block names the old regulator next to
    # the body, a hidden (ng-hide) block, and the body is a table.
    rows = "".join(f"<tr><td>{k}</td><td>某某保险公司第{k}分公司</td><td>罚款{k}0万元</td></tr>" for k in range(1, 4))
    page = f"""<html><head><title>某某金融监督管理总局</title>
<meta name="SiteName" content="某某金融监督管理总局"><meta name="ArticleTitle" content="{NOTICE}{NUMBER}">
<meta name="PubDate" content="2025-06-03 11:18"></head><body>
<div class="content newcontent"><div class="container">
<div class="row pages-dateprint"><span class="ng-binding">发布时间：2025-06-03</span><span class="pages-date-laiyuan">来源：某省监管局</span></div>
<div class="ItemDetailRed-header-title mt25 ng-scope">中国某某监督管理委员会</div>
<div class="wenzhang-title ng-binding ng-scope">{NOTICE}<br>{NUMBER}</div>
<div class="wenzhang-documentNo ng-binding ng-hide">{NUMBER}</div>
<div class="wenzhang-content ng-binding"><table><tr><td>序号</td><td>当事人名称</td><td>行政处罚内容</td></tr>{rows}</table>
<p>依据有关规定，对上述当事人作出行政处罚，现予以公开，接受社会监督。</p></div>
<div class="banquanmianze"><div class="banquanmianze-title">版权与免责声明</div>
<p>1.凡本站注明“文章类型：原创”的所有作品，其版权属于本站所有，转载时必须注明来源。</p>
<p>2.凡本站注明“文章类型：转载”的作品，均转载自其他媒体，并不代表本站赞同其观点和对其真实性负责。</p></div>
</div></div></body></html>"""
    result = clean(page)
    assert result.title == NOTICE
    assert result.paragraphs[-1] == "依据有关规定，对上述当事人作出行政处罚，现予以公开，接受社会监督。"
    assert not any("版权" in p or "免责" in p for p in result.paragraphs)


def test_markup_written_into_the_stated_headline_ends_it_before_the_subtitle():
    main, sub = "为建设现代化城市凝聚智慧和力量", "——热烈祝贺市政协五届一次会议开幕"
    page = f"""<html><head><meta name="ArticleTitle" content="{main}&lt;div&gt;{sub}&lt;/div&gt;">
<title>{main}{sub}_某市人民政府网</title></head><body><div class="mm_all_cont_body">
<p class="mm_all_p">{main}<div>{sub}</div></p><div class="mm_all_txt">{body_html()}</div></div></body></html>"""
    assert clean(page).title == main


def test_a_title_printed_whole_in_an_unmarked_cell_keeps_its_dash_part():
    # "标题—副题(图)": a single dash that <title> splitting takes for a separator; the page
    # prints the whole <title> in an unclassed bold cell above the text.
    full = "对比试驾—测试两款微型车的油耗与空间(图)"
    page = f"""<html><head><title>{full}</title></head><body><table width="590"><tr>
<td height="54" align="center" class="c14"><strong>{full}</strong></td></tr>
<tr><td align="center">某某网—某某快报 2003年11月12日16:36</td></tr>
<tr><td class="l17">{body_html()}</td></tr></table></body></html>"""
    result = clean(page)
    assert result.title == "对比试驾—测试两款微型车的油耗与空间（图）"


def test_pull_quotes_printed_above_the_body_stay_where_the_page_prints_them():
    # Two sentences taken from further down, printed as the first paragraphs (a portal's
    # "quote" lead): not a truncated lead, so they are not moved or dropped.
    quote = "一个简单的推断是：收费标准上调，实际上就意味着企业成本上升。"
    second = "专家认为，现行的定价办法已经偏离了改革的初衷。"
    later = [f"而且{quote[:-1]}，最直接的影响落在中小企业身上。", f"这是一个信号。{second}"]
    paras = [quote, second, *PARAS, *later, *PARAS_TAIL]
    page = f"""<html><head><title>{HEADLINE}</title></head><body><table><tr><td class="graysl">2005-01-14 17:02:30 来源：某某报</td></tr>
<tr><td><span class="grayb">{body_html(paras)}</span></td></tr></table></body></html>"""
    result = clean(page)
    assert result.paragraphs[:2] == [quote, second]
    assert result.paragraphs[-len(PARAS_TAIL) - 2:-len(PARAS_TAIL)] == later


PARAS_TAIL = [
    "在价格调整以前，相关费用都由主管部门统一核定，企业几乎没有议价的空间。",
    "业内人士表示，下一步的关键在于建立公开透明的成本监审机制，让各方都能看得明白。",
]


def test_blocks_hidden_from_the_reader_inside_the_article_are_not_body_text():
    hidden = ('<p style="DISPLAY: none">本文由某某内容管理系统自动生成，用于搜索引擎收录，请勿转载。</p>'
              '<div class="wenzhang-documentNo ng-binding ng-hide">某府办发〔2024〕3号 某府办发〔2024〕3号</div>')
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="article"><h1>{HEADLINE}</h1>
<div class="info">发布时间：2019-09-05 11:10</div><div class="TRS_Editor">{hidden}{body_html()}</div></div></body></html>"""
    assert clean(page).paragraphs == PARAS


def test_a_title_that_is_only_the_regulators_name_printed_beside_the_body_is_not_the_headline():
    # The regulator's template: <title> is its name (no SiteName meta), printed again in a
    # plain header line inside the article block; the headline is an unscored <h1>.
    name = "某某金融监督管理总局"
    page = f"""<html><head><title>{name}</title></head><body><div class="main"><div class="article">
<div>{name}</div><h1>{NOTICE}</h1><div class="info">发布时间：2025-06-03</div>
<div class="con">{body_html()}</div></div></div></body></html>"""
    assert clean(page).title == NOTICE


def test_page_tools_and_source_notes_printed_inside_the_body_cell_are_not_body_text():
    # The last lines real templates print inside the article's own container: a portal's
    # "back to the portal" link glued to the last sentence, a newspaper's print source note,
    # empty attachment labels, a "scan to read on the phone" line and a page-number pager.
    last = PARAS[-1]
    tools = (f"<p>{last}<a href='//www.example.com/?spm=x'>返回搜狐，查看更多</a></p>"
             "<p>《某某日报》（2024年01月29日 04版）</p><p>相关附件</p><p>附件：</p>"
             "<div class='ewm'><span>扫一扫在手机上查看当前页面</span></div><p>[1] [2] [3]</p>")
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="article"><h1>{HEADLINE}</h1>
<div class="info">发布时间：2019-09-05 11:10</div><div class="TRS_Editor">{body_html(PARAS[:-1])}{tools}</div></div></body></html>"""
    assert clean(page).paragraphs == PARAS


def test_a_newspaper_byline_with_a_box_bullet_under_the_text_is_the_author_not_body():
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="article"><h1>{HEADLINE}</h1>
<div class="info">发布时间：2019-09-05 11:10</div><div class="rm_txt_con">{body_html()}<p>□ 本报记者王小明</p></div></div></body></html>"""
    result = clean(page)
    assert result.paragraphs == PARAS and result.authors == ["王小明"]


def test_a_notice_title_set_again_in_centred_lines_at_the_top_of_the_text_is_not_body():
    lines = ["某省教育厅办公室关于举办", "2024年全省高校“传统文化进校园”", "主题宣传教育活动的通知"]
    title = "".join(lines)
    centred = "".join(f'<p style="text-align:center"><strong>{line}</strong></p>' for line in lines)
    page = f"""<html><head><title>{title} - 某省教育厅</title><meta name="ArticleTitle" content="{title}"></head><body>
<div class="moe-detail-box"><h1>{title}</h1><div class="moe-detail-shuxing">发布日期：2024-06-13 来源：某省教育厅</div>
<div class="TRS_Editor">{centred}{body_html()}</div></div></body></html>"""
    result = clean(page)
    assert result.title == title and result.paragraphs == PARAS


def test_a_disclosure_record_table_inside_the_body_container_is_not_body():
    # A city health commission's notice: the record card (索取号 | 发布时间 | 发布机构 | 备注
    # over a row of values) printed inside the text container, above the notice.
    pad = "\n" + " " * 40  # the template's indentation: the card is short in text, not in bytes
    cells = [["索取号", "发布时间", "发布机构", "备注"],
             ["000000000Q/2024-00112", "2024-05-11", "某市卫生健康委员会", "某卫基层〔2024〕5号"]]
    card = "<table class='xxgk'>" + "".join(
        "<tr>" + "".join(f"<td>{pad}{cell}{pad}</td>" for cell in row) + "</tr>" for row in cells) + "</table>"
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="main"><h2 class="title">{HEADLINE}</h2>
<div id="ivs_content" class="Article_content">{card}{body_html()}</div></div></body></html>"""
    assert clean(page).paragraphs == PARAS


def test_an_original_headline_note_and_image_links_at_the_edges_are_not_body():
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="article"><h1>{HEADLINE}</h1>
<div class="info">发布时间：2019-09-05 11:10</div><div class="rm_txt_con"><p>原标题：推进会部署下一阶段营商环境重点任务</p>
<p><a href="/img/1.jpg">点击看大图</a></p><p>资料图：会议现场</p>{body_html()}</div></div></body></html>"""
    assert clean(page).paragraphs == PARAS


def test_image_captions_with_a_photographers_credit_are_not_body():
    # Captions printed as paragraphs of their own under the pictures, at either edge of the
    # text and between its paragraphs, credited the ways real pages credit them.
    captions = ["在某市某区志愿服务活动现场，志愿者为群众讲解急救知识。 某某 摄",
                "某县组织志愿服务活动。某县委宣传部供图",
                "2月17日，在某市血液中心，康复病人在献血时拍照留念。新华社记者 某某 摄",
                "会议现场（资料图片）", "推进会现场 某某/摄"]
    paras = [captions[0], PARAS[0], captions[1], PARAS[1], captions[2], PARAS[2], captions[3], PARAS[3], captions[4]]
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="article"><h1>{HEADLINE}</h1>
<div class="info">发布时间：2019-09-05 11:10</div><div class="TRS_Editor">{body_html(paras)}</div></div></body></html>"""
    assert clean(page).paragraphs == PARAS


def test_a_document_that_is_itself_a_long_table_keeps_its_table():
    # A penalty list whose columns happen to be named like a record card's fields.
    rows = "".join(f"<tr><td>某金罚决字〔2024〕{k}号</td><td>2024-07-0{k}</td>"
                   f"<td>某某保险公司第{k}分公司未按照规定使用经备案的保险条款，对该公司罚款{k}0万元，并对相关责任人员给予警告。</td></tr>"
                   for k in range(1, 10))
    page = f"""<html><head><title>{NOTICE}</title></head><body><div class="main"><h1>{NOTICE}</h1>
<div class="content">{body_html(PARAS * 2)}<table><tr><td>文号</td><td>发布日期</td><td>备注</td></tr>{rows}</table></div></div></body></html>"""
    paragraphs = clean(page).paragraphs
    assert paragraphs[:4] == PARAS
    assert paragraphs[-1].startswith("某某保险公司第9分公司") and "文号" in paragraphs


def test_a_notices_signature_and_attachment_list_under_the_text_are_not_body():
    tail = ["附件：1.知识竞赛工作要求", "2.作品报送要求", "3.活动成果征集表", "某省教育厅办公室", "2024年5月30日"]
    page = f"""<html><head><title>{NOTICE}</title></head><body><div class="main"><h1>{NOTICE}</h1>
<div class="info">发布日期：2024-06-13</div><div class="TRS_Editor">{body_html(PARAS + tail)}</div></div></body></html>"""
    assert clean(page).paragraphs == PARAS
    # A table's last cells (a field name over a date) are the document's own, not a signature.
    cells = [*PARAS, *PARAS_TAIL, "作出处罚决定的日期", "2024年7月8日"]
    page = page.replace(body_html(PARAS + tail), "<table>" + "".join(f"<tr><td>{c}</td></tr>" for c in cells) + "</table>")
    assert clean(page).paragraphs == cells


# 8. Found on the fresh split once it was opened for tuning (2026-12-02) --------------------

def test_an_article_wrapped_in_the_cms_article_form_keeps_its_short_body():
    # A university news page of a Visual SiteBuilder template: the whole article (headline,
    # info line, four paragraphs) sits in a <form name="_newscontent_fromname">, shorter than
    # the navigation and footer lists around it.
    nav = "".join(f'<li><a href="/c{k}.htm">栏目名称{k}</a></li>' for k in range(40))
    footer = "".join(f'<li><a href="/s{k}.htm">校园服务{k}</a><p>服务说明文字{k}</p></li>' for k in range(30))
    page = f"""<html><head><title>{HEADLINE}-新闻网</title></head><body><div class="nav"><ul>{nav}</ul></div>
<div class="jyjx-box"><form name="_newscontent_fromname"><div class="art-main"><div class="art-tit"><h3>{HEADLINE}</h3>
<p><span>发布日期：2025-04-30 15:55</span><span>来源：宣传部</span></p></div>
<div class="art-body"><div id="vsb_content_2"><div class="v_news_content">{body_html()}</div></div></div></div></form></div>
<div class="footer2"><ul class="icons-box">{footer}</ul></div></body></html>"""
    result = clean(page)
    assert result.paragraphs == PARAS
    assert result.title == HEADLINE and result.published_at == "2025-04-30T15:55:00+08:00"


def comments_html(n: int = 2) -> str:
    """A WordPress comment list: readers' replies, each longer than the post (a reader
    pasted a whole article of his own)."""
    items = "".join(
        f'<li class="alt" id="comment-{4600 + k}"><a name="comment-{4600 + k}"><cite>读者{k}</cite>的评论</a><br />'
        f'<small class="commentmetadata">September {k + 1}th, 2005 at 7:{10 + k} pm</small>'
        + "".join(f"<p>第{k}位读者的第{j}点看法：这项工作的方向是对的，但基层落实还需要更多细致的配套措施和耐心的解释说明。</p>"
                  for j in range(16)) + "</li>"
        for k in range(n))
    return f'<h3 id="comments">《{HEADLINE}》已有{n}件评论</h3><ol class="commentlist">{items}</ol>'


def test_readers_comments_in_the_article_cell_are_not_body_however_long():
    page = f"""<html><head><title>某某博客 &raquo; {HEADLINE}</title></head><body><table><tr><td class="px3">
<p>{HEADLINE}</p>{body_html()}{comments_html()}
<h3 id="respond">发表评论</h3><form action="/wp-comments-post.php" id="commentform"><p><small>发表名</small></p></form>
</td></tr></table></body></html>"""
    assert clean(page).paragraphs == PARAS


def test_a_name_list_table_keeps_every_row_with_its_repeated_rank():
    # A bureau's notice of professional titles: the same rank is printed in every row (in
    # Word's <p><span> cells), so a row per line keeps it; cell by cell it read as a
    # paragraph repeated 6 times and 5 of them were dropped.
    people = [("张某", "某市博物馆"), ("李某", "某县文物保护管理所"), ("王某", "某区文化馆"),
              ("赵某", "某市图书馆"), ("钱某", "某市美术馆"), ("孙某", "某县非遗保护中心")]
    cell = '<td width="138" valign="center"><p style="margin:0px;text-align:center"><span style="font-family:仿宋_GB2312">{}</span></p></td>'
    rows = "".join("<tr>" + "".join(cell.format(v) for v in (k, name, unit, "副研究馆员")) + "</tr>"
                   for k, (name, unit) in enumerate(people, 1))
    head = "<tr>" + "".join(cell.format(v) for v in ("序号", "姓名", "工作单位", "拟任资格")) + "</tr>"
    page = f"""<html><head><title>{NOTICE}</title></head><body><div class="main"><h1>{NOTICE}</h1>
<div class="info">发布日期：2020-12-29</div><div class="TRS_Editor">{body_html(PARAS[:1])}<p>一、文物博物专业</p>
<table style="border-collapse:collapse">{head}{rows}</table>{body_html(PARAS[1:])}</div></div></body></html>"""
    paragraphs = clean(page).paragraphs
    assert paragraphs[:3] == [PARAS[0], "一、文物博物专业", "序号｜姓名｜工作单位｜拟任资格"]
    assert paragraphs[3:9] == [f"{k}｜{name}｜{unit}｜副研究馆员" for k, (name, unit) in enumerate(people, 1)]
    assert paragraphs[9:] == PARAS[1:]


def test_a_time_printed_in_greenwich_time_is_converted_to_beijing_time():
    # A world-service page: the only printed date is its update stamp, in GMT.
    page = f"""<html><head><title>某某中文网 - {HEADLINE}</title></head><body><div id="blq-content">
<div class="g-container"><h1>{HEADLINE}</h1></div><div class="g-container"><div class="datestamp">
<span class="lastupdated">更新时间</span>&nbsp;2012年12月10日, 格林尼治标准时间10:41</div></div>
<div class="bodytext">{body_html()}</div></div></body></html>"""
    assert clean(page).published_at == "2012-12-10T18:41:00+08:00"


def test_dates_printed_in_words_are_read_and_comment_dates_are_not():
    # A translated WordPress template: "十一月 6th, 2009" beside the post, readers' comments
    # dated later under it.
    page = f"""<html><head><title>{HEADLINE} | 某某博客</title></head><body><div class="post">
<h2><a href="/1513.html" rel="bookmark">{HEADLINE}</a></h2><span class="post-cat"><a href="/misc">其它内容</a></span>
<span class="post-calendar">十一月 6th, 2009</span><div class="post-content">{body_html()}</div>
<ol class="commentlist"><li id="comment-2777"><cite>读者</cite> 评论道:<small class="commentmetadata"><a href="#comment-2777">十一月 7th, 2009 at 12:02 下午</a></small><p>写得好。</p></li></ol>
</div></body></html>"""
    result = clean(page)
    assert result.published_at == "2009-11-06T00:00:00+08:00" and result.paragraphs == PARAS
    # An English dateline with a clock at the top of the text cell beats the masthead's
    # "today" stamp of the day the page was saved.
    page = f"""<html><head><title>某某博客 &raquo; {HEADLINE}</title></head><body>
<table><tr><td class="px1">2006年12月27日（京港台时间）</td></tr></table><table><tr><td width="666">
<p><img src="pic1.gif"> Saturday, September 10th, 2005 &nbsp; 10:56 am </p>
<p align="center"><font size="5">{HEADLINE}</font></p>{body_html()}</td></tr></table></body></html>"""
    assert clean(page).published_at == "2005-09-10T10:56:00+08:00"


def test_a_date_in_a_cite_under_the_headline_beats_a_lead_that_opens_with_a_date():
    lead = "日期：1月21日，某市召开优化营商环境工作推进会，总结前一阶段工作，部署下一步重点任务。"
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div id="articles" class="articles">
<strong><h1>{HEADLINE}</h1></strong><span class="subtitle"></span><cite><a href="/cobrand/">某某新闻网</a> (2020-01-21 11:12)</cite>
<div class="pcont">{body_html([lead, *PARAS[1:]])}</div></div></body></html>"""
    result = clean(page)
    assert result.published_at == "2020-01-21T11:12:00+08:00" and result.paragraphs[0] == lead


def test_a_title_naming_site_and_channel_first_gives_the_headline_not_the_channel():
    # A city bureau's TRS page: <title>网站_栏目_标题</title>, the channel in <meta ColumnName>
    # and in the breadcrumb; the headline in an <h3 id="title">.
    page = f"""<html><head><meta name="SiteName" content="某市文化和旅游局"><meta name="ColumnName" content="行业传真">
<meta name="ArticleTitle" content="{HEADLINE}"><title>某市文化和旅游局_行业传真_{HEADLINE}</title></head><body>
<div class="crumbs"><a href="../../../">首页</a>&gt;<a href="../">行业传真</a></div><div class="pageArticle">
<div class="pageArticleTitle"><h3 class="gp-f24" id="title">{HEADLINE}</h3></div><div class="articleAuthor">发布日期：2019-01-10</div>
<div class="view TRS_UEDITOR">{body_html()}</div></div></body></html>"""
    assert clean(page).title == HEADLINE


def test_a_blog_title_naming_the_blog_first_gives_the_post_headline_in_a_large_font_line():
    page = f"""<html><head><title>某某博客  &raquo; {HEADLINE}</title></head><body><table><tr><td width="666">
<p>2005年9月10日</p><p align="center"><font size="5">{HEADLINE}</font></p>{body_html()}
<h3 id="respond">发表评论</h3><form id="commentform"><p><small>发表名</small></p></form></td></tr></table></body></html>"""
    assert clean(page).title == HEADLINE
    # The same mark with the blog's name last: the post's <h2> is still the headline.
    page = f"""<html><head><title>{HEADLINE} &raquo; 某某博客</title></head><body><div class="post">
<h2 class="entry-title">{HEADLINE}</h2><div class="entry">{body_html()}</div></div></body></html>"""
    assert clean(page).title == HEADLINE


def test_a_headline_set_in_bold_above_the_text_wins_over_a_channel_title():
    # An art portal of 2003: <title>网站>栏目</title>, the channel also a breadcrumb link, the
    # headline a bold line in the cell above the text cell.
    page = f"""<html><head><title>某某艺术网&gt;艺术教育</title></head><body><table><tr>
<td class="p12">您的位置：<a href="/home.shtml">主页</a>&gt;<a href="/edu/index.shtml">艺术教育</a>&gt;<a href="list.shtml">院校招生资讯</a></td></tr></table>
<table><tr><td align="center"><table><tr><td><p><strong> <br>{HEADLINE}</strong></p></td></tr></table></td></tr>
<tr><td>{"<br>".join(PARAS)}</td></tr></table></body></html>"""
    assert clean(page).title == HEADLINE
    # A magazine's forum page whose <title> says nothing ("显示"): the centred bold line.
    page = f"""<html><head><title>显示</title></head><body style="background-color: #FFF4E4">
<p align='center'><font color=darkblue><strong>{HEADLINE}</strong></font></p><hr size='1'>
<p> 某某<br><br>{"<br>".join(PARAS)}</p></body></html>"""
    assert clean(page).title == HEADLINE


def test_a_standfirst_printed_in_its_own_block_before_the_body_container_is_not_the_text():
    # A broadcaster's article page: the standfirst in <p class="t-content__chapo">, then the
    # body container, with an empty ad slot opening it; the author line above the standfirst.
    # A box printed apart from the block holding the text's paragraphs is not the text (the
    # label rule of stop 31; until then this standfirst opened the text).
    page = f"""<html><head><title>{HEADLINE} - 某某广播电台</title></head><body><article class="t-content">
<h1 class="t-content__title">{HEADLINE}</h1><div class="m-author"><span>作者：</span><a href="/author/1">某某</a> 7 分钟</div>
<p class="t-content__chapo">{PARAS[0]}</p><div class="t-content__body"><div class="m-interstitial"><div class="m-block-ad"><span>广告</span></div></div>
{body_html(PARAS[1:] + PARAS_TAIL)}</div></article></body></html>"""
    assert clean(page).paragraphs == PARAS[1:] + PARAS_TAIL


def test_a_magazines_credits_and_subscription_trailer_after_the_article_are_not_body():
    # A WeChat article republishing a magazine piece: the article, then the credits (one a
    # line, full-width spaces inside the roles), subscription notes and "about us".
    about = ["《某某》半月刊创刊于1989年，是一份以人物报道为重点的新闻半月刊，每月1日、16日出版，由某某单位主管主办，多年来坚持正确的舆论导向。",
             "为了适应媒体融合发展的行业趋势，《某某》组建了新媒体发展机构，积极发展新媒体新业态，更好地满足读者需要。",
             "为时代点赞"]
    trailer = ["——原文刊载于《某某》半月刊", "作　者：某甲　某乙", "编　辑：某丙", "编　审：某丁", "欢迎订阅纸本期刊",
               "国内统一刊号：CN11-0000/C", "转载须知：", "关于我们", *about]
    sections = "".join(f'<section style="text-indent:0em;"><span style="font-size:15px">{t}</span></section>' for t in trailer)
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{HEADLINE}</h1><div class="rich_media_content" id="js_content">
{body_html(PARAS + PARAS_TAIL)}{sections}</div></div></body></html>"""
    assert clean(page).paragraphs == PARAS + PARAS_TAIL + ["——原文刊载于《某某》半月刊"]
    # Credits inside the article's first half, or followed by more text than precedes them,
    # end nothing.
    early = ["文｜某丙", "图｜某丁"]
    page = page.replace(body_html(PARAS + PARAS_TAIL), body_html(PARAS[:1] + early + PARAS[1:] + PARAS_TAIL)).replace(sections, "")
    assert clean(page).paragraphs == PARAS[:1] + early + PARAS[1:] + PARAS_TAIL


def test_an_abstract_printed_as_the_texts_first_paragraph_is_not_body():
    abstract = "[摘要：会议总结了前一阶段优化营商环境的工作，部署了下一步的重点任务，并通报了第三方评估结果。]"
    page = f"""<html><head><title>{HEADLINE}_某某财经</title></head><body><div class="details"><h2 class="con1_ltle">{HEADLINE}</h2>
<span class="con1_date">2015-07-03 12:06:51</span></div><div class="entext"><p class="f_center"><img src="a.jpg"></p>
<p><span><font face="楷体">{abstract}</font></span></p>{body_html()}</div></body></html>"""
    assert clean(page).paragraphs == PARAS


@pytest.mark.parametrize("note", [
    "本文为某某网授权某某财经《某栏目》发布，转载请注明出处。本文仅为作者观点，不代表本站立场。",
    "本文仅代表作者个人观点，与本站无关。",
    "作者为专栏作家、商业模式评论人。",
    "作者某某，为某某网旗下原创专栏作者。",
    "文章综合自：某某日报、某某发布、某某区融媒体中心",
    "转自《某某科技报》",
    "（本文发表于首页批评与建议，已被阅读178次）",
    "本文通告引用(Trackback)链接: /wp-trackback.php?p=1700",
    "【热门点阅】●某地推出便民服务新举措",
    "（责任编辑：某某 / 编发：某某 / 图片来源：某处）",
    # Page tools printed in the text's container.
    "【字体：大 中 小】",
    "字体：[ 大 中 小 ]",
    "浏览次数：100",
    "页面功能 【我来说两句】【我要“揪”错】【推荐】【打印】 【关闭】",
    "【我来说两句】【推荐】【打印】【关闭】",
])
def test_a_reprints_notes_and_page_tools_under_the_text_are_not_body(note):
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="main"><h1>{HEADLINE}</h1>
<div class="info">发布时间：2019-09-05 11:10</div><div class="TRS_Editor">{body_html([*PARAS, note])}</div></div></body></html>"""
    assert clean(page).paragraphs == PARAS


def test_picture_labels_before_the_first_sentence_and_after_the_last_are_not_body():
    # A university news page: a picture with its label under the last paragraph, another
    # above the first; labels inside the text and short headings between paragraphs stay.
    paras = ["会议现场", PARAS[0], "一、总体情况", PARAS[1], "会场一角", *PARAS[2:], "座谈交流现场", "与会人员合影"]
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="main"><h1>{HEADLINE}</h1>
<div class="info">发布时间：2019-09-05 11:10</div><div class="v_news_content">{body_html(paras)}</div></div></body></html>"""
    assert clean(page).paragraphs == paras[1:-2]


def test_the_document_number_under_the_headline_opens_the_text():
    # The headline block prints the title and, on its own line, the document number; the
    # text container beside it starts with a table. The number is the text's first line.
    rows = "".join(f"<tr><td>{k}</td><td>某某保险公司第{k}分公司</td><td>罚款{k}0万元</td></tr>" for k in range(1, 4))
    page = f"""<html><head><title>某某金融监督管理总局</title><meta name="ArticleTitle" content="{NOTICE}{NUMBER}"></head><body>
<div class="container"><div class="wenzhang-title">{NOTICE}<br>{NUMBER}</div><div class="pages-date">发布时间：2025-06-03</div>
<div class="wenzhang-content"><table><tr><td>序号</td><td>当事人名称</td><td>行政处罚内容</td></tr>{rows}</table>{body_html(PARAS)}</div>
</div></body></html>"""
    result = clean(page)
    assert result.title == NOTICE
    assert result.paragraphs[:2] == [NUMBER, "序号｜当事人名称｜行政处罚内容"] and result.paragraphs[-4:] == PARAS


def test_a_label_cell_and_its_value_cell_read_as_one_info_line():
    # A county portal's info table at the top of the text cell: 发布日期： | 2024-01-10,
    # 来源： | 某某局. Read row by row, a label reads on into its value (no ｜ between them).
    info = "<table><tr><td>发布日期：</td><td>2024-01-10</td></tr><tr><td>来源：</td><td>某县文化和旅游局</td></tr></table>"
    page = f"""<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>
<div class="content">{info}{body_html()}</div></body></html>"""
    result = clean(page)
    assert result.paragraphs == PARAS
    assert result.published_at == "2024-01-10T00:00:00+08:00" and result.media == "某县文化和旅游局"


def test_a_title_naming_the_public_body_and_channel_first_gives_the_printed_headline():
    # The same TRS shape without <meta ArticleTitle>: 某市文化和旅游局_行业传真_标题.
    page = f"""<html><head><title>某市文化和旅游局_行业传真_{HEADLINE}</title></head><body>
<div class="crumbs"><a href="../../../">首页</a>&gt;<a href="../">行业传真</a></div><div class="pageArticle">
<div class="pageArticleTitle"><h3 class="gp-f24" id="title">{HEADLINE}</h3></div><div class="articleAuthor">发布日期：2019-01-10</div>
<div class="view TRS_UEDITOR">{body_html()}</div></div></body></html>"""
    assert clean(page).title == HEADLINE


def test_a_title_that_is_only_the_regulators_name_is_not_cut_into_the_headline():
    # An Angular regulator page without <meta ArticleTitle>: <title> is the regulator's name,
    # the headline block starts with it; the text is a table whose cells are centred.
    rows = "".join(f'<tr><td align="center">{k}</td><td align="center">某某保险公司第{k}分公司</td>'
                   f'<td align="center">罚款{k}0万元</td></tr>' for k in range(1, 4))
    notice = "某某金融监督管理总局某省监管局行政处罚信息公开表"
    page = f"""<html><head><title>某某金融监督管理总局</title></head><body>
<div class="container"><div class="wenzhang-title">{notice}<br>{NUMBER}</div><div class="pages-date">发布时间：2025-06-03</div>
<div class="wenzhang-content"><table><tr><td>序号</td><td>当事人名称</td><td>行政处罚内容</td></tr>{rows}</table>{body_html(PARAS)}</div>
</div></body></html>"""
    assert clean(page).title == notice


# 9. Tuned on fresh2 after its one-time score (2026-12-02) ------------------------------------

ROC_PARAS = [
    "一、日期：",
    "中華民國115年3月10日（星期二）0600時至115年3月11日（星期三）0600時止。",
    "二、活動動態：",
    "迄0600時止，本部偵測到周邊海域船艦若干艘持續活動，相關單位均依規定嚴密監控並妥適應處。",
]


def roc_notice(date_line: str, paras: list[str] = ROC_PARAS) -> str:
    # A Taiwan ministry notice: the date printed in a bare span of the page-info row as a
    # Minguo year (115 = 2026), the era named only in the text.
    return f"""<html><head><title>某部 - 全球資訊網 - 新聞與公告 - 周邊動態</title></head><body>
<div class="pagewrap"><div class="pageinfo"><span class="body-1 tag">周邊動態</span>
<span class="body-2">{date_line}</span><span class="body-1">發布單位：某某局</span></div>
<div class="maincontent"><p>周邊海域動態</p>{body_html(paras)}</div></div></body></html>"""


@pytest.mark.parametrize("date_line", ["115.03.11", "115/03/11", "115/3/11", "115年3月11日"])
def test_a_bare_minguo_year_on_a_page_naming_the_era_is_read_as_gregorian(date_line):
    assert clean(roc_notice(date_line)).published_at == "2026-03-11T00:00:00+08:00"


def test_a_minguo_date_with_its_era_name_is_read_anywhere():
    from pipelines.dates import has_year, parse_date

    assert parse_date("發布日期：中華民國115年3月11日") == "2026-03-11T00:00:00+08:00"
    assert parse_date("民国99年12月1日 14:30") == "2010-12-01T14:30:00+08:00"
    assert has_year("中华民国115年3月11日")


def test_a_three_digit_number_is_no_minguo_year_without_the_era_on_the_page():
    from pipelines.dates import parse_date

    plain = [p.replace("中華民國", "") for p in ROC_PARAS]
    assert clean(roc_notice("115.03.11", plain)).published_at is None
    # Version numbers and years out of range stay unread even when the era is named.
    assert parse_date("版本 1.115.03.11", minguo=True) is None
    assert parse_date("第150.03.11號", minguo=True) is None


US_PAGE = """<html><head><title>某某论坛</title></head><body><div align="center"><table class="normal">
<tr><td align="center"><b><br><font size="3" color="blue">{headline}</b></font><br></td></tr>
<tr><td><br><div align="left"><font size="3" color="#008000">作者： &nbsp;&nbsp;来源：
&nbsp;&nbsp;发表日期： {stamp}</font></div></td></tr>
<tr><td><font size="3">{body}</font></td></tr></table></div></body></html>"""


@pytest.mark.parametrize(("stamp", "iso"), [
    ("7/5/2005 9:23:57 PM", "2005-07-05T21:23:57+08:00"),
    ("9/17/2004 5:54:13 AM", "2004-09-17T05:54:13+08:00"),
    ("12/1/2004 12:05:00 AM", "2004-12-01T00:05:00+08:00"),
    ("7/25/2005", "2005-07-25T00:00:00+08:00"),
    ("25/7/2005 10:00", "2005-07-25T10:00:00+08:00"),
])
def test_a_month_first_us_date_is_read_month_first(stamp, iso):
    page = US_PAGE.format(headline=HEADLINE, stamp=stamp, body="".join(f"<p>{p}" for p in PARAS))
    assert clean(page).published_at == iso


def test_an_ambiguous_slashed_date_without_a_12_hour_clock_is_not_guessed():
    from pipelines.dates import parse_date

    assert parse_date("7/5/2005 21:23") is None
    assert parse_date("7/5/2005 9:23 PM") == "2005-07-05T21:23:00+08:00"


@pytest.mark.parametrize("greeting", ["谢谢您访问〖某某研究中心〗", "欢迎访问某某研究会网站——为您提供最新资讯与评论", "Welcome to Some Forum"])
def test_a_title_that_greets_the_visitor_is_no_headline_the_printed_heading_is(greeting):
    # An old ASP forum: every page's <title> is the site's greeting; the headline is printed
    # bold in a centred table cell above the byline row.
    page = US_PAGE.format(headline=HEADLINE, stamp="7/5/2005 9:23:57 PM",
                          body="".join(f"<p>{p}" for p in PARAS)).replace("某某论坛", greeting)
    result = clean(page)
    assert result.title == HEADLINE and result.paragraphs == PARAS


def test_a_headline_that_opens_with_welcome_words_stays_a_headline():
    from pipelines.pagefacts import site_like

    assert not site_like("欢迎新同学入学典礼在我校隆重举行")
    assert site_like("欢迎光临某某网")


def test_a_short_later_page_of_a_paginated_story_keeps_its_text_inside_a_print_area():
    # Page 8 of a news portal's paginated story: a few paragraphs inside the article's
    # printable area (id="print_area", a widget word), the pager under them, and a sidebar
    # with one line of text beside. Under 600 characters, the print area was taken for a
    # widget and the sidebar's line came out as the body.
    paras = PARAS[:3]
    pager = ('<div id="displaypagenum"><p><center><a href="p7.htm" class="page">上一页</a> '
             '<a href="p1.htm" class="page">1</a> <span class="page">...</span> '
             '<a href="p7.htm" class="page">7</a> <span>8</span></center></p></div>')
    page = f"""<html><head><title>{HEADLINE}_某某网</title></head><body>
<div class="wp cl"><div class="main"><div class="article"><div id="print_area">
<h2 id="article_title">{HEADLINE}</h2><div class="meta"><span class="pub_time">2016-01-19 09:16</span></div>
<div class="content" id="content">{body_html(paras)}{pager}</div></div></div></div>
<div class="side"><div class="tab-ct-col activity"><p class="join-content">我们将从投稿中挑选优秀作品陆续展示并请读者投票。</p></div></div>
</div></body></html>"""
    result = clean(page)
    assert result.paragraphs == paras
    assert result.published_at == "2016-01-19T09:16:00+08:00"


def test_a_table_of_fields_stays_the_body_when_a_statement_under_it_holds_sentences():
    # A regulator's penalty table (no running text) with the copyright-and-disclaimer block
    # under the page's wrapper: asked again with the statement's sentences spared, the body
    # must not become a wrapper around the table and the statement.
    rows = "".join(f"<tr><td>{k}</td><td>某某财产保险股份有限公司某省分公司某市中心支公司第{k}营业部</td><td>编制虚假资料</td>"
                   f"<td>警告并罚款{k}0万元</td></tr>" for k in range(1, 13))
    statement = ("<div class='banquanmianze'><p>版权与免责声明：</p><p>凡本网注明来源的作品，版权均属本网所有，"
                 "未经授权不得转载、摘编或以其他方式使用。</p><p>媒体、网站或个人转载使用时必须注明文章来源，"
                 "并自负法律责任，本网保留追究的权利。</p></div>")
    page = f"""<html><head><title>某某监管局</title></head><body><div class="container">
<div class="wenzhang-title">某某监管局行政处罚信息公开表</div><div class="pages-date">发布时间：2025-06-03</div>
<div class="wenzhang-content"><table><tr><td>序号</td><td>当事人名称</td><td>行政处罚内容</td></tr>{rows}</table></div>
</div>{statement}</body></html>"""
    result = clean(page)
    assert result.paragraphs[-1].endswith("警告并罚款120万元")
    assert not any("转载" in p for p in result.paragraphs)


@pytest.mark.parametrize("marks", ["- -", " |", "--", " _"])
def test_a_blog_templates_separator_after_the_headline_is_cut_off(marks):
    # An old blog host: the post's heading carries the template's separator ("标题- -").
    page = f"""<html><head><title>某某的博客</title></head><body><div id="container">
<div id="header"><h1 class="title"><a href="index.html">某某的博客</a></h1></div>
<div class="entity"><h2 class="diaryTitle">{HEADLINE}{marks}</h2>{body_html()}
<div class="diaryFoot">- 作者： 某某 2005年08月30日, 星期二 13:22</div></div></div></body></html>"""
    assert clean(page).title == HEADLINE


def test_a_blog_headline_linked_to_its_own_page_above_its_byline_is_the_headline():
    # An ASP blog: <title> is the blog's name; the post's headline is a link (to the post
    # itself) in a large bold line, its byline with the date on the next line of the cell.
    page = f"""<html><head><title>Some-Blog blog--某某一叶</title></head><body><table><tr>
<td><a href="blog.asp?name=x">首页</a> <a href="blog.asp?name=x&amp;c=2">文集</a></td>
<td><table><tr><td><font size="4"><strong><img src="face.gif"><a href="more.asp?name=x&amp;id=7">{HEADLINE}</a></strong></font><br>
<a href="blog.asp?name=x">某某</a> 发表于 2005-9-15 11:46:00</td></tr>
<tr><td><table><tr><td>{body_html()}</td></tr></table></td></tr></table></td></tr></table></body></html>"""
    result = clean(page)
    assert result.title == HEADLINE and result.paragraphs == PARAS
    assert result.published_at == "2005-09-15T11:46:00+08:00"


def test_a_linked_bold_line_without_a_byline_stays_a_link():
    # A bold link in a list with no dated byline of its own is a menu entry, not a headline.
    page = f"""<html><head><title>某某的博客</title></head><body>
<div><p><b><a href="other.html">另一篇文章的标题在这里</a></b></p></div>
<div class="post">{body_html()}</div></body></html>"""
    assert clean(page).title != "另一篇文章的标题在这里"


def test_a_clock_printed_before_its_day_is_read_with_it():
    # A Hong Kong portal's info row: the clock first, then the day, in two spans.
    info = '<span class="channel">金融經濟</span><span class="info_date"><span class="font-en">19:05</span> <span class="font-en">2020/02/28</span></span>'
    result = clean(article_page(info=info))
    assert result.published_at == "2020-02-28T19:05:00+08:00"


def test_a_readers_comment_dated_under_the_article_is_not_its_date():
    # An old ASP site: the article's day printed above the text with a read counter, a
    # reader's comment under it with its own labelled "发表时间".
    comment = ('<table><tr><td colspan="2">发表人：550</td></tr><tr><td><table><tr>'
               '<td>发表人邮件：<a href="mailto:reader@example.invalid">reader@example.invalid</a></td>'
               '<td align="right">发表时间：2004-12-11 9:51:00</td></tr></table></td></tr>'
               '<tr><td colspan="2">请问在哪里可以看到会议论文的全文？</td></tr></table>')
    page = f"""<html><head><title>{HEADLINE}</title></head><body><table>
<tr><td align="center"><b>{HEADLINE}</b></td></tr>
<tr><td align="center" style="font-size:9pt">2004-12-10&nbsp;&nbsp;&nbsp;阅读10544次</td></tr>
<tr><td><font class="news">{body_html()}</font></td></tr></table>{comment}</body></html>"""
    assert clean(page).published_at == "2004-12-10T00:00:00+08:00"
