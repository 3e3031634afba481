# ruff: noqa: E501  (Chinese test strings)
"""A notice's head and foot around its text (issue 14, stop 25: body edges), pages of text
written here in the shapes of county and provincial bureaus' notice pages:

- The document number over the notice's title set again in two centred lines, the first of
  them quoted word for word by the text's first paragraph (``关于做好…`` inside
  ``根据《关于做好…的通知》…``), then the addressee line: none of them is the text.
- An addressee line over a first paragraph that closes with a colon announcing the measures
  (``…，现就有关事项通知如下：``): the addressee is not the text.
- Issuer lines with no signing date under them, over the attachment line: neither is the
  text, which ends at its last sentence.
- A document's head over its text with no addressee, or with the addressee under the
  number: the issuers' line over the title set again (``某县人民政府`` | ``关于…的意见``), a
  document number over the issuer, a decree's name over its number (``某某部令`` | ``第3号``).
- A school's or a section's signature over a date in Chinese numerals or with dashes
  (``某某中学`` | ``2026年11月30日`` in one right-aligned ``<p>``, ``共青团某某学院委员会`` | ``二〇二六年十一月三十日``
  under a contact line): not the text.
- A notice's signing date alone under its text, with its disclosure note
  (``2026年2月28日`` | ``（此件主动公开）``): not the text.
- A document's colophon under its text (``主题词：…``, ``抄送：…``, ``主办：…``,
  ``某某办公室 2026年11月24日印发``): not the text.
- A standfirst labelled ``核心提示：``, ``【导语】`` or ``导读：`` above the text, and a site's
  reprint line (``本文系某某网原创稿件，转载请注明出处。``) under it: not the text.
- Guards: an addressee over a short label line (``注意事项：``) stays, and so does an issuer's
  name under the text when no attachment line follows it, a person's name over a date
  (a list's last rows), an event's ``主办：`` line under a
  report (no printing line, no copies), and a kicker line with a comma
  that names a plan, and a sentence that opens with
  the word 导语 (no label) stays.
"""

from __future__ import annotations

from tests.clean.news_page import block, story_paragraphs


def _centred(text: str) -> str:
    return f"<p style='text-align:center'><span style='font-size:29px'>{text}</span></p>"


_FIRST = ("根据市人力资源和社会保障局《关于做好2026年农业技术人员职称评审工作的补充通知》和县里的工作安排，"
          "为做好今年农业技术人员职称申报工作，现就有关事项通知如下：")


def test_document_number_and_title_lines_over_the_addressee_are_not_the_text() -> None:
    body = ("<div class='content'><font id='Zoom'>"
            "<p style='text-indent:171px'><span>某人社通〔2026〕12号</span></p>"
            + _centred("关于做好2026年农业技术人员")
            + _centred("职称申报工作的通知")
            + "<p><br></p><p><span>各乡（镇）、县直有关单位：</span></p>"
            f"<p><span>{_FIRST}</span></p>"
            "<p><span>一、申报范围</span></p>"
            "<p><span>在本县从事农业技术推广工作满三年的专业技术人员，均可按规定申报相应等级的职称。</span></p>"
            "<p><span>二、报送时间</span></p>"
            "<p><span>请各单位于十二月二十日前将申报材料报送县人力资源和社会保障局专业技术人员管理股。</span></p>"
            "</font></div>")
    paragraphs = story_paragraphs("关于做好2026年农业技术人员 职称申报工作的通知", body)
    assert paragraphs[0] == _FIRST
    assert paragraphs[-1].startswith("请各单位于十二月二十日前")


def test_addressee_over_a_paragraph_announcing_the_measures_is_not_the_text() -> None:
    first = "为切实做好今年冬季校园安全工作，保障师生生命财产安全，经研究，现将有关事项通知如下："
    body = block("各中小学校、各幼儿园，局属各单位：", first,
                 "一、各校要在本月底前完成一次消防安全隐患排查，发现问题要立即整改。",
                 "二、各校要加强上下学时段校门口的值守，落实家长接送登记制度。", cls="article")
    assert story_paragraphs("关于做好冬季校园安全工作的通知", body)[0] == first


def test_addressee_over_a_short_label_line_stays() -> None:
    body = block("各位考生：", "注意事项：",
                 "一、考生须持准考证和身份证于开考前三十分钟进入考场，迟到十五分钟以上不得入场。",
                 "二、考试结束铃响后，考生须立即停止答题，待监考人员收齐试卷后方可离开考场。", cls="article")
    assert story_paragraphs("关于参加专业课笔试的提示", body)[0] == "各位考生："


def test_issuers_without_a_date_over_the_attachment_line_are_not_the_text() -> None:
    last = "《某省重点项目资金管理办法（试行）》已经省人民政府同意，现印发给你们，请认真组织实施。"
    body = block("各地级以上市科技局、财政局，省直有关单位：", last,
                 "<p style='text-align:right'>某省科学技术厅某省财政厅某省审计厅</p>",
                 "附件：《某省重点项目资金管理办法（试行）》", cls="TRS_Editor")
    assert story_paragraphs("关于印发《某省重点项目资金管理办法（试行）》的通知", body) == [last]


def test_issuer_under_the_text_without_an_attachment_line_stays() -> None:
    body = block("为方便群众办事，自下月起，区政务服务中心在每周六上午增设延时服务窗口，办理社保、医保和户籍业务。",
                 "延时服务期间，窗口工作人员实行轮岗，群众可通过区政务服务网提前预约办理时间。",
                 "<p style='text-align:right'>某区政务服务中心</p>", "咨询电话：0000-1234567", cls="TRS_Editor")
    assert story_paragraphs("区政务服务中心增设周六延时服务窗口", body)[-1] == "咨询电话：0000-1234567"


_P1 = "今年前十个月，全市规模以上工业增加值同比增长百分之六点二，增速比前三季度加快零点三个百分点，工业经济运行总体平稳。"
_P2 = "分行业看，装备制造业增加值增长百分之九点一，高技术制造业增长百分之十一点四，对全市工业增长的贡献率超过一半。"
_P3 = "市统计局有关负责人表示，下一步将继续加强经济运行监测，为全年目标任务的完成提供统计保障。"
_TITLE = "前十个月全市工业经济运行平稳"


def test_labelled_standfirst_above_the_text_is_not_the_text() -> None:
    for label in ("核心提示：", "【导语】", "导读："):
        lead = f"{label}前十个月全市工业经济运行平稳，装备制造业和高技术制造业增长较快，对全市工业增长贡献率超过一半。"
        assert story_paragraphs(_TITLE, block(lead, _P1, _P2, _P3))[0].startswith("今年前十个月"), label


def test_site_reprint_line_under_the_text_is_not_the_text() -> None:
    body = block(_P1, _P2, _P3, "本文系某某网原创稿件，转载请注明出处。")
    assert story_paragraphs(_TITLE, body)[-1].startswith("市统计局有关负责人表示")


def test_sentence_that_speaks_of_a_summary_stays() -> None:
    first = "导语写作是新闻写作课的第一讲，授课老师结合本地媒体的报道，讲解了如何在开头一句话里交代新闻要素。"
    body = block(first, _P3, _P3.replace("下一步", "今后"))
    assert story_paragraphs("新闻写作课开讲", body)[0].startswith("导语写作是新闻写作课的第一讲")


_DECISION = "为进一步规范全县机关事业单位编制和人员调配管理，根据有关规定，结合我县实际，提出如下意见。"
_MEASURES = ("一、严格执行机构编制审批程序，未经批准不得擅自设立、撤并机构或者调整职能。",
             "二、严格控制人员调配，调入人员必须在编制限额和核定的职数内进行。")


def _first_under(title: str, *head: str, first: str = _DECISION) -> str:
    """The first paragraph of a notice titled ``title`` whose text (``first`` and two
    measures) sits under the lines ``head``."""
    return story_paragraphs(title, block(*head, first, *_MEASURES))[0]


def test_issuer_over_the_title_set_again_is_not_the_text() -> None:
    head = ("<p style='text-align:center'>某县人民政府办公室</p>",
            "<p style='text-align:center'>关于贯彻《某县编制管理条例》进一步加强人员调配管理工作的意见</p>")
    assert _first_under("转发《关于进一步加强人员调配管理工作的意见》", *head) == _DECISION


def test_document_number_over_the_issuer_is_not_the_text() -> None:
    assert _first_under("2026年度学习计划", "某人社〔2026〕26号", "中共某县人力资源和社会保障局党组") == _DECISION


def test_title_and_number_over_the_addressee_are_not_the_text() -> None:
    first = "现将《某县机关事业单位人员调配管理办法》印发给你们，请认真遵照执行。"
    head = ("关于印发《某县机关事业单位人员调配管理办法》的通知", "某人社发〔2026〕3号", "各乡（镇）人民政府，县直各单位：")
    assert _first_under("人员调配管理办法", *head, first=first) == first


def test_decree_name_and_number_over_the_text_are_not_the_text() -> None:
    first = "《某某管理规定》已经2026年11月20日部务会议审议通过，现予公布，自2027年1月1日起施行。"
    body = block("某某部令", "第 3 号", first, "部长 某某", "2026年11月25日")
    assert story_paragraphs("某某管理规定", body)[0] == first


def test_kicker_line_naming_a_plan_with_a_comma_stays() -> None:
    kicker = "全县公布2026年民生实事计划，十项实事涉及教育医疗"
    assert _first_under("编制和人员调配管理工作意见", kicker) == kicker


_NOTICE = ("为丰富校园文化生活，学校定于十二月举办第十届校园读书节，现将有关事项通知如下：",
           "一、各班于十二月五日前上报参赛名单。", "二、读书节期间图书馆延长开放时间至晚上九点。")
_NOTICE_TITLE = "关于举办第十届校园读书节的通知"


def test_school_signature_over_its_date_is_not_the_text() -> None:
    signature = "<p align='right'><br /><font size='3'>&nbsp;&nbsp;&nbsp; 某某中学<br />2026年11月30日<br /></font></p>"
    paragraphs = story_paragraphs(_NOTICE_TITLE, block(*_NOTICE, signature))
    assert paragraphs[-1] == "二、读书节期间图书馆延长开放时间至晚上九点。"


def test_signature_over_a_date_in_chinese_numerals_under_a_contact_line_is_not_the_text() -> None:
    signature = "<p align='right'>共青团某某学院委员会<br />二〇二六年十一月三十日</p>"
    paragraphs = story_paragraphs(_NOTICE_TITLE, block(*_NOTICE, "团委联系人王老师电话：0000-1234567", signature))
    assert paragraphs[-1] == "团委联系人王老师电话：0000-1234567"


def test_person_over_a_date_as_a_list_last_row_stays() -> None:
    paragraphs = story_paragraphs(_NOTICE_TITLE, block(*_NOTICE, "获奖同学：", "王某某", "2026-11-30"))
    assert paragraphs[-1] == "王某某"  # no issuer: the signature rule leaves the name


_RULES = ("第一条 为规范学校岗位设置管理，根据有关规定，制定本办法。", "第二条 本办法由人事处负责解释，自公布之日起执行。")


def test_document_colophon_under_the_text_is_not_the_text() -> None:
    colophon = ("主题词：人事 岗位设置 办法", "抄送：校党委各部门，各学院。",
                "主办：人事处 督办：校长办公室", "某某大学校长办公室 2026年11月24日印发")
    paragraphs = story_paragraphs("某某大学岗位设置管理办法", block(*_RULES, *colophon))
    assert paragraphs[-1] == "第二条本办法由人事处负责解释，自公布之日起执行。"


def test_organisers_line_under_a_report_stays() -> None:
    body = block("十一月二十八日，第三届青年读书论坛在市图书馆举行，两百余名青年读者参加。",
                 "论坛设主旨演讲和分组讨论两个环节，与会者围绕阅读与城市文化展开交流。",
                 "主办：某市图书馆 协办：某市青年联合会")
    assert story_paragraphs("第三届青年读书论坛举行", body)[-1] == "主办：某市图书馆协办：某市青年联合会"


def test_signing_date_and_disclosure_note_under_the_text_are_not_the_text() -> None:
    last = "各地要把发展社区商业作为一项重要工作，加强组织领导，结合本地实际抓好贯彻落实。"
    body = block("为加快发展社区商业，方便群众生活，经省政府同意，现提出如下意见。",
                 "一、完善社区商业网点布局，每个社区至少配建一处便民服务中心。", last,
                 "<p style='text-align:right'>2026年2月27日</p>", "（此件主动公开）")
    assert story_paragraphs("关于加快发展社区商业的意见", body)[-1] == last
