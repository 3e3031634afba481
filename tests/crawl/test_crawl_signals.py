"""A crawl stopped by a signal (Ctrl-C, the daemon's timeout) records its run as killed."""

from __future__ import annotations

import signal
import subprocess
import time

import pytest

from tests.crawl.site import GOV

pytestmark = pytest.mark.slow


def test_sigterm_finishes_the_run_as_killed_and_exits_1(crawl):
    crawl.server.fault(GOV, "/xwfb/2024/12/t20241227_299.html", stall=10)
    process = crawl.start("gov_listing", settings=["DOWNLOAD_TIMEOUT=30"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # the request log records a request once answered: wait for the two quick articles,
    # then give their items a moment; the third page is stalled in flight
    deadline = time.monotonic() + 60
    while len(crawl.server.fetched(GOV, prefix="/xwfb/2025/")) < 2:
        assert time.monotonic() < deadline, "the crawl did not start"
        time.sleep(0.2)
    time.sleep(2)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1, stderr[-3000:]
    run = crawl.rows("SELECT status, message, new FROM crawl_runs")[0]
    assert run["status"] == "killed" and "shutdown" in run["message"]
    assert run["new"] >= 2  # what was stored before the signal stays
