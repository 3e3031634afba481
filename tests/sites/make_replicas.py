# ruff: noqa: E501  (page templates and Chinese prose: one line of HTML/text per line)
"""Write the replica sites under ``crawler/replicas/<host>/`` (run from the repository root).

    python -m tests.sites.make_replicas

The replicas are committed; this script is how they were made, so a change to a page
template is one edit here instead of twenty by hand. Page structure, URL patterns, relative
links and encodings follow what docs/sources.md records about each live site; the text is
written for the replicas (realistic press-conference coverage, not copied from the sites).
Every page is written as raw bytes in the site's encoding and served as-is.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

from tests.sites.replica_texts import (
    CHINANEWS,
    CSRC,
    GOVCN,
    NBD,
    PBC,
    SAMR,
    SCIO,
)

ROOT = Path(__file__).resolve().parents[2] / "crawler" / "replicas"



def write(host: str, path: str, text: str, encoding: str = "utf-8") -> None:
    """Write one page of ``host`` at URL ``path`` (``/a/b/`` means ``/a/b/index.html``)."""
    rel = path.lstrip("/")
    if not rel or rel.endswith("/"):
        rel += "index.html"
    target = ROOT / host / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(text.encode(encoding))


def write_site_json(host: str, data: dict) -> None:
    target = ROOT / host / "_site.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def paras(lines: list[str], indent: str = "") -> str:
    return "\n".join(f"{indent}<p>{html.escape(p, quote=False)}</p>" for p in lines)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# --------------------------------------------------------------------------------------------
# www.scio.gov.cn — 国务院新闻办公室 (UTF-8, TRS WCM templates: t<date>_<id>.html, index_N.html,
# multi-page transcripts t<date>_<id>_N.html announced by createPageHTML)
# --------------------------------------------------------------------------------------------

SCIO_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="中华人民共和国国务院新闻办公室">
<meta name="SiteDomain" content="www.scio.gov.cn">
<meta name="ColumnName" content="{column}">
{extra_meta}<title>{title}_中华人民共和国国务院新闻办公室</title>
<link rel="stylesheet" href="/images/css/common.css">
<script src="/images/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问中华人民共和国国务院新闻办公室网站</span>
<span class="fr"><a href="/index.html">首页</a> | <a href="https://english.scio.gov.cn/">English</a> | <a href="/wzdt/">网站地图</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/index.html"><img src="/images/logo.png" alt="国务院新闻办公室"></a>
<form class="search" action="https://www.scio.gov.cn/search/" method="get"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/index.html">首页</a></li><li><a href="/xwfb/">新闻发布</a></li>
<li><a href="/zfbps/">白皮书</a></li><li><a href="/gxzl/">国新专栏</a></li><li><a href="/ttbd/">图文报道</a></li>
</ul></div>
"""

SCIO_FOOT = """<div class="footer"><div class="w1200">
<p><a href="/gywm/">关于我们</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a></p>
<p>版权所有：中华人民共和国国务院新闻办公室　京ICP备05070727号　京公网安备11010202000012号</p>
<p>网站标识码bm01000001</p>
</div></div>
<script src="/images/js/common.js"></script>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""


def scio_list(section: dict, page: int, pages: int, entries: list[dict]) -> str:
    items = "\n".join(
        f'<li><a href="{e["rel"]}" target="_blank" title="{esc(e["title"])}">{esc(e["title"])}</a>'
        f'<span>{e["date"]}</span></li>'
        for e in entries
    )
    nav = []
    if page > 0:
        prev = "index.html" if page == 1 else f"index_{page - 1}.html"
        nav.append(f'<a href="{prev}">上一页</a>')
    if page < pages - 1:
        nav.append(f'<a class="next" href="index_{page + 1}.html">下一页</a>')
    return (
        SCIO_HEAD.format(column=section["name"], extra_meta="", title=section["name"])
        + f"""<div class="w1200 main">
<div class="position">当前位置：<a href="/index.html">首页</a> &gt; <a href="/xwfb/">新闻发布</a> &gt; {section["crumbs"]}</div>
<div class="list_left"><h2 class="lanmu">{section["name"]}</h2>
<ul class="list">
{items}
</ul>
<div class="page">{" ".join(nav)}
<script>createPageHTML({pages}, {page}, "index", "html");</script></div>
</div>
<div class="list_right"><h3>热点专题</h3><ul><li><a href="/gxzl/">国新专栏</a></li><li><a href="/ttbd/">图文报道</a></li></ul></div>
</div>
"""
        + SCIO_FOOT
    )


def scio_article(a: dict, part: int) -> str:
    pages = len(a["parts"])
    base = a["file"]
    nav = []
    for i in range(pages):
        name = f"{base}.html" if i == 0 else f"{base}_{i}.html"
        nav.append(
            f"<span>{i + 1}</span>" if i == part else f'<a href="{name}">{i + 1}</a>'
        )
    if part < pages - 1:
        nav.append(f'<a class="next" href="{base}_{part + 1}.html">下一页</a>')
    pager = (
        f'<div class="pages" id="pages">{" ".join(nav)}\n'
        f'<script>createPageHTML({pages}, {part}, "{base}", "html");</script></div>'
        if pages > 1
        else ""
    )
    meta = (
        f'<meta name="ArticleTitle" content="{esc(a["title"])}">\n'
        f'<meta name="PubDate" content="{a["date"]} {a["time"]}">\n'
        f'<meta name="ContentSource" content="{a["source"]}">\n'
    )
    return (
        SCIO_HEAD.format(column=a["column"], extra_meta=meta, title=esc(a["title"]))
        + f"""<div class="w1200 main">
<div class="position">当前位置：<a href="/index.html">首页</a> &gt; <a href="/xwfb/">新闻发布</a> &gt; {a["crumbs"]}</div>
<div class="article">
<div class="article_title"><h1>{esc(a["title"])}</h1></div>
<div class="article_info"><span class="time">{a["date"]} {a["time"]}</span><span class="source">来源：{a["source"]}</span>
<span class="font">【字号 <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span></div>
<div class="article_con">
<div class="share">分享到：<a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a></div>
<div class="TRS_Editor">
{paras(a["parts"][part])}
</div>
{pager}
</div>
<div class="bianji">责任编辑：{a["editor"]}</div>
<div class="xgxw"><h3>相关新闻</h3><ul>
<li><a href="/xwfb/gwyxwbgsxwfbh/">国务院新闻办公室新闻发布会</a></li>
<li><a href="/xwfb/bwxwfb/">部委新闻发布</a></li></ul></div>
</div></div>
"""
        + SCIO_FOOT
    )


def build_scio() -> None:
    host = "www.scio.gov.cn"
    for section in SCIO["sections"]:
        pages = section["pages"]
        for i, entries in enumerate(pages):
            name = "index.html" if i == 0 else f"index_{i}.html"
            write(host, section["path"] + name, scio_list(section, i, len(pages), entries))
    for a in SCIO["articles"]:
        for part in range(len(a["parts"])):
            name = f'{a["file"]}.html' if part == 0 else f'{a["file"]}_{part}.html'
            write(host, a["dir"] + name, scio_article(a, part))
    write(host, "/robots.txt", "User-agent: *\nDisallow: /search/\n")


# --------------------------------------------------------------------------------------------
# www.samr.gov.cn — 国家市场监督管理总局 (UTF-8; /xw/xwfbt/ list, art/<year>/art_<32 hex>.html)
# --------------------------------------------------------------------------------------------

SAMR_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="SiteName" content="国家市场监督管理总局">
<meta name="SiteDomain" content="www.samr.gov.cn">
<meta name="ColumnName" content="新闻发布">
{extra_meta}<title>{title}</title>
<link rel="stylesheet" href="/images/samr/css/base.css">
</head>
<body>
<div class="samr-top"><div class="container"><a href="/">国家市场监督管理总局</a>
<div class="top-links"><a href="/wza/">无障碍</a> <a href="https://www.samr.gov.cn/english/">English</a></div></div></div>
<div class="samr-nav"><div class="container"><ul>
<li><a href="/">首页</a></li><li><a href="/jg/">机构</a></li><li class="on"><a href="/xw/">新闻</a></li>
<li><a href="/zw/">政务</a></li><li><a href="/fw/">服务</a></li><li><a href="/hd/">互动</a></li></ul></div></div>
"""

SAMR_FOOT = """<div class="samr-footer"><div class="container">
<p><a href="/wzgl/">网站管理</a> | <a href="/lxwm/">联系我们</a></p>
<p>主办单位：国家市场监督管理总局　地址：北京市西城区三里河东路八号　邮编：100820</p>
<p>京ICP备18022388号-1　京公网安备 11010202007777号　网站标识码：bm30000012</p>
</div></div>
<script src="/images/samr/js/jquery.min.js"></script>
<script src="/images/samr/js/share.js"></script>
</body>
</html>
"""


def samr_list(page: int, pages: int, entries: list[dict]) -> str:
    items = "\n".join(
        f'<li><a href="{e["rel"]}" target="_blank" title="{esc(e["title"])}">{esc(e["title"])}</a>'
        f'<span class="date">{e["date"]}</span></li>'
        for e in entries
    )
    nav = []
    if page > 0:
        nav.append(f'<a href="{"index.html" if page == 1 else f"index_{page - 1}.html"}">上一页</a>')
    if page < pages - 1:
        nav.append(f'<a class="next" href="index_{page + 1}.html">下一页</a>')
    return (
        SAMR_HEAD.format(extra_meta="", title="新闻发布-国家市场监督管理总局")
        + f"""<div class="container main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xw/">新闻</a> &gt; <span>新闻发布</span></div>
<div class="list-box">
<div class="list-title">新闻发布</div>
<ul class="list">
{items}
</ul>
<div class="pagination">{" ".join(nav)} <span>共{pages}页</span></div>
</div>
</div>
"""
        + SAMR_FOOT
    )


def samr_article(a: dict) -> str:
    meta = (
        f'<meta name="ArticleTitle" content="{esc(a["title"])}">\n'
        f'<meta name="PubDate" content="{a["date"]} {a["time"]}">\n'
        f'<meta name="ContentSource" content="{a["source"]}">\n'
    )
    return (
        SAMR_HEAD.format(extra_meta=meta, title=esc(a["title"]) + "-国家市场监督管理总局")
        + f"""<div class="container main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xw/">新闻</a> &gt; <a href="../../index.html">新闻发布</a></div>
<div class="Three_xilan">
<div class="Three_xilan_01">
<h1 class="Three_xilan_title">{esc(a["title"])}</h1>
<div class="Three_xilan_02"><span class="laiyuan">来源：{a["source"]}</span>
<span class="fbsj">发布时间：{a["date"]} {a["time"]}</span>
<span class="zihao">字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a></span></div>
</div>
<div class="Three_xilan_07" id="zoom">
{paras(a["body"])}
</div>
<div class="Three_xilan_share">分享：<a href="javascript:void(0)" class="share-wx">微信</a> <a href="javascript:void(0)" class="share-wb">微博</a>
<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
"""
        + SAMR_FOOT
    )


def build_samr() -> None:
    host = "www.samr.gov.cn"
    pages = SAMR["pages"]
    for i, entries in enumerate(pages):
        name = "index.html" if i == 0 else f"index_{i}.html"
        write(host, "/xw/xwfbt/" + name, samr_list(i, len(pages), entries))
    for a in SAMR["articles"]:
        write(host, a["path"], samr_article(a))
    write(host, "/robots.txt", "User-agent: *\nAllow: /\n")


# --------------------------------------------------------------------------------------------
# www.gov.cn — 中国政府网 (UTF-8; /xinwen/fabu/zccfh/ 国务院政策吹风会, whose full list is paged
# at sousuo.gov.cn/column/31510/<n>.htm; content_<id>.htm pages
# with h1#ti, div.pages-date, #UCAP-CONTENT, meta firstpublishedtime)
# --------------------------------------------------------------------------------------------

GOVCN_HEAD = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{extra_meta}<title>{title}</title>
<link rel="stylesheet" href="/govweb/xhtml/2016gov/css/common.css">
<script src="/govweb/xhtml/2016gov/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="inner"><a href="/" class="logo"><img src="/govweb/xhtml/2016gov/images/gov-logo.png" alt="中国政府网"></a>
<ul class="topnav"><li><a href="/">首页</a></li><li><a href="/guowuyuan/">国务院</a></li><li><a href="/premier/">总理</a></li>
<li class="active"><a href="/xinwen/">新闻</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/hudong/">互动</a></li>
<li><a href="/fuwu/">服务</a></li><li><a href="/shuju/">数据</a></li><li><a href="/guoqing/">国情</a></li></ul></div></div>
"""

GOVCN_FOOT = """<div class="footer"><div class="inner">
<p><a href="/zhuanti/2014wzdt/">网站说明</a> | <a href="/2016public/map.htm">网站地图</a> | <a href="/hudong/lianxi.htm">联系我们</a></p>
<p>版权所有：中国政府网　中文域名：中国政府网.政务</p>
<p>网站识别码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p>
<p>国务院办公厅主办　中国政府网运行中心负责运行维护</p>
</div></div>
</body>
</html>
"""


def govcn_list(section: dict, page: int, pages: int, entries: list[dict]) -> str:
    """A www.gov.cn column page, or (``section["paged"]``) a sousuo.gov.cn/column/<id>/<n>.htm
    page of the full list: ``ul.listTxt li h4 a`` rows and a ``#toPage`` pager "共N页"."""
    items = "\n".join(
        f'<li><h4><a href="{e["rel"]}" target="_blank">{esc(e["title"])}</a>'
        f'<span class="date">{e["date"]}</span></h4></li>'
        for e in entries
    )
    pager = ""
    if section.get("paged"):
        cells = [f"<li>共{pages}页</li>"]
        if page > 0:
            cells.append(f'<li><a href="{page - 1}.htm">上一页</a></li>')
        if page < pages - 1:
            cells.append(f'<li><a href="{page + 1}.htm">下一页</a></li>')
        pager = f'<div class="newspage"><ul id="toPage">{"".join(cells)}</ul></div>'
    elif section.get("more"):
        pager = f'<span class="public_more"><a href="{section["more"]}" target="_blank">更多</a></span>'
    return (
        GOVCN_HEAD.format(extra_meta="", title=f'{section["name"]}_新闻发布_中国政府网')
        + f"""<div class="inner main">
<div class="BreadcrumbNav"><a href="https://www.gov.cn/">首页</a> &gt; <a href="https://www.gov.cn/xinwen/">新闻</a> &gt; <a href="https://www.gov.cn/xinwen/fabu/">新闻发布</a> &gt; {section["name"]}</div>
<div class="list list_1 list_2">
<h2 class="column-title">{section["name"]}</h2>
<ul class="listTxt">
{items}
</ul>
</div>
{pager}
</div>
"""
        + GOVCN_FOOT
    )


def govcn_article(a: dict) -> str:
    meta = (
        f'<meta name="lanmu" content="{a["lanmu"]}">\n'
        f'<meta name="catalog" content="{a["lanmu"]}">\n'
        f'<meta name="manuscriptId" content="{a["id"]}">\n'
        f'<meta name="firstpublishedtime" content="{a["date"]}-{a["time"]}:00">\n'
        f'<meta name="keywords" content="{a["keywords"]}">\n'
        f'<meta name="description" content="{esc(a["body"][0][:60])}">\n'
    )
    return (
        GOVCN_HEAD.format(extra_meta=meta, title=f'{esc(a["title"])}_{a["lanmu"]}_中国政府网')
        + f"""<div class="inner main">
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/xinwen/">新闻</a> &gt; <a href="/xinwen/fabu/">新闻发布</a></div>
<div class="article oneColumn pub_border">
<h1 id="ti">{esc(a["title"])}</h1>
<div class="pages-date">{a["date"]} {a["time"]}　<span class="font">来源：{a["source"]}</span>
<span class="font index_switchsize">【字体：<span>大</span> <span>中</span> <span>小</span>】</span>
<span class="font"><a href="javascript:window.print()">打印</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
{paras(a["body"])}
</div>
<div class="editor">【我要纠错】 责任编辑：{a["editor"]}</div>
<div class="share-box">扫一扫在手机打开当前页 <a class="bshare-weixin" href="javascript:void(0)">微信</a></div>
<div class="related"><h3>相关稿件</h3><ul><li><a href="/xinwen/fabu/zccfh/index.htm">国务院政策例行吹风会</a></li></ul></div>
</div>
</div>
"""
        + GOVCN_FOOT
    )


def build_govcn() -> None:
    for section in GOVCN["sections"]:
        pages = section["pages"]
        for i, entries in enumerate(pages):
            path = section["path"].format(page=i)
            write(section["host"], path, govcn_list(section, i, len(pages), entries))
    for a in GOVCN["articles"]:
        write("www.gov.cn", a["path"], govcn_article(a))
    write("www.gov.cn", "/robots.txt", "User-agent: *\nAllow: /\n")
    write("sousuo.gov.cn", "/robots.txt", "User-agent: *\nAllow: /column/\n")


# --------------------------------------------------------------------------------------------
# www.nbd.com.cn — 每日经济新闻 (UTF-8; /columns/<id>/ lists grouped by day with
# p.u-channeltime + ul.u-news-list li.u-news-title links, /columns/<id>/page/<n> pages,
# /articles/<date>/<id>.html with .g-article-top, p.u-time span.time, .g-articl-text and a
# "pubDate" JSON value in the page script)
# --------------------------------------------------------------------------------------------

NBD_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
{extra_meta}<title>{title}</title>
<link rel="stylesheet" href="https://static.nbd.com.cn/css/news/common.css">
<script src="https://static.nbd.com.cn/js/jquery.min.js"></script>
</head>
<body>
<div class="g-header"><div class="m-top"><a class="logo" href="https://www.nbd.com.cn/">每经网</a>
<ul class="m-nav"><li><a href="https://www.nbd.com.cn/">首页</a></li><li><a href="/columns/3/">要闻</a></li>
<li><a href="/columns/2/">头条</a></li><li><a href="https://stocks.nbd.com.cn/">股市</a></li>
<li><a href="https://money.nbd.com.cn/">理财</a></li><li><a href="https://auto.nbd.com.cn/">汽车</a></li></ul>
<div class="m-login"><a href="https://www.nbd.com.cn/users/sign_in">登录</a></div></div></div>
"""

NBD_FOOT = """<div class="g-footer"><p><a href="https://www.nbd.com.cn/corp/about">关于我们</a> | <a href="https://www.nbd.com.cn/corp/contact">联系我们</a> | <a href="https://www.nbd.com.cn/corp/copyright">版权声明</a></p>
<p>Copyright © 2001-2025 成都每日经济新闻报社有限公司版权所有，未经许可不得转载使用，违者必究</p>
<p>蜀ICP备11014018号　川公网安备 51019002001183号　互联网新闻信息服务许可证：51120190009</p></div>
<script src="https://static.nbd.com.cn/js/news/common.js"></script>
</body>
</html>
"""


NBD_TITLE_LIMIT = 28

#: next-page markups the nbd spider must follow (the real column's is not known): each
#: maps (href of the next page, page number) to the pager HTML
NBD_PAGERS = {
    "numbers": lambda href, n: f'<span class="current">{n - 1}</span> <a href="{href}">{n}</a>',
    "text": lambda href, n: f'<a href="{href}">下一页</a>',
    "next-class": lambda href, n: f'<a class="next" href="{href}">&gt;</a>',
    "rel-next": lambda href, n: f'<a rel="next" href="{href}">»</a>',
    "onclick": lambda href, n: f'<a href="javascript:void(0)" onclick="goPage(\'{href}\')">后页</a>',
    "data-url": lambda href, n: f'<span class="u-page-next" data-url="{href}">›</span>',
}


def nbd_list(column: dict, page: int, pages: int, entries: list[dict],
             pager: str = "numbers") -> str:
    # The column groups stories by day: a <p class="u-channeltime"> date, then a
    # <ul class="u-news-list"> of <li class="u-news-title"> links, each with its time in a
    # plain <span>; long titles are cut and the link gets class news-title-a (as public
    # scrapers of the column show, docs/sources.md). The pager's form is ``pager``.
    days: dict[str, list[dict]] = {}
    for e in entries:
        days.setdefault(e["date"], []).append(e)

    def row(e: dict) -> str:
        title = e["title"]
        if len(title) > NBD_TITLE_LIMIT:
            link = (f'<a class="news-title-a" href="{e["url"]}" target="_blank">'
                    f'{esc(title[:NBD_TITLE_LIMIT])}…</a>')
        else:
            link = f'<a href="{e["url"]}" target="_blank">{esc(title)}</a>'
        return f'<li class="u-news-title">\n  {link}\n  <span>{e["time"]}:00</span>\n</li>'

    groups = "\n".join(
        f'<div class="m-list">\n<p class="u-channeltime">{day}</p>\n<ul class="u-news-list">\n'
        + "\n".join(row(e) for e in items)
        + "\n</ul>\n</div>"
        for day, items in days.items()
    )
    nav = []
    if page > 0:
        prev = f'/columns/{column["id"]}/' if page == 1 else f'/columns/{column["id"]}/page/{page}'
        nav.append(f'<a class="prev" href="{prev}">上一页</a>')
    if page < pages - 1:
        nav.append(NBD_PAGERS[pager](f'/columns/{column["id"]}/page/{page + 2}', page + 2))
    return (
        NBD_HEAD.format(extra_meta="", title=f'{column["name"]} - 每经网')
        + f"""<div class="g-main">
<div class="u-channelname">{column["name"]}</div>
<div class="g-list-text">
{groups}
</div>
<div class="u-pagination">{" ".join(nav)}</div>
</div>
"""
        + NBD_FOOT
    )


def nbd_article(a: dict) -> str:
    meta = (
        f'<meta name="keywords" content="{a["keywords"]}">\n'
        f'<meta name="description" content="{esc(a["lead"])}">\n'
    )
    ld = json.dumps(
        {
            "@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",
            "@id": a["url"],
            "title": a["title"],
            "pubDate": f'{a["date"]}T{a["time"]}',
        },
        ensure_ascii=False,
        indent=2,
    )
    tail = paras(a["footer"])
    return (
        NBD_HEAD.format(extra_meta=meta, title=f'{esc(a["title"])} | 每日经济新闻')
        + f"""<div class="g-main">
<div class="g-article">
<div class="g-article-top">
<h1>{esc(a["title"])}</h1>
<p class="u-time"><span class="source">每日经济新闻</span><span class="time">{a["date"]} {a["time"]}</span></p>
</div>
<div class="g-article-abstract"><p>{esc(a["lead"])}</p></div>
<div class="g-articl-text">
<p class="u-author">{esc(a["byline"])}</p>
{paras(a["body"])}
{tail}
</div>
<div class="u-share">分享到：<a class="share-weixin" href="javascript:void(0)">微信</a> <a class="share-weibo" href="javascript:void(0)">微博</a></div>
<div class="u-editor">责编 {a["editor"]}</div>
<div class="g-recommend"><h3>相关文章</h3><ul>
<li><a href="/columns/3/">要闻</a></li><li><a href="/columns/2/">头条</a></li></ul></div>
</div>
</div>
<script type="application/ld+json">
{ld}
</script>
"""
        + NBD_FOOT
    )


def build_nbd() -> None:
    host = "www.nbd.com.cn"
    routes = {}
    for column in NBD["columns"]:
        pages = column["pages"]
        for i, entries in enumerate(pages):
            page = nbd_list(column, i, len(pages), entries)
            if i == 0:
                write(host, f'/columns/{column["id"]}/', page)
            else:
                rel = f'columns/{column["id"]}/page/{i + 1}.html'
                write(host, "/" + rel, page)
                routes[f'/columns/{column["id"]}/page/{i + 1}'] = rel
    for a in NBD["articles"]:
        write(host, a["url"].split("nbd.com.cn", 1)[1], nbd_article(a))
    write_site_json(host, {"routes": routes, "default_content_type": "text/html; charset=utf-8"})
    write(host, "/robots.txt", "User-agent: *\nDisallow: /users/\n")


# --------------------------------------------------------------------------------------------
# www.chinanews.com.cn — 中国新闻网 (RSS 2.0 feeds under /rss/, article pages .shtml with
# div.left_zw body and div.left-t date / source line; UTF-8)
# --------------------------------------------------------------------------------------------

CHINANEWS_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="{keywords}">
<meta name="description" content="{description}">
<meta name="filetype" content="0">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<title>{title}-中新网</title>
<link rel="stylesheet" href="/part/cns2012/css/content.css">
</head>
<body>
<div id="top"><div class="top_nav"><a href="https://www.chinanews.com.cn/">中新网首页</a> | <a href="/scroll-news/news1.html">滚动</a>
| <a href="/china/">时政</a> | <a href="/finance/">财经</a> | <a href="/society/">社会</a></div></div>
<div class="w1000 content">
<div class="content_left">
<div class="content_left_title"><h1 class="content_left_title">{title}</h1></div>
<div class="content_left_time">
<div class="left-t" style="display:block">{date_cn} {time}　来源：<a class="source" href="https://www.chinanews.com.cn/" target="_blank">{source}</a></div>
<div class="left-share">参与互动 <a href="javascript:void(0)">分享</a></div>
</div>
<div class="content_desc">
<div class="left_zw" style="position:relative">
{body}
<div class="adInContent"><a href="https://www.chinanews.com.cn/app/">下载中新网客户端</a></div>
</div>
<div class="left_name"><div class="left_name_txt">【编辑:{editor}】</div></div>
</div>
<div class="hot_pic"><h3>图片推荐</h3><ul><li><a href="/tp/">精彩图片</a></li></ul></div>
</div>
<div class="content_right"><h3>排行榜</h3><ol><li><a href="/scroll-news/news1.html">滚动新闻</a></li></ol></div>
</div>
<div id="bottom"><p><a href="/common/footer/intro.shtml">关于我们</a> | <a href="/common/footer/aboutus.shtml">About us</a> | <a href="/common/footer/contact.shtml">联系我们</a></p>
<p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>
<p>Copyright ©1999-2025 chinanews.com. All Rights Reserved</p></div>
<script src="/part/cns2012/js/content.js"></script>
</body>
</html>
"""

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rfc822(date: str, time: str) -> str:
    import datetime as dt

    d = dt.date.fromisoformat(date)
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {time}:00 +0800"


def chinanews_feed(feed: dict, items: list[dict]) -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0">',
        "<channel>",
        f"<title>{feed['title']}</title>",
        "<link>https://www.chinanews.com.cn/</link>",
        f"<description>{feed['title']}</description>",
        "<language>zh-cn</language>",
        "<copyright>Copyright 1999-2025 chinanews.com</copyright>",
        f"<lastBuildDate>{rfc822(items[0]['date'], items[0]['time'])}</lastBuildDate>",
    ]
    for it in items:
        out += [
            "<item>",
            f"<title><![CDATA[{it['title']}]]></title>",
            f"<link>{it['url']}</link>",
            f"<description><![CDATA[{it['summary']}]]></description>",
            f"<pubDate>{rfc822(it['date'], it['time'])}</pubDate>",
            "</item>",
        ]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def chinanews_article(a: dict) -> str:
    y, m, d = a["date"].split("-")
    return CHINANEWS_PAGE.format(
        keywords=a["keywords"],
        description=esc(a["summary"]),
        title=esc(a["title"]),
        date_cn=f"{y}年{m}月{d}日",
        time=a["time"],
        source=a["source"],
        body=paras(a["body"], indent="　　"),
        editor=a["editor"],
    )


def build_chinanews() -> None:
    host = "www.chinanews.com.cn"
    by_url = {a["url"]: a for a in CHINANEWS["articles"]}
    for feed in CHINANEWS["feeds"]:
        items = [by_url[u] for u in feed["items"]]
        write(host, feed["path"], chinanews_feed(feed, items))
    for a in CHINANEWS["articles"]:
        write(host, a["url"].split("chinanews.com.cn", 1)[1], chinanews_article(a))
    write_site_json(
        host,
        {
            "headers": {
                "/rss/*": {"Content-Type": "application/xml"},
                "*.shtml": {"Content-Type": "text/html; charset=utf-8"},
            },
            "default_content_type": "text/html; charset=utf-8",
        },
    )
    write(host, "/robots.txt", "User-agent: *\nAllow: /\n")


# --------------------------------------------------------------------------------------------
# www.csrc.gov.cn — 中国证监会 (UTF-8; shaped after real pages of the same CMS,
# qianliang-lq/crawler-bot@c0b967d tests/fixtures/csrc-szzyb-0599/: an empty ul#list filled
# from /searchList/<channelid>?… (id in the URL / the sidebar link), articles
# /csrc/c100029/c<id>/content.shtml with div.content h2, div.info p.fl, .detail-news)
# --------------------------------------------------------------------------------------------

CSRC_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="SiteName" content="中国证券监督管理委员会"/>
<meta name="SiteIDCode" content="bm56000001"/>
{extra_meta}<title>{title}</title>
    <link rel="stylesheet" href="/csrc/xhtml/css/common.css">
    <script src="/csrc/xhtml/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="head-box"><div class="logo"><a href="/" target="_blank">中国证券监督管理委员会</a></div></div></div>
<div class="nav"><ul class="nav-bar"><li class="sy"><a href="/">首页</a></li>
<li><a href="/csrc/c100027/common_list.shtml">机构概况</a></li><li class="hover"><a href="/csrc/c100028/common_xq_list.shtml">新闻发布</a></li>
<li><a href="/csrc/c101954/zfxxgk_zdgk.shtml">政府信息公开</a></li><li><a href="/csrc/c100034/common_list.shtml">互动交流</a></li></ul></div>
"""

CSRC_FOOT = """<div class="footpc"><div class="footcont">
<p><a href="/csrc/c100040/common_list.shtml">网站地图</a> | <a href="/csrc/c100041/common_list.shtml">联系我们</a></p>
<p>主办单位：中国证券监督管理委员会　京ICP备 05035542号</p>
<p>网站识别码：bm56000001</p></div></div>
</body>
</html>
"""


def csrc_list() -> str:
    # Shaped after a real list page of the same CMS (qianliang-lq/crawler-bot@c0b967d,
    # tests/fixtures/csrc-szzyb-0599/csrc_sz.html): no <meta name="channelid">, an empty
    # ul#list and #page_div filled by a script from /searchList/<channelid>?…; the sidebar
    # links the page itself as common_list.shtml?channelid=<id>.
    cid = CSRC["channel_id"]
    return (
        CSRC_HEAD.format(extra_meta='<meta name="ColumnName" content="新闻发布会" />\n',
                         title="新闻发布会")
        + f"""  <input id="page" type="hidden" value="1">
  <input id="pageSize" type="hidden" value="18">
    <div class="BreadcrumbNav mt10">当前位置：<a href='/'>首页</a>&nbsp;>&nbsp;<a href='/csrc/c100028/common_xq_list.shtml'>新闻发布</a>&nbsp;>&nbsp;<span>新闻发布会</span></div>
    <div class="main">
        <div class="main-left fl">
            <h2>新闻发布</h2>
            <ul class="sidebar">
                <li><a href="/csrc/c100028/common_xq_list.shtml">证监会要闻</a></li>
                <li><a href="/csrc/c100029/common_list.shtml?channelid={cid}">新闻发布会</a></li>
            </ul>
        </div>
        <div class="main-right fr common-list">
            <div class="hd"><span class="active">新闻发布会</span></div>
            <ul id="list" class="list mt10">
            </ul>
            <div id="page_div">
            </div>
        </div>
        <div class="clear"></div>
    </div>
"""
        + CSRC_FOOT.replace("</body>", '<script src="/csrc/xhtml/js/common_list.js"></script>\n</body>')
    )


def csrc_article(a: dict) -> str:
    # Shaped after a real article page (same fixture set, csrc_detail_sample.html): the
    # headline in div.content > h2, "日期：YYYY-MM-DD     来源：…" in div.info > p.fl (the
    # date only: the time is in the JSON list's publishedTimeStr), the text in .detail-news.
    meta = (
        f'<meta name="ArticleTitle" content="{esc(a["title"])}"/>\n'
        f'<meta name="ContentSource" content="{a["source"]}"/>\n'
    )
    return (
        CSRC_HEAD.format(extra_meta=meta, title=esc(a["title"]) + "_新闻发布会")
        + f"""    <div class="BreadcrumbNav mt10">当前位置：<a href='/'>首页</a>><a href='/csrc/c100029/common_list.shtml'>新闻发布会</a></div>
    <div class="main">
        <div class="content">
            <h2>{esc(a["title"])}</h2>
            <div class="info">
                <p class="fl">日期：{a["date"]}     来源：{a["source"]}</p>
                <p class="fr m-hide changeSize" id="changeSize">【字号：<span>大</span> <span>中</span> <span class="on">小</span>】</p>
                <div class="clear"></div>
            </div>
            <div class="repeatX"></div>
            <div class="detail-news">
{paras(a["body"], "                ")}
               <div id="files" style="display: none"></div>
            </div>
        </div>
    </div>
"""
        + CSRC_FOOT
    )


def csrc_search_list(articles: list[dict], page: int, page_size: int, total: int) -> str:
    """One JSON page as ``/searchList/<channelid>?…&page=N`` answers it (shape of the real
    csrc_searchList_sample.json: data.page/rows/total/results[], protocol-relative url,
    publishedTime in epoch ms, publishedTimeStr in Beijing time)."""
    import datetime as dt

    china = dt.timezone(dt.timedelta(hours=8))
    results = []
    for a in articles:
        stamp = f'{a["date"]} {a["time"]}:00' if len(a["time"]) == 5 else f'{a["date"]} {a["time"]}'
        when = dt.datetime.fromisoformat(stamp.replace(" ", "T")).replace(tzinfo=china)
        results.append({
            "resList": [],
            "memo": a["body"][0][:40],
            "title": a["title"],
            "url": "//www.csrc.gov.cn" + a["path"],
            "channelName": "新闻发布会",
            "manuscriptId": a["path"].split("/")[-2].lstrip("c"),
            # the real list's epoch is 8 hours before the instant its string names
            "publishedTime": int(when.timestamp() * 1000) - 8 * 3600 * 1000,
            "channelId": CSRC["channel_id"],
            "publishedTimeStr": stamp,
        })
    return json.dumps({"data": {"page": page, "rows": page_size, "channelId": CSRC["channel_id"],
                                "total": total, "results": results}},
                      ensure_ascii=False, separators=(",", ":"))


def build_csrc() -> None:
    host = "www.csrc.gov.cn"
    write(host, "/csrc/c100029/common_list.shtml", csrc_list())
    for a in CSRC["articles"]:
        write(host, a["path"], csrc_article(a))
    # The list script's JSON source, 18 results a page as the live script asks for
    # (the spider follows data.total to later pages).
    cid = CSRC["channel_id"]
    per_page = 18
    articles = CSRC["articles"]
    routes = {}
    for number in range(1, max(1, -(-len(articles) // per_page)) + 1):
        chunk = articles[(number - 1) * per_page: number * per_page]
        name = f"searchList/{cid}_page{number}.json"
        write(host, "/" + name, csrc_search_list(chunk, number, per_page, len(articles)))
        query = ("_isAgg=false&_isJson=true&_pageSize=18&_template=index&_rangeTimeGte="
                 f"&_channelName=&page={number}")
        routes[f"/searchList/{cid}?{query}"] = name
    write_site_json(host, {
        "routes": routes,
        "headers": {"*.shtml": {"Content-Type": "text/html; charset=utf-8"},
                    "/searchList/*": {"Content-Type": "application/json;charset=UTF-8"}},
    })
    write(host, "/robots.txt", "User-agent: *\nAllow: /\n")


# --------------------------------------------------------------------------------------------
# www.pbc.gov.cn — 中国人民银行 沟通交流 / 新闻 (UTF-8; shaped after real saved pages,
# newthinker/atlas@62b9243 internal/hestia/testdata/pboc-*.html: font.newslist_style a[title]
# rows, a pager without href (onclick/tagname) to .../113469/11040-<N>.html, articles
# .../113469/<id>/index.html with h2 headline, PubDate meta, td.hui12[align=right] time, #zoom)
# --------------------------------------------------------------------------------------------

PBC_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{extra_meta}<title>{title}</title>
<link href="/r/cms/www/pbc/css/common.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/r/cms/www/pbc/js/jquery.js"></script>
</head>
<body>
<div class="head"><a href="/"><img src="/r/cms/www/pbc/images/logo.png" alt="中国人民银行" /></a>
<div class="nav"><a href="/">首页</a> <a href="/goutongjiaoliu/113456/index.html">沟通交流</a> <a href="/zhengcehuobisi/125207/index.html">货币政策</a>
<a href="/diaochatongjisi/116219/index.html">调查统计</a> <a href="/rmyh/105145/index.html">信息公开</a></div></div>
"""

PBC_FOOT = """<table width="1000" align="center" class="foot"><tr><td class="hui12">
<a href="/rmyh/105184/index.html">网站地图</a> | <a href="/rmyh/105185/index.html">联系我们</a><br />
版权所有：中国人民银行　京ICP备05073439号　京公网安备 11010202000008号　网站标识码：bm17000001
</td></tr></table>
<script type="text/javascript" src="/r/cms/www/pbc/js/common.js"></script>
</body>
</html>
"""


PBC_LIST_BASE = "/goutongjiaoliu/113456/113469/"


def pbc_page_path(page: int) -> str:
    """Listing page ``page`` (0-based): index.html, then 11040-2.html, 11040-3.html…"""
    return PBC_LIST_BASE + ("index.html" if page == 0 else f"11040-{page + 1}.html")


def pbc_cut(title: str, limit: int = 30) -> str:
    """The list cuts long titles and appends "..." (the full one is in ``title=``)."""
    return title if len(title) <= limit else title[:limit] + "..."


def pbc_list(page: int, pages: int, entries: list[dict]) -> str:
    # Shaped after real list pages (newthinker/atlas@62b9243, pboc-index-p1/p2.html):
    # one small table per row, the link without a visible date, the date in span.hui12
    # after the <font>, and a pager whose links have no href — the target is in onclick
    # (queryArticleByCondition) and tagname; the page count in "当前页: N /M".
    rows = "\n".join(
        f"""     <table cellspacing="0" cellpadding="0" border="0" width="100%">
      <tbody>
       <tr>
        <td width="15"></td>
        <td height="22" align="left"><font class="newslist_style" style="margin-right:10px;"><a href="{e["href"]}" onclick="void(0)" target="_blank" title="{esc(e["title"])}" istitle="true">{esc(pbc_cut(e["title"]))}</a></font><span class="hui12">{e["date"]}</span></td>
       </tr>
      </tbody>
     </table>"""
        for e in entries
    )

    def pager_link(text: str, target: int | None, marker: str) -> str:
        if target is None:
            return f'<a tagname="[{marker}]" class="">{text}</a>'
        path = pbc_page_path(target)
        return (f'<a style="cursor:pointer" onclick="queryArticleByCondition(this,\'{path}\')" '
                f'tagname="{path}" class="pagingNormal">{text}</a>')

    gap = '<span style="width:5px;display:inline-block;"></span>'
    nav = " ".join([
        pager_link("首页", 0 if page > 0 else None, "HOMEPAGE"), gap,
        pager_link("上一页", page - 1 if page > 0 else None, "PREVIOUSPAGE"), gap,
        pager_link("下一页", page + 1 if page < pages - 1 else None, "NEXTPAGE"), gap,
        pager_link("尾页", pages - 1 if page < pages - 1 else None, "LASTPAGE"), gap,
    ])
    total = sum(len(p) for p in PBC["pages"])
    template = PBC_LIST_BASE + "11040-%1.html"
    return (
        PBC_HEAD.format(extra_meta='<meta name="ColumnName" content="新闻" >\n',
                        title="新闻 ")
        + f"""<div style="width:90%;margin:0 auto;">
 <table cellspacing="0" cellpadding="0" border="0" width="100%">
  <tbody>
   <tr>
    <td>
{rows}</td>
   </tr>
  </tbody>
 </table>
</div>
<div style="width:90%; font-family: Tahoma,Arial,Helvetica;font-size: 12px;font-weight: normal; margin:0 auto 20px">
 <table cellspacing="0" cellpadding="0" border="0" width="100%">
  <tbody>
   <tr>
    <td nowrap="true" align="notset" valign="bottom" style="width:35%;"> {nav} </td>
    <td nowrap="true" align="left" valign="bottom" style="width:40%;" class="Normal"> 总记录数:{total},每页显示2条记录,当前页: <font color="red">{page + 1}</font> /{pages} </td>
    <td align="right" class="easysite-jump-page"> <span>跳转至</span> <input type="text" value="{page + 1}" size="5" class="easysite-page-text" onkeydown="jumpToPage(event,this,'{pages}','{page + 1}','{template}')">页 </td>
   </tr>
  </tbody>
 </table>
</div>
"""
        + PBC_FOOT
    )


def pbc_article(a: dict) -> str:
    # Shaped after real article pages (newthinker/atlas@62b9243, pboc-2025-09-q3.html):
    # ArticleTitle/PubDate metas (PubDate is a date only), the headline in the first h2 of
    # a centred cell (an empty subtitle h2 after it), the time in td.hui12[align=right],
    # the text in div#zoom inside td.content.
    meta = (
        f'<meta name="ArticleTitle" content="{esc(a["title"])}">\n'
        f'<meta name="PubDate" content="{a["date"]}">\n'
        f'<meta name="ContentSource" content="">\n'
    )
    return (
        PBC_HEAD.format(extra_meta=meta, title=esc(a["title"]) + " ")
        + f"""<table class="hui12" align="center" border="0" cellpadding="0" cellspacing="0" width="950">
 <tbody>
  <tr><td class="hui12" height="28" align="left" valign="middle">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/goutongjiaoliu/113456/index.html">沟通交流</a> &gt;&gt; <a href="{PBC_LIST_BASE}index.html">新闻</a></td></tr>
  <tr><td valign="middle">
   <table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr>
    <td colspan="2" align="center" height="55"><h2 style="font-size: 16px;color: #333;">{esc(a["title"])}</h2><h2 style="font-size: 14px;color: #333;line-height:38px"></h2></td>
   </tr></tbody></table>
   <table border="0" cellpadding="0" cellspacing="0" width="90%"><tbody><tr>
    <td class="hui12" align="left" height="26"></td>
    <td class="hui12 under0" align="left">字号 <a onclick="doZoom(16)" href="javascript:;">大</a> <a onclick="doZoom(14)" href="javascript:;">中</a> <a onclick="doZoom(12)" href="javascript:;">小</a></td>
    <td class="hui12" align="center">文章来源：<span id="laiyuan">{a["source"]}</span></td>
    <td class="hui12" align="right"><!--{a["date"]}-->{a["date"]} {a["time"]}:00</td>
   </tr></tbody></table>
   <table border="0" cellpadding="0" cellspacing="0" width="90%"><tbody><tr>
    <td class="content" colspan="2" align="left" valign="top">
     <div id="zoom" class="zoom1">
{paras(a["body"], "      ")}
     </div>
    </td>
   </tr></tbody></table>
   <table width="100%"><tr><td class="hui12" align="right">责任编辑：{a["editor"]}</td></tr></table>
  </td></tr>
 </tbody>
</table>
"""
        + PBC_FOOT
    )


def build_pbc() -> None:
    host = "www.pbc.gov.cn"
    pages = PBC["pages"]
    for i, entries in enumerate(pages):
        write(host, pbc_page_path(i), pbc_list(i, len(pages), entries))
    for a in PBC["articles"]:
        write(host, a["path"], pbc_article(a))
    write(host, "/robots.txt", "User-agent: *\nAllow: /\n")


BUILDERS = {
    "www.scio.gov.cn": build_scio,
    "www.samr.gov.cn": build_samr,
    "www.gov.cn": build_govcn,
    "www.nbd.com.cn": build_nbd,
    "www.chinanews.com.cn": build_chinanews,
    "www.csrc.gov.cn": build_csrc,
    "www.pbc.gov.cn": build_pbc,
}


#: hosts a builder writes besides its own (removed first as well)
EXTRA_HOSTS = {"www.gov.cn": ("sousuo.gov.cn",)}


def main() -> None:
    for host, build in BUILDERS.items():
        for name in (host, *EXTRA_HOSTS.get(host, ())):
            shutil.rmtree(ROOT / name, ignore_errors=True)
        build()


if __name__ == "__main__":
    main()
