"""A ``<title>`` of the headline, a dash and the page's keywords set apart by commas.

A commentary site's CMS writes its search-engine title as ``标题-词,词,词,…,-栏目-网站``:
the keywords joined by commas, a trailing comma, then the channel and the site. A keyword
list spaced out after a dash was already told from the headline; the comma-joined one was
not, so the whole run of headline and keywords was the title's headline part, and a page
whose headline is printed in a block with no class (``<div>``) over its date line took it
whole. The headline part is now the words before the dash; a headline listing its own
items with ``、`` after a dash stays whole.
"""

from __future__ import annotations

from pipelines.pagefacts import title_parts
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "谨防“扫码领礼品”背后的信息泄露"
KEYWORDS = "扫码,礼品,商家,信息,泄露,隐私,"
STORY = ["近日，一些商场门口出现“扫码就送小礼品”的摊位，不少市民为了领取纸巾、"
         "雨伞等小物件随手扫码填写了个人信息。",
         "业内人士提醒，这类活动往往要求填写姓名、手机号甚至住址，信息一旦被转卖，"
         "市民可能接到大量推销电话，甚至遭遇诈骗。",
         "市民应当提高警惕，不随意扫描来历不明的二维码，不轻易透露个人信息，"
         "发现问题可以及时向有关部门反映。"]


def test_comma_joined_keywords_after_a_dash_are_no_part_of_the_headline():
    assert title_parts(f"{HEADLINE}-{KEYWORDS}-时事评论-某某网")[:2] == [
        HEADLINE, KEYWORDS]


def test_a_headline_listing_its_own_items_after_a_dash_stays_whole():
    title = "城区道路提升项目-东风路、人民路、建设路改造工程"
    assert title_parts(title) == [title]


def test_an_unclassed_headline_under_a_keyword_title_is_read_without_the_keywords():
    page = (page_head(f"{HEADLINE}-{KEYWORDS}-时事评论-某某网")
            + "<div><a href='/'>首页</a> <a href='/pl/'>评论</a></div>"
            f"<div><div>{HEADLINE}</div><div><p>2025-05-20 08:47:20 来源：某某网 作者：王某</p>"
            "</div><div>" + paras(STORY) + "</div></div>"
            "<div>关于我们 | 联系我们 | 版权所有</div></body></html>")
    assert cleaned(page).title == HEADLINE
