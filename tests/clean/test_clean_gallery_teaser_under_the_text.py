# ruff: noqa: E501  (Chinese test strings)
"""Another piece's teaser under a text's gallery (issue 14, stop 36, where the text ends):
pages in the shape of a real one, with text written here.

A portal's home channel prints a short text, a pointer to its gallery
(``▼详情请戳下方图集``), the gallery, then a paragraph teasing another piece and a pointer
naming that piece's title (``▼详情请戳下方图集：某某公开！…``) over its gallery, then the
channel's lines. The label ends the text before its pointer; the teaser stayed as the text's
last paragraph. Now a bare pointer followed by a paragraph or two and a pointer naming a title
ends the text. Guard: a text that goes on after its gallery (a second part, the same piece)
and points to a gallery with no title is kept whole.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

TITLE = "海边小镇的木屋民宿 推开窗就是整片大海"
TEXT = ["在海边拥有一间自己的小木屋，大概是很多城市人的梦想。今天要介绍的这家民宿，就建在南方一个安静的小渔村里。",
        "民宿一共只有六个房间，每个房间都朝向大海，设计师保留了老屋的木梁和石墙，又加入了大面积的落地玻璃。",
        "屋顶还有一个小小的露台，傍晚坐在这里看日落、吹海风，一整天的疲惫都会慢慢散去。",
        "接下来就跟着小编一起看看这间木屋民宿的更多细节吧！"]
TEASER = "如果你更喜欢山里的清静，那么下面这家藏在竹林深处的茶园民宿也许更合你的心意，住一晚只要两百元左右！"


def _body(lines: list[str]) -> list[str]:
    return story_paragraphs(TITLE, "<div class='content'>" + "".join(f"<p>{p}</p>" for p in lines) + "</div>")


def test_a_teaser_over_a_pointer_naming_another_gallery_is_not_the_text() -> None:
    body = _body([*TEXT, "▼详情请戳下方图集", TEASER, "▼详情请戳下方图集：竹林茶园民宿公开！推窗见山一晚只要两百元",
                  "装修严选", "免费设计"])
    assert body[-1] == TEXT[-1]


def test_a_text_going_on_after_its_gallery_is_kept_whole() -> None:
    second = ("在主人看来，住民宿不只是换个地方睡觉，而是换一种方式生活。"
              "隔壁村的另一位主人，也把自家老屋改成了民宿，一起去看看吧！")
    body = _body([*TEXT, "▼详情请戳下方图集", second, "▼详情请戳下方图集"])
    assert body[-1] == second
