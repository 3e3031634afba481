"""``presswatch sources --check`` against the replica server (real processes, real HTTP)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from tests.sites.replica_texts import NOW

pytestmark = pytest.mark.slow

CHALLENGE = (b"<html><head><script>var _0x1a2b=['cookie'];document.cookie='__jsl_clearance="
             b"1700000000.1|0|abc';location.reload();</script></head><body></body></html>")
REDESIGNED = ("<html><head><meta charset='utf-8'></head><body><div class='feed'>"
              "<div class='card'><h3>要闻</h3><p>页面改版，链接改由脚本加载</p></div>"
              "</div></body></html>").encode()


def check(server: ReplicaServer, tmp_path: Path, *names: str) -> tuple[int, dict]:
    env = dict(os.environ)
    env.update({"PRESSWATCH_HOST_MAP": json.dumps(server.host_map()),
                "PRESSWATCH_SOURCES_FILE": str(tmp_path / "none.toml"),
                "PRESSWATCH_NOW": NOW})
    proc = subprocess.run(
        [sys.executable, "-c", "from crawler.cli import main; main()", "sources", "--check",
         "--json", "--db", str(tmp_path / "store.db"), *names],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.stdout.strip(), proc.stderr[-3000:]
    return proc.returncode, json.loads(proc.stdout)


def test_check_reports_ok_fail_on_changed_markup_and_names_a_javascript_challenge(tmp_path):
    with ReplicaServer() as server:
        code, report = check(server, tmp_path, "pbc", "csrc")
        assert code == 0, report
        for name in ("pbc", "csrc"):
            assert report[name]["verdict"] in ("ok", "warn"), report[name]
            assert report[name]["entries"] > 0
            assert report[name]["article"]["title"]
        assert report["pbc"]["next_page"].endswith("/113469/11040-2.html")
        assert not (tmp_path / "store.db").exists()  # the user's store is never touched

        server.add_route("www.nbd.com.cn", "/columns/3/", body=REDESIGNED,
                         content_type="text/html; charset=utf-8")
        server.add_route("www.pbc.gov.cn", "/goutongjiaoliu/113456/113469/index.html",
                         body=CHALLENGE, content_type="text/html; charset=utf-8")
        code, report = check(server, tmp_path, "nbd", "pbc")
        assert code == 1
        assert report["nbd"]["verdict"] == "fail"
        assert "no entries" in report["nbd"]["reasons"][0]
        assert report["pbc"]["verdict"] == "fail"
        assert "JavaScript challenge" in report["pbc"]["reasons"][0]
