"""A background box closing an article (stop 37, second round, i27e: fresh19's hinews page —
a ``链接`` label, a term alone on its line, then paragraphs explaining it — lost the term and
its explanation, read as a profile under the text: a name over a paragraph opening with
it). The label rules count such a box (stop 34's rule 1: the same article's box). Pages of
our own text in other markups: ``<div>`` blocks under an ``<h4>`` label, and ``<p>`` lines
under a bracketed label. Guard: an author's profile (a name over a paragraph opening with
it, no box label over the name) still goes.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import story_paragraphs

_TEXT = [
    "本报讯 入冬以来，城区多家医院呼吸科门诊量明显上升，其中不少患者出现反复咳嗽的症状。",
    "市第二人民医院呼吸科主任介绍，近一个月来，科室日均接诊量比十月份增加了三成左右，患者以老人和儿童居多。",
    "医生提醒，天气转冷后要注意保暖，室内经常开窗通风，出现持续发热或咳嗽加重时应及时就医，不要自行滥用药物。",
    "不少市民表示，今年入冬后气温变化较大，家里老人和孩子都要格外注意，出门时会多带一件外套。",
]
_TERM = "咳嗽变异性哮喘"
_EXPLAINED = [
    "咳嗽变异性哮喘是一种特殊类型的哮喘，以慢性咳嗽为主要或唯一的临床表现，常在夜间或清晨发作。",
    "这类患者一般没有明显的喘息症状，容易被误认为感冒或支气管炎，需要到医院做进一步检查才能确诊。",
]


def _page(label_html: str, tag: str) -> str:
    blocks = "".join(f"<{tag}>{line}</{tag}>" for line in _TEXT)
    box = "".join(f"<{tag}>{line}</{tag}>" for line in [_TERM, *_EXPLAINED])
    return f"<div class='article-content'>{blocks}{label_html}{box}</div>"


@pytest.mark.parametrize(("label_html", "tag"), [
    ("<h4>知识链接</h4>", "div"),
    ("<p>【链接】</p>", "p"),
])
def test_a_background_box_under_its_label_is_the_text(label_html: str, tag: str) -> None:
    paragraphs = story_paragraphs("入冬后呼吸科门诊量上升", _page(label_html, tag))
    assert paragraphs[-1] == _EXPLAINED[-1]
    assert _TERM in paragraphs


def test_an_authors_profile_under_the_text_still_goes() -> None:
    profile = ["某某健康研究室", "某某健康研究室成立于二〇一〇年，长期从事呼吸系统疾病的科普工作。"]
    page = "<div class='article-content'>" + "".join(
        f"<p>{line}</p>" for line in _TEXT + profile) + "</div>"
    paragraphs = story_paragraphs("入冬后呼吸科门诊量上升", page)
    assert paragraphs[-1] == _TEXT[-1]
