# ruff: noqa: E501  (Chinese test strings)
"""Dates written half in words, and a short notice dated only at its foot (stop 26,
headline/date round; probes of own text and the opened splits' ``date-after-body``
perturbation of ``benchmarks/extraction_robust.py``).

1. A template writing the month and day in Chinese numerals after a year in digits
   (``2024年六月十三日``): only dates all in digits or all in numerals were read, so the page
   had no date. Now the year may be in digits (:func:`pipelines.dates.ascii_dates`).
2. A short text (a few paragraphs) whose only date is its signature's day under the text
   (``某某市人民政府办公室`` | ``二〇二四年六月十三日``): the first six blocks of a body count as
   its top, where a bare day without label, clock or name is the document's own date and is
   not read; in a text of six blocks or fewer the foot is among them. Now the top ends
   after two blocks of running text; what comes later is the text's foot, where a line that
   is only a date is the page's date printed under the text.
   Guard: a labelled ``发布时间`` line above the text still wins over the signature's day.
"""

from __future__ import annotations

from pipelines.clean import clean_document

PARAS = [
    "本报讯 为做好今年汛期防汛工作，市防汛抗旱指挥部近日组织各区对河道堤防、排涝泵站开展全面检查。",
    "检查组要求各责任单位对发现的问题建立台账，限期整改到位，并落实二十四小时值班值守制度。",
    "请各区于六月底前将整改情况报市防汛抗旱指挥部办公室，逾期未报的将予以通报。",
]


def notice(top: str = "", foot: str = "", paras: list[str] = PARAS) -> str:
    """A notice: its headline, ``top`` under it, the text, ``foot`` under the text."""
    text = "".join(f"<p>{p}</p>" for p in paras)
    return ("<html><head><meta charset='utf-8'><title>某某市人民政府</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/tz/'>通知公告</a></div>"
            "<h1>关于开展汛前安全检查的通知</h1>" + top
            + "<div class='content'>" + text + foot + "</div>"
            "<div class='foot'>版权所有 某某市人民政府</div></body></html>")


def extract(html: str):
    return clean_document(html.encode("utf-8"), fetched_at="2026-12-01T08:00:00Z")


def test_a_day_in_words_after_a_year_in_digits_is_read():
    assert extract(notice(top="<div>2024年六月十三日</div>")).published_at == \
        "2024-06-13T00:00:00+08:00"


def test_a_labelled_day_in_words_after_a_year_in_digits_is_read():
    assert extract(notice(top="<div>发布时间：2024年十二月二十一日</div>")).published_at == \
        "2024-12-21T00:00:00+08:00"


def test_a_short_notices_signature_day_in_numerals_dates_it():
    foot = "<p>某某市防汛抗旱指挥部办公室</p><p>二〇二四年六月十三日</p>"
    assert extract(notice(foot=foot)).published_at == "2024-06-13T00:00:00+08:00"


def test_a_short_notices_foot_day_alone_dates_it():
    assert extract(notice(foot="<p>二〇二四年六月十三日</p>")).published_at == \
        "2024-06-13T00:00:00+08:00"


def test_a_labelled_date_line_above_a_short_notice_still_wins_over_its_signature():
    foot = "<p>某某市防汛抗旱指挥部办公室</p><p>二〇二四年六月十日</p>"
    result = extract(notice(top="<div>发布时间：2024-06-13 09:30</div>", foot=foot))
    assert result.published_at == "2024-06-13T09:30:00+08:00"


def story(heading: str, under: str = "") -> str:
    """A news page whose ``<h1>`` is ``heading`` (the headline, perhaps with its date line
    glued on), ``under`` after it in the headline's box, then the text's box."""
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    return ("<html><head><meta charset='utf-8'><title>某某新闻网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/n/'>新闻</a></div>"
            f"<div class='article'><div class='head'><h1>{heading}</h1>{under}</div>"
            f"<div class='text'>{text}</div></div>"
            "<div class='foot'>版权所有 某某新闻网</div></body></html>")


def test_a_date_in_numerals_glued_to_the_headline_before_its_source_is_cut_and_read():
    result = extract(story("市防汛抗旱指挥部开展汛前安全检查二〇二四年六月十三日来源：某某日报"))
    assert (result.title, result.published_at) == ("市防汛抗旱指挥部开展汛前安全检查",
                                                   "2024-06-13T00:00:00+08:00")


def test_a_date_in_digits_glued_to_the_headline_before_its_source_is_cut_and_read():
    result = extract(story("市防汛抗旱指挥部开展汛前安全检查 2024年6月13日 来源：某某日报"))
    assert (result.title, result.published_at) == ("市防汛抗旱指挥部开展汛前安全检查",
                                                   "2024-06-13T00:00:00+08:00")


def test_a_date_line_in_a_second_heading_of_side_by_side_spans_is_read():
    # The headline, its date line and the text's paragraphs in one block, as the real page.
    text = "".join(f"<p>{p}</p>" for p in PARAS * 2)
    page = ("<html><head><meta charset='utf-8'><title>某某新闻网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/n/'>新闻</a></div>"
            "<div class='articlebox'><h1>市防汛抗旱指挥部开展汛前安全检查</h1><h2><span>二〇二四年六月十三日"
            "</span><span>来源：某某日报</span><span>作者：</span></h2>" + text + "</div>"
            "<div class='foot'>版权所有 某某新闻网</div></body></html>")
    result = extract(page)
    assert (result.title, result.published_at) == ("市防汛抗旱指挥部开展汛前安全检查",
                                                   "2024-06-13T00:00:00+08:00")


def test_a_date_inside_the_headlines_own_words_stays_in_it():
    result = extract(story("国新办2024年6月13日举行汛前安全检查发布会",
                           "<div>发布时间：2024-06-14 09:30</div>"))
    assert (result.title, result.published_at) == ("国新办2024年6月13日举行汛前安全检查发布会",
                                                   "2024-06-14T09:30:00+08:00")


def test_a_date_line_with_its_clock_under_the_text_dates_the_page():
    foot = "<p>http://news.example.com 2024年06月13日14:54 某某新闻 我要评论(0)</p>"
    result = extract(notice(foot=foot, paras=PARAS * 3))
    assert result.published_at == "2024-06-13T14:54:00+08:00"


def test_a_days_entry_without_its_clock_under_the_text_is_not_read():
    foot = "<p>下一篇：2024年06月10日 全市开展防汛演练</p>"
    assert extract(notice(foot=foot, paras=PARAS * 3)).published_at is None


def test_a_published_date_line_between_the_text_and_its_notes_dates_the_page():
    notes = "".join(f"<p>[{i}] 参见《某某市防汛工作规定》第{i}条，各区应当按照属地管理原则落实防汛责任。</p>"
                    for i in range(1, 13))
    foot = "<p>发布日期: 2024年06月13日</p>" + notes
    assert extract(notice(foot=foot, paras=PARAS * 3)).published_at == \
        "2024-06-13T00:00:00+08:00"


def test_an_events_publication_time_inside_the_text_is_not_the_pages():
    items = "".join(f"<p>{i}. 各区应当按照属地管理原则落实防汛责任，汛期每日向市指挥部报告一次。</p>"
                    for i in range(1, 13))
    lines = "<p>成绩发布时间：2024年07月01日</p>" + items
    page = notice(top="<div>发布时间：2024-06-13 09:30</div>", foot=lines, paras=PARAS * 3)
    assert extract(page).published_at == "2024-06-13T09:30:00+08:00"
