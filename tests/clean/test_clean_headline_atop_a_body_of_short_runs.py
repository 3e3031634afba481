# ruff: noqa: E501  (Chinese test strings)
"""A notice's headline printed as a plain ``<p>`` at the top of the block chosen as the body,
a box of other links between it and the text, nothing stated (no ``<title>``, no class
words) — and the text set in runs or lines none of which holds 20 Chinese characters
(issue 14, stop 35: opened provincial notices under the ``bare`` perturbation; pages in the
shapes of their templates, the text written here).

The lines printed before the text are read back from where its running text starts. That
start was the first element holding 20 characters of its own; a word processor's runs
(``<p><span>近期，某某局</span><span>组织…</span>…``) or a short notice's lines
(``各市、县（区）人民政府：``) hold none, so the start fell back to the body's own element and
the headline inside it, above that start, was never read: no headline. (The body is the
block holding the headline when readers' comments under the text sit in it too.) Now the text starts
at the body's first paragraph reading as the text's (eight characters or more, a clause's
stop, no list of links), the headline line at the body's top and the blocks around it
excepted.

- Text in word-processor runs: the headline is the ``<p>`` at the body's top.
- A short notice of short lines: the same.
- Guard: a body whose first paragraph is a sentence (no headline line at its top) keeps
  the text's own first paragraph, not a line of the links box, as a headline.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

HEADLINE = "某某市水利局关于开展汛前河道安全隐患排查整治工作的通告"
NOTICE_HEADLINE = "某某市人民政府关于张某某等同志任职的通知"
LINKS = ("<div><h3>热点新闻</h3><ul>"
         + "".join(f'<li><a href="/xw/{i}.html">全市春季植树造林工作会议召开第{i}场</a><span>2025-03-0{i}</span></li>'
                   for i in range(1, 6))
         + "</ul></div>")
RUNS = ["近期，某某市水利局", "组织各区水务部门", "对辖区内主要河道", "开展了汛前安全隐患排查，",
        "共检查堤防", "一百二十公里，", "发现隐患点", "十五处。"]
RUNS_2 = ["各区水务部门", "要按照属地管理原则，", "逐一落实整改责任人", "和整改时限，",
          "确保在主汛期到来之前", "全部整改到位。"]
NOTICE = ["各区人民政府，市政府各部门：", "经市政府研究决定：", "张某某任某某职业学院副院长；",
          "李某某任某某技师学院副院长。", "某某市人民政府", "（此件公开发布）"]
COMMENTS = ("<div><h4>网友留言</h4><p>市民甲 2025-04-10 09:12:30</p><p>排查很及时，希望整改结果能够向社会公布。</p>"
            "<p>市民乙 2025-04-11 14:05:10</p><p>支持这项工作，河道安全关系到每一户居民。</p></div>")
INFO = ("<div><table><tr><td><b>发文机关：</b>某某市水利局</td>"
        "<td><b>成文日期：</b>2025-04-08</td></tr></table></div>")


def _in_runs(runs: list[str]) -> str:
    spans = "".join(f"<span><span>{run}</span></span>" for run in runs)
    return f"<p>{spans}</p>"


def _page(headline_line: str, text: str) -> str:
    return (page_head() + '<p><a href="/">首页</a> | <a href="/zw/">政务公开</a> | <a href="/hd/">互动交流</a></p>'
            + INFO + f"<div><div>{headline_line}{LINKS}<div>{text}</div>{COMMENTS}</div></div>"
            "<div><p>主办单位：某某市人民政府办公室</p></div></body></html>")


def test_headline_over_a_text_in_word_processor_runs() -> None:
    page = _page(f"<p>{HEADLINE}</p>", _in_runs(RUNS) + _in_runs(RUNS_2))
    assert cleaned(page).title == HEADLINE


def test_headline_over_a_short_notice_of_short_lines() -> None:
    page = _page(f"<p>{NOTICE_HEADLINE}</p>", "".join(f"<p>{line}</p>" for line in NOTICE))
    assert cleaned(page).title == NOTICE_HEADLINE


def test_no_headline_line_keeps_links_box_lines_out() -> None:
    text = "".join(f"<p>{line}</p>" for line in (
        "近期，某某市水利局组织各区水务部门对辖区内主要河道开展了汛前安全隐患排查。",
        "各区水务部门要按照属地管理原则，逐一落实整改责任人和整改时限。"))
    title = cleaned(_page("", text)).title
    assert title is None or "植树造林" not in title


PENALTY_HEADLINE = "某某市水利局关于某某砂石有限公司行政处罚信息的公开表"
FIELDS = [("行政处罚决定书文号", "某水罚决字〔2025〕7号"),
          ("被处罚当事人", "某某砂石有限公司"),
          ("主要违法违规事实", "<p>擅自在河道堆放砂石，</p><p>影响行洪安全。</p>"),
          ("行政处罚依据", "<p>《水法》第三十七条，第六十五条。</p>"),
          ("行政处罚决定", "罚款五万元"),
          ("作出处罚决定的机关名称", "某某市水利局"),
          ("作出处罚决定的日期", "2025年4月8日")]


def test_table_of_fields_keeps_the_headline_over_it() -> None:
    rows = "".join(f"<tr><td><span>{label}</span></td><td>{value}</td></tr>" for label, value in FIELDS)
    page = (page_head() + '<p><a href="/">首页</a> | <a href="/zw/">政务公开</a></p>'
            + LINKS + f"<div><div><p>{PENALTY_HEADLINE}</p></div><div><table><tbody>{rows}</tbody></table></div>"
            + COMMENTS + "</div></body></html>")
    assert cleaned(page).title == PENALTY_HEADLINE
