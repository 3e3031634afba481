# ruff: noqa: E501  (Chinese test strings)
"""Bad input never crashes the cleaner; encodings are chosen from the bytes, not the label."""

from __future__ import annotations

import os
import random

import pytest

from pipelines.clean import CleanResult, clean_document, clean_text
from pipelines.decode import decode_html

ARTICLE = "<html><body><div class='content'><p>国新办1月10日举行新闻发布会，介绍市场环境有关情况。</p><p>市场监管总局副局长束为表示，质量认证是国际通行的市场经济“信用证”。</p></div></body></html>"


def test_empty_input_gives_a_reason():
    for data in (b"", "", b"   \n\t "):
        result = clean_document(data)
        assert result.paragraphs == [] and result.reason == "empty input"
    assert clean_text("").reason == "empty input"


def test_binary_input_gives_a_reason():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20
    assert clean_document(png).reason == "binary data"
    assert clean_document(os.urandom(4096).replace(b"\x00", b"\x01") + b"\x00" * 64).reason


def test_a_20_mb_page_is_refused_with_a_reason():
    page = (ARTICLE * (20 * 1024 * 1024 // len(ARTICLE.encode()) + 1)).encode()
    assert len(page) > 20 * 1024 * 1024
    result = clean_document(page)
    assert result.paragraphs == []
    assert "limit" in result.reason


def test_size_limit_follows_the_setting(monkeypatch):
    monkeypatch.setenv("PRESSWATCH_CLEAN_MAX_BYTES", "100")
    assert "limit" in clean_document(ARTICLE.encode()).reason
    assert clean_document(ARTICLE.encode(), max_bytes=10_000).reason is None


def test_undecodable_bytes_never_crash_and_leave_no_replacement_characters():
    rng = random.Random(7)
    good = "市场监管总局副局长束为表示，质量认证是国际通行的市场经济信用证。".encode("gbk")
    for _ in range(30):
        noise = bytes(rng.choice([0x80, 0xFF, 0xFE, 0xA0, 0x81]) for _ in range(rng.randint(1, 40)))
        result = clean_document(good + noise + good)
        assert isinstance(result, CleanResult)
        assert "\ufffd" not in result.body


def test_markup_without_text_gives_a_reason():
    result = clean_document(b"<html><body><div class='nav'><a href='/'>home</a></div></body></html>")
    assert result.reason == "no article text found"


def test_truncated_and_malformed_html_is_still_extracted():
    page = ARTICLE[: len(ARTICLE) - 40].encode()
    result = clean_document(page)
    assert result.paragraphs and result.paragraphs[0].startswith("国新办1月10日")


def test_result_is_json_ready():
    import json

    data = clean_document(ARTICLE.encode()).to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False))["body"].startswith("国新办")


@pytest.mark.parametrize(
    ("data", "content_type", "text", "encoding"),
    [
        ("新闻".encode("gbk"), "text/html; charset=gb2312", "新闻", "gb18030"),
        ("燚堃".encode("gb18030"), "text/html; charset=GBK", "燚堃", "gb18030"),
        ("新闻发布会".encode(), "text/html; charset=gb2312", "新闻发布会", "utf-8"),
        ("新闻发布会".encode("gbk"), "text/html; charset=utf-8", "新闻发布会", "gb18030"),
        (b"\xef\xbb\xbf" + "新闻".encode(), "text/html; charset=gbk", "新闻", "utf-8"),
    ],
)
def test_declared_charset_is_verified_against_the_bytes(data, content_type, text, encoding):
    assert decode_html(data, content_type) == (text, encoding)


def test_meta_charset_is_used_when_it_decodes():
    page = '<html><head><meta charset="gb2312"></head><body><p>质量认证发布会</p></body></html>'
    text, encoding = decode_html(page.encode("gbk"))
    assert encoding == "gb18030" and "质量认证发布会" in text
    page = '<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>質量認證</p>'
    text, encoding = decode_html(page.encode("big5"))
    assert "質量認證" in text


def test_decode_never_raises_on_garbage():
    text, encoding = decode_html(b"\xff\xfe\xfd\x80\x81" * 10, "text/html; charset=nonsense")
    assert isinstance(text, str) and encoding


def test_other_buffers_and_types():
    assert clean_document(bytearray(ARTICLE.encode())).paragraphs
    assert clean_document(memoryview(ARTICLE.encode())).paragraphs
    assert clean_document(12345).reason == "cannot clean a int"
