# ruff: noqa: E501  (Chinese test strings)
"""A summary over the text that the text's first paragraph tells again (issue 14, stop 36,
where the text starts): pages in the shape of a real one, with text written here.

A TV news site prints the anchor's lead and the reporter's report as paragraphs of one block,
with nothing apart in the markup: the lead opens on the topic (``流感就诊人数越来越多！``),
names the people as a first mention does and sums the story up; the report opens on the same
topic in other words (``流感疫情升温、就诊人数大增！``) and introduces the same people again with
the same run of words. The label rules leave a summary printed over the text out, marked or
not; the lead stayed, the text started one paragraph early. Now a first paragraph (up to 300
characters, closing a sentence) goes when the second opens with the same word, parts from it
within six characters, shares twelve characters in a row with it and, with the rest, holds
three times its characters.

Guards: a first paragraph the next one continues (the same opening word, no shared run)
stays; two paragraphs opening with the same formula (``为深入贯彻落实…``) stay; a lead over
a text too short to be told twice stays.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

TITLE = "流感就诊人数一周增三成 医师吁尽早接种疫苗"
LEAD = ("流感就诊人数越来越多！某某医学会理事长王某某昨天出席一场记者会时透露，本市上周流感就诊人数比前一周增加三成，"
        "不过医师表示，多数患者症状轻微，建议老人和孩童尽早接种疫苗，出现高烧不退要及早就医。")
REPORT = ("流感疫情升温、就诊人数大增！某某医学会理事长王某某12号出席记者会时透露，本市上周流感就诊人数比前一周增加三成，"
          "多家医院的急诊室一床难求，候诊时间拉长到三个小时以上。")
SOUNDBITES = ["==某某医学会理事长 王某某==", "这一波来得比较早", "大家还是要尽早去打疫苗"]
MORE = ["医师指出，今年流行的病毒株与疫苗株吻合度高，接种后两周就能产生保护力，目前各卫生所仍有充足的疫苗可以施打。",
        "卫生部门也提醒，民众出入人多的场所最好戴上口罩，勤洗手，家中有人发烧咳嗽应尽量在家休息，避免传染给他人。",
        "==某某医院感染科医师 李某某==", "高烧超过三天", "或者呼吸很喘",
        "就一定要赶快到医院",
        "医师表示，流感与一般感冒不同，容易引发肺炎等并发症，慢性病患者和孕妇属于高危险群，若出现呼吸急促、胸痛或意识不清等症状，应立即就医，不要自行服药拖延病情。",
        "记者某某某 某某 台北报导"]


def _body(*paragraphs: str) -> list[str]:
    return story_paragraphs(TITLE, "<div class='content'><p>" + "<br><br>".join(paragraphs) + "</p></div>")


def test_an_anchors_lead_told_again_by_the_report_goes() -> None:
    body = _body(LEAD, REPORT, *SOUNDBITES, *MORE)
    assert body[0] == REPORT


def test_a_first_paragraph_the_next_one_continues_stays() -> None:
    follow = ("流感疫苗的接种率今年明显偏低，六十五岁以上老人的接种率不到四成，卫生部门已经要求各区加开接种站，"
              "并延长周末的服务时间，方便上班族带孩子前往。")
    body = _body(LEAD, follow, *MORE)
    assert body[0] == LEAD


def test_two_paragraphs_opening_with_the_same_formula_stay() -> None:
    first = "为深入贯彻落实全市卫生健康工作会议精神，本市决定在今冬开展流感疫苗集中接种行动，请各区按照要求认真组织实施。"
    second = "为深入贯彻落实全市卫生健康工作会议精神，各区卫生健康部门要在本月底前完成辖区内接种点的设置和人员培训工作。"
    body = _body(first, second, *MORE)
    assert body[0] == first


def test_a_lead_over_a_short_report_stays() -> None:
    body = _body(LEAD, REPORT)
    assert body[0] == LEAD
