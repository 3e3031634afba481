# ruff: noqa: E501  (Chinese sample text and the usage line)
"""How extraction's cost grows with a page's size: synthetic pages of 0.5–5 MB.

    python benchmarks/extraction_sizes.py [--sizes 0.5,1,2,5] [--kinds table,nest,dates,paragraph,paragraphs]

Each kind is a worst case of one shape, the article's headline and date line at the top:

- ``table``: one table of short numbered rows (a name list a megabyte long, no prose);
- ``nest``: the text under thousands of nested ``<div><span>`` levels;
- ``dates``: a short article, then a list of links each with a date (thousands of dates);
- ``paragraph``: one giant paragraph;
- ``paragraphs``: thousands of paragraphs.

Prints the CPU time of one ``clean_document`` call (``time.thread_time``, after a warm-up)
and the milliseconds per megabyte: a flat ms/MB across sizes means the cost is linear in the
page's size. The input limit (``PRESSWATCH_CLEAN_MAX_BYTES``, 5 MB) bounds the worst case.
"""

from __future__ import annotations

import argparse
import time

from pipelines.clean import clean_document

HEADLINE = "某市召开优化营商环境工作推进会"
SENTENCE = "某市召开优化营商环境工作推进会，总结前一阶段工作，部署下一步重点任务，会议要求各部门对照问题清单逐项整改。"
KINDS = ("table", "nest", "dates", "paragraph", "paragraphs")


def page(kind: str, megabytes: float) -> bytes:
    """A synthetic page of ``kind`` of about ``megabytes`` MB (UTF-8)."""
    size = int(megabytes * 1_000_000)
    head = (f"<html><head><title>{HEADLINE}_某市人民政府</title></head><body>"
            f"<h1>{HEADLINE}</h1><div class=info>发布时间：2024-06-13 10:00</div>")
    if kind == "table":
        row = "<tr><td>1</td><td>张三</td><td>副研究馆员</td><td>某市文化馆</td></tr>"
        body = "<table>" + row * (size // len(row.encode())) + "</table>"
    elif kind == "nest":
        depth = size // 40
        body = "<div><span>" * depth + SENTENCE + "</span></div>" * depth
    elif kind == "dates":
        row = "<li><a href='/a.html'>某某新闻标题在这里</a><span>2024-05-12 10:00</span></li>"
        body = ("<div class=content>" + "".join(f"<p>{SENTENCE}</p>" for _ in range(8))
                + "</div><ul>" + row * (size // len(row.encode())) + "</ul>")
    elif kind == "paragraph":
        body = "<div class=content><p>" + SENTENCE * (size // len(SENTENCE.encode())) + "</p></div>"
    elif kind == "paragraphs":
        numbered = [f"<p>第{k}条 {SENTENCE}</p>" for k in range(size // (len(SENTENCE.encode()) + 20))]
        body = "<div class=content>" + "".join(numbered) + "</div>"
    else:
        raise ValueError(kind)
    return (head + body + "</body></html>").encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.5,1,2,5", help="megabytes, comma-separated")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ", ".join(KINDS))
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        print(f"unknown kind(s): {', '.join(unknown)}; known: {', '.join(KINDS)}")
        return 2
    clean_document(page("paragraph", 0.01))  # warm-up: OpenCC, rules, lazy imports
    print("| kind | MB | CPU ms | ms per MB | paragraphs | date |")
    print("|---|---|---|---|---|---|")
    for kind in kinds:
        for megabytes in sizes:
            data = page(kind, megabytes)
            start = time.thread_time()
            result = clean_document(data)
            spent = (time.thread_time() - start) * 1000
            mb = len(data) / 1e6
            print(f"| {kind} | {mb:.2f} | {spent:.0f} | {spent / mb:.0f} | "
                  f"{len(result.paragraphs)} | {(result.published_at or '-')[:10]} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
