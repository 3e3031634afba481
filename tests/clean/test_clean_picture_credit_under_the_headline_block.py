"""A picture's credit alone on its line in the headline block at the text's top (stop 38,
i28b: found in the unlabelled pool, a provincial portal's reprint of a paper's story), on
pages of our own text.

The headline printed again in other words at the text's top, the writer's byline, then a
picture's credit (``图/某某提供``), then the text: the byline was read into the fields and the
lines over it would go as the headline block, but only when running text followed the
byline, and the credit line stood between them, so the headline and the credit opened the
text. The same block closed by the picture's credit alone (no byline) stayed too. A picture's
credit (``图``, ``图片``, ``摄影``, ``题图``, ``头图`` and a name, no clause) right under the
byline is now the block's, and under the headline lines it closes the block as a byline
does (``textedges.picture_credit``). Guard: a line closing a sentence over the credit (the
text's lead) stays.
"""

from __future__ import annotations

from tests.clean.news_page import article_paragraphs

TITLE = "某某大学携手某某新区打造青年创业平台"
AGAIN = "@青年朋友：某某大学携手某某新区，打造四大平台助你圆梦"
TEXT = [
    "十一月二十八日，某某新区管理局与某某大学签署战略合作框架协议，双方将在青年实习、创新创业等方面开展合作。",
    "某某新区负责人与某某大学负责人出席签约仪式并致辞。",
    "根据协议，双方将共同建设青年实习实践平台和创新创业平台。",
]


def _paragraphs(lines: list[str]) -> list[str]:
    return article_paragraphs(TITLE, lines)


def test_credit_under_the_byline_goes_with_the_block() -> None:
    assert _paragraphs([AGAIN, "文/某某晚报记者 陈某", "通讯员 李某", "图/某某提供", *TEXT]) == TEXT


def test_credit_alone_closes_the_block() -> None:
    assert _paragraphs([AGAIN, "摄影：某某", *TEXT]) == TEXT


def test_a_lead_over_the_credit_stays() -> None:
    lead = "某某大学与某某新区的合作，为青年学生打开了一扇新的大门。"
    assert _paragraphs([lead, "图/某某提供", *TEXT])[0] == lead
