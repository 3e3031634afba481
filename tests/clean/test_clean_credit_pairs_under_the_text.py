"""Credits printed as a label and a name on lines of their own under the text (issue 14,
stop 30, where the text ends): a page in the shape of a real university news template, with
text written here.

The template closes every story with its credits as two blocks each, the role over the name
(``作者：`` / ``某某 某某``, ``摄影：`` / ``某某``, ``供稿单位：`` / ``新闻中心``), sometimes
under a bracketed pointer to the story's video (``（视频报道：http://…）``). The label rules
end the body at the last sentence, before bylines at the end; no credit rule took them,
because each credit line holds a label or a name, never both (three opened pages of that
template kept 25 to 77 characters after their last sentence: right by the 120-character
rule, wrong on a story with more credits or a longer address).

- The credits and the video pointer under a story: the body ends at its last sentence.
- Guard: a label over a sentence (an answer under a ``作者：`` line) stays.
"""

from __future__ import annotations

from tests.clean.news_page import paras, story_paragraphs

TITLE = "学校举办第十届校园开放日"
STORY = ["11月28日，学校举办第十届校园开放日活动，来自全市各区的两千余名中学生和家长走进校园。",
         "活动当天，三十多个学院开放了实验室和展厅，师生志愿者为来访者讲解各专业的培养特色。",
         "校园开放日自2017年起每年举办一次，已累计接待中学生和家长两万余人次。"]
CREDITS = ["（视频报道：http://v.example.edu.cn/reports/report-1024.html）",
           "作者：", "某某某 某某", "摄影：", "某某", "供稿单位：", "新闻中心"]


def test_credits_as_labels_over_names_are_not_the_text() -> None:
    kept = story_paragraphs(TITLE, paras([*STORY, *CREDITS]))
    assert kept == STORY


def test_a_label_over_a_sentence_stays() -> None:
    answer = "我觉得开放日最大的意义，是让中学生提前看到大学里真实的学习和生活。"
    kept = story_paragraphs(TITLE, paras([*STORY, "作者：", answer]))
    assert kept[-1] == answer
