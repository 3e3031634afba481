# ruff: noqa: E501  (Chinese test strings)
"""A paper's lines after the story, in the story's own block (issue 14, stop 24: body
edges). The shape of a Hong Kong paper's article page (``<div class='txt'>`` of ``<p>`` under
the headline and a date line, the site's links in a footer of their own), with text written
here, in traditional script as such papers print it.

- A news-tips line (``如有新聞線索，歡迎致電本報熱線：…，或電郵至…``): the paper's call for
  tips, not the story's last sentence.
- English credit lines (``Editor: …``, ``Translated by …``), as bilingual and Macau
  government pages print them under a Chinese text.

Guard: a sentence of the story that speaks of news tips is not dropped for it.

Stop 28 (the ``furniture`` perturbation on an opened page whose text opens with a picture's
caption line): a credit line (``文｜本網記者 某某``) under a caption or standfirst that closes
no sentence, still above the first sentence, is a byline, as it is as the first line; one
under sentences of the text stays (it is no credit above the text; stop 33: under one
paragraph alone, the paragraph is a standfirst over the byline and goes with it).
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"
HEAD = ("<html><head><meta charset='utf-8'><title>{t}</title></head><body>"
        "<div class='nav'><a href='/'>首頁</a> <a href='/news/'>新聞</a> <a href='/local/'>本地</a></div>"
        "<div class='wrap'><h1>{t}</h1><div class='meta'>2026-10-12 09:30 本報訊</div><div class='txt'>")
FOOT = "</div></div><div class='ft'>關於我們 | 聯絡我們 | 私隱政策</div></body></html>"
TITLE = "市府宣布明年起擴大長者乘車優惠"
STORY = ["市府昨日宣布，明年一月起將長者乘車優惠擴大至全市渡輪及輕鐵，每程車費劃一兩元。",
         "運輸局表示，新措施預計惠及約一百二十萬名長者，每年額外開支約十億元，當局會在明年財政預算中預留款項。",
         "有長者團體歡迎措施，但認為當局應同時改善無障礙設施，方便行動不便的長者出行。"]
LAST = "方便行动不便的长者出行。"  # the body is given in simplified script


def _body(lines: list[str]) -> str:
    page = HEAD.format(t=TITLE) + "".join(f"<p>{x}</p>" for x in lines) + FOOT
    return clean_document(page.encode(), fetched_at=FETCHED).body


@pytest.mark.parametrize("tail", [
    ["如有新聞線索，歡迎致電本報熱線：2345 6789，或電郵至 news@example.com，或透過本報WhatsApp：9876 5432 提供。一經採用，將致薄酬。"],
    ["Editor: Chan Tai Man", "Translated by Wong Siu Ming"],
    ["Reporter: Lee Ka Yan", "Editor: Chan Tai Man"],
], ids=["news-tips", "editor-translator", "reporter-editor"])
def test_a_papers_lines_after_the_story_are_not_its_text(tail):
    body = _body(STORY + tail)
    assert body.startswith("市府昨日宣布")
    assert body.endswith(LAST)


def test_a_sentence_about_news_tips_inside_the_story_stays():
    line = "警方呼籲市民如有新聞線索或目擊事發經過，盡快致電熱線與調查人員聯絡。"
    body = _body([*STORY[:2], line, *STORY[2:]])
    assert "呼吁市民如有新闻线索" in body
    assert body.endswith(LAST)


CAPTION = "市內輕鐵及渡輪明年起擴大長者優惠範圍"
CREDIT = "文｜本報記者 陳大文"


def test_a_credit_line_under_a_caption_above_the_first_sentence_is_no_text():
    body = _body([CAPTION, CREDIT, *STORY])
    assert "本报记者" not in body
    assert body.endswith(LAST)


def test_a_credit_line_under_sentences_of_the_story_stays():
    # Under the text's first two paragraphs: a credit line amid the text. (Under one
    # paragraph alone, that paragraph is a standfirst over the byline, which the label rules
    # leave out with the line: tests/clean/test_clean_standfirst_over_the_writers_credit.py.)
    body = _body([*STORY[:2], CREDIT, *STORY[2:]])
    assert "本报记者" in body
