"""General extraction accuracy: presswatch vs trafilatura vs GNE on benchmarks/extraction/.

    python benchmarks/extraction.py [--verbose] [--json] [--replicas]
    python benchmarks/extraction.py --real DIR
        [--split tune|heldout|fresh|…|fresh19|fresh20|opened|all] [-v] [--json]

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

``--real DIR`` scores the same three extractors on the real-page corpus instead: pages that
``benchmarks/real/fill.py`` copied into DIR, labels from ``benchmarks/real/labels-*.json``,
field rules in ``benchmarks/real/scoring.py`` (headline, day, time, first sentence, last
sentence, length ±25 %), plus mean/median/max milliseconds per page per extractor. Each
extractor gets what its own users give it: presswatch and trafilatura the bytes, GNE text
decoded by BOM / declared charset / detection. When DIR is absent it says so in one line and
exits 0. ``--split opened`` scores every opened split together (one table per split, then one
over them all) and never the held-out one (``HELD_OUT`` in ``benchmarks/real/scoring.py``),
so whoever tunes never needs ``--split all``, which includes it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import statistics
import time
import warnings
from pathlib import Path

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


REAL_EXTRACTORS = ("presswatch", "gne", "trafilatura")


def _timed(function, *args) -> tuple[tuple, float]:
    """Run one extractor on one page; its output (title, date, body) and milliseconds taken.
    An extractor that raises scores nothing on that page (its error is kept as the body)."""
    started = time.perf_counter()
    try:
        output = function(*args)
    except Exception as exc:  # a crash is a result here, not a reason to stop the run
        output = (None, None, f"error: {type(exc).__name__}: {exc}")
    return output, (time.perf_counter() - started) * 1000


def _real_extract(data: bytes) -> dict[str, tuple[tuple, float]]:
    from real.scoring import neutral_decode  # benchmarks/real/, beside this script

    return {
        "presswatch": _timed(run_presswatch, data),
        "gne": _timed(run_gne, neutral_decode(data)),
        "trafilatura": _timed(run_trafilatura, data),
    }


def run_real(folder: Path, split: str, verbose: bool, as_json: bool) -> int:
    """Score presswatch, GNE and trafilatura side by side on the real-page corpus."""
    from real.scoring import FIELDS as REAL_FIELDS  # benchmarks/real/, beside this script
    from real.scoring import load_labels, load_manifest, score_page, splits_chosen

    if not folder.is_dir():
        print(f"real-page corpus not found at {folder}; skipped "
              f"(fill it with: python benchmarks/real/fill.py --out {folder} --split {split})")
        return 0
    halves = splits_chosen(split)
    labels = {half: load_labels(half) for half in halves}
    pages = [p for p in load_manifest() if p["split"] in halves]
    rows, absent = [], []
    _real_extract(b"<html><head><title>t</title></head><body><p>warm-up</p></body></html>")
    for page in pages:
        label = labels[page["split"]].get(page["id"])
        path = folder / f"{page['id']}.html"
        if label is None or not path.is_file():
            absent.append(page["id"])
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != page["sha256"]:
            absent.append(page["id"])
            continue
        for name, ((title, date, body), ms) in _real_extract(data).items():
            verdict = score_page(label, title, date, body)
            rows.append({"page": page["id"], "split": page["split"], "extractor": name,
                         "ms": ms, "verdict": verdict, "title": title, "date": date,
                         "body": body or ""})
    if not rows:
        print(f"real-page corpus at {folder} has no labelled page of split {split!r}; skipped")
        return 0
    report = _real_report(rows, halves, REAL_FIELDS, split)
    if as_json:
        per_page = [{k: row[k] for k in ("page", "split", "extractor", "ms", "verdict")}
                    for row in rows]
        print(json.dumps({"absent": absent, **report, "per_page": per_page},
                         ensure_ascii=False, indent=2))
        return 0
    if absent:
        print(f"{len(absent)} pages of split {split!r} absent or unlabelled in {folder}: "
              + ", ".join(absent[:8]) + (" …" if len(absent) > 8 else ""))
    for half, table in report.items():
        print(f"\n{half}: {table['pages']} pages; share of pages with the field right "
              f"(labelled pages only), then ms per page")
        print(f"{'extractor':14}" + "".join(f"{f:>10}" for f in REAL_FIELDS)
              + f"{'mean ms':>10}{'median':>9}{'max':>9}")
        for name in REAL_EXTRACTORS:
            cells = table["fields"][name]
            timing = table["ms"][name]
            print(f"{name:14}" + "".join(
                f"{cells[f]:>10.2f}" if cells[f] is not None else f"{'-':>10}"
                for f in REAL_FIELDS)
                + f"{timing['mean']:>10.1f}{timing['median']:>9.1f}{timing['max']:>9.1f}")
    if verbose:
        print("\nper-page misses:")
        for row in rows:
            misses = [f for f, ok in row["verdict"].items() if ok is False]
            if misses:
                body = re.sub(r"\s+", "", row["body"])
                print(f"{row['page']:24} {row['extractor']:12} misses {misses}: "
                      f"title={str(row['title'])[:40]!r} date={row['date']!r} "
                      f"body={body[:24]!r}…{body[-16:]!r} ({len(body)} chars)")
    return 0


def _real_report(rows: list[dict], halves: tuple[str, ...], fields: tuple[str, ...],
                 together: str = "all") -> dict:
    """Per half (and over all halves, named ``together``, when there are two or more): share
    right per field and extractor, and mean/median/max ms per page."""
    groups = {half: [r for r in rows if r["split"] == half] for half in halves}
    if len(halves) > 1:
        groups[together] = rows
    report = {}
    for half, group in groups.items():
        fields_out, ms_out = {}, {}
        for name in REAL_EXTRACTORS:
            mine = [r for r in group if r["extractor"] == name]
            fields_out[name] = {}
            for field in fields:
                judged = [r["verdict"][field] for r in mine if r["verdict"][field] is not None]
                fields_out[name][field] = (sum(judged) / len(judged)) if judged else None
            times = [r["ms"] for r in mine]
            ms_out[name] = {"mean": statistics.fmean(times) if times else 0.0,
                            "median": statistics.median(times) if times else 0.0,
                            "max": max(times) if times else 0.0}
        report[half] = {"pages": len({r["page"] for r in group}), "fields": fields_out,
                        "ms": ms_out}
    return report


def main() -> int:
    from real.scoring import HELD_OUT, SPLITS  # benchmarks/real/, beside this script

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="show each page's misses")
    parser.add_argument("--real", type=Path, metavar="DIR",
                        help="score on the real-page corpus in DIR (see benchmarks/real/)")
    held_out = ", ".join(HELD_OUT) or "a held-out split"
    parser.add_argument("--split", choices=(*SPLITS, "opened", "all"), default="tune",
                        help=f"with --real: which split to score (opened: every opened split); "
                             f"{held_out} only for the final report (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    parser.add_argument("--replicas", action="store_true",
                        help="also compare with the sources' selectors on crawler/replicas/")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    if args.real is not None:
        return run_real(args.real, args.split, args.verbose, args.json)
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
