# ruff: noqa: E501  (Chinese test strings)
"""A text whose paragraphs a template wraps in an ``<a>`` linking nowhere (issue 14, stop 35
second round, fresh17's jczx page): pages in the shape of the real one, with text written here.

A school site's template sets its report's paragraphs inside ``<a style=…>`` — no ``href``,
only a font for the block. Counted as link text, the block gathering the paragraphs scored
below any one of them: the body was one paragraph with its neighbours of prose added, so the
text started a paragraph late (its first paragraph set in a word processor's spans) and ended
a paragraph early. An ``<a>`` without ``href`` holding paragraphs is a wrapper, not a link.
Its closing ``撰稿人：`` / ``审核人：`` lines are credits, not text.

Guards: an ``<a href>`` holding paragraphs (another story's card: a linked headline block over
its summary) is still a link, kept out of a text beside it; an ``<a>`` without ``href``
holding no block (a named anchor in a sentence) changes nothing.
"""

from __future__ import annotations

from tests.clean.news_page import body_paragraphs, news_page

TITLE = "携手同行 共促成长"
SUBTITLE = "——记某某中学2024学年第一学期家长委员会工作会议"
TEXT = ["2024年12月20日下午，某某中学2024学年第一学期家长委员会工作会议在图书馆三楼会议室举行。",
        "会议首先由德育处主任对本学期的家校合作工作作了回顾。家长代表每周到校值守，从教学、后勤、安全等方面了解情况，发现问题后及时反馈，学校对其中的建议逐一整改。",
        "家长们纷纷表示，学校的用心和老师的付出让他们十分感激，愿意继续参与家长课堂和志愿服务，为孩子们创造更好的成长环境。",
        "八年级家委会代表提出，家长和老师之间应当多一份沟通、多一份理解，只有相互信任，才能真正帮助孩子成长。",
        "校长在最后讲话中指出，学校这一年的平稳发展离不开家校之间的密切配合，希望大家继续携手，推动学校迈上新的台阶。"]


def _school_page(wrapper_open: str, wrapper_close: str) -> str:
    """The report's page: a picture slideshow, then the paragraphs inside ``wrapper``."""
    inner = ("<p align='center'><br/></p>"
             f"<p align='right'>{SUBTITLE}</p>"
             f"<p class='MsoNormal'>{TEXT[0][:11]}<span>{TEXT[0][11:]}</span></p>"
             + "".join(f"<p class='MsoNormal'>{p}</p>" for p in TEXT[1:])
             + "<p>&nbsp;</p><p align='center'>撰稿人：某某</p><p align='center'>审核人：某某某</p>")
    return news_page(TITLE, "<table><tr><td><div><ul id='slideshow'><li><h3>1</h3>"
                     "<a href='#'><img src='1.jpg' alt='1'/></a></li></ul></div>"
                     f"<div style='float:left'>{wrapper_open}{inner}{wrapper_close}</div>"
                     "</td></tr></table>")


def test_paragraphs_inside_an_anchor_without_href_are_the_whole_text() -> None:
    body = body_paragraphs(_school_page("<a style='font-size:12px'>", "</a>"))
    assert body == TEXT


def test_closing_writer_and_reviewer_credit_lines_are_not_text() -> None:
    body = body_paragraphs(_school_page("", ""))
    assert body == TEXT


def test_a_linked_card_of_paragraphs_beside_the_text_stays_a_link() -> None:
    card = ("<div class='more'><a href='/news/2.htm'><p>另一篇：某某小学举办冬季运动会，各年级学生踊跃报名参加。</p>"
            "<p>运动会设田径、跳绳、拔河等项目，全校师生共同参与，场面十分热闹，赛后还评出了优秀班级。</p></a></div>")
    page = news_page(TITLE, "<div class='content'>" + "".join(f"<p>{p}</p>" for p in TEXT) + "</div>" + card)
    body = body_paragraphs(page)
    assert body == TEXT


def test_a_named_anchor_inside_a_sentence_changes_nothing() -> None:
    marked = [TEXT[0], f"<a name='part2'></a>{TEXT[1]}", *TEXT[2:]]
    page = news_page(TITLE, "<div class='content'>" + "".join(f"<p>{p}</p>" for p in marked) + "</div>")
    assert body_paragraphs(page) == TEXT
