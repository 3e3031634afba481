# ruff: noqa: E501  (Chinese test strings)
"""A reader's feedback box under the text: boxes to tick and a text area, sent by a link
(issue 14, stop 34, the robustness run: a portal's report page kept its ``不感兴趣`` box —
``广告软文``, ``重复、旧闻``, ``文章质量差``… ``其他问题，我要吐槽``, a text area, ``确定`` —
as the text's last lines once its classes were gone: ``noclass``, ``renamed``,
``headings-plain``, ``sections``, ``split-blocks`` lost the page's length).

``form_blocks`` knew a form built of ``<div>`` elements by two fields a reader types into
and a button sending them; a feedback box has one text area, boxes to tick and a link for
its button. The smallest block around a text area and three boxes to tick or more is now
such a form too, set aside by ``negative_blocks`` when it holds fewer than 200 Chinese
characters, however it is marked up.

Guard: a text whose own block holds a ticked list and a text area among its paragraphs
(a questionnaire printed in a notice: more text than a form's lines) stays whole.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "多家标准组织暂停与某公司部分合作"
_TEXT = [
    "某公司27日发表声明称，个别标准与产业组织暂停了与该公司的部分合作，公司对此表示遗憾。",
    "声明说，这些决定不会影响公司的正常业务运作，公司将继续为客户提供高质量的产品和服务。",
    "据了解，该公司目前参加了四百多个标准组织和开源社区，与绝大部分组织的合作仍在正常开展。",
]
_REASONS = ("广告软文", "重复、旧闻", "文章质量差", "标题夸张、文不对题", "其他问题，我要吐槽")


def _feedback(reasons: tuple[str, ...] = _REASONS) -> str:
    ticks = "".join(f"<li><span><input type='checkbox'/></span>{r}</li>" for r in reasons)
    return ("<div><div><span>阅读 (3802)</span></div><div><span><a href='#'>不感兴趣</a>"
            f"<div><div></div><h4>不感兴趣</h4><ul>{ticks}</ul><div><textarea maxlength='200'></textarea></div>"
            "<div><a href='#'>确定</a></div></div></span><a href='#'>投诉</a></div></div>")


def _paragraphs(after: str) -> list[str]:
    text = "".join(f"<p>{t}</p>" for t in _TEXT)
    return story_paragraphs(_TITLE, f"<div>{text}{after}</div>")


def test_a_feedback_box_of_ticks_and_a_text_area_under_the_text_is_not_the_text() -> None:
    paragraphs = _paragraphs(_feedback())
    assert not any(r in p for p in paragraphs for r in _REASONS)
    assert _TEXT[-1] in paragraphs


def test_a_questionnaire_printed_in_the_texts_own_block_stays() -> None:
    more = [
        "为了解市民对本次活动的意见，组织方在活动结束后向参与者发放了问卷，请在下列选项中勾选。",
        "问卷回收后，组织方将汇总市民意见，并在下一次活动中作出相应调整，欢迎大家踊跃参与。",
    ]
    ticks = "".join(f"<p><input type='checkbox'/>{r}</p>" for r in ("非常满意", "比较满意", "一般", "不满意"))
    text = "".join(f"<p>{t}</p>" for t in [*_TEXT, more[0]]) + ticks + \
        "<p><textarea></textarea></p>" + f"<p>{more[1]}</p>"
    paragraphs = story_paragraphs(_TITLE, f"<div>{text}</div>")
    assert paragraphs[0] == _TEXT[0]
    assert paragraphs[-1] == more[1]
