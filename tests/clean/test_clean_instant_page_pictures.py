# ruff: noqa: E501  (Chinese test strings)
"""The mobile instant page formats' pictures are pictures (stop 29; found with the ``amp``
and ``mip`` perturbations of the opened pages).

The shape: an AMP page (Google's Accelerated Mobile Pages) or a MIP page (Baidu's Mobile
Instant Pages) may not use ``<img>``; its pictures are ``<amp-img>`` (``<amp-anim>`` for an
animation) or ``<mip-img>`` elements. Every reading of a picture looked for ``<img>``, so
on such a copy a portrait's profile set beside the photo over the text, or a photo table's
caption, read as the text's first lines. The formats' picture elements are read as
``<img>`` now, whatever else the page holds.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "两位科学家分享今年的化学奖"
PROFILE = "王某 1950年出生于某省，1978年获化学博士学位，现任某大学教授。"
TEXT = [
    "两位科学家因在细胞膜受体方面的研究分享了今年的化学奖，评选委员会昨日在记者会上宣布了这一结果。",
    "评选委员会表示，两人的工作揭示了细胞如何感知外界信号，为新药研发提供了重要的理论基础。",
    "据介绍，目前市面上约有一半的药物是通过作用于这类受体来发挥疗效的。",
]


def picture_page(picture: str) -> str:
    """A story whose block opens with a centred portrait and its profile, ``picture``
    being the portrait's element."""
    return (page_head(HEADLINE) + "<div class='nav'><a href='/'>首页</a> <a href='/sci/'>科技</a></div>"
            f"<h1>{HEADLINE}</h1><div class='info'>2012-10-11 08:30 来源：某某日报</div>"
            f"<div class='article'><div align='center'>{picture}<br>{PROFILE}</div>"
            + paras(TEXT) + "</div><div class='foot'>版权所有 某某日报</div></body></html>")


@pytest.mark.parametrize("picture", [
    "<img src='/pic/portrait.jpg' width='300' height='400'>",
    "<amp-img src='/pic/portrait.jpg' width='300' height='400' layout='responsive'></amp-img>",
    "<amp-anim src='/pic/portrait.gif' width='300' height='400' layout='responsive'></amp-anim>",
    "<mip-img src='/pic/portrait.jpg' width='300' height='400' layout='responsive'></mip-img>",
    "<MIP-IMG src='/pic/portrait.jpg'></MIP-IMG>",
], ids=["img", "amp-img", "amp-anim", "mip-img", "upper-case"])
def test_a_portraits_profile_beside_an_instant_pages_picture_is_not_the_first_line(picture):
    assert cleaned(picture_page(picture)).paragraphs[0] == TEXT[0]


def test_a_line_beside_an_element_that_is_no_picture_is_still_text():
    """The guard: a custom element of another kind (``<amp-ad>``) is no picture."""
    page = picture_page("<amp-ad width='300' height='250' type='adsense'></amp-ad>")
    assert cleaned(page).paragraphs[0] == PROFILE
