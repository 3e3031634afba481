# ruff: noqa: E501  (Chinese test strings)
"""A site's disclaimer printed as a paragraph in or beside a short text's block (issue 14,
stop 27, block choice): pages in the shapes of real templates, with text written here.

Many sites print under every article a paragraph opened by its heading, ``免责声明：本文仅
代表作者个人观点，与本网无关…``. Beside a long text it is trimmed at the end; beside a short one
it moved the block choice: two footer marks (the notice's own ``承办单位`` and the
disclaimer's ``免责声明``) made the notice's block read as a footer; as a block of prose it
won over a text set aside for its container's class word, or its score made the choice climb
to a wrapper (the headline, a share line and side boxes with it), or keep that wrapper over
the text's own block. Now such a paragraph (its heading opening its first line, the site
named: 本网, 本站) is a statement of the site like a headed one: never the text, no seed of
a block of text, no footer mark of the block holding it, and what it adds to a wrapper is no
reason to take the wrapper.

- A short notice naming its 承办单位, with the disclaimer in its block: the notice.
- A short story inside a share box left unclosed, the disclaimer after it: the story.
- A story whose block has the disclaimer right under it, in a wrapper holding the headline
  and a share line: the story, from its first sentence (not the share line).
- Guard: a story whose paragraph quotes a company's statement (``声明称：``) keeps it.
"""

from __future__ import annotations

from tests.clean.news_page import block, cleaned, page_head, paras

DISCLAIMER = ("免责声明：本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实，"
              "对本文以及其中全部或者部分内容的真实性、完整性不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。")
TITLE = "社区举办老年人防诈骗知识讲座"
NOTICE = ["为提高辖区老年人识别和防范电信网络诈骗的能力，本周五上午九点将在社区活动中心举办防诈骗知识讲座。",
          "主办单位：某某街道办事处 承办单位：某某社区居委会",
          "欢迎辖区居民踊跃参加。"]
STORY = ["本报讯 昨天上午，城南一家包子铺的老板把顾客遗落的钱包交到了派出所，钱包里有现金两千多元和几张银行卡。",
         "民警通过证件联系上失主。失主赶到派出所时连声道谢，要给老板送锦旗，老板摆摆手说这是应该做的。"]


def _page(inner: str) -> str:
    return (page_head(TITLE) + "<div class='nav'><a href='/'>首页</a> <a href='/sq/'>社区</a></div>"
            + inner + "<div class='foot'>版权所有 某某网 联系我们</div></body></html>")


def test_a_short_notice_with_the_disclaimer_in_its_block_is_the_text() -> None:
    body = cleaned(_page(f"<h1>{TITLE}</h1><div>2026-11-30</div>"
                         + block(*NOTICE, DISCLAIMER, cls="m-txt-article"))).body
    assert body.startswith(NOTICE[0])
    assert body.rstrip().endswith(NOTICE[-1])


def test_a_short_story_in_an_unclosed_share_box_over_the_disclaimer_is_the_text() -> None:
    inner = (f"<h1>{TITLE}</h1><div class='newsdes'><div class='share'><div class='shareicon'>分享 "
             "<a href='#'>微博</a> <a href='#'>微信</a></div>"
             f"<span id='newscontent'>{'<br><br>'.join(STORY)}</span></div>"
             f"<div><p>{DISCLAIMER}</p></div></div>")
    body = cleaned(_page(inner)).body
    assert body.startswith("本报讯")
    assert body.rstrip().endswith(STORY[-1])


LONGER = [*STORY,
          "据了解，这家包子铺开了十多年，老板夫妇每天凌晨三点起床和面，街坊们都说他们的包子馅足价实。",
          "派出所表示，将把这件好人好事通报给社区，也提醒市民外出时保管好随身财物，贵重物品不要随手放在桌上。",
          "记者来到包子铺时，门口已经排起了长队。几位老顾客说，听说了这件事，今天特意多买了几笼包子。",
          "失主是外地来出差的一位工程师，他说钱包里的证件丢了补办起来很麻烦，没想到这么快就找回来了。",
          "附近的居民告诉记者，这不是包子铺第一次归还失物，去年冬天老板还帮一位迷路的老人找到了家人。",
          "老板说，店里的生意靠的是街坊的信任，捡到东西还给人家，本来就是做人的本分。"]


def test_a_story_with_the_disclaimer_under_its_block_starts_at_its_first_sentence() -> None:
    inner = ("<div class='m-main'><div class='m-layer'><table><tr><td>分享到微信</td>"
             "<td>打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。</td></tr></table></div>"
             f"<div class='title'><h1>{TITLE}</h1><p>某某晚报 2026-11-30 09:12</p></div>"
             + block(*LONGER, cls="m-txt") + f"<div><p>{DISCLAIMER}</p></div></div>")
    body = cleaned(_page(inner)).body
    assert body.startswith("本报讯")
    assert body.rstrip().endswith(LONGER[-1])


def test_a_story_quoting_a_company_statement_keeps_that_paragraph() -> None:
    quoted = "该公司随后发布声明称：门店系加盟店，总部已责令其停业整改，本网将继续关注。"
    body = cleaned(_page(f"<h1>{TITLE}</h1><div>2026-11-30</div>"
                         + "<div class='article'>" + paras([*STORY, quoted]) + "</div>")).body
    assert body.rstrip().endswith(quoted)
