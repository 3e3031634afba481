# ruff: noqa: E501  (Chinese test strings)
"""A government notice's edges (issue 14, fresh6 misses tuned after its score): the label
rules start the body at the first sentence of running text and end it at the last sentence,
before the signature and what is attached. Pages in the real markup's shapes (a city
government's and a provincial commission's notice pages: ``<p>`` lines in one content block,
attachments as download links with an icon), with text written here.

- A city government's notice: the addressee line (``某区人民政府，市直各单位：``) above the
  text; after the last sentence the attachment line, the signature, ``（此件公开发布）``, the
  attached table and the link to the notice's file (``…通知 (1).pdf``).
- A provincial commission's forwarding notice: an addressee line of many bodies
  (``各市、自治州人民政府、…，省直有关单位：``) over one sentence.
- A regulator's announcement ending ``特此通告。`` over ``附件：`` and eight links to files
  (``.doc``, ``.xlsx``) — more lines than a page's captions.
- A tender notice's own centred title, reworded from the page's headline (``…改造工程施工
  招标`` for ``…改造工程（施工）``), over its kind (``补充公告``) and its one sentence.
- Guards: a line closed by a colon that is not an addressee (``会议指出：``) stays; a last
  sentence followed by a contact line stays as it was (not an attachment); a first line
  longer than the headline it starts like, and one that is only the headline's opening
  words (an event's name over its agenda), stay; so does a first line that opens with the
  headline's words and runs on into a clause closed by a colon (``…，具体事宜如下：``).
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"

HEAD = ("<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> &gt; <a href='/zfwj/'>政府文件</a></div>"
        "<h1>{title}</h1><div class='info'><span>发布日期：2026-10-20 09:00</span>"
        "<span>信息来源：市府办</span></div><div class='zoom'>")
TAIL = ("</div><div class='tools'><a onclick='window.print()'>打印</a> <a>关闭</a></div>"
        "<div class='foot'>主办：某市人民政府办公室 版权所有</div></body></html>")
ICON = "<a href='/module/download/downfile.jsp?filename={n}.{ext}'><img src='/icons/{ext}.png'/>{name}.{ext}</a>"


def _p(text: str, align: str = "left") -> str:
    return f"<p style='text-align: {align}; text-indent: 2em;'>{text}</p>"


def _body(page: str) -> str:
    return clean_document(page.encode(), fetched_at=FETCHED).body


ORDER = [
    "根据《某市公共图书馆服务条例》和市政府2026年工作安排，经研究，决定在全市各区设立社区阅读服务点，由市文化广电旅游局统一配置图书和设备。",
    "现将设点任务下达给你们，请于年底前完成场地落实和人员配备，并将完成情况报市文化广电旅游局。",
]


def test_a_notices_addressee_line_and_its_attachment_signature_and_table_are_not_body():
    title = "某市人民政府关于下达2026年社区阅读服务点设点任务的通知"
    rows = "".join(f"<tr><td>{i}</td><td>第{i}社区服务中心</td><td>1</td><td>事业</td></tr>"
                   for i in range(1, 13))
    page = (HEAD.format(title=title) + _p("某区人民政府，市直各单位：", "left").replace("text-indent: 2em;", "")
            + "".join(_p(t) for t in ORDER) + "<p></p>"
            + _p("附件：2026年社区阅读服务点设点任务") + _p("<br/>")
            + _p("某市人民政府", "right") + _p("2026年10月16日&nbsp;&nbsp;&nbsp;", "right")
            + _p("（此件公开发布）") + "<br/>" + _p("附件") + _p("社区阅读服务点设点任务")
            + f"<table><tr><td>序号</td><td>设点单位</td><td>任务</td><td>类别</td></tr>{rows}"
              "<tr><td>合计</td><td>12</td></tr></table>"
            + "<p>" + ICON.format(n="a1", ext="pdf", name=title + " (1)") + "</p>" + TAIL)
    body = _body(page)
    assert body.startswith(ORDER[0])
    assert body.endswith(ORDER[1])


def test_an_addressee_line_of_many_bodies_over_one_forwarding_sentence_is_left_out():
    sentence = "《某省关于支持中小企业数字化改造的若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。"
    page = (HEAD.format(title="某省工业和信息化厅等部门关于印发《某省关于支持中小企业数字化改造的若干措施》的通知")
            + _p("各市、自治州人民政府、某新区管委会，省直有关单位，中央在某省有关单位：")
            + _p(sentence) + "<p></p>" + TAIL)
    assert _body(page) == sentence


def test_an_announcements_attachment_links_after_its_last_sentence_are_not_body():
    text = [
        "近期，某省市场监督管理局组织开展了节日期间食品安全监督抽检，抽检了粮食加工品、肉制品、乳制品等共300批次样品，发现不合格产品3批次。",
        "对抽检中发现的不合格产品，省市场监督管理局已通知相关市场监管部门依法处置，责令经营者立即停止销售并下架。",
        "特此通告。",
    ]
    names = ["本次检验项目", "部分不合格项目小知识", "粮食加工品监督抽检产品合格信息",
             "粮食加工品监督抽检产品不合格信息", "肉制品监督抽检产品合格信息",
             "乳制品监督抽检产品合格信息", "饮料监督抽检产品合格信息", "糕点监督抽检产品合格信息"]
    links = "".join(_p(("附件：" if i == 0 else "") + ICON.format(n=f"f{i}", ext="doc" if i < 2 else "xlsx", name=n))
                    for i, n in enumerate(names))
    page = (HEAD.format(title="某省市场监督管理局关于3批次食品不合格情况的通告（2026年第9期）")
            + "".join(_p(t) for t in text) + links + _p("某省市场监管局", "right")
            + _p("2026年10月20日", "right") + TAIL)
    body = _body(page)
    assert body.startswith(text[0])
    assert body.endswith("特此通告。")


def test_a_colon_line_that_names_no_addressee_and_a_contact_line_at_the_end_stay():
    text = [
        "会议指出：",
        "今年以来，全市上下认真落实各项部署，重点项目建设进展顺利，经济运行总体平稳、稳中有进。",
        "会议要求，各部门要抓紧抓实下一阶段工作，确保全年目标任务圆满完成。",
        "联系电话：0000-12345678",
    ]
    page = HEAD.format(title="市政府召开常务会议") + "".join(_p(t) for t in text) + TAIL
    body = _body(page)
    assert body.startswith("会议指出：")
    assert body.endswith("联系电话：0000-12345678")


def test_a_tender_notices_own_title_lines_reworded_from_the_headline_are_not_body():
    sentence = "一、2. 专用合同条款中第十五条增加第3款：“3、工程款支付方式参照《某街道政府投资项目管理办法（试行）》执行。”"
    page = (HEAD.format(title="某街道城镇环境整治项目-东风路、解放路改造工程（施工）")
            + "<p align='center'><b>某街道城镇环境整治项目—东风路、解放路改造工程施工招标</b></p>"
            + "<p align='center'><b>补充公告</b></p>" + _p(sentence) + TAIL)
    assert _body(page) == sentence


def test_a_first_line_that_only_starts_like_the_headline_stays():
    text = ["某市召开2026年安全生产工作会议部署全年重点任务和督查安排",
            "十月二十日，某市召开安全生产工作会议，总结前三季度工作，部署第四季度重点任务。"]
    page = HEAD.format(title="某市召开2026年安全生产工作会议") + "".join(_p(t) for t in text) + TAIL
    assert _body(page).startswith(text[0])


def test_a_first_line_that_is_the_headlines_opening_words_stays():
    text = ["第五届中国区域经济学术年会", "（2026年12月11－12日，某某大学）",
            "地点：某某大学图书馆报告厅。开幕式由学院院长主持，来宾致辞后进入主题演讲。"]
    page = HEAD.format(title="第五届中国区域经济学术年会会议议程") + "".join(_p(t) for t in text) + TAIL
    assert _body(page).startswith(text[0])


def test_a_first_line_opening_like_the_headline_and_announcing_what_follows_stays():
    # A recruitment notice's first line repeats the headline's words and runs on into a
    # clause closed by a colon (…，具体事宜如下：): text, not the title printed again.
    text = ["县社会保险服务中心招聘编外工作人员2名，具体事宜如下：",
            "一、报名时间：2026年10月21日至25日。", "二、报名地点：县行政服务中心三楼。"]
    page = HEAD.format(title="县社会保险服务中心招聘编外工作人员公告") + "".join(_p(t) for t in text) + TAIL
    assert _body(page).startswith(text[0])
