# ruff: noqa: E501  (Chinese test strings)
"""A short text whose own container is classed with widgets' words, inside a wrapper (classed
so too) that also holds the headline, the info line and the site's lines (issue 14, stop 35:
opened pages under the ``widget-classed`` perturbation; pages in the shapes of real
templates, text written here).

With every class word believed, nothing of the text is left; the body found without
believing them is the wrapper, and of the set-aside blocks inside it only those holding
half of its text came back. A wrapper's other lines — a breadcrumb, the headline, an info
line, a site's promotion paragraphs, a list of the notice's items — may hold as much, so the
text's container (``share-box`` › ``caption``) stayed set aside and the body was the
promotion, or the notice without its first paragraph. Now the set-aside block inside the
wrapper holding the most prose comes back too, with the blocks inside it holding half its
prose, when it holds running text and is no list of linked items, readers' comments or the
site's statement.

- A game site's short story in ``share-box`` › ``caption`` inside a ``comment_wrap`` that
  holds the breadcrumb, headline, info line, the site's statement and two promotion
  paragraphs: the story.
- A notice whose first paragraph is classed ``share-box`` (id ``footer``) inside a
  ``comment_wrap`` holding its items (lines without punctuation): the paragraph opens it.
- Guards: a related list in the wrapper (linked headlines over excerpts of other stories,
  more prose than the story) is no text's container and stays out; nor is a list classed
  as readers' comments (``commentlist``) holding more prose than the story; the text's own
  container with the id ``comment`` (one block, no list of comments) still comes back.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "秋季新款针织衫走红 玩家晒出创意搭配"
STORY = ["最近一件造型奇特的针织衫在网络上迅速走红，不少玩家纷纷晒出自己的创意搭配，让人眼前一亮。",
         "这件针织衫背后大面积镂空，正面却严严实实，有网友调侃说这是“前面保守后面开放”的设计。",
         "一位玩家用它搭配了游戏角色的造型，清新的配色和细致的道具获得了大量点赞，一起来欣赏一下吧！"]
PROMOTION = ["某某游戏排行榜是由本站推出的国内最全面、最专业、最公正的多平台游戏评测榜单，欢迎玩家参与评分，说出你的看法。",
             "本站游戏客户端为广大玩家提供最及时的游戏资讯和最丰富的礼包资源，扫码即可下载，每天都有新惊喜等你来拿。"]
NAV = ("<div class='menu'><a href='/'>首页</a> <a href='/xw/'>资讯</a> <a href='/ph/'>排行</a> "
       "<a href='/lb/'>礼包</a></div>")
FOOT = "<div class='footer'><p>关于我们 | 联系我们 | 版权所有 某某网</p></div>"


def _page(title: str, inner: str) -> str:
    return page_head(title) + NAV + inner + FOOT + "</body></html>"


def _story_page(related: str = "", outer: str = "class='share-box'") -> str:
    inner = ("<div class='page-related'><div class='comment_wrap'>"
             "<span class='location'><a href='/'>某某游戏</a> &gt; <a href='/wj/'>玩家资讯</a> &gt; 正文页</span>"
             f"<h1>{TITLE}</h1><div>2026-11-30 14:52:06 来源：某某游戏</div>"
             f"<div {outer}><div class='caption' id='related'>"
             + "".join(f"<p>{p}</p>" for p in STORY) + "</div></div>"
             "<div class='mianze'>本站声明：本站登载此文出于传递更多信息之目的，并不意味着赞同其观点。</div>"
             + "".join(f"<p>{p}</p>" for p in PROMOTION) + related + "</div></div>")
    return _page(TITLE, inner)


def test_a_story_in_widget_classed_containers_beside_the_sites_promotion_is_the_text() -> None:
    body = cleaned(_story_page()).body
    paragraphs = [p for p in body.split("\n") if p]
    assert paragraphs[0] == STORY[0]
    assert STORY[-1] in paragraphs
    assert not any("客户端" in p for p in paragraphs[:3])


RELATED = [("冬季限定皮肤今日上线", "新皮肤延续了清新的配色风格，细节处加入了雪花元素，玩家登录即可领取试用卡，活动持续一周。"),
           ("玩家自制道具教程走红", "这位玩家用纸板和彩色胶带做出了整套道具，成本不到五十元，教程发布后一天内收获了上万次收藏。"),
           ("年度游戏评选投票开启", "本次评选共设十二个奖项，玩家可以在活动页面为喜欢的作品投票，投票截止到下个月的月底为止。")]


def test_a_related_list_in_the_wrapper_holding_more_prose_stays_out() -> None:
    related = ("<ul class='related_wrap'>" + "".join(
        f"<li><a href='/{n}.html'>{title}</a><p>{excerpt}</p></li>"
        for n, (title, excerpt) in enumerate(RELATED, 1)) + "</ul>")
    body = cleaned(_story_page(related)).body
    paragraphs = [p for p in body.split("\n") if p]
    assert paragraphs[0] == STORY[0]
    assert not any(title in body or excerpt in body for title, excerpt in RELATED)


COMMENTS = ["这件针织衫的设计真是太有意思了，我也想买一件试试。不知道冬天穿会不会冷，有没有人知道哪里能买到呢？",
            "配色很清新，道具也做得很细致，看得出来花了不少心思。希望以后能多看到这样的作品分享，支持原创搭配。",
            "说实话我觉得一般般吧，不过拍照的角度选得确实不错。光线也很好，整体效果还是挺舒服的，点个赞。"]


def test_a_list_classed_as_readers_comments_in_the_wrapper_stays_out() -> None:
    comments = ("<ol class='commentlist'>" + "".join(
        f"<li class='alt' id='comment-{n}'><cite>玩家{n}</cite>的评论<br><small class='commentmetadata'>"
        f"<a href='#comment-{n}'>November 30th, 2026 at {n}:32 pm</a></small><p>{c}</p></li>"
        for n, c in enumerate(COMMENTS, 1)) + "</ol>")
    body = cleaned(_story_page(comments)).body
    paragraphs = [p for p in body.split("\n") if p]
    assert paragraphs[0] == STORY[0]
    assert not any(c[:12] in body for c in COMMENTS)


def test_the_texts_container_ided_comment_still_comes_back() -> None:
    body = cleaned(_story_page(outer="class='tags' id='comment'")).body
    paragraphs = [p for p in body.split("\n") if p]
    assert paragraphs[0] == STORY[0]
    assert STORY[-1] in paragraphs


NOTICE_TITLE = "关于做好2026年度退役士兵安置工作的通知"
FIRST = ("各乡镇人民政府、街道办事处，区直各单位：根据《退役士兵安置条例》和上级有关文件精神，"
         "现将2026年度退役士兵安置工作有关事项通知如下。今年安置任务重、时间紧，"
         "请各单位认真抓好落实，确保安置工作平稳有序。")
ITEMS = ["一、安置对象", "2025年冬季入伍并于2026年退出现役的士官和义务兵", "二、安置方式",
         "逐月领取退役金 自主就业 安排工作 供养", "三、报到时间和地点", "2026年12月10日前 区退役军人事务局二楼服务大厅",
         "四、所需材料", "退出现役登记表 身份证 户口簿 档案材料", "五、工作要求",
         "各单位要高度重视，明确专人负责，按时完成接收安置任务。"]
SIGNATURE = ["某某区退役军人事务局", "2026年11月30日"]


def test_a_notice_paragraph_classed_as_a_footer_inside_its_classed_wrapper_opens_the_text() -> None:
    inner = ("<div class='m-footer-con'><div class='page-related'>"
             f"<h1>{NOTICE_TITLE}</h1><div>发布时间：2026-11-30 来源：区退役军人事务局</div>"
             "<div class='comment_wrap' style='padding:20px'>"
             f"<p class='share-box' id='footer'>{FIRST}</p>"
             + "".join(f"<p>{p}</p>" for p in ITEMS + SIGNATURE) + "</div></div></div>")
    body = cleaned(_page(NOTICE_TITLE, inner)).body
    paragraphs = [p for p in body.split("\n") if p]
    assert paragraphs[0] == FIRST
    assert ITEMS[-1] in paragraphs
