# ruff: noqa: E501  (Chinese test strings)
"""Pictures' captions over a writer's credit at a feature's top (issue 14, stop 36, where the
text starts; the robustness benchmark's ``bare`` perturbation): a page in the shape of a real
one, with text written here.

A magazine's feature prints its pictures first, each with a caption of a sentence or two,
then the writer's credit (``文_ 某某 摄影_ 某某``), then the text; the label starts under the
credit. With the captions' classes the captions go before the text is read; without them
(``bare``: no class, no id) they reached the text's edges as five paragraphs over the credit,
and a standfirst over a writer's credit was looked for only one or two paragraphs up. Now up to
five paragraphs closing a sentence over the credit go with it, when the text under it is two
paragraphs or more and twice their length. Guard: a short text under such lines keeps them.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

TITLE = "旧物新生：一场关于日常器物的展览"
CAPTIONS = ["展厅入口处，几十只旧搪瓷杯被摆成一面墙，每一只都写着主人的名字。",
            "木椅是展览里最常见的东西，也是最难做好的东西。",
            "一位老木匠在现场修补一把缺了腿的椅子，观众围了一圈。",
            "展出的都是生活里的小物件。看到它们，你会想起家里的哪一件？",
            "策展人说：我们想做的不是一场设计展，而是一场关于怎样过日子的展览，每一件旧物背后，都有一个家庭几十年的生活。"]
CREDIT = "文_ 某某 摄影_ 某某某"
TEXT = ["这是这座城市第一次为日常器物办一场展览。搪瓷杯、木椅、竹篮、铁皮饼干盒……这些在家里用了几十年的东西，此刻安静地摆在雪白的展台上，旁边没有价格，只有一张写着来历的小卡片。",
        "开幕那天，策展人在展厅里做了一场讲座。讲座结束后，不少观众拿着自家的旧物来找她，请她讲讲这些东西还能怎样用下去，她一一回答，直到闭馆。",
        "展览分为厨房、客厅、卧室和院子四个部分，每个部分都复原了一个普通家庭的角落，观众可以坐下来，用一用那些旧东西。",
        "策展人说，旧物之所以动人，不在于它们有多贵重，而在于它们陪伴一家人走过了很长的日子，修修补补，还能接着用。",
        "厨房部分最受欢迎。一口用了三十多年的铁锅挂在墙上，锅底已经磨得发亮，旁边的卡片上写着：这口锅炒过三代人的年夜饭。不少老人在它面前站了很久。",
        "院子部分摆着竹篮、扁担和一架旧自行车。孩子们对这些东西最好奇，围着自行车问了又问，有的还试着把扁担挑起来，惹得大人们哈哈大笑。",
        "展览将持续到下个月底，闭幕后，这些旧物会回到各自的主人家里，继续被使用下去。"]


def _body(lines: list[str]) -> list[str]:
    return story_paragraphs(TITLE, "<div><div>" + "".join(f"<div>{p}</div>" for p in lines) + "</div></div>")


def test_captions_over_a_writers_credit_go_with_it() -> None:
    body = _body([*CAPTIONS, CREDIT, *TEXT])
    assert body[0] == TEXT[0]


def test_a_short_text_under_such_lines_keeps_them() -> None:
    body = _body([*CAPTIONS, CREDIT, TEXT[1]])
    assert body[0] == CAPTIONS[0]
