"""The README's "a new source, no code needed" block works as written: it is a new, enabled
source, and crawling it (against a local copy of the feed and article shapes) stores articles."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from crawler.replica import ReplicaServer, bundled_root
from crawler.sources import builtin_files, load_sources, read_tables

REPO = Path(__file__).resolve().parents[2]


def readme_source_block() -> tuple[str, str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", readme[readme.index("## Configuring sources"):],
                      re.S).group(1)
    name = re.search(r"^\[sources\.(\w+)\]\s+# a new source, no code needed", block, re.M).group(1)
    return block, name


def test_readme_new_source_is_new_and_enabled(tmp_path):
    block, name = readme_source_block()
    builtin = {n for file in builtin_files() for n in read_tables(file)}
    assert name not in builtin, f"{name} is a built-in source, not a new one"
    sources_file = tmp_path / "sources.toml"
    sources_file.write_text(block, encoding="utf-8")
    source = load_sources(sources_file)[name]
    assert source.enabled


def test_readme_new_source_crawls_and_stores_articles(tmp_path):
    block, name = readme_source_block()
    sources_file = tmp_path / "sources.toml"
    sources_file.write_text(block, encoding="utf-8")
    feed_url = re.search(r'start_urls = \["https?://([^/"]+)(/[^"]*)"\]', block)
    host, feed_path = feed_url.group(1), feed_url.group(2)
    article_host = re.search(r'allowed_hosts = \["([^"]+)"\]', block).group(1)
    # The feed and article shapes of people.com.cn (our bundled replicas), at the README's URLs.
    root = tmp_path / "replicas"
    feed = (bundled_root() / "www.people.com.cn/rss/finance.xml").read_bytes()
    article_path = "/n1/2025/0110/c1001-40399001.html"
    feed = re.sub(rb"http://finance\.people\.com\.cn/n1/[^<]+",
                  f"http://{article_host}{article_path}".encode(), feed, count=1)
    (root / host / feed_path.lstrip("/")).parent.mkdir(parents=True)
    (root / host / feed_path.lstrip("/")).write_bytes(feed)
    page = root / article_host / article_path.lstrip("/")
    page.parent.mkdir(parents=True)
    page.write_bytes((bundled_root() / "finance.people.com.cn/n1/2025/0110/c1004-40399001.html")
                     .read_bytes())
    db = tmp_path / "x.db"
    with ReplicaServer(root) as server:
        env = {**os.environ, "PRESSWATCH_HOST_MAP": json.dumps(server.host_map()),
               "PRESSWATCH_NOW": "2025-01-20T12:00:00+08:00"}
        done = subprocess.run(
            [sys.executable, "-m", "crawler.crawl", "--db", str(db), "--sources-file",
             str(sources_file), "--set", "DOWNLOAD_DELAY=0", "--set",
             "AUTOTHROTTLE_ENABLED=False", name],
            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=150)
    assert done.returncode == 0, done.stderr[-2000:]
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT url, title FROM articles WHERE source = ?", [name]).fetchall()
    assert [url for url, _ in stored] == [f"http://{article_host}{article_path}"]
    assert stored[0][1]
