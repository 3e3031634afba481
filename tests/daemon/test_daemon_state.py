"""``crawler.daemon.state``: the state file the daemon writes for ``status``."""

from __future__ import annotations

from datetime import UTC

from crawler.daemon.config import load_config


def test_state_stays_stopped_when_a_crawl_thread_writes_after_the_stop(db_path):
    """A crawl that ends after the daemon's final write must not mark it running again."""
    from apscheduler.schedulers.background import BackgroundScheduler

    from crawler.daemon.core import Daemon
    from crawler.daemon.state import read_state

    daemon = Daemon(db_path, load_config(db_path))
    daemon._scheduler = BackgroundScheduler(timezone=UTC)
    daemon._write_state()
    assert read_state(db_path)["running"] is True
    daemon._write_state(running=False)  # _shutdown's final write
    daemon._write_state()  # a crawl thread's `finally` after it
    assert read_state(db_path)["running"] is False
