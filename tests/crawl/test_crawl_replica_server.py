"""The replica server: routing by Host, file layout, _site.json, 304s, faults, request log."""

from __future__ import annotations

import http.client
import json
import socket

import pytest

from crawler.replica import ReplicaServer, bundled_root


def _get(server: ReplicaServer, host: str, path: str, headers: dict[str, str] | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        conn.request("GET", path, headers={"Host": host, **(headers or {})})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


@pytest.fixture
def server(tmp_path):
    a = tmp_path / "www.a.cn"
    (a / "news" / "list").mkdir(parents=True)
    (a / "news" / "list" / "index.htm").write_bytes("列表".encode("gb18030"))
    (a / "news" / "1.html").write_bytes("<p>文章</p>".encode("gb18030"))
    (a / "feed.xml").write_text("<rss/>", encoding="utf-8")
    (a / "list_page2.html").write_text("page 2", encoding="utf-8")
    (a / "_site.json").write_text(json.dumps({
        "routes": {"/list.jsp?page=2": "list_page2.html"},
        "headers": {"/news/*": {"Content-Type": "text/html; charset=gbk"}},
    }))
    b = tmp_path / "www.b.cn"
    b.mkdir()
    (b / "index.html").write_text("site b", encoding="utf-8")
    with ReplicaServer(tmp_path) as replica:
        yield replica


def test_routes_by_host_header_and_serves_raw_bytes(server):
    status, headers, body = _get(server, "www.a.cn", "/news/1.html")
    assert status == 200 and body == "<p>文章</p>".encode("gb18030")  # GBK stays GBK
    assert headers["Content-Type"] == "text/html; charset=gbk"
    assert _get(server, "www.a.cn", "/news/list/")[2] == "列表".encode("gb18030")
    assert _get(server, "www.b.cn:443", "/")[2] == b"site b"
    assert _get(server, "www.a.cn", "/list.jsp?page=2")[2] == b"page 2"
    assert _get(server, "www.a.cn", "/feed.xml")[1]["Content-Type"].startswith("application/xml")
    assert _get(server, "www.a.cn", "/missing.html")[0] == 404
    assert _get(server, "www.c.cn", "/")[0] == 404
    assert _get(server, "www.a.cn", "/../www.b.cn/index.html")[0] == 404
    assert _get(server, "www.a.cn", "/_site.json")[0] == 404
    assert server.fetched("www.a.cn", prefix="/news/") == ["/news/1.html", "/news/list/"]
    assert server.host_map() == {"www.a.cn": f"127.0.0.1:{server.port}",
                                 "www.b.cn": f"127.0.0.1:{server.port}"}


def test_conditional_requests_get_304(server):
    _, headers, _ = _get(server, "www.b.cn", "/")
    assert _get(server, "www.b.cn", "/", {"If-None-Match": headers["ETag"]})[0] == 304
    assert _get(server, "www.b.cn", "/", {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert _get(server, "www.b.cn", "/", {"If-None-Match": '"other"'})[0] == 200


def test_routes_and_faults_can_be_added(server):
    server.add_route("www.b.cn", "/new.html", body="新文章", content_type="text/html")
    assert _get(server, "www.b.cn", "/new.html")[2] == "新文章".encode()
    server.fault("www.b.cn", "/", statuses=[503, 429], retry_after=2)
    first, second, third = (_get(server, "www.b.cn", "/") for _ in range(3))
    assert (first[0], second[0], third[0]) == (503, 429, 200)
    assert second[1]["Retry-After"] == "2"
    server.fault("www.b.cn", "/loop", redirect_loop=True)
    status, headers, _ = _get(server, "www.b.cn", "/loop")
    assert status == 302 and headers["Location"] == "/loop"
    server.fault("www.b.cn", "/cut", truncate=3)
    server.add_route("www.b.cn", "/cut", body=b"0123456789")
    with pytest.raises(http.client.IncompleteRead):
        _get(server, "www.b.cn", "/cut")
    server.fault("www.b.cn", "/reset", reset=True)
    with pytest.raises((ConnectionError, http.client.RemoteDisconnected, socket.error)):
        _get(server, "www.b.cn", "/reset")
    server.fault("www.b.cn", "/big", huge=1_000_000)
    status, headers, body = _get(server, "www.b.cn", "/big")
    assert headers["Content-Length"] == "1000000" and len(body) == 1_000_000


def test_stall_delays_the_answer(server):
    server.fault("www.b.cn", "/slow", stall=3)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=0.5)
    conn.request("GET", "/slow", headers={"Host": "www.b.cn"})
    with pytest.raises(TimeoutError):
        conn.getresponse()
    conn.close()


def test_bundled_replicas_are_package_data():
    root = bundled_root()
    assert (root / "www.stats.gov.cn" / "sj" / "xwfbh" / "fbhwd" / "index.html").is_file()
    assert (root / "www.people.com.cn" / "rss" / "finance.xml").is_file()
