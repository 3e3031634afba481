"""A source's name and the day set off by bars inside the headline's element (stop 32, after
fresh14), on a page of own text in the real markup's shape.

Some templates print the info line as a ``<small>`` inside the headline's element, its
pieces set off by bars (``<h2>标题 <small>某某日报 | 2020年09月29日 | 编辑：某某</small></h2>``).
The headline was cut at the editor's label only, so the source's name and the day stayed in
it (a probe writing the opened pages' date lines so lost 4 headlines where the date line sits
inside the headline's element). A name and a full day after bars now end the headline; a bar
inside the headline's own words (``语音 | 早安武汉``, no day after it) is kept.
"""

from __future__ import annotations

from pipelines.headlinetext import headline_text
from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "城北区五座口袋公园建成开放"
TEXT = [
    "城北区今年新建的五座口袋公园本周全部建成开放，每座公园都设有儿童游乐区和健身步道。",
    "据区绿化办介绍，五座公园利用的都是街角闲置地块，附近居民步行五分钟就能到达。",
]


def test_a_name_and_day_between_bars_inside_the_headline_element_end_the_headline() -> None:
    page = (page_head("通知公告") + "<div class='Article'><h2 class='Article-title'>" + HEADLINE
            + " <small class='Article-time'>城北日报 | 2020年09月29日 | 编辑：李红</small></h2>"
            "<div class='Article-content'>" + paras(TEXT) + "</div></div></body></html>")
    assert cleaned(page).title == HEADLINE


def test_a_bar_inside_the_headlines_own_words_stays() -> None:
    assert headline_text("语音 | 早安武汉 城北区五座口袋公园建成开放") \
        == "语音 | 早安武汉 城北区五座口袋公园建成开放"
