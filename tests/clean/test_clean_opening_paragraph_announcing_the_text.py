# ruff: noqa: E501  (Chinese test strings)
"""A notice's opening paragraph, closing with a colon, in a block of its own over the text's
block (issue 14, stop 32, where the text starts): pages in the shapes of real templates,
with text written here.

The paragraphs printed just before the body's block are taken as the text's first when they
read as its lead: a sentence closed by a stop, or two sentences of running text. A notice
opens with a paragraph that announces what follows and closes with a colon
(``为做好某某工作，现将有关事项通知如下：``, ``…发表声明。声明全文如下：``); printed in a
``<div>`` of its own over the block of its numbered items, it was no lead, and the text
started at its first item (a probe moving each opened page's first block into a bare
``<div>`` before the text's container: 18 of the 47 pages losing their first sentence so
closed it with a colon). Now a paragraph whose last clause, after a comma or a stop, ends
with a colon is a lead as a closed sentence is.

- An opening paragraph ``…，现将有关事项通知如下：`` over the items' block opens the text.
- An opening ``…发表声明。声明全文如下：`` over the statement's block opens the text.
- Guard: an addressee line (``各区县教育局，各直属学校：`` holds a comma: the addressee rule
  still drops it) and a field line (``时间：``) over the text's block do not open it.

The same holds for a report's first numbered heading alone in its block right over the
text's block (``<h3>一、总体情况</h3>``): the text opens at that heading (the labels' rule
since stop 31); a heading numbered otherwise there (``三、…``) is not taken (guard).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "关于做好2026年寒假中小学生安全工作的通知"
OPENING = "为切实做好寒假期间中小学生安全工作，确保学生度过一个平安、祥和的假期，现将有关事项通知如下："
ITEMS = ["一、加强安全教育。各校要在放假前集中开展一次安全教育，重点讲清防溺水、防火、防交通事故等知识。",
         "二、落实家校责任。各校要通过告家长书等形式，提醒家长切实履行监护责任，做到放假不放松。",
         "三、做好值班值守。假期各校要安排专人值班，遇有突发情况要及时处置并按规定报告。"]
FOOT = "<div class='footer'>版权所有：某某市教育局 地址：某某市人民路1号</div></body></html>"


def _page(title: str, over: str, items: list[str]) -> str:
    return (page_head(title) + f"<div class='title'><h2>{title}</h2><p>发布时间：2026-01-10</p></div>"
            + over + "<div class='TRS_Editor'>" + "".join(f"<p>{p}</p>" for p in items) + "</div>"
            + FOOT)


def test_an_opening_paragraph_closing_with_a_colon_over_the_items_block_opens_the_text() -> None:
    body = cleaned(_page(TITLE, f"<div><p>{OPENING}</p></div>", ITEMS)).body
    assert body.startswith(OPENING)
    assert body.rstrip().endswith(ITEMS[-1])


STATEMENT_TITLE = "某某协会就会员单位违规行为发表声明"
STATEMENT_OPENING = "本报讯 1月9日，某某协会就近期个别会员单位违规收费问题发表声明。声明全文如下："
STATEMENT = ["近期，本会接到群众反映，个别会员单位在提供服务过程中存在违规收费行为，严重损害了消费者权益。",
             "本会已责成相关单位立即整改，并将整改情况向社会公开，接受群众监督。",
             "本会将进一步加强行业自律，对拒不整改的会员单位，依照章程予以处理。"]


def test_an_opening_closing_with_a_colon_after_a_sentence_opens_the_statement() -> None:
    body = cleaned(_page(STATEMENT_TITLE, f"<div>{STATEMENT_OPENING}</div>", STATEMENT)).body
    assert body.startswith("本报讯")
    assert "声明全文如下" in body


def test_an_addressee_line_and_a_field_line_over_the_text_do_not_open_it() -> None:
    over = "<div><p>时间：2026年1月10日 上午9:00</p></div><div><p>各区县教育局，各直属学校：</p></div>"
    body = cleaned(_page(TITLE, over, ITEMS)).body
    assert body.startswith(ITEMS[0])


REPORT_TITLE = "某市2026年上半年财政收支情况"
REPORT = ["上半年，全市一般公共预算收入完成120亿元，同比增长5.2%，完成年度预算的52%。",
          "其中，税收收入完成96亿元，同比增长4.8%，占一般公共预算收入的80%。",
          "二、一般公共预算支出情况",
          "上半年，全市一般公共预算支出完成150亿元，同比增长6.1%，民生支出占比保持在八成以上。"]


def _report(heading: str) -> str:
    return _page(REPORT_TITLE, f"<div><h3>{heading}</h3></div>", REPORT)


def test_a_first_numbered_heading_alone_over_the_text_block_opens_the_text() -> None:
    body = cleaned(_report("一、一般公共预算收入情况")).body
    assert body.startswith("一、一般公共预算收入情况")
    assert body.rstrip().endswith(REPORT[-1])


def test_a_heading_numbered_otherwise_over_the_text_block_is_not_taken() -> None:
    body = cleaned(_report("三、其他事项")).body
    assert body.startswith(REPORT[0])
