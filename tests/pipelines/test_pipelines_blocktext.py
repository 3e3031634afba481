"""pipelines.blocktext: a chosen block's text read as paragraphs."""

from lxml import html

from pipelines.blocktext import CELL_SEPARATOR, grid_rows, paragraphs_of


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

