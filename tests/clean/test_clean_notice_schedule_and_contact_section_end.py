"""A notice's last sections (stop 37, second round, i27e: fresh19's nku notice lost its
schedule and contact lines): pages of our own text in another markup (``<div>`` lines; the
real page has ``<p>``):

- Schedule lines printing a day and a clock's range (``2026年11月24日 14:00-15:30 某报告厅``)
  were read as readers' comment headers (a name or words beside a full date and clock, two
  or more): the text was cut above them. A clock's range is a session's, not a comment's.
- The notice's contact section, then its attachment list (a bare ``附件：`` head, dropped as
  a site's label, over numbered names), then its signature: the numbered names stayed as
  the text's last lines. Under the contact lines they are the attachment list and go with
  the signature; the text ends at the contact lines (stop 34's rule 2 keeps them).
- Guard: readers' comment headers (a name beside a date and a single clock) under the text
  still end it (``test_clean_short_text_edges.py``'s comments test).
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_FIRST = "为做好本学期校外实践项目的选拔工作，现将有关事项通知如下："
_TEXT = [
    _FIRST,
    "一、申请条件",
    "全日制在读二年级以上本科生，学习成绩良好，无违纪记录，身体健康，能够按时参加项目的全部活动。",
    "二、选拔流程",
    "符合条件的同学于十二月五日前在线提交申请材料，学院初审后推荐至学校，学校组织面试并公示结果。",
    "三、项目宣讲会",
    "2026年11月24日 14:00-15:30 图书馆一楼报告厅",
    "2026年11月26日 9:30-11:00 第二教学楼101",
    "四、联系方式",
    "教务处实践教学科",
    "电话：12345678、23456789",
]
_TAIL = ["附件：", "1. 实践项目一览表", "2. 实践项目申请表", "某某大学教务处", "2026年11月20日"]


def _page(lines: list[str]) -> str:
    return "<div class='wp_articlecontent'>" + "".join(
        f"<div>{line}</div>" for line in lines) + "</div>"


def test_schedule_and_contact_lines_close_the_text_before_the_attachment_list() -> None:
    paragraphs = story_paragraphs("关于选拔校外实践项目学生的通知", _page(_TEXT + _TAIL))
    assert paragraphs[0] == _FIRST
    assert "2026年11月26日 9:30-11:00 第二教学楼101" in paragraphs
    assert paragraphs[-1] == "电话：12345678、23456789"

