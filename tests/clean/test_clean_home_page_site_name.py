# ruff: noqa: E501  (Chinese test strings)
"""A site named as a home page in the ``<title>`` (stop 30, headline round; found on an
opened page under the ``nostated``, ``classes-head-chrome`` and ``classes-all``
perturbations).

The shape: ``<title>某某大学中文主页_标题_</title>`` with no ``<meta>`` naming the site. Of the
title's two parts neither ended like a site's name (``…网``, ``…首页``, ``…门户``), so the
last was taken for the site's and the first, the site's name, for the headline, over the
printed heading that matched the other part. A name ending in ``主页`` (a home page:
``某某大学中文主页``, ``某某学院英文主页``) is a site's name like one ending in ``首页``.
"""

from __future__ import annotations

import pytest

from pipelines.pagefacts import site_like
from tests.clean.news_page import cleaned, page_head, paras

SITE = "滨江大学中文主页"
HEADLINE = "关于选拔第二批校级教学督导人选的公告"
TEXT = [
    "为进一步加强本科教学质量监控，学校决定选拔第二批校级教学督导，现将有关事项公告如下。",
    "一、选拔对象为在职或近三年内退休、具有高级职称、教学经验丰富的教师。",
    "二、请有意者于12月10日前将报名表交至教务处，学校将组织评审并公布结果。",
]


@pytest.mark.parametrize("title", [f"{SITE}_{HEADLINE}_", f"{SITE}_{HEADLINE}",
                                   f"{SITE}｜{HEADLINE}"], ids=["trailing-mark", "underscore", "bar"])
def test_a_home_page_s_name_in_the_title_is_the_site_not_the_headline(title):
    page = (page_head(title) + "<h3 class='page-title'><span>通知公告</span></h3><div class='Article'>"
            "<h2 class='Article-title'>" + HEADLINE + "</h2><div class='Article-time'>2026-11-30</div>"
            "<div class='Article_content'>" + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE


def test_a_name_ending_in_home_page_is_site_like():
    assert site_like(SITE) and site_like("滨江学院英文主頁")
