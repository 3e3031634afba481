"""pipelines.blocktext: a chosen block's text read as paragraphs."""

from lxml import html

from pipelines.blocktext import CELL_SEPARATOR, _body_lines, grid_rows, paragraphs_of


def _el(markup: str):
    return html.fromstring(markup)


def test_paragraphs_split_at_block_tags_and_line_breaks():
    el = _el("<div><p>第一段文字。</p>第二段<b>加粗</b>文字。<br>第三段文字。"
             "<div>第四段。</div></div>")
    assert paragraphs_of(el) == ["第一段文字。", "第二段加粗文字。", "第三段文字。", "第四段。"]


def test_skipped_blocks_are_left_out():
    el = _el("<div><p>正文一段。</p><ul><li><a href='/x'>相关链接</a></li></ul>"
             "<p>正文二段。</p></div>")
    links = {el.find(".//ul")}
    assert paragraphs_of(el, links) == ["正文一段。", "正文二段。"]


def test_a_table_of_short_fields_gives_one_line_per_row():
    el = _el("<div><p>名单如下：</p><table><tr><td>姓名</td><td>单位</td></tr>"
             "<tr><td>张某</td><td>某某局</td></tr><tr><td>来源：</td><td>某某网</td></tr>"
             "</table></div>")
    assert paragraphs_of(el) == ["名单如下：", f"姓名{CELL_SEPARATOR}单位",
                                 f"张某{CELL_SEPARATOR}某某局", "来源：某某网"]


def test_a_table_holding_running_text_is_not_a_grid():
    long_cell = "这是一段很长的正文，" * 10
    table = _el(f"<table><tr><td>{long_cell}</td><td>注</td></tr>"
                f"<tr><td>甲</td><td>乙</td></tr></table>")
    assert grid_rows(table) is None



def test_the_lines_read_with_their_links_are_cut_where_the_paragraphs_are():
    # One walk serves both readings: inline tags, line breaks, tails, links and a skipped
    # list give the same lines to both (no table of short fields here).
    el = _el("<div> 导语<b>加粗</b>尾巴<br>第二行<a href='/a'>链接<i>斜体</i>链后</a>"
             "尾<p>　段落 一 </p><ul><li><a href='/x'>相关</a></li></ul><div><span>甲</span>"
             "乙<br/></div>末行</div>")
    skip = {el.find(".//ul")}
    lines = _body_lines(el, skip)
    assert [line[0] for line in lines] == paragraphs_of(el, skip)
    second = lines[1]
    assert second[0] == "第二行链接斜体链后尾"
    link = el.find(".//a")
    # the link's own text and its child's in the link; the child's tail and the link's
    # tail read outside it
    assert second[1] == [None, link, link, None, None]
    assert lines[-1][2] is None and lines[-1][3] is el  # a tail opens the last line
