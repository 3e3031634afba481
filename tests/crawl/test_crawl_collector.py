"""``crawler.crawl.fewer_collections``: a crawl runs with the cyclic collector's first
threshold raised (far fewer collections of its short-lived objects), and the caller's
thresholds come back afterwards, also when the crawl raises."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

import pytest

from crawler.crawl import GC_YOUNG_THRESHOLD, fewer_collections
from tests.paths import REPO_ROOT

# A real crawl through run_crawl in its own process; the progress callable, called by the
# run recorder while the crawl runs and when it ends, notes the threshold it sees.
_CRAWL = """
import gc, json, sys
from crawler.crawl import run_crawl
seen = []
settings = dict(item.split("=", 1) for item in json.loads(sys.argv[3]))
settings["PRESSWATCH_SOURCES_FILE"] = sys.argv[2]
before = gc.get_threshold()
result = run_crawl(["gov_listing"], db_path=sys.argv[1], settings_overrides=settings,
                   progress=lambda source, counts: seen.append(gc.get_threshold()[0]))
print(json.dumps({"before": before, "during": seen, "after": gc.get_threshold(),
                  "status": result["gov_listing"]["status"]}))
"""


def test_a_crawl_runs_with_fewer_collections_and_gives_the_thresholds_back(crawl):
    done = subprocess.run(
        [sys.executable, "-c", _CRAWL, str(crawl.db), str(crawl.sources_file),
         json.dumps(list(crawl.settings))],
        env=crawl.env(), cwd=REPO_ROOT, capture_output=True, text=True, timeout=150)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["status"] == "ok"
    assert seen["during"] and set(seen["during"]) == {GC_YOUNG_THRESHOLD}
    assert seen["after"] == seen["before"]


def test_the_thresholds_come_back_when_the_block_raises_and_a_higher_one_is_kept():
    old = gc.get_threshold()
    try:
        with pytest.raises(RuntimeError), fewer_collections():
            assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, *old[1:])
            raise RuntimeError
        assert gc.get_threshold() == old
        gc.set_threshold(GC_YOUNG_THRESHOLD * 3, *old[1:])
        with fewer_collections():
            assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD * 3
    finally:
        gc.set_threshold(*old)
