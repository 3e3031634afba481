"""Charsets of hostile or careless pages: BOMs, damaged UTF-8, GBK that must stay GBK."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipelines.clean import clean_document
from pipelines.decode import bom_encoding, decode_html, utf8_share

PARAGRAPH = ("国务院新闻办公室1月10日举行新闻发布会，市场监管总局副局长介绍质量认证工作情况，"
             "并回答了记者提问。")
PAGE = ("<html><head><title>市场监管总局介绍质量认证工作</title></head><body>"
        "<h1>市场监管总局介绍质量认证工作</h1>"
        + "".join(f"<p>{PARAGRAPH}第{i}段。</p>" for i in range(12))
        + "</body></html>")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_pages_with_a_byte_order_mark_are_decoded_not_refused_as_binary(codec):
    data = PAGE.encode(codec)
    if not codec.endswith(("16", "32")):  # explicit-endian codecs write no BOM themselves
        data = "\ufeff".encode(codec) + data
    result = clean_document(data)
    assert result.code is None, result.reason
    assert result.title == "市场监管总局介绍质量认证工作"
    assert PARAGRAPH in result.body
    assert bom_encoding(data) == result.encoding


def damaged(data: bytes, share: float, seed: int = 7) -> bytes:
    """``data`` with ``share`` of its bytes (after the head) replaced by invalid 0xFF."""
    rng = random.Random(seed)
    out = bytearray(data)
    for i in rng.sample(range(100, len(out)), int(len(out) * share)):
        out[i] = 0xFF
    return bytes(out)


@pytest.mark.parametrize("share", [0.003, 0.01, 0.03, 0.05])
def test_mostly_valid_utf8_without_a_charset_stays_utf8(share):
    data = damaged(PAGE.encode("utf-8"), share)
    text, encoding = decode_html(data)
    assert encoding == "utf-8"
    assert text.count("质量认证") >= 8  # the page reads, only the damaged characters are lost


def test_mostly_valid_utf8_declared_as_gb2312_is_read_as_utf8():
    data = damaged(PAGE.encode("utf-8"), 0.01)
    assert decode_html(data, "text/html; charset=gb2312")[1] == "utf-8"


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
@pytest.mark.parametrize("content_type", [None, "text/html; charset=gbk",
                                          "text/html; charset=utf-8"])
def test_gbk_pages_stay_gbk_whatever_they_declare(codec, content_type):
    page = PAGE.replace("质量", "燚堃质量")  # characters outside GB2312
    text, encoding = decode_html(page.encode(codec), content_type)
    assert encoding == "gb18030"
    assert text == page


CORPUS = Path(__file__).parent / "corpus"


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".html", ".txt"):
            try:
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError:
                continue
            if not text.isascii():
                texts.append(text)
    return texts


def test_every_corpus_text_reencoded_as_gbk_reads_back_unchanged():
    texts = corpus_texts()
    assert len(texts) > 20
    for text in texts:
        data = text.encode("gb18030")
        valid, invalid = utf8_share(data)
        assert valid < 10 or valid < 0.6 * (valid + invalid)
        assert decode_html(data)[0] == text


def test_traditional_text_in_undeclared_gbk_bytes_behind_a_long_script_reads_as_gb18030():
    """A Hong Kong page saved as GBK (GB18030) with no charset declared and a long script in
    its head: its traditional characters are outside GB2312, so the Chinese check failed and
    a detector's single-byte guess (mac-roman, cp775) left an empty body."""
    paras = ["政府今日宣佈，由下月起，市民申請換領身份證時可以在網上預約，"
             "無須親身到辦事處排隊輪候，有關安排將分階段推行。",
             "發言人表示，網上預約系統會先在三個辦事處試行，其後逐步擴展至全港各區，"
             "市民亦可以透過電話查詢預約狀況。",
             "當局提醒市民，預約時必須提供正確的個人資料，如有任何疑問，"
             "可以致電查詢熱線或瀏覽政府網站了解詳情。"]
    page = ("<html><head><title>身份證換領可網上預約</title><script>" + "var a=1;" * 3000
            + "</script></head><body><h1>身份證換領可網上預約</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>")
    data = page.encode("gb18030")
    assert decode_html(data) == (page, "gb18030")
    assert clean_document(data).body.startswith("政府今日宣布，由下月起")



class _SingleByteGuess:
    """A detector's answer naming a single-byte code page (what charset-normalizer gave for
    the real page, whose first 200 KB were scripts and a picker's labels)."""

    encoding = "cp775"

    def best(self) -> _SingleByteGuess:
        return self


def test_undeclared_gbk_page_opening_with_labels_in_other_scripts_reads_as_gb18030(monkeypatch):
    """A page saved as GBK (GB18030) with no charset declared whose first kilobytes hold a
    picker's labels in two languages (Chinese and Thai): GB18030 writes the Thai labels in
    four bytes, outside GB2312, so the Chinese check failed, the page went to the detector,
    and its single-byte guess left no headline, date or body. Such labels are no sign
    against GB18030 (another code page misread never gives four-byte characters)."""
    monkeypatch.setattr("charset_normalizer.from_bytes", lambda data: _SingleByteGuess())
    labels = [("微笑", "ยิ้ม"), ("发呆", "เหม่อลอย"), ("流泪", "ร้องไห้"),
              ("害羞", "เขินอาย"), ("大哭", "ร้องไห้โฮ"), ("得意", "ภูมิใจ")]
    picker = "".join(f"<span>{zh}</span><span>{th}</span>"
                     for _ in range(40) for zh, th in labels)
    paras = ["市政府今天发布通知，自下月起，市民办理居住证可以在网上预约，"
             "不必再到办事大厅排队等候，相关安排将分批推行。",
             "负责人介绍，网上预约系统先在三个区试行，之后逐步推广到全市，"
             "市民也可以通过热线电话查询预约进度。",
             "有关部门提醒，预约时须如实填写个人信息，如有疑问，"
             "可以拨打服务热线或登录政府网站了解详情。"]
    page = ("<html><head><title>居住证办理可网上预约</title></head><body>"
            f"<div style=\"display:none\">{picker}</div>"
            "<h1>居住证办理可网上预约</h1><p>2025-03-14 09:30</p>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>")
    data = page.encode("gb18030")
    assert decode_html(data) == (page, "gb18030")
    result = clean_document(data)
    assert result.title == "居住证办理可网上预约"
    assert result.body.startswith("市政府今天发布通知")
