"""Faults: every bad page becomes a dropped row with its reason, the good ones are stored,
the crawl finishes and its run says ``partial``."""

from __future__ import annotations

import pytest

from tests.crawl.site import NEWS, article_html

pytestmark = pytest.mark.slow

TOPICS = {
    "good1": ("国家发展改革委举行新闻发布会 介绍宏观经济运行情况", [
        "国家发展改革委1月14日举行新闻发布会，介绍宏观经济运行情况。",
        "新闻发言人表示，2024年经济运行总体平稳，主要目标任务顺利完成。",
        "发言人指出，2025年将实施更加积极有为的宏观政策。"]),
    "good2": ("财政部举行新闻发布会 介绍2024年财政收支情况", [
        "财政部1月15日举行新闻发布会，介绍2024年财政收支情况。",
        "2024年全国一般公共预算收入超过21万亿元，同比增长1.3%。",
        "财政部有关负责人表示，今年将实施更加积极的财政政策。"]),
    "flaky": ("海关总署举行新闻发布会 介绍2024年进出口情况", [
        "海关总署1月13日举行新闻发布会，介绍2024年全年进出口情况。",
        "2024年我国货物贸易进出口总值43.85万亿元，同比增长5%。",
        "海关总署新闻发言人表示，外贸规模再创历史新高。"]),
    "ratelimited": ("国家外汇管理局举行新闻发布会 介绍外汇收支形势", [
        "国家外汇管理局1月17日举行新闻发布会，介绍2024年外汇收支形势。",
        "外汇局新闻发言人表示，跨境资金流动总体稳定，外汇市场运行平稳。",
        "发言人还就人民币汇率问题回答了记者提问。"]),
    "gbk": ("工业和信息化部举行新闻发布会 介绍工业和信息化发展情况", [
        "工业和信息化部1月21日举行新闻发布会，介绍2024年工业和信息化发展情况。",
        "2024年全国规模以上工业增加值同比增长5.8%，制造业总体规模连续多年保持全球第一。",
        "工信部有关负责人表示，将推动制造业高端化、智能化、绿色化发展。"]),
}
# "moved" redirects to "good2", which the listing also links: both orders must end with one
# article and the moved URL as its sighting (the duplicate filter must not hide it)
FAULT_PAGES = ["good1", "flaky", "ratelimited", "slow", "reset", "gbk", "cut", "loop", "huge",
               "moved", "good2", "missing"]


def test_faulty_pages_become_dropped_rows_and_the_run_is_partial(crawl, site):
    folder = site / NEWS / "f"
    folder.mkdir(parents=True)
    for name, (title, paragraphs) in TOPICS.items():
        html = article_html(title, "2025-01-15 10:00", paragraphs,
                            charset=None if name == "gbk" else "utf-8")
        (folder / f"{name}.html").write_bytes(
            html.encode("gb18030" if name == "gbk" else "utf-8"))
    cut_text = article_html("截断页面", "2025-01-15 10:00", ["这一页在传输中被截断。" * 40])
    (folder / "cut.html").write_text(cut_text, encoding="utf-8")
    links = "\n".join(f'<li><a href="{name}.html">{name}</a></li>' for name in FAULT_PAGES)
    links += '\n<li><a href="/private/secret.html">robots.txt says no</a></li>'
    (folder / "index.html").write_text(
        f'<html><head><meta charset="utf-8"></head><body><ul class="faults">{links}</ul>'
        "</body></html>", encoding="utf-8")
    with open(crawl.sources_file, "a", encoding="utf-8") as sources:
        sources.write(f"""
[sources.faults]
spider = "listing"
kind = "government"
start_urls = ["https://{NEWS}/f/"]
[sources.faults.selectors]
links = "ul.faults a"
title = "h1.title"
body = "div.content"
date = "span.time"
""")
    server = crawl.server
    server.add_route(NEWS, "/f/gbk.html", file=folder / "gbk.html", content_type="text/html")
    server.fault(NEWS, "/f/flaky.html", statuses=[500])
    server.fault(NEWS, "/f/ratelimited.html", statuses=[429], retry_after=1)
    server.fault(NEWS, "/f/slow.html", stall=6)
    server.fault(NEWS, "/f/reset.html", reset=True)
    server.fault(NEWS, "/f/cut.html", truncate=300)
    server.fault(NEWS, "/f/loop.html", redirect_loop=True)
    server.fault(NEWS, "/f/huge.html", huge=30 * 1024 * 1024)
    server.fault(NEWS, "/f/moved.html", redirect="/f/good2.html")

    result = crawl.run("faults", settings=["DOWNLOAD_TIMEOUT=2"])
    assert result.returncode == 0, result.stderr[-3000:]

    base = f"https://{NEWS}/f/"
    articles = {r["url"]: r for r in crawl.rows("SELECT url, title, body FROM articles")}
    for name in ("good1", "flaky", "ratelimited", "gbk", "good2"):
        assert base + f"{name}.html" in articles, f"{name} not stored: {sorted(articles)}"
    gbk = articles[base + "gbk.html"]
    assert gbk["title"] == TOPICS["gbk"][0]
    assert gbk["body"].split("\n\n")[-1] == TOPICS["gbk"][1][-1]
    # the redirect: stored under its final URL, the original URL recorded as a sighting
    assert base + "moved.html" not in articles
    sighted = {r["url"] for r in crawl.rows("SELECT url FROM sightings")}
    assert base + "moved.html" in sighted

    rows = crawl.rows("SELECT url, reason, detail FROM dropped")
    dropped = {r["url"]: r["reason"] for r in rows}
    # the real URL everywhere, never the replica's mapped address (timeouts name the URL)
    mapped = f"127.0.0.1:{server.port}"
    assert [r for r in rows if mapped in r["url"] + r["detail"]] == []
    assert f"https://{NEWS}/f/slow.html" in next(r["detail"] for r in rows
                                                 if r["reason"] == "timeout")
    assert dropped == {
        base + "slow.html": "timeout",
        base + "reset.html": "connection_error",
        base + "cut.html": "truncated",
        base + "loop.html": "redirect_loop",
        base + "huge.html": "too_large",
        base + "missing.html": "not_found",
        f"https://{NEWS}/private/secret.html": "robots",
    }
    assert not server.fetched(NEWS, prefix="/private/")
    # retried after 500 and after 429 (honouring Retry-After), then answered
    assert server.fetched(NEWS, prefix="/f/flaky") == ["/f/flaky.html"] * 2
    assert server.fetched(NEWS, prefix="/f/ratelimited") == ["/f/ratelimited.html"] * 2

    run = crawl.rows("SELECT status, pages, new, dropped, errors, message FROM crawl_runs")[0]
    assert run["status"] == "partial", run
    assert run["errors"] == 6 and run["dropped"] == 7 and run["new"] == 5  # robots: no error
    # a partial run keeps no listing validators: the next crawl reads the listing again
    # to retry the failed pages
    assert crawl.rows("SELECT url FROM fetch_validators") == []
