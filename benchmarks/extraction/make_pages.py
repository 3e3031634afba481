# ruff: noqa: E501  (page templates and Chinese prose)
"""Write the extraction benchmark pages and their gold files (run from the repository root).

    python benchmarks/extraction/make_pages.py

Each page imitates the template of one kind of Chinese news site (government portals,
central media, commercial portals, financial papers, newspaper e-editions): navigation,
share widgets, related lists, captions, site names in ``<h1>``, headlines in ``<h1>``…``<h5>``
or plain divs, ``<p>`` and ``<br>`` bodies, dates split over several elements, ``<meta>``
dates that disagree with the printed one, charsets declared wrongly. The gold of each page
(``<name>.json``: title, published_at, first and last body sentence) is written by hand
below, next to the page it belongs to; it is not produced by any extractor.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "pages"

A = {  # articles: title, body paragraphs (first and last sentence are the gold)
    "gdp": ("国家统计局：2024年国内生产总值同比增长5%", [
        "国家统计局1月17日发布数据，2024年国内生产总值达到134.9万亿元，按不变价格计算同比增长5%。",
        "国家统计局局长在发布会上表示，全年经济运行总体平稳，主要目标任务顺利完成。",
        "分产业看，第一产业增加值增长3.5%，第二产业增加值增长5.3%，第三产业增加值增长5%。",
        "他表示，2025年将继续实施更加积极的宏观政策，推动经济持续回升向好。",
    ]),
    "cert": ("市场监管总局：质量认证助力经济高质量发展", [
        "1月10日，国新办举行新闻发布会，介绍营造公平公正市场环境有关情况。",
        "市场监管总局副局长表示，质量认证是国际通行的市场经济“信用证”，是质量管理的“体检证”。",
        "2024年，市场监管总局将12种安全风险较高的产品纳入强制性产品认证管理。",
        "下一步，总局将实施质量认证提振消费计划，守牢产品质量安全底线。",
    ]),
    "trade": ("海关总署：2024年我国外贸规模再创新高", [
        "海关总署1月13日发布数据，2024年我国货物贸易进出口总值43.85万亿元，同比增长5%。",
        "其中，出口25.45万亿元，增长7.1%；进口18.39万亿元，增长2.3%。",
        "海关总署有关负责人表示，外贸发展面临的外部环境依然复杂严峻。",
        "海关将持续优化口岸营商环境，助力外贸稳规模优结构。",
    ]),
    "credit": ("央行：2024年末广义货币余额同比增长7.3%", [
        "中国人民银行1月14日发布2024年金融统计数据报告。",
        "数据显示，2024年末广义货币余额313.53万亿元，同比增长7.3%。",
        "全年人民币贷款增加18.09万亿元，社会融资规模存量同比增长8%。",
        "人民银行表示，将实施好适度宽松的货币政策，保持流动性合理充裕。",
    ]),
    "csrc": ("证监会：坚决打击财务造假 维护市场秩序", [
        "证监会新闻发言人1月10日表示，证监会依法对一起财务造假案作出行政处罚。",
        "经查，涉案公司通过虚构业务虚增营业收入，相关年度报告存在虚假记载。",
        "证监会将坚持“零容忍”要求，依法从严打击欺诈发行等恶性违法行为。",
    ]),
    "energy": ("国家能源局：2024年全国可再生能源装机规模持续扩大", [
        "国家能源局1月27日举行新闻发布会，介绍2024年能源形势和可再生能源并网运行情况。",
        "截至2024年底，全国可再生能源发电装机容量达到18.89亿千瓦，同比增长25%。",
        "其中，风电和太阳能发电装机合计突破14亿千瓦，提前完成有关目标。",
        "国家能源局表示，2025年将加快建设新型能源体系，推动能源绿色低碳转型。",
    ]),
}


def p(paras: list[str], tag: str = "p", indent: str = "") -> str:
    return "\n".join(f"<{tag}>{indent}{x}</{tag}>" for x in paras)


def br(paras: list[str], indent: str = "\u3000\u3000") -> str:
    return "<br>\n".join(indent + x for x in paras) + "<br>"


RELATED = '<div class="related"><h3>相关阅读</h3><ul><li><a href="/1.html">国务院新闻办公室举行新闻发布会介绍经济运行情况</a></li><li><a href="/2.html">多部门部署春节期间市场保供稳价工作</a></li><li><a href="/3.html">前11个月规模以上工业增加值同比增长</a></li></ul></div>'
SHARE = '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>'


def page(name: str, art: str, date: str, charset: str, declared: str | None, html: str,
         gold_date: str) -> None:
    title, paras = A[art]
    first = paras[0][: paras[0].index("。") + 1]
    last = paras[-1][paras[-1].rstrip("。").rfind("。") + 1 :]
    body = html.replace("{DECL}", declared or charset)
    OUT.mkdir(exist_ok=True)
    (OUT / f"{name}.html").write_bytes(body.encode(charset))
    gold = {"title": title, "published_at": gold_date, "first_sentence": first,
            "last_sentence": last, "encoding": charset, "declared": declared or charset}
    (OUT / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    t, b = A["gdp"]
    page("01_xinhua_split_date", "gdp", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}-新华网</title>
<meta name="publishdate" content="2025-01-17"></head><body>
<div class="header"><a class="logo" href="/">新华网</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/politics/">时政</a></li><li><a href="/fortune/">财经</a></li></ul></div>
<div class="header-cont"><div class="head-line"><h1><span class="title">{t}</span></h1></div>
<div class="header-time left"><span class="year"><em>2025</em></span><span class="day"><em>01</em>/<em>17</em></span><span class="time">10:32:05</span></div>
<div class="source">来源：新华网</div></div>
<div class="main"><div id="detail">{p(b)}</div>{SHARE}
<div class="editor">【责任编辑:王萌】</div></div>{RELATED}
<div class="foot">Copyright © 2000-2025 XINHUANET.com All Rights Reserved.</div></body></html>""", "2025-01-17T10:32:05+08:00")

    t, b = A["cert"]
    page("02_people_gbk", "cert", "", "gbk", None, f"""<html><head><meta http-equiv="content-type" content="text/html;charset={{DECL}}"><title>{t}--财经·人民网</title></head><body>
<div class="top"><h1><a href="/">人民网</a></h1><div class="nav"><a href="/">首页</a>|<a href="/cj/">财经</a>|<a href="/gp/">股票</a></div></div>
<div class="rm_txt"><div class="col col-1"><h3 class="pre"></h3><h1>{t}</h1>
<div class="col-1-1 fl">2025年01月10日16:55 | 来源：<a href="/">人民网－财经频道</a></div>
<div class="rm_txt_con cf">{p(b, indent="　　")}
<p class="edit">(责编：赵超、王震)</p></div></div></div>
<div class="footer">人民日报社概况 | 关于人民网 | 报社招聘</div></body></html>""", "2025-01-10T16:55:00+08:00")

    t, b = A["trade"]
    page("03_cctv_info_line", "trade", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}_新闻频道_央视网(cctv.com)</title>
<meta name="pubDate" content="2025-01-14 08:00"></head><body>
<div class="nav_bar"><a>首页</a><a>新闻</a><a>体育</a><a>综艺</a></div>
<div class="column_wrapper"><div class="title_area"><h1>{t}</h1><div class="info1">来源：央视新闻客户端 | 2025年01月13日 10:47</div></div>
<div class="content_area" id="text_area">{p(b)}
<p style="text-align:center"><img src="/a.jpg"></p><p class="caption" style="text-align:center">图片来源：视觉中国</p></div>
<div class="zebian">编辑：李一 责任编辑：刘亮</div></div>{RELATED}</body></html>""", "2025-01-13T10:47:00+08:00")

    t, b = A["credit"]
    page("04_sina_finance", "credit", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}|央行|货币_新浪财经_新浪网</title>
<meta property="article:published_time" content="2025-01-14T17:30:00+08:00"></head><body>
<div class="top-nav"><a>新浪首页</a><a>新闻</a><a>体育</a><a>财经</a><a>娱乐</a></div>
<h1 class="main-title">{t}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2025年01月14日 17:28</span><a class="source">第一财经</a></div></div>
<div class="article" id="artibody"><div class="ct_hqimg"><div class="hqimg_related">新浪财经APP 行情 资讯</div></div>{p(b, indent="　　")}
<p>海量资讯、精准解读，尽在新浪财经APP</p><p class="article-editor">责任编辑：王翔</p></div>
<div class="article-bottom">{SHARE}</div>{RELATED}</body></html>""", "2025-01-14T17:28:00+08:00")

    t, b = A["csrc"]
    page("05_sohu_mp", "csrc", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}_市场_财务_投资者</title>
<meta itemprop="datePublished" content="2025-01-10 20:00"></head><body>
<header class="head"><a class="logo">搜狐</a><nav><a>新闻</a><a>财经</a></nav></header>
<div class="text"><div class="text-title"><h1>{t}<span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time">2025-01-10 18:06</span><span>发布于：北京市</span></div></div>
<article class="article" id="mp-editor">{p(b)}<p><a href="/">返回搜狐，查看更多</a></p></article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div></div>{RELATED}</body></html>""", "2025-01-10T18:06:00+08:00")

    t, b = A["gdp"]
    page("06_163_caption", "gdp", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}|经济|统计局_网易订阅</title></head><body>
<div class="N-nav"><a>网易首页</a><a>新闻</a><a>体育</a></div>
<div class="post_main"><h1 class="post_title">{t}</h1>
<div class="post_info">2025-01-17 11:02:30　来源: <a>每日经济新闻</a></div>
<div class="post_body">{p(b[:2])}<p class="f_center"><img src="a.jpg"><br>图片来源：每经记者 摄</p>{p(b[2:])}</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布。</div></div>{RELATED}</body></html>""", "2025-01-17T11:02:30+08:00")

    t, b = A["energy"]
    page("07_thepaper_div_title", "energy", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}_澎湃号·政务_澎湃新闻-The Paper</title></head><body>
<div class="header"><h1 class="logo">澎湃新闻</h1></div>
<div class="index_wrapper"><div class="index_title__aGAqD">{t}</div>
<div class="ant-space"><div class="ant-space-item">国家能源局</div><div class="ant-space-item"><span>2025-01-27 15:40</span></div><div class="ant-space-item">来源：澎湃新闻</div></div>
<div class="index_cententWrap__Jv8jK">{p(b)}</div>
<div class="index_comment">评论 · 点赞 · 收藏</div></div>{RELATED}</body></html>""", "2025-01-27T15:40:00+08:00")

    t, b = A["credit"]
    page("08_caixin", "credit", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}_金融频道_财新网</title>
<meta name="PubDate" content="2025-01-15"></head><body>
<div class="head"><a>财新网</a> <a>金融</a> <a>经济</a></div>
<div id="conTit"><h1>{t}</h1><div class="artInfo">文｜财新 记者 王力 2025年01月14日 18:12 来源于 财新网</div></div>
<div id="Main_Content_Val" class="text">{p(b)}</div>
<div class="pip">责任编辑：张帆 | 版面编辑：李静</div>{RELATED}</body></html>""", "2025-01-14T18:12:00+08:00")

    t, b = A["trade"]
    page("09_21jingji", "trade", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}-21经济网</title></head><body>
<div class="topNav"><a>首页</a><a>宏观</a><a>金融</a></div>
<div class="titlehead"><h1>{t}</h1><p class="Wh"><span class="Wh_source">21世纪经济报道</span><span>2025-01-13 14:05</span><span>作者：张三</span></p></div>
<div class="txtContent">{p(b)}<p class="txtEditor">（作者：张三 编辑：李四）</p></div>{SHARE}{RELATED}</body></html>""", "2025-01-13T14:05:00+08:00")

    t, b = A["csrc"]
    page("10_stcn_div_title", "csrc", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}_证券时报网</title></head><body>
<div class="header"><h1><a href="/">证券时报网</a></h1></div>
<div class="detail-content-wrap"><div class="detail-title">{t}</div>
<div class="detail-info"><span>来源：证券时报网</span><span>作者：王五</span><span>2025-01-10 17:45</span></div>
<div class="detail-content">{p(b)}</div>
<div class="social-bar">{SHARE}</div></div>{RELATED}</body></html>""", "2025-01-10T17:45:00+08:00")

    t, b = A["gdp"]
    page("11_eastmoney", "gdp", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}_东方财富网</title></head><body>
<div class="topbar"><a>东方财富网</a><a>行情</a><a>数据</a><a>股吧</a></div>
<div class="newsContent"><div class="title">{t}</div>
<div class="infos"><div class="item">2025年01月17日 10:58</div><div class="item">来源：中国新闻网</div></div>
<div id="ContentBody" class="txtinfos">{p(b, indent="　　")}<p class="res-edit">(文章来源：中国新闻网)</p></div>
<div class="abstract">郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。</div></div>{RELATED}</body></html>""", "2025-01-17T10:58:00+08:00")

    t, b = A["cert"]
    page("12_hexun_gbk", "cert", "", "gbk", None, f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={{DECL}}"><title>{t}-财经频道-和讯网</title></head><body>
<div class="hx_nav"><a>和讯首页</a>|<a>股票</a>|<a>基金</a></div>
<div class="layout mg articleName"><h1>{t}</h1><div class="tip fl"><span class="pr20">2025-01-10 17:20:11</span> <a>每日经济新闻</a></div></div>
<div class="art_context"><div class="art_contextBox">{p(b)}</div></div>
<div class="zenren">（责任编辑：刘畅 HN153）</div>{RELATED}</body></html>""", "2025-01-10T17:20:11+08:00")

    t, b = A["energy"]
    page("13_provincial_portal_meta_disagrees", "energy", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}_政务公开_北京市人民政府</title>
<meta name="PubDate" content="2025-01-30 09:12"><meta name="ArticleTitle" content="{t}"></head><body>
<div class="header"><h1 class="logo">北京市人民政府</h1><div class="search">搜索</div></div>
<div class="nav"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政务服务</a></div>
<div class="container"><div class="position">当前位置：首页 &gt; 政务公开 &gt; 转载</div>
<div class="header"><p>{t}</p></div>
<ol class="doc-info"><li>来源：国家能源局网站</li><li>日期：2025-01-27</li></ol>
<div class="view TRS_UEDITOR trs_paper_default">{p(b)}</div>
<div class="share-box">【打印】【关闭】</div></div>
<div class="footer">主办：北京市人民政府办公厅 京ICP备05060933号</div></body></html>""", "2025-01-27T00:00:00+08:00")

    t, b = A["energy"]
    page("14_ndrc_div_title", "energy", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}_国家发展和改革委员会</title></head><body>
<div class="top"><h1><img alt="国家发展和改革委员会" src="logo.png">国家发展和改革委员会</h1></div>
<div class="container"><div class="article"><div class="article_title">{t}</div>
<div class="time"><span>发布时间：2025/01/27</span><span>来源：国家能源局</span></div>
<div class="article_con"><div class="TRS_Editor">{p(b)}</div></div>
<div class="article_l">【打印本页】【关闭窗口】</div></div></div></body></html>""", "2025-01-27T00:00:00+08:00")

    t, b = A["gdp"]
    page("15_stats_br_body", "gdp", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}</title></head><body>
<div class="head"><div class="logo">国家统计局</div><div class="nav"><a>首页</a><a>数据发布</a><a>新闻发布会</a></div></div>
<div class="detail-title"><h2 class="detail-title-h2">{t}</h2><div class="detail-title-des"><h2><p>发布时间：2025-01-17 10:00</p></h2></div></div>
<div class="txt-content"><div class="trs_editor_view TRS_UEDITOR">{br(b)}</div></div>
<div class="footer">版权所有：国家统计局 京ICP备05034670号</div></body></html>""", "2025-01-17T10:00:00+08:00")

    t, b = A["trade"]
    page("16_ce_gbk_h1_id", "trade", "", "gbk", None, f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={{DECL}}"><title>{t}_中国经济网——国家经济门户</title></head><body>
<div class="top"><a>中国经济网</a> <a>首页</a> <a>宏观</a></div>
<div class="articleBox"><h1 id="articleTitle">{t}</h1>
<div class="articleInfo"><span id="articleTime">2025年01月13日 11:20</span><span id="articleSource">来源：经济日报</span></div>
<div id="articleText"><div class="TRS_Editor">{p(b)}</div></div>
<div class="editor">（责任编辑：韩艺嘉）</div></div>{RELATED}</body></html>""", "2025-01-13T11:20:00+08:00")

    t, b = A["cert"]
    page("17_epaper_h3_h1_h2", "cert", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>经济日报</title></head><body>
<div class="paper-top"><h1>经济日报</h1><div class="paper-date">2025年01月11日 星期六</div></div>
<div class="paper-nav"><a>第01版：要闻</a><a>第02版：综合</a></div>
<div class="article"><h3>营造公平公正市场环境</h3><h1>{t}</h1><h2>2024年12种高风险产品纳入强制性认证</h2>
<div class="byline">本报记者 王轶辰</div>
<div id="ozoom"><founder-content>{p(b, indent="　　")}</founder-content></div></div>
<div class="paper-bottom">经济日报社出版 版权所有</div></body></html>""", "2025-01-11T00:00:00+08:00")

    t, b = A["csrc"]
    page("18_declares_gb2312_is_utf8", "csrc", "", "utf-8", "gb2312", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={{DECL}}"><title>{t}_腾讯新闻</title></head><body>
<div class="qq_nav"><a>腾讯首页</a><a>新闻</a><a>财经</a></div>
<div class="qq_article"><div class="hd"><h1>{t}</h1><div class="a_Info"><span class="a_source">证券时报</span><span class="a_time">2025-01-10 19:02</span></div></div>
<div class="Cnt-Main-Article-QQ" id="Cnt-Main-Article-QQ">{br(b)}</div></div>{RELATED}</body></html>""", "2025-01-10T19:02:00+08:00")

    t, b = A["credit"]
    rows = "".join(f"<tr><td class='bt_content'>{x}</td></tr>" for x in b)
    page("19_declares_utf8_is_gbk_tables", "credit", "", "gbk", "utf-8", f"""<html><head><meta charset="{{DECL}}"><title>{t}</title></head><body>
<table width="100%"><tr><td class="logo"><h1>某某县人民政府</h1></td></tr>
<tr><td class="nav"><a>首页</a> <a>政务公开</a> <a>办事服务</a> <a>互动交流</a></td></tr></table>
<table width="960" align="center"><tr><td class="title" align="center"><font size="5"><b>{t}</b></font></td></tr>
<tr><td align="center" class="time">发布日期：2025年1月15日 来源：中国人民银行 点击数：132</td></tr>
{rows}
<tr><td align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr></table>
<table><tr><td class="footer">主办单位：某某县人民政府办公室 备案号：皖ICP备00000000号</td></tr></table></body></html>""", "2025-01-15T00:00:00+08:00")

    t, b = A["trade"]
    page("20_cnstock_h5_title", "trade", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t} - 上海证券报·中国证券网</title>
<meta name="publishdate" content="2025-01-14 00:00:00"></head><body>
<div class="header"><h1 class="logo"><a>中国证券网</a></h1><div class="nav"><a>要闻</a><a>公司</a><a>市场</a></div></div>
<div class="main-content"><h5 class="title">{t}</h5><div class="bullet"><span class="source">来源：上海证券报·中国证券网</span><span class="timer">2025-01-13 16:21</span><span class="author">作者：韩宋辉</span></div>
<div class="content" id="qmt_content_div">{p(b)}</div>
<div class="copyright">版权声明：本网站所刊载信息，不代表上海证券报·中国证券网观点。</div></div>{RELATED}</body></html>""", "2025-01-13T16:21:00+08:00")

    t, b = A["energy"]
    page("21_gov_cn_br_and_p", "energy", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}_部门政务_中国政府网</title>
<meta name="firstpublishedtime" content="2025-01-28-09:30:11"></head><body>
<div class="header"><div class="logo">中国政府网</div><div class="nav"><a>首页</a><a>国务院</a><a>政策</a></div></div>
<div class="BreadcrumbNav">首页 &gt; 新闻 &gt; 部门新闻</div>
<div class="article oneColumn pub_border"><h1>{t}</h1>
<div class="pages-date">2025-01-27 18:30 <span class="font">来源：国家能源局网站</span></div>
<div class="pages_content" id="UCAP-CONTENT"><p>{b[0]}<br>{b[1]}</p>{p(b[2:])}</div>
<div class="editor">【我要纠错】 责任编辑：张晓</div></div>{RELATED}</body></html>""", "2025-01-27T18:30:00+08:00")

    t, b = A["cert"]
    page("22_ifeng_h4_relative_site_h1", "cert", "", "utf-8", None, f"""<!DOCTYPE html><html><head><meta charset="{{DECL}}"><title>{t}_凤凰网财经_凤凰网</title></head><body>
<div class="header"><h1>凤凰网财经</h1><div class="nav"><a>首页</a><a>资讯</a><a>财经</a></div></div>
<div class="artical"><h4 class="topic">{t}</h4><p class="time"><span>2025年01月10日 17:35:00</span><span>来源：每日经济新闻</span></p>
<div class="main_content"><div class="text-3w2e3DBc">{p(b)}</div></div>
<div class="comment">网友评论 0条</div></div>{RELATED}</body></html>""", "2025-01-10T17:35:00+08:00")
    print(f"wrote {len(list(OUT.glob('*.html')))} pages to {OUT}")


if __name__ == "__main__":
    main()
