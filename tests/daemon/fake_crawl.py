"""A stand-in crawl command for daemon tests, honouring the crawl-core child contract.

``python fake_crawl.py --db PATH --run-id SOURCE=ID SOURCE`` records its start and end as
JSON lines in ``$FAKE_CRAWL_LOG``, works for a while, writes progress and final counts to
its ``crawl_runs`` row through ``db/runs.py`` and exits 0. ``$FAKE_CRAWL_PLAN`` (JSON,
per source) sets ``sleep`` seconds, ``items``, ``exit`` code, ``status`` and ``hang``
(ignore SIGTERM and never finish).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time

from db import open_db
from db.runs import finish_run, update_counts


def log(event: str, **data: object) -> None:
    path = os.environ.get("FAKE_CRAWL_LOG")
    if path:
        with open(path, "a") as fh:
            fh.write(json.dumps({"event": event, "t": time.time(), "pid": os.getpid(), **data})
                     + "\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--run-id", action="append", default=[])
    parser.add_argument("sources", nargs="+")
    args = parser.parse_args()
    run_ids = dict(item.split("=", 1) for item in args.run_id)
    source = args.sources[0]
    run_id = int(run_ids[source])
    plan = json.loads(os.environ.get("FAKE_CRAWL_PLAN", "{}")).get(source, {})
    log("start", source=source, run_id=run_id)
    if plan.get("hang"):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        while True:
            time.sleep(1)
    db = open_db(args.db)
    items = int(plan.get("items", 3))
    update_counts(db, run_id, {"pages": 1})
    time.sleep(float(plan.get("sleep", 0.5)))
    code = int(plan.get("exit", 0))
    if code == 0:
        finish_run(db, run_id, plan.get("status", "ok"),
                   counts={"pages": 1 + items, "items": items, "new": items})
    log("end", source=source, run_id=run_id, code=code)
    return code


if __name__ == "__main__":
    sys.exit(main())
