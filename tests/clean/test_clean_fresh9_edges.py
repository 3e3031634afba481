# ruff: noqa: E501  (Chinese test strings)
"""Body edges of fresh9's misses, tuned after its score (issue 14): pages in the real markup's
shapes, with text written here.

- Pictures' captions printed as paragraphs above the text, each ending with the picture's
  credit in brackets (``…（某报图片）``), the second one in the same ``<p>`` as the dateline
  paragraph, split by ``<br>&nbsp;<br>``: the text starts at the dateline.
- Other stories quoted under a statement: each story's headline a paragraph that is one
  link to it (bold, coloured), over its first paragraphs in another font, then the page's
  like counter (``+1``): the text ends at the statement's last sentence.
- Guards: a digest whose short lead is followed by linked items keeps them; a photo story whose paragraphs are all captions keeps them; a lead paragraph that
  ends with a plain source note (``（某某报道）``) stays; a caption under running text stays.
"""

from __future__ import annotations

from pipelines.textedges import trim_edges
from tests.clean.news_page import body_paragraphs, story_paragraphs
from tests.clean.news_page import news_page as _page

_CAPTION_ONE = "某县初中一年级学生在校园艺术节上表演舞蹈，台下同学报以掌声。（某某日报图片）"
_CAPTION_TWO = "艺术节闭幕式上，获奖学生与指导老师合影留念。（某某日报记者 张三摄）"
_TEXT = [
    "某某网11月30日消息 据某某日报报道，某县第三届校园艺术节日前闭幕，全县二十一所中小学的一千二百多名学生参加了舞蹈、合唱、书画等八个项目的比赛。",
    "县教育局负责人说，艺术节每两年举办一次，今年首次把乡村学校的社团展示列为单独项目，并邀请家长代表担任观众评委。",
    "参赛学生表示，准备节目的两个月里学会了分工合作，希望以后有更多登台的机会。",
]


def _captioned_story() -> str:
    return _page(
        "某县校园艺术节闭幕",
        "<div class='content'>"
        "<p align=center><img src='./a1.bmp'></p>"
        f"<p align=left>\u3000<font face='楷体_GB2312'>\u3000{_CAPTION_ONE}</font></p>"
        "<p align=center><img src='./a2.bmp'></p>"
        f"<p style='MARGIN: 0px'><font face='楷体_GB2312'>\u3000\u3000{_CAPTION_TWO}</font><br>&nbsp;<br>\u3000\u3000{_TEXT[0]}</p>"
        + "".join(f"<p>\u3000\u3000{t}</p>" for t in _TEXT[1:])
        + "</div>")


def test_pictures_captions_with_their_credits_above_the_text_are_not_its_first_sentence() -> None:
    paragraphs = body_paragraphs(_captioned_story())
    assert paragraphs[0].startswith("某某网11月30日消息")
    assert paragraphs[-1] == _TEXT[-1]
    assert not any("图片）" in p or "摄）" in p for p in paragraphs)


def test_a_photo_story_whose_paragraphs_are_all_captions_keeps_them() -> None:
    captions = [
        "清晨，环卫工人在主干道上清扫落叶，路边的银杏已经泛黄。（某某日报记者 李四摄）",
        "上午十时，市民在公园湖边散步，湖面上有几只野鸭游过。（某某日报记者 李四摄）",
        "傍晚，下班的人们在地铁站口排队等候公交接驳车。（某某日报记者 李四摄）",
    ]
    assert trim_edges(captions) == (captions, 0)


def test_a_lead_ending_with_a_source_note_and_a_caption_under_the_text_stay() -> None:
    lead = "某市今年新建的十二座口袋公园已全部开放，市民步行十分钟即可到达一处绿地。（某某日报报道）"
    caption = "新开放的口袋公园里，孩子们在草坪上放风筝。（某某日报图片）"
    html = _page("十二座口袋公园全部开放", "<div class='content'>"
                 f"<p>{lead}</p>" + "".join(f"<p>{t}</p>" for t in _TEXT[1:])
                 + f"<p><img src='k.jpg'></p><p>{caption}</p></div>")
    paragraphs = body_paragraphs(html)
    assert paragraphs[0] == lead
    assert paragraphs[-1] == caption


_STATEMENT = [
    "某某社北京11月30日电 某部30日就两国经贸磋商结束发表谈话，对磋商取得的进展表示欢迎。谈话全文如下：",
    "两国经贸团队经过三天的磋商，就扩大农产品贸易、保护知识产权等议题达成了一致。这是双方相向而行、平等协商的结果。",
    "我们希望双方继续保持沟通，落实好已经达成的共识，为两国企业和消费者带来实实在在的好处。",
    "我方愿同有关各方一道，继续推动多边贸易体制健康发展，维护全球产业链供应链的稳定。",
]
_EXCERPTS = [
    ("http://news.example.cn/2026-11/30/c_1001.htm", "两国经贸磋商在某市结束"),
    ("http://news.example.cn/2026-11/30/c_1002.htm", "专家：磋商成果有利于稳定市场预期"),
]
_EXCERPT_TEXT = "当地时间上午十时，双方代表团在会议中心举行闭幕会议，会后双方发表联合新闻稿。"


def _statement_with_excerpts() -> str:
    blocks = "".join(f"<p>\u3000\u3000{t}</p>" for t in _STATEMENT)
    for href, head in _EXCERPTS:
        blocks += (f"<p>\u3000\u3000<a href='{href}' target='_blank'><strong><font color='navy'>{head}"
                   "</font></strong></a></p>"
                   f"<p><font face='楷体'>\u3000\u3000{_EXCERPT_TEXT}</font></p>")
    blocks += "<div class='zan-wap'><a href='javascript:void(0);' class='zan'> </a><div class='zan-i'>+1</div></div>"
    return _page("某部就两国经贸磋商发表谈话", f"<div id='detail'>{blocks}</div>")


def test_other_stories_quoted_under_a_statement_are_not_its_last_sentence() -> None:
    paragraphs = body_paragraphs(_statement_with_excerpts())
    assert paragraphs[-1] == _STATEMENT[-1]
    assert not any(head in p for _, head in _EXCERPTS for p in paragraphs)


def test_a_digest_of_linked_items_under_a_short_lead_keeps_them() -> None:
    lead = "以下是本周要闻。"
    items = ""
    for (href, head), text in zip(_EXCERPTS, _STATEMENT[1:], strict=False):
        items += f"<p><a href='{href}'><strong>{head}</strong></a></p><p>{text}</p>"
    paragraphs = story_paragraphs("本周要闻", f"<div id='detail'><p>{lead}</p>{items}</div>")
    assert any(_EXCERPTS[1][1] in p for p in paragraphs)
    assert paragraphs[-1] == _STATEMENT[2]
