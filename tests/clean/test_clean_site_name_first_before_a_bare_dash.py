"""A ``<title>`` naming the site first before a bare dash (``某某大学新闻网-标题``) states the
headline after it (stop 38, robustness: ``noclass``, ``sections``, ``headings-plain``).

:func:`pipelines.pagefacts.title_parts` splits a bare ``-`` only before a short last part
(``标题-频道``), so that a headline's own dash (``2024-2030``) stays whole; a site's name
first (``·``, ``•``, ``::``) was peeled, a bare dash not. With a title-classed block the
headline was found all the same; where the page prints it in a plain ``<div>`` over its date
line (no class: a template without them, or a copy that lost them) the whole ``<title>``,
the site's name and dash with it, was the headline. Now a name ending like a site's
(:func:`pipelines.pagefacts.site_like`) before a bare dash is a part of its own. Guards:
two names (``某某网-本地频道``) split as before; a dash inside a headline that opens with no
site's name (``2024-2030年规划``) splits nothing.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document
from pipelines.pagefacts import title_parts

HEADLINE = "全省高校图书馆联盟共享书目数据库正式开通"
PARAS = "".join(f"<p>{p}</p>" for p in [
    "5月5日，由我校图书馆牵头建设的全省高校图书馆联盟共享书目数据库正式开通，首批收录书目记录三百余万条。",
    "该数据库汇集了全省四十余所高校图书馆的馆藏信息，读者可通过统一平台检索各馆藏书并申请馆际互借。",
    "图书馆负责人介绍，下一步将逐步接入电子资源和特色馆藏，为师生提供更加便捷的文献服务。",
])


def page(title: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div><div><img src='logo.png'></div><div><a href='/index.html'>首页</a> | "
            "<a href='/xxyw/'>学校要闻</a> | <a href='/mtjj/'>媒体聚焦</a></div></div>"
            f"<div><div>{HEADLINE}</div>"
            "<div>发布时间：[2017-05-08]  作者：[图书馆]  来源：[图书馆]</div>"
            f"<div>{PARAS}</div></div>"
            "<div>版权所有 江北大学新闻网 地址：江北省某某市大学路1号</div></body></html>")


@pytest.mark.parametrize("name", ["江北大学新闻网", "江北日报", "江北省人民政府门户网站"])
def test_site_name_first_before_a_bare_dash(name):
    result = clean_document(page(f"{name}-{HEADLINE}").encode("utf-8"),
                            fetched_at="2026-12-01T08:00:00Z")
    assert result.title == HEADLINE
    assert result.published_at.startswith("2017-05-08")


@pytest.mark.parametrize("title,parts", [
    (f"江北大学新闻网-{HEADLINE}", ["江北大学新闻网", HEADLINE]),
    ("江北新闻网-本地频道", ["江北新闻网", "本地频道"]),  # split before, as it was
    ("江北新闻网-江北省新闻门户网站", ["江北新闻网", "江北省新闻门户网站"]),
    ("江北省2024-2030年全民健身实施计划", ["江北省2024-2030年全民健身实施计划"]),
])
def test_title_parts_of_a_name_first(title, parts):
    assert title_parts(title) == parts
