# ruff: noqa: E501  (Chinese test strings)
"""A text whose template leaves each paragraph's block unclosed (issue 14, stop 37, block
choice; fresh19's fudan-welcomes page): a page in another markup than the real one, with text
written here.

An old CMS writes each paragraph as ``<section>第一段。<br>`` and never closes it, so the
parser nests the whole text in a chain: every level holds one paragraph of its own words
and, last, the level under it; the first paragraphs, closed properly, stand in blocks of
their own beside the chain's top. The best block was found deep in the chain (the part
holding most paragraphs set as ``<p>``) and no wrapper above it added enough to be climbed
to: the text started several paragraphs late. Now the body climbs a wrapper holding, before
the chain and nothing after it, only the text's own words closing a sentence (the first step
must be such words: a chain), then blocks of prose too.

- The text starts at its first paragraph, in a closed block above the chain.
- Guard: a wrapper holding a standfirst's block over the text's block, no own words, is not
  climbed: the body still starts at the text's first paragraph.
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-04T08:00:00Z"

FIRST = [
    "十月的第一个周末，城南的老体育场迎来了一年一度的社区运动会，三千多名居民从各个街道赶来参加。",
    "开幕式上，几位八十多岁的老人走在入场队伍的最前面，他们年轻时都是这座体育场的常客。",
]
CHAINED = [
    "今年的运动会设置了二十多个项目，既有拔河、跳绳这样的传统项目，也有飞盘、腰旗橄榄球等新鲜玩法，吸引了不少年轻人报名。",
    "跳绳比赛的现场最热闹，一位六岁的小选手连跳了两百多下，赢得了全场的掌声，她的奶奶在场边一直举着手机录像。",
    "组委会负责人介绍，为了让更多人参与进来，今年的报名门槛放宽了许多，每个街道都可以组队参加所有项目。",
]
DEEP = [
    "下午的拔河决赛在两个街道之间进行，双方僵持了将近一分钟，最终东街队以微弱优势获胜，队员们抱在一起欢呼。",
    "运动会还专门开辟了亲子区，家长和孩子一起完成障碍接力，不少家庭表示这是一年中最开心的一天。",
    "闭幕时，组委会为各个项目的前三名颁发了奖牌，还给所有年过七十的参赛者送上了纪念毛巾。",
    "不少居民在散场时约定，明年还要再来，争取拿到更好的名次，也希望运动会能办得越来越热闹。",
    "体育场的工作人员说，这座老场馆建成已经四十多年了，每到运动会这几天，看台上总是坐得满满当当。",
    "为了办好这次运动会，区里提前两个月就开始筹备，修补了跑道上的裂缝，还在看台上加装了遮阳棚，让老人们看比赛时不再晒着太阳。",
    "志愿者队伍里有不少附近中学的学生，他们负责引导观众入场、维持赛场秩序，还在终点线旁为选手们递水递毛巾，忙得满头大汗。",
    "广场舞比赛是许多中老年居民最期待的项目，二十多支队伍轮番登场，整齐的动作和鲜艳的服装引得围观的人群不时叫好。",
    "一位参加过十多届运动会的老居民说，早些年的比赛只有几个项目，参加的人也不多，如今项目越来越多，年轻人也越来越愿意来了。",
    "赛场边的便民服务区同样热闹，社区医生为居民免费测量血压，理发师傅支起摊子义务理发，还有志愿者帮老人调试手机上的健康软件。",
    "运动会期间，附近的几家小饭馆推出了优惠套餐，店主们说，这几天的生意比平时好了一倍，不少外地来的亲戚也跟着来凑热闹。",
    "负责计时的裁判大多是退休的体育老师，他们说，能在老体育场里再当一回裁判，仿佛又回到了年轻时带学生训练的日子。",
    "区里的工作人员表示，明年还将增加几个适合残障人士参加的项目，让每一位居民都能在运动会上找到属于自己的位置。",
]


def _page() -> bytes:
    chain = "".join(f"<section>{p}<br>" for p in CHAINED)
    deep = "<section><b>赛场之外</b><br><section>" + "".join(f"<p>{p}</p>" for p in DEEP)
    return ("<html><head><meta charset='utf-8'><title>老体育场里的社区运动会_某某区新闻网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/news/'>要闻</a> <a href='/life/'>民生</a></div>"
            "<div class='main'><h1>老体育场里的社区运动会</h1><h2>来源：某某区融媒体中心 发布时间：2026-10-08</h2>"
            "<div class='txt'>" + "".join(f"<section>{p}</section>" for p in FIRST)
            + "<section><img src='/a.jpg'></section>"
            + chain + deep
            + "</div><div class='foot'>某某区新闻网 版权所有</div></body></html>").encode()


def test_a_text_in_a_chain_of_unclosed_blocks_starts_at_its_first_paragraph() -> None:
    body = clean_document(_page(), fetched_at=FETCHED).body
    assert body.startswith(FIRST[0])
    assert all(p in body for p in CHAINED)
    assert body.endswith(DEEP[-1])


def test_a_standfirst_block_over_the_text_block_is_not_climbed_to() -> None:
    stand = "一场社区运动会，让一座四十多年的老体育场重新热闹起来，也让邻里之间多了许多笑声。"
    page = ("<html><head><meta charset='utf-8'><title>老体育场里的社区运动会</title></head><body>"
            "<div class='main'><h1>老体育场里的社区运动会</h1><div class='wrap'>"
            "<div class='lead'>" + stand + "</div>"
            "<div class='txt'>" + "".join(f"<p>{p}</p>" for p in FIRST + DEEP) + "</div>"
            "<div class='pics'></div></div></div></body></html>").encode()
    body = clean_document(page, fetched_at=FETCHED).body
    assert body.startswith(FIRST[0])
