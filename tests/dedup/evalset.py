"""The labelled evaluation set of duplicate detection, and its scorer.

Built deterministically from the seed (hand-cleaned in ``data/seed_clean.txt``, plus the raw
damaged file itself) and the hand-written articles of ``data/articles.py``:

* ``duplicate`` — every stored story with each perturbation alone and combined: script
  conversion, pinyin annotations, garbled spans, injected spam, a different headline,
  boilerplate, reordered / dropped paragraphs, half-width punctuation, excerpts;
* ``related`` — other outlets' reports on the same press conference quoting paragraphs of
  a stored story (alone and in traditional script);
* ``new`` — other press conferences of the same regulators, unrelated news, and reports on
  the same press conference that quote nothing, each also perturbed.

``evaluate(settings)`` builds a store in a temporary SQLite file, asks
``pipelines.verdict.decide`` for each item (read-only) and returns precision and recall of
``duplicate`` and ``related``. Used by ``test_dedup_eval.py`` and ``benchmarks/dedup.py
--sweep``.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

import opencc

from db import open_db
from db.articles import insert_article
from pipelines.dedup_settings import DedupSettings
from pipelines.fingerprint import content_hash, fingerprint
from pipelines.verdict import decide, sync_index
from tests.dedup.data.articles import (
    BOILERPLATE,
    HEADLINES,
    OTHER,
    PBOC_RELATED_FRAME,
    RELATED_FRAMES,
    SPAM,
    STORED,
)
from tests.dedup.data.reports import (
    REPORTS,
    SEED_AUTHOR,
    SEED_BYLINE,
    SEED_MEDIA,
    SEED_STRIPPED,
    SOURCE_LINES,
    build_report,
)

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[2]
SEED_RAW = REPO / "crawler" / "reference" / "seed_article.txt"

PINYIN = ["jīng", "jì", "zhì", "liàng", "rèn", "zhèng", "guó", "jiā", "fā", "zhǎn", "chǎn",
          "pǐn", "shì", "chǎng", "jiān", "guǎn", "xīn", "wén", "wèi", "yǔ"]


@dataclass
class Item:
    name: str
    text: str
    expected: str  # duplicate | related | new
    target: str | None  # key of the stored story for duplicate / related


def seed_clean() -> str:
    return (DATA / "seed_clean.txt").read_text(encoding="utf-8").strip()


def stored_stories() -> dict[str, str]:
    return {"seed": seed_clean(), **STORED}


# --- perturbations ------------------------------------------------------------------------

_S2T = opencc.OpenCC("s2t")


def paras(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def join(parts: list[str]) -> str:
    return "\n\n".join(parts)


def traditional(text: str) -> str:
    return _S2T.convert(text)


def pinyin(text: str, rng: random.Random) -> str:
    """Traditional script with a pinyin annotation after every converted character."""
    trad = _S2T.convert(text)
    if len(trad) != len(text):
        return trad
    out = []
    for s, t in zip(text, trad, strict=True):
        out.append(t if s == t else f"{t}({rng.choice(PINYIN)})")
    return "".join(out)


def garble(text: str, spans: int, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(spans):
        start = rng.randrange(0, max(1, len(chars) - 8))
        for i in range(start, min(len(chars), start + rng.randint(3, 7))):
            if chars[i] != "\n":
                chars[i] = chr(rng.randint(0x4E00, 0x9FA5)) if rng.random() < 0.7 else "?"
    return "".join(chars)


def spam(text: str, rng: random.Random, count: int = 2) -> str:
    parts = paras(text)
    for line in rng.sample(SPAM, count):
        parts.insert(rng.randint(0, len(parts)), line)
    return join(parts)


def headline(text: str, title: str) -> str:
    return join([title, *paras(text)])


def boilerplate(text: str) -> str:
    return join([BOILERPLATE[2], *paras(text), *BOILERPLATE[:2], BOILERPLATE[4]])


def reorder(text: str, rng: random.Random) -> str:
    parts = paras(text)
    rng.shuffle(parts)
    return join(parts)


def drop(text: str, rng: random.Random, count: int = 1) -> str:
    parts = paras(text)
    for _ in range(min(count, len(parts) - 2)):
        parts.pop(rng.randrange(len(parts)))
    return join(parts)


def excerpt(text: str, start: int, count: int) -> str:
    return join(paras(text)[start : start + count])


def halfwidth(text: str) -> str:
    return text.translate(str.maketrans("，：；？！（）", ",:;?!()"))


def lead_repeated(text: str) -> str:
    parts = paras(text)
    return join([parts[0], *parts])


# --- the items ----------------------------------------------------------------------------


def _copies(key: str, text: str, rng: random.Random) -> list[Item]:
    n = len(paras(text))
    half = max(2, n // 2)
    variants = {
        "identical": text,
        "halfwidth": halfwidth(text),
        "traditional": traditional(text),
        "pinyin": pinyin(text, rng),
        "garbled_2": garble(text, 2, rng),
        "garbled_6": garble(text, 6, rng),
        "spam": spam(text, rng),
        "headline": headline(text, rng.choice(HEADLINES)),
        "boilerplate": boilerplate(text),
        "reordered": reorder(text, rng),
        "dropped_para": drop(text, rng),
        "lead_repeated": lead_repeated(text),
        "excerpt_head": excerpt(text, 0, half),
        "excerpt_tail": excerpt(text, n - half, half),
        "pinyin_garbled_boilerplate": boilerplate(garble(pinyin(text, rng), 3, rng)),
        "traditional_excerpt": traditional(excerpt(text, 1, half)),
        "spam_headline_boilerplate": boilerplate(headline(spam(text, rng), HEADLINES[1])),
        "reordered_dropped_halfwidth": halfwidth(drop(reorder(text, rng), rng)),
        "excerpt_spam": spam(excerpt(text, 0, half), rng, 1),
    }
    return [Item(f"{key}/{name}", body, "duplicate", key) for name, body in variants.items()]


def _seed_extras(text: str, rng: random.Random) -> list[Item]:
    raw = SEED_RAW.read_text(encoding="utf-8")
    raw_paras = join([line for line in raw.splitlines() if line.strip()])
    items = [Item("seed/raw_file", raw_paras, "duplicate", "seed")]
    for start in (0, 4, 9):
        items.append(Item(f"seed/excerpt5_{start}", excerpt(text, start, 5), "duplicate", "seed"))
    items.append(Item("seed/excerpt3_pinyin", pinyin(excerpt(text, 6, 3), rng), "duplicate",
                      "seed"))
    items.append(Item("seed/excerpt5_spam_garbled",
                      garble(spam(excerpt(text, 2, 5), rng), 2, rng), "duplicate", "seed"))
    return items


def _quote(paragraph: str) -> str:
    """A quoted paragraph as another outlet re-uses it: lead-in clause cut."""
    _head, sep, rest = paragraph.partition("，")
    return rest if sep and len(rest) > 40 else paragraph


def _related(rng: random.Random) -> list[Item]:
    seed = paras(seed_clean())
    picks = [(2, 3), (5,), (9, 13), (14,), (4, 8), (10, 11), (1, 6), (12, 14)]
    items = []
    for i, pick in enumerate(picks):
        frame = paras(RELATED_FRAMES[i % len(RELATED_FRAMES)])
        quoted = [_quote(seed[p]) for p in pick]
        body = join([frame[0], *quoted, *frame[1:]])
        items.append(Item(f"related/seed_{i}", body, "related", "seed"))
        if i % 3 == 0:
            items.append(Item(f"related/seed_{i}_traditional", traditional(body), "related",
                              "seed"))
    pboc = paras(STORED["pboc_credit"])
    frame = paras(PBOC_RELATED_FRAME)
    for j, pick in enumerate(((1,), (3,), (2,))):
        body = join([frame[0], *[_quote(pboc[p]) for p in pick], frame[1]])
        items.append(Item(f"related/pboc_{j}", body, "related", "pboc_credit"))
    return items


def _reports(rng: random.Random) -> list[Item]:
    """Other outlets' reports quoting a stored story's answers (related, most of them at a
    containment that alone would say duplicate), and copies of the seed that strip or keep
    its attribution (duplicate)."""
    stories = stored_stories()
    items = []
    for report in REPORTS:
        body = build_report(report, stories[report.target])
        items.append(Item(f"report/{report.key}", body, "related", report.target))
        if report.key.startswith("seed_wire"):
            items.append(Item(f"report/{report.key}_traditional", traditional(body),
                              "related", report.target))
    seed = seed_clean()
    for key, cuts in SEED_STRIPPED.items():
        stripped = seed
        for old, new in cuts.items():
            stripped = stripped.replace(old, new)
        items.append(Item(f"attribution/{key}", stripped, "duplicate", "seed"))
        items.append(Item(f"attribution/{key}_excerpt", excerpt(stripped, 1, 6), "duplicate",
                          "seed"))
        items.append(Item(f"attribution/{key}_spam", spam(stripped, rng), "duplicate", "seed"))
    items.append(Item("attribution/seed_byline_kept", join([SEED_BYLINE, *paras(seed)]),
                      "duplicate", "seed"))
    items.append(Item("attribution/seed_byline_kept_excerpt",
                      join([SEED_BYLINE, *paras(seed)[2:8]]), "duplicate", "seed"))
    items.append(Item("attribution/seed_byline_kept_garbled",
                      garble(join([SEED_BYLINE, *paras(seed)]), 6, rng), "duplicate", "seed"))
    for i, line in enumerate(SOURCE_LINES):
        start = 1 + 2 * i
        body = join([line, *paras(seed)[start : start + 5], BOILERPLATE[1]])
        items.append(Item(f"attribution/seed_source_line_excerpt_{i}", body, "duplicate", "seed"))
    return items


def _new(rng: random.Random) -> list[Item]:
    items = []
    for key, text in OTHER.items():
        items.append(Item(f"new/{key}", text, "new", None))
        items.append(Item(f"new/{key}_traditional", traditional(text), "new", None))
        items.append(Item(f"new/{key}_spam", spam(text, rng), "new", None))
        items.append(Item(f"new/{key}_excerpt", excerpt(text, 0, 2), "new", None))
    for i, frame in enumerate(RELATED_FRAMES):
        items.append(Item(f"new/same_conference_no_quotes_{i}", frame, "new", None))
    return items


def build_items() -> list[Item]:
    """The whole labelled set, deterministic."""
    rng = random.Random(20250110)
    items: list[Item] = []
    for key, text in stored_stories().items():
        items += _copies(key, text, rng)
    items += _seed_extras(seed_clean(), rng)
    items += _related(rng)
    items += _reports(rng)
    items += _new(rng)
    return items


# --- scoring ------------------------------------------------------------------------------


@dataclass
class Score:
    items: int
    precision: dict[str, float]
    recall: dict[str, float]
    errors: list[tuple[str, str, str, float | None]]  # name, expected, got, similarity

    def summary(self) -> str:
        return ", ".join(
            f"{v}: P {self.precision[v]:.3f} R {self.recall[v]:.3f}"
            for v in ("duplicate", "related")
        )


# The outlets of the stored stories (the cleaner puts bylines in `author` and `media`).
STORED_MEDIA = {"seed": SEED_MEDIA, "samr_food": "中国市场监管报", "pboc_credit": "金融时报",
                "csrc_funds": "证券日报"}


def build_store(path: Path, settings: DedupSettings):
    db = open_db(path)
    ids = {}
    for key, text in stored_stories().items():
        ids[key] = insert_article(db, {
            "url": f"https://example.com/{key}.html", "source": "eval", "status": "new",
            "title": key, "body": text, "content_hash": content_hash(text),
            "media": STORED_MEDIA.get(key), "author": SEED_AUTHOR if key == "seed" else None,
        })
    sync_index(db, settings)
    return db, ids


def evaluate(settings: DedupSettings | None = None, items: list[Item] | None = None) -> Score:
    settings = settings or DedupSettings()
    items = items if items is not None else build_items()
    with tempfile.TemporaryDirectory() as tmp:
        db, ids = build_store(Path(tmp) / "eval.db", settings)
        by_id = {v: k for k, v in ids.items()}
        tp = {"duplicate": 0, "related": 0}
        predicted = {"duplicate": 0, "related": 0}
        expected = {"duplicate": 0, "related": 0}
        errors = []
        for item in items:
            verdict = decide(db, fingerprint(item.text, settings), item.text, settings)
            got_target = by_id.get(verdict.article_id)
            if verdict.verdict in predicted:
                predicted[verdict.verdict] += 1
            if item.expected in expected:
                expected[item.expected] += 1
            correct = verdict.verdict == item.expected and (
                item.expected == "new" or got_target == item.target
            )
            if correct and item.expected in tp:
                tp[item.expected] += 1
            if not correct:
                errors.append((item.name, item.expected,
                               f"{verdict.verdict}:{got_target}", verdict.similarity))
        db.close()
    return Score(
        items=len(items),
        precision={k: tp[k] / predicted[k] if predicted[k] else 1.0 for k in tp},
        recall={k: tp[k] / expected[k] if expected[k] else 1.0 for k in tp},
        errors=errors,
    )
