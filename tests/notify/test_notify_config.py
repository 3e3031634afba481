"""Subscriptions from [notify] and PRESSWATCH_NOTIFY_URLS; bad values are one sentence."""

from __future__ import annotations

import pytest

from notify.config import EVENTS, NotifyConfigError, load_subscriptions

CONFIG = """
[notify]
urls = ["json://127.0.0.1:9/default"]
digest = "1h"

[notify.subscriptions.compliance]
urls = ["json://127.0.0.1:9/a", "json://127.0.0.1:9/b"]
organisers = ["CSRC"]
events = ["new", "related"]

[notify.subscriptions.pr]
urls = "json://127.0.0.1:9/pr"
words = ["宁德时代"]
sources = ["nbd"]

[sources.nbd]
enabled = false
"""


def _write(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_named_subscriptions_with_their_own_urls_rules_and_events(tmp_path):
    subs = {s.name: s for s in load_subscriptions(_write(tmp_path, CONFIG), environ={})}
    assert set(subs) == {"default", "compliance", "pr"}
    assert subs["default"].digest == 3600 and subs["default"].events == frozenset(EVENTS)
    assert subs["compliance"].organisers == ("CSRC",)
    assert len(subs["compliance"].targets()) == 2
    assert subs["compliance"].events == {"new", "related"}
    assert subs["pr"].urls == ("json://127.0.0.1:9/pr",) and subs["pr"].words == ("宁德时代",)


def test_environment_urls_replace_the_default_subscriptions_urls(tmp_path):
    env = {"PRESSWATCH_NOTIFY_URLS": "json://127.0.0.1:9/x  json://127.0.0.1:9/y"}
    subs = load_subscriptions(_write(tmp_path, CONFIG), environ=env)
    assert subs[0].name == "default"
    assert subs[0].urls == ("json://127.0.0.1:9/x", "json://127.0.0.1:9/y")
    assert subs[0].digest == 3600  # the rest of [notify] still applies
    only_env = load_subscriptions(tmp_path / "missing.toml", environ=env)
    assert [s.name for s in only_env] == ["default"]


def test_no_configuration_means_no_subscriptions(tmp_path):
    assert load_subscriptions(tmp_path / "missing.toml", environ={}) == []


@pytest.mark.parametrize(("text", "message"), [
    ('[notify]\nurls = ["x://"]\nevents = ["sometimes"]', "unknown event 'sometimes'"),
    ('[notify]\nurl = ["x://"]', "notify.url: unknown key"),
    ('[notify]\nurls = ["x://"]\ndigest = "soon"', "notify.digest"),
    ("[notify.subscriptions.pr]\nwords = ['x']", "give at least one Apprise URL"),
    ("[notify.subscriptions.default]\nurls = ['x://']", "'default' is the name"),
    ("[notify]\nurls = [1]", "list of non-empty strings"),
])
def test_bad_notify_tables_are_refused_naming_file_and_key(tmp_path, text, message):
    path = _write(tmp_path, text)
    with pytest.raises(NotifyConfigError, match=message) as info:
        load_subscriptions(path, environ={})
    assert str(path) in str(info.value)


def test_the_sources_loader_accepts_a_notify_table(tmp_path):
    from crawler.sources import load_sources

    sources = load_sources(_write(tmp_path, CONFIG))
    assert sources["nbd"].enabled is False
