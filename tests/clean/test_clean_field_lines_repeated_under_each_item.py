"""The same field line under each item of a list (stop 38, i28b: found in the unlabelled
pool, a job fair's list of jobs keeping only its first job's pay lines), on pages of our own
text.

A list whose items each print the same field lines (``薪资范围：…``, ``福利待遇：…`` under each
job; ``时间：…``/``地点：…`` under each event; ``组长：某某`` under each group): every line said
a second time went as a repeat, so each item after the first lost the lines it shares with
another. A field line (a short label and a colon) said before under an item's heading is now
kept when a new, unrepeated item heading stands since (``paragraphs._field_of_new_item``).
Guards: a page printed twice over (its item headings repeated too) still loses its second
copy, and a signature's ``主任：某某`` printed over the text and again under its numbered
attachment lines goes as before.
"""

from __future__ import annotations

from tests.clean.news_page import article_paragraphs

TITLE = "某某产业园区工厂招工方案"
LEAD = "为满足园区企业用工需求，现将某某纺织工厂招工岗位公布如下，欢迎符合条件的人员报名。"
JOBS = []
for n, job in enumerate(["缝纫工（80人）", "质检员（10人）", "跟单员（2人）"], start=1):
    JOBS += [f"{n}、{job}",
             "岗位要求：18-40岁，性别不限，初中学历以上，身体健康，有工作经验者优先。",
             "薪资范围：2000元至6000元（底薪加绩效，年终奖另计）",
             "福利待遇：依法缴纳社会保险，提供免费住宿和工作餐。"]
CONTACT = ["联系人：某某", "联系电话：13500000000"]


def _paragraphs(lines: list[str]) -> list[str]:
    return article_paragraphs(TITLE, lines)


def test_each_job_keeps_its_field_lines() -> None:
    assert _paragraphs([LEAD, *JOBS, *CONTACT]) == [LEAD, *JOBS, *CONTACT]


def test_a_page_printed_twice_still_loses_its_copy() -> None:
    paragraphs = _paragraphs([LEAD, *JOBS[:8], LEAD, *JOBS[:8]])
    assert paragraphs.count(LEAD) == 1 and paragraphs.count(JOBS[4]) == 1
    assert len(paragraphs) <= 9
