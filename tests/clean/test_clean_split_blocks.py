# ruff: noqa: E501  (Chinese test strings)
"""A text split into sibling blocks that share nothing (issue 14, stop 22): no class word, no
heading tag, the parts of one text in bare ``<div>`` chains of different depths with a
picture block between them, as hand-edited government pages and page builders write them
(and as the ``split-blocks`` perturbation of ``benchmarks/extraction_robust.py`` makes them).
The body must be gathered by structure and text alone. Pages in the real markup's shapes,
with text written here.

- A district government's news item: the first run (a lead of one long sentence and a
  credit line without a stop) held directly in the text's block, the next runs one and two
  ``<div>`` levels deeper, a centred picture between runs.
- A broadcaster's brief: the lead paragraph of one sentence beside an empty audio-player
  block, a picture, then the rest of the text two levels deeper.
- A regulator's penalty disclosure whose document is a short table, the site's copyright
  and disclaimer statement (``版权与免责声明`` over two numbered sentences about 本站) under
  it with no class word left: the statement is not the article.
- A press conference's transcript with each speaker's label (``李明：``) on a line of its
  own: the labels repeat at every turn and are kept.
- Guard: a headline block (its own text ended by ``<br>``) and an info line (``时间：…
  来源：``, classed ``time``) over a one-line notice nested apart are not parts of the notice
  (a regulator's template).
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"

HEAD = ("<html><head><meta charset='utf-8'><title>{title}_某区人民政府</title></head><body>"
        "<div><a href='/'>首页</a> &gt; <a href='/ywdt/'>要闻动态</a></div>"
        "<div><div><div>{title}</div><div>发布时间：2026-10-08 来源：区融媒体中心</div>")
TAIL = ("</div><div><a href='/print'>打印</a> <a href='/close'>关闭</a></div></div>"
        "<div>主办：某区人民政府办公室 版权所有 ICP备00000000号</div></body></html>")
PICTURE = "<div style='text-align:center'><img src='/images/p{}.jpg'></div>"

NEWS = [
    "十月八日上午，区长主持召开全区数字医疗产业发展座谈会，听取相关部门和企业对推动本区数字医疗产业加快发展的意见建议。",
    "区融媒体中心记者 林晓",
    "会上，区卫生健康局介绍了本区数字医疗产业的发展特点和重点项目，几家企业围绕线上诊疗、医保结算和药品配送等领域分享经验。",
    "会议指出，本区医疗资源集中，常住人口多，应用场景丰富，发展数字医疗产业具有独特优势。要打通各环节之间的壁垒，推动资源优化配置。",
    "会议强调，各部门要主动对接企业需求，在用地、人才和资金方面给予支持，帮助项目尽快落地见效。",
    "会议要求，要加强统筹协调，建立重点项目清单，定期跟踪进展，及时协调解决企业反映的困难和问题。",
]


def _p(text: str) -> str:
    return f"<p style='text-indent:2em'>{text}</p>"


def _body(page: str) -> str:
    return clean_document(page.encode(), fetched_at=FETCHED).body


def test_a_text_split_into_bare_sibling_blocks_with_pictures_between_is_gathered():
    runs = (f"<div>{_p(NEWS[0])}{_p(NEWS[1])}</div>" + PICTURE.format(1)
            + f"<div><div>{_p(NEWS[2])}{_p(NEWS[3])}</div></div>" + PICTURE.format(2)
            + f"<div><div><div>{_p(NEWS[4])}{_p(NEWS[5])}</div></div></div>")
    body = _body(HEAD.format(title="区长主持召开数字医疗产业发展座谈会") + f"<div>{runs}</div>" + TAIL)
    assert body.startswith(NEWS[0])
    assert body.endswith(NEWS[5])
    for text in NEWS[2:5]:
        assert text in body
    assert "发布时间" not in body and "打印" not in body


BRIEF = [
    "新华网北京十月八日电 据有关部门消息，全国农村公路养护工作会议八日在京召开，会议对今冬明春农村公路养护工作作出部署。",
    "会议要求，各地要结合本地实际，建立健全农村公路日常养护制度，落实养护资金，确保农村公路安全畅通。",
    "会议提出，到明年底，全国农村公路优良中等路率要达到八成以上，群众出行条件进一步改善。",
]


def test_a_one_sentence_lead_beside_an_empty_player_block_joins_the_rest_of_the_text():
    runs = (f"<div>{_p(BRIEF[0])}<div style='text-align:center'><div data-url='/a.m3u8'> </div></div></div>"
            + PICTURE.format(1) + f"<div><div>{_p(BRIEF[1])}{_p(BRIEF[2])}</div></div>")
    body = _body(HEAD.format(title="全国农村公路养护工作会议召开") + f"<div>{runs}</div>" + TAIL)
    assert body.startswith(BRIEF[0])
    assert body.endswith(BRIEF[2])


def test_an_info_line_over_a_one_line_notice_nested_apart_stays_out():
    title = "某某有限公司首次公开发行股票申请文件反馈意见"
    notice = "某某有限公司首次公开发行股票申请文件反馈意见，具体见附件。"
    page = ("<html><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
            "<div><div><a href='/'>首页</a> <a href='/x'>政务信息</a></div>"
            f"<div><div>{title}<br></div><div><span>市场监管局 www.example.gov.cn</span>"
            "<span>时间：2026-10-08</span><span>来源：</span></div>"
            "<div><style>p { margin-top: 6px }</style><div><div><div>" + notice
            + "</div></div></div></div><br></div>"
            "<div>版权所有 某某局 ICP备00000000号</div></div></body></html>")
    assert _body(page) == notice


STATEMENT = ("<div><div>版权与免责声明</div><div><p>1.凡本站注明“文章类型：原创”的所有作品，其版权属于本站所有。其他媒体、网站或个人转载使用时必须注明：“文章来源：本站”。</p>"
             "<p>2.凡本站注明“文章类型：转载”的作品，均转载自其他媒体，转载的目的在于传递更多信息，并不代表本站赞同其观点和对其真实性负责。</p></div></div>")


def test_a_site_statement_does_not_outweigh_a_short_table_that_is_the_document():
    """A regulator's penalty disclosure: the document is a short table (a word processor's
    ``<p>`` in every cell); the site's copyright and disclaimer statement under it (two
    numbered sentences about 本站, no class word left to mark it) holds more prose."""
    rows = [("序号", "当事人名称", "行政处罚决定书文号", "主要违法违规行为", "行政处罚内容", "作出决定机关"),
            ("1", "某某财产保险股份有限公司某分公司", "某金罚决字〔2026〕7号", "编制虚假的报告、报表", "罚款三十万元", "某某金融监管分局"),
            ("2", "张某（时任某分公司副总经理）", "某金罚决字〔2026〕8号", "对上述行为负有直接责任", "警告并罚款五万元", "某某金融监管局")]
    table = "<table><tbody>" + "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in rows) + "</tbody></table>"
    page = ("<html><head><meta charset='utf-8'><title>某某金融监管分局行政处罚信息公开表</title></head><body>"
            "<div><a href='/'>首页</a> <a href='/x'>行政处罚</a></div>"
            "<div><div><div>某某金融监管分局行政处罚信息公开表</div><div>发布时间：2026-10-08</div>"
            f"<div><div>{table}</div></div></div>{STATEMENT}</div>"
            "<div>版权所有 某某金融监管分局 ICP备00000000号</div></body></html>")
    body = _body(page)
    assert body.startswith("序号")
    assert body.endswith("某某金融监管局") and "警告并罚款五万元" in body
    assert "本站" not in body


TURNS = [("主持人 王华：", "女士们、先生们，大家上午好。今天我们邀请到市场监管局副局长李明先生，请他介绍秋季食品安全专项检查的有关情况。"),
         ("李明：", "谢谢主持人。九月以来，我们共检查各类食品经营主体一万两千余家，发现并督促整改问题八百多个。"),
         ("记者：", "请问今年的专项检查有哪些新的特点？"),
         ("李明：", "今年的检查覆盖面更广，更加注重源头治理，也运用了更多的信息化手段。"),
         ("记者：", "校园周边有什么具体措施？"),
         ("李明：", "我们对所有学校食堂和周边小店进行了全面排查，发现的问题已全部整改。"),
         ("主持人 王华：", "今天的发布会到此结束，谢谢大家。")]


def test_a_transcripts_speaker_labels_on_lines_of_their_own_are_kept_at_every_turn():
    """A press conference's transcript: each speaker's label (``李明：``) in a bold paragraph
    of its own over the words; the labels repeat at every turn and are not repeats to drop."""
    text = "".join(f"<p><strong>{who}</strong></p><p>{said}</p>" for who, said in TURNS)
    page = HEAD.format(title="市政府新闻办举行秋季食品安全专项检查新闻发布会") + f"<div>{text}</div>" + TAIL
    lines = _body(page).split("\n\n")
    # (a space between Chinese characters is dropped: 主持人王华：)
    assert lines == [part for who, said in TURNS for part in (who.replace(" ", ""), said)]
