"""Crawl throughput: the full presswatch pipeline against a bare Scrapy spider, same pages.

Generates a replica site of N article pages (default 5,000; distinct realistic Chinese press
-conference stories, ~6 KB each, UTF-8) plus a sitemap listing them, serves it with
``crawler.replica.ReplicaServer`` on 127.0.0.1, then runs in one go:

1. **full**: ``python -m crawler.crawl`` with the ``sitemap`` spider into a fresh database —
   host map, retry/conditional/failure middlewares, run recording, and every item through
   ``pipelines.ingest`` (decode, clean, relevance, dedup, store with raw page) — with
   politeness off (no robots.txt, no delay, no AutoThrottle, 16 concurrent requests);
2. **bare**: a plain ``scrapy.Spider`` in a child process with Scrapy's default settings
   and the same concurrency, that requests the same pages and discards the bodies.

The full pipeline runs once per ``--workers`` value (``PRESSWATCH_INGEST_WORKERS``: 0 =
ingest in the crawl process, N = N worker processes). Reports wall time (process start to
exit, so Scrapy's ~2 s start-up is included), articles per second, CPU milliseconds per
article (user + system of the crawl process and its workers) and peak resident memory of
the process tree. Run::

    python benchmarks/crawl.py            # 5,000 pages
    python benchmarks/crawl.py --pages 500

Nothing is asserted; figures go to docs/crawling.md with the command.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

HOST = "www.bench-news.cn"
NOW = "2025-01-20T12:00:00+08:00"

REGULATORS = ["中国人民银行", "国家市场监督管理总局", "中国证监会", "国家金融监督管理总局",
              "国家发展改革委", "商务部", "财政部", "海关总署", "国家统计局", "工业和信息化部"]
TOPICS = ["货币政策", "质量认证", "资本市场改革", "银行业保险业运行", "价格治理", "外贸形势",
          "财政收支", "进出口数据", "国民经济运行", "制造业发展", "消费品以旧换新", "营商环境"]
# Words that sentences are drawn from: different stories share words, not sentences, so the
# dedup stage sees mostly new stories (as on a real news site), not 5,000 near-copies.
_WORDS_TEXT = (
    "发布会 新闻发言人 记者 提问 表示 介绍 数据 显示 同比 增长 下降 持平 "
    "全年 季度 月份 累计 规模 结构 优化 政策 落地 见效 市场 主体 企业 "
    "居民 消费 投资 出口 进口 贸易 顺差 金融 信贷 贷款 利率 汇率 流动性 "
    "存款 准备金 债券 股票 基金 保险 银行 证券 监管 风险 防范 化解 处置 "
    "改革 开放 创新 科技 产业 制造业 服务业 农业 粮食 能源 电力 价格 "
    "物价 就业 收入 民生 保障 医疗 养老 教育 住房 地产 城市 乡村 区域 "
    "协调 发展 高质量 绿色 低碳 数字 经济 平台 标准 认证 检测 质量 安全 "
    "食品 药品 产品 召回 抽查 执法 案件 查处 公平 竞争 垄断 反垄断 "
    "营商环境 审批 服务 效率 透明 预期 信心 稳定 回升 向好 韧性 挑战 "
    "外部 环境 复杂 严峻 不确定性 应对 举措 部署 安排 推进 加快 加强 "
    "完善 健全 制度 机制 体系 能力 水平 目标 任务 重点 难点 热点 关切 "
    "回应 解读 说明 通报 典型 "
)
WORDS = _WORDS_TEXT.split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    number = f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%" if rng.random() < 0.4 else ""
    return "".join(words[:4]) + number + "，" + "".join(words[4:]) + "。"


def article(i: int, rng: random.Random) -> tuple[str, str, str]:
    """(path, title, html) of article ``i``: a distinct story of 10–16 paragraphs."""
    reg, topic = rng.choice(REGULATORS), rng.choice(TOPICS)
    day = 1 + i % 19
    when = f"2025-01-{day:02d} {8 + i % 10:02d}:{i % 60:02d}:00"
    title = f"{reg}举行新闻发布会 介绍{topic}有关情况（第{i}期）"
    paragraphs = [f"{reg}于1月{day}日举行新闻发布会，介绍{topic}有关情况。"]
    for _ in range(rng.randint(10, 16)):
        paragraphs.append("".join(_sentence(rng) for _ in range(rng.randint(1, 3))))
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<script>var config = {{"channel": "finance", "id": {i}}};</script></head><body>
<div class="nav"><a href="/">首页</a><a href="/finance/">财经</a><a href="/policy/">政策</a></div>
<div class="article"><h1 class="title">{title}</h1>
<div class="info"><span class="time">{when}</span> 来源：示例财经网</div>
<div class="content">{body}</div>
<div class="share">分享到：微信 微博 QQ空间</div></div>
<div class="related"><ul>{''.join(f'<li><a href="/a/{j}.html">相关新闻{j}</a></li>'
                                  for j in range(i + 1, i + 6))}</ul></div>
<div class="footer">示例财经网 版权所有 未经授权严禁转载</div></body></html>"""
    return f"/a/{i}.html", title, html


def build_site(root: Path, pages: int) -> list[str]:
    """Write ``pages`` articles and a sitemap; return the article paths."""
    rng = random.Random(20250110)
    site = root / HOST
    (site / "a").mkdir(parents=True)
    paths = []
    for i in range(pages):
        path, _, html = article(i, rng)
        (site / path.lstrip("/")).write_text(html, encoding="utf-8")
        paths.append(path)
    urls = "".join(f"<url><loc>https://{HOST}{p}</loc><lastmod>2025-01-15</lastmod></url>"
                   for p in paths)
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><urlset '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>', encoding="utf-8")
    return paths


def write_sources(folder: Path) -> Path:
    """A user sources file in ``folder`` defining ``bench``: the sitemap spider over the
    site :func:`build_site` writes (also used by tests/crawl/test_crawl_group_commit.py)."""
    file = folder / "sources.toml"
    file.write_text(f"""
[sources.bench]
spider = "sitemap"
kind = "government"
start_urls = ["https://{HOST}/sitemap.xml"]
window_days = 30
[sources.bench.selectors]
title = "h1.title"
body = "div.content"
date = "span.time"
""", encoding="utf-8")
    return file


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc), in MB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(status.split("VmRSS:")[1].split()[0])
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, IndexError, ValueError):
            continue
    return total / 1024


def run_child(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run one child; wall time, CPU (with its worker processes) and peak tree memory."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_rss_mb(process.pid))
        time.sleep(0.2)
    wall = time.perf_counter() - started
    # the children's usage grows by exactly this child's (and its waited-for workers')
    return {"wall": wall, "peak_mb": peak, "returncode": process.returncode,
            "load": os.getloadavg()[0]}  # the machine's 1-minute load when it ended


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


BARE_SPIDER = '''
import sys, scrapy
from scrapy.crawler import CrawlerProcess

port, host, count = sys.argv[1], sys.argv[2], int(sys.argv[3])

class Bare(scrapy.Spider):
    name = "bare"
    custom_settings = {"ROBOTSTXT_OBEY": False, "CONCURRENT_REQUESTS": 16,
                       "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "DOWNLOAD_DELAY": 0,
                       "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING",
                       "TELNETCONSOLE_ENABLED": False}

    async def start(self):
        yield scrapy.Request(f"http://127.0.0.1:{port}/sitemap.xml", headers={"Host": host})

    def parse(self, response):
        for loc in response.xpath("//*[local-name()='loc']/text()").getall():
            path = loc.split(host, 1)[1]
            yield scrapy.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host},
                                 callback=self.page)

    def page(self, response):
        self.crawler.stats.inc_value("bare/pages")

process = CrawlerProcess()
process.crawl(Bare)
process.start()
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[0, 2],
                        help="PRESSWATCH_INGEST_WORKERS values to run (default: 0 2)")
    parser.add_argument("--profile", metavar="TOP", type=int, default=0,
                        help="run the full crawl(s) under cProfile and print the TOP "
                             "functions by own time (CPU figures then include the profiler)")
    parser.add_argument("--profile-file", metavar="PATH",
                        help="with --profile: keep the cProfile data here (pstats format)")
    args = parser.parse_args()

    from crawler.replica import ReplicaServer
    from db import open_db

    with tempfile.TemporaryDirectory(prefix="presswatch-bench-") as folder:
        root = Path(folder) / "replicas"
        t0 = time.perf_counter()
        build_site(root, args.pages)
        print(f"generated {args.pages} article pages in {time.perf_counter() - t0:.1f}s")
        sources = write_sources(Path(folder))
        with ReplicaServer(root) as server:
            env = {**os.environ, "PRESSWATCH_HOST_MAP": json.dumps(server.host_map([HOST])),
                   "PRESSWATCH_NOW": NOW}
            profile_out = Path(folder) / "crawl.prof"
            full_cmd = [sys.executable, *(["-m", "cProfile", "-o", str(profile_out)]
                                          if args.profile else []),
                        "-m", "crawler.crawl", "--sources-file", str(sources)]
            for setting in ("ROBOTSTXT_OBEY=False", "DOWNLOAD_DELAY=0",
                            "AUTOTHROTTLE_ENABLED=False", "CONCURRENT_REQUESTS=16",
                            "CONCURRENT_REQUESTS_PER_DOMAIN=16", "LOG_LEVEL=WARNING"):
                full_cmd += ["--set", setting]
            rows = []
            for workers in args.workers:
                db_path = Path(folder) / f"bench-{workers}.db"
                open_db(db_path).close()  # created before timing, as `presswatch init` does
                before = children_cpu()
                result = run_child([*full_cmd, "--db", str(db_path), "--set",
                                    f"PRESSWATCH_INGEST_WORKERS={workers}", "bench"], env)
                result["cpu"] = children_cpu() - before
                db = open_db(db_path)
                new, related, duplicate, dropped, errors, status = db.execute(
                    "SELECT new, related, duplicate, dropped, errors, status FROM crawl_runs"
                ).fetchone()
                db.close()
                print(f"full pipeline, {workers} ingest worker(s): run {status}, new {new}, "
                      f"related {related}, duplicate {duplicate}, dropped {dropped}, "
                      f"errors {errors} (exit {result['returncode']})")
                rows.append((f"full, workers={workers}", result, new + related + duplicate))
                if args.profile and profile_out.exists():
                    import pstats

                    stats = pstats.Stats(str(profile_out))
                    stats.sort_stats("tottime").print_stats(args.profile)
                    stats.sort_stats("cumulative").print_stats(args.profile)
                    if args.profile_file:
                        stats.dump_stats(args.profile_file)
            server.clear_log()
            before = children_cpu()
            bare = run_child([sys.executable, "-c", BARE_SPIDER, str(server.port), HOST,
                              str(args.pages)], env)
            bare["cpu"] = children_cpu() - before
            bare_fetched = len(server.fetched(HOST, prefix="/a/"))
            print(f"bare spider: fetched {bare_fetched} pages (exit {bare['returncode']})")
            rows.append(("bare scrapy", bare, bare_fetched))

    print(f"\n{'':18} {'wall s':>7} {'articles/s':>11} {'CPU ms/article':>15} {'peak MB':>8}"
          f" {'load':>5}")
    bare_rate = bare_fetched / bare["wall"] if bare["wall"] else 0
    bare_cpu = 1000 * bare["cpu"] / bare_fetched if bare_fetched else 0
    for name, result, count in rows:
        rate = count / result["wall"] if result["wall"] else 0
        cpu = 1000 * result["cpu"] / count if count else 0
        share = (f"  ({rate / bare_rate:.2f} of bare's rate, {cpu / bare_cpu:.2f}x its CPU)"
                 if bare_rate and bare_cpu and name != "bare scrapy" else "")
        print(f"{name:18} {result['wall']:7.1f} {rate:11.1f} {cpu:15.2f} "
              f"{result['peak_mb']:8.0f} {result['load']:5.2f}{share}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
