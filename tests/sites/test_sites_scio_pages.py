"""scio transcripts over several pages: the TRS pager, the merge, and a failing last page."""

from __future__ import annotations

import json

import pytest

from spiders.scio import merge_parts, trs_page_name, trs_pager
from tests.harness import crawl_builtin_source
from tests.sites.replica_texts import EXPECT, NOW, SCIO


def test_trs_pager_reads_the_script_call():
    assert trs_pager('createPageHTML(3, 0, "t20250110_883610", "html");') == (
        3, 0, "t20250110_883610", "html")
    assert trs_pager("createPageHTML( 12 ,4,'index','shtml')") == (12, 4, "index", "shtml")
    assert trs_pager("var x = 1;") is None


def test_trs_page_names_follow_the_stem():
    assert [trs_page_name("index", "html", i) for i in range(3)] == [
        "index.html", "index_1.html", "index_2.html"]


def test_merge_keeps_every_part_in_order_and_drops_the_pager():
    first = ('<html><body><div class="TRS_Editor"><p>一。</p></div>'
             '<div class="pages">1 <a href="x_1.html">2</a></div></body></html>')
    parts = ['<html><body><div class="TRS_Editor"><p>二。</p><p>三。</p></div></body></html>',
             '<html><body><div class="TRS_Editor"><p>四。</p></div></body></html>']
    merged = merge_parts(first, parts, "div.TRS_Editor")
    assert merged.index("一。") < merged.index("二。") < merged.index("三。") < merged.index("四。")
    assert "x_1.html" not in merged


@pytest.mark.slow
def test_failing_last_page_keeps_the_pages_fetched(replica_server, tmp_path):
    article = SCIO["articles"][0]
    last = article["dir"] + article["file"] + "_2.html"
    replica_server.fault("www.scio.gov.cn", last, statuses=[404])
    try:
        crawl = crawl_builtin_source(replica_server, tmp_path, "scio", "scio-fault", now=NOW)
    finally:
        replica_server.clear_faults()
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    url = EXPECT["scio"]["known"]["url"]
    rows = crawl.rows("SELECT body, meta FROM articles WHERE url = ?", url)
    assert rows, crawl.fetched
    body, meta = rows[0]["body"], json.loads(rows[0]["meta"])
    assert "下面请记者朋友提问" in body  # page 2 is there
    assert "三重护盾" not in body  # page 3 failed
    assert meta.get("incomplete") is True
    last_url = "https://www.scio.gov.cn" + last
    dropped = crawl.rows("SELECT reason FROM dropped WHERE url = ?", last_url)
    assert dropped, "the failed page must be a dropped row"
