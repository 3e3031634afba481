"""A table attached after a notice's signing date, under a text that happens to say 发布 or
公布 (stop 37, second round, i27e: fresh19's jx-gov notice — ``定期发布`` in its first measure —
kept its attached project table as more text), on pages of our own text in another markup
(plain table cells, the signing date with no issuer over it, the attachment's heading lost):

- The text's last point, the attachment line naming the list (``附件：某某名单``), the signing
  date alone, then the list as a table whose cells are names and figures: the text ends at
  its last sentence, before the attachment line, though the text says it publishes the list.
- Guard: a notice that says it issues what it attaches keeps the measures printed after its
  date when they are prose (the label rules' 印发 notice).
"""

from __future__ import annotations

from pipelines.textedges import trim_edges
from tests.clean.news_page import story_paragraphs

_FIRST = "为加快推进全市重点项目建设，经市政府同意，现就重点项目服务保障工作通知如下："
_LAST = "四、各责任单位要压实责任，对工作不力、进度滞后的项目，要按程序严肃问责。"
_ROWS = [("序号", "项目名称", "投资（亿元）", "主要建设内容", "牵头单位", "联系人")] + [
    (str(n), f"某某第{n}号产业园项目", str(n + 4), f"新建标准厂房{n}万平方米，年产配件{n}万套。",
     "某某县政府", f"张某<br>（某某县副县长）<br>1380000{n:04d}") for n in range(1, 16)]
_TABLE = "<table>" + "".join(
    "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in _ROWS) + "</table>"


def _notice(second: str, after: str) -> str:
    return ("<div id='zoom'>"
            f"<p>{_FIRST}</p>"
            "<p>一、建立项目清单，每季度向社会公布一次项目进展情况，接受社会监督。各责任单位要逐个项目明确牵头领导、责任单位和责任人，"
            "倒排工期、挂图作战，确保每个项目有人抓、有人管、有人落实；对清单内项目实行动态管理，已竣工投产的及时调出，新开工的及时纳入。</p>"
            "<p>二、强化督查调度，及时通报进展情况。市政府督查室每月对清单内项目开展一次实地督查，采取不发通知、不打招呼、直奔现场的方式，"
            "重点查看项目开工、投资完成和形象进度等情况，督查结果在全市范围内通报，对进度滞后的项目逐一分析原因、提出整改要求。</p>"
            f"<p>{second}</p>"
            f"<p>{_LAST}</p>"
            "<p>附件：全市重点项目服务保障名单</p>"
            "<p style='text-align:right'>2026年11月18日</p>"
            + after + "</div>")


def test_attached_table_after_the_date_is_not_the_text_though_the_text_says_publish() -> None:
    paragraphs = story_paragraphs("关于做好重点项目服务保障工作的通知",
                                  _notice("三、各地要定期发布项目建设动态，及时协调解决用地、用工等问题，对需要市级层面协调的重大问题，适时提请市政府召开专题会议研究解决。",
                                          _TABLE))
    assert paragraphs[0] == _FIRST
    assert paragraphs[-1] == _LAST


_MEASURES = ("<p>第一条 为规范重点项目服务保障工作，制定本办法。</p>"
             "<p>第二条 本办法适用于全市列入重点项目清单的建设项目。</p>"
             "<p>第三条 各责任单位应当指定专人负责项目服务保障工作。</p>"
             "<p>第四条 本办法自发布之日起施行。</p>")


def test_measures_a_notice_issues_after_its_date_stay() -> None:
    paragraphs = story_paragraphs("关于印发重点项目服务保障办法的通知",
                                  _notice("三、现将《全市重点项目服务保障办法》印发给你们，请认真贯彻执行。",
                                          _MEASURES))
    assert paragraphs[-1].endswith("本办法自发布之日起施行。")


def test_cells_one_to_a_line_after_the_date_go_too() -> None:
    """The same list as the extractor reads a table printed one cell to a paragraph (each
    cell's text in its own block): the cells after the date are no text either."""
    cells = [cell.replace("<br>", "") for row in _ROWS for cell in row]
    lines = [_FIRST, "一、建立项目清单，每季度向社会公布一次项目进展情况，接受社会监督。",
             "二、各地要定期发布项目建设动态，及时协调解决用地、用工等问题。", _LAST,
             "附件：全市重点项目服务保障名单", "2026年11月18日", *cells]
    kept, _ = trim_edges(lines)
    assert kept[-1] == _LAST
