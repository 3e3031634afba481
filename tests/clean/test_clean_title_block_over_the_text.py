"""A title block printed over the text (issue 14, stop 30: eight opened pages of six sites —
a foreign ministry's speech, a finance ministry's interview and tax report, two statistics
bureaus' bulletins, a party document, a WeChat account's event report — start their text
at its title lines: the title again, a subtitle opening with a dash (``——在某某会议上的主旨
演讲``, ``——某某就某某答记者问``) or a bracketed line dating it (``（2019年2月16日，某地）``,
``（某某局2023年4月）``), then the speaker's office and name; the labels start at the first
sentence, up to 88 characters further on). Pages of text written here in those shapes:

- A speech: two title lines, the dash subtitle, the bracketed date and place, the
  speaker's office and name, then the salutation: the text starts at the salutation.
- A bulletin: the issuers' line over a bracketed date, then the text.
- An interview: the title line, the dash subtitle naming who answers, then the first
  question.
- A numbered heading under the block (``一、…``) opens the text (the labels start a
  report at its first numbered heading).
- Guards: a dash-led line under a sentence of the text (a section's motto
  ``——分级负责、分工处理。``) stays, and so does a text opening with a dash-led line that
  closes a sentence.
"""

from __future__ import annotations

from tests.clean.news_page import block, story_paragraphs

_SPEECH = ("各位来宾，很高兴来到美丽的江城，同大家一起探讨城市绿色发展这个重要话题。",
           "过去十年，我们坚持生态优先、绿色发展，城市面貌发生了深刻变化，人民群众的获得感不断增强。",
           "面向未来，我们愿同各方一道，加强交流合作，共同建设清洁美丽的城市，让绿色成为发展最鲜明的底色。")


def test_speech_title_block_is_not_the_text() -> None:
    salutation = "尊敬的论坛主席先生，"
    body = block("坚持绿色发展，", "共建美丽城市", "——在第十届城市发展论坛上的主旨演讲",
                 "（2026年5月16日，某市）", "某某省人民政府副省长", "王某某", salutation,
                 "女士们，先生们，朋友们：", *_SPEECH, cls="content")
    assert story_paragraphs("王某某在第十届城市发展论坛上的主旨演讲（全文）", body)[0] == salutation


def test_bulletins_issuer_and_dated_line_are_not_the_text() -> None:
    first = "2025年，全市上下坚持稳中求进工作总基调，经济运行总体平稳，主要指标好于预期。"
    body = block("某某市统计局", "（2026年3月12日）", first, *_SPEECH[1:], cls="content")
    assert story_paragraphs("2025年某某市国民经济和社会发展统计公报", body)[0] == first


def test_interview_title_and_dash_subtitle_are_not_the_text() -> None:
    first = "一、近日，某某部印发了《某某管理办法》。请您介绍一下办法出台的背景。"
    body = block("完善管理制度促进行业健康发展", "——某某部某某司负责人就《某某管理办法》答记者问",
                 first, *_SPEECH, cls="content")
    assert story_paragraphs("完善管理制度 促进行业健康发展", body)[0] == first


def test_dash_line_under_a_sentence_stays() -> None:
    first = "今年以来，全市共受理群众来信来访一千余件，办结率达到百分之九十八。"
    body = block(first, "——分级负责、分工处理", *_SPEECH, cls="content")
    assert story_paragraphs("群众来信来访办结率达98%", body)[:2] == [first, "——分级负责、分工处理"]


def test_text_opening_with_a_closed_dash_line_stays() -> None:
    first = "——这是一个关于坚守的故事。"
    body = block(first, *_SPEECH, cls="content")
    assert story_paragraphs("坚守", body)[0] == first


def test_numbered_heading_under_the_block_opens_the_text() -> None:
    heading = "一、上半年税收收入的总体情况"
    first = "今年1至6月，全省税收收入完成一千二百亿元，同比增长百分之九点八。"
    body = block("（某某厅2026年7月）", heading, first, *_SPEECH, cls="content")
    assert story_paragraphs("2026年上半年全省税收收入情况分析", body)[:2] == [heading, first]
