# ruff: noqa: E501  (Chinese test strings)
"""A site's copyright statement headed with the site's name (issue 14, stop 25, block choice):
a page in the real markup's shape, with text written here.

A news portal prints a short report in the right cell of a layout table (a column of menu
links in the left cell) and, under it, its statement: ``某某网版权与免责声明`` over numbered
sentences about 本网's copyright, with no class word left (the ``layout-cell`` perturbation of
``benchmarks/extraction_robust.py`` on a real page of that shape). The statement holds more
prose than the report and was taken for the article: its heading was known only bare
(``版权与免责声明``), not after the site's name. Now a heading of at most eight characters
before the statement's words counts too (as the body-edge rule of pipelines/textedges.py
already reads it).

- The report beside the menu cell, the named statement under the table: the report is the body.
- Guard: a report whose first sentence names the site's statement (and speaks of 本网) is
  still the report: the heading must be a line of its own.
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"

REPORT = [
    "4月17日，某市一所高校的学生宿舍内发现一具遗体，警方接报后赶到现场调查，并封锁了宿舍楼的部分区域。",
    "派出所民警透露，死者为男性，遗体位于宿舍楼六楼的一间空置房间内，已经死亡多日，具体死因仍在调查之中。",
    "校方宣传部门负责人表示，死者疑为住在附近的社会人员，学校将配合警方做好调查工作，并加强宿舍楼的管理。",
]
STATEMENT = [
    "1、某某网所有内容的版权均属于作者或页面内声明的版权人。未经某某网的书面许可，任何其他个人或组织均不得以任何形式将某某网的各项资源转载、复制、编辑或发布使用于其他任何场合。",
    "2、已经本网授权使用作品的，应在授权范围内使用，并注明来源。违反上述声明者，本网将追究其相关法律责任。",
    "3、凡本网注明来源为其他媒体的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
    "4、如因作品内容、版权和其它问题需要同本网联系的，请在三十日内进行，本网将及时处理。",
]
MENU = "".join(f"<div><a href='/col/{k}/'>{w}</a></div>" for k, w in enumerate(
    ["首页", "新闻", "政务", "民生", "调查", "读报", "便民", "聚焦", "评论", "专题"]))


def _page(heading: str) -> bytes:
    statement = ((f"<div>{heading}</div>" if heading else "")
                 + "<div>" + "".join(f"<p>{p}</p>" for p in STATEMENT) + "</div>")
    return ("<html><head><meta charset='utf-8'><title>高校宿舍发现遗体 警方正在调查_某某网</title></head><body>"
            "<div><a href='/'>首页</a> &gt; <a href='/news/'>新闻聚焦</a></div>"
            "<div><div>高校宿舍发现遗体 警方正在调查</div><div>2026-04-19 07:57 来源：某某晚报</div>"
            "<table width='100%'><tbody><tr><td width='200' valign='top'>" + MENU + "</td>"
            "<td valign='top'><div>" + "".join(f"<p>{p}</p>" for p in REPORT) + "</div></td></tr></tbody></table>"
            "<div>" + statement + "</div></div>"
            "<div>关于我们 | 联系我们 | 版权所有 某某网</div></body></html>").encode()


def test_a_statement_headed_with_the_sites_name_does_not_outweigh_a_short_report() -> None:
    body = clean_document(_page("某某网版权与免责声明"), fetched_at=FETCHED).body
    assert body.startswith(REPORT[0])
    assert body.endswith(REPORT[2])
    assert "本网" not in body


def test_a_report_opening_with_a_sentence_about_a_statement_is_still_the_report() -> None:
    # Guard: a heading is a line of its own; a report's sentence naming the site's statement
    # (and speaking of 本网) is no heading.
    opening = "某某网昨日发布版权与免责声明，提醒各方转载本网作品须事先取得书面授权。"
    page = ("<html><head><meta charset='utf-8'><title>某某网发布声明_某某网</title></head><body>"
            "<div><a href='/'>首页</a></div><div><div>某某网发布声明</div>"
            "<div>" + "".join(f"<p>{p}</p>" for p in [opening, *REPORT]) + "</div></div>"
            "<div>关于我们 | 版权所有 某某网</div></body></html>").encode()
    body = clean_document(page, fetched_at=FETCHED).body
    assert body.startswith(opening)
    assert body.endswith(REPORT[2])
