"""The source registry: TOML format, overrides, defaults and one-sentence errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.cli import main
from crawler.sources import (
    SourceConfigError,
    format_interval,
    load_sources,
    parse_interval,
)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_sources_load_with_default_intervals_per_kind():
    sources = load_sources(user=False)
    assert {"people_finance", "stats_fbh"} <= set(sources)
    stats = sources["stats_fbh"]
    assert stats.spider == "listing" and stats.kind == "government"
    assert stats.interval == 4 * 3600 and stats.cron is None
    assert stats.relevance is False  # government sections are relevant as a whole
    assert sources["people_finance"].relevance is True
    assert stats.defined_in.endswith("examples.toml")


def test_user_file_overrides_keys_by_name_and_adds_sources(tmp_path):
    path = _write(tmp_path, """
[sources.stats_fbh]
enabled = true
cron = "0 8 * * *"

[sources.mine]
spider = "feed"
start_urls = ["https://www.example.cn/rss.xml"]
my_option = 3
""")
    sources = load_sources(path)
    assert sources["stats_fbh"].cron == "0 8 * * *"  # replaces the built-in interval
    assert sources["stats_fbh"].interval is None
    assert sources["stats_fbh"].schedule == "cron 0 8 * * *"
    path.write_text(path.read_text().replace('cron = "0 8 * * *"', 'interval = "90m"'))
    sources = load_sources(path)
    assert sources["stats_fbh"].enabled is True and sources["stats_fbh"].interval == 5400
    assert sources["stats_fbh"].selectors["links"] == "a"  # untouched keys stay
    mine = sources["mine"]
    assert mine.kind == "feed" and mine.interval == 1800  # default for feeds
    assert mine.option("my_option") == 3 and mine.defined_in == str(path)


def test_user_file_can_switch_a_builtin_source_off(tmp_path):
    sources = load_sources(_write(tmp_path, "[sources.stats_fbh]\nenabled = false\n"))
    assert sources["stats_fbh"].enabled is False


@pytest.mark.parametrize(("text", "key", "problem"), [
    ("[sources.a]\nspider = 'feed'\n", "sources.a.start_urls", "needs at least one start URL"),
    ("[sources.a]\nkind = 'blog'\n", "sources.a.kind", "must be one of"),
    ("[sources.a]\ninterval = 'often'\n", "sources.a.interval", "duration"),
    ("[sources.a]\ninterval = '10s'\n", "sources.a.interval", "shorter than one minute"),
    ("[sources.a]\ncron = '* *'\n", "sources.a.cron", "five fields"),
    ("[sources.a]\ncron = '0 8 * * *'\ninterval = '2h'\n", "sources.a.cron", "not both"),
    ("[sources.a]\nstart_urls = ['ftp://x']\n", "sources.a.start_urls", "not an http(s) URL"),
    ("[sources.a]\nmax_pages = 0\n", "sources.a.max_pages", "at least 1"),
    ("[sources.a]\nenabled = 'yes'\n", "sources.a.enabled", "true or false"),
    ("[sources.a]\nrelevance = 'x'\n", "sources.a.relevance", "true, false or a table"),
    ("[sources.a.relevance]\nrequire = 'all'\n", "sources.a.relevance", "require must be"),
    ("[sources.a]\nspider = 'listing'\nstart_urls = ['http://a.cn/']\n",
     "sources.a.selectors.links", "needs a selector"),
    ("[sources.A]\n", "sources.A", "lower-case"),
    ("[source.a]\n", "source", "unknown top-level key"),
    ("[sources.a\n", "(syntax)", "not valid TOML"),
])
def test_broken_definitions_name_file_key_and_problem(tmp_path, text, key, problem):
    path = _write(tmp_path, text)
    with pytest.raises(SourceConfigError) as info:
        load_sources(path)
    message = str(info.value)
    assert message.startswith(f"{path}: {key}: ")
    assert problem in message
    assert "\n" not in message


def test_intervals_parse_and_format():
    assert parse_interval("30m") == 1800
    assert parse_interval("2h") == 7200
    assert parse_interval("1.5h") == 5400
    assert parse_interval(600) == 600
    assert format_interval(7200) == "2h" and format_interval(90) == "90s"


def test_presswatch_sources_lists_schedule_and_state(runner, tmp_path, db_path):
    path = _write(tmp_path, "[sources.stats_fbh]\nenabled = true\n")
    result = runner.invoke(main, ["sources", "--sources-file", str(path), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if ln.startswith("stats_fbh"))
    assert "enabled" in line and "every 4h" in line and "never run" in line
    result = runner.invoke(main, ["sources", "--json", "--sources-file", str(path)])
    rows = {row["name"]: row for row in __import__("json").loads(result.output)}
    assert rows["people_finance"]["enabled"] is False


def test_presswatch_sources_reports_a_broken_file_in_one_line(runner, tmp_path):
    path = _write(tmp_path, "[sources.a]\nkind = 'blog'\n")
    result = runner.invoke(main, ["sources", "--sources-file", str(path)])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert "sources.a.kind" in result.output and str(path) in result.output
