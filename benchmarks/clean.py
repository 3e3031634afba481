"""Cleaning cost per article, single core.

    python benchmarks/clean.py [--rounds N]

Cases:
* seed text: the bundled seed (2.9 KB of damaged traditional text with 364 annotations and 6
  mojibake spans), as ``presswatch init`` and mirror copies feed it;
* seed text, repair uncached: the same with the mojibake repair's memo cleared before each
  run (the cost of a document whose damaged spans were never seen before);
* clean text: the seed's clean output cleaned again (text without damage);
* HTML + selectors: a ~3,000-character article in an nbd.com.cn-style page (navigation,
  share, recommendations, footer), extracted with the source's selectors;
* HTML general: the same page through the general extractor.
The first call (OpenCC dictionaries, the word list for mojibake repair, the rules file) is
reported apart as "cold start". Prints milliseconds per article: median and 90th percentile.
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines import mojibake  # noqa: E402
from pipelines.clean import clean_document  # noqa: E402

SELECTORS = {
    "title": "div.g-article-top h1",
    "body": "div.g-articl-text",
    "date": "p.u-time span.time",
    "author": "p.u-author",
    "remove": "div.u-share, div.g-recommend",
}


def nbd_page(title: str, paragraphs: list[str]) -> bytes:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_每经网</title>
<script>var a = 1;</script><style>.x{{color:red}}</style></head><body>
<div class="g-header"><a class="logo" href="/">每经网</a><ul class="nav"><li><a>首页</a></li><li><a>要闻</a></li><li><a>公司</a></li><li><a>财经</a></li></ul></div>
<div class="g-main"><div class="g-article-top"><h1>{title}</h1>
<p class="u-time"><span class="source">每日经济新闻</span><span class="time">2025-01-10 16:47:15</span></p>
<p class="u-author">每经记者：李宣璋 每经编辑：陈星</p></div>
<div class="g-articl-text">{body}<p>封面图片来源：每经记者 李宣璋 摄</p></div>
<div class="u-share">分享到 <a>微信</a> <a>微博</a></div>
<div class="g-recommend"><h3>推荐阅读</h3><ul><li><a>A股三大指数集体收涨</a></li><li><a>央行：保持流动性合理充裕</a></li></ul></div></div>
<div class="g-footer">每日经济新闻 版权所有 未经许可不得转载</div></body></html>""".encode()  # noqa: E501


def measure(label: str, run, rounds: int) -> None:
    """Wall-clock median and p90, and CPU time per article (process_time: what the cleaning
    itself costs, steadier than wall time on a shared machine)."""
    times = []
    cpu_start = time.process_time()
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    cpu = (time.process_time() - cpu_start) * 1000 / rounds
    times.sort()
    p90 = times[int(len(times) * 0.9) - 1] if len(times) >= 10 else times[-1]
    print(f"{label:30} {statistics.median(times):7.2f} ms  p90 {p90:7.2f} ms  "
          f"CPU {cpu:7.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description="cleaning cost per article")
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    seed = (ROOT / "crawler" / "reference" / "seed_article.txt").read_bytes()

    start = time.perf_counter()
    first = clean_document(seed)
    print(f"{'cold start (first document)':34} {(time.perf_counter() - start) * 1000:8.0f} ms")
    clean = "\n".join(first.paragraphs)
    # About 3,000 characters of article text: the seed's paragraphs and the first ones again
    # with a paragraph number, so they are not dropped as repeats.
    article = list(first.paragraphs)
    while sum(len(p) for p in article) < 3000:
        article.append(f"{len(article) + 1}. {first.paragraphs[len(article) % 8]}")
    page = nbd_page("市场监管总局：质量认证助力经济高质量发展", article)
    chars = sum(len(p) for p in article)
    print(f"(HTML page: {len(page)} bytes, {chars} characters of article text)\n")

    def uncached() -> None:
        mojibake.context_for.cache_clear()
        mojibake._repair_one.cache_clear()
        clean_document(seed)

    measure("seed text", lambda: clean_document(seed), args.rounds)
    measure("seed text, repair uncached", uncached, max(10, args.rounds // 10))
    measure("clean text", lambda: clean_document(clean), args.rounds)
    measure("HTML + selectors", lambda: clean_document(page, selectors=SELECTORS), args.rounds)
    measure("HTML general extractor", lambda: clean_document(page), args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
