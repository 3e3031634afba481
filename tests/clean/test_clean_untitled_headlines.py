# ruff: noqa: E501  (Chinese test strings)
"""Headlines of pages whose ``<title>`` states nothing of the story (none at all, or only the
column's name): what is printed before the text decides, and a column's or a box's heading,
an info table's field name, a subtitle or the site's line never wins over the item's own
headline. Each page is a real template's shape with text written here (stop 23, the
``notitle``/``title-channel`` misses on the opened splits):

1. a TV news site's story: ``<div class="title"><h1>`` headline, then a box of the group's
   channels headed ``<h6>某某财经</h6>`` between it and the text. With nothing stated to
   match, the box's heading won for sitting nearer the text in the same block;
2. a government portal's news item (an ASP.NET CMS): the logo's ``<h1>`` links to
   ``Default.aspx`` (the home page), the column's ``<h2 class="title">即时新闻</h2>``, then
   the item's headline in a plain ``<td>`` of a ``<dl><dt>`` table beside a print link.
   The office's name and the column's name won; a short name above a longer line printed
   nearer the text heads the column, not the story;
3. a market regulator's disclosure page: an info table of label cells (``<td><strong>名称
   </strong></td>`` with no colon) whose last label ``相关信息`` has an empty value. The empty
   field's name won; a table cell of six characters with a cell after it is a field's
   name, and a label cell needs no colon to name the document;
4. a provincial government's notice: its headline centred and bold over four lines in the
   text, the info table's ``标  题：`` field naming it whole. The first line alone won;
5. a city portal's commentary: the headline in a ``<p>``, its ``——`` subtitle in a ``<div>``
   under it, then the site's name and address. The subtitle won;
6. a newspaper's e-paper story: a title-classed block holding the headline's cell, the
   summary's cell and the tools (``在线荐稿 联系记者``). The whole block won, tools and all;
7. a news site's story whose headline is a ``<div>`` set bold and large by its style (the
   ``headings-plain`` perturbation), under a ``<title>`` with a site's name after ``——`` or
   a keyword list after a hyphen: nothing matched and the whole ``<title>`` came back. A
   bold or large line printed alone whose words the ``<title>`` holds is the headline;
8. an old portal's story laid out in a table, no ``<title>``: the text's cell opens with a
   picture whose caption ends with the photographer's credit (``李某/摄``). The caption won
   as the body's first line; a line ending with a photo credit is a caption.

Each test fails on the code before its change, except the guards named in it.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

PARAS = [
    "市交通运输局今天通报，今年前十个月全市公交客运量同比增长百分之八，地铁日均客流突破两百万人次。",
    "通报说，新开通的十二条社区巴士线路覆盖了四十多个老旧小区，居民步行到站的平均距离缩短到三百米以内。",
    "下一步，交通部门将继续优化夜间线路，并在早晚高峰加密主干道的发车班次，方便市民出行。",
]


def paras(tag: str = "p") -> str:
    return "".join(f"<{tag}>　　{p}</{tag}>" for p in PARAS)


def tv_story(title: str = "") -> str:
    """1. A TV news site's story: a box of the group's channels between headline and text."""
    return f"""{page_head(title)}
<div id="header"><ul id="nav"><li><a href="/">首页</a></li><li><a href="/fin/">财经</a></li><li><a href="/pol/">政治</a></li></ul></div>
<div id="main"><div id="left">
<div class="title"><h1>全市公交客运量前十月增长百分之八 社区巴士覆盖四十个老旧小区</h1></div>
<div class="info">2024/11/08 19:55</div>
<div class="channels"><h6>某某财经</h6><a href="/fin/">进入</a><h6>某某新闻</h6><a href="/news/">进入</a></div>
<div id="content">{paras()}</div>
</div></div></body></html>"""


def test_a_box_heading_beside_the_text_never_wins_without_a_title():
    result = cleaned(tv_story())
    assert result.title == "全市公交客运量前十月增长百分之八 社区巴士覆盖四十个老旧小区"


def test_a_box_heading_beside_the_text_with_the_title_stated_guard():
    result = cleaned(tv_story("全市公交客运量前十月增长百分之八 社区巴士覆盖四十个老旧小区-某某新闻网"))
    assert result.title == "全市公交客运量前十月增长百分之八 社区巴士覆盖四十个老旧小区"


def portal_item(title: str = "即时新闻") -> str:
    """2. An ASP.NET government portal's item: logo h1 to Default.aspx, the column's h2."""
    return f"""{page_head(title)}<form id="form1">
<div class="topbg"><div class="toplog"><h1><a href="Default.aspx" title="某某市交通运输局">某某市交通运输局</a></h1>
<div class="search"><input type="text"><a href="Search.aspx">搜索</a></div></div></div>
<div class="content"><div class="content_middle">
<h2 class="title">即时新闻</h2>
<a href="Rss_News.aspx"><img src="images/rss.png" alt="Rss"></a>
<div class="sitemap"><ul><li><a href="Content_List.aspx?n=1">即时新闻</a></li><li><a href="Content_List.aspx?n=2">公告</a></li></ul></div>
<div class="data_midlle">
<div class="news_box01"><dl><dt><table width="100%"><tr><td>公交客运量前十月增长 社区巴士线路覆盖老旧小区</td>
<td align="right"><a href="#" onclick="PrintContent();" title="列印"><img src="images/print.png" alt="友善列印"></a></td></tr></table></dt>
<dd>发布单位：运输管理科 联系人：王小明 电话：(01)2345-6789</dd></dl></div>
<div class="news_box02">{paras()}</div>
<table><tr><td class="gray01">上版日期：2024-11-08</td></tr></table>
</div></div></div></form></body></html>"""


def test_a_column_name_over_the_items_own_line_never_wins():
    for title in ("即时新闻", ""):
        result = cleaned(portal_item(title))
        assert result.title == "公交客运量前十月增长 社区巴士线路覆盖老旧小区", title


def disclosure_page(related: str = "相关信息") -> str:
    """3. A market regulator's disclosure page: label cells without colons."""
    def row(label: str, value: str) -> str:
        return (f'<tr><td class="pname" width="8%"><strong>{label}</strong></td>'
                f'<td colspan="3" class="pname" align="left"> {value}</td></tr>')
    return f"""<html><head><meta charset="utf-8"></head><body>
<table id="mainTable" width="1000" align="center"><tr><td><img src="../gk_top.gif" width="1000"></td></tr>
<tr><td><div id="printcontent">
<table class="table_index" width="95%" align="center">
{row("索 引 号", "Jtys-24-11-008")}
{row("发布机构", "市交通运输局")}
{row("公开日期", "2024-11-08")}
{row("名称", "某某市公共交通客运服务规范")}
{row("文号", "")}
{row("内容概述", "")}
{row(related, "")}
</table>
<table width="95%" align="center"><tr><td align="left"><div class="TRS_Editor">
<p>第一条　为规范公共交通客运服务，保障乘客合法权益，根据有关法律法规，制定本规范。</p>
<p>第二条　本市行政区域内公共汽电车和城市轨道交通的客运服务，适用本规范。</p>
<p>第三条　客运经营者应当按照核定的线路、站点、班次和时间提供服务，不得擅自停运或者改变线路。</p>
</div></td></tr></table></div></td></tr></table></body></html>"""


def test_an_info_tables_empty_field_name_never_wins():
    result = cleaned(disclosure_page())
    assert result.title == "某某市公共交通客运服务规范"


def jl_notice() -> str:
    """4. A provincial notice: its headline centred over four lines, named in the table."""
    field = """<table class="info"><tr><td class="l1">索 引 号：</td><td class="l2">11220000/2024-00031</td>
<td class="l1">发文机关：</td><td class="l2">某某省人民政府</td></tr>
<tr><td class="l1">标      题：</td><td colspan="3">某某省人民政府关于在城市轨道交通三号线建设用地范围内暂停办理新增建设项目审批的通告</td></tr>
<tr><td class="l1">发文字号：</td><td class="l2">某政明电〔2024〕3号</td><td class="l1">发布日期：</td><td class="l2">2024年11月08日</td></tr></table>"""
    lines = ["某某省人民政府关于在城市轨道交通", "三号线建设用地范围内暂停办理", "新增建设项目审批的通告"]
    head = "".join(f'<div style="text-align: center;"><font size="5"><b>{line}</b></font></div>' for line in lines)
    return f"""<html><head><meta charset="utf-8"></head><body>
<div class="zoom">{field}</div>
<div class="article"><div class="contents">{head}
<div style="text-align: center;"><font face="楷体">某政明电〔2024〕3号</font></div>
<div style="text-align: justify;">　　为保障城市轨道交通三号线建设顺利进行，维护相关单位和群众的合法权益，根据有关法律法规，现就有关事项通告如下：</div>
<div style="text-align: justify;">　　一、自本通告发布之日起，在三号线建设用地范围内暂停办理新增建设项目的审批、核准和备案手续。</div>
<div style="text-align: justify;">　　二、本通告自发布之日起施行，有效期至建设用地征收工作结束之日止。</div>
</div></div></body></html>"""


def test_a_headline_broken_over_four_lines_is_named_whole_by_the_info_table():
    result = cleaned(jl_notice())
    assert result.title == "某某省人民政府关于在城市轨道交通三号线建设用地范围内暂停办理新增建设项目审批的通告"


def commentary_page() -> str:
    """5. A city portal's commentary: headline, its dashed subtitle, the site's line."""
    return f"""<html><head><meta charset="utf-8"></head><body>
<div class="top"><ul><li><a href="../../">首页</a></li><li><a href="../">动态信息</a></li></ul></div>
<div class="cont_body">
<p class="all_p">让社区巴士开进每一个老旧小区</p><div>——写在全市公交服务提升行动启动之际</div>
<div class="info"><span><li class="aa">某某市政府门户网站 www.example.gov.cn</li><li class="bb">2024-11-08 09:52</li><li class="dd" onclick="window.print();">打印本页</li></span></div>
<div class="article">{paras("div")}</div></div></body></html>"""


def test_a_dashed_subtitle_and_the_sites_line_never_win():
    result = cleaned(commentary_page())
    assert result.title == "让社区巴士开进每一个老旧小区"


def epaper_story() -> str:
    """6. An e-paper story: a title-classed block with headline, summary and tools."""
    return f"""<html><head><meta charset="utf-8"></head><body>
<div class="dCon"><div class="dConL"><table><tr><td>第A01版：头版</td></tr></table></div>
<div class="dConR">
<div class="dTit2"><table><tr><td class="font01">社区巴士开进老小区</td></tr>
<tr><td class="font02">十二条线路覆盖四十多个小区，居民步行到站不超过三百米</td></tr></table>
<strong><a href="#">在线荐稿</a> <a href="#">记者博客</a> <a href="#">联系记者</a></strong></div>
<div class="dContents"><div id="ozoom">{paras()}</div></div>
</div></div></body></html>"""


def test_a_title_blocks_summary_and_tools_are_no_part_of_the_headline():
    result = cleaned(epaper_story())
    assert result.title == "社区巴士开进老小区"


def styled_story(title: str) -> str:
    """7. A news site's story whose headline is a ``<div>`` set bold and large by its style
    (no heading tag, no class), under a ``<title>`` that adds what we do not split off: a
    site's name after ``——`` or the page's keywords after a hyphen."""
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div><a href="/">首页</a> <a href="/sh/">社会</a> <a href="/cj/">财经</a></div>
<div><div style="font-weight:bold;font-size:22px">社区巴士开进老小区 居民出行更方便</div>
<div>2024年11月08日 16:55 来源：某某日报</div>
<div>{paras()}</div></div>
<div><b>相关新闻</b><ul><li><a href="/sh/1.html">地铁夜间线路延长运营</a></li></ul></div>
</body></html>"""


def test_a_headline_set_bold_by_its_style_beats_a_title_with_unsplit_additions():
    for title in ("社区巴士开进老小区 居民出行更方便——某某新闻网",
                  "社区巴士开进老小区 居民出行更方便-公交 社区巴士 老旧小区 出行"):
        assert cleaned(styled_story(title)).title == "社区巴士开进老小区 居民出行更方便", title


def picture_story() -> str:
    """8. An old portal's story in a table: the headline in a ``<th>``, the paper's name
    under it, then the text's cell opening with a picture and its caption, which ends with
    the photographer's credit."""
    return f"""<html><head><meta charset="utf-8"></head><body>
<div id="article"><table width="100%">
<tr><th class="f24"><font id="zoom1">社区巴士开进老小区 居民出行更方便(图)</font></th></tr>
<tr><td align="center"><font>某某晚报</font> 2005年03月31日 03:18</td></tr>
<tr><td class="l17"><center><img src="/img/bus.jpg"><br><font style="font-size:12px">社区巴士开进老小区，居民在家门口就能坐上车，出行更方便了 李某/摄</font></center>
{paras()}</td></tr></table></div></body></html>"""


def test_a_pictures_caption_with_its_credit_is_never_the_headline():
    assert cleaned(picture_story()).title == "社区巴士开进老小区 居民出行更方便（图）"


def city_paper_story() -> str:
    """9. A city paper's story with no ``<title>``: the group's line in bold at the top, then
    the story's cell opening with its breadcrumb, its headline (``<div class="f24"><h1>``)
    and date line."""
    return f"""<html><head><meta charset="utf-8"></head><body><div class="wrap">
<div><p class="aLLleft"><strong>某某报业集团主办</strong> 新闻热线：0000-1234567 新闻邮箱：news@example.cn</p></div>
<table><tbody><tr><td>
<p align="left"><span>当前位置：</span><a href="../../">首页</a> &gt; <a href="../">新闻</a></p>
<div class="f24" style="TEXT-ALIGN: center"><h1 style="FONT-SIZE: 18px">社区巴士开进老小区 居民出行更方便</h1></div>
<div class="f12">2013年04月19日 07:57　来源：某某晚报</div>
{paras()}
</td></tr></tbody></table></div></body></html>"""


def test_a_headline_over_the_text_inside_its_cell_beats_the_groups_bold_line_guard():
    """Guard for the first change: a heading inside the body but over its running text,
    chosen by nearness with nothing stated, stays the headline (the group's bold line
    printed before the body must not replace it)."""
    assert cleaned(city_paper_story()).title == "社区巴士开进老小区 居民出行更方便"
