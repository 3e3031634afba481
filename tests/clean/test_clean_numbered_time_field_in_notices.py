"""A notice's numbered fields (``一、时间：…``, ``二、地点：…``) name when what it announces
takes place: the day beside its headline dates the page, never the event's day in the text
(fresh12's score showed the event's day taken). A page of one's own text in the shape of
the real markup: the date printed in brackets in a ``<small>`` inside the headline's
heading."""

from __future__ import annotations

from tests.clean.news_page import page_head, paras, published

_ITEMS = ["各学院、各部门：",
          "为丰富师生文化生活，学校定于12月1日在体育馆举行冬季长跑活动，欢迎师生报名参加。",
          "一、时间：2025年12月1日上午9时整",
          "二、地点：东校区体育馆",
          "三、注意事项：",
          "1. 请穿着运动服装，提前十分钟到场；",
          "2. 如遇雨雪天气，活动顺延一周。"]


def _notice(items: list[str]) -> str:
    return (page_head("关于举行冬季长跑活动的通知") + "<h3><span>通知公告</span></h3>"
            "<div class='Article'><h2 class='Article-title'>关于举行冬季长跑活动的通知"
            "<small class='Article-time'>( 2025年11月26日 )</small></h2>"
            "<div class='Article_content'>" + paras(items) + "</div></div></body></html>")


def test_a_numbered_time_field_gives_way_to_the_printed_day() -> None:
    assert published(_notice(_ITEMS)) == "2025-11-26T00:00:00+08:00"


def test_a_numbered_day_field_in_brackets_is_an_event_too() -> None:
    items = [item.replace("一、时间：", "（一）日期：") for item in _ITEMS]
    assert published(_notice(items)) == "2025-11-26T00:00:00+08:00"


def test_an_unnumbered_date_line_under_the_text_still_dates_a_page_without_another() -> None:
    page = (page_head("冬季长跑活动圆满结束") + "<h2>冬季长跑活动圆满结束</h2>"
            "<div class='content'>" + paras(_ITEMS[1:2]) + "</div>"
            "<div>发布时间：2025年12月2日 10:20</div></body></html>")
    assert published(page) == "2025-12-02T10:20:00+08:00"
