"""Events evaluation: pairwise clustering precision/recall of press-conference events.

    python -m benchmarks.events             # figures of docs/dedup.md ("Events")

Runs ``tests/events/evalset.py`` (every text through the real write path into a temporary
SQLite store) in ingest order and reversed, then with parts of the rule taken away to show
what each part is for:

* ``publication date``: the conference's date is ignored, the publication date used;
* ``date+organiser only``: no joining by speakers, co-hosting (国新办 with a ministry) or
  shared quotes.
"""

from __future__ import annotations

import dataclasses
import sys
import time

if not __package__:  # run as a file: the tests' modules it uses would not import
    sys.exit("run it from the repository root: python -m benchmarks.events")


def _publication_date_only(original):
    def extract(title, body, published_at):
        facts = original(title, body, published_at)
        if facts is None or not published_at:
            return facts
        return dataclasses.replace(facts, date=published_at[:10], date_basis="published")
    return extract


def _organiser_only(original):
    def choose(facts, events, *, linked=None):
        for event in sorted(events, key=lambda e: e.id):
            if event.date == facts.date and event.organiser == facts.organiser:
                return event, "date+organiser"
        return None, ""
    return choose


def main() -> None:
    import pipelines.events as events
    from tests.events.evalset import build_event_items, evaluate_events

    items = build_event_items()
    labelled = {i.event for i in items if i.event}
    print(f"{len(items)} texts, {len(labelled)} press conferences, "
          f"{sum(1 for i in items if i.event is None)} texts of no conference")
    variants = {
        "rule as shipped": {},
        "publication date": {"extract_facts": _publication_date_only(events.extract_facts)},
        "date+organiser only": {"choose_event": _organiser_only(events.choose_event)},
    }
    for name, patches in variants.items():
        saved = {k: getattr(events, k) for k in patches}
        for key, value in patches.items():
            setattr(events, key, value)
        try:
            for reverse in (False, True):
                started = time.perf_counter()
                score = evaluate_events(items=items, reverse=reverse)
                took = time.perf_counter() - started
                order = "reversed" if reverse else "in order"
                print(f"{name:20s} {order:8s} {score.summary()}  ({took:.1f} s)")
                for wrong in score.wrong[:5]:
                    print(f"    wrong: {wrong}")
        finally:
            for key, value in saved.items():
                setattr(events, key, value)


if __name__ == "__main__":
    main()
