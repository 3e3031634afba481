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
from pipelines.textnorm import to_simplified

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


_SECTIONS = [
    ["【本報訊】寒潮過後，全港多區仍有大樹倒塌，不少市民清晨出門時發現巴士停駛，只能徒步走到港鐵站排隊等候。",
     "有市民表示，排隊一個多小時仍未能入閘，公司又沒有宣佈可以延遲上班，只好不斷致電上司解釋情況。"],
    ["運輸署晚上表示，主要幹道已重新開通，但部分路段仍有倒樹阻塞，呼籲駕駛人士耐心等候清理工作完成。",
     "署方又指，今早會增派人手到各大交匯處指揮交通，並與巴士公司商討加密班次，以疏導上班的人流。"],
    ["立法會多名議員批評政府應變遲緩，要求當局檢討颱風過後的上班安排，並盡快公佈清理倒樹的時間表。",
     "有議員指出，政府應該帶頭讓非緊急服務的員工延遲上班，讓私人機構有所參考，減少市民冒險出行。",
     "政府發言人回應說，會聽取各方意見，在下一次惡劣天氣時考慮提早公佈上班安排，讓僱主和僱員有所準備。"],
    ["商界團體則表示，大部分公司已體諒員工，容許遲到或在家工作，但零售和飲食業難以安排，只能盡量彈性處理。",
     "有餐廳負責人說，不少員工住在新界，交通受阻下未能準時回來，當日早市只能由經理親自落場幫忙。"],
]


def _bare_story_page(sidebar: str = "") -> bytes:
    """A news story whose sections each sit in their own chain of bare ``<div>`` (no class,
    no id), a photo linked to its large copy (its caption inside the link) above the lead and
    a table of two linked photos between two sections; a heading over the third section."""
    def photo(caption: str, n: int) -> str:
        return f"<a href='/images/large/{n}.jpg'><img src='/images/small/{n}.jpg'><span>{caption}</span></a>"
    parts = ["<div>" + photo("市民在倒塌的大樹旁排隊等候巴士。記者攝", 1) + "</div>"]
    for k, paragraphs in enumerate(_SECTIONS):
        head = "<h2>議員：政府應帶頭</h2>" if k == 2 else ""
        parts.append("<div><div><div>" + head + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></div></div>")
        if k == 1:
            parts.append("<div><table style='margin:0 auto'><tr><td>" + photo("倒樹阻塞道路。記者攝", 2)
                         + "</td><td>" + photo("港鐵站外人龍。記者攝", 3) + "</td></tr></table></div>")
    return ("<html><head><meta charset='utf-8'><title>颱風過後上班大混亂</title></head><body>"
            "<div><a href='/'>首頁</a> <a href='/news/'>港聞</a> <a href='/intl/'>國際</a></div>"
            "<div><h1>颱風過後上班大混亂</h1><div>2026年11月30日</div><div>" + "".join(parts) + sidebar + "</div></div>"
            "<div>關於我們 聯絡我們 版權所有</div></body></html>").encode("utf-8")


def test_story_in_bare_sibling_sections_with_photos_between_is_whole() -> None:
    result = clean_document(_bare_story_page(), fetched_at=FETCHED)
    body = to_simplified(result.body)
    assert body.startswith(to_simplified(_SECTIONS[0][0][:12]))
    for paragraphs in _SECTIONS:
        assert to_simplified(paragraphs[-1]) in body
    assert "记者摄" not in body


def test_bare_block_with_a_link_beside_bare_sections_is_not_gathered_guard() -> None:
    sidebar = ("<div><div><p>延伸閱讀：<a href='/news/2.html'>天文台檢討颱風信號安排</a>，"
               "天文台表示，將研究在強風時更早發出預警信號，讓市民有更多時間準備。</p></div></div>")
    body = to_simplified(clean_document(_bare_story_page(sidebar), fetched_at=FETCHED).body)
    assert "天文台" not in body and to_simplified(_SECTIONS[0][0][:12]) in body
