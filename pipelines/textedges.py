"""Where an article's text starts and ends, once its paragraphs are clean.

Two edges that no markup marks: an editor's abstract printed as the first paragraph of the
text (``[摘要：…]``), and the publisher's trailer after the article — a run of credit lines
(``作者：…``, ``编辑：…``, ``编审：…``) followed by subscription notes and an "about us"
text. Neither is the article (the label rules of the real-page corpus leave both out).
Used by :mod:`pipelines.clean` after :mod:`pipelines.paragraphs`.
"""

from __future__ import annotations

import re

# An abstract's label at the start of a paragraph: "[摘要：", "【内容提要】", "摘要:".
_ABSTRACT = re.compile(r"^[\[【(（]?\s*(?:内容)?(?:摘要|提要)\s*[:：\]】)]")
# A credit line: a role, a separator and a name or two ("编辑：李鹏", "文｜某某", "图/某某").
_CREDIT = re.compile(
    r"^[\[【(（]?\s*(?:作者|编辑|责编|责任编辑|值班编辑|编审|审核|审校|审稿|校对|终审|初审|复审|"
    r"[一二三]审|监制|出品|出品人|策划|统筹|排版|美编|设计|视觉|摄影|图片|视频|剪辑|主编|"
    r"执行主编|总编辑|总编|撰文|撰稿|文字|供稿|来源|文|图)\s*[:：丨|｜/]\s*\S"
)
_CREDIT_MAX = 40
# A caption or picture label printed as a line of its own: short, no punctuation, no digits
# ("座谈交流现场", "参加活动的嘉宾合影").
_CAPTION = re.compile(r"[^\d\s。！？；，、：:;,.!?|｜()（）《》“”\"'\[\]【】—-]{2,24}")
_SENTENCE_END = re.compile(r"[。！？…][”’」』）)]?$")
_CAPTIONS_MAX = 6


def _is_credit(paragraph: str) -> bool:
    return len(paragraph) <= _CREDIT_MAX and bool(_CREDIT.match(paragraph))


def trim_edges(paragraphs: list[str]) -> tuple[list[str], int]:
    """``paragraphs`` without a leading abstract (in the first three paragraphs) and
    without the trailer that starts at a run of two or more credit lines in the text's
    second half, when what follows the run is shorter than what precedes it. Returns the
    kept paragraphs and how many were dropped."""
    kept = list(paragraphs)
    for index, paragraph in enumerate(kept[:3]):
        if _ABSTRACT.match(paragraph) and len(kept) > index + 1:
            del kept[index]
            break
    kept = _without_caption_edges(kept)
    sizes = [len(p) for p in kept]
    total = sum(sizes)
    before = 0
    for index in range(len(kept) - 1):
        if before >= total / 2 and _is_credit(kept[index]) and _is_credit(kept[index + 1]):
            after = total - before
            if after - sizes[index] - sizes[index + 1] < before:
                del kept[index:]
                break
        before += sizes[index]
    return kept, len(paragraphs) - len(kept)


def _without_caption_edges(paragraphs: list[str]) -> list[str]:
    """Caption lines (short, without punctuation or digits) before the first sentence and
    after the last one: pictures' labels, not text (at most six a side; a text with no
    sentence keeps everything)."""
    sentences = [i for i, p in enumerate(paragraphs) if _SENTENCE_END.search(p)]
    if not sentences:
        return paragraphs
    first, last = sentences[0], sentences[-1]
    head = paragraphs[:first]
    tail = paragraphs[last + 1:]
    if head and (len(head) > _CAPTIONS_MAX or not all(_CAPTION.fullmatch(p) for p in head)):
        first = 0
    if tail and (len(tail) > _CAPTIONS_MAX or not all(_CAPTION.fullmatch(p) for p in tail)):
        last = len(paragraphs) - 1
    return paragraphs[first:last + 1]
