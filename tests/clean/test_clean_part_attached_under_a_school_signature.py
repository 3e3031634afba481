# ruff: noqa: E501  (Chinese test strings)
"""A part attached under a signature by a titled heading (stop 35, after fresh16), on pages
of our own text in the shape of a school site's rules page.

A school's rules closed their last section, then the school's name and ``2018年9月`` (a
month, no day) as the signature, then ``附：某某规定`` and the attached rules in lines of
prose. The signature was no notice's (no day in the date, a school for an issuer) and the
attached part was prose, so all of it stayed as the text. The label rules leave the
signature and the attachment out wherever they stand; a notice that says it issues what it
attaches (``现将《…办法》印发给你们``) keeps the attached measures, as they say too.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

RULES = [
    "为了规范学校车辆的使用，提高车辆使用效益，满足教育教学工作的需要，制定本规定。",
    "一、用车范围",
    "1．外聘专家、教师的接送。",
    "2．各处室运送较重的物品。",
    "二、节约用车",
    "各部门外出办事尽量集中前往，一般不派专车等候。全校教职工应主动为学校分忧，共同做好节约用车。",
]
SIGNATURE = ["某某市第一初级中学", "2024年9月"]
ATTACHED = [
    "附：教师车辆校内行驶路线、时间规定",
    "教师车辆校内行驶路线、时间：",
    "7:00-7:50从北门进校，入车库，7:50之后车辆不能进入校园。",
    "17:30之后离校，车辆沿校园东边绕行，从南门离校。",
]


def _page(lines: list[str]) -> str:
    inner = "".join(f"<p>{line}</p>" for line in lines)
    return (page_head("某某市第一初级中学用车管理规定")
            + "<div class='nav'><a href='/'>首页</a> &gt; <a href='/aq/'>安全制度</a> &gt; 正文</div>"
            "<div class='art'><h2>某某市第一初级中学用车管理规定</h2>"
            "<div class='info'>发布日期:2024-12-20 作者：总务处</div>"
            f"<div class='content'>{inner}</div></div>"
            "<div class='foot'>版权所有 某某市第一初级中学</div></body></html>")


def test_a_titled_part_attached_under_a_school_signature_is_not_the_text() -> None:
    paragraphs = cleaned(_page(RULES + SIGNATURE + ATTACHED)).paragraphs
    assert paragraphs[-1] == RULES[-1]


def test_measures_a_notice_says_it_issues_stay_under_its_signature() -> None:
    notice = ["现将《教师车辆校内行驶规定》印发给你们，请认真遵照执行。"]
    paragraphs = cleaned(_page(notice + SIGNATURE + ATTACHED)).paragraphs
    assert paragraphs[-1] == ATTACHED[-1]


def test_a_sites_promotion_lines_over_the_signature_go_with_it() -> None:
    # Stop 36, the robustness run (sszx-school-vehicle-use-rules under ``furniture``): the
    # site's promotion lines printed under the rules' last section stood between it and the
    # signature, so no sentence closed over the signer and all of it stayed.
    promotions = ["【某某即时】：最有料的影音频道", "有话要说投稿「某某论坛」", "加入某某资讯粉丝团"]
    paragraphs = cleaned(_page(RULES + promotions + SIGNATURE + ATTACHED)).paragraphs
    assert paragraphs[-1] == RULES[-1]
