"""The page's own lines under a text whose container carries no class (issue 14, stop 28:
opened pages under the ``sections`` and ``split-blocks`` perturbations, where the text's
blocks sit in bare ``<div>``/``<section>`` chains and block choice takes a wrapper holding
the page's lines after the text). The shapes, with text written here:

- a sign-up form's labels (``*姓名``, ``*手机``, ``发送验证码``…), then ``阅读下一篇`` and the
  next item's headline, which closes with ``！`` and so read as the text's last sentence:
  a pointer to the previous or next item (``阅读下一篇``, ``【上一条】``, ``下一篇：某某``)
  under text ends it;
- the site's name, ``网友评论``, an app's name, a ``官方声明：`` label and the site's
  registration record (``京ICP备…号 京公网安备…号``): the record is the page's footer and
  ends the text; a label closing the text with nothing under it goes, and the caption-like
  lines above it with it.

Guards: a sentence of the text that names an ICP licence stays, with the text after it; a
notice's contact lines under its last sentence stay above the record.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "城东新建污水处理厂通过竣工验收"
TEXT = ["记者从市水务局获悉，城东新建污水处理厂日前通过竣工验收，日处理能力达到十万吨。",
        "据介绍，该厂采用改良工艺，出水水质优于国家一级A标准，将服务城东片区约三十万居民。",
        "项目建成后，片区生活污水将全部实现集中处理，周边河道水质有望进一步改善！"]


def _page(after: list[str]) -> str:
    """The text's paragraphs each in a bare ``<div>`` chain, ``after`` lines (split by
    ``<br>``) in a block of the same container after them, no class anywhere."""
    runs = "".join(f"<div><div><p>{p}</p></div></div>" for p in TEXT)
    lines = "<div>" + "<br>".join(after) + "</div>"
    return (page_head(TITLE) + "<div><a href='/'>首页</a> <a href='/news/'>要闻</a></div>"
            "<h1>" + TITLE + "</h1><div>2026-11-30 10:20</div>"
            "<div>" + runs + lines + "</div></body></html>")


def _paragraphs(after: list[str]) -> list[str]:
    return [p for p in cleaned(_page(after)).body.split("\n") if p]


def test_a_pointer_to_the_next_item_ends_the_text_with_the_headline_under_it():
    form = ["*姓名", "*手机", "发送验证码", "*邮箱", "公司", "岗位"]
    assert _paragraphs([*form, "阅读下一篇", "又一座新厂开工建设！"]) == TEXT
    assert _paragraphs(["【下一条】", "城西管网改造工程启动！"]) == TEXT


def test_the_sites_registration_record_ends_the_text_and_the_lines_above_it_go():
    footer = ["某某新媒体", "网友评论", "某某财经APP", "官方声明：",
              "京ICP备20210001号-2 京公网安备 11010500000001号"]
    assert _paragraphs(footer) == TEXT


def test_a_sentence_naming_a_licence_and_a_notices_contact_lines_stay():
    licence = "该网站已于去年取得京ICP备20210001号备案，相关信息可在管理部门网站查询。"
    assert _paragraphs([licence, "据悉，片区管网改造也将同步推进。"])[-2:] == [
        licence, "据悉，片区管网改造也将同步推进。"]
    contact = ["联系人：王科长", "联系电话：010-12345678"]
    assert _paragraphs([*contact, "京ICP备20210001号"])[:5] == [*TEXT, *contact]
