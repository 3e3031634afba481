# ruff: noqa: E501  (Chinese test strings)
"""An account's daily digest whose text opens with the column's name that its headline
starts with (issue 14, stop 33, the kinds of fresh14's new sources: newspaper accounts'
WeChat digests, ``语音 | 早安某地〔…〕``).

The ``<title>`` and ``og:title`` say ``早安城东｜垃圾分类积分制来了``, the article's heading
prints the same whole, and the digest's first line is the column's name alone, bold and
centred (``早安城东``). Read headline first, the title's second part was the site's name and
the line inside the text matching its first part won over the heading: the headline came
out as the column's name. A heading over the text printing the whole ``<title>`` is the
headline when the line matching only its first part sits inside the text and the other part
names no site.

Guards: a ``<title>`` whose second part names a site (``早安城东 | 城东网``) keeps its first
part; a digest whose text does not print the column's name reads as before.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned

_BRIEFS = (("城东街道推行垃圾分类积分制", "本月初，城东街道在辖区十二个小区同步推行垃圾分类积分制度，居民投放一次分类正确的垃圾即可获得两个积分。"),
           ("冬季道路除雪工作部署完毕", "市交通运输局要求各区县提前备足融雪剂和除雪机械，遇有降雪天气时确保主干道路两小时内恢复通行。"),
           ("青年设计展开幕", "本市美术馆今年规模最大的一次设计展开幕，展出的三百多件作品全部来自本地的青年设计师。"))


def _digest(title: str, *, column_line: bool = True) -> str:
    """An account's article page: the heading, the account's name and day, the digest."""
    opening = ("<p style='text-align:center'><strong><span style='font-size:18px'>早安城东</span>"
               "</strong></p>") if column_line else ""
    briefs = "".join(f"<p><strong>● {head}</strong></p><p><span style='font-size:15px'>{text}</span></p>"
                     for head, text in _BRIEFS)
    return ("<html><head><meta charset='utf-8'><title>" + title + "</title>"
            f"<meta property='og:title' content='{title}'/></head><body>"
            "<div id='img-content'><h2 class='rich_media_title' id='activity-name'>\n    "
            + title + "\n</h2><div class='rich_media_meta_list'>"
            "<span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>城东发布</a></span>"
            "<em id='publish_time' class='rich_media_meta rich_media_meta_text'>2018-03-19</em></div>"
            f"<div class='rich_media_content' id='js_content'>{opening}{briefs}"
            "<p style='text-align:center'>—— END ——</p></div></div>"
            "<div class='rich_media_tool'><a id='js_view_source'>阅读原文</a></div></body></html>")


def test_the_heading_printing_the_whole_title_is_the_digests_headline() -> None:
    assert cleaned(_digest("早安城东｜垃圾分类积分制来了")).title == "早安城东｜垃圾分类积分制来了"
    assert cleaned(_digest("早安城东 | 11月28日")).title == "早安城东 | 11月28日"


def test_a_title_whose_second_part_names_a_site_keeps_its_first_part() -> None:
    assert cleaned(_digest("早安城东 | 城东网")).title == "早安城东"


def test_a_digest_not_printing_the_column_name_reads_as_before() -> None:
    found = cleaned(_digest("早安城东｜垃圾分类积分制来了", column_line=False)).title
    assert found == "早安城东｜垃圾分类积分制来了"
