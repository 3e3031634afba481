# ruff: noqa: E501  (Chinese test strings)
"""A site's rights statement closing the text, its class gone (issue 14, stop 34, the
robustness run: a financial daily's pages keep ``此内容为某某原创。未经某某授权，不得以任何方式
加以使用，包括转载、摘编、复制或建立镜像。…将追究侵权者的法律责任。`` in a
``<div class="statement">`` right under the text; with every class and id removed —
``noclass``, ``renamed``, ``headings-plain``, ``sections``, ``split-blocks``,
``layout-cell`` — nothing but its words marks it, and it was read as the text's last
paragraph).

The drop-line rule for such statements (``未经…授权…不得…转载/使用/复制/镜像``) allowed six
characters between the prohibition and its verb; the usual qualifier ``以任何方式`` /
``以任何形式`` (``不得以任何方式加以使用``) made seven or more. It is now read as part of the
prohibition, so the statement is the site's line however the page is marked up.

Guard: a sentence of the text about permission that prohibits nothing (``未经授权的转载行为
屡见不鲜``) stays; so does the text's own last sentence.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "本市一季度外贸进出口同比增长百分之八"
_TEXT = ("海关最新数据显示，一季度本市外贸进出口总值同比增长百分之八，其中出口增长接近一成，增速高于全国平均水平。",
         "海关有关负责人介绍，机电产品和劳动密集型产品出口保持增长，对共建“一带一路”国家的进出口占比进一步提高。",
         "业内人士认为，随着一系列稳外贸政策落地见效，二季度本市外贸有望继续保持平稳增长。")


@pytest.mark.parametrize("statement", [
    "此内容为城东财经原创。未经城东财经授权，不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。城东财经将追究侵权者的法律责任。",
    "未经本网书面授权，任何单位和个人严禁以任何形式对本报道进行转载、摘编。",
], ids=["any-means", "any-form"])
def test_a_rights_statement_in_the_text_block_without_its_class_is_not_the_last_paragraph(statement: str) -> None:
    body = block(*_TEXT, f"<div>{statement}</div>")
    assert story_paragraphs(_TITLE, body) == list(_TEXT)


def test_a_sentence_about_unauthorised_copies_stays_text() -> None:
    sentence = "记者了解到，未经授权的转载行为在网络上屡见不鲜，不少原创作者维权难度较大。"
    assert story_paragraphs(_TITLE, block(*_TEXT, sentence)) == [*_TEXT, sentence]
