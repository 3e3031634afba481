"""The crawl tests' generated site: two hosts (a news site with RSS, Atom and a news sitemap
via an index; a ministry's two-page GBK listing without charset declarations), and the
user sources file that defines their four sources, the way a user adds a source without
code. ``write_site`` writes it; the fixtures of ``conftest.py`` serve it."""

from __future__ import annotations

import json
from pathlib import Path

NEWS = "www.example-news.cn"
GOV = "www.example-gov.cn"
NOW = "2025-01-20T12:00:00+08:00"


def article_html(title: str, when: str, paragraphs: list[str], *, charset: str | None = "utf-8",
                 extra: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head>{meta}<title>{title}_示例新闻网</title>
<script>var _hmt = _hmt || [];</script></head>
<body>
<div class="top-nav"><a href="/">首页</a> <a href="/finance/">财经</a></div>
<div class="article">
<h1 class="title">{title}</h1>
<div class="info"><span class="time">{when}</span> 来源：示例新闻网</div>
<div class="content">
{body}
</div>
{extra}
<div class="share">分享到：微信 微博</div>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/other/1.html">其他新闻</a></li></ul></div>
<div class="footer">示例新闻网 版权所有 未经授权严禁转载</div>
</body></html>
"""


NEWS_ARTICLES = {
    "/finance/2025/0110/a1001.html": (
        "国新办举行新闻发布会 央行介绍金融支持实体经济情况", "2025-01-10 16:47:15", [
            "国务院新闻办公室1月10日举行新闻发布会，中国人民银行有关负责人介绍金融支持实体经济情况。",
            "人民银行副行长表示，2024年社会融资规模存量同比增长8%左右，信贷结构持续优化。",
            "他在答记者问时指出，将实施适度宽松的货币政策，保持流动性合理充裕。",
            "发布会上，有关负责人还回答了关于人民币汇率的提问，表示将保持人民币汇率基本稳定。",
        ]),
    "/finance/2025/0112/a1002.html": (
        "证监会召开新闻发布会 回应资本市场热点问题", "2025-01-12 10:30:00", [
            "中国证监会1月12日召开新闻发布会，新闻发言人回应市场关切。",
            "发言人表示，证监会将持续推动中长期资金入市，完善资本市场基础制度。",
            "对于近期市场波动，发言人指出，资本市场长期向好的基本面没有改变。",
        ]),
    "/life/2025/0111/a1003.html": (
        "寒潮来袭 多地迎来大范围降温降雪天气", "2025-01-11 08:00:00", [
            "受强冷空气影响，北方多地11日起迎来大范围降温降雪天气。",
            "气象部门提醒，公众出行注意防寒保暖，做好道路结冰防范。",
            "预计此次降温过程将持续三到四天，部分地区气温下降十度以上。",
        ]),
    "/finance/2025/0115/a1004.html": (
        "金融监管总局举行新闻发布会 介绍2024年银行业保险业运行情况", "2025-01-15 15:00:00", [
            "国家金融监督管理总局1月15日举行新闻发布会，介绍2024年银行业保险业运行情况。",
            "金融监管总局有关负责人表示，银行业保险业总资产保持稳步增长，风险抵补能力较强。",
            "下一步，金融监管总局将持续加强监管，守住不发生系统性金融风险的底线。",
        ]),
}

GOV_ARTICLES = {
    "/xwfb/2025/01/t20250117_301.html": (
        "商务部举行例行新闻发布会（2025年1月17日）", "2025-01-17 15:30", [
            "商务部新闻发言人1月17日在例行新闻发布会上介绍近期商务领域重点工作。",
            "发言人表示，2024年全国网上零售额同比增长7.2%，消费市场稳中有升。",
            "发言人还就外贸形势回答了记者提问，并表示将推动外贸稳规模优结构。",
        ]),
    "/xwfb/2025/01/t20250110_300.html": (
        "商务部举行例行新闻发布会（2025年1月10日）", "2025-01-10 15:30", [
            "商务部新闻发言人1月10日在例行新闻发布会上发布近期商务运行情况。",
            "发言人介绍，以旧换新政策带动相关商品销售额超过1.3万亿元。",
            "对于企业关切的问题，发言人表示商务部将持续优化营商环境。",
        ]),
    "/xwfb/2024/12/t20241227_299.html": (
        "商务部举行例行新闻发布会（2024年12月27日）", "2024-12-27 15:30", [
            "商务部新闻发言人12月27日在例行新闻发布会上回答记者提问。",
            "发言人表示，2024年前11个月全国实际使用外资保持较大规模。",
            "发言人强调，将进一步扩大高水平对外开放。",
        ]),
}


def gov_listing(entries: list[tuple[str, str, str]], next_page: str | None) -> bytes:
    """A GBK listing page with no charset anywhere (header or meta)."""
    rows = "\n".join(f'<li><a href="../..{path}" title="{title}">{title}</a><span class="date">'
                     f"[{when[:10]}]</span></li>" for path, title, when in entries)
    nxt = f'<a class="next" href="{next_page}">下一页</a>' if next_page else ""
    html = f"""<html><head><title>新闻发布 - 示例部委</title></head><body>
<div class="crumb">首页 &gt; 新闻发布</div>
<ul class="list">
{rows}
</ul>
<div class="pager"><span>共2页</span> {nxt}</div>
<a href="http://www.elsewhere.cn/ad.html">友情链接</a>
</body></html>"""
    return html.encode("gb18030")


def write_site(root: Path) -> None:
    """Write the test replica (two hosts) under ``root``."""
    news = root / NEWS
    for path, (title, when, paras) in NEWS_ARTICLES.items():
        file = news / path.lstrip("/")
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(article_html(title, when, paras), encoding="utf-8")
    items = "\n".join(
        f"<item><title>{title}</title><link>https://{NEWS}{path}</link>"
        f"<pubDate>{when[:10]}T{when[11:]}+08:00</pubDate></item>"
        for path, (title, when, _) in list(NEWS_ARTICLES.items())[:3]
    )
    (news / "rss").mkdir(parents=True, exist_ok=True)
    (news / "rss" / "finance.xml").write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>示例财经</title>{items}</channel></rss>", encoding="utf-8")
    path, (title, when, _) = list(NEWS_ARTICLES.items())[3]
    (news / "atom.xml").write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>示例</title><entry><title>{title}</title>"
        f'<link rel="alternate" href="https://{NEWS}{path}"/>'
        f"<updated>{when[:10]}T{when[11:]}+08:00</updated></entry></feed>", encoding="utf-8")
    urls = "\n".join(
        f"<url><loc>https://{NEWS}{path}</loc><news:news><news:title>{title}</news:title>"
        f"<news:publication_date>{when[:10]}T{when[11:]}+08:00</news:publication_date>"
        f"</news:news></url>"
        for path, (title, when, _) in NEWS_ARTICLES.items()
    )
    (news / "sitemap_news.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"{urls}</urlset>", encoding="utf-8")
    (news / "sitemap_index.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>https://{NEWS}/sitemap_news.xml</loc>"
        "<lastmod>2025-01-15</lastmod></sitemap></sitemapindex>", encoding="utf-8")
    (news / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")

    gov = root / GOV
    for path, (title, when, paras) in GOV_ARTICLES.items():
        file = gov / path.lstrip("/")
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(article_html(title, when, paras, charset=None).encode("gb18030"))
    entries = [(path, title, when) for path, (title, when, _) in GOV_ARTICLES.items()]
    (gov / "xwfb" / "list").mkdir(parents=True, exist_ok=True)
    (gov / "xwfb" / "list" / "index.html").write_bytes(gov_listing(entries[:2], "index_1.html"))
    (gov / "xwfb" / "list" / "index_1.html").write_bytes(gov_listing(entries[2:], None))
    (gov / "_site.json").write_text(json.dumps({"default_content_type": "text/html"}))


SOURCES_TOML = f"""
[sources.news_rss]
spider = "feed"
start_urls = ["https://{NEWS}/rss/finance.xml"]
window_days = 30
[sources.news_rss.selectors]
title = "h1.title"
body = "div.content"
date = "span.time"

[sources.news_atom]
spider = "feed"
start_urls = ["https://{NEWS}/atom.xml"]
window_days = 30
[sources.news_atom.selectors]
title = "h1.title"
body = "div.content"
date = "span.time"

[sources.news_sitemap]
spider = "sitemap"
kind = "sitemap"
start_urls = ["https://{NEWS}/sitemap_index.xml"]
follow = "/finance/"
window_days = 30
[sources.news_sitemap.selectors]
title = "h1.title"
body = "div.content"
date = "span.time"

[sources.gov_listing]
spider = "listing"
kind = "government"
start_urls = ["http://{GOV}/xwfb/list/index.html"]
window_days = 60
max_pages = 3
[sources.gov_listing.selectors]
item = "ul.list li"
links = "a"
link_title = "a::attr(title)"
link_date = "span.date::text"
next_page = "div.pager a.next"
title = "h1.title"
body = "div.content"
date = "span.time"
"""
