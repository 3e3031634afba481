# ruff: noqa: E501  (Chinese test strings)
"""Headlines and dates that hold however a page is marked up (stop 24): the shapes behind the
misses of ``benchmarks/extraction_robust.py --split opened`` on the headline/date
perturbations, each a real template's shape with text written here:

1. a provincial civilisation office's story saved from Word (``MsoNormal`` paragraphs): the
   headline is one centred ``<p>`` printed in three bold runs (``<b><span>前半</span></b><b>
   <span> </span></b><b><span>后半</span></b>``), no ``<title>`` (the ``notitle``
   perturbation). Each run was a candidate and the one nearest the text — the headline's
   second half — won; the line the runs make together is the headline.
2. an old portal's story in a table layout: under the headline's cell, a centred cell
   printing the site's address, a month-day with its clock and the source
   (``http://www.example.com 03-21 11:21 《某某周刊》``), no year anywhere near (the
   ``date-yearless`` perturbation); related items with their dated links after the text.
   Only a line that is the month-day and clock alone was read: no date at all came back;
3. a news site's story printing ``08-03 20:02`` under its headline, nothing stated but the
   ``og:image`` cover (``/cover/2024/04/20/…png``), the sidebar's pictures filed years
   before; and a portal's story whose only dated neighbour is its ``上一篇：`` link. The
   commonest year of the page's links (the sidebar's) won; the page's own cover, or its
   neighbouring item, dates it first;
4. a college's notice dated ``发布时间：03-21 19:36`` whose text names ``2021.3.22`` (a
   day in digits, not ``2021年3月``). The fetch year won; the text's own day in digits gives
   the month's year as ``2021年3月`` does.
5. an education portal's story in nested layout tables, nothing stated and no class (the
   ``bare`` perturbation): the headline in a centred cell, the date under it, then a
   font-size tool with its label (``字体大小：<span>小</span> <span>中</span> …``) in a
   ``<p>`` set in colour just above the text. The tool row won for sitting nearest; a
   labelled font-size tool is never a headline.
6. a regional news portal's story, nothing stated and no class: a plain ``<div>`` holding
   the headline (a year in its words: ``…2024年…开班``) and the date line, the paragraphs
   beside it in the same block, so the block chosen as the body holds the headline too;
   above it a hotline bar and an advertisement's line (``某某频道招商：024-2318xxxx``).
   Plain lines were looked for above the body only: the breadcrumb won; a plain line inside
   the body before its text counts as its first text. A contact line with a telephone
   number or a script's placeholder (``正在读取评论……``) is never a headline (they won
   where the headline was not found). A first version, published, took a short opening
   paragraph of the text (a question in quotes) or a run of the first paragraph cut by a
   ``<span>`` for such a line when the headline sat far above behind a list of links: a line
   inside the body counts only when a date line is printed under it before the text, and
   only when it is its block's whole line (the cut-run variant passes before too: a guard).
7. a provincial procurement portal's award notice and a market regulator's disclosure page
   whose ``<title>`` names only the kind of page (``中标公告详细页面``, ``政务公开信息内容页``),
   nothing in ``<meta>`` (the ``nostated`` perturbation): the headline in a centred cell
   (``<td align="center"><span class="txt2">``). The ``<title>`` came back as the headline;
   a title naming the page's kind is treated as one naming only the channel.

Each test fails on the code before its change, except the guards named in it.
"""

from __future__ import annotations

from pipelines.headlinetext import headline_text
from tests.clean.news_page import cleaned, page_head

PARAS = [
    "连日来，全省各地组织开展形式多样的志愿服务活动，志愿者走进社区、学校和养老院，为群众送去健康义诊和法律咨询。",
    "在省城的一个老旧小区，二十多名青年志愿者为老人修理家电、理发和测量血压，现场排起了长队，居民们连声称赞。",
    "省文明办有关负责人表示，将推动志愿服务常态化，让互助友爱的风气在城乡基层落地生根，惠及更多困难群众。",
]


def word_story(title: str = "") -> str:
    """1. A story saved from Word: the headline one centred line of three bold runs."""
    run = "<b><span style='font-size:28.5pt;font-family:\"微软雅黑\",sans-serif;color:#080F1C'>{}</span></b>"
    body = "".join(f"<p class=MsoNormal><span style='font-size:10.5pt'>{p}</span></p>" for p in PARAS)
    return f"""{page_head(title)}
<div class=WordSection1>
<div><p class=MsoNormal><span style='font-size:10.5pt'><a href="/">首页</a> &gt; <a href="/sy/">要闻</a></span></p></div>
<div style="margin-left:-11.25pt;margin-right:-11.25pt"><div>
<p class=MsoNormal align=center style="text-align:center;mso-outline-level:4">{run.format("全省开展志愿服务进社区活动")}{run.format(" ")}{run.format("共建互助友爱新风尚")}<b><span lang=EN-US style='font-size:28.5pt'><o:p></o:p></span></b></p>
<p class=releasedate2 align=center style="text-align:center"><span style='font-size:10.5pt'>2024-03-11 15:30:00 来源：省文明办</span></p>
<hr size=0 width="92%" align=center>
</div></div>
<div style="margin-left:-11.25pt;margin-right:-11.25pt"><div>{body}</div></div>
</div></body></html>"""


def test_a_headline_printed_in_several_bold_runs_is_their_whole_line():
    result = cleaned(word_story())
    assert result.title == "全省开展志愿服务进社区活动 共建互助友爱新风尚"
    assert result.published_at == "2024-03-11T15:30:00+08:00"


RELATED = "".join(
    f'<li><a href="http://finance.example.com/sm/2005-03-0{d}/24{d}1.shtml">财经要闻第{d}条相关报道标题</a></li>'
    for d in range(2, 6))


def portal_story(date_cell: str) -> str:
    """2. An old portal's story: a centred cell of address, month-day, clock and source."""
    body = "".join(f"<p>　　{p}</p>" for p in PARAS)
    return f"""<html><head><meta charset="gb2312"></head><body>
<table width="760" align="center"><tr><td><a href="/"><img src="/logo.gif"></a></td></tr></table>
<table width="567" align="center">
<tr><th class="f24"><font color="#05006C">全省志愿服务进社区 老旧小区里排起长队</font></th></tr>
<tr><td><hr size="1"></td></tr>
<tr><td height="20" align="center" width="567">{date_cell}</td></tr>
<tr><td class="l17">{body}</td></tr>
</table>
<table width="567" align="center"><tr><td><ul>{RELATED}</ul></td></tr></table>
</body></html>"""


def test_a_month_day_and_clock_beside_the_sites_address_and_source_is_the_date_line():
    result = cleaned(portal_story("http://www.example.com 03-21 11:21 <font color=#A20010>《理财周刊》</font>"))
    assert result.published_at == "2005-03-21T11:21:00+08:00"


def test_a_month_day_and_clock_alone_under_the_headline_guard():
    result = cleaned(portal_story("03-21 11:21"))
    assert result.published_at == "2005-03-21T11:21:00+08:00"


def covered_story(cover: str, neighbour: str = "") -> str:
    """3. A story dated by month-day only, its own cover picture stated in og:image."""
    side = "".join(f'<li><img src="https://img.example.com/fz/2022/0{m}/a{m}.jpg"><a href="/n/{m}.html">侧栏推荐第{m}条新闻标题</a></li>'
                   for m in range(1, 6))
    og = f'<meta property="og:image" content="{cover}">' if cover else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<html><head><meta charset="utf-8">{og}</head><body>
<div class="top"><a href="/">首页</a></div>
<div class="main"><div class="left">
<h1>全省志愿服务进社区 老旧小区里排起长队</h1>
<div class="info"><span>某某新闻</span><span>08-03 20:02</span></div>
<div class="content">{body}</div>
{neighbour}
</div><div class="right"><ul>{side}</ul></div></div></body></html>"""


def test_a_month_day_takes_its_year_from_the_pages_own_cover_picture():
    result = cleaned(covered_story("https://img.example.com/cover/2024/04/20/5445686.png?x-oss-process=image/resize,w_200"))
    assert result.published_at == "2024-08-03T20:02:00+08:00"


def test_a_month_day_takes_its_year_from_the_previous_items_link():
    neighbour = '<div class="pn">上一篇：<a href="http://www.example.com/2024/0720/9018.shtml">省城开展夏季消防安全检查</a></div>'
    result = cleaned(covered_story("", neighbour))
    assert result.published_at == "2024-08-03T20:02:00+08:00"


def test_a_month_day_without_any_own_evidence_takes_the_commonest_link_year_guard():
    result = cleaned(covered_story(""))
    assert result.published_at == "2022-08-03T20:02:00+08:00"


def college_notice() -> str:
    """4. A college's notice: month-day and clock labelled, the text naming a day in digits."""
    return """<html><head><meta charset="utf-8"></head><body>
<div class="head"><a href="/">计算机学院</a></div>
<form name="_newscontent_fromname">
<h3>报考我院研究生的考生请注意缴费时间</h3>
<div class="attribute">发布时间：03-21 19:36&nbsp;&nbsp;&nbsp;&nbsp;作者：&nbsp;&nbsp;&nbsp;&nbsp;来源：</div>
<div class="content">
<p>各位考生：根据学校研究生招生工作安排，我院复试资格审查将在网上进行，请符合条件的考生按时完成缴费。</p>
<p>请于2021.3.22日登录学信网远程面试系统缴费并上传审查材料，缴费时间仅此一天，逾期视为自动放弃复试资格。</p>
<p>考生如有疑问，请在工作日上午九点至下午五点拨打学院研究生办公室电话咨询，我们将及时答复。</p>
<p style="text-align: right">研究生办公室</p>
</div></form></body></html>"""


def test_a_month_day_takes_its_year_from_a_day_in_digits_in_the_text():
    result = cleaned(college_notice())
    assert result.published_at == "2021-03-21T19:36:00+08:00"


def layout_story() -> str:
    """5. A story in layout tables: headline cell, date cell, then a font-size tool row."""
    body = "".join(f"<p>　　{p}</p>" for p in PARAS)
    tool = "".join(f'<span onclick="chgfont(\'{px}px\')" style="font-size:{px}px;cursor:pointer;">{w}</span> '
                   for px, w in ((12, "小"), (14, "中"), (16, "大")))
    return f"""<html><body>
<table width="605"><tr><td><a href="/">首页</a> &gt; <a href="../">学前新闻</a></td></tr></table>
<table width="605" style="border-top:1px solid #235894"><tr><td>
<table width="100%"><tr><td align="center" style="padding:20px 0;"><span>全省志愿服务进社区 老旧小区里排起长队</span></td></tr></table>
<table width="100%"><tr><td height="23" align="center">2001-10-31　　　　</td></tr></table>
<table width="96%" align="center"><tr><td width="75%"><p style="margin:8px;"></p></td>
<td><p style="color:#023399;margin:8px;">字体大小：{tool}</p></td></tr></table>
<table width="96%" align="center"><tr><td>{body}</td></tr></table>
</td></tr></table></body></html>"""


def test_a_labelled_font_size_tool_is_never_the_headline():
    result = cleaned(layout_story())
    assert result.title == "全省志愿服务进社区 老旧小区里排起长队"


def portal_block(ad: str) -> str:
    """6. A portal's story: headline and date line in the block that holds the text."""
    body = "".join(f"<p>　　{p}</p>" for p in PARAS)
    return f"""<html><body>
<div><a href="/">首页</a> | <a href="/zw/">政务</a> | <a href="/ms/">民生</a></div>
<div><span>新闻热线 024-23180000</span> <span>值班电话 024-23180001</span><a href="/ad/">{ad}</a></div>
<div><div>您当前的位置 ：<a href="/">某某新闻网</a>&gt;&gt;<a href="/ny/">农业频道</a></div></div>
<div>
<div>全省2024年志愿服务骨干培训班开班</div>
<h2></h2><h3></h3>
<div><span>2024-10-28 09:54:09</span><span>   来源：某某日报</span></div>
{body}
<div>正在读取评论……</div>
</div></body></html>"""


def test_a_plain_headline_line_inside_the_body_block_with_a_year_in_its_words():
    result = cleaned(portal_block("公示公告频道招商：024-23186593"))
    assert result.title == "全省2024年志愿服务骨干培训班开班"


def test_a_plain_headline_line_inside_the_body_block_without_the_ad_line():
    result = cleaned(portal_block("公示公告"))
    assert result.title == "全省2024年志愿服务骨干培训班开班"


def test_a_contact_line_or_a_placeholder_is_never_a_headline():
    assert headline_text("公示公告频道招商：024-23186593") is None
    assert headline_text("广告热线：(010) 65001234") is None
    assert headline_text("正在读取评论……") is None
    assert headline_text("正在加载...") is None
    assert headline_text("全省2024年志愿服务骨干培训班开班") == "全省2024年志愿服务骨干培训班开班"


def award_notice(title: str) -> str:
    """7. A procurement award notice whose <title> names only the kind of page."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<table width="930" align="center"><tr><td><a href="/" class="a3">首页</a>&gt;<a href="/cggg/" class="a3">采购公告</a>&gt;中标公告</td></tr></table>
<table width="930" align="center" id="2020_VERSION">
<tr><td align="center"></td></tr>
<tr><td align="center"><span class="txt2">2021年社区志愿服务站办公设备采购项目中标公告</span></td></tr>
<tr><td height="1"><div align="center"></div></td></tr>
<tr><td align="center" class="txt7">发布时间：2021-10-11</td></tr>
<tr><td class="txt4">{body}</td></tr>
</table></body></html>"""


def test_a_title_naming_only_the_kind_of_page_is_no_headline():
    for title in ("中标公告详细页面", "政务公开信息内容页"):
        result = cleaned(award_notice(title))
        assert result.title == "2021年社区志愿服务站办公设备采购项目中标公告"


def test_a_title_stating_the_headline_guard():
    result = cleaned(award_notice("2021年社区志愿服务站办公设备采购项目中标公告_某某省政府采购网"))
    assert result.title == "2021年社区志愿服务站办公设备采购项目中标公告"


def quoted_opening(split: bool = False) -> str:
    """6. A news site's story: headline and date over a hot-news list, the text opening with
    a short question in quotes (or with its first paragraph cut by a span)."""
    hot = "".join(f'<li><a href="/news/2020/{k}.html">省内各地春季农业生产有序推进第{k}条</a><span>2020-02-1{k}</span></li>'
                  for k in range(5))
    first = ("<p>　　<span>2020</span><span>年春节以来全省各地社区志愿者坚守岗位</span>，为居家群众代购生活物资、测量体温，"
             "一支支志愿服务队活跃在大街小巷。</p>") if split else "<p>　　“妈妈，我们什么时候回家？”</p>"
    body = first + "".join(f"<p>　　{p}</p>" for p in PARAS)
    return f"""<html><body>
<div><a href="/">首页</a> &gt; 正文</div>
<div><a href="/"><img src="/logo.png"></a><div>
<div>志愿者的春天：有你们在，城市就有温度</div>
<div><span> 2020-02-19 20:29:58</span> <span>来源： 某某日报 </span></div>
</div></div>
<div><div><img src="/wx.png"><div>关注我们</div><div><a href="#"></a> 微信 </div><div><a href="#"></a> 微博 </div></div>
<div><h3>热点新闻</h3><ul>{hot}</ul></div>
<div>{body}</div></div></body></html>"""


def test_a_short_opening_paragraph_or_a_run_of_one_is_no_headline_line():
    for split in (False, True):
        assert cleaned(quoted_opening(split)).title == "志愿者的春天：有你们在，城市就有温度"
