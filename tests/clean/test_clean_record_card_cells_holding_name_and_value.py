"""A government notice's record card (索引号, 发文机关, 文号 … over the text) whose cells each
hold a field's name AND its value (``<td><b>发文机关:</b> 某某局</td>``), the names often
spaced out to one width (``索  引  号:``): the card is the document's record, not its text,
however its cells are split (fresh14's post-score miss of this shape)."""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

_TITLE = "中共某某市文化广电新闻出版旅游局党组关于王某某同志职务任免的通知"
_TEXT = [
    "各县（市、区）文化馆，局机关各处室：",
    "经2026年3月9日局党组会议研究，决定：",
    "王某某同志任市文化局艺术处副处长（试用期一年），免去其艺术处二级主任科员职级。",
]


def _notice(card_cells: list[str]) -> str:
    """A notice page: the card's cells (two rows of three) in a wrapper over the headline
    paragraph and the text's block."""
    rows = "".join("<tr>" + "".join(f"<td width='33%'>{c}</td>" for c in card_cells[i:i + 3])
                   + "</tr>" for i in (0, 3))
    return (page_head(_TITLE)
            + "<div class='path'><a href='/'>首页</a> &gt; <a href='/rs/'>人事信息</a></div>"
            "<div class='article-outer'><div class='article-in'>"
            f"<div class='screen cardTitle'><table border='0'>{rows}</table></div>"
            f"<div class='article-02'><p class='con-title'>{_TITLE}</p>"
            "<div id='zoom'>" + "".join(f"<p>{t}</p>" for t in _TEXT)
            + "<p style='text-align:right'>中共某某市文化局党组</p>"
            "<p style='text-align:right'>2026年3月12日</p></div></div></div></div>"
            "<div class='foot'>主办单位：某某市人民政府办公室</div></body></html>")


_NAMED_CELLS = [
    "<b><span>索&nbsp;&nbsp;引&nbsp;&nbsp;号: </span></b>0012345/2026-00417",
    "<b> 发文机关: </b> 某某市文化广电新闻出版旅游局",
    "<b>文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号:</b> 某文党组〔2026〕7号",
    "<b>主题分类: </b> 文化旅游、广播电视管理",
    "<b>组配分类: </b> 领导干部任免事项",
    "<b>成文日期: </b> 2026-03-12",
]


_BARE_CELLS = ["索引号：", "0012345/2026-00417", "发文机关：", "某某市文化局", "成文日期：",
               "2026-03-12"]


def test_a_record_card_whose_cells_hold_name_and_value_is_not_the_text() -> None:
    body = cleaned(_notice(_NAMED_CELLS)).body or ""
    assert "0012345" not in body and "组配分类" not in body and "发文机关" not in body
    assert "经2026年3月9日局党组会议研究" in body
    assert body.rstrip().endswith("二级主任科员职级。") or "中共某某市文化局党组" in body


def test_the_card_of_bare_field_names_is_still_not_the_text() -> None:
    # The shape read before: a name alone in its cell, the value in the next one.
    body = cleaned(_notice(_BARE_CELLS)).body or ""
    assert "0012345" not in body and "经2026年3月9日局党组会议研究" in body


def test_a_table_of_the_text_whose_cells_open_with_bold_words_stays() -> None:
    # A table that is the text: its bold openings are not field names of a record card.
    cells = ["<b>申报条件：</b>具有本市户籍的文化工作者，从事本专业工作满五年。",
             "<b>申报材料：</b>申报表一份，近五年代表作品目录一份。",
             "<b>申报时间：</b>2026年4月1日至4月30日，逾期不予受理。",
             "<b>受理地点：</b>市文化局艺术处，工作日上午九时至十二时。",
             "<b>评审方式：</b>专家评审与公示相结合，结果在本网站公布。",
             "<b>联系方式：</b>市文化局艺术处，电话见本局网站。"]
    body = cleaned(_notice(cells)).body or ""
    assert "经2026年3月9日局党组会议研究" in body


def test_an_addressee_over_a_short_announcing_clause_is_not_the_text() -> None:
    # 经…研究，决定： is shorter than the announcing openings read before, but a sentence
    # follows it: the addressee above it still names who the notice goes to.
    paragraphs = [p for p in (cleaned(_notice(_NAMED_CELLS)).body or "").split("\n") if p]
    assert paragraphs[0] == "经2026年3月9日局党组会议研究，决定："


def test_an_addressee_over_a_short_colon_line_and_no_sentence_stays() -> None:
    # Nothing closing a sentence under the colon line: nothing says the text starts there.
    page = _notice(_BARE_CELLS).replace(
        "<p>王某某同志任市文化局艺术处副处长（试用期一年），免去其艺术处二级主任科员职级。</p>",
        "<p>王某某同志任市文化局艺术处副处长（试用期一年），免去其艺术处二级主任科员职级</p>")
    paragraphs = [p for p in (cleaned(page).body or "").split("\n") if p]
    assert paragraphs[0] == "各县（市、区）文化馆，局机关各处室："
