"""A related story's pointer and a bracketed note of where a record came from, after the text
(stop 35, after fresh16), on pages of our own text in the shape of a business paper's
hearing record.

The record's last turn was followed by ``（庭审内容来源：某某网站）`` and ``相关：【某某案】
辩方律师：…`` — a note naming the record's source and a pointer to another story of the
series, its headline after ``相关：``. Neither is a sentence of the text; both stayed as
its last lines. A line opening with ``相关：`` that holds no sentence, and a bracketed note
``（…来源：…）``, are the page's, like ``相关阅读``, ``来源：…`` and ``（来源：…）`` before;
so is a photo's or a video's source on its own line (``◎照片来源：某某``, ``视频来源：某某网``),
like ``图片来源：`` before; and a pointer to a document's interpretation (``相关解读：解读
《…》``), like ``相关阅读``.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

RECORD = [
    "某网讯 6月13日，某法院公开开庭审理某某案，以下为庭审实录：",
    "[审判员 张某]：", "下面进行法庭调查，出示第一组证据。",
    "[检察员 李某]：", "对第一组证据的真实性没有异议，但其证明目的不能成立。",
]


def test_a_record_source_note_and_a_related_pointer_are_not_the_text() -> None:
    trailer = ["（庭审内容来源：某法院网站）", "相关：【直击某某案再审】辩方律师：对部分证据不认可"]
    paragraphs = cleaned(news_page("某某案再审庭审实录", paras(RECORD + trailer))).paragraphs
    assert paragraphs[-1] == RECORD[-1]


def test_a_sentence_opening_with_the_word_related_stays() -> None:
    line = "相关：有关部门表示，将在下周公布调查结果，并对涉事企业依法处理。"
    paragraphs = cleaned(news_page("某某案再审庭审实录", paras([*RECORD, line]))).paragraphs
    assert paragraphs[-1] == line


def test_a_photo_or_video_source_line_is_not_the_text() -> None:
    lines = [*RECORD[:1], "视频来源：某某网", *RECORD[1:], "◎照片来源：某某旅游局"]
    paragraphs = cleaned(news_page("某某案再审庭审实录", paras(lines))).paragraphs
    assert paragraphs[-1] == RECORD[-1]
    assert "视频来源：某某网" not in paragraphs


def test_a_pointer_to_the_documents_interpretation_is_not_the_text() -> None:
    # A provincial government's document page points to its interpretation under the text.
    pointer = "相关解读：解读《关于推进某某工作的若干意见》"
    paragraphs = cleaned(news_page("某某案再审庭审实录", paras([*RECORD, pointer]))).paragraphs
    assert paragraphs[-1] == RECORD[-1]
