"""A paginated photo story's first page (issue 14, after fresh11's score: a portal's
multi-page photo story kept its page index and captions before a two-sentence text), pages
of text written here in the shape of a portal's entertainment page:

- The page index printed as one paragraph (``第1页：某某第2页：某某…``, every page titled
  with the story's headline), two pictures each with its label wholly in brackets
  (``（某某现身机场）``), then the text: the text starts at its first sentence.
- Guards: a text whose first line is a numbered heading in brackets (``（一）``) keeps it, and
  a paragraph that mentions a page in running text (``第1页：`` not followed by a second
  page's title) stays.
"""

from __future__ import annotations

from tests.clean.news_page import block, story_paragraphs

_TITLE = "再赴海边会女友 某某带母亲探班(组图)"
_FIRST = ("据网友爆料，近日有媒体在海边拍到某某与女友一起出席影迷见面会，两人亲密依偎，同回酒店。"
          "据了解，两人此番同行是为拍摄合演的新片，片子会一直拍到春节。")
_SECOND = "此前有传闻称两人感情生变，这组照片的曝光则让传闻不攻自破。"


def _picture(label: str) -> str:
    return (f"<p style='text-align:center'><img src='/p/{len(label)}.jpg'></p>"
            f"<p style='text-align:center'><font face='楷体'>{label}</font></p>")


def test_page_index_and_bracketed_picture_labels_over_the_text_are_not_the_text() -> None:
    index = "".join(f"第{n}页：{_TITLE}" for n in range(1, 9))
    body = block(index, _picture("（某某）"), _picture("（某某现身机场）"), _FIRST, _SECOND,
                 cls="artical_real")
    paragraphs = story_paragraphs(_TITLE, body)
    assert paragraphs[0] == _FIRST
    assert paragraphs[-1] == _SECOND


def test_numbered_heading_in_brackets_over_the_text_stays() -> None:
    body = block("（一）", _FIRST, _SECOND, cls="artical_real")
    assert story_paragraphs(_TITLE, body)[0] == "（一）"


def test_a_page_named_in_running_text_stays() -> None:
    first = "第1页：本期导读列出了全部报道的题目，读者可以按页码查找。各版内容以当天印刷版为准。"
    body = block(first, _FIRST, _SECOND, cls="artical_real")
    assert story_paragraphs(_TITLE, body)[0] == first
