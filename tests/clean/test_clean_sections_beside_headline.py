# ruff: noqa: E501  (Chinese test strings)
"""A text whose sections lie side by side in the same block as its headline (issue 14, stop 25,
block choice): pages in the real markup's shapes, with text written here.

A paper's story prints its headline, a photo and the text in one container; each paragraph
sits in its own box beside empty ad slots, and a page builder or a hand edit wraps the runs of
paragraphs in chains of ``<div>`` or ``<section>`` of different depths, without class words
(as the ``sections`` and ``split-blocks`` perturbations of ``benchmarks/extraction_robust.py``
write them). The climb from the longest run to the block of all runs stopped at the headline
(a block of another kind beside the sections), so one run of three or four was the text. Now
short blocks without running text before the first section and after the last (the
headline, a header with the time, an app's promotion, a link line, a tag line, a "more
articles" heading) stand beside the sections and are left out of the text.

- A Hong Kong paper's story: headline, a captioned photo, four runs of paragraph boxes in
  ``<div>`` chains with pictures between, an app promotion and a link line under them.
- The same story with every block in its own chain of ``<section>``.
- A news site's story in a ``<section>`` under a ``<header>`` (headline, time), three runs
  with pictures between, a tag line and a "more articles" heading under it.
- Guards: a short closing sentence of the text in its own block is not an edge (the sections
  stay apart, as before, rather than lose it); a headline and an info line over a one-run
  notice are not sections of it (no second run of prose).
"""

from __future__ import annotations

from pipelines.clean import clean_document
from pipelines.textnorm import to_simplified

FETCHED = "2026-12-02T08:00:00Z"

TITLE = "票价机制检讨后 乘客优惠明显减少"
PARAS = [
    "【本报讯】铁路公司票价调整机制经检讨后，与公司物业发展利润直接挂钩，原有的利润分享安排被取消。车费优惠随之缩水，日后只靠事故罚款支撑。",
    "将提供四日半价乘车",
    "根据检讨前的机制，公司去年共有九宗列车服务延误事故，须罚款六千余万元，另须按利润拨出一笔款项作车费优惠。",
    "机制检讨后，回赠优惠的帐面数明显减少，原因是公司毋须再按利润直接拨款。不过延误事故的罚则已经加重，每宗事故罚款上限提高。",
    "公司表示，现时为多条专线小巴提供的转乘优惠将于第四季起增加。同时会继续提供恒常车费优惠，去年相关优惠总值超过二十亿元。",
]
PICTURE = "<div style='text-align:center'><img src='/images/p{}.jpg'></div>"


def _page(container: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>" + TITLE + "_某某新闻网</title></head><body>"
            "<div><a href='/'>首页</a> <a href='/news/'>要闻港闻</a></div>"
            "<main><div>" + container + "</div></main>"
            "<div>关于我们 联络我们 版权所有</div></body></html>").encode()


def _box(*texts: str) -> str:
    """A paragraph box: empty title and subtitle slots, then the text's lines."""
    return "<div><div></div><div></div>" + "".join(f"<div>{t}</div>" for t in texts) + "</div>"


def _chain(inner: str, depth: int, tag: str = "div") -> str:
    return f"<{tag}>" * depth + inner + f"</{tag}>" * depth


HEADLINE = ("<div><div></div><div></div></div><h1>" + TITLE + "</h1><div></div>"
            "<div><div><figure><a href='/l.jpg'><div><img src='/s.jpg'></div></a>"
            "<figcaption>铁路公司去年发生列车出轨事故。</figcaption></figure></div></div><ad></ad>")
UNDER = ("<ad></ad><div></div><div>第一手消息请下载某某新闻 <a href='/ios'>iPhone</a>/ <a href='/android'>Android</a>/</div>"
         "<div><div>本文链接 : https://news.example.com/content/20260330/0017</div></div>")


def _body(data: bytes) -> str:
    return clean_document(data, fetched_at=FETCHED).body


def _assert_whole(body: str) -> None:
    assert body.startswith(PARAS[0])
    assert body.endswith(PARAS[4])
    for text in PARAS[1:4]:
        assert text in body
    assert "下载" not in body and "本文链接" not in body
    assert TITLE not in body


def test_paragraph_boxes_in_div_chains_under_the_headline_are_one_text() -> None:
    runs = (_chain(_box(PARAS[0]), 2) + PICTURE.format(1)
            + _chain(_box(PARAS[1], PARAS[2]) + _box(PARAS[3]), 2) + PICTURE.format(2)
            + _chain(_box(PARAS[4]), 3))
    _assert_whole(_body(_page(HEADLINE + runs + UNDER)))


def test_paragraph_boxes_in_section_chains_under_the_headline_are_one_text() -> None:
    runs = "".join(_chain(_box(*texts), 1 + k % 4, "section")
                   for k, texts in enumerate([(PARAS[0],), (PARAS[1], PARAS[2]), (PARAS[3],), (PARAS[4],)]))
    _assert_whole(_body(_page(HEADLINE + runs + UNDER)))


STORY = [
    "中国驻某地总领馆发言人表示，有关人员所谓过境是假，谋求突破是真。领馆对此坚决反对，已向有关方面提出严正交涉并表达强烈不满。",
    "发言人指出，有关方面纵容支持这一行径，冲击双边关系的政治基础，不符合两国人民的共同利益，也无益于地区和平稳定。",
    "另外，总领事在官网撰文指出，双方应当妥善管控分歧，为两国民众的交往创造良好条件。",
    "文章表示，希望有关方面汲取以往教训，停止错误做法，以实际行动维护双边关系的稳定发展。",
    "总领馆强调，将继续为促进两国民间交流、推动双边关系改善发展而不懈努力。",
]


def test_runs_under_a_header_with_a_tag_line_and_a_more_heading_below_are_one_text() -> None:
    header = ("<header><h1>总领馆：所谓过境是假 谋求突破是真</h1>"
              "<time>2026年03月30日15:58 最后更新: 17:01</time></header>")
    runs = (f"<div><p>{STORY[0]}</p></div>" + PICTURE.format(1)
            + f"<div><div><p>{STORY[1]}</p></div></div>" + PICTURE.format(2)
            + f"<div><div><div><p>{STORY[2]}</p><p>{STORY[3]}</p><p>{STORY[4]}</p></div></div></div>")
    under = "<div>标签: <a href='/tag/1'>总领馆</a></div><h3>往下看更多文章</h3>"
    page = ("<html><head><meta charset='utf-8'><title>总领馆：所谓过境是假 谋求突破是真</title></head><body>"
            "<div><a href='/'>首页</a> <a href='/intl/'>国际</a></div>"
            "<section>" + header + runs + under + "</section>"
            "<div>关于我们 版权所有</div></body></html>").encode()
    body = to_simplified(_body(page))
    assert body.startswith(STORY[0])
    assert body.endswith(STORY[4])
    assert STORY[1] in body
    assert "标签" not in body and "更多文章" not in body


def test_a_short_closing_sentence_in_its_own_block_is_not_taken_for_an_edge() -> None:
    # The runs lie beside the headline; the text's last line, one short sentence, is in a
    # block of its own: it must not be left out as a promotion line would be.
    closing = "欢迎乘客留意。"
    runs = (_chain(_box(PARAS[0]), 2) + PICTURE.format(1)
            + _chain(_box(PARAS[1], PARAS[2]) + _box(PARAS[3]), 2) + PICTURE.format(2)
            + _chain(_box(PARAS[4]), 3) + f"<div><div>{closing}</div></div>")
    body = _body(_page(HEADLINE + runs))
    if PARAS[4] in body:  # the text gathered: then with its last line
        assert body.endswith(closing)


def test_a_headline_and_an_info_line_over_a_one_run_notice_are_not_sections_of_it() -> None:
    notice = "经研究，定于十二月五日上午九时在三楼会议室召开全体职工大会，请各科室负责人通知本科室人员准时参加，不得无故缺席。"
    page = ("<html><head><meta charset='utf-8'><title>关于召开全体职工大会的通知</title></head><body>"
            "<div><div><div>关于召开全体职工大会的通知</div><div>发布时间：2026-12-01 来源：办公室</div>"
            f"<div><div><div><p>{notice}</p></div></div></div>"
            "<div>标签: <a href='/tag/2'>通知</a></div></div></div>"
            "<div>主办：某某局 版权所有</div></body></html>").encode()
    body = _body(page)
    assert body == notice
