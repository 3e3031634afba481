"""A ``<title>`` of a column tag, the headline and the site's name after a bare dash
(``第一观察｜标题-某某网``) matches the headline printed with its tag in an unmarked block
(stop 27, headline round; found on the opened pages under the ``noclass`` perturbation).

The ``<title>``'s runs (its leading parts as printed) ended only at its separators; a bare
dash is none, so the run without the site's name (``第一观察｜标题``) was missing, the line
printing it in a plain ``<div>`` over the date line matched nothing, and a line nearer the
text won (a share box's caption under its QR code). Now a site's name a bare dash joins to
the end of the ``<title>`` ends a run too.
"""

from __future__ import annotations

import pytest

from tests.clean.news_page import cleaned, page_head, paras

TAG = "第一观察"
HEADLINE = "这场全国性会议为新时代人才工作绘就蓝图"
TEXT = [
    "二十七日至二十八日，一场高规格的全国性会议在北京召开，会议对新时代人才工作作出全面部署。",
    "会议强调，要坚持党管人才，坚持面向世界科技前沿、面向经济主战场、面向国家重大需求。",
    "与会代表表示，会议为今后一个时期的人才工作指明了方向，各地将结合实际抓好贯彻落实。",
]


@pytest.mark.parametrize("mark", ["｜", "|", " | "], ids=["full-width-bar", "bar", "spaced-bar"])
def test_a_column_tag_title_ending_with_a_dashed_site_name_matches_the_printed_line(mark):
    printed = f"{TAG}{mark}{HEADLINE}"
    page = (page_head(f"{printed}-某某网") + "<div><a href='/'>首页</a> &gt; 正文</div>"
            f"<div>{printed}</div><div><span>2021-09-29 03:50:04</span> 来源：某某社</div>"
            "<div><div><div><img src='/img/qr.png'><div>关注学习某某进行时</div></div>"
            "<div><a href='javascript:void(0);'></a> 微信 </div></div>"
            "<div>" + paras(TEXT) + "</div></div><div>版权所有 某某网</div></body></html>")
    assert cleaned(page).title == printed
