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

``--mojibake`` also measures the quality of mojibake repair on synthetic damage: in the
extraction benchmark's articles (converted to traditional), an annotation is inserted inside
a converted character and the segment up to the next punctuation is decoded misaligned the
way the seed's mirror did (an invalid pair shows as one ``?``, private-use characters are
dropped, a lone last byte is ``?``); the damaged paragraph is cleaned and compared with the
original. Reported: exact repairs, repairs that only left characters out, wrong characters,
and damage left in the text (``?`` or annotation fragments).
"""

from __future__ import annotations

import argparse
import html
import statistics
import time
from pathlib import Path

from pipelines import mojibake
from pipelines.clean import clean_document

ROOT = Path(__file__).resolve().parents[1]

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


_PUNCT = set("，。、；：“”（）《》！？")


def _misdecode(data: bytes) -> str:
    """GBK bytes decoded the way the seed's mirror did: an invalid pair is one "?", a
    private-use character is dropped, a lone last byte is "?"."""
    out, i = [], 0
    while i < len(data):
        if data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
            continue
        if i + 1 >= len(data):
            out.append("?")
            break
        try:
            char = data[i : i + 2].decode("gb18030")
        except UnicodeDecodeError:
            char = "?"
        if len(char) == 1 and not "\ue000" <= char <= "\uf8ff":
            out.append(char)
        i += 2
    return "".join(out)


def mojibake_quality(seeds: int) -> None:
    import importlib.util
    import random

    import opencc
    from pypinyin import Style, pinyin

    from pipelines.clean import clean_text

    # the extraction benchmark's page generator, by file (a script beside a package folder)
    spec = importlib.util.spec_from_file_location(
        "make_pages", ROOT / "benchmarks" / "extraction" / "make_pages.py")
    make_pages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_pages)
    A = make_pages.A

    s2t = opencc.OpenCC("s2t")
    outcome = dict.fromkeys(("exact", "characters left out", "wrong characters",
                             "damage left"), 0)
    for seed in range(seeds):
        rng = random.Random(seed)
        for _, paragraphs in A.values():
            for para in paragraphs:
                trad = s2t.convert(para)
                converted = [i for i, (a, b) in enumerate(zip(para, trad, strict=True))
                             if a != b and i > 0 and para[i - 1] not in _PUNCT]
                for i in rng.sample(converted, min(2, len(converted))):
                    j = i + 1
                    while j < len(trad) and trad[j] not in _PUNCT and ord(trad[j]) > 0x7F:
                        j += 1
                    data = trad[i:j].encode("gbk")
                    reading = pinyin(para[i], style=Style.TONE)[0][0]
                    damaged_span = _misdecode(data[:1] + f"({reading})".encode("gbk") + data[1:])
                    got = clean_text(trad[:i] + damaged_span + trad[j:]).body
                    if got == para:
                        outcome["exact"] += 1
                    elif "?" in got or ")" in got:
                        outcome["damage left"] += 1
                    else:
                        rest = iter(para)
                        subset = all(c in rest for c in got)
                        outcome["characters left out" if subset else "wrong characters"] += 1
    total = sum(outcome.values())
    print(f"\nmojibake repair on {total} synthetic damaged spans:")
    for name, n in outcome.items():
        print(f"  {name:22} {n:4}  {n / total:6.1%}")


def main() -> int:
    parser = argparse.ArgumentParser(description="cleaning cost per article")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--mojibake", type=int, default=0, metavar="SEEDS",
                        help="also measure repair quality on synthetic damage (random seeds)")
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
    if args.mojibake:
        mojibake_quality(args.mojibake)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
