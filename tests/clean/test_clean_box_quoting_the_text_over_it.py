# ruff: noqa: E501  (Chinese test strings)
"""A box over the text that quotes a paragraph from further down in it (issue 14, stop 35,
where the text starts; fresh16's tnl-europe-asia-legal-gender-change-rules-taiwan-explainer
and if-news-liu-ting-mother-on-transition-2015): pages in the shapes of two real templates,
with text written here.

The labels leave out a box printed apart from the text's block, whether or not the text
repeats it (stop 31's rule). A box carrying no summary's class word was taken as the text's
lead when it quoted a paragraph from further down — a card titled ``我们想让你知道的是`` over
the author's card, before the text's block, holding the text's conclusion (a page builder's
lead field for :func:`pipelines.articlebody._wrapped_lead`); a framed ``导语`` box (empty
corner blocks above and below its paragraph) at the top of the block that wraps the text's
block, holding a paragraph printed again in the text (a pull quote). Each opened the text,
and the cleaning then dropped the text's own copy as a repeat. Now a box whose last twenty
Chinese characters the text under it holds, anywhere, is apart from the text, as a box the
text's opening repeats already was; a frame's empty blocks do not make a box of many blocks.

Guards: a lead field with no copy in the text still opens it; a first paragraph of the text's
own block that a later paragraph quotes stays the first.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "一次看懂各地老旧小区加装电梯的补贴规定，本市该如何借鉴"
TEXT = ["过去，老旧小区的居民若想加装电梯，往往要自己筹措全部费用，还要逐户征得同意，常常因为一户反对而搁置多年。",
        "近年来，多地陆续出台补贴办法，对加装电梯给予财政资金支持，并简化了规划审批和征询意见的程序。",
        "本文以文字和图表的方式，为您整理各地加装电梯的补贴标准与办理流程，方便读者比较。",
        "多数城市按部补贴，标准从十万元到二十万元不等",
        "首先，多数城市采取按部定额补贴的方式，每部电梯补贴十万元到二十万元不等，个别城市还对低楼层住户给予补偿。",
        "其次，在审批程序上，多地将加装电梯纳入简易审批，由街道牵头组织居民协商，住建部门限时办结。",
        "因此，下一步期待本市在听取各方意见后，完善现有的补贴标准，同时简化办理流程，让更多居民早日实现出行无障碍的心愿。"]
CONCLUSION = "下一步，除了期待本市在听取各方意见后完善补贴标准，也希望能简化办理流程，让更多居民早日实现出行无障碍的心愿。"


def _card_page(card: str) -> str:
    """A page builder's article: the author's card and a titled card in one block, an ad
    slot, then the text's block."""
    return (page_head(TITLE) + f"<h1>{TITLE}</h1><div class='article-body-item'><div class='item'>"
            "<section class='authors-wrapper'><div class='card author-wrapper'><div class='card-body'>"
            "<a href='/author/1'><small>王</small><div class='h5 card-title'>王某某</div></a>"
            "<p class='card-text'>本网实习生</p></div></div></section>"
            f"<section class='border notch-card mb-5'>{card}</section></div>"
            "<div class='js-advertise ad-content'><div class='tmgad'></div></div>"
            "<section class='item article-body'>" + "".join(
                f"<h3>{p}</h3>" if not p.endswith("。") else f"<p>{p}</p>" for p in TEXT)
            + "<p>责任编辑：李某某</p></section></div>"
            "<div class='footer'>关于我们 联系我们 版权所有</div></body></html>")


def test_a_titled_card_quoting_the_texts_conclusion_does_not_open_the_text() -> None:
    card = f"<div class='h5 headine simple section-title'>我们想让你知道的是</div><p class='h6 text-muted'>{CONCLUSION}</p>"
    body = cleaned(_card_page(card)).body
    assert body.startswith(TEXT[0])
    assert body.rstrip().endswith(TEXT[-1])


def test_a_lead_field_the_text_does_not_repeat_still_opens_it() -> None:
    lead = "记者近日走访本市多个老旧小区发现，加装电梯的意愿普遍强烈，但费用分摊和邻里协商仍是两道难关。"
    body = cleaned(_card_page(f"<p class='h6 text-muted'>{lead}</p>")).body
    assert body.startswith(lead)


STORY_TITLE = "老人谈女儿回乡创业：她这些年过得太辛苦 开心就好"
STORY = ["5月8日之前，村里人提起“种粮大户王某”，说的都是她的父亲，如今，这个称呼要改一改了。半年来，她承包了三百亩地，从城里的白领变成了地道的农民。",
         "30岁的她选择了重新出发，生活再次从一张白纸开始。曾经，因为名校毕业生的身份，她的回乡备受议论，如今她决定放下包袱回归土地，因为追求所爱不是对家人的辜负。",
         "城里人乡下梦",
         "大概在她上中学的时候，父亲就发现女儿对庄稼格外上心，放学后常常跟着下地，能叫出每一种杂草的名字。",
         "“如果再拦下去，我就会失去一个快乐的孩子。”父亲说，他最终同意了女儿回乡的想法。"]


def _framed_page(box: str) -> str:
    """A portal's article: a framed 导语 box, then the text's block, in one wrapper."""
    return (page_head(STORY_TITLE) + f"<h1>{STORY_TITLE}</h1><p class='time'>2026年05月09日 14:33</p>"
            f"<div id='artical_real' class='js_img_share_area'>{box}"
            "<div id='main_content' class='js_selection_area'>"
            "<p class='detailPic'><img src='a.jpg'></p><p class='picIntro'><span>回乡后的她在田间忙碌</span></p>"
            "<p>文/本报记者 张某某 李某某</p>"
            + "".join(f"<p><strong>{p}</strong></p>" if not p.endswith(("。", "”")) else f"<p>{p}</p>"
                      for p in STORY)
            + "</div></div><div class='footer'>关于我们 联系我们 版权所有</div></body></html>")


def test_a_framed_box_quoting_a_paragraph_of_the_text_does_not_open_it_and_the_paragraph_stays() -> None:
    box = f"<div class='dy_box'><div class='bg_top'><span></span></div><p>{STORY[1]}</p><div class='bg_bottom'><span></span></div></div>"
    body = cleaned(_framed_page(box)).body
    assert body.startswith(STORY[0])
    assert STORY[1] in body


def test_a_first_paragraph_a_later_one_quotes_stays_the_first() -> None:
    quoted = STORY[0].split("。")[0]
    story = [STORY[0], *STORY[1:], f"正如她所说：“{quoted}。”"]
    page = (page_head(STORY_TITLE) + f"<h1>{STORY_TITLE}</h1><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in story) + "</div><div class='footer'>关于我们 联系我们</div></body></html>")
    body = cleaned(page).body
    assert body.startswith(STORY[0])
