# ruff: noqa: E501  (Chinese test strings)
"""Labelled boxes at the top of a text (issue 14, stop 36, where the text starts): pages in the
shape of real ones, with text written here.

Three shapes the labels leave out at the start: a summary labelled by the editors
(``编辑导语：…``) over the text; a box under a bracketed label (``【某某寄语】``) holding two or
more bullet-led sayings (``■ …``; dash-led and under an unbracketed label too, stop 37) over
a profile's text; and a regulation printed without its 公告 — its title printed again over its
bracketed adoption note (stop 37, rule 4: the text starts at the note; a bare version tag in
the note's place goes with the title). Guards: a bulleted text keeps its items (dash-led
too); a bracketed column tag over prose stays; an unbracketed label over prose, or over a
notice's items, stays; an adoption note standing first with no title over it is the text's
first line (a republished law).
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import story_paragraphs

TITLE = "小城里的老书店 三十年守着一盏灯"
TEXT = ["每天早上七点，老周都会准时拉开书店的卷帘门，把门口的几张旧木椅擦干净，等着第一位客人。",
        "这家书店开在老街的拐角，店面不大，却摆满了上万册旧书，从线装的地方志到上世纪的连环画都能找到。",
        "老周说，这些年来书店几次差点关门，是街坊们一次次伸出援手，才让这盏灯一直亮到今天。",
        "如今，他的女儿也回到小城，准备在书店里办一个读书会，让更多年轻人走进这条老街。"]


def _body(lines: list[str], title: str = TITLE) -> list[str]:
    return story_paragraphs(title, "<div class='content'>" + "".join(f"<p>{p}</p>" for p in lines) + "</div>")


def test_a_summary_labelled_by_the_editors_is_not_the_text() -> None:
    lead = "编辑导语：一家小书店能撑多久？本文作者走进一条老街，讲述一位店主三十年的坚持，一起来看看吧。"
    assert _body([lead, *TEXT])[0] == TEXT[0]


def test_a_labelled_box_of_sayings_is_not_the_text() -> None:
    box = ["【店主寄语】",
           "■ 书店不只是卖书的地方，更是一条街的客厅。来的人多了，街也就热闹了。",
           "■ 旧书有旧书的味道，每一本都等着下一个读它的人。",
           "■ 只要还有人进门，这盏灯就不会灭。"]
    assert _body([*box, *TEXT])[0] == TEXT[0]


def test_a_bulleted_text_keeps_its_items() -> None:
    items = ["【店主寄语】",
             "■ 书店不只是卖书的地方，更是一条街的客厅。来的人多了，街也就热闹了。",
             "■ 旧书有旧书的味道，每一本都等着下一个读它的人。",
             TEXT[0], "■ 只要还有人进门，这盏灯就不会灭。", *TEXT[1:]]
    assert _body(items)[:2] == items[:2]


def test_a_column_tag_over_prose_stays() -> None:
    assert _body(["【走基层】", *TEXT])[:2] == ["【走基层】", TEXT[0]]


LAW_TITLE = "某市老街保护条例"
NOTE = ("（2015年3月20日某市第八届人民代表大会常务委员会第十次会议通过 2015年5月28日某省第九届人民代表大会"
        "常务委员会第六次会议批准 根据2021年4月22日某市第九届人民代表大会常务委员会第五次会议通过的决定修正）")
ARTICLES = ["第一章 总 则",
            "第一条 为了保护本市老街的历史风貌，传承地方文化，根据有关法律、法规，结合本市实际，制定本条例。",
            "第二条 本条例适用于本市行政区域内老街的保护、利用及其监督管理活动。",
            "第三条 老街保护应当遵循保护优先、合理利用、公众参与的原则。",
            "第二章 附 则",
            "第四条 本条例自2015年7月1日起施行。"]


def test_a_regulations_title_printed_again_over_its_adoption_note_is_not_the_text() -> None:
    # The database's headline names the amendment; the title printed over the note does not.
    # The note is the law's own text (stop 37, rule 4): the text starts there.
    body = _body([LAW_TITLE, NOTE, *ARTICLES], title=LAW_TITLE + "(2021修正)")
    assert body[0].replace(" ", "") == NOTE.replace(" ", "")
    assert body[1].replace(" ", "") == "第一章总则"


def test_an_adoption_note_broken_over_lines_over_a_table_of_contents_stays() -> None:
    lines = [NOTE[:NOTE.index(" ")], NOTE[NOTE.index(" ") + 1:NOTE.index(" 根据")],
             NOTE[NOTE.index(" 根据") + 1:]]
    body = _body([LAW_TITLE, *lines, "目 录", "第一章 总 则", "第二章 附 则", *ARTICLES],
                 title=LAW_TITLE + "(2021修正)")
    assert body[0] == lines[0]


def test_a_bare_version_tag_goes_with_the_title() -> None:
    body = _body([LAW_TITLE, "（2021年修订）", *ARTICLES], title=LAW_TITLE + "(2021修订)")
    assert body[0].replace(" ", "") == "第一章总则"


def test_an_adoption_note_standing_first_is_the_texts_first_line() -> None:
    body = _body([NOTE, *ARTICLES], title=LAW_TITLE + "(2021修正)")
    assert body[0].replace(" ", "") == NOTE.replace(" ", "")


@pytest.mark.parametrize("label", ["店主寄语：", "店主寄语"])
def test_a_box_of_sayings_under_an_unbracketed_label_is_not_the_text(label: str) -> None:
    # Stop 37: the label printed without brackets, closed by a colon or not.
    box = [label,
           "■ 书店不只是卖书的地方，更是一条街的客厅。",
           "■ 旧书有旧书的味道，每一本都等着下一个读它的人。"]
    assert _body([*box, *TEXT])[0] == TEXT[0]


def test_an_unbracketed_label_over_prose_stays() -> None:
    body = _body(["店主寄语：", *TEXT])
    assert TEXT[0] in body and body.index(TEXT[0]) <= 1


def test_a_notices_items_under_an_unbracketed_label_stay() -> None:
    items = ["活动安排：", "● 时间：2026年12月6日上午九点", "● 地点：老街书店二楼"]
    assert _body([*items, *TEXT])[:3] == items


def test_a_box_of_dash_led_sayings_is_not_the_text() -> None:
    # Stop 37: the sayings led by dashes instead of bullets.
    box = ["【店主寄语】",
           "——书店不只是卖书的地方，更是一条街的客厅。",
           "——旧书有旧书的味道，每一本都等着下一个读它的人。"]
    assert _body([*box, *TEXT])[0] == TEXT[0]


def test_dash_led_lines_further_down_keep_the_box() -> None:
    box = ["【店主寄语】",
           "——书店不只是卖书的地方，更是一条街的客厅。",
           "——旧书有旧书的味道，每一本都等着下一个读它的人。"]
    lines = [*box, *TEXT[:2], "——只要还有人进门，这盏灯就不会灭。", *TEXT[2:]]
    assert _body(lines)[:3] == box


SHORT_NOTE = ("（2015年3月20日某市第八届人民代表大会常务委员会第十次会议通过 "
              "2015年5月28日某省第九届人民代表大会常务委员会第六次会议批准）")


@pytest.mark.parametrize("title", [LAW_TITLE, LAW_TITLE + "(2021修正)"])
def test_a_short_adoption_note_is_the_laws_first_line(title: str) -> None:
    # Stop 37, rule 4: a note of one adoption and one approval was read as a title block's
    # dated line and went with the title; it is the law's text.
    body = _body([LAW_TITLE, SHORT_NOTE, *ARTICLES], title=title)
    assert body[0].replace(" ", "") == SHORT_NOTE.replace(" ", "")


def test_a_party_bodys_adoption_note_stays_out() -> None:
    # A party document's note (no people's congress or government adopting it) stays the
    # title block's, as fresh11's label of such a page reads it.
    note = "（2016年10月27日某某党第十八届中央委员会第六次全体会议通过）"
    lines = ["开展认真的组织生活，是我们的优良传统，也是加强自身建设的重要方法，各级组织都要坚持。",
             *TEXT]
    body = _body(["关于组织生活的若干准则", note, *lines], title="关于组织生活的若干准则")
    assert body[0] == lines[0]
