"""The web tests' sample: a small real store (the seed article, a copy of it, new and related
coverage, runs and drops — written through presswatch's own write functions) and
``presswatch serve`` on it as a real process."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from db import open_db
from db.articles import add_sighting, insert_article
from db.dropped import record_dropped
from db.runs import finish_run, start_run
from pipelines.reference import load_seed

REPO = Path(__file__).resolve().parents[2]

NEW_TITLE = "市场监管总局：2024年查处电动自行车相关违法案件等共计23000余件"
RELATED_TITLE = "国新办发布会：市场监管总局谈质量认证与节日产品安全"


def fill_store(path: Path) -> dict[str, int]:
    """Write the web tests' store at ``path``; return the ids of its articles."""
    db = open_db(path)
    seed_id = load_seed(db).article_id
    run = start_run(db, "chinanews")
    new_id = insert_article(db, {
        "url": "https://www.chinanews.com.cn/cj/2025/01-10/10350000.shtml",
        "source": "chinanews", "status": "new", "title": NEW_TITLE,
        "published_at": "2025-01-10T12:21:00+08:00", "media": "中国新闻网",
        "author": "记者 王示例", "content_hash": "h-new",
        "body": "国务院新闻办公室1月10日举行新闻发布会。\n\n"
                "市场监管总局介绍，2024年查处电动自行车相关违法案件等共计23000余件。\n\n"
                "下一步将持续开展质量安全专项整治。",
    }, run_id=run)
    related_id = insert_article(db, {
        "url": "https://www.example-news.cn/finance/2025/0111/a2001.html",
        "source": "news_rss", "status": "related", "related_to": seed_id,
        "similarity": 0.42, "title": RELATED_TITLE,
        "published_at": "2025-01-11T09:00:00+08:00", "media": "示例新闻网",
        "content_hash": "h-related",
        "body": "市场监管总局副局长束为在发布会上表示，质量认证是国际通行的市场经济“信用证”。\n\n"
                "况旭提醒消费者关注节日期间的产品安全。",
    }, run_id=run)
    add_sighting(db, seed_id, url="https://www.nbd.com.cn/articles/2025-01-10/3715523.html",
                 source="nbd", similarity=0.9929, kind="near", run_id=run)
    record_dropped(db, "https://www.chinanews.com.cn/sh/2025/01-12/10351490.shtml",
                   "irrelevant", source="chinanews", run_id=run)
    finish_run(db, run, "ok", counts={"pages": 4, "items": 3, "new": 1, "related": 1,
                                      "dropped": 1}, message="4 page(s), 3 item(s)")
    db.close()
    return {"seed": seed_id, "new": new_id, "related": related_id}


class Served:
    """``presswatch serve`` running as a real process on a free port of 127.0.0.1."""

    def __init__(self, db_path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from crawler.cli import main; main()", "serve",
             "--db", str(db_path), "--port", "0"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        line = self.proc.stderr.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            self.stop()
            raise AssertionError(f"serve did not start: {line}{self.proc.stderr.read()}")
        self.url = f"http://127.0.0.1:{match.group(1)}"
        self.wait_ready()

    def wait_ready(self, timeout: float = 60) -> None:
        import urllib.request

        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.url + "/-/versions.json", timeout=5):
                    return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
