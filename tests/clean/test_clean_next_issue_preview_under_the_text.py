"""A preview of the next issue printed under the text (stop 35, after fresh16), on pages of
our own text in the shape of a developer site's lecture write-up.

A lecture's write-up ended with the speaker's last answer, then a call to join the
organisers' chat group (``欢迎加入某某微信群，参与某某讲堂！``), then the next issue's
preview: a heading ``【某某讲堂第二期预告】`` over lines of fields (``演讲嘉宾：…``,
``嘉宾简介：…``, ``公司简介：…``). The fields close sentences, so all of it was kept and the
text ended on the next guest's company profile. The next issue's announcement is another
item; the text ends above it and above the call that leads to it.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TEXT = [
    "为了帮助开发者了解移动应用的云服务，某某讲堂第一期邀请了某公司的技术负责人张某。",
    "张某介绍了平台的三层结构，以及在数据安全方面所做的工作。",
    "现场互动：平台支持哪些操作系统？",
    "张某：目前支持两种系统，其他版本下个月上线。平台是开放的，希望大家都能参与进来，谢谢！",
]
PREVIEW = [
    "想与技术负责人零距离沟通，欢迎加入某某微信群，参与某某讲堂！",
    "【某某讲堂第二期预告】",
    "演讲嘉宾：李某 某某云技术负责人",
    "嘉宾简介：某某云技术负责人，有十年互联网从业经验，在分布式存储方面有较深入的研究。",
    "公司简介：某某云成立于2010年，专注于图片存储与分发，为用户提供价格低廉的云服务。",
]


def test_the_next_issues_preview_and_the_call_above_it_are_not_the_text() -> None:
    paragraphs = cleaned(news_page("【某某讲堂】移动应用云服务", paras(TEXT + PREVIEW))).paragraphs
    assert paragraphs[-1] == TEXT[-1]


def test_a_preview_heading_over_running_text_stays() -> None:
    # A heading naming a preview over paragraphs of running text is a section of the text.
    section = ["【新品预告】", "这款手机将于下月发布，厂商表示它的电池比上一代大了两成，价格不变。"]
    paragraphs = cleaned(news_page("某某手机下月发布", paras(TEXT + section))).paragraphs
    assert paragraphs[-1] == section[-1]
