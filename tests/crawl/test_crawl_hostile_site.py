"""A hostile site: redirects and next pages aimed at an internal server, local files and
loopback spellings, ``user@host`` tricks, a gzip bomb and 500 off-site links.

Everything runs on 127.0.0.1. The hostile site is mapped in ``PRESSWATCH_HOST_MAP``; a
second, unmapped "internal" server on another port stands for what a crawler must never
reach. Its request log must stay empty, every refusal must be a ``dropped`` row with its
code, and the crawl process must stay under 1 GB. Scrapy's resolver answers every name
with 127.0.0.1 (``tests.crawl.fake_dns``), so even a broken policy could not send a packet
off this machine.
"""

from __future__ import annotations

import contextlib
import json
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from tests.crawl.site import NOW, article_html
from tests.harness import FAST, rows
from tests.paths import REPO_ROOT
from tests.processes import run_measured

pytestmark = pytest.mark.slow

HOST = "www.hostile-news.cn"
BASE = f"https://{HOST}"
GOOD = {
    "good": ("国家统计局举行新闻发布会 介绍国民经济运行情况", [
        "国家统计局1月17日举行新闻发布会，介绍2024年国民经济运行情况。",
        "新闻发言人表示，2024年国内生产总值同比增长5%，经济运行总体平稳。",
        "发言人指出，要看到外部环境变化带来的不利影响加深。"]),
    "good2": ("海关总署举行新闻发布会 介绍全年进出口情况", [
        "海关总署1月13日举行新闻发布会，介绍2024年全年进出口情况。",
        "2024年我国货物贸易进出口总值43.85万亿元，同比增长5%。",
        "海关总署新闻发言人表示，外贸规模再创历史新高。"]),
    "good3": ("国家能源局举行新闻发布会 介绍能源形势", [
        "国家能源局1月24日举行新闻发布会，介绍2024年能源形势。",
        "发言人表示，全国可再生能源发电装机规模不断扩大。",
        "国家能源局将持续推进能源绿色低碳转型。"]),
}
UTF16 = ("生态环境部举行新闻发布会 介绍空气质量情况", [
    "生态环境部1月20日举行例行新闻发布会，介绍全国空气质量状况。",
    "发言人表示，全国地级及以上城市细颗粒物平均浓度持续下降。",
    "生态环境部将继续深入打好蓝天保卫战。"])
BOMB_SIZE = 1 << 30  # 1 GiB of zeros, about 1 MB on the wire


def gzip_bomb(size: int) -> bytes:
    """A valid gzip stream of ``size`` zero bytes, built without holding them in memory.

    After a sync flush the deflate output for each further 1 MiB of zeros is the same bytes
    (the window is all zeros), so the middle is one block repeated.
    """
    chunk = bytes(1 << 20)
    gz = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = gz.compress(chunk) + gz.flush(zlib.Z_SYNC_FLUSH)
    block = gz.compress(chunk) + gz.flush(zlib.Z_SYNC_FLUSH)
    assert gz.compress(chunk) + gz.flush(zlib.Z_SYNC_FLUSH) == block
    count = size // len(chunk)
    final = zlib.compressobj(9, zlib.DEFLATED, -15)  # an empty last block
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    trailer = crc.to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little")
    return head + block * (count - 1) + final.flush() + trailer


def listing(links: list[str], next_page: str) -> str:
    items = "\n".join(f'<li><a href="{href}">链接{i}</a></li>' for i, href in enumerate(links))
    return (f'<html><head><meta charset="utf-8"><title>新闻</title></head><body>'
            f'<ul class="list">{items}</ul><a class="next" href="{next_page}">下一页</a>'
            "</body></html>")


def source(name: str) -> str:
    """A listing source of the hostile site starting at ``/NAME/``."""
    return f"""
[sources.{name}]
spider = "listing"
kind = "government"
start_urls = ["{BASE}/{name}/"]
window_days = 60
max_pages = 3
[sources.{name}.selectors]
links = "ul.list a"
next_page = "a.next"
title = "h1.title"
body = "div.content"
date = "span.time"
"""


SOURCES = source("hostile") + source("hostile_zero") + source("hostile_port")


@contextlib.contextmanager
def hostile_world(tmp_path: Path) -> Iterator[tuple[ReplicaServer, ReplicaServer, Path, Path,
                                                      dict[str, str]]]:
    """(hostile server, internal server, sources file, db path, redirects) with the pages in
    place; ``benchmarks/hostile.py`` measures the same world."""
    root = tmp_path / "replicas"
    (root / HOST).mkdir(parents=True)
    internal_root = tmp_path / "internal"
    (internal_root / "internal").mkdir(parents=True)
    (internal_root / "internal" / "secret.html").write_text("<html>secret</html>")
    with ReplicaServer(root) as site, ReplicaServer(internal_root) as internal:
        port = internal.port
        inside = f"127.0.0.1:{port}"
        redirects = {
            "r-internal": f"http://{inside}/secret.html",
            "r-localhost": f"http://localhost:{port}/secret.html",
            "r-127002": f"http://127.0.0.2:{port}/secret.html",
            "r-v6": f"http://[::1]:{port}/secret.html",
            "r-file": "file:///etc/passwd",
            "r-decimal": f"http://2130706433:{port}/secret.html",
            "r-hex": f"http://0x7f.1:{port}/secret.html",
            "r-userinfo": f"http://{HOST}@{inside}/secret.html",
            # a subdomain of the source, not mapped: resolved (to 127.0.0.1), then refused
            "r-subdomain": f"http://cdn.hostile-news.cn:{port}/secret.html",
        }
        for name, target in redirects.items():
            site.add_route(HOST, f"/a/{name}.html", status=302, body=b"",
                           headers={"Location": target})
        site.add_route(HOST, "/a/r-meta.html", content_type="text/html; charset=utf-8", body=(
            f'<html><head><meta http-equiv="refresh" content="0;url=http://{inside}/s.html">'
            "</head><body>moved</body></html>"))
        site.add_route(HOST, "/robots.txt", status=302, body=b"",
                       headers={"Location": f"http://{inside}/robots.txt"})
        for name, (title, paragraphs) in GOOD.items():
            site.add_route(HOST, f"/a/{name}.html", content_type="text/html; charset=utf-8",
                           body=article_html(title, "2025-01-17 10:00", paragraphs))
        site.add_route(HOST, "/a/utf16.html", content_type="text/html",
                       body=article_html(*UTF16[:1], "2025-01-20 10:00", UTF16[1],
                                         charset=None).encode("utf-16"))
        site.add_route(HOST, "/a/bomb.html", body=gzip_bomb(BOMB_SIZE),
                       headers={"Content-Type": "text/html; charset=utf-8",
                                "Content-Encoding": "gzip"})
        off_site = [f"http://www.elsewhere{i}.cn/a/{i}.html" for i in range(250)]
        off_site += [f"http://{inside}/direct{i}.html" for i in range(250)]
        links = [f"/a/{name}.html" for name in [*redirects, "r-meta", "good", "utf16", "bomb"]]
        links.append(f"http://{inside}@{HOST}/a/trick.html")  # on-site by hostname, user@host
        site.add_route(HOST, "/hostile/", content_type="text/html; charset=utf-8",
                       body=listing(links + off_site, "file:///etc/passwd"))
        site.add_route(HOST, "/hostile_zero/", content_type="text/html; charset=utf-8",
                       body=listing(["/a/good2.html"], "file:///dev/zero"))
        site.add_route(HOST, "/hostile_port/", content_type="text/html; charset=utf-8",
                       body=listing(["/a/good3.html"], f"http://{inside}/list2.html"))
        sources = tmp_path / "sources.toml"
        sources.write_text(SOURCES, encoding="utf-8")
        yield site, internal, sources, tmp_path / "crawl.db", redirects


@pytest.fixture
def hostile(tmp_path: Path):
    with hostile_world(tmp_path) as world:
        yield world


def crawl(site: ReplicaServer, sources: Path, db: Path, tmp_path: Path,
          *names: str) -> tuple[int, str, int]:
    command = [sys.executable, "-m", "crawler.crawl", "--db", str(db),
               "--sources-file", str(sources)]
    for item in [*FAST, "TWISTED_DNS_RESOLVER=tests.crawl.fake_dns.LoopbackResolver"]:
        command += ["--set", item]
    env = {"PRESSWATCH_HOST_MAP": json.dumps(site.host_map([HOST])), "PRESSWATCH_NOW": NOW,
           "PYTHONPATH": str(REPO_ROOT), "PRESSWATCH_LOG_LEVEL": "INFO"}
    return run_measured([*command, *names], env=env, cwd=tmp_path, timeout=240,
                        output=tmp_path / f"crawl-{len(list(tmp_path.glob('crawl-*')))}.out")


def test_a_hostile_site_reaches_nothing_but_its_own_pages(hostile, tmp_path):
    site, internal, sources, db, redirects = hostile
    code, log, peak_kb = crawl(site, sources, db, tmp_path, "hostile", "hostile_zero",
                               "hostile_port")
    assert code == 0, log[-3000:]

    assert internal.requests == [], [r.path for r in internal.requests]
    assert peak_kb < 1024 * 1024, f"crawl peak RSS {peak_kb} KB"

    dropped = {r["url"]: r for r in rows(db, "SELECT url, reason, detail, permanent FROM dropped")}
    inside = f"127.0.0.1:{internal.port}"
    expected = {f"{BASE}/a/{name}.html": "blocked" for name in [*redirects, "r-meta"]}
    expected.update({
        f"http://{inside}@{HOST}/a/trick.html": "blocked",
        "file:///etc/passwd": "blocked",
        "file:///dev/zero": "blocked",
        f"http://{inside}/list2.html": "blocked",
        f"{BASE}/a/bomb.html": "too_large",
    })
    assert {url: r["reason"] for url, r in dropped.items()} == expected
    for name, target in redirects.items():  # the refused target is named in detail
        detail = dropped[f"{BASE}/a/{name}.html"]["detail"]
        assert detail.startswith(f"redirect from {BASE}/a/{name}.html to "), detail
        assert target.split("://", 1)[1].split("/")[0].split("@")[-1] in detail, detail
    assert "resolves to loopback address 127.0.0.1" in dropped[f"{BASE}/a/r-subdomain.html"][
        "detail"]
    assert dropped[f"{BASE}/a/bomb.html"]["permanent"] == 1
    assert "DOWNLOAD_MAXSIZE" in dropped[f"{BASE}/a/bomb.html"]["detail"]

    articles = {r["url"]: r for r in rows(db, "SELECT url, title, body FROM articles "
                                              "WHERE status != 'reference'")}
    assert set(articles) == {f"{BASE}/a/good.html", f"{BASE}/a/utf16.html",
                             f"{BASE}/a/good2.html", f"{BASE}/a/good3.html"}
    assert articles[f"{BASE}/a/utf16.html"]["title"] == UTF16[0]
    assert UTF16[1][1] in articles[f"{BASE}/a/utf16.html"]["body"]
    # nothing of the internal server or the bomb was kept
    raw = {r["url"] for r in rows(db, "SELECT url FROM raw_pages")}
    assert raw == set(articles)
    assert not any("secret" in (r["url"] or "") for r in rows(db, "SELECT url FROM sightings"))

    runs = {r["source"]: r for r in rows(db, "SELECT source, status, errors FROM crawl_runs")}
    assert {s: r["status"] for s, r in runs.items()} == {
        "hostile": "partial", "hostile_zero": "partial", "hostile_port": "partial"}

    # rows and logs keep the real URLs: the mapped address appears only in the host map line
    mapped = f"127.0.0.1:{site.port}"
    assert not any(mapped in (r["detail"] or "") + r["url"] for r in dropped.values())
    leaks = [line for line in log.splitlines() if mapped in line and "host map:" not in line]
    assert leaks == []

    # permanent: the bomb and the refused redirects are not fetched again, except the one
    # refused for the address its name resolved to (DNS answers change)
    site.clear_log()
    code, log, _ = crawl(site, sources, db, tmp_path, "hostile")
    assert code == 0, log[-3000:]
    assert site.fetched(HOST, prefix="/a/") == ["/a/r-subdomain.html"]
    assert internal.requests == []


def test_a_source_host_resolving_to_link_local_is_refused_before_connecting(hostile, tmp_path):
    site, internal, sources, db, _ = hostile
    sources.write_text(SOURCES.replace(f'"{BASE}/hostile/"', '"https://news.hostile-news.cn/x/"'),
                       encoding="utf-8")
    command = [sys.executable, "-m", "crawler.crawl", "--db", str(db),
               "--sources-file", str(sources)]
    for item in [*FAST, "TWISTED_DNS_RESOLVER=tests.crawl.fake_dns.LoopbackResolver"]:
        command += ["--set", item]
    env = {"PRESSWATCH_HOST_MAP": json.dumps(site.host_map([HOST])), "PRESSWATCH_NOW": NOW,
           "PYTHONPATH": str(REPO_ROOT),
           "PRESSWATCH_POLICY_RESOLVER": "tests.crawl.fake_dns.link_local"}
    code, log, _ = run_measured([*command, "hostile"], env=env, cwd=tmp_path, timeout=120,
                                output=tmp_path / "crawl.out")
    assert code == 1, log[-3000:]  # the only run failed: nothing could be fetched
    dropped = rows(db, "SELECT url, reason, detail, permanent FROM dropped")
    assert dropped == [{
        "url": "https://news.hostile-news.cn/x/", "reason": "blocked", "permanent": 0,
        "detail": "https://news.hostile-news.cn/x/: host news.hostile-news.cn resolves to "
                  "link-local address 169.254.169.254"}]
    assert internal.requests == [] and site.requests == []
    run = rows(db, "SELECT status FROM crawl_runs")[0]
    assert run["status"] == "failed"
