"""Headlines of stop 31 (before fresh13): a question-and-answer page's question over its
reply's info line, inside the text's block (no ``<title>``, no stated headline, no classes:
the ``bare`` perturbation of such a page).

A tax office's reply page prints the reader's question as the headline in a ``<span>`` that
opens the text's block, then the info box (``<div><span>留言时间:</span><span>1573582167000
</span> <span>答复时间:2025年11月14日</span>…</div>`` and a share bar), then the reply. The
question, over 20 Chinese characters and closed by ``？``, was read as the text's first
paragraph (a line closed by a question's mark was a sentence, and its date line is the fifth
element after it); and as a span in a block long with the share bar's markup it counted as a
piece of a longer line. A line closed by ``？`` or ``！`` over its info box heads the text, and
an inline run with a break or nothing on each side stands on a line of its own.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

QUESTION = "个体工商户把经营所得转到经营者本人的账户，还需要另外缴纳个人所得税吗？"
REPLY = [
    "您好！您提交的问题已收悉，现答复如下：个体工商户的经营所得按规定申报缴纳个人所得税后，"
    "转入经营者本人账户的款项不再另行缴纳个人所得税。",
    "上述答复仅供参考，具体请以现行税收法律法规为准，也可以拨打当地税务机关的纳税服务热线咨询。",
]
SHARE = ("<div><div><div><a href='#' style='display:none'>微信</a><a href='#'>微博</a></div><div>"
         + "".join(f"<a href='/s/{n}'>分享到第{n}个平台</a>" for n in range(60))
         + "</div></div></div>")


def page(info: str) -> str:
    """A reply page without ``<title>`` or classes: the menu, then the text's block with
    the question, ``info`` and the share bar over the reply."""
    return (page_head() + "<div><a href='/'>首页</a> <a href='/hd/'>互动</a></div>"
            f"<div><div><span>{QUESTION}</span><div>{info}{SHARE}</div></div>"
            f"{paras(REPLY)}</div></body></html>")


def test_question_over_its_reply_info_box_is_the_headline() -> None:
    info = ("<div><span>留言时间:</span><span>1573582167000</span> <span>答复时间:2025年11月14日"
            "</span> <span>答复单位：城南区税务局网站</span></div>")
    assert cleaned(page(info)).title == QUESTION

