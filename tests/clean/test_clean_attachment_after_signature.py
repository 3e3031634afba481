# ruff: noqa: E501  (Chinese test strings)
"""A notice's attached document printed after its signature (issue 14, after fresh11's
score: a ministry's tax notice read its attachment as more text), pages of text written
here in the shape of a ministry's notice page:

- The text's last numbered point, the attachment line naming the attached list
  (``附件：某某范围``), the issuers' line and the signing date right-aligned, then the list
  itself (``附件：``, its title centred, a two-column table whose right cells are sentences):
  the text ends at its last sentence, before the attachment line.
- The same with a republishing site's promotion lines between the last sentence and the
  attachment line (``【某某即时】：…``, ``加入某某粉丝团``; stop 30, found under the
  ``furniture`` perturbation): the text ends at its last sentence, before them.
- Guards: a notice that says it issues what it attaches (``现将《…办法》印发给你们``) keeps the
  measures printed after its date, as the label rules say; an attachment line with no
  signing date under it changes nothing here.
"""

from __future__ import annotations

from tests.clean.news_page import story_paragraphs

_LAST = "四、各地在执行中遇到的问题，请及时向省财政厅和省科学技术厅反映；对弄虚作假骗取优惠的，依法追回并予以处理。"
_TABLE = ("<table border='1'><tbody>"
          "<tr><td><p>类别</p></td><td><p>适用范围</p></td></tr>"
          "<tr><td><p>一、软件和信息服务</p></td><td>&nbsp;</td></tr>"
          "<tr><td><p>1.软件开发服务</p></td><td><p>为用户定制开发应用软件，提供软件测试、部署和运行维护等服务。</p></td></tr>"
          "<tr><td><p>2.数据处理服务</p></td><td><p>提供数据采集、整理、存储和分析服务，以及其他数据加工服务。</p></td></tr>"
          "<tr><td><p>二、设计和检测服务</p></td><td>&nbsp;</td></tr>"
          "<tr><td><p>3.工程设计服务</p></td><td><p>为建设项目提供方案设计、施工图设计和设计咨询等服务。</p></td></tr>"
          "<tr><td><p>4.检验检测服务</p></td><td><p>对产品和材料的性能进行检验、检测和认证，出具检测报告。</p></td></tr>"
          "</tbody></table>")


_PROMOTIONS = ("<p>【某某即时】：最有料的影音频道</p><p>【某某论坛】：最新评论每日总览</p>"
               "<p>有话要说投稿「某某论坛」</p><p>加入某某资讯粉丝团</p>")


def _notice(first: str, attachment: str, signed: bool = True, promoted: bool = False) -> str:
    """A notice's text block: ``first`` and three numbered points, the attachment line,
    the issuers and the signing date (when ``signed``), then the attached list; a site's
    promotion lines between the last point and the attachment line when ``promoted``."""
    signature = ("<p align='right'>某省财政厅</p><p align='right'>2026年11月19日</p>"
                 if signed else "")
    return ("<div class='TRS_Editor'>"
            f"<p align='justify'>{first}</p>"
            "<p align='justify'>一、自2027年1月1日起，对经认定的服务企业减按15%的税率征收企业所得税。</p>"
            "<p align='justify'>二、企业须满足的服务领域范围按照本通知所附清单执行，清单以外的业务不享受本项优惠。</p>"
            "<p align='justify'>三、省科学技术厅应会同有关部门及时开展认定工作，并将认定结果向社会公开。</p>"
            f"<p align='justify'>{_LAST}</p>"
            + (_PROMOTIONS if promoted else "")
            + f"<p align='justify'>附件：{attachment}</p>"
            + signature
            + "<p align='justify'>附件：</p>"
            f"<p align='center'>{attachment}</p>"
            + _TABLE + "</div>")


def test_attached_list_after_the_signature_is_not_the_text() -> None:
    first = "为进一步促进服务企业发展、优化产业结构，现就服务企业所得税优惠政策通知如下："
    paragraphs = story_paragraphs("关于服务企业所得税政策的通知",
                                  _notice(first, "服务企业业务领域范围"))
    assert paragraphs[0] == first
    assert paragraphs[-1] == _LAST


def test_promotions_between_the_text_and_the_attachment_line_go_with_it() -> None:
    first = "为进一步促进服务企业发展、优化产业结构，现就服务企业所得税优惠政策通知如下："
    paragraphs = story_paragraphs("关于服务企业所得税政策的通知",
                                  _notice(first, "服务企业业务领域范围", promoted=True))
    assert paragraphs[-1] == _LAST


def test_measures_a_notice_issues_after_its_signature_stay() -> None:
    first = "现将《某省服务企业认定管理办法》印发给你们，请结合实际认真贯彻执行。"
    paragraphs = story_paragraphs("关于印发某省服务企业认定管理办法的通知",
                                  _notice(first, "某省服务企业认定管理办法"))
    assert paragraphs[-1].endswith("对产品和材料的性能进行检验、检测和认证，出具检测报告。")


def test_attachment_line_with_no_signing_date_under_it_changes_nothing_here() -> None:
    first = "为进一步促进服务企业发展、优化产业结构，现就服务企业所得税优惠政策通知如下："
    paragraphs = story_paragraphs("关于服务企业所得税政策的通知",
                                  _notice(first, "服务企业业务领域范围", signed=False))
    assert paragraphs[-1] != _LAST
