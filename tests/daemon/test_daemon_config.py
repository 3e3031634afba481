"""``crawler.daemon.config``: a bad daemon setting is one sentence; log file and crawl command
parsing."""

from __future__ import annotations

import pytest

from crawler.daemon.config import DaemonConfigError, load_config


def test_bad_daemon_setting_is_one_sentence(db_path):
    with pytest.raises(DaemonConfigError, match="PRESSWATCH_DAEMON_CRAWL_TIMEOUT must be a "):
        load_config(db_path, crawl_timeout="an hour")
    config = load_config(db_path, log_file="-", crawl_command="python 'my crawl.py'")
    assert config.log_file is None
    assert config.crawl_command == ["python", "my crawl.py"]
    assert load_config(db_path, log_file="").log_file == db_path.with_name(
        "presswatch-daemon.log")
