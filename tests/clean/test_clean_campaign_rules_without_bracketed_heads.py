# ruff: noqa: E501  (Chinese test strings)
"""A campaign's terms under an interview printed without bracketed heads (stop 37, i27b:
fresh16's campaign/terms class, sinaphoto, in other markups), on pages of our own text.

Stop 35 cut a campaign's terms under an interview when at least two bracketed heads
(``[报名资格]``) stood over the closing ``活动最终解释权归某某所有。``. The same terms printed as
a table of field rows under a call to take part, as numbered ``<br>`` lines under ``活动规则：``
or as a list under a heading ``<h4>活动规则</h4>`` were kept, and the text ended on the terms
line. Now a heading of the rules alone on its line (``活动规则``, ``参赛须知：``) or an
exclaimed call to take part (``快来报名参加吧！``) over short lines (80 characters at most,
twelve lines at most) down to the terms line starts the block, when a sentence closes above
it and the text above holds twice the block's characters. Guard: a campaign's own notice,
whose text is its rules, keeps them.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TITLE = "评委王某：先想清楚你要说什么"
INTERVIEW = [
    "某某绘画大赛日前启动，以下为本网对评委王某的专访。",
    "问：你怎样看待年轻画家的创作？",
    "答：我希望他们多看、多画，先弄清楚自己想说什么，再去找说的方式，技法是后面的事。",
    "问：工具重要吗？",
    "答：工具只是工具，真正重要的是观察，是你落笔之前想清楚的那些东西。一支铅笔也能画出好作品，关键在于画的人有没有自己的眼光。",
    "问：你对参赛者有什么建议？",
    "答：不要为了比赛去画，要画自己真正关心的东西，评委看得出哪些作品是用心画的。",
]
CALL = "想得到评委王某的指导，快来报名参加吧！"
TERMS = "本次活动最终解释权归某某网所有。"


def _last(inner: str, title: str = TITLE) -> str:
    return cleaned(news_page(title, "<div class='article'>" + inner + "</div>")).paragraphs[-1]


def test_field_rows_in_a_table_under_a_call_to_take_part() -> None:
    table = ("<table><tr><td>征稿时间</td><td>2026年6月1日至6月30日。</td></tr>"
             "<tr><td>参赛资格</td><td>在校大学生均可报名。</td></tr>"
             f"<tr><td colspan=2>{TERMS}</td></tr></table>")
    assert _last(paras([*INTERVIEW, CALL]) + table) == INTERVIEW[-1]


def test_numbered_br_lines_under_a_rules_heading() -> None:
    lines = [*INTERVIEW, "活动规则：", "1.参赛作品须为原创，每人限投三幅。", "2.投稿时间为2026年6月1日至6月30日。", TERMS]
    assert _last("<br>".join(lines)) == INTERVIEW[-1]


def test_a_list_under_a_rules_heading() -> None:
    rules = "<h4>活动规则</h4><ol><li>参赛作品须为原创，每人限投三幅。</li><li>投稿时间为2026年6月1日至6月30日。</li>" \
            f"<li>{TERMS}</li></ol>"
    assert _last(paras(INTERVIEW) + rules) == INTERVIEW[-1]


def test_a_campaigns_own_notice_keeps_its_rules() -> None:
    notice = ["为丰富校园文化生活，某某学校举办第三届绘画大赛，欢迎同学们参加。", "活动规则",
              "1.参赛作品须为原创，每人限投三幅。", "2.投稿时间为2026年6月1日至6月30日。",
              "3.获奖作品将在学校美术馆展出。", TERMS]
    assert _last(paras(notice), title="某某学校第三届绘画大赛开始报名") == TERMS
