"""A date line indented over several source lines is as short as it reads.

A mobile news page without classes (as a save or a template that names nothing leaves it):
one wrapper ``<div>`` holds a header of channel links, the headline, the byline, the date
line, the story and a list of other stories with their days, so the body chosen is that
wrapper and the date line lies inside it, above the text but past the blocks of its top.
A full day and its clock alone on a line is the page's date line wherever the body puts
it; the template indents it (``<div>``, a newline, sixteen spaces, ``2025-06-14 10:25``,
twelve spaces), and the line was measured with its indentation: over thirty characters,
no stamp line, and the page took an older story's day from the list.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "市民公园湖畔步道完成改造今起恢复开放"
STORY = ["记者从市园林部门获悉，市民公园湖畔步道改造工程已经完工，今天上午起恢复开放，"
         "市民可以沿湖散步、骑行。",
         "此次改造更换了约三公里长的透水铺装，增设了二十处休息座椅和夜间照明设施，"
         "并在入口处新建了无障碍坡道。",
         "园林部门提醒，步道开放初期游客较多，请市民文明游园，注意安全，"
         "不要在湖边垂钓或者下水游泳。"]
CHANNELS = ["要闻", "本地", "国内", "国际", "财经", "体育", "文化", "视频", "图片", "评论"]
OTHERS = [("老城区三条背街小巷完成提升", "2021-7-29"), ("社区食堂新增老年助餐窗口", "2021-8-2"),
          ("城市书房延长夜间开放时间", "2010-6-10")]


def page(date_line: str) -> str:
    """The wrapper of headline, byline, ``date_line`` (as written), story and other
    stories' list, no class or id anywhere."""
    others = "".join(f"<div><div><a href='/a/{k}.html'>{title}</a></div>"
                     f"<div><div>推荐</div>\n<div>{day}</div></div></div>"
                     for k, (title, day) in enumerate(OTHERS))
    channels = "".join(f"<div><a href='/c/{k}/'>{name}</a></div>"
                       for k, name in enumerate(CHANNELS * 4))
    return (page_head(HEADLINE) + "<div style='width:7.5rem;margin:0 auto'>"
            f"<div><div>打开客户端</div><div>{channels}</div></div>"
            f"<div>\n    <div>{HEADLINE}</div>\n    <div>本报记者 王某某</div>\n"
            f"    <div>{date_line}</div>\n</div>"
            + paras(STORY) + f"<div><div>相关推荐</div>{others}</div></div></body></html>")


def test_an_indented_date_line_in_a_wide_body_is_the_page_date():
    indented = "\n                2025-06-14 10:25            "
    assert cleaned(page(indented)).published_at == "2025-06-14T10:25:00+08:00"


def test_the_same_date_line_unindented_reads_the_same():
    assert cleaned(page("2025-06-14 10:25")).published_at == "2025-06-14T10:25:00+08:00"

