"""A picture's caption of two clauses wholly in brackets among the captions over the text
(issue 14, stop 32, fresh14's length misses after its score): a mobile news page prints
two pictures, each with its caption in brackets, then the unlinked titles of related
stories and a call into a live interview, and then the report.

The caption lines over the first sentence were all dropped but the second picture's
``（两位嘉宾将一同做客访谈室，回答网友提问）``: a comma in it, and a bracketed line with a
comma was never read as a caption, so the whole head stayed and a 300-character report
came out a quarter longer. Now a line of two short clauses wholly in brackets (no digit,
no sentence mark) counts as a caption over the text when another line there is a
picture's caption.

Guard: such a bracketed line with no picture's caption beside it (a meeting's name over
``（本届年会，在某某大学举办）``) stays.
"""

from __future__ import annotations

from tests.clean.news_page import block, story_paragraphs

_TITLE = "两位嘉宾明日做客本网 聊聊老街改造背后的故事"
_TEXT = [
    "本网11月12日讯（记者某某）老街改造进入收尾阶段，不少老住户却对新街面既熟悉又陌生。",
    "改造前后，街上的店铺换了一半，老茶馆搬进了新楼，修鞋的师傅也不见了踪影。",
    "11月13日上午10点，本网将邀请两位参与改造设计的专家做客访谈室，与网友聊聊老街改造背后的故事，欢迎网友届时提问。",
]


def test_a_bracketed_caption_of_two_clauses_among_captions_over_the_text_is_not_text() -> None:
    body = block(
        "<p><img src='/p/1.jpg'/></p>", "（老街改造后的街景）",
        "<p><img src='/p/2.jpg'/></p>", "（两位嘉宾将一同做客访谈室，回答网友提问）",
        "老街茶馆搬家记（图）", "老住户的新生活", "进入访谈室>>>", *_TEXT)
    assert story_paragraphs(_TITLE, body) == _TEXT


def test_a_bracketed_line_of_two_clauses_without_a_pictures_caption_stays() -> None:
    body = block("某某学术年会", "（本届年会，在某某大学举办）", *_TEXT)
    assert story_paragraphs(_TITLE, body)[:2] == ["某某学术年会", "（本届年会，在某某大学举办）"]
