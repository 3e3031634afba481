# ruff: noqa: E501  (Chinese test strings)
"""A short text whose own block, and every wrapper around it, carries a widget's class word
(issue 14, stop 31, block choice): pages in the shapes of real templates, with text written
here.

A template may class the block holding the text, and the wrappers around it, with words
that elsewhere mark widgets (``page-ad``, ``print``, ``editor-box``, ``bottom_wrap``,
``m-tool-con``), or give a short notice's one paragraph a widget's id (``id="print"``).
Blocks so classed are set aside unless they hold 600 Chinese characters; a short text held
in them was lost: the body came out empty, or as the addressee line without the notice's
sentence. Now a class-marked block holding most (half or more) of the page's prose is the
text's block whatever its class says, and so is a class-marked block holding most of such a
block's prose (the text's paragraph in its container). Readers' comments and hidden blocks
stay out whatever they hold.

- A short report in a ``page-ad``/``side`` block under its headline box: the report.
- A notice's one paragraph classed and id'd as a tool inside classed wrappers: the paragraph
  is the text (not the addressee line alone).
- A one-sentence notice in a ``page-tool``/``print`` box under its headline: that sentence.
- Guard: a related box of teasers beside a long story stays out (it holds little of the
  page's prose).
- Guard: readers' comments holding more prose than a short post stay out.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "市文化馆举办少儿书法作品展"
LONG_TITLE = "市文化和旅游局负责人就全市少儿书法作品展开幕及冬季公共文化服务安排答记者问"
REPORT = ["本报讯 11月28日上午，市文化馆少儿书法作品展在一楼展厅开幕，展出全市中小学生书法作品一百二十余幅。",
          "这些作品从今年暑期以来各学校报送的六百多幅作品中评选产生，既有楷书、隶书，也有行书和篆书，不少作品笔力稳健、章法讲究。",
          "文化馆负责人介绍，展览将持续到12月底，其间每周六下午还将邀请书法家现场讲解，市民可免费参观。"]
NAV = ("<div class='menu'><a href='/'>首页</a> <a href='/xw/'>新闻</a> <a href='/gg/'>公告</a> "
       "<a href='/fw/'>服务</a></div>")
FOOT = ("<div class='footer'><p>版权所有：某某市文化馆，未经授权不得转载。</p>"
        "<p>地址：某某市人民路1号，邮编：100000，电话：010-00000000。</p></div>")


def _page(title: str, inner: str) -> str:
    return page_head(title) + NAV + inner + FOOT + "</body></html>"


def test_a_short_report_in_an_ad_classed_block_under_its_headline_box_is_the_text() -> None:
    inner = ("<div class='m-tool-con'>"
             f"<div class='hd'><h2>{LONG_TITLE}</h2><p>文章来源：某某市文化和旅游局 2026-11-30 09:12</p></div>"
             "<div class='page-ad' id='side'>" + "".join(f"<p>{p}</p>" for p in REPORT)
             + "</div></div>")
    body = cleaned(_page(LONG_TITLE, inner)).body
    assert body.startswith(REPORT[0])
    assert body.rstrip().endswith(REPORT[-1])


NOTICE_TITLE = "关于做好冬季供暖保障工作的通知"
ADDRESSEE = "各区县人民政府，市政府各部门，各直属机构，各人民团体，各高等院校，驻市各单位，各有关企业："
NOTICE = ("为切实做好今冬明春供暖保障工作，确保群众温暖过冬，根据有关规定，现将《冬季供暖保障工作方案》"
          "印发给你们，请结合实际认真贯彻执行。")


def test_a_notice_paragraph_classed_as_a_tool_inside_classed_wrappers_is_the_text() -> None:
    inner = ("<div class='bottom_wrap'><div class='editor-box'>"
             f"<h2>{NOTICE_TITLE}</h2><div class='print'><div class='m-side-con'><div class='page-info'>"
             f"<p>某政发〔2026〕12号</p><p>{ADDRESSEE}</p>"
             f"<p class='tool_wrap' id='print'>{NOTICE}</p>"
             "<p>附件：冬季供暖保障工作方案</p><p>某某市人民政府</p><p>2026年11月28日</p></div></div>"
             "<div><p>附件下载:</p><ul><li><a href='/f/1.docx'>冬季供暖保障工作方案.docx</a></li></ul></div>"
             "</div></div></div><div><span>发布日期: 2026年11月30日</span></div>")
    body = cleaned(_page(NOTICE_TITLE, inner)).body
    assert NOTICE in body


ONE_TITLE = "某某银行股份有限公司首次公开发行股票申请文件反馈意见"
ONE_LINE = "某某银行股份有限公司首次公开发行股票申请文件反馈意见，具体见附件。"


def test_a_one_sentence_notice_in_a_print_classed_box_is_the_text() -> None:
    inner = (f"<div class='page-tool' id='print'><h2>{ONE_TITLE}</h2><p>时间：2026-11-30</p>"
             f"<div>{ONE_LINE}</div><p><a href='/f/1.pdf'>附件：反馈意见.pdf</a></p></div>")
    body = cleaned(_page(ONE_TITLE, inner)).body
    assert body.strip() == ONE_LINE


LONG = [*REPORT,
        "开幕式上，几位获奖学生代表现场挥毫，写下了迎新春的对联，引来不少家长驻足观看。",
        "一位带孩子来参观的家长说，孩子学书法三年了，这次看到同龄人的作品，回家练字更有劲头了。",
        "据了解，市文化馆每年寒暑假都开设少儿书法公益班，今年已有四百多名孩子报名参加。",
        "文化馆还计划明年把优秀作品送到社区和乡村学校巡回展出，让更多孩子感受传统文化的魅力。"]
TEASERS = ["市图书馆冬季阅读季启动，二十场讲座等你来……", "社区合唱团新年音乐会门票今起领取，每人限两张……"]


def test_a_related_box_beside_a_long_story_stays_out() -> None:
    related = ("<div class='related'><h3>相关新闻</h3>"
               + "".join(f"<p><a href='/xw/{k}.html'>{t[:10]}</a> {t}</p>" for k, t in enumerate(TEASERS))
               + "</div>")
    inner = (f"<h1>{TITLE}</h1><div>2026-11-30 09:12</div><div class='content'>"
             + "".join(f"<p>{p}</p>" for p in LONG) + "</div>" + related)
    body = cleaned(_page(TITLE, inner)).body
    assert body.rstrip().endswith(LONG[-1])
    assert "阅读季" not in body


POST = ["楼下新开的早餐店今天试营业，豆浆油条都很地道，价格也实惠，推荐大家去尝尝。"]
COMMENTS = [f"网友{k} 2026-11-30 1{k}:20 回复：{text}" for k, text in enumerate([
    "去过了，豆浆是现磨的，味道确实不错，就是早上人太多，排队要等十来分钟，建议早点去。",
    "油条炸得很酥，不过我觉得稍微有点咸，老板说可以提意见，下次去再看看有没有改进。",
    "价格比别家便宜一块钱左右，分量也足，希望能一直开下去，别像上一家那样半年就关门了。",
    "周末带孩子去吃了，孩子很喜欢他们家的小笼包，店面不大但是收拾得很干净，服务也热情。"])]


def test_readers_comments_holding_more_prose_than_a_short_post_stay_out() -> None:
    inner = (f"<h1>{TITLE}</h1><div>2026-11-30 09:12</div><div class='post'><p>{POST[0]}</p></div>"
             "<div class='comment_wrap'>" + "".join(f"<p>{c}</p>" for c in COMMENTS) + "</div>")
    body = cleaned(_page(TITLE, inner)).body
    assert body.strip() == POST[0]
