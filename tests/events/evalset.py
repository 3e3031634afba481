"""The labelled evaluation set of press-conference events, and its scorer.

Every text of the dedup evaluation set (``tests/dedup/evalset.py``: the seed and three other
stored stories, their copies, other outlets' reports, other conferences, unrelated news)
plus the conferences of ``data.py`` that must stay apart (same organiser another day,
another organiser the same day, 国新办 another day) goes through the real write path
(``pipelines.ingest.store``: verdict, article or sighting, event) into a temporary SQLite
store, in a given order. Each text is labelled with the press conference it reports on (or
none); the scorer compares the event of the article each text ended up in.

Pairwise clustering precision and recall: of the pairs placed in one event, the share that
report on one conference; of the pairs reporting on one conference, the share placed in one
event. Counted over distinct articles (each stored article once) and over all texts
(copies included: a copy is in its article's event).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from db import open_db
from db.events import event_of
from pipelines.dedup_settings import DedupSettings
from pipelines.fingerprint import fingerprint
from pipelines.ingest import store
from tests.dedup.data.reports import REPORTS, SEED_AUTHOR, SEED_MEDIA
from tests.dedup.evalset import build_items, stored_stories
from tests.events.data import APART

# The conference of each stored story and its publication time.
STORY_EVENT = {"seed": "scio_0110", "samr_food": "samr_0116", "pboc_credit": "scio_0114",
               "csrc_funds": "csrc_0123"}
OTHER_EVENT = {"samr_ebike": "samr_1022", "samr_business": "samr_1105",
               "pboc_rrr": "scio_0924", "weather": None, "sports": None}
EVENT_DAY = {"scio_0110": "2025-01-10", "samr_0116": "2025-01-16", "scio_0114": "2025-01-14",
             "csrc_0123": "2025-01-23", "samr_1022": "2024-10-22", "samr_1105": "2024-11-05",
             "scio_0924": "2024-09-24", None: "2025-01-08"}
STORY_PUBLISHED = {"seed": "2025-01-10T16:47:15+08:00", "samr_food": "2025-01-16T15:00:00+08:00",
                   "pboc_credit": "2025-01-14T16:30:00+08:00",
                   "csrc_funds": "2025-01-23T14:40:00+08:00"}


@dataclass
class EventItem:
    name: str
    text: str
    published_at: str
    event: str | None  # gold label


def _label(name: str) -> str | None:
    kind, _, rest = name.partition("/")
    if kind in STORY_EVENT:
        return STORY_EVENT[kind]
    if kind == "report":
        key = rest.removesuffix("_traditional")
        return next(r.event for r in REPORTS if r.key == key)
    if kind == "attribution":
        return STORY_EVENT["seed"]
    if kind == "related":
        return STORY_EVENT["seed"] if rest.startswith("seed") else STORY_EVENT["pboc_credit"]
    if rest.startswith("same_conference"):
        return STORY_EVENT["seed"]
    for key, event in OTHER_EVENT.items():
        if rest.startswith(key):
            return event
    raise ValueError(f"no event label for {name}")


def build_event_items() -> list[EventItem]:
    """Every labelled text, in ingest order (stored stories first)."""
    items = [EventItem(f"stored/{key}", text, STORY_PUBLISHED[key], STORY_EVENT[key])
             for key, text in stored_stories().items()]
    published = {r.key: r.published_at for r in REPORTS}
    for item in build_items():
        event = _label(item.name)
        key = item.name.partition("/")[2].removesuffix("_traditional")
        # Reports not dated by the set appear the morning after the conference: the date
        # must come from the text ("10日举行", "1月10日"), not from publication.
        when = published.get(key) or f"{EVENT_DAY[event]}T08:00:00+08:00"
        if item.name.startswith(("related/", "new/same_conference")):
            day = EVENT_DAY[event]
            when = f"{day[:8]}{int(day[8:]) + 1:02d}T08:00:00+08:00"
        items.append(EventItem(item.name, item.text, when, event))
    items += [EventItem(f"apart/{key}", text, when, event) for key, event, when, text in APART]
    return items


@dataclass
class EventScore:
    precision: float
    recall: float
    item_precision: float
    item_recall: float
    articles: int
    events: int
    wrong: list[tuple[str, str | None, int | None]]  # name, gold, predicted event id

    def summary(self) -> str:
        return (f"articles {self.articles}, events {self.events}: pairwise P {self.precision:.3f}"
                f" R {self.recall:.3f}; all texts (copies included) P "
                f"{self.item_precision:.3f} R {self.item_recall:.3f}")


def _pairwise(labels: list[tuple[str | None, int | None]]) -> tuple[float, float]:
    tp = predicted = gold = 0
    for (g1, p1), (g2, p2) in combinations(labels, 2):
        same_gold = g1 is not None and g1 == g2
        same_pred = p1 is not None and p1 == p2
        tp += same_gold and same_pred
        predicted += same_pred
        gold += same_gold
    return (tp / predicted if predicted else 1.0, tp / gold if gold else 1.0)


def evaluate_events(settings: DedupSettings | None = None, *, reverse: bool = False,
                    items: list[EventItem] | None = None) -> EventScore:
    """Ingest every text (stored stories first, the rest in order or reversed) and score."""
    settings = settings or DedupSettings()
    items = items if items is not None else build_event_items()
    stored, rest = items[:4], items[4:]
    order = stored + (rest[::-1] if reverse else rest)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "events.db")
        placed: list[tuple[EventItem, int]] = []
        for n, item in enumerate(order):
            fp = fingerprint(item.text, settings)
            record = {"url": f"https://eval.example/{n}", "source": "eval", "title": None,
                      "published_at": item.published_at, "body": item.text,
                      "content_hash": fp.content_hash, "fetched_at": item.published_at,
                      "media": SEED_MEDIA if item.name == "stored/seed" else None,
                      "author": SEED_AUTHOR if item.name == "stored/seed" else None}
            outcome = store(db, record, fp, settings=settings)
            placed.append((item, outcome.article_id))
        events = {}
        for _, article_id in placed:
            if article_id not in events:
                row = event_of(db, article_id)
                events[article_id] = row["id"] if row else None
        count = db.execute("SELECT count(*) FROM events").fetchone()[0]
        db.close()
    first: dict[int, EventItem] = {}
    for item, article_id in placed:
        first.setdefault(article_id, item)
    article_labels = [(item.event, events[aid]) for aid, item in first.items()]
    item_labels = [(item.event, events[aid]) for item, aid in placed]
    p, r = _pairwise(article_labels)
    ip, ir = _pairwise(item_labels)
    # Texts whose event disagrees with the majority placement of their gold event.
    majority: dict[str, int | None] = {}
    for gold in {g for g, _ in article_labels if g}:
        got = [pred for g, pred in article_labels if g == gold]
        majority[gold] = max(set(got), key=got.count)
    wrong = [(item.name, item.event, events[aid]) for aid, item in first.items()
             if (item.event is None and events[aid] is not None)
             or (item.event is not None and events[aid] != majority[item.event])]
    return EventScore(p, r, ip, ir, len(first), count, wrong)
