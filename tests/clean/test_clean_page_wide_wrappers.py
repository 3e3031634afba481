# ruff: noqa: E501  (Chinese test strings)
"""Page-wide wrappers and hidden copies of the text (issue 14, stop 29): a block holding the
whole page — the ``<div>`` a search engine's cache or a save tool moves the page into, or a
template's own outer ``<div>`` — is not the article's block, however much text it holds;
and a hidden copy of the text is no more of it. Pages written here in the shapes of the
real ones (the ``cached``, ``wrapped``, ``unclosed-chrome``, ``noclass`` and
``headings-plain`` perturbations of ``benchmarks/extraction_robust.py``):

1. a city portal's story that keeps a second copy of its text hidden under the page
   (``display:none``: the copy a read-aloud button reads out), long enough (600 Chinese
   characters and more) to be kept as a possible text — a template may hide the text until
   a script shows it. Moved into one wrapper, the page's text was both copies. A hidden
   block is a copy when pieces near its start, middle and end are shown elsewhere on the
   page; it is then set aside as other hidden blocks are. Guards: a page whose only text is
   hidden is still read, and so is one whose text is hidden twice and shown nowhere;
2. a financial portal's brief without class words: one outer ``<div>`` holding the menus,
   the breadcrumb, the headline and its date line, the text's block, a line pointing to a
   topic and a footer. The outer block outscored the text's block (the menus' words, the
   headline and the footer add to it), so the text read the topic line too. A wrapper
   holding three quarters of the page is read as ``<body>`` is (the best block of its own
   holding a third as much) when what it holds beside that block is the page's furniture
   — a footer, or ten linked lines — and no running text. Guards: a notice's block holding
   its text over a table of names (no links, no footer) keeps the table; a text split into
   runs, one run outscoring the others, keeps every run.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head, paras

HEADLINE = "某市美妆产业依靠自主创新持续发力"
STORY = ["记者从市商务部门获悉，今年前三季度全市化妆品产业产值同比增长百分之八，产业规模继续位居全国前列，产品备案数量占全省八成左右，发明专利申请数量也连续多年排在各城市前面。",
         "据介绍，全市现有化妆品生产企业一千八百余家，一批本土品牌通过自主研发打开了国内外市场。不少企业建起了自己的研究中心，从原料筛选到功效评价都有专门的团队负责，新品上市的周期明显缩短。",
         "一家本土企业的负责人告诉记者，公司去年的研发投入占营业收入的比例超过百分之五，研究人员从几十人增加到两百多人，今年已有三款自主研发的原料完成备案，开始用在公司的主力产品上。",
         "业内人士表示，产业集群是这座城市的一大优势。原料供应、生产制造、包装设计、检验检测和市场推广等环节都能在本地找到配套企业，一个新品牌从立项到上市，所需的时间比其他地方少了将近一半。",
         "与此同时，行业也面临新的挑战。市场竞争越来越激烈，消费者对产品功效和安全的要求越来越高，监管部门对备案资料和功效宣称的审查也更加严格，企业只有在研发上持续投入，才能在竞争中站稳脚跟。",
         "在人才方面，本地多所高校开设了化妆品技术和香料香精相关专业，每年向行业输送一千多名毕业生。企业与高校共建的实验室和实训基地也在不断增加，一些研究成果已经转化成了市场上的产品。",
         "在渠道方面，直播电商和跨境电商为本土品牌打开了新的市场。去年全市化妆品网络零售额增长明显，一些品牌通过跨境电商平台把产品卖到了东南亚和中东地区，海外订单逐月增加。",
         "市商务部门有关负责人表示，下一步将继续完善产业扶持政策，支持企业建设研发平台和检验检测平台，鼓励企业参加国内外展会，推动产业向高端化、品牌化、国际化方向发展，打造具有影响力的产业高地。"]
NAV = "".join(f"<a href='/c{k}/'>{word}</a> " for k, word in enumerate(
    ("首页", "新闻中心", "政务公开", "政策文件", "通知公告", "办事服务", "互动交流", "专题专栏", "数据发布", "联系我们")))
FOOT = "<div class='foot'>某市人民政府 版权所有 主办单位：某市人民政府办公厅 网站标识码：4401000001</div>"


def _portal(copies: str) -> str:
    """The portal's page: a menu, the story's block under its headline, a footer, and
    ``copies`` (the hidden read-aloud copy, or nothing) straight under ``<body>``."""
    return (f"<div class='top'>{NAV}</div><div class='main'><div class='crumb'>当前位置：首页 > 新闻中心</div>"
            f"<h1>{HEADLINE}</h1><div class='attr'>2023-12-05 来源：某市日报</div>"
            f"<div class='article'>{paras(STORY)}</div></div>{FOOT}{copies}")


READOUT = f"<div class='readout' style='display:none;'>{HEADLINE}{''.join(STORY)}</div>"
CACHE_HEADER = ("<div id='cache-header'><span>This is a cache of http://www.example.gov.cn/a.html. It is a "
                "snapshot of the page as it appeared on 20 Jul 2024 03:12:45 GMT.</span></div>")


def _lines(page: str) -> list[str]:
    return [p for p in cleaned(page).body.split("\n") if p]


def test_a_hidden_copy_of_the_shown_text_is_not_read_again_in_a_page_wide_wrapper():
    cached = (page_head(HEADLINE) + CACHE_HEADER + "<div style='position:relative'>"
              + _portal(READOUT) + "</div></body></html>")
    assert _lines(cached) == STORY
    assert _lines(page_head(HEADLINE) + _portal(READOUT) + "</body></html>") == STORY


def test_a_text_hidden_and_shown_nowhere_else_is_still_read():
    only_hidden = (page_head(HEADLINE) + f"<div class='top'>{NAV}</div><h1>{HEADLINE}</h1>"
                   f"<div class='article' style='display:none'>{paras(STORY)}</div>{FOOT}</body></html>")
    assert _lines(only_hidden) == STORY
    twice = only_hidden.replace(FOOT, f"<div class='print' style='display:none'>{paras(STORY)}</div>{FOOT}")
    assert _lines(twice)[0] == STORY[0]


BRIEF = ["中国商务部发言人今日表示，宣布的扩大开放举措是为更高水平对外开放做出的重大决定，与贸易摩擦没有任何关系。希望与各国一道，共同构建更高水平的开放体系。",
         "他还表示，到目前为止在经贸摩擦问题上没有任何层级的谈判，将对另一方听其言观其行。在单方面施压之下，不可能进行任何谈判。"]


def _brief_page() -> str:
    menu = "".join(f"<a href='/m{k}/'>{word}</a>" for k, word in enumerate(
        ("行情", "股吧", "新闻", "外汇", "基金", "黄金", "期货", "债券", "理财", "保险", "银行", "科技")))
    related = "".join(f"<p><a href='/n{k}.html'>{text}</a></p>" for k, text in enumerate(
        ("多家机构解读一季度经济数据", "外汇市场本周走势回顾", "专家谈稳外贸的几点建议", "一季度进出口数据公布",
         "商务部：将继续扩大开放", "海关总署公布一季度进出口数据")))
    tags = "".join(f"<a href='/t{k}/'>{word}</a> " for k, word in enumerate(("经贸摩擦", "对外开放", "商务部")))
    return ("<html><head><meta charset='utf-8'><title>商务部：目前经贸摩擦问题上没有任何层级的谈判</title>"
            "<meta property='article:published_time' content='2018-04-12T10:18:40+08:00'></head><body>"
            f"<div><div>{menu}</div><div>国内财经 > 经贸动态 > 正文</div>"
            "<div><h1>商务部：目前经贸摩擦问题上没有任何层级的谈判</h1>"
            "<div><span>2018年04月12日 10:22</span> <span>某某财经</span></div></div>"
            f"<div><div><ins></ins></div><div>{paras(BRIEF)}<blockquote><p><strong>【推荐阅读】：</strong></p>{related}</blockquote>"
            "<p>责任编辑：某某 SF001</p></div>"
            f"<div><div><label>文章关键词：</label> {tags}</div><div><a href='/fb/'>我要反馈</a></div></div>"
            "<div><div><span>相关专题：</span> <a href='/z/'>经贸摩擦情绪暂降温专题</a></div></div>"
            "<div><div><div>热门推荐</div><span><i>收起</i></span></div><div></div></div>"
            "<div><div><img src='/qr.png' alt='某某财经公众号'></div><div><span>某某财经公众号</span>"
            "<p>24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（example）</p></div></div></div>"
            "<div>财经意见反馈留言板 电话：400-000-0000 按1键留言 欢迎批评指正 关于我们 广告服务 联系我们 "
            "招聘信息 网站律师 通行证注册 产品答疑 版权所有 客户服务热线：400-000-0000</div></div>"
            "</body></html>")


def test_a_page_wide_wrapper_around_menus_and_a_footer_gives_way_to_the_text_block():
    found = cleaned(_brief_page())
    assert [p for p in found.body.split("\n") if p] == BRIEF
    assert found.published_at.startswith("2018-04-12T10:22")


NAMES = [("程明", "某县第一中学", "954－12"), ("张丽", "某县人民医院", "957－03"),
         ("王华", "某县财政局项目服务中心", "960－01")]
LEAD = "根据《某市2019年上半年公开招聘事业单位人员简章》规定，经网上报名初审、笔试、资格复审、面试、体检、考察政审等相关工作程序，经县招考领导小组研究，拟聘用程明等3名同志为我县事业单位工作人员，现将拟聘人员名单公示如下："
CLOSE = "公示期为5天，即2019年10月23日至10月27日，如有异议，请于公示期内向县纪委、县人社局反映。联系电话：0851-0000000（县纪委）"


def _notice_page() -> str:
    """A county's notice in a word processor's markup: every line a ``<p><span>`` (the lead's
    pieces in spans of their own), the names in a table between the lead and the closing
    line, no link and no footer."""
    cell = "<td><p><span>{}</span></p></td>"
    rows = "".join("<tr>" + "".join(cell.format(v) for v in row) + "</tr>"
                   for row in (("姓名", "拟聘用单位", "职位代码"), *NAMES))
    return (page_head("某县2019年公开招聘事业单位拟聘用人员名单") + "<div><div><div>某县2019年公开招聘事业单位拟聘用人员名单</div>"
            "<div>发布时间：2019-10-23 来源：县人社局</div><font>"
            "<p><span>某县2019年公开招聘事业单位拟聘用人员名单</span></p><p><span>公示（第三批）</span></p>"
            f"<p><span><span>{LEAD[:3]}</span><span>{LEAD[3:LEAD.index('》')]}</span>"
            f"<span>{LEAD[LEAD.index('》'):]}</span></span></p>"
            f"<table><tbody>{rows}</tbody></table><p><br></p>"
            f"<p><span>{CLOSE}</span></p><p><span>某县公开招聘工作领导小组办公室</span></p>"
            "<p><span>2019年10月23日</span></p></font></div></div></body></html>")


def test_a_notice_block_over_a_table_of_names_keeps_its_table():
    body = cleaned(_notice_page()).body
    assert LEAD in body and "某县财政局项目服务中心" in body and CLOSE in body


def test_a_text_split_into_runs_keeps_every_run_under_a_page_wide_block():
    runs = [STORY[:1], STORY[1:5], STORY[5:]]
    parts = "".join(f"<div>{'<div>' * k}{paras(run)}{'</div>' * k}</div><div><img src='/p{k}.jpg'></div>"
                    for k, run in enumerate(runs))
    page = (page_head(HEADLINE) + f"<table><tr><td><b>{HEADLINE}</b><br>新闻来源：某台 于 2012-11-21</b>"
            f"{parts}<span>敬请注意：新闻取自各大新闻媒体，观点内容不代表本网立场！</span></td></tr></table></body></html>")
    lines = _lines(page)
    assert lines[0] == STORY[0] and STORY[-1] in lines and len(lines) >= len(STORY)
