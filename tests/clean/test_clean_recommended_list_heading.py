# ruff: noqa: E501  (Chinese test strings)
"""A site's recommended-list heading under the text, with the site's statement about itself
after it (issue 14, stop 24: body edges; an unlabelled pool page of an education portal ran
on into its 200-character copyright statement). The shape of such a portal's article page
(a breadcrumb and a date line over the text in one block, then ``标签：`` with no tag,
``● 相关推荐更多>>`` and the statement, all ``<p>`` of that block), with text written here.

The heading of a recommended list (``相关推荐``, ``推荐阅读``, ``猜你喜欢``…, maybe with
``更多>>``) after a sentence of text ends the text: what follows is the site's. An empty
label line right above it goes with it.

Guard: a closing second story under ``相关新闻`` (counted by the label rules) stays.

Stop 27: a heading that names what it recommends (``热门车型推荐``) ends the text too when no
line after it closes a sentence (product cards); a section of the text headed
``热门景点推荐`` that goes on in sentences stays. A pager's line of page numbers (``1 2``,
``上一页 1 2 3 下一页``) under the text is not text either.
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"
HEAD = ("<html><head><meta charset='utf-8'><title>{t}_某某学习网</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a href='/zk/'>中考</a> <a href='/gk/'>高考</a></div>"
        "<div class='con'><h1>{t}</h1><div class='bd'>")
FOOT = "</div></div><div class='foot'>关于本站 | 网站地图 | 联系方式</div></body></html>"
TITLE = "2026年某市中考语文试卷"
TEXT = ["2026年某市中考已经结束，本站中考频道第一时间为大家整理了某市中考语文试卷，考生可以收藏本文。",
        "试卷共六大题，满分一百五十分，考试时间一百五十分钟。"]
STATEMENT = ("某某学习网在建设过程中引用了互联网上的一些信息资源，并对有明确来源的信息注明了出处，版权归原作者及原网站所有。"
             "如果您对本站信息资源版权的归属问题存有异议，请您致信本站，我们会立即做出答复并及时解决。"
             "如果您认为本站有侵犯您权益的行为，请通知我们，我们一定根据实际情况及时处理。")


def _body(lines: list[str]) -> str:
    page = HEAD.format(t=TITLE) + "".join(f"<p>{x}</p>" for x in lines) + FOOT
    return clean_document(page.encode(), fetched_at=FETCHED).body


def test_a_recommended_lists_heading_and_the_site_statement_after_it_are_not_text():
    body = _body([*TEXT, "标签：", "● 相关推荐更多>>", STATEMENT])
    assert body.startswith(TEXT[0])
    assert body.endswith(TEXT[1])


def test_a_closing_second_story_under_a_related_news_heading_stays():
    second = "另据了解，今年某市中考报名人数约为八万人，比去年增加三千人，全市共设考点四十二个。"
    body = _body([*TEXT, "相关新闻", second])
    assert body.endswith(second)


# Stop 27 (fresh9 a163's shape): a heading naming what it recommends (热门车型推荐) over
# product cards — a number, the linked name, field lines, buttons — and no sentence after it.
CARDS = ["热门车型推荐", "1", "某某轿车（合资）", "厂商指导价（万）：10.78~14.38万", "级别：紧凑型车",
         "上市时间：2007年5月28日", "询底价预约试驾", "2", "某某商务车（合资）", "厂商指导价（万）：22.99~44.99万",
         "级别：MPV", "上市时间：2000年"]


def test_a_recommended_heading_naming_its_kind_over_product_cards_is_not_text():
    body = _body([*TEXT, *CARDS])
    assert body.endswith(TEXT[1])


def test_a_section_headed_with_a_recommendation_that_goes_on_in_sentences_stays():
    section = ["热门景点推荐", "古城墙始建于明代，全长十二公里，是目前保存最完整的古代城垣之一。"]
    body = _body([*TEXT, *section])
    assert body.endswith(section[-1])


def test_a_pagers_page_numbers_under_the_text_are_not_text():
    body = _body([*TEXT, "1 2", *CARDS])
    assert body.endswith(TEXT[1])
    assert _body([*TEXT, "上一页 1 2 3 下一页"]).endswith(TEXT[1])
