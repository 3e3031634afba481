"""Speed steps of the stop-28 round (speed B) that keep every answer, each against the
slower reading it replaced:

* a page whose declared charset decodes it cleanly is decoded once: the clean decode that
  verified the label is the text (a decode with ``errors="replace"`` has nothing to
  replace), on pages in UTF-8, GBK and Big5 under their labels, damaged pages, pages whose
  label is wrong or unknown, and pages with a byte-order mark;
* a Latin label is passed over for non-ASCII bytes by ``bytes.isascii`` instead of a
  Python loop over every byte: the same verdict for every byte value."""

from __future__ import annotations

import pytest

from pipelines import decode
from pipelines.decode import choose_encoding, decode_html

_TEXT = "市园林部门介绍，今年秋季全市新种行道树一万二千余株，成活率比往年提高了近一成。"
_TRADITIONAL = "市園林部門介紹，今年秋季全市新種行道樹一萬二千餘株，成活率比往年提高了近一成。"


def _page(charset: str, text: str = _TEXT) -> str:
    return (f'<html><head><meta charset="{charset}"><title>{text[:6]}</title></head>'
            f"<body><p>{text}</p></body></html>")


_PAGES = {
    "utf-8 labelled": _page("utf-8").encode("utf-8"),
    "gbk labelled": _page("gbk").encode("gbk"),
    "big5 labelled": _page("big5", _TRADITIONAL).encode("big5hkscs"),
    "gbk, two bytes damaged": _page("gbk").encode("gbk")[:150] + b"\xff\xfe"
                              + _page("gbk").encode("gbk")[150:],
    "utf-8 labelled gbk": _page("gbk").encode("utf-8"),
    "gbk labelled utf-8": _page("utf-8").encode("gbk"),
    "latin-1 label over gbk": _page("iso-8859-1").encode("gbk"),
    "unknown label": _page("x-no-such-charset").encode("utf-8"),
    "utf-8 with a byte-order mark": b"\xef\xbb\xbf" + _page("utf-8").encode("utf-8"),
    "ascii only": _page("ascii", "New street trees this autumn.").encode("ascii"),
}


class _CountingBytes(bytes):
    """Bytes that count how often they are decoded whole."""

    decodes = 0

    def decode(self, *args: object, **kwargs: object) -> str:  # type: ignore[override]
        type(self).decodes += 1
        return super().decode(*args, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(_PAGES))
@pytest.mark.parametrize("content_type", [None, "text/html; charset=gbk",
                                          "text/html; charset=utf-8"])
def test_decoding_equals_the_chosen_encoding_with_replacement(
        name: str, content_type: str | None) -> None:
    data = _PAGES[name]
    encoding = choose_encoding(data, content_type)
    text = data.decode(encoding, errors="replace")
    if encoding in {"utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"}:
        text = text.lstrip("\ufeff")
    assert decode_html(data, content_type) == (text, encoding)


def test_a_page_its_label_decodes_cleanly_is_decoded_once() -> None:
    # A GB label is first doubted as UTF-8 mislabelled (one UTF-8 decode), then the page is
    # decoded once with it.
    for charset, codec, decodes in (("utf-8", "utf-8", 1), ("gbk", "gbk", 2)):
        data = _CountingBytes(_page(charset).encode(codec))
        _CountingBytes.decodes = 0
        text, _encoding = decode_html(data)
        assert _TEXT in text
        assert _CountingBytes.decodes == decodes


def test_a_latin_label_is_passed_over_for_the_same_bytes_as_by_a_byte_loop() -> None:
    for value in range(256):
        data = b"<p>" + bytes([value]) + b"</p>"
        assert (not data.isascii()) == any(b >= 0x80 for b in data)
    for name, data in _PAGES.items():
        assert decode._decoded(data, "utf-8")[1] == decode._bad_bytes(data, "utf-8"), name
