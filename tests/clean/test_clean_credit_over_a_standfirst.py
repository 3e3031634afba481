# ruff: noqa: E501  (Chinese test strings)
"""A standfirst field (a page builder's block of its own before the text's block), with or
without a credit line in a paragraph of its own over its lead paragraph (issue 14, stop 29:
the ``furniture`` perturbation of ``benchmarks/extraction_robust.py`` puts ``文｜本网记者
某某`` over a story's first paragraph; fresh6's un-who-icd11-gender-incongruence prints its
lead in such a field). Until stop 31 the field's one paragraph of 30 Chinese characters or
more opened the text. Since the label rule of stop 31 a box printed in its own block outside
the block that holds the text's paragraphs is not the text (un-who's label starts under the
field): a field classed as the story's lead (as the real page's) is such a box, and the text
starts at the text block's first paragraph, credit line or not. (An unclassed block of the
same shape still opens the text: tests/clean/test_clean_fresh6_news_edges.py.)
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "卫生组织将一项分类从疾病目录中移除"
LEAD = "卫生组织于5月25日通过了对疾病分类目录的第11次修订，将一项分类从原有类别中移除并更名，这一修订将在未来三年内在各会员国得到实施。"
TEXT = ["该组织有关负责人表示，这次修订是根据多年来的研究证据作出的，目的是减少相关人群在获得医疗服务时遇到的障碍。",
        "她说，修订后的分类仍保留在目录中，是为了确保有需要的人能够继续获得相应的卫生服务和保险保障。"]


def _page(field: str) -> str:
    """A page builder's story: the date, topic and standfirst fields in one block, then the
    text's block alone in its chain of wrappers."""
    return (page_head(HEADLINE) + f"<div class='layout'><h1>{HEADLINE}</h1>"
            "<div class='view'><div class='view-content'><div class='views-row'>"
            "<span class='views-field'><span class='field-content'><time>2019年5月30日</time></span></span>"
            "<span class='views-field'><span class='field-content'><a href='/topic/health'>健康及卫生</a></span></span>"
            f"<div class='views-field views-field-field-news-story-lead'><div class='field-content'>{field}</div></div></div></div></div>"
            f"<div class='block'><div class='block-content'><div class='clearfix text'>{paras(TEXT)}</div></div></div>"
            "</div></body></html>")


def test_a_standfirst_field_apart_from_the_texts_block_is_not_the_text():
    found = [p for p in cleaned(_page(paras(["文｜本网记者 李明", LEAD]))).body.split("\n") if p]
    assert found == TEXT
    assert [p for p in cleaned(_page(paras([LEAD]))).body.split("\n") if p] == TEXT
