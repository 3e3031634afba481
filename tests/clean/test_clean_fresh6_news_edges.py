# ruff: noqa: E501  (Chinese test strings)
"""A news page's own notes kept as paragraphs of the article (issue 14, the fresh6 news
misses tuned after its score): pages in the real markup's shapes, with text written here.

- A one-paragraph brief of an overseas site: a source tag alone in brackets above the text
  (``（某讯北京时间…首发 - 支持此文作者/记者）``), a reprint tag after the last stop
  (``[某讯首发，转载请注明出处]- 支持此文作者/记者(…)``), the story's number alone and a
  comment widget's credit line (``blog comments powered by Disqus``) under it.
- A portal's report: the headline printed twice in one line above the text, the site's
  copyright statement (``某网版权与免责声明`` over numbered clauses about 本网) under it.
- A Taiwanese paper's report: a care box (a heading, a sentence, hotline lines with their
  numbers) and the app's promotions (``下载「…APP」``, ``有话要说投稿「…」``) under it.
- A page builder's news item: the lead paragraph in a block of its own with the date and
  topic lines, the rest of the text fifteen wrappers deep in the next block.
- Guards: a document's number in brackets above a notice and a text whose last paragraph
  names a hotline stay.
"""

from __future__ import annotations

from pipelines.clean import clean_document
from tests.clean.news_page import news_page as _page

FETCHED = "2026-12-02T08:00:00Z"


def test_brief_loses_its_source_tag_reprint_tag_number_and_comment_widget() -> None:
    body = ("<div class='story'>"
            "<p>（某讯北京时间2026年11月30日首发 - 支持此文作者/记者）</p>"
            "<p>某讯据外电报道：港口管理局周二宣布，新的夜间泊位将在下月启用，以缓解货船排队。</p>"
            "<p>近期港口吞吐量持续上升，航运公司呼吁延长作业时间，但周边居民担心噪音增加。"
            "[某讯首发，转载请注明出处]- 支持此文作者/记者(某讯 example.com)</p>"
            "<p>3450001</p><p>blog comments powered by Disqus</p></div>")
    result = clean_document(_page("快讯：港口将启用夜间泊位", body), fetched_at=FETCHED)
    assert result.paragraphs == [
        "某讯据外电报道：港口管理局周二宣布，新的夜间泊位将在下月启用，以缓解货船排队。",
        "近期港口吞吐量持续上升，航运公司呼吁延长作业时间，但周边居民担心噪音增加。",
    ]


DOUBLED = "市区一桥梁夜间封闭检修 公交线路临时调整"


def test_report_loses_its_doubled_headline_and_the_sites_copyright_statement() -> None:
    text = [
        "11月29日，市交通部门通报，因主梁例行检测，市区一座跨河桥梁将在夜间封闭检修，白天照常通行。",
        "据介绍，检修时段为每晚十一时至次日凌晨五时，预计持续两周，途经该桥的三条夜班公交线路临时绕行。",
        "交通部门提醒，夜间出行的市民可提前查询线路调整信息，合理安排出行时间。",
    ]
    statement = [
        "某网版权与免责声明",
        "1、某网所有内容的版权均属于作者或页面内声明的版权人。未经某网书面许可，任何个人或组织不得转载。",
        "2、凡本网注明“来源：其他媒体”的作品，均转载自其它媒体，并不代表本网赞同其观点。",
        "3、如因作品内容、版权和其它问题需要同本网联系的，请30日内进行。",
    ]
    body = ("<div class='content'><div><span>" + DOUBLED.replace(" ", "") + "</span><span>"
            + DOUBLED.replace(" ", "") + "</span></div>"
            + "".join(f"<p>{p}</p>" for p in text + statement) + "</div>")
    result = clean_document(_page(DOUBLED, body), fetched_at=FETCHED)
    assert result.paragraphs == text


def test_report_loses_the_care_box_and_app_promotions_under_it() -> None:
    text = [
        "市区凌晨发生一起坠楼案，一名男子酒后与家人争执，随后从住处高楼坠落，经送医后仍宣告不治，警方正进一步调查。",
        "警方表示，现场已封锁勘验，并约谈男子家属及邻居了解事发经过，详细死因有待相验厘清。（某某／台中报导）",
    ]
    box = ["《某报》关心你", "自杀解决不了问题，却留给家人无比悲痛。请珍惜生命。", "再给自己一次机会",
           "自杀防治咨询安心专线：0800-788995（24小时）", "生命线协谈专线：1995", "张老师专线：1980",
           "下载「某报APP」", "有话要说投稿「即时论坛」"]
    body = "<div class='article'>" + "".join(f"<p>{p}</p>" for p in text + box) + "</div>"
    result = clean_document(_page("男子争执后坠楼不治", body), fetched_at=FETCHED)
    assert result.paragraphs == text


def test_lead_in_its_own_block_beside_the_date_opens_a_page_builders_text() -> None:
    lead = "某国际组织于11月28日通过了新版疾病分类，将一组病症重新归入新设的分类，这一修订将在三年内在各成员国实施。"
    text = [
        "该组织的协调员表示，新的分类反映了近年来对这些病症的认识，有助于减少对患者的误解，让他们更主动地寻求医疗服务。",
        "协调员说，这次修订综合了外部专家小组对已知医学证据的审核，并听取了医学界人士和患者团体的意见。",
        "据介绍，该分类大约每十年修订一次，各国可以根据实际情况申请增补细节，但不能改变基本的代码。",
    ]
    deep = "".join("<div>" for _ in range(15)) + "".join(f"<p>{p}</p>" for p in text) \
        + "".join("</div>" for _ in range(15))
    page = ("<html><head><meta charset='utf-8'><title>新版疾病分类获通过 | 某某新闻</title></head><body>"
            "<div><a href='/'>首页</a> <a href='/health'>健康</a></div><main><section>"
            "<div><h1><span>新版疾病分类获通过</span></h1></div>"
            "<div><div><span><time datetime='2026-11-30T12:00:00Z'>2026年11月30日</time></span>"
            "<span><a href='/topic/health'>健康及卫生</a></span><div><p>" + lead + "</p></div></div></div>"
            "<div></div><div>" + deep + "</div>"
            "<div><a href='/subscribe'>点击此处订阅</a></div></section></main></body></html>")
    result = clean_document(page, fetched_at=FETCHED)
    assert result.paragraphs == [lead, *text]


def test_document_number_in_brackets_and_a_closing_hotline_sentence_stay() -> None:
    text = [
        "（某金罚决字〔2026〕12号）",
        "当事人：某某保险代理有限公司。经查，当事人存在编制虚假材料的违法行为，依据有关规定，决定给予警告并处罚款。",
        "当事人如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议。",
        "如有疑问，请拨打监管服务热线：12378",
    ]
    body = "<div class='article'>" + "".join(f"<p>{p}</p>" for p in text) + "</div>"
    result = clean_document(_page("行政处罚决定书", body), fetched_at=FETCHED)
    assert result.paragraphs == text
