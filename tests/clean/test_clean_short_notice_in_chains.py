# ruff: noqa: E501  (Chinese test strings)
"""A very short notice whose one-sentence lines each sit in their own chain of wrappers (issue
14, stop 25, block choice): pages in the real markup's shape, with text written here.

A district office's notice of three slogans or items, each line a sentence under 20
Chinese characters, in a list whose items a hand edit (or the ``split-blocks`` perturbation
of ``benchmarks/extraction_robust.py``) has wrapped in ``<div>`` chains of different depths,
a picture between them. No block holds 20 characters of its own, so only the last resort's
short lines can find the text; it gathered candidates by their parents alone, so lines in
chains of different depths never met and the body was empty. Now the last resort gathers
chains that meet higher up as the main search does (the parts half of the gathering block's
blocks or more, two chains at least).

- The notice's three lines in chains of one, two and three ``<div>`` levels inside a ``<ul>``,
  pictures between: the body is the three lines.
- The same lines in bare ``<div>`` chains directly under the notice's block.
- Guard: one short line alone beside a headline and an info line is not gathered with them
  (a notice of one sentence has no second line to meet).
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"

LINES = ["男孩女孩一样好，生来都是宝。", "尊重多元性别认同，营造友善环境。", "尊重不同性别特质，破除刻板印象。"]
PICTURE = "<div style='text-align:center'><img src='/images/p{}.jpg'></div>"


def _page(block: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>性别平等宣导_某区公所</title></head><body>"
            "<div><a href='/'>首页</a> <a href='/news/'>最新消息</a></div>"
            "<div><div><table><tr><td>性别平等宣导</td><td><a href='/print'></a></td></tr></table></div>"
            "<div><ul><li>资料更新时间：2026-05-18 08:49</li></ul></div>"
            + block + "</div><div><ul><li><a href='/back'>回上一页</a></li><li><a href='/top'>回最上面</a></li></ul></div>"
            "</body></html>").encode()


def _chain(inner: str, depth: int) -> str:
    return "<div>" * depth + inner + "</div>" * depth


def _body(data: bytes) -> str:
    return clean_document(data, fetched_at=FETCHED).body


def test_a_short_notices_list_items_in_chains_of_different_depths_are_its_text() -> None:
    items = (_chain(f"<li>{LINES[0]}</li>", 1) + PICTURE.format(1)
             + _chain(f"<li>{LINES[1]}</li>", 2) + PICTURE.format(2)
             + _chain(f"<li>{LINES[2]}</li>", 3))
    body = _body(_page(f"<div><ul>{items}</ul></div>"))
    assert body.split() == LINES


def test_a_short_notices_lines_in_bare_div_chains_are_its_text() -> None:
    lines = (_chain(f"<div>{LINES[0]}</div>", 1) + PICTURE.format(1)
             + _chain(f"<div>{LINES[1]}</div>", 2) + _chain(f"<div>{LINES[2]}</div>", 3))
    body = _body(_page(f"<div>{lines}</div>"))
    assert body.split() == LINES


def test_one_short_line_beside_the_headline_and_info_line_is_not_gathered_with_them() -> None:
    body = _body(_page(_chain(f"<div>{LINES[0]}</div>", 2)))
    assert "资料更新时间" not in body and "性别平等宣导" not in body
