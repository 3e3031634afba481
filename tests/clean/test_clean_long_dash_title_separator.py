"""A ``<title>`` whose headline is set off from the channel by a run of dashes (stop 30,
headline round; found on opened pages of one government template under the
``classes-head-chrome`` and ``classes-all`` perturbations).

The shape: ``<title>标题————栏目——某某网站</title>``: four dashes before the channel's name,
two before the site's. Two dashes mark a subtitle (``标题——副题``) and split nothing, so the
headline part ran on with ``————栏目``; whenever the printed heading was not found (set in a
box the page classes as its header) the headline came out with the channel glued on. A run
of three dashes or more is now a separator; two stay a subtitle's mark.
"""

from __future__ import annotations

import pytest

from pipelines.pagefacts import title_parts
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "省纪委监委节前公开通报典型问题 以钉钉子精神防治节日“四风”"
TEXT = [
    "中秋、国庆假期前夕，省纪委监委公开通报六起违反中央八项规定精神典型问题，释放越到节点纪律越严的强烈信号。",
    "通报指出，这些问题有的发生在党的二十大之后，有的发生在主题教育期间，反映出一些党员干部纪法意识淡薄。",
    "各级纪检监察机关要紧盯节日期间易发多发问题，严查快处，确保节日风清气正。",
]


def test_the_channel_after_a_run_of_dashes_is_no_part_of_the_headline():
    page = (page_head(HEADLINE + "————头条——滨江省纪委监委网站") + "<div class='Article_61'>"
            "<div class='header top'><span style='font-size: 22px;'>" + HEADLINE + "</span></div>"
            "<h3 class='daty'>来源：滨江省纪委监委网站 发布时间：2026-09-25 07:23</h3>"
            "<div class='content'>" + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE


@pytest.mark.parametrize("title, parts", [
    (HEADLINE + "————头条——滨江省纪委监委网站", [HEADLINE, "头条——滨江省纪委监委网站"]),
    ("滨江新区开工——项目建设再提速_滨江网", ["滨江新区开工——项目建设再提速", "滨江网"]),
], ids=["dash-run", "subtitle-kept"])
def test_title_parts(title, parts):
    assert title_parts(title) == parts
