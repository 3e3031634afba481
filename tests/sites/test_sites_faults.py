"""A listing that answers without any link (a redesign, a JavaScript challenge) is not a
quiet success: it is a ``no_entries`` dropped row, the run is ``partial``, and the rest of
the source is still crawled."""

from __future__ import annotations

import pytest

from tests.harness import crawl_builtin_source
from tests.sites.replica_texts import NOW

pytestmark = pytest.mark.slow

CHALLENGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title></title>
<script>var _0x1a=["cookie","reload"];document[_0x1a[0]]="__jsl_clearance=1";
location[_0x1a[1]]();</script></head><body></body></html>"""


def test_listing_without_links_is_reported_and_the_rest_crawled(replica_server, tmp_path):
    host, path = "www.gov.cn", "/xinwen/fabu/bumen.htm"
    replica_server.add_route(host, path, body=CHALLENGE, content_type="text/html; charset=utf-8")
    try:
        crawl = crawl_builtin_source(replica_server, tmp_path, "govcn", "govcn-challenge",
                                     now=NOW)
    finally:
        replica_server.remove_route(host, path)
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    dropped = crawl.rows("SELECT reason, detail FROM dropped WHERE url = ?", f"https://{host}{path}")
    assert [r["reason"] for r in dropped] == ["no_entries"]
    runs = crawl.rows("SELECT status, errors FROM crawl_runs WHERE source = 'govcn'")
    assert [(r["status"], r["errors"]) for r in runs] == [("partial", 1)]
    # the 吹风会 list was crawled as usual
    assert len(crawl.rows("SELECT id FROM articles WHERE source = 'govcn'")) == 2
