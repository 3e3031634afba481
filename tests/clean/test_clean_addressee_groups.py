# ruff: noqa: E501  (Chinese test strings)
"""A notice's addressee line whose bodies come in groups split by semicolons, name party
groups (``党组``) or colleges (``大专院校``), and the deputy named over a reply to a proposal
(``某某代表：``) — issue 14, stop 30: three opened notices of a ministry, a district and a
region, and a province's reply letter, started their text at such a line; the label rules
start it at the first sentence. Pages of text written here in the shape of a government
site's notice page:

- The grouped addressee line over the notice's first sentence goes.
- A reply letter's number and the deputy's name over its first sentence go.
- Guard: a first paragraph that closes with a colon announcing the measures
  (``为…，现将有关事项通知如下：``) stays.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import block, story_paragraphs

_TITLE = "关于做好冬季安全生产工作的通知"
_FIRST = "为切实做好今冬明春安全生产工作，有效防范各类事故发生，现将有关事项通知如下："
_TEXT = ("一、高度重视冬季安全生产工作。各单位要充分认识做好冬季安全生产工作的重要性，层层压实责任。",
         "二、深入开展隐患排查整治。要针对冬季特点，对重点场所开展全面排查，发现问题立即整改。",
         "三、严格落实值班值守制度。节假日期间要安排专人值班，确保信息畅通，遇有情况及时报告。")


@pytest.mark.parametrize("addressee", [
    "各市、县（区）应急管理局，各开发区管委会；局机关各处室，各直属单位：",
    "各乡镇党委，各街道党工委，区委各部、委、办、局，区级机关党组，各人民团体党组：",
    "某某州应急管理局，各地（州、市）应急管理局，人民团体、大专院校、大中型企业安全管理部门：",
])
def test_grouped_addressee_line_is_not_the_text(addressee: str) -> None:
    body = block(addressee, _FIRST, *_TEXT, cls="TRS_Editor")
    assert story_paragraphs(_TITLE, body)[0] == _FIRST


def test_reply_letters_number_and_deputy_are_not_the_text() -> None:
    first = "首先感谢您对我市安全生产工作的关心和支持。您提出的关于加强冬季安全宣传的建议收悉，现答复如下："
    body = block("某应函〔2026〕18号", "张某某代表：", first, *_TEXT, cls="TRS_Editor")
    assert story_paragraphs("关于市人大某次会议第123号建议的答复", body)[0] == first


def test_announcing_first_paragraph_stays() -> None:
    body = block(_FIRST, *_TEXT, cls="TRS_Editor")
    assert story_paragraphs(_TITLE, body)[0] == _FIRST
