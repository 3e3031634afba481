"""Mojibake repair's one-time tables come from a cache directory, always equal to a fresh build.

The word list, readings and traditional characters cost ~315 ms to build, all inside the
first damaged page of a process; :mod:`pipelines.loadcache` keeps them on disk keyed by
their sources. These tests use real files in ``tmp_path``: a cold build writes the file, a
warm load returns the same table without building, a changed source, a corrupt or foreign
file rebuilds, and a directory that cannot be written falls back to a build in memory.
"""

from __future__ import annotations

import logging
import marshal
import os
from pathlib import Path

import pytest

from pipelines import loadcache, mojibake


class _Builder:
    """A build function that counts its calls and reads its source file."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.calls = 0

    def __call__(self) -> dict[str, int]:
        self.calls += 1
        text = self.source.read_text(encoding="utf-8")
        return {word: len(word) for word in text.split()}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "words.txt"
    path.write_text("新闻 发布 会\n", encoding="utf-8")
    return path


def test_cold_build_writes_the_table_and_warm_load_reads_it_back(tmp_path, source):
    cache = tmp_path / "cache"
    build = _Builder(source)
    cold = loadcache.load("words", [str(source)], build, directory=str(cache))
    assert build.calls == 1
    assert Path(loadcache.cache_path("words", str(cache))).is_file()
    warm = loadcache.load("words", [str(source)], build, directory=str(cache))
    assert build.calls == 1
    assert warm == cold == {"新闻": 2, "发布": 2, "会": 1}
    assert list(warm) == list(cold)


def test_a_changed_source_file_rebuilds_the_table(tmp_path, source):
    cache = str(tmp_path / "cache")
    build = _Builder(source)
    loadcache.load("words", [str(source)], build, directory=cache)
    source.write_text("新闻 发布会\n", encoding="utf-8")
    assert loadcache.load("words", [str(source)], build, directory=cache) == {
        "新闻": 2, "发布会": 3}
    assert build.calls == 2
    # Same size, only the modification time differs: still stale.
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    loadcache.load("words", [str(source)], build, directory=cache)
    assert build.calls == 3


@pytest.mark.parametrize("damage", ["truncated", "garbage", "flipped byte", "foreign table",
                                    "empty"])
def test_a_corrupt_cache_file_is_rebuilt_and_replaced(tmp_path, source, damage):
    cache = str(tmp_path / "cache")
    build = _Builder(source)
    fresh = loadcache.load("words", [str(source)], build, directory=cache)
    path = Path(loadcache.cache_path("words", cache))
    data = path.read_bytes()
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "garbage":
        data = b"\x00\xffnot a table" * 10
    elif damage == "flipped byte":
        data = data[:-3] + bytes([data[-3] ^ 0x01]) + data[-2:]
    elif damage == "foreign table":
        data = marshal.dumps(("another key", 0, marshal.dumps({"x": 1})))
    else:
        data = b""
    path.write_bytes(data)
    assert loadcache.load("words", [str(source)], build, directory=cache) == fresh
    assert build.calls == 2
    assert loadcache.load("words", [str(source)], build, directory=cache) == fresh
    assert build.calls == 2  # the rebuilt file is whole again


def test_a_directory_that_cannot_be_written_falls_back_to_a_build_in_memory(
        tmp_path, source, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    cache = str(blocker / "cache")  # under a regular file: cannot be created, even by root
    build = _Builder(source)
    with caplog.at_level(logging.WARNING, logger="pipelines.loadcache"):
        table = loadcache.load("words", [str(source)], build, directory=cache)
    assert table == {"新闻": 2, "发布": 2, "会": 1}
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "\n" not in warnings[0].getMessage()
    assert not list(tmp_path.glob("**/*.marshal")) and not list(tmp_path.glob("**/.tmp-*"))


def test_the_cache_directory_follows_the_setting_then_xdg_then_home(tmp_path):
    given = str(tmp_path / "mine")
    assert loadcache.cache_dir({"PRESSWATCH_CACHE_DIR": given, "XDG_CACHE_HOME": "/x"}) == given
    assert loadcache.cache_dir({"XDG_CACHE_HOME": "/var/cache/u"}) == "/var/cache/u/presswatch"
    home = os.path.join(os.path.expanduser("~"), ".cache", "presswatch")
    assert loadcache.cache_dir({"XDG_CACHE_HOME": "relative/dir"}) == home
    assert loadcache.cache_dir({}) == home


@pytest.fixture
def fresh_loaders(tmp_path, monkeypatch):
    """Mojibake's loaders forgotten and pointed at an empty cache directory in tmp_path."""
    monkeypatch.setenv("PRESSWATCH_CACHE_DIR", str(tmp_path / "cache"))
    loaders = (mojibake._lexicon, mojibake._long_words, mojibake._readings,
               mojibake._traditional_chars)
    for loader in loaders:
        loader.cache_clear()
    yield tmp_path / "cache"
    for loader in loaders:
        loader.cache_clear()


def test_mojibake_tables_cached_equal_the_tables_built_fresh(fresh_loaders):
    path = mojibake.jieba_dict_path()
    if path is None:
        pytest.skip("jieba is not installed")
    cold = (mojibake._lexicon(), mojibake._readings(), mojibake._traditional_chars())
    assert len(list(fresh_loaders.glob("*.marshal"))) >= 2
    for loader in (mojibake._lexicon, mojibake._readings, mojibake._traditional_chars):
        loader.cache_clear()
    warm = (mojibake._lexicon(), mojibake._readings(), mojibake._traditional_chars())
    built = (mojibake._build_lexicon(path, 1, 2),
             mojibake._build_readings(mojibake._pinyin_table_path() or ""),
             mojibake._build_traditional_chars())
    assert warm == cold
    assert warm == built
    assert list(warm[0]) == list(built[0])
    # Every word of the whole list is found with its frequency, and nothing else is.
    full = mojibake._build_lexicon(path)
    assert all(mojibake._word_frequency(word) == freq for word, freq in full.items())
    assert mojibake._word_frequency("不是一个词语") == 0


def test_a_warm_process_repairs_without_building_the_tables(fresh_loaders, monkeypatch):
    if mojibake.jieba_dict_path() is None:
        pytest.skip("jieba is not installed")
    mojibake._repair_one.cache_clear()
    cold = mojibake.repair_mojibake("攔截?zé)o證")
    for loader in (mojibake._lexicon, mojibake._readings, mojibake._traditional_chars):
        loader.cache_clear()
    mojibake._repair_one.cache_clear()

    def no_build(*args: object) -> None:
        raise AssertionError("table built although the cache holds it")

    for name in ("_build_lexicon", "_build_readings", "_build_traditional_chars"):
        monkeypatch.setattr(mojibake, name, no_build)
    assert mojibake.repair_mojibake("攔截?zé)o證") == cold == "攔截無證"
