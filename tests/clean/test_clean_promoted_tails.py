# ruff: noqa: E501  (Chinese test strings)
"""A site's promotion lines under the text, and a credit line under a notice's addressee
(issue 14, stop 24: body edges; ``extraction_robust.py``'s ``furniture`` perturbation on the
opened splits: ten pages lost their last sentence or length). Pages in the real markups'
shapes (a ministry's notice page and a university news page: ``<p>`` lines in one content
block), with text written here.

- Two or more promotion lines after the last sentence (``【某某即时】：…``, ``有话要说投稿…``,
  ``加入…粉丝团``): the text ends above the first; the page's lines after them (credit lines,
  a link in brackets, an update stamp, an acknowledgement note) are not the text either.
- A credit line printed between a notice's addressee line and its first sentence
  (``文｜本网记者 某某``) goes with the addressee line.

Lines between the last sentence and the promotions stay as they were: a notice's contact
lines above the promotions stay (the promotions do not). Guard: one
promotion-like line is not enough: a notice's contact lines with one line naming a channel
after them stay whole.
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"
HEAD = ("<html><head><meta charset='utf-8'><title>{t}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/xw/'>新闻</a> <a href='/gk/'>公开</a></div>"
        "<div class='main'><h1>{t}</h1><div class='info'>发布时间：2026-10-12 09:30</div><div class='article'>")
FOOT = "</div></div><div class='foot'>主办单位：某某 版权所有</div></body></html>"
PROMOTIONS = ["【某某即时】：最有料的影音频道", "【某某论坛】：最新评论每日总览", "有话要说投稿「某某论坛」", "加入某某资讯粉丝团"]
STORY = ["10月11日，某某大学举办第十届校园科技节，全校两千余名师生参加了开幕式。",
         "本届科技节为期两周，设有机器人竞赛、创新创业论坛和科普展览等二十余项活动，学校将评选优秀作品予以表彰。"]
NOTICE = ["为加强会计人员管理，明确会计人员范围和专业能力要求，我部制定了《某某人员管理办法》，现予印发，请遵照执行。"]


def _body(title: str, lines: list[str]) -> str:
    page = HEAD.format(t=title) + "".join(f"<p>{x}</p>" for x in lines) + FOOT
    return clean_document(page.encode(), fetched_at=FETCHED).body


def test_lines_after_a_sites_promotions_under_the_text_are_not_text():
    tail = ["（视频报道：http://v.example.edu.cn/reports/1355.html）", "作者：", "张某某 李某某", "摄影：", "王某某",
            "（此稿写作过程中，某某单位给予支持帮助，在此特别致谢）"]
    body = _body("某某大学举办第十届校园科技节", [*STORY, *PROMOTIONS, *tail])
    assert body.startswith(STORY[0])
    assert body.endswith(STORY[1])


def test_a_credit_line_between_a_notices_addressee_and_its_text_goes_with_the_addressee():
    lines = ["财会〔2026〕33号", "各省、自治区、直辖市财政厅（局），新疆生产建设兵团财政局：", "文｜本网记者 李某", *NOTICE]
    assert _body("关于印发《某某人员管理办法》的通知", lines) == NOTICE[0]


def test_a_notices_contact_lines_above_the_promotions_stay():
    contact = ["联系人：王某某", "联系电话：010-12345678"]
    body = _body("关于印发《某某人员管理办法》的通知", [*NOTICE, *contact, *PROMOTIONS])
    assert body.endswith(contact[-1])


def test_one_promotion_like_line_under_a_notices_contact_lines_cuts_nothing():
    tail = ["联系人：王某某", "联系电话：010-12345678", "办事指南频道"]
    body = _body("关于印发《某某人员管理办法》的通知", [*NOTICE, *tail])
    assert body.endswith(tail[-1])
