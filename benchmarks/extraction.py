"""General extraction accuracy: presswatch vs trafilatura vs GNE on benchmarks/extraction/.

    python benchmarks/extraction.py [--verbose] [--json] [--replicas]

Every page in ``benchmarks/extraction/pages/`` has a hand-written gold file (title,
published_at, first and last body sentence; made by ``make_pages.py``). Each extractor gets
the page bytes with no selectors. presswatch decodes with :func:`pipelines.decode.decode_html`;
trafilatura and GNE get the same decoded text (so charset handling is not what is compared,
except where noted) and, as a second line, their own decoding of the bytes (trafilatura
accepts bytes; GNE gets the bytes decoded by the declared charset, as a naive caller would).

Fields: title equal; date equal to the day and time equal to the minute (GNE's and
trafilatura's date strings are read with presswatch's date parser, which only helps them);
first/last sentence: the gold sentence equals the first/last sentence of the extracted body
after the same normalisation for all (whitespace, width, script, punctuation).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.charnorm import fix_punctuation
from pipelines.clean import clean_document
from pipelines.dates import parse_date
from pipelines.decode import decode_html
from pipelines.textnorm import fold_width, to_simplified

PAGES = Path(__file__).resolve().parent / "extraction" / "pages"
FIELDS = ("title", "day", "time", "first", "last")


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = fix_punctuation(fold_width(to_simplified(text)))
    return re.sub(r"\s+", "", text)


def sentences(body: str) -> list[str]:
    body = norm(body)
    return [s for s in re.findall(r"[^。！？]*[。！？]", body) if s.strip()]


def score(gold: dict, title: str | None, date: str | None, body: str) -> dict[str, bool]:
    sents = sentences(body)
    iso = parse_date(date, fetched_at="2025-02-01T00:00:00Z") if date else None
    return {
        "title": norm(title) == norm(gold["title"]),
        "day": bool(iso) and iso[:10] == gold["published_at"][:10],
        "time": bool(iso) and iso[:16] == gold["published_at"][:16],
        "first": bool(sents) and sents[0] == norm(gold["first_sentence"]),
        "last": bool(sents) and sents[-1] == norm(gold["last_sentence"]),
    }


def run_presswatch(data: bytes) -> tuple:
    result = clean_document(data)
    return result.title, result.published_at, result.body


def run_trafilatura(text: str) -> tuple:
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, favor_precision=False)
    if doc is None:
        return None, None, ""
    doc = doc if isinstance(doc, dict) else doc.as_dict()
    return doc.get("title"), doc.get("date"), doc.get("text") or ""


def run_gne(text: str) -> tuple:
    from gne import GeneralNewsExtractor

    try:
        doc = GeneralNewsExtractor().extract(text)
    except Exception as exc:  # GNE raises on some markup; that page scores zero
        return None, None, f"error: {exc}"
    return doc.get("title"), doc.get("publish_time"), doc.get("content") or ""


def naive_decode(data: bytes, declared: str) -> str:
    return data.decode(declared, errors="replace")


def replica_agreement(verbose: bool) -> int:
    """Held-out check: the general extractor against the sources' own selectors on the
    replica sites (crawler/replicas/, written by the crawl engineers, not tuned on here)."""
    import tomllib

    root = Path(__file__).resolve().parents[1]
    selectors: dict[str, dict] = {}
    for file in (root / "crawler" / "sources").glob("*.toml"):
        for name, conf in tomllib.loads(file.read_text("utf-8")).get("sources", {}).items():
            if conf.get("selectors"):
                selectors[name] = conf["selectors"]
    hosts = {"www.nbd.com.cn": "nbd", "www.samr.gov.cn": "samr", "www.scio.gov.cn": "scio",
             "www.gov.cn": "govcn", "www.chinanews.com.cn": "chinanews",
             "www.csrc.gov.cn": "csrc", "www.pbc.gov.cn": "pbc",
             "finance.people.com.cn": "people_finance"}
    agree = dict.fromkeys(("title", "published_at", "paragraphs"), 0)
    pages = 0
    for host, source in hosts.items():
        keys = ("title", "body", "date", "author", "remove")
        sel = {k: v for k, v in selectors.get(source, {}).items() if k in keys}
        for path in sorted((root / "crawler" / "replicas" / host).rglob("*.*htm*")):
            data = path.read_bytes()
            by_selectors = clean_document(data, selectors=sel, fetched_at="2025-02-01T00:00:00Z")
            if by_selectors.extracted_by != "selectors" or len(by_selectors.paragraphs) < 2:
                continue  # a listing page, not an article
            general = clean_document(data, fetched_at="2025-02-01T00:00:00Z")
            pages += 1
            for field in agree:
                same = getattr(general, field) == getattr(by_selectors, field)
                agree[field] += same
                if verbose and not same:
                    print(f"{path.relative_to(root)}: {field} differs")
    print(f"\nheld out: {pages} replica article pages, general extractor = source selectors")
    for field, n in agree.items():
        print(f"  {field:14} {n / max(pages, 1):6.0%}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="show each page's misses")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    parser.add_argument("--replicas", action="store_true",
                        help="also compare with the sources' selectors on crawler/replicas/")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    golds = sorted(PAGES.glob("*.json"))
    names = ("presswatch", "trafilatura", "gne", "trafilatura (own decoding)",
             "gne (naive decoding)")
    totals = {n: dict.fromkeys(FIELDS, 0) for n in names}
    for gold_file in golds:
        gold = json.loads(gold_file.read_text("utf-8"))
        data = gold_file.with_suffix(".html").read_bytes()
        text, _ = decode_html(data)
        runs = {
            "presswatch": run_presswatch(data),
            "trafilatura": run_trafilatura(text),
            "gne": run_gne(text),
            "trafilatura (own decoding)": run_trafilatura(data),
            "gne (naive decoding)": run_gne(naive_decode(data, gold["declared"])),
        }
        for name, (title, date, body) in runs.items():
            result = score(gold, title, date, body)
            for field, ok in result.items():
                totals[name][field] += ok
            if args.verbose and not all(result.values()):
                misses = [f for f, ok in result.items() if not ok]
                print(f"{gold_file.stem:40} {name:28} misses {misses}: title={title!r} "
                      f"date={date!r} body={norm(body)[:40]!r}…{norm(body)[-30:]!r}")
    count = len(golds)
    if args.json:
        print(json.dumps({"pages": count, "correct": totals}, ensure_ascii=False, indent=2))
        return 0
    print(f"{count} pages; share of pages with the field right\n")
    print(f"{'extractor':30}" + "".join(f"{f:>8}" for f in FIELDS))
    for name in names:
        print(f"{name:30}" + "".join(f"{totals[name][f] / count:8.0%}" for f in FIELDS))
    if args.replicas:
        replica_agreement(args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
