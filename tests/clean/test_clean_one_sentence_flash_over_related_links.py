"""A flash of one sentence whose own block carries links to other stories, each in a
paragraph of its own (``<p><a><strong>…</strong></a></p>``), after it: the block holds
more link text than prose and was counted as a related list, so the body printed nothing
of it and came out as the headings of the widgets around it (fresh14's post-score miss of
this shape). The block's prose is the text; the links and the buttons after it are not."""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page

_FLASH = "本报快讯：市气象台12日发布今年首个高温橙色预警信号。"
_LINKED = ["高温天气下户外作业的防护要点", "城区纳凉点开放时间延长至晚上十点"]
_RELATED = [("全市今年首场雷阵雨带来明显降温",
             "受北方冷空气南下影响，全市昨日午后自西向东出现雷阵雨天气，局地伴有短时大风和冰雹，"
             "城区最高气温较前一日下降了八摄氏度。"),
            ("防汛部门提前部署应对今夏强降雨",
             "市防汛抗旱指挥部办公室日前召开专题会议，要求各区提前做好低洼地段和下穿通道排水、"
             "地下空间防倒灌等各项准备工作。"),
            ("高温天气用电负荷创下今年新高",
             "随着气温持续攀升，全市用电负荷连续三天刷新今年纪录，供电部门启动迎峰度夏保障预案，"
             "加强重点线路巡视和设备检修。")]


def _page(flash: str = _FLASH) -> str:
    linked = "".join(f"<p><a href='/n/{i}.htm'><strong><font color='navy'>{t}</font></strong>"
                     f"</a></p>" for i, t in enumerate(_LINKED))
    related = "".join(f"<li><a href='/r/{i}.htm'>{t}</a><div class='r-des'>{d}</div>"
                      f"<div class='r-in'><span class='publish-time'>2026-11-2{i} 08:00:00</span>"
                      "</div></li>" for i, (t, d) in enumerate(_RELATED))
    return news_page("市气象台发布今年首个高温橙色预警", (
        "<div class='main'><div class='part part1'><div class='side-left'>"
        "<div class='s-item'>微信</div><div class='s-item'>微博</div></div>"
        "<div class='p-right left'>"
        f"<div id='p-detail'><p>　　{flash}</p><p><img src='/flash.png'></p>{linked}"
        "<p> </p><div class='zan-wap'><a href='javascript:void(0);' class='zan'> </a>"
        "<div class='zan-i'>+1</div></div><div class='p-tags'><span class='p-jc'>"
        "<a href='javascript:void(0);' class='advise'>【纠错】</a>责任编辑： 王某某</span></div>"
        "</div><div class='relate-news'><div class='column-name'>相关<span>新闻</span></div>"
        f"<ul class='relate-news-wap'>{related}</ul>"
        "<div class='news-com'><div class='column-name'>新闻<span>评论</span></div></div>"
        "</div></div></div></div>"))


def test_a_one_sentence_flash_over_linked_paragraphs_is_the_body() -> None:
    body = cleaned(_page()).body or ""
    assert body == _FLASH


def test_a_flash_of_two_sentences_over_linked_paragraphs_still_opens_the_body() -> None:
    # More prose than links: the block is no related list, and is read as before.
    two = _FLASH + "预计未来三天最高气温将升至三十八摄氏度。"
    body = cleaned(_page(two)).body or ""
    assert body.startswith(two)
