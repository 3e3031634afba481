# ruff: noqa: E501  (Chinese test strings)
"""The lines over a reporter's byline at the text's top (issue 14, stop 35, where the text
starts): pages in the shapes of real ones, with text written here.

Opened pages of several sites open their text block with the headline printed again (a
kicker, a second line, a column's title line) or a subtitle, then a byline on its own line —
``每经记者 某某 每经编辑 某某``, ``21世纪经济报道 本报记者某某 实习生某某 北京报道``,
``本专题编译及图片整理 记者某某``, ``文/某某报记者某某``, a site's name over its writers'
names with no role (``中央纪委国家监委网站 某某 某某``), ``新华社记者`` under an agency's
dateline and title line — and the labels start the text under
the byline (the headline block is the page's). Those lines stayed, 40 to 90 characters before
the label's start, inside the 120-character window only by their length; fresh16's if-news
page kept a subtitle so. Now up to five lines over such a byline, none closing a sentence nor
longer than a standfirst (300 characters), go with it, when the text under it holds two
paragraphs or more, the first closing a sentence (or running text closing with a caption's
sentence, stop 31's rule), and at least twice the characters above.

Guards: a paragraph closing a sentence over a reporter's byline stays (it may be the text's
lead: a government site prints the credit under it; tests/clean/test_clean_split_blocks.py
has one); a headline over a byline at a short text's top stays (the text under it is not
twice as long); a line in which a reporter is at work (``记者从某某获悉``) is no byline.
"""

from __future__ import annotations

from pipelines import textedges
from tests.clean.news_page import story_paragraphs

TITLE = "工信部公示车企去年双积分情况 多家车企油耗负积分待清"
TEXT = ["4月10日，工信部公示了去年度乘用车企业平均燃料消耗量与新能源汽车积分情况，国内一百多家车企参与核算。",
        "数据显示，新能源汽车正积分总量较上年明显增加，但仍有数十家车企的油耗积分为负，需要在规定期限内抵偿归零。",
        "业内人士表示，负积分企业可以通过购买正积分或调整产品结构来抵偿，积分交易价格将随供需变化而波动。",
        "多家车企负责人表示，将加快新能源车型的投放，争取早日实现积分平衡。"]


def test_the_print_editions_headline_over_a_byline_line_goes_with_it() -> None:
    head = ["积分管理办法实施首年", "车企双积分公示：新能源正积分大增 油耗负积分待清"]
    body = story_paragraphs(TITLE, "<div class='content'>" + "".join(
        f"<p>{p}</p>" for p in [*head, "21世纪经济报道 本报记者 某某某 实习生 某某 北京报道", *TEXT]) + "</div>")
    assert body[0] == TEXT[0]


def test_a_kicker_over_a_media_and_reporter_byline_goes_with_it() -> None:
    body = story_paragraphs(TITLE, "<div class='content'>" + "".join(
        f"<p>{p}</p>" for p in ["【汽车观察】积分交易会不会成为车企的新生意", "某某网·某某新闻记者某某某", *TEXT]) + "</div>")
    assert body[0] == TEXT[0]


def test_a_subtitle_over_a_writers_credit_goes_with_it() -> None:
    subtitle = "曾经，因为身份备受束缚；如今，她放下包袱回到家乡"
    body = story_paragraphs(TITLE, "<div class='content'>" + "".join(
        f"<p>{p}</p>" for p in [subtitle, "文/某某晚报记者某某 某某某", *TEXT]) + "</div>")
    assert body[0] == TEXT[0]


def test_a_headline_and_subtitle_over_a_sites_byline_of_names_go_with_it() -> None:
    captioned = ("某县纪委监委紧盯粮食收购、储存、销售等关键环节，深入一线开展监督检查。图为该县纪检监察干部在某粮库检查。"
                 "某某某 摄")
    body = story_paragraphs(TITLE, "<div class='content'>" + "".join(
        f"<p>{p}</p>" for p in ["公开典型案例、开展专项整治……纪检监察机关持续加大粮食购销领域腐败问题惩治力度",
                                "严查“硕鼠”“蛀虫” 守护大国粮仓",
                                "某某纪委监委网站 某某 某某某", captioned, *TEXT]) + "</div>")
    assert body[0].startswith("某县纪委监委紧盯")


def test_an_agencys_dateline_and_title_over_its_reporters_go_with_them() -> None:
    body = story_paragraphs(TITLE, "<div class='content'>" + "".join(
        f"<p>{p}</p>" for p in ["新华社北京4月10日电", "题：车企双积分公示释放了什么信号",
                                "新华社记者", *TEXT]) + "</div>")
    assert body[0] == TEXT[0]


def test_a_lead_closing_a_sentence_over_a_byline_stays() -> None:
    lead = "记者昨日从市工信局了解到，本市将对去年油耗积分为负的车企开展专项督导，督促其按期完成抵偿，并公布进展。"
    body = story_paragraphs(TITLE, "<div class='content'>" + "".join(
        f"<p>{p}</p>" for p in [lead, "本报记者 某某某", *TEXT]) + "</div>")
    assert body[0] == lead


def test_a_headline_over_a_byline_at_a_short_texts_top_stays() -> None:
    lines = ["车企双积分公示：新能源正积分大增 油耗负积分待清", "每经记者 某某某 每经编辑 某某",
             TEXT[3], "积分交易价格还在波动。"]
    assert textedges._without_head_over_byline(lines) == lines
    longer = [*lines[:2], *TEXT]
    assert textedges._without_head_over_byline(longer) == TEXT


def test_a_line_of_a_reporter_at_work_is_no_byline() -> None:
    assert not textedges._reporter_byline("记者从市工信局获悉")
    assert not textedges._reporter_byline("本报记者近日走访了多家车企")
    assert textedges._reporter_byline("每经记者 某某某 每经编辑 某某")
    assert textedges._reporter_byline("记者—某某某")
