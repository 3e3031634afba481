"""Notifications end to end: real crawls (processes) of a replica site, a real webhook.

The receiver is down during the crawl that finds news and up for the next run: the message
arrives exactly once. A run with nothing new sends nothing. A crawl killed (-9) after
recording its message and before sending it, or while sending it, leaves the message to the
next run, which delivers it once. The crawl killed before sending stops itself at that moment
(right before it claims its messages), so the test never races the crawl for it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from datetime import UTC, datetime

import pytest

from tests.notify.webhook import Webhook, free_port

pytestmark = pytest.mark.slow


def _env(url: str, **extra: str) -> dict[str, str]:
    return {"PRESSWATCH_NOTIFY_URLS": url, "PRESSWATCH_NOTIFY_RETRY_DELAY": "0", **extra}


def _outbox(db) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM notify_outbox ORDER BY id")]
    finally:
        conn.close()


def test_receiver_down_then_up_gets_the_message_exactly_once(crawl):
    port = free_port()
    url = f"json://127.0.0.1:{port}/hook"
    first = crawl.run("news_rss", env=_env(url))
    assert first.returncode == 0, first.stderr[-2000:]
    [row] = _outbox(crawl.db)
    assert row["state"] == "pending" and row["attempts"] == 1
    assert "Connection" in row["last_error"]
    new = crawl.rows("SELECT title FROM articles WHERE status IN ('new', 'related')")
    assert new

    hook = Webhook(port)
    try:
        second = crawl.run("news_rss", env=_env(url))  # finds nothing new; delivers
        assert second.returncode == 0, second.stderr[-2000:]
        assert len(hook.messages) == 1
        message = hook.messages[0]
        assert message["path"] == "/hook"
        for article in new:
            assert article["title"] in message["message"]
        assert "news_rss" in message["title"]
        third = crawl.run("news_rss", env=_env(url))  # nothing new, nothing pending
        assert third.returncode == 0
        assert len(hook.messages) == 1
    finally:
        hook.close()
    [row] = _outbox(crawl.db)
    assert row["state"] == "delivered" and row["attempts"] == 2


def test_a_run_with_nothing_new_sends_nothing(crawl):
    hook = Webhook()
    try:
        # finds news with notifications switched off (as `presswatch demo` does)
        off = crawl.run("news_rss", env=_env(hook.url()),
                        settings=["PRESSWATCH_NOTIFY_ENABLED=False"])
        assert off.returncode == 0, off.stderr[-2000:]
        assert crawl.rows("SELECT id FROM articles WHERE status = 'new'")
        assert hook.messages == [] and _outbox(crawl.db) == []
        assert crawl.run("news_rss", env=_env(hook.url())).returncode == 0  # nothing new
        assert hook.messages == [] and _outbox(crawl.db) == []
    finally:
        hook.close()


def _crawl_process(crawl, *sources, env):
    return crawl.start(*sources, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


#: The crawl run with one change: the moment it has recorded every run's messages and is
#: about to claim them for sending (``notify.deliver.claim_due``), it stops itself (SIGSTOP).
#: The test then finds it stopped exactly between recording and sending, whatever the speed
#: of the machine, instead of polling for that moment from outside.
_STOP_BEFORE_CLAIMING = """\
import os, runpy, signal
import notify.deliver

_claim_due = notify.deliver.claim_due

def _stop_then_claim(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGSTOP)
    return _claim_due(*args, **kwargs)

notify.deliver.claim_due = _stop_then_claim
runpy.run_module("crawler.crawl", run_name="__main__", alter_sys=True)
"""


def _wait_until_stopped(proc: subprocess.Popen, timeout: float = 120) -> bool:
    """True once ``proc`` is stopped by a signal; False when it ended first or ``timeout``
    passed (a hang). Waits on the kernel's report of the stop, not on a guess of timing."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pid, status = os.waitpid(proc.pid, os.WUNTRACED | os.WNOHANG)
        if pid:
            if os.WIFSTOPPED(status):
                return True
            proc.returncode = os.waitstatus_to_exitcode(status)  # ended: Popen must know
            return False
        time.sleep(0.01)
    return False


def test_killed_after_recording_before_sending_is_delivered_once_after_restart(crawl):
    hook = Webhook()
    command = crawl.command("news_rss")
    assert command[1:3] == ["-m", "crawler.crawl"]
    try:
        proc = subprocess.Popen(
            [command[0], "-c", _STOP_BEFORE_CLAIMING, *command[3:]],
            env=crawl.env(_env(hook.url()), log_level=None), cwd=crawl.workdir,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert _wait_until_stopped(proc), "the crawl never came to sending its messages"
            [row] = _outbox(crawl.db)  # recorded with the run's end, not claimed, not sent
            assert row["state"] == "pending" and row["claimed_by"] is None
            assert row["attempts"] == 0 and hook.messages == []
        finally:
            if proc.returncode is None:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
        assert proc.returncode == -signal.SIGKILL
        assert hook.messages == []
        again = crawl.run("news_rss", env=_env(hook.url()))
        assert again.returncode == 0, again.stderr[-2000:]
        assert len(hook.messages) == 1
        assert crawl.run("news_rss", env=_env(hook.url())).returncode == 0
        assert len(hook.messages) == 1
    finally:
        hook.close()


def test_killed_while_sending_is_sent_again_after_its_lease(crawl):
    stuck = Webhook(hang=True)
    port = stuck.port
    url = f"json://127.0.0.1:{port}/hook?rto=60"
    proc = _crawl_process(crawl, "news_rss", env=_env(url, PRESSWATCH_NOTIFY_LEASE="3"))
    try:
        assert stuck.arrived.wait(120), "the message was never sent"
        os.kill(proc.pid, signal.SIGKILL)  # the receiver has not answered: not delivered
        proc.wait()
    finally:
        stuck.close()
    [row] = _outbox(crawl.db)
    assert row["state"] == "pending" and row["claimed_by"] is not None
    lease_until = datetime.fromisoformat(row["lease_until"])
    time.sleep(max(0.0, (lease_until - datetime.now(UTC)).total_seconds() + 1.1))
    hook = Webhook(port)
    try:
        late = crawl.run("news_rss", env=_env(url))
        assert late.returncode == 0, late.stderr[-2000:]
        assert len(hook.messages) == 1
        [row] = _outbox(crawl.db)
        assert row["state"] == "delivered"
    finally:
        hook.close()
