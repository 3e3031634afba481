# ruff: noqa: E501  (page templates and Chinese prose)
"""Write the cleaning corpus under ``tests/clean/corpus/`` (run from the repository root).

    python -m tests.clean.make_corpus

Each case is a page or text file (bytes as a real copy would have them) plus ``<name>.json``
with the expected clean paragraphs and fields. Pages follow the structure of the sites the
spiders target (selectors from ``crawler/sources/*.toml``); copies are damaged the way mirror
and content-farm copies are: converted to traditional script with a pinyin annotation after
every converted character, half-width punctuation, entities that lost their ``&``, injected
gambling spam, wrong charset declarations, GBK bytes, partial text, publisher footers.
The expected text is the ground truth in ``corpus_texts.py``, never the cleaner's output.
The files are committed; this script is how they were made.
"""

from __future__ import annotations

import html
import json
import random
import tomllib
from pathlib import Path

import opencc
from pypinyin import Style, pinyin

from tests.clean.corpus_texts import ARTICLES

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus"
REPO = HERE.parents[1]

S2T = opencc.OpenCC("s2t")
T2S = opencc.OpenCC("t2s")
SPAM = ["澳门六开彩免费资料公开", "一码一肖100%精准", "2025新澳门正版资料大全", "管家婆一肖一码100%"]
SOURCE_OF_SITE = {
    "www.samr.gov.cn": "samr", "www.scio.gov.cn": "scio", "www.nbd.com.cn": "nbd",
    "www.chinanews.com.cn": "chinanews", "www.pbc.gov.cn": "pbc", "www.csrc.gov.cn": "csrc",
    "www.gov.cn": "govcn",
}


def selectors_of(source: str) -> dict[str, str]:
    for file in (REPO / "crawler" / "sources").glob("*.toml"):
        data = tomllib.loads(file.read_text("utf-8"))
        found = data.get("sources", {}).get(source, {}).get("selectors")
        if found:
            return {k: v for k, v in found.items() if k in {"title", "body", "date", "author", "remove"}}
    raise SystemExit(f"no selectors for {source}")


def annotate(text: str) -> str:
    """Traditional script with ``(pīn)`` after every converted character, like the seed."""
    trad = S2T.convert(text)
    if T2S.convert(trad) != text:
        raise SystemExit(f"OpenCC round trip changes this text; reword it: {text}")
    readings = pinyin(text, style=Style.TONE, errors=lambda chars: [[c] for c in chars])
    out = []
    for simple, converted, reading in zip(text, trad, readings, strict=True):
        out.append(converted)
        if simple != converted:
            out.append(f"({reading[0]})")
    return "".join(out).replace("（", "(").replace("）", ")")


def half_width(text: str) -> str:
    return text.replace("，", ",").replace("：", ":").replace("；", ";").replace("？", "?")


def inject_spam(text: str, rng: random.Random) -> str:
    """A spam phrase inserted after a comma, mid-sentence, as content farms do."""
    commas = [i for i, c in enumerate(text) if c == "，"]
    if not commas:
        return text[: len(text) // 2] + rng.choice(SPAM) + text[len(text) // 2 :]
    at = rng.choice(commas) + 1
    return text[:at] + rng.choice(SPAM) + text[at:]


def paras(lines: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in lines)


HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="PubDate" content="{meta_date}">
<title>{title}_{site_name}</title>
<script>var _hmt = _hmt || []; document.write("<div>广告</div>");</script>
<style>.nav{{color:#333}}</style>
</head><body>
"""
NAV = """<div class="top-nav"><a href="/">首页</a> <a href="/xwfb/">新闻发布</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
"""
FOOT = """<div class="footer"><p><a href="/gywm/">关于我们</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a></p>
<p>版权所有：{site_name} 京ICP备05070727号</p></div>
<script>(function(){{var s=document.createElement("script");}})();</script>
</body></html>"""


def page(site: str, art: dict, body_paras: list[str], *, meta_date: str) -> str:
    """The article in the template of its site (selectors of crawler/sources/<site>.toml)."""
    t, d, body = html.escape(art["title"]), art["date_text"], paras(body_paras)
    related = '<div class="related"><h3>相关新闻</h3><ul><li><a href="/a/1.html">国新办举行新闻发布会介绍2024年经济运行情况</a></li><li><a href="/a/2.html">市场监管总局部署节日市场监管工作</a></li></ul></div>'
    if site == "www.samr.gov.cn":
        name = "国家市场监督管理总局"
        main = f"""<div class="Three_xilan"><h1>{t}</h1>
<div class="Three_xilan_01"><span class="fbsj">发布时间：{d}</span><span>信息来源：新闻宣传司</span></div>
<div class="Three_xilan_share">分享：<a>微信</a><a>微博</a></div>
<div id="zoom">{body}
<p class="caption" style="text-align:center">图为发布会现场。</p></div>
{related}</div>"""
    elif site == "www.scio.gov.cn":
        name = "中华人民共和国国务院新闻办公室"
        main = f"""<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwfb/">新闻发布</a></div>
<div class="article"><div class="article_title"><h1>{t}</h1></div>
<div class="article_info"><span class="time">{d}</span><span class="source">来源：国务院新闻办公室网站</span></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="TRS_Editor">{body}</div>
<div class="bianji">责任编辑：刘佳</div>{related}</div>"""
    elif site == "www.nbd.com.cn":
        name = "每经网"
        author = " ".join(art.get("authors", []))
        main = f"""<div class="g-main"><div class="g-article-top"><h1>{t}</h1>
<p class="u-time"><span class="source">每日经济新闻</span><span class="time">{d}</span></p>
<p class="u-author">每经记者：{author}</p></div>
<div class="g-article-abstract">每经AI快讯，{html.escape(body_paras[0][:20])}……</div>
<div class="g-articl-text">{body}
<p>封面图片来源：视觉中国</p></div>
<div class="u-share">分享到 <a>微信</a> <a>微博</a></div>
<div class="g-recommend"><h3>推荐阅读</h3><ul><li><a href="/a/1.html">A股三大指数集体收涨 沪指重回3200点</a></li><li><a href="/a/2.html">央行：保持流动性合理充裕</a></li></ul></div>
<div class="statement">特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。</div></div>"""
    elif site == "www.chinanews.com.cn":
        name = "中国新闻网"
        main = f"""<div class="content_left"><h1 class="content_left_title">{t}</h1>
<div class="left-t">{d}　来源：中国新闻网 <a class="share">参与互动</a></div>
<div class="left-share">分享到：<a>微信</a><a>微博</a></div>
<div class="left_zw">{body}
<div class="adInContent"><a href="/ad/">【广告】点击查看详情</a></div>
<p>(完)</p></div>
<div class="left_name"><div class="left_name">【编辑:{"、".join(art.get("editors", []) or ["陈文"])}】</div></div>{related}</div>"""
    elif site == "www.pbc.gov.cn":
        name = "中国人民银行"
        main = f"""<div id="r_con"><h2 style="font-size:18px">{t}</h2>
<div class="portlet"><span id="shijian">{d}</span> <span>文章来源：沟通交流</span> <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div id="zoom">{body}</div></div>"""
    elif site == "www.csrc.gov.cn":
        name = "中国证券监督管理委员会"
        main = f"""<div class="detail"><div class="detail-title"><h2>{t}</h2></div>
<div class="detail-info"><span class="date">{d}</span><span class="source">来源：证监会</span></div>
<div class="detail-news">{body}</div>
<div class="detail-share">【打印】【关闭】</div>{related}</div>"""
    elif site == "www.gov.cn":
        name = "中国政府网"
        main = f"""<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a></div>
<div class="article oneColumn pub_border"><h1 id="ti">{t}</h1>
<div class="pages-date">{d} <span class="font">来源：新华社</span><span class="index_switchsize">字号：<a>默认</a> <a>大</a> <a>超大</a></span></div>
<div class="share-box">分享到：<a>微信</a></div>
<div class="pages_content" id="UCAP-CONTENT">{body}</div>
<div class="editor">【我要纠错】 责任编辑：王洋</div></div>{related}"""
    else:
        raise ValueError(site)
    return HEAD.format(charset="{charset}", meta_date=meta_date, title=t, site_name=name) + f"<h1 class=\"logo\">{name}</h1>\n" + NAV + main + "\n" + FOOT.format(site_name=name)


def farm_page(title: str, body_lines: list[str]) -> str:
    """A content-farm mirror: portal chrome, the copy in <div class="txt"> with <br> lines."""
    body = "<br>\n".join(html.escape(x, quote=False) for x in body_lines)
    return f"""<!DOCTYPE html><html><head><meta charset="{{charset}}"><title>{html.escape(title)}-资讯中心-优选财经网</title></head>
<body><div class="header"><h1>优选财经网</h1><ul class="menu"><li><a href="/">首页</a></li><li><a href="/cj/">财经</a></li><li><a href="/gp/">股票</a></li></ul></div>
<div class="wrap"><div class="left"><div class="tit">{html.escape(title)}</div>
<div class="info">时间：2025-01-18 08:12  来源：网络整理  阅读：1024</div>
<div class="txt">{body}</div>
<div class="pre-next"><a href="/a/9.html">上一篇：澳门六开彩开奖结果查询</a> <a href="/a/11.html">下一篇：今日金价</a></div></div>
<div class="right"><div class="hot"><h3>热门文章</h3><a href="/a/3.html">一码一肖100%精准</a><a href="/a/4.html">新澳门资料大全</a></div></div></div>
<div class="footer">Copyright &copy; 2025 优选财经网 版权所有</div></body></html>"""


def write_case(name: str, data: bytes, meta: dict, suffix: str) -> None:
    (OUT / f"{name}{suffix}").write_bytes(data)
    meta = {"file": f"{name}{suffix}", **meta}
    (OUT / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        if old.name != "seed":
            old.unlink()
    rng = random.Random(20250110)
    for key, art in ARTICLES.items():
        site, truth = art["site"], art["paragraphs"]
        source = SOURCE_OF_SITE[site]
        fields = {"title": art["title"], "published_at": art["published_at"]}
        # A meta date that disagrees with the printed one (CMS update time): printed wins.
        meta_date = "2025-02-01 09:00:00"
        template = page(site, art, truth, meta_date=meta_date)
        # 1. the page as the site serves it, cleaned with the source's selectors;
        # 2. the same page through the general extractor.
        raw = template.replace("{charset}", "utf-8").encode("utf-8")
        write_case(f"{key}_page_selectors", raw,
                   {"kind": "site page, source selectors", "selectors": selectors_of(source),
                    "source": source, "expected": truth, **fields}, ".html")
        write_case(f"{key}_page_general", raw,
                   {"kind": "site page, general extractor", "expected": truth, **fields}, ".html")
        # 3. the page saved by a mirror as GBK, declared gb2312.
        gbk = template.replace("{charset}", "gb2312").encode("gbk")
        write_case(f"{key}_page_gbk", gbk,
                   {"kind": "GBK page, general extractor", "expected": truth, **fields}, ".html")
        # 4. a declaration that lies: says gb2312, bytes are UTF-8.
        lying = template.replace("{charset}", "gb2312").encode("utf-8")
        write_case(f"{key}_page_declares_gb2312_is_utf8", lying,
                   {"kind": "wrong charset declaration", "expected": truth, **fields}, ".html")
        # 5. the annotated traditional mirror copy, as plain text, like the seed.
        lines = []
        if art.get("media"):
            lines.append(f"{annotate(art['media'])} {art['date_text']}")
        lines.append(annotate(truth[0]))  # lead repeated, as on the seed's source
        if art.get("authors"):
            lines.append(annotate(f"记者 {' '.join(art['authors'])}"))
        lines += [half_width(annotate(p)) for p in truth]
        lines += [annotate("如需转载请与本站联系。"), annotate("欢迎关注本站APP")]
        expected_meta = {"published_at": art["published_at"], "authors": art.get("authors", [])}
        write_case(f"{key}_mirror_annotated", "\n".join(lines).encode("utf-8"),
                   {"kind": "annotated traditional mirror text", "expected": truth,
                    **expected_meta}, ".txt")
        # 6. a content-farm page (GBK) with spam injected mid-sentence and a spam line.
        spammed = [inject_spam(p, rng) for p in truth]
        spammed.insert(2, "澳门六开彩免费资料公开，一码一肖100%精准，稳赚不赔。")
        farm = farm_page(art["title"], spammed).replace("{charset}", "gbk").encode("gbk")
        write_case(f"{key}_farm_spam", farm,
                   {"kind": "content farm, spam injected, <br> body", "expected": truth,
                    "title": art["title"]}, ".html")
    # Cases that exercise one damage each, on chosen articles.
    art = ARTICLES["nbd"]
    partial = [art["title"], *art["paragraphs"][:2], "未经《每日经济新闻》报社授权，严禁转载或镜像，违者必究。", "读者热线：4008890008"]
    write_case("nbd_partial_copy", "\n".join(partial).encode("gb18030"),
               {"kind": "partial copy, GB18030 text with footer", "expected": art["paragraphs"][:2],
                "title": art["title"]}, ".txt")
    art = ARTICLES["scio"]
    damaged = [p.replace("“", "?ldquo;").replace("”", "&rdquo;") for p in art["paragraphs"]]
    damaged[1] = damaged[1].replace("43.85", "４３．８５").replace("，", "&nbsp;，\u200b")
    damaged[2] = "\u3000\u3000" + damaged[2].replace("70", "７０")
    body = "".join(f"<p>{p}</p>" for p in damaged)
    doc = page("www.scio.gov.cn", art, ["PLACEHOLDER"], meta_date="2025-01-13 10:00").replace(
        "<p>PLACEHOLDER</p>", body).replace("{charset}", "utf-8")
    expected = [p.replace("43.85", "43.85") for p in art["paragraphs"]]
    write_case("scio_entities_width", doc.encode("utf-8"),
               {"kind": "entities without &, full-width digits, nbsp, zero-width", "expected": expected,
                "title": art["title"]}, ".html")
    art = ARTICLES["pbc"]
    doc = page("www.pbc.gov.cn", art, art["paragraphs"], meta_date="2025-01-14").replace("{charset}", "utf-8")
    write_case("pbc_utf8_declares_utf8_is_gbk", doc.replace("utf-8", "utf-8").encode("gbk"),
               {"kind": "declares utf-8, bytes are GBK", "expected": art["paragraphs"],
                "title": art["title"]}, ".html")
    art = ARTICLES["govcn"]
    br_body = "<br/>\n".join(art["paragraphs"])
    doc = page("www.gov.cn", art, ["PLACEHOLDER"], meta_date="2025-01-10").replace(
        "<p>PLACEHOLDER</p>", br_body).replace("{charset}", "utf-8")
    write_case("govcn_br_body", doc.encode("utf-8"),
               {"kind": "<br>-separated body", "expected": art["paragraphs"],
                "title": art["title"], "published_at": art["published_at"]}, ".html")
    # Annotated traditional copies inside content-farm pages (GBK), like the seed's mirrors.
    for key in ("samr", "chinanews", "csrc"):
        art = ARTICLES[key]
        lines = [half_width(annotate(p)) for p in art["paragraphs"]]
        lines[0] = lines[0].replace("“", "?ldquo;").replace("”", "?rdquo;")
        farm = farm_page(annotate(art["title"]), lines).replace("{charset}", "gbk")
        write_case(f"{key}_farm_annotated_gbk", farm.encode("gbk"),
                   {"kind": "annotated traditional copy in a GBK farm page", "expected": art["paragraphs"],
                    "title": art["title"]}, ".html")
    # A portal page printing a relative time ("昨天 10:45"), dated from the fetch time.
    art = ARTICLES["chinanews"]
    doc = page("www.chinanews.com.cn", art, art["paragraphs"], meta_date="2025-01-30").replace(
        art["date_text"], "昨天 10:45").replace("{charset}", "utf-8")
    write_case("chinanews_relative_date", doc.encode("utf-8"),
               {"kind": "relative date in the page", "expected": art["paragraphs"],
                "fetched_at": "2025-01-18T03:00:00Z", "published_at": art["published_at"],
                "title": art["title"]}, ".html")
    print(f"wrote {len(list(OUT.glob('*.json')))} cases to {OUT}")


if __name__ == "__main__":
    main()
