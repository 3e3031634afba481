# ruff: noqa: E501  (Chinese test strings)
"""Short texts with a site's lines in their own block (issue 14, stop 23: body edges on
unseen markup). Pages in the real markup's shapes (a city department's notice page and a
local paper's brief: ``<p>`` lines in one content block under the headline and its info
line, the site's footer in a block of its own), with text written here.

A footer is recognised by its marks (``版权所有``, ``Copyright``, ``©``, ``联系我们``,
``电话：``, ``地址：``…): a block showing two kinds never wins. A notice closing with its
contact lines after three sentences was kept; one with one or two sentences (a 公示 of two
lines over ``联系人：`` / ``电话：`` / ``地址：``), or a brief whose block ends with the paper's
``Copyright © … All rights reserved.`` line, lost its whole text: the page came out empty.

- A two-sentence 公示 over its contact lines: the text is found.
- A two-sentence brief over the paper's copyright line: the text is found, the copyright
  line is not part of it.
- A brief over a ``联系我们：…电话：…`` line: the text is found.
- Guard: a footer without class words that opens with a sentence about the site (over more
  marks than it holds prose) is still a footer, not the body, beside a one-sentence brief.

Tails nobody had listed (the unlabelled pool's pages where presswatch ran past GNE's and
trafilatura's end): lines that are each a link after the text's last sentence (a related
list of whole sentences under a heading of the site's own words, a document's link) and the
lines of no sentence under a notice's signature (its issuer over the signing date, then
labelled addresses and a contact card). Guards: a sentence closed after a link (``详见
<a>附件</a>。``) or holding one stays; a sentence under a signature keeps the signature.
"""

from __future__ import annotations

import pytest

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"

HEAD = ("<html><head><meta charset='utf-8'><title>{title}_某市应急管理局</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/xw/'>新闻动态</a> <a href='/gk/'>政务公开</a>"
        " <a href='/fw/'>办事服务</a></div><div class='main'><h1>{title}</h1>"
        "<div class='info'>发布时间：2026-10-12 09:30 来源：市应急管理局</div><div class='content'>")
FOOT = ("</div></div><div class='foot'><p>主办单位：某市人民政府办公室 承办单位：某市大数据中心</p>"
        "<p>网站标识码：1234567890 某ICP备12345678号</p></div></body></html>")


def _body(page: str) -> str:
    return clean_document(page.encode(), fetched_at=FETCHED).body


def _page(title: str, lines: list[str], after: str = "") -> str:
    """The page with ``lines`` as the text block's paragraphs, then ``after`` in it."""
    return HEAD.format(title=title) + "".join(f"<p>{t}</p>" for t in lines) + after + FOOT


NOTICE = [
    "根据有关规定，现将2026年度市级安全生产标准化示范企业名单予以公示，公示期为5个工作日。",
    "公示期间，如有异议，请以书面形式向市应急管理局反映。",
]
BRIEF = [
    "10月11日，市应急管理局召开新闻发布会，通报今年第三季度全市安全生产形势。",
    "下一步，全市将继续开展燃气、消防和道路交通领域的隐患排查整治。",
]


def test_a_two_sentence_notice_over_its_contact_lines_keeps_its_text():
    page = _page("2026年度市级安全生产标准化示范企业名单公示", NOTICE,
                 "<p>联系人：王某</p><p>电话：0123-4567890</p><p>地址：某市人民路1号</p>")
    body = _body(page)
    assert body.startswith(NOTICE[0])
    assert NOTICE[1] in body


@pytest.mark.parametrize("line", ["Copyright © 2026 Some City Daily. All rights reserved.",
                                  "联系我们：某市应急管理局宣传科  电话：0123-4567890"],
                         ids=["copyright", "contact-us"])
def test_a_brief_over_its_papers_copyright_or_contact_line_keeps_its_text(line):
    body = _body(_page("某市通报第三季度安全生产形势", BRIEF, f"<p>{line}</p>"))
    assert body.startswith(BRIEF[0])
    assert BRIEF[1] in body
    assert "Copyright" not in body  # the paper's line is not part of the text


def test_a_footer_opening_with_a_sentence_about_the_site_is_still_not_the_body():
    brief = "10月11日，市应急管理局联合市消防救援支队对城区三家大型商场开展消防安全检查，现场督促整改隐患六处。"
    footer = ("<div><p>本网站是某市应急管理局的官方网站，发布全市应急管理工作的政策文件、工作动态和办事指南，欢迎广大市民访问。</p>"
              "<p>版权所有：某市应急管理局 主办单位：某市应急管理局办公室 承办单位：某市应急管理信息中心 技术支持：某某网络科技有限公司</p>"
              "<p>联系我们：某市应急管理局办公室 地址：某市人民路一号市政府大院五号楼 电话：0123-4567890 邮编：123456</p></div>")
    page = (HEAD.format(title="市应急管理局开展商场消防安全检查") + f"<p>{brief}</p>"
            + "</div></div>" + footer + "</body></html>")
    assert _body(page) == brief


RELATED = ["市应急管理局部署国庆期间安全防范工作，要求各区严格落实值班制度。",
           "我市开展消防安全大检查，覆盖全部大型商场和学校。"]


def test_linked_lines_after_a_briefs_last_sentence_are_not_its_text():
    # A related list printed as paragraphs that are each a link (whole sentences), under
    # a heading of the site's own words, in the text's block; then a document's link.
    page = (HEAD.format(title="某市通报第三季度安全生产形势")
            + "".join(f"<p>{t}</p>" for t in BRIEF) + "<p>【看点】</p>"
            + "".join(f"<p><a href='/xw/{k}.html'>{t}</a> <span>2026-10-0{k}</span></p>"
                      for k, t in enumerate(RELATED, 1))
            + "<p><a href='/u/1.pdf'>第三季度安全生产形势通报.pdf</a></p>" + FOOT)
    body = _body(page)
    assert body.startswith(BRIEF[0])
    assert body.endswith(BRIEF[1])


def test_a_link_closing_the_last_sentence_or_inside_it_stays():
    # Guard: the last sentence may end in a link (详见<a>附件</a>。) or hold one; and a
    # last line that is a link after a line break in the same block, before which the
    # text closes no sentence, is the text's own.
    closing = "具体名单详见<a href='/u/2.pdf'>附件</a>。"
    page = _page("2026年度市级安全生产标准化示范企业名单公示", [NOTICE[0], closing])
    assert _body(page).endswith("具体名单详见附件。")
    inside = "公示期间，如有异议，请登录<a href='/hd/'>市应急管理局网上信访平台</a>反映"
    page = _page("2026年度市级安全生产标准化示范企业名单公示", [NOTICE[0], inside])
    assert _body(page).endswith("市应急管理局网上信访平台反映")


CALL = ["为展示哲学社会科学研究的最新成果，我办拟在报刊专版刊发优秀论文，现面向全市社科界征集稿件。",
        "一、征稿范围",
        "围绕经济社会发展中的重大理论和现实问题，每篇稿件以三千字左右为宜。",
        "二、投稿要求",
        "稿件须为未公开发表的原创成果，引用他人著述须注明出处，不得一稿多投。",
        "来稿请注明作者姓名、单位和联系方式，稿件一经录用，我办将及时通知作者本人。"]


def test_links_and_contact_lines_under_a_notices_signature_are_not_its_text():
    # A call for papers signed by the office and dated, then the papers' pages as labelled
    # addresses and a contact card: no sentence after the signature.
    tail = ["市社科规划办", "2026年1月10日", "《某市日报》理论专版链接：",
            "http://www.example.gov.cn/llzb/index.html", "《某市社会科学报》专刊链接：",
            "http://www.example.gov.cn/skb/index.html", "联系人：王某 电话：0123-4567890"]
    page = _page("关于征集理论专版稿件的通知", CALL + tail)
    body = _body(page)
    assert body.startswith(CALL[0])
    assert body.endswith(CALL[-1])


def test_a_sentence_under_a_notices_signature_keeps_everything_above_it():
    # Guard: a postscript sentence after the signature is text; so is the signature then.
    ps = "请各单位于一月底前将落实情况报送市社科规划办，联系人王某。"
    page = _page("关于征集理论专版稿件的通知", [*CALL, "市社科规划办", "2026年1月10日", ps,
                                             "http://www.example.gov.cn/llzb/index.html"])
    body = _body(page)
    assert "市社科规划办\n\n2026年1月10日" in body
    assert ps in body


def test_readers_comments_without_a_heading_are_cut_at_the_first_commenters_line():
    # A portal's page with its comments in a block of no class: each a commenter's name
    # and the full date and clock over the comment's sentences.
    comments = ["lanshan88 发表评论于 2026-10-12 23:06:09", "这样的检查应该常态化，不能一阵风。",
                "老王在路上 发表评论于 2026-10-12 22:59:51", "商场的消防通道确实经常被堵，早该管管了。"]
    page = (HEAD.format(title="某市通报第三季度安全生产形势")
            + "".join(f"<p>{t}</p>" for t in BRIEF) + "</div><div>"
            + "".join(f"<p>{t}</p>" for t in comments) + FOOT)
    body = _body(page)
    assert body.startswith(BRIEF[0])
    assert body.endswith(BRIEF[1])


FORWARD = "《某省关于支持中小企业设备更新的若干措施》已经省政府同意，现印发给你们，请认真贯彻落实。"


def test_a_forwarding_notices_issuer_lines_under_its_one_sentence_are_not_its_text():
    # Each block of the text in sections of its own (a page builder's layout), the attached
    # measures' title under the signature: the signing date is read as the page's date
    # line, the issuers' lines stayed under the sentence.
    lines = [FORWARD, "某省发展和改革委员会 某省工业和信息化厅",
             "国家金融监督管理总局某省监管局 中国人民银行某省分行", "2026年10月9日",
             "《某省关于支持中小企业设备更新的若干措施》"]
    page = (HEAD.format(title="关于印发《某省关于支持中小企业设备更新的若干措施》的通知")
            + "".join(f"<section><section><p>{t}</p></section></section>" for t in lines) + FOOT)
    assert _body(page) == FORWARD


def test_a_sites_info_line_above_a_one_sentence_notice_is_not_its_text():
    # The site's name and address with 时间：/来源： printed in the text's block above it.
    sentence = "某某科技股份有限公司首次公开发行股票申请文件反馈意见，具体见附件。"
    page = _page("某某科技股份有限公司首次公开发行股票申请文件反馈意见",
                 ["某监管委员会 www.example.gov.cn 时间：2026-10-09 来源：", sentence])
    assert _body(page) == sentence


def test_a_list_of_organisations_after_a_colon_line_stays():
    # Guard: organisations' names under a line announcing them are the notice's content.
    lines = ["经评审，下列单位获评2026年度安全生产先进单位。", "名单如下：",
             "某市第一建筑工程有限公司", "某市燃气集团", "某区应急管理局"]
    page = _page("2026年度安全生产先进单位名单", lines)
    assert _body(page).endswith("某区应急管理局")


def test_a_list_of_other_stories_each_closed_by_its_date_is_not_the_texts_end():
    # A portal's "展开全文" button and its recommended stories in the text's block, each a
    # headline (some with a column) over its date alone; a tips line under them.
    items = [("奖牌递补之后，老将未来或尝试新项目｜专访", "体育", "2026-3-23"),
             ("见证冬季运动会的这些名场面你都记得吗？", "冬运", "2026-2-20"),
             ("这座城市将创造历史，举办城市还有这些故事", None, "2026-1-30"),
             ("早间新闻：一周内两度公开表态，释放哪些信息？", "时事", "2025-10-20")]
    lines = [line for item in items for line in item if line]
    page = _page("某市通报第三季度安全生产形势",
                 [*BRIEF, "展开全文", "相关推荐", *lines, "报料邮箱：tips@example.com"])
    body = _body(page)
    assert body.startswith(BRIEF[0])
    assert body.endswith(BRIEF[1])


def test_dated_entries_of_a_chronicle_stay():
    # Guard: a text's own dated entries (a line of sentences under each date) are text.
    lines = [*BRIEF, "2026-1-10", "全市开展燃气安全专项检查，排查隐患三百余处。", "2026-4-12",
             "市应急管理局组织城区商场开展消防演练。", "2026-7-20", "汛期前完成全部易涝点的排查整治。"]
    page = _page("某市通报第三季度安全生产形势", lines)
    assert _body(page).endswith("汛期前完成全部易涝点的排查整治。")
