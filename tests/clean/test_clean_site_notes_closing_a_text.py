"""The site's notes written as sentences under a text, and a caption closing with its
picture's source (issue 14, stop 30, where the text ends): pages in the shapes of real
templates, with text written here.

Under a story many sites print a paragraph of their own that closes with a stop like a
sentence of the text: a research firm's pitch for its reports and services (``更多数据请
参考某某《…报告》，同时某某提供…等解决方案。``, fresh11's n163, a self-media account's), a
rights note (``如有侵权，请联系我们…``; ``如遇作品内容、版权等问题，请…与本网联系。``), the note
that the text is no view of the site's (``言论不代表本报立场``) with a call for contributions
naming its address, a pitch for its app (``喜欢这篇文章？去应用商店搜某某…``). The label rules
end the body at the article's last sentence, before them. And a caption line closing with
its picture's source in brackets (``某某为颁奖礼彩排（图片来源：某某图库）``, fresh11's
ifeng-enrique: a 125-character brief read as 169) is the picture's line, not the text's.

- Each note under a report: the body ends at the report's last sentence; so do a paper's
  call for tips naming its app (``新闻线索报料通道：…即可报料。``) and a firm's service pitch
  with a number to call (``…等解决方案，详情请致电…``; both found by appending such trailers
  inside the text's block of every opened page: 54 and 59 pages' last sentence fell).
- A reprint's notes wholly in brackets (``（原标题：…）``, ``（本文来源：某报 作者：某某）``,
  ``（编辑：）``), under the text or over it: not the text (163's reprints print one under most
  stories, some over the first paragraph).
- The caption over a short brief: the body is the brief.
- Guards: a report's sentence about infringement and a sentence pointing to a statistics
  bulletin stay; so does a paragraph of text that closes with a picture's source after its
  stop.
"""

from __future__ import annotations

from tests.clean.news_page import paras, story_paragraphs

TITLE = "本市新建十座公共充电站投入使用"
REPORT = ["本报讯 昨天起，城东、城西两个片区新建的十座公共充电站正式投入使用，新增充电桩三百余个。",
          "据介绍，新建充电站均支持快充，一辆家用电动车充满电平均只需四十分钟左右。",
          "市发展改革委有关负责人表示，今年还将在老旧小区周边新建一批充电设施，缓解居民充电难的问题。"]


def _ends_with_report(note: str) -> None:
    kept = story_paragraphs(TITLE, paras([*REPORT, note]))
    assert kept[-1] == REPORT[-1]


def test_a_research_firms_pitch_under_a_report_is_not_the_text() -> None:
    _ends_with_report("关注行业动态，洞察市场先机。更多数据请参考某某研究院《2026-2031年中国充电设施行业发展前景预测报告》，"
                      "同时某某研究院提供行业大数据、产业规划、项目可研、园区招商等解决方案。")


def test_a_rights_note_under_a_report_is_not_the_text() -> None:
    _ends_with_report("本文旨在传递更多信息，图文均来自网络。如有侵权，请联系我们，我们将第一时间处理。")
    _ends_with_report("如遇作品内容、版权等问题，请在相关文章刊发之日起30日内与本网联系。")


def test_a_not_our_view_note_with_a_call_for_contributions_is_not_the_text() -> None:
    _ends_with_report("●作者某某，某某大学教授。本文为读者来稿，言论不代表本网立场。评论版欢迎更多参与，投稿请寄opinion@example.com")


def test_a_call_for_tips_and_a_service_pitch_under_a_report_are_not_the_text() -> None:
    _ends_with_report("新闻线索报料通道：应用市场下载“某某新闻”APP，或搜索某某新闻微信公众号，即可报料。")
    _ends_with_report("某某咨询提供行业研究、园区规划、项目可研等解决方案，详情请致电400-000-0000。")


def test_an_app_pitch_under_a_report_is_not_the_text() -> None:
    _ends_with_report("喜欢这篇文章？去应用商店搜某某日报，每天看点新鲜事。")


def test_a_reprints_bracketed_notes_are_not_the_text() -> None:
    _ends_with_report("（原标题：城东城西新建十座充电站 三百余个快充桩今起启用）")
    _ends_with_report("（本文来源：某某晚报 作者：某某）")
    _ends_with_report("（编辑：）")
    kept = story_paragraphs(TITLE, paras(["（原标题：城东城西新建十座充电站）", *REPORT]))
    assert kept[0].startswith("本报讯") and kept[1:] == REPORT[1:]


BRIEF = ("某某音乐节定于本周六晚在市体育场举行。昨日下午，歌手某某为音乐节彩排，"
         "演唱到一半时耳麦意外滑落，他笑着捡起后继续演唱。")


def test_a_caption_closing_with_its_pictures_source_is_not_the_text() -> None:
    kept = story_paragraphs("歌手彩排耳麦滑落",
                            paras(["歌手某某为音乐节彩排（图片来源：某某图库）", BRIEF]))
    assert kept == [BRIEF]


def test_sentences_of_the_text_that_name_such_things_stay() -> None:
    closing = ["据介绍，该企业为本地车主提供充电、维修和保险等一站式解决方案。",
               "律师提醒，如发现侵权行为，权利人可以向法院提起诉讼，也可以向市场监管部门投诉。",
               "更多数据请参阅市统计局发布的《2026年国民经济和社会发展统计公报》。",
               "充电站启用当天，不少车主前来体验。（图片来源：本报记者）"]
    kept = story_paragraphs(TITLE, paras([*REPORT, *closing]))
    assert kept[-4:] == closing
