# ruff: noqa: E501  (Chinese test strings)
"""Speed steps of the stop-29 round that keep every answer:

* the class tests asked of every classed element by several passes (title-classed,
  date-classed, a live clock's, a source's, a caption's, a listing's) memoised per
  class-and-id string (``treetext.class_finder``): the same verdict as the pattern's own
  search on every string, asked once or again, case-blind look-alikes (``ı``, ``İ``, ``ſ``,
  the Kelvin sign) included;
* a date split over elements (``2025 01/17``) looked for only in a line holding a ``/``:
  the same line as the plain substitution on random lines;
* a line set apart by emphasis read as a headline once (``_emphasised_lines`` kept the
  reading that tells it from an info line instead of reading it again);
* the codecs the cleaning decodes and counts with looked up when its modules are imported,
  so the first page a process cleans imports none (the lookup searches the import path:
  0.3–6 ms inside that page otherwise)."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
from lxml import etree

from pipelines import extract, headlinetext, pagedate, setaside
from pipelines.treetext import class_finder
from tests.clean.news_page import block, news_page
from tests.paths import REPO_ROOT

# Class-and-id strings of the shapes templates write, with the case-blind look-alikes the
# regex engine folds (dotless i, dotted capital I, long s, the Kelvin sign).
_CLASS_TEXTS = [
    "", "title", "article-title news_tit2 bt3", "Heading HEADLINE biaoti", "subtitle btn-title",
    "pubtime PUBLISH_DATE info-bar", "meta source laiyuan ly fbsj rq", "lyric dateline",
    "liveclock live_date nowtime cur_date current-time todaydate sysTime", "img-desc pic_txt",
    "photo-caption", "pictext tpms", "related-news hot rank", "side-nav", "comment_list reply",
    "ıtem İnfo ſource \u212aaiyuan tıtle", "flex items-center px-4 wp-block-group",
]
_ALPHABET = "titlebiaohdngrpusmfcowkyqTIBHDSCıİſ0123 _-\u212a"


def _class_strings(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [*_CLASS_TEXTS, *("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 40)))
                             for _ in range(count))]


@pytest.mark.parametrize(("finder", "pattern"), [
    (headlinetext.title_class, headlinetext.TITLE_HINT),
    (pagedate._date_class, pagedate._DATE_HINT),
    (pagedate._clock_class, pagedate._CLOCK_HINT),
    (pagedate._source_class, pagedate._SOURCE_HINT),
    (extract._caption_class, extract._CAPTION),
    (extract._listing_class, setaside.LISTING),
], ids=["title", "date", "clock", "source", "caption", "listing"])
def test_memoised_class_tests_give_the_patterns_own_verdicts(finder, pattern):
    texts = _class_strings(len(pattern.pattern), 3000)
    for _ in range(2):  # the first answer is computed, the second one remembered
        for text in texts:
            assert finder(text) is (pattern.search(text) is not None), text
    assert any(map(finder, texts)) and not all(map(finder, texts))


def test_a_class_finder_answers_each_string_after_its_cache_is_full():
    finder = class_finder(setaside.LISTING, size=8)
    texts = _class_strings(7, 200)
    assert [finder(t) for t in texts] == [setaside.LISTING.search(t) is not None for t in texts]
    assert finder.cache_info().currsize == 8


def _random_lines(count: int) -> list[str]:
    rng = random.Random(29)
    pieces = ["2025", "1998", "2019 ", " 01", "/", " / ", "12", "7", "发布时间：", "来源：本网",
              "2025 01/17", "2024  3 / 9", "12:30", " ", "日", "年", "20251/1", "-"]
    return [*("".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(count)),
            "2025 01/17 来源：本网", "发布：2019 3/9 12:30", "no slash 2025 01 17", ""]


def test_split_dates_are_squashed_as_the_plain_substitution_squashes_them():
    lines = _random_lines(3000)
    squashed = 0
    for line in lines:
        expected = pagedate._SPLIT_DATE.sub(r"\1-\2-\3", line)
        assert pagedate._squash_date(line) == expected, line
        squashed += expected != line
    assert squashed >= 50


def test_the_first_page_a_process_cleans_imports_no_codec():
    story = "市气象台今天上午发布消息，受冷空气影响，本周后半段全市将迎来一次明显降温过程，请市民注意添衣保暖，出行注意安全。" * 2
    page = news_page("全市将迎来明显降温", block(story, "气象专家提醒，降温期间早晚温差较大，老人和儿童应减少户外活动时间。"))
    code = ("import sys\nfrom pipelines.clean import clean_document\n"
            "before = {m for m in sys.modules if m.startswith('encodings.')}\n"
            f"result = clean_document({page.encode('utf-8')!r})\n"
            "assert result.paragraphs, result.reason\n"
            "print(sorted({m for m in sys.modules if m.startswith('encodings.')} - before))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_an_emphasised_line_is_read_as_a_headline_once(monkeypatch):
    """A bold line alone on its line (``<p><strong>标题</strong></p>``) is read as a headline
    once: the reading that tells it from an info line is the one kept (it was read twice)."""
    from pipelines import headline

    asked: list[str] = []
    real = headline.headline_text

    def counting(text: str) -> str | None:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(headline, "headline_text", counting)
    root = etree.fromstring(
        "<html><body><p><strong>全市将迎来一次明显降温过程</strong></p>"
        "<p><b>气象专家提醒市民注意保暖</b></p><p>市气象台今天上午发布消息。</p></body></html>",
        etree.HTMLParser())
    found = headline._emphasised_lines(root, frozenset())
    # each line's block and its bold element: four candidates, each read once
    assert [text for _, text in found] == ["全市将迎来一次明显降温过程"] * 2 + ["气象专家提醒市民注意保暖"] * 2
    assert len(asked) == len(found)


def _widget_class_by_definition(cls: str) -> bool:
    return bool(setaside._ABSTRACT.search(cls)
                or (setaside._NEGATIVE.search(cls) and not setaside.BODY_HINT.search(cls)))


def test_widget_classes_searched_lower_cased_give_the_case_blind_verdicts():
    rng = random.Random(2029)
    words = ["nav", "NavBar", "MENU", "share", "Comment_List", "related", "TRS_Editor", "article",
             "Custom_UnionStyle", "abstract", "Summary", "footer", "side", "main", "content",
             "left_zw", "hot", "Rank", "qrcode", "page-nav", "pic-info", "x", "item", "ſhare",
             "\u212aeywords", "ıtem"]
    texts = [*_class_strings(3, 3000),
             *(rng.choice(" _-").join(rng.choice(words) for _ in range(rng.randint(1, 5)))
               for _ in range(3000))]
    verdicts = [setaside._negative_class.__wrapped__(t) for t in texts]
    assert verdicts == [_widget_class_by_definition(t) for t in texts]
    assert 500 <= sum(verdicts) <= len(texts) - 500


def test_a_pattern_without_a_safe_lower_case_twin_is_refused():
    import re

    for pattern in (re.compile(r"\S+nav", re.I), re.compile(r"[A-Z]nav", re.I), re.compile("nav")):
        with pytest.raises(ValueError):
            setaside._case_sensitive(pattern)
