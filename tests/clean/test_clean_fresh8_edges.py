# ruff: noqa: E501  (Chinese test strings)
"""Last sentences of fresh8's misses, tuned after its score (issue 14): pages in the real
markup's shapes, with text written here.

- An article's footnotes printed after its last paragraph (an editor's export: a rule, then
  one ``<div id=ftnN>`` per note, ``[1]…`` linked back to the ``[1]`` in the text), and the
  same with circled marks (``①…``).
- A Hong Kong paper's reader-tip box under a report (traditional script: 人人做記者,
  爆料方法, one channel a row: hotline, fax, SMS, e-mail, MMS), after an app promotion and the
  story's link line; and a mainland site's call for news tips by WhatsApp and e-mail.
- Guards: notes the text does not refer to (``注1：…``), referenced notes followed by more of
  the text (a statistics bulletin's ``资料来源``), a notice's contact lines, and a last sentence
  that names a tip without a number stay.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs


def _ref(n: int) -> str:
    return f"<A href='#_ftn{n}' name=_ftnref{n}><SPAN style='FONT-SIZE: 9pt'>[{n}]</SPAN></A>"


def _note(n: int, text: str) -> str:
    return (f"<DIV id=ftn{n}><P><A href='#_ftnref{n}' name=_ftn{n}><SPAN><SPAN style='FONT-SIZE: 9pt'>"
            f"[{n}]</SPAN></SPAN></A><SPAN><FONT style='FONT-SIZE: 12pt'>{text}</FONT></SPAN></P></DIV>")


_ARTICLE = ("<DIV class=TRS_Editor>"
            f"<P>今年以来，某省试行农业保险保费补贴新办法，首批纳入补贴范围的有水稻、小麦和玉米{_ref(1)}。截至九月末，参保面积比上年同期增加两成。</P>"
            f"<P>新办法规定，补贴资金由省级财政和市县财政按比例分担{_ref(2)}，保险机构应当在承保后及时公示承保信息。</P>"
            "<P>一、补贴资金的会计处理</P>"
            "<P>保险机构收到的财政补贴，应当作为保费收入的一部分，按照现行会计准则的规定确认和计量，不得直接冲减成本。</P>"
            "<P>二、赔款支出的会计处理</P>"
            "<P>保险机构发生赔款支出时，应当按照实际支付的金额确认当期损益，并在附注中披露补贴险种的赔付情况。</P>"
            "<DIV><BR clear=all><HR SIZE=1 width='33%' align=left>"
            + _note(1, "首批补贴险种由省财政厅会同省农业农村厅确定。")
            + _note(2, "省级财政承担比例为百分之四十，市县财政承担其余部分。")
            + "</DIV></DIV>")


def test_footnotes_after_the_last_paragraph_are_not_the_text() -> None:
    paragraphs = story_paragraphs("农业保险保费补贴及其会计处理", _ARTICLE)
    assert paragraphs[-1] == "保险机构发生赔款支出时，应当按照实际支付的金额确认当期损益，并在附注中披露补贴险种的赔付情况。"
    assert not any(p.startswith("[1]") or p.startswith("[2]") for p in paragraphs)
    assert "[1]" in paragraphs[0]  # the reference inside the text stays


def test_circled_footnotes_after_the_last_paragraph_are_not_the_text() -> None:
    body = ("<div class='article'>"
            "<p>课题组走访了十二个县的合作社①，发现多数合作社的账目由乡镇代理记账。</p>"
            "<p>代理记账降低了合作社的成本，但也带来了信息不透明的问题②，部分社员对分红方式存在疑问。</p>"
            "<p>课题组建议，由县级农经部门统一制定合作社财务公开的格式和时限。</p>"
            "<hr><p>①走访时间为二〇二五年三月至六月。</p>"
            "<p>②根据课题组对三百名社员的问卷调查。</p></div>")
    paragraphs = story_paragraphs("合作社财务公开调查", body)
    assert paragraphs[-1] == "课题组建议，由县级农经部门统一制定合作社财务公开的格式和时限。"


def test_notes_the_text_does_not_refer_to_stay() -> None:
    body = ("<div class='content'>"
            "<p>前三季度，全省金融机构人民币贷款增加3200亿元，同比多增150亿元。</p>"
            "<p>九月末，全省人民币存款余额为5.6万亿元，同比增长8.1%。</p>"
            "<p>注1：当期数据为初步数。</p>"
            "<p>注2：存款含非银行业金融机构存放款项。</p></div>")
    paragraphs = story_paragraphs("前三季度全省金融统计数据", body)
    assert paragraphs[-1] == "注2：存款含非银行业金融机构存放款项。"


def test_referenced_notes_followed_by_more_text_stay() -> None:
    body = ("<div class='content'>"
            "<p>全年地区生产总值达到1.2万亿元[1]，比上年增长5.2%。</p>"
            "<p>全年固定资产投资增长4.0%[2]，其中工业投资增长9.8%。</p>"
            "<p>[1]地区生产总值按现价计算，增长速度按不变价格计算。</p>"
            "<p>[2]固定资产投资统计起点为计划总投资500万元。</p>"
            "<p>资料来源：本公报中就业数据来自市人力资源和社会保障局，其余数据来自市统计局。</p></div>")
    paragraphs = story_paragraphs("2025年国民经济和社会发展统计公报", body)
    assert paragraphs[-1].startswith("资料来源：本公报中就业数据")
    assert any(p.startswith("[2]") for p in paragraphs)


def test_numbered_lines_without_references_stay() -> None:
    body = ("<div class='content'>"
            "<p>会议审议通过了以下三项文件，并要求各单位认真贯彻执行。</p>"
            "<p>[1]关于加强安全生产工作的意见。</p>"
            "<p>[2]关于做好冬季供暖保障工作的通知。</p></div>")
    paragraphs = story_paragraphs("市政府常务会议审议通过三项文件", body)
    assert paragraphs[-1] == "[2]关于做好冬季供暖保障工作的通知。"


_TIP_BOX = ("<div class='footerAds clear'>第一手消息請下載某某新聞"
            "<a href='/app/ios'>iPhone/</a><a href='/app/android'>Android/</a></div>"
            "<div id='miscPanel'><div class='articleUrl'>本文連結 : "
            "<a class='shareLink' href='/content/news/x-001'>https://news.example.hk/content/港聞/x-001/某某標題</a></div>"
            "<div id='iReportInfo'><div class='col header'>"
            "<div class='tr'><div class='col'>人人做記者</div></div>"
            "<div class='tr'><div class='col'>爆料方法 :</div></div></div>"
            "<div class='col'>"
            "<div class='tr'><div class='col'>爆料熱線：</div><div class='col'>(852) 2100 2100</div></div>"
            "<div class='tr'><div class='col'>傳 真：</div><div class='col'>(852) 2100 2200</div></div>"
            "<div class='tr'><div class='col'>SMS：</div><div class='col'>(852) 6100 6100</div></div></div>"
            "<div class='col'>"
            "<div class='tr'><div class='col'>電 郵：</div><div class='col'><a href='mailto:tips@news.example.hk'>tips@news.example.hk</a></div></div>"
            "<div class='tr'><div class='col'>網上爆料：</div><div class='col'><a href='/ireport/'>https://news.example.hk/ireport/index.html</a></div></div>"
            "<div class='tr'><div class='col'>MMS：</div><div class='col'><a href='mailto:mms@news.example.hk'>mms@news.example.hk</a></div></div>"
            "</div></div></div>")


def test_reader_tip_box_under_a_report_is_not_the_text() -> None:
    body = ("<div class='content'>"
            "<div class='paragraph leadin' rel='1'><div class='subtitle'></div><div class='content'>【本報訊】渡輪公司昨日宣布，下月起調整三條離島航線的班次，繁忙時段的班次由每二十分鐘一班加密至每十五分鐘一班，新班次表將於下月一日起生效。</div></div>"
            "<ad class='inreadlrec1' device='desktop'><script>Banner('content', 'desktop');</script></ad>"
            "<div class='paragraph' rel='2'><div class='title'></div><div class='subtitle'>周末班次不變</div>"
            "<div class='content'>公司表示，周末及公眾假期的班次維持不變，並會在各碼頭張貼新時間表；受影響的乘客可透過公司網站或手機應用程式查閱最新班次資料。</div></div>"
            "<div class='paragraph' rel='3'><div class='title'></div><div class='subtitle'></div>"
            "<div class='content'>運輸署指出，三條航線去年合共接載約八百萬人次，比前年增加約一成，繁忙時段的碼頭經常出現人龍，加密班次有助紓緩擠迫情況。</div></div>"
            "<div class='paragraph' rel='4'><div class='title'></div><div class='subtitle'></div>"
            "<div class='content'>有乘客認為加密班次有助紓緩排隊情況，但希望票價不會因此上調。</div></div>"
            "<ad class='inreadlrec2' device='desktop'><script>Banner('content', 'desktop');</script></ad>"
            + _TIP_BOX + "</div>")
    paragraphs = story_paragraphs("離島航線下月加密班次", body)
    assert paragraphs[-1].endswith("但希望票价不会因此上调。")
    assert not any("爆料" in p or "@" in p for p in paragraphs)


def test_call_for_news_tips_by_whatsapp_and_email_is_not_the_text() -> None:
    body = ("<div class='article-content'>"
            "<p>区内一间茶餐厅昨晚发生火警，消防员到场后约半小时将火救熄，事件中无人受伤。</p>"
            "<p>消防处表示，起火原因有待调查，初步相信与厨房排气管积聚油污有关。</p>"
            "<p>有新闻线索？欢迎联络我们</p>"
            "<p>WhatsApp：9123 4567</p>"
            "<p>电邮：news@example.com</p></div>")
    paragraphs = story_paragraphs("茶餐厅火警无人受伤", body)
    assert paragraphs[-1] == "消防处表示，起火原因有待调查，初步相信与厨房排气管积聚油污有关。"


def test_notice_contact_lines_stay() -> None:
    body = ("<div class='TRS_Editor'>"
            "<p>为做好年度统计报表填报工作，请各单位于12月20日前通过联网直报平台报送数据。</p>"
            "<p>联系人：王某某</p>"
            "<p>联系电话：010-6123 4567</p>"
            "<p>邮箱：tongji@example.gov.cn</p></div>")
    paragraphs = story_paragraphs("关于报送年度统计报表的通知", body)
    assert paragraphs[-1] == "邮箱：tongji@example.gov.cn"


def test_last_sentence_naming_a_tip_without_a_number_stays() -> None:
    body = ("<div class='content'>"
            "<p>多名员工向本报反映，该店长期要求员工无偿加班，部分员工每日工作超过十四小时。</p>"
            "<p>劳动部门表示已接获投诉，将派员到店了解情况。</p>"
            "<p>离职员工爆料称，老板曾多次打电话威胁。</p></div>")
    paragraphs = story_paragraphs("甜品店被指长期超时工作", body)
    assert paragraphs[-1] == "离职员工爆料称，老板曾多次打电话威胁。"
