# ruff: noqa: E501  (Chinese test strings)
"""Which block is the story, however the page marks it up (issue 14, round of stop 24: block
choice): pages in real markup's shapes, with text written here.

- A page builder's article form (``<form name="_newscontent_fromname">``, no field in it,
  the headline, the info line and the text inside) holding a short notice: one sentence
  over its attachments, or one lead line ending with ``：`` over a table of names. The form
  was set aside as a small form (it held fewer than two sentences) and the page came out
  empty. A form without a field a reader fills in is the article's wrapper when it holds
  text of its own.
- Guards: the same form holding only a headline, an info line, an attachment's link and the
  previous and next items' links gives no body (nothing of the page's own to take); a
  search form (a text field) holding one line of text stays set aside beside the article.
"""

from __future__ import annotations

from pipelines.clean import clean_document
from pipelines.htmlparse import parse_html
from pipelines.setaside import fillable

FETCHED = "2026-12-02T08:00:00Z"


def _vsb_page(title: str, content: str, after: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>" + title + "-研究生招生网</title></head><body>"
            "<div class='header'><a href='/'>研究生招生网</a></div>"
            "<div class='menu'><ul><li><a href='/tzgg.htm'>通知公告</a></li><li><a href='/xxjj.htm'>学校简介</a></li>"
            "<li><a href='/zsxx.htm'>招生信息</a></li><li><a href='/xzzx.htm'>下载中心</a></li></ul></div>"
            "<div class='main'><div class='left'><ul><li><a href='/ss.htm'>硕士研究生</a></li>"
            "<li><a href='/bs.htm'>博士研究生</a></li></ul></div><div class='right'>"
            "<form name='_newscontent_fromname'><script src='/js/jquery.min.js'></script><div>"
            "<div class='title'>" + title + "</div>"
            "<div class='time'>2026-09-22<em>作者：</em>浏览次数：<span></span></div>"
            "<div class='text'><div id='vsb_content'><div class='v_news_content'>" + content + "</div></div>"
            + after + "</div></div></form></div></div>"
            "<div class='footer'>版权所有：某某大学研究生院 地址：某市某区学府路1号 电话：0000-12345678</div>"
            "</body></html>").encode("utf-8")


_ATTACHMENTS = ("<ul style='list-style-type:none;'>"
                "<li>附件【<a href='/download.jsp?id=1'>101-数学分析.doc</a>】已下载<span></span>次</li>"
                "<li>附件【<a href='/download.jsp?id=2'>102-高等代数.doc</a>】已下载<span></span>次</li>"
                "<li>附件【<a href='/download.jsp?id=3'>103-普通物理.doc</a>】已下载<span></span>次</li></ul>")
_PREV_NEXT = ("<p>上一条：<a href='/info/1.htm'>硕士研究生报考指南</a></p>"
              "<p>下一条：<a href='/info/3.htm'>研究生招生章程</a></p>")


def test_one_sentence_notice_in_an_article_form_is_the_body() -> None:
    page = _vsb_page("招生考试自命题科目考试大纲",
                     "<p>各位考生：</p><p>&nbsp;&nbsp;欢迎报考我校研究生，现将今年初试自命题科目的考试大纲公布见附件，请考生下载参考。</p>"
                     "<p><br></p><p style='text-align:right'>研究生招生办公室</p><p style='text-align:right'>2026-9-22</p>",
                     _ATTACHMENTS + _PREV_NEXT)
    result = clean_document(page, fetched_at=FETCHED)
    assert "现将今年初试自命题科目的考试大纲公布见附件" in result.body
    assert "上一条" not in result.body


def test_lead_line_over_a_table_in_an_article_form_is_the_body() -> None:
    rows = "".join(f"<tr><td>2026.3.{d}</td><td>{course}</td><td>{name}</td><td>2407054{d}</td></tr>"
                   for d, course, name in ((4, "线性代数", "张明"), (5, "大学英语", "李华"), (6, "数据结构", "王强"),
                                           (9, "概率统计", "赵磊"), (11, "体育", "孙悦")))
    page = _vsb_page("第二周、第三周查课结果通报",
                     "<p><span style='font-size:16px'>为加强学风建设，学院学风监督岗对本院学生到课情况进行了检查，"
                     "缺勤学生将按学院相关制度给予处理，现将第二、三周缺勤名单公布如下：</span></p><p><br></p>"
                     "<table><tr><td>日期</td><td>科目</td><td>姓名</td><td>学号</td></tr>" + rows + "</table>"
                     "<p style='text-align:right'>学生科</p><p style='text-align:right'>2026年3月18日</p>")
    result = clean_document(page, fetched_at=FETCHED)
    assert result.body.startswith("为加强学风建设")
    assert "数据结构" in result.body and "孙悦" in result.body


def test_article_form_of_only_an_attachment_and_links_gives_no_body_guard() -> None:
    page = _vsb_page("退休人员待遇申请表", "<table><tr><td><div>附件：</div>"
                     "<a href='/download.jsp?id=9'>退休人员待遇申请表.docx</a></td></tr></table>", _PREV_NEXT)
    result = clean_document(page, fetched_at=FETCHED)
    assert "上一条" not in result.body and "浏览次数" not in result.body


def test_search_form_with_a_text_field_stays_set_aside_guard() -> None:
    story = "".join(f"<p>{s}</p>" for s in (
        "市场监管局昨日通报了今年第三季度食品安全抽检结果，共抽检样品一千二百批次，合格率与去年同期持平。",
        "通报指出，不合格样品主要集中在散装食品和小作坊产品，已责令相关经营者下架并依法处理。",
        "下一步，该局将加大对校园周边和农村市场的抽检力度，并及时向社会公布抽检信息。"))
    page = ("<html><head><meta charset='utf-8'><title>三季度食品安全抽检结果公布</title></head><body>"
            "<form action='/search'><input type='text' name='q'><button>搜索</button>"
            "<p>热门搜索：食品安全抽检结果查询入口，欢迎市民随时登录本网站查询。</p></form>"
            "<h1>三季度食品安全抽检结果公布</h1><div>2026-10-12</div><div>" + story + "</div></body></html>").encode()
    result = clean_document(page, fetched_at=FETCHED)
    assert result.body.startswith("市场监管局昨日通报")
    assert "热门搜索" not in result.body


def test_fillable_tells_a_reader_s_field_from_hidden_inputs() -> None:
    root = parse_html("<html><body><form id='a'><input type='hidden' name='t'><input type='HIDDEN' name='u'></form>"
                      "<form id='b'><input name='q'></form><form id='c'><textarea></textarea></form></body></html>")
    forms = {f.get("id"): fillable(f) for f in root.iter("form")}
    assert forms == {"a": False, "b": True, "c": True}
