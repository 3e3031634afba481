"""``crawler.middlewares.hostmap``: ``PRESSWATCH_HOST_MAP`` parsed with one-line errors, and
URLs of mapped hosts rewritten to the replica server."""

from __future__ import annotations

import pytest

from crawler.middlewares.hostmap import HostMapError, mapped_url, parse_host_map


def test_host_map_parsing_and_mapping():
    assert parse_host_map('{"www.nbd.com.cn": "127.0.0.1:8801"}') == {
        "www.nbd.com.cn": "127.0.0.1:8801"}
    assert parse_host_map("") == {} and parse_host_map(None) == {}
    for bad in ("{not json", "[1, 2]", '{"a.cn": 8801}', '{"a.cn": "127.0.0.1"}'):
        with pytest.raises(HostMapError) as info:
            parse_host_map(bad)
        assert "PRESSWATCH_HOST_MAP" in str(info.value) and "\n" not in str(info.value)
    host_map = {"www.nbd.com.cn": "127.0.0.1:8801"}
    assert mapped_url("https://www.nbd.com.cn/a/b.html?x=1#frag", host_map) == (
        "http://127.0.0.1:8801/a/b.html?x=1", "www.nbd.com.cn")
    assert mapped_url("https://other.cn/", host_map) is None
