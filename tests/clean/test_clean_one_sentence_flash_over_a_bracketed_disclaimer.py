# ruff: noqa: E501  (Chinese test strings)
"""A one-sentence flash over a site's bracketed disclaimer (issue 14, stop 37, block choice):
a page in another markup than the real one, with text written here.

A finance portal prints a flash of one sentence (about 35 characters), its editor's line and,
in the same block, a "read more" button and a call to download the site's app; under the
block, its disclaimer: ``【免责声明】本文仅代表作者本人观点，与某某网无关…`` — the heading in
brackets rather than before a colon, the site named by its name rather than as 本网. The
flash is under the weak-body limit, so the blocks set aside for their class words were tried
again without the site's statements; the disclaimer was not read as one, held more prose than
the flash, was taken for the body and then dropped as boilerplate: the page had no text.
Now a statement's heading may close with a bracket, and ``本文仅代表作者`` speaks of the site;
under the editor's line, lines that are only the site's ("read more" words, a call naming the
app) no longer extend the text.

- The flash is the body, the disclaimer out, the button and the app's call out.
- Guard: a paragraph of prose under the editor's line is still kept.
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-04T08:00:00Z"

FLASH = "市人大常委会会议经表决，决定任命张某某、李某某为本市副市长，任期至本届政府届满。"
# The names in the flash link to the site's profile pages.
LINKED = FLASH.replace("张某某", "<a href='/people/101.html'>张某某</a>").replace(
    "李某某", "<a href='/people/102.html'>李某某</a>")
DISCLAIMER = ("本文仅代表作者本人观点，与某某财经网无关。某某财经网对文中陈述、观点判断保持中立，"
              "不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证。请读者仅作参考，并请自行承担全部责任。")
LATER = "会议还听取了关于全市重点项目建设情况的报告，与会人员结合实际提出了意见和建议。"


def _page(after_editor: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>张某某李某某任副市长_某某财经网</title></head><body>"
            "<nav><ul><li><a href='/'>首页</a></li><li><a href='/stock/'>股票</a></li><li><a href='/fund/'>基金</a></li></ul></nav>"
            "<main><header class='article-head'><h2>张某某李某某任副市长</h2>"
            "<p class='info'><time>2026-03-19 10:08</time> <span>某某日报</span></p></header>"
            "<section class='article-text'><p>" + LINKED + "</p>"
            "<p align='right'>【责任编辑：王某 ZB01】</p>"
            + after_editor +
            "</section>"
            "</main><div class='disclaimer-box'><p><b>【免责声明】</b>" + DISCLAIMER + "</p></div>"
            "<footer>关于我们 | 联系我们 | 版权所有 某某财经网</footer></body></html>").encode()


SITE_LINES = ("<section class='more-btn'><em>查看全文</em></section>"
              "<section class='app-download'>想看更多关于本次会议的消息，那就扫码下载某某财经APP阅读吧。</section>")


def test_a_one_sentence_flash_is_not_outweighed_by_a_bracketed_disclaimer() -> None:
    result = clean_document(_page(SITE_LINES), fetched_at=FETCHED)
    assert result.body == FLASH


def test_prose_under_the_editors_line_is_still_kept() -> None:
    # Guard: only the site's lines under the editor's line are cut; a paragraph of prose is
    # the text going on.
    body = clean_document(_page(SITE_LINES.replace("<em>查看全文</em>", LATER)),
                          fetched_at=FETCHED).body
    assert body.startswith(FLASH)
    assert LATER in body
