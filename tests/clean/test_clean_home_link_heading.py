# ruff: noqa: E501  (Chinese test strings)
"""A logo's heading linked to the site's home page is no headline (stop 29, headline round;
found on two opened Taiwan city government pages under the ``nostated``,
``classes-head-chrome`` and ``classes-all`` perturbations).

The shape: the template prints the site's name as ``<h1><a href="Default.aspx">某某市政府某某专区
</a></h1>`` in a block classed ``major-logo`` (one class word, so no chrome word is read),
and the ``<title>`` is ``站名-标题`` joined by a bare dash with a long headline after it (no
split). With nothing else stated, the ``<h1>`` and the title-classed block of the headline
both printed a piece of the ``<title>``, and the ``<h1>`` won on its tag. A heading whose
whole text is one link to the site's home page (its root or index file) now counts as the
masthead's; a headline linked to its own page still counts.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

SITE = "滨江市政府性别平等专区"
HEADLINE = "市政府「多元家庭生活状况调查」委托研究报告正式发布"
TEXT = [
    "　　市政府公布「多元家庭生活状况调查」研究报告，本次调查由市社会福利局委托高校团队办理，共有三千余个家庭参与。",
    "　　调查内容包括家庭结构、照护分工、社会支持与公共服务使用情况等方面，为后续政策研订提供实证依据。",
    "　　市政府表示，将依据调查结果检讨各项福利措施，持续推动友善家庭的公共服务。",
]


def _page(heading: str) -> str:
    return (page_head(f"{SITE}-{HEADLINE}")
            + "<div class='simple-text major-logo'><div class='in'>" + heading + "</div></div>"
            "<div class='group-list nav'><ul><li><a href='/a'>关于我们</a></li><li><a href='/b'>活动报导</a></li>"
            "<li><a href='/c'>政策法规</a></li></ul></div>"
            "<div class='group page-content'><div class='in'><div class='ct'><div class='in'>"
            "<div class='simple-text title'><div class='in'><div class='ct'><h3>" + HEADLINE + "</h3></div></div></div>"
            "<div class='area-essay'><div class='in'><div class='ct'><div class='essay'><div class='p'>"
            + paras(TEXT) + "</div></div></div></div></div>"
            "<div class='info'>发布日期：2026-11-30</div></div></div></div></div></body></html>")


def test_a_heading_linked_to_the_home_page_names_the_site():
    assert cleaned(_page(f"<h1><a href='Default.aspx' title='{SITE}LOGO'>{SITE}</a></h1>")).title == HEADLINE


def test_a_heading_linked_to_the_site_root_names_the_site():
    assert cleaned(_page(f"<h1><a href='https://www.example.gov.cn/'>{SITE}</a></h1>")).title == HEADLINE


def test_a_headline_linked_to_its_own_page_is_still_a_headline():
    page = (page_head(f"{HEADLINE}-{SITE}") + "<div class='main'><h1><a href='/news/2026/1130/12.html'>"
            + HEADLINE + "</a></h1><div>2026-11-30 09:00</div><div class='text'>" + paras(TEXT)
            + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE
