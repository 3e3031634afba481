# ruff: noqa: E501  (Chinese test strings)
"""A paragraph of running text that names a QR code is the text's, not a share box's line
(stop 34, found on the pool: presswatch's middle paragraphs against GNE's, trafilatura's and
the rendered page). Pages of our own text in the shape of a lottery centre's campaign notice.

The boilerplate rule for QR codes (``pipelines/rules/boilerplate.toml``: a line naming
``二维码`` is a share box's or an account's — ``扫描下方二维码，关注…公众号``, ``长按识别二维码``)
dropped every line naming one, bar a notice's measure numbered ``（四）``. A campaign's
paragraphs (``…前50名购彩者，扫描赠票二维码，即可获赠…。``), an embassy's travel rules
(``…申请绿色二维码，凭码登机。``), an exam notice's steps (``…也可通过扫描二维码登录。``) and a
feature's list of payment modes lost their paragraphs in the middle of the text. Now such a
line stays when it is running text — 40 Chinese characters or more, with a sentence's or a
clause's stop — that calls the reader to no account, app or download (关注, 公众号, 订阅,
微信号, 好友, 添加, 推送, 粉丝, 视频号, 下载, 客户端, 小程序, APP). On the opened pages three
bodies got a paragraph back (inside their labelled spans), on the pool three.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_TITLE = "某市福彩“进店有礼”回馈活动开启"
_OPENING = "为公益而生，向快乐而行！"
_CAMPAIGN = "12月1日至7日，某市福彩“进店有礼”回馈活动开启！每天走进全市试点福彩站的前30名购彩者，扫描赠票二维码，即可获赠彩票2注，免费体验中奖乐趣。"
_RULE = "为确保回馈权益真正被购彩者享有，活动要求购彩者须先扫描赠票二维码进行确认，并向销售人员出示后方可领到赠票；每位购彩者每天在同一站点仅可获赠一次。"
_CLOSING = "进店有礼，快乐到底！活动赠票数量有限，先到先得，赠完即止。"


def _paragraphs(*middle: str) -> list[str]:
    text = "".join(f"<p>{t}</p>" for t in (_OPENING, *middle, _CLOSING))
    return story_paragraphs(_TITLE, f"<div class='article'>{text}</div>")


def test_a_campaigns_paragraph_naming_its_qr_code_is_the_text() -> None:
    paragraphs = _paragraphs(_CAMPAIGN, _RULE)
    assert _CAMPAIGN in paragraphs and _RULE in paragraphs


def test_a_numbered_step_naming_a_qr_code_is_the_text() -> None:
    step = "3.考生可凭网上报名系统的用户名和密码，通过浏览器访问确认网址并登录进行确认，也可通过扫描二维码登录。"
    assert step in _paragraphs(step)


def test_a_call_to_follow_the_account_by_its_qr_code_is_still_not_the_text() -> None:
    call = "扫描下方二维码，关注某市福彩微信公众号。"
    assert call not in _paragraphs(_CAMPAIGN, call)


def test_a_long_call_to_add_the_account_by_its_qr_code_is_still_not_the_text() -> None:
    call = "只要在添加朋友处输入微信号，或者扫描上图二维码就可以加上啦。我们每天向大家推送本站的更新和活动信息，这样大家就能保持接受本站的最新故事啦！"
    assert call not in _paragraphs(_CAMPAIGN, call)
