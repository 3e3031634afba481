# ruff: noqa: E501  (Chinese test strings)
"""A site's disclaimer without a heading under a short report (issue 14, stop 26, block
choice): pages in the shapes of real ones, with text written here.

A financial news site prints, in its footer, where its quotes come from and a disclaimer
about its own content (本网站的内容不构成任何投资建议…概不负责) — two paragraphs of prose
without a heading such as ``免责声明``. With no class word left to set the footer aside (the
``noclass``, ``sections``, ``split-blocks`` and ``layout-cell`` perturbations of
``benchmarks/extraction_robust.py`` on a real page of this shape), that block held more prose
than a three-paragraph report and won. Now a block of at most 600 Chinese characters that
names the site as itself twice or more (本网站, 本站 — not the dateline 本站讯) and disclaims
(概不负责, 不构成任何…) is a site's statement, never the text.

- A short report over a footer whose disclaimer has no heading.
- Guard: a report with the dateline ``本站讯``, one more mention of the site and a closing
  ``不构成任何投资建议`` stays the text (the caveat line itself goes, as before).
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-02T08:00:00Z"
TITLE = "监管部门向五家基金公司发出警示函"
REPORT = ["监管部门近日向五家基金公司发出警示函，指出其在产品宣传和投资者适当性管理方面存在问题。",
          "据了解，相关公司存在夸大过往业绩、未充分揭示产品风险等情况。",
          "监管部门要求相关公司在一个月内完成整改，并提交书面整改报告。"]
FOOTER = ["股票及指数资料由某某数据公司提供，外汇报价由某某通讯社提供。",
          "本网站的内容不构成任何投资建议，本网站内容亦非针对个别投资者的特定投资目标或财务状况而编制。"
          "投资者在作出任何投资决定前，应考虑产品的特点及自身承受风险的能力，并适当寻求独立的专业意见。"
          "本网站及其资讯供应商尽力提供准确可靠的资料，但资料如有错漏而令阁下蒙受损失，本公司概不负责。"]


def _page(report: list[str]) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>" + TITLE + " - 某某财经网</title></head><body>"
            "<div><a href='/'>首页</a> <a href='/news/'>即时新闻</a></div>"
            "<div><p><span>今日 15:23</span></p><h1>" + TITLE + "</h1>"
            "<div>" + "".join(f"<p>{line}</p>" for line in report) + "</div></div>"
            "<div><p><a href='/about'>关于我们</a> | <a href='/terms'>服务条款</a></p>"
            "<div>" + "".join(f"<p>{line}</p>" for line in FOOTER) + "</div></div></body></html>").encode()


def test_an_unheaded_disclaimer_does_not_win_over_a_short_report():
    body = clean_document(_page(REPORT), fetched_at=FETCHED).body
    assert body.startswith(REPORT[0])
    assert body.endswith(REPORT[2])
    assert "本网站" not in body


def test_a_report_with_the_site_dateline_and_a_closing_caveat_stays_the_text():
    report = ["本站讯 监管部门近日向五家基金公司发出警示函，指出其在产品宣传方面存在问题，本站记者从业内了解到，相关公司已着手整改。",
              *REPORT[1:], "以上内容仅供参考，不构成任何投资建议。"]
    html = ("<html><head><meta charset='utf-8'><title>" + TITLE + "</title></head><body><h1>" + TITLE
            + "</h1><div>" + "".join(f"<p>{line}</p>" for line in report) + "</div></body></html>").encode()
    body = clean_document(html, fetched_at=FETCHED).body
    assert body.startswith("本站讯")
    assert body.endswith(REPORT[2])
