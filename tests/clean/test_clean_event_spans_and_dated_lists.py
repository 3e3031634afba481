# ruff: noqa: E501  (Chinese test strings)
"""Dates that are not the page's: a span of days or hours a notice announces, and the entries
of dated lists printed after the text (other stories' teasers, readers' comments). Each page
is a real template's shape with text written here (stop 23):

1. a university graduate school's notice (a VSB CMS): ``<div class="title">`` over ``<div
   class="time">2018-03-06<em>作者：</em>浏览次数：``, and the text's first lines name when the
   review takes place, ``时间：2018年3月15-16日9:00-12:00``. The labelled event time beat the
   date line (an unlabelled pool page where GNE and trafilatura agreed on the date line); a
   span of days or clock times is when something happens, never when the page was
   published. A date line with its clock alone is still read (guard);
2. a provincial news portal's mobile story whose date line is printed after the text (the
   ``date-after-body`` perturbation): after it a topic's teaser column (each ``<li><a>`` a
   headline over its channel and date, the whole teaser one link) and the readers' comments
   (``<dl>`` entries with the poster's name and time). The first teaser's date, then a
   comment's, beat the line under the text; an entry of three or more sibling blocks that
   each print a date, after the text, is a list's entry whatever its class;
3. a party portal's story in traditional script: its info line (``發佈時間：… 來源：…``) in
   a footer-classed bar under the text was set aside; the traditional labels count as the
   simplified ones;
4. a business weekly's story dated ``06-12 21:27`` (the ``date-yearless`` perturbation),
   its picture filed under ``/2018/0612/``, its text recalling ``2013年6月``: the text's year
   won over the picture's; nothing stated, the page's own path of the same month and day
   gives the year first;
5. an old portal's column story in one layout cell: the text, its date line, then a table of
   a dozen related reports, each a link with a line of its own after it (the
   ``date-after-body`` perturbation). Only the body's last ten blocks were read for a date
   under the text, all of them the table's; the five blocks right after the text's last
   paragraph of prose are read too;
6. the same page's info line ``某某网 |发布: 2021-1-29 13:18|点击: 313`` under the text: a bare
   ``发布:`` (or ``发表于``) is a date label like ``发布时间：``.

Each test fails on the code before its change, except the guards named in it.
"""

from __future__ import annotations

from pipelines.clean import clean_document

FETCHED = "2026-12-01T08:00:00Z"


def extract(page: str):
    return clean_document(page.encode("utf-8"), fetched_at=FETCHED)


def school_notice(first_line: str = "时间：2018年3月15-16日9:00-12:00/14:30~17:00。") -> str:
    """1. A graduate school's notice: the date line, then the review's time in the text."""
    return f"""<html><head><meta charset="utf-8"><title>关于做好2018年同等学力人员资格审查工作的通知-研究生院</title></head><body>
<div class="header"><a href="/">研究生院</a></div>
<form name="_newscontent_fromname"><div>
<div class="title">关于做好2018年同等学力人员资格审查工作的通知</div>
<div class="time">2018-03-06<em>作者：</em>浏览次数：<span></span></div>
<div class="text"><div class="v_news_content">
<p>各位申请人：</p>
<p>{first_line}</p>
<p>地点：研究生院一楼大厅，请申请人携带身份证、学位证书原件及复印件按时办理，逾期不再受理。</p>
<p>资格审查通过后，申请人须在规定时间内登录信息采集系统，核对本人信息并上传近期免冠照片。</p>
<p>如有疑问，请在工作日拨打研究生院招生办公室电话咨询，我们将为申请人解答相关问题。</p>
<p>研究生院</p><p>2018年3月6日</p>
</div></div></div></form></body></html>"""


def test_a_span_of_days_in_the_text_never_dates_the_page():
    result = extract(school_notice())
    assert result.published_at[:10] == "2018-03-06"


def test_a_date_line_with_one_clock_time_is_still_read_guard():
    page = school_notice("请申请人按以下安排办理资格审查手续。").replace("2018-03-06<em>", "2018-03-07 09:30<em>")
    assert extract(page).published_at[:16] == "2018-03-07T09:30"


def teaser(title: str, channel: str, stamp: str, n: int) -> str:
    return f"""<li><a href="/news/2024/{n}.html"><div class="pic_left"><p>{title}</p>
<span><i>{channel}</i><i>{stamp}</i></span></div><div class="pic_right"><img src="/img/{n}.png"></div></a></li>"""


def comment(name: str, stamp: str, text: str) -> str:
    return f"""<dl><dt><span><img src="/avatar/{len(name)}.png"></span></dt><dd><div class="box"><div>
<p class="user_name">{name}</p><p class="comment_time">{stamp}</p></div></div>
<p class="comment_content">{text}</p></dd></dl>"""


def portal_story() -> str:
    """2. A portal's mobile story: the date line under the text, a teaser column, comments."""
    paras = "".join(f"<p>{p}</p>" for p in [
        "记者从市体育局获悉，今年全民健身运动会将于下月开幕，共设二十个比赛项目，预计参赛人数超过一万人。",
        "本届运动会首次增设社区趣味项目，鼓励家庭组队参加，各街道将在本月底前完成报名组织工作。",
        "市体育局表示，将同步开放全市一百二十所学校的体育场地，方便市民在周末和节假日参加锻炼。",
        "据介绍，运动会期间还将举办健身知识讲座和体质监测活动，由专业人员为市民提供科学健身指导。",
        "各区也将结合自身特色举办分站赛，比赛成绩优异的队伍将代表本区参加全市总决赛。",
        "组委会提醒，参赛市民应根据自身身体状况选择合适项目，赛前做好热身，注意运动安全。",
        "开幕式将在市体育中心举行，届时将有三千名市民代表参加集体健身操展示。",
        "报名工作已于本周一启动，市民可通过社区服务中心或线上平台报名参赛。",
    ])
    teasers = "".join(teaser(t, c, s, n) for n, (t, c, s) in enumerate([
        ("游泳馆暑期开放时间延长至晚上十点", "体育频道", "2024-09-01 10:45:19"),
        ("市民健身步道新增十公里 串联三座公园", "城市现场", "2024-08-11 11:40:36"),
        ("青少年足球联赛开赛 六十支球队参加", "体育频道", "2024-08-09 16:20:05"),
    ]))
    comments = "".join(comment(n, s, t) for n, s, t in [
        ("晨跑的人", "2024-08-04 12:55:59", "家门口的学校操场能开放就太好了"),
        ("老王", "2024-08-04 11:52:55", "希望多办一些适合老年人的项目"),
        ("小雨", "2024-08-04 10:23:27", "已经报名了家庭接力赛"),
    ])
    return f"""<html><head><meta charset="utf-8"></head><body>
<div class="content_font"><div class="container"><div class="content">
<div class="title">全民健身运动会下月开幕 首设社区趣味项目</div>
<div class="main">{paras}<p>2024-08-03 15:44:32</p>
<p class="font_bottom">责编：李明</p><p class="font_bottom">一审：王芳</p><p class="font_bottom">二审：张强</p><p class="font_bottom">来源：市体育局</p></div>
<div class="index_special"><div class="special_title"><span>专题</span><a href="/topic/1"><p>全民健身在行动</p></a></div>
<ul class="special_box">{teasers}</ul></div>
</div></div>
<div class="container"><div class="content commentBox"><div class="comment_title">评论</div>
<div class="comment_detail">{comments}</div></div></div></div></body></html>"""


def test_a_date_line_under_the_text_beats_the_dated_lists_after_it():
    result = extract(portal_story())
    assert result.title == "全民健身运动会下月开幕 首设社区趣味项目"
    assert result.published_at[:16] == "2024-08-03T15:44"


def test_a_traditional_info_line_in_a_bottom_classed_bar_dates_the_page():
    """3. The party portal's story of ``test_clean_after_body_headline_date`` printed in
    traditional script (a Hong Kong or Taiwan site of the same CMS): the info line in the
    footer-classed bar under the text, ``發佈時間：… 來源：… 編輯：…``. Only the simplified
    labels (``发布时间``, ``来源``) made it the page's own fact, so no date was found."""
    from tests.clean.test_clean_after_body_headline_date import visit_page

    page = visit_page().replace("发布时间：2021年05月18日 16:20      来源：市委宣传部      编辑：文明",
                                "發佈時間：2021年05月18日 16:20      來源：市委宣傳部      編輯：文明")
    assert "發佈時間" in page
    assert extract(page).published_at == "2021-05-18T16:20:00+08:00"


def weekly_story() -> str:
    """4. A business weekly's story: the date line prints month, day and clock only; the
    story's picture is filed under the same month and day of its year; the text recalls the
    same month of an earlier year."""
    return """<html><head><meta charset="utf-8"><title>两市被点名 整改流于形式_某某观察网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/cj/">财经</a></div>
<div class="xd-b"><h1>两市被点名 整改流于形式</h1><div class="xd-b-b"><span>06-12 21:27</span> <span>来源：某某观察网</span></div>
<div class="xd-nr"><div class="newsimg"><img src="http://upload.example.com/2018/0612/thumb_650_305_152880.jpg"></div>
<p>生态环境主管部门今天通报，两市在督察整改中存在虚假整改、监管形式化等问题，要求限期纠正。</p>
<p>通报指出，早在2013年6月，当地就曾因同类问题被约谈，但此后整改一直没有落实到位。</p>
<p>主管部门要求两市举一反三，全面排查同类问题，整改情况向社会公开，接受群众监督。</p>
</div></div></body></html>"""


def test_a_month_day_takes_the_year_of_the_pages_own_picture_filed_that_day():
    assert extract(weekly_story()).published_at[:16] == "2018-06-12T21:27"


def portal_column(line: str, related: int = 12) -> str:
    """5. An old portal's column story laid out in one cell: the text, its date line under
    it, then a table of related reports, each a link with a line of its own after it."""
    rows = "".join(
        f'<tr><td class="yghd">·<a href="/news/{n}.html">社区巴士第{n}条线路开通</a>'
        "　本报记者从市交通部门了解到的最新消息和后续安排</td></tr>" for n in range(related))
    return f"""<html><head><meta charset="utf-8"><title>社区巴士开进老小区_某某财经</title></head><body>
<table width="760"><tr><td>
<p><b>社区巴士开进老小区</b></p>
{paras()}
<p>{line}</p><p>转自《某某晚报》</p>
<table width="100%"><tr><td class="yghd"><b>相关报道：</b></td></tr>{rows}</table>
</td></tr></table></body></html>"""


def paras() -> str:
    return "".join(f"<p>　　{p}</p>" for p in [
        "市交通运输局今天通报，今年前十个月全市公交客运量同比增长百分之八，地铁日均客流突破两百万人次。",
        "通报说，新开通的十二条社区巴士线路覆盖了四十多个老旧小区，居民步行到站的平均距离缩短到三百米以内。",
        "下一步，交通部门将继续优化夜间线路，并在早晚高峰加密主干道的发车班次，方便市民出行。",
        "据介绍，社区巴士采用小型新能源车辆，能够开进道路较窄的老旧小区，停靠在居民楼附近。",
        "不少老年居民表示，过去去医院和菜市场要走很远的路，现在下楼就能坐车，方便了许多。",
        "交通部门还在车上配备了爱心座椅和扶手，方便老年人和行动不便的乘客上下车。",
        "市民如对线路设置有意见和建议，可以拨打公交服务热线或者通过市政府网站反映。",
        "交通部门表示，将根据客流变化及时调整线路和班次，让社区巴士更好地服务居民。",
    ])


def test_a_date_line_right_after_the_text_is_read_before_long_lists_of_links():
    result = extract(portal_column("2005-01-06 08:13更新 来源：转载文章"))
    assert result.published_at == "2005-01-06T08:13:00+08:00"


def test_an_info_line_labelled_publish_with_a_bare_colon_is_read_under_the_text():
    """6. A forum-like portal's info line under the text: ``发布: 2021-1-29 13:18|点击: 313``
    (``发布`` with a bare colon, not ``发布时间``)."""
    result = extract(portal_column("某某网 |发布: 2021-1-29 13:18|点击: 313|来自: 互联网", related=2))
    assert result.published_at == "2021-01-29T13:18:00+08:00"


def ministry_notice() -> str:
    """7. A ministry's notice whose info line sits under the text beside blocks of another
    build that print dates too (a hot-news list, a readers' comment)."""
    return f"""<html><head><meta charset="utf-8"></head><body>
<div><div><div class="title">关于做好社区巴士线路优化工作的通知</div></div>
<div class="text">{paras()}<p>交通运输部办公厅</p><p>2024年5月30日</p></div></div>
<div><h3>热点新闻</h3><ul><li><a href="/1.html">全省春季农业生产工作会议召开</a> 2024-06-10</li>
<li><a href="/2.html">国务院常务会议部署稳就业工作</a> 2024-06-03</li></ul></div>
<div><b>网友评论</b><p>网友1 2024-06-15 10:20:05 说：支持。</p></div>
<div><span>发布日期：2024-06-13</span> <span>来源：交通运输部</span> <a href="#">下载</a> <a href="#">收藏</a></div>
</body></html>"""


def test_an_info_line_beside_other_dated_blocks_of_another_build_is_still_read_guard():
    """Guard: three sibling blocks that print dates but are built differently (a list, a
    comment, the info line) are no list's entries."""
    assert extract(ministry_notice()).published_at[:10] == "2024-06-13"
