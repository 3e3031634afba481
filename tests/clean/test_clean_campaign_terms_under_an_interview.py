"""A campaign's terms printed under an interview (stop 35, after fresh17), on pages of our
own text in the shape of a portal's photo channel.

An interview with a judge of a photo campaign ended on the judge's last answer; the editor's
line, then a call to take part (``…，快来报名参加学员选拔！``), a heading (``第六季某某征稿
信息``), address lines, bracketed section heads (``[报名资格]``, ``[入选名额]``) with the
rules under them and the closing ``活动最终解释权归某某所有。`` followed. The rules close
sentences, so all of it was kept and the text ended on the terms line. The campaign's rules
are another item than the interview; a rule's own article on who interprets it (a notice's
last article, no bracketed heads above it) stays.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TEXT = [
    "某某摄影训练营第三季正式启动！本季面向在校大学生招收学员，学员将在导师指导下完成创作。",
    "以下为本网对导师张某的专访。",
    "问：你怎样看待年轻摄影师的创作？",
    "答：我希望他们多读书、多走路，先弄清楚自己想说什么，再去找说的方式。你对世界的认识，就是你要表达的方向。",
]
TERMS = [
    "编辑：某某",
    "想得到导师张某的指导，快来报名参加学员选拔！",
    "第三季某某摄影训练营征稿信息",
    "投稿地址：http://example.com/apply",
    "[报名时间]",
    "2026年6月1日至2026年6月30日。",
    "[报名资格]",
    "在校大学生及二十六岁以下的摄影爱好者均可报名。",
    "[入选名额]",
    "九名，每人获得创作奖金一千元。",
    "活动最终解释权归某某网所有。",
]


def test_a_campaigns_terms_and_the_call_above_them_are_not_the_text() -> None:
    page = news_page("导师张某：你的认识就是你的方向", paras(TEXT + TERMS))
    paragraphs = cleaned(page).paragraphs
    assert paragraphs[-1] == TEXT[-1]


def test_a_rules_own_last_article_on_who_interprets_it_stays() -> None:
    rules = [
        "第一条 为规范本校车辆管理，制定本办法。",
        "第二条 本办法适用于校内所有机动车辆，车辆进校须登记。",
        "第三条 本办法自发布之日起施行，最终解释权归学校后勤处所有。",
        "本办法最终解释权归学校后勤处所有。",
    ]
    paragraphs = cleaned(news_page("某某学校车辆管理办法", paras(rules))).paragraphs
    assert paragraphs[-1] == rules[-1]


def test_a_sites_promotion_lines_between_the_text_and_the_terms_go_with_them() -> None:
    # Stop 36, the robustness run (sinaphoto under ``furniture``): the site's promotion
    # lines printed right under the interview's last answer stood between it and the call
    # to take part, so no sentence closed over the block and all of it was kept.
    promotions = ["【某某即时】：最有料的影音频道", "有话要说投稿「某某论坛」",
                  "加入某某资讯粉丝团"]
    page = news_page("导师张某：你的认识就是你的方向", paras(TEXT + promotions + TERMS[1:]))
    paragraphs = cleaned(page).paragraphs
    assert paragraphs[-1] == TEXT[-1]
