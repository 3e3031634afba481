# ruff: noqa: E501  (Chinese test strings)
"""A table attached under a notice's signature with a note of its own under its rows
(issue 14, stop 38, i28c: the attached-table class of the held-out misses, fresh19's jx-gov
notice, in another shape): pages of our own text.

The notice's text, its signature (an issuer over the date, or the date alone), then a name
list as a table, and under the rows the table's note (``注：名单按姓氏笔画排序。``). The rows
close no sentence, so the scoring never counted them; the note does, and was read as the
text's last sentence. Now the rows and their notes go with the signature: the text ends at
its last sentence above it (stop 34's rule 2; stop 37's attached tables).

Guard: prose under the date (a notice that goes on, a long paragraph) keeps the text going.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import paras, story_paragraphs

_FIRST = "为做好本学期校外实践项目的选拔工作，现将有关事项通知如下："
_LAST = "三、请各学院高度重视，认真组织，按时报送材料，确保选拔工作公平公正。"
_TEXT = [_FIRST, "一、申请条件",
         "全日制在读二年级以上本科生，学习成绩良好，无违纪记录，身体健康，能够按时参加项目的全部活动。",
         "二、选拔流程",
         "符合条件的同学于十二月五日前在线提交申请材料，学院初审后推荐至学校，学校组织面试并公示结果。",
         _LAST]
_ROWS = [("序号", "姓名", "学院", "专业", "备注")] + [
    (str(n), f"张某{n}", "某某学院", "计算机科学与技术", "推荐") for n in range(1, 13)]
_TABLE = "<table border='1'>" + "".join(
    "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in _ROWS) + "</table>"
_TITLE = "关于选拔校外实践项目学生的通知"


@pytest.mark.parametrize("signature", [["某某大学教务处", "2026年11月20日"], ["2026年11月20日"]])
@pytest.mark.parametrize("note", ["注：名单按姓氏笔画排序。", "备注：以上学生须于十二月十日前提交材料。"])
def test_a_note_under_rows_attached_after_the_signature_is_no_text(signature: list[str], note: str) -> None:
    page = "<div class='content'>" + paras(_TEXT + signature) + _TABLE + f"<p>{note}</p></div>"
    paragraphs = story_paragraphs(_TITLE, page)
    assert paragraphs[0] == _FIRST
    assert paragraphs[-1] == _LAST


def test_prose_under_the_date_keeps_the_text_going() -> None:
    more = "四、材料报送后，学校将组织专家对申请材料进行评审，评审结果将在教务处网站公示五个工作日，公示无异议后正式确定入选名单。"
    page = "<div class='content'>" + paras([*_TEXT, "2026年11月20日"]) + _TABLE + f"<p>{more}</p></div>"
    paragraphs = story_paragraphs(_TITLE, page)
    assert paragraphs[-1] == more
