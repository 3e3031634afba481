# ruff: noqa: E501  (Chinese test strings)
"""A site's calls to the reader under the text (issue 14, stop 27: fresh10's last-sentence
miss on a Hong Kong news page, fixed as a class): pages in the real markups' shapes, with text
written here.

- Lines that ask the reader to download the site's app, watch its videos, follow, like or
  join its pages and channels, or read on, naming where (an app, a channel, a video, a social network's page, a QR code) or
  pointing there with a short link (``https://abc.ly/3xQ7kPz``), however long the pitch before
  the call: printed after the last sentence, in traditional or simplified script, with a
  video box's heading above them or a column's name in brackets, they are not the text.
- One such call at the very end goes even when lines of other kinds (a story's number, a
  comment widget's line) stand between it and the text: those are left to their own rules.
  One such call after the last sentence ends the text when the page's lines follow it (an
  acknowledgement note): they go with it; lines between the text and the call (a notice's
  contact lines) stay.

Stop 28 (an opened Taiwanese TV news page under the ``split-blocks`` perturbation): a
numbered run of calls to follow the site's ``影音`` (audio and video news) on social
networks (``◆ 追蹤更多某某影音及圖文新聞：``, ``1.用Plurk追蹤…：追蹤``) under a ``新聞來源：``
label with nothing after it: ``影音`` names a video as ``視頻`` does, Plurk is a social
network as Twitter is.

Guards: a notice's closing pointer to its own web site (``…请关注某某信息网：http://…/``,
no app, channel or short link) stays; a last sentence that tells readers to download an app
(closed by a stop) stays; a call in the middle of the text stays.
"""

from __future__ import annotations

from tests.clean.news_page import block, story_paragraphs

_REPORT_T = [
    "一連三日的國際七人欖球賽今日在某某球場開鑼，本地女子隊首日兩戰皆負，但表現獲得現場觀眾讚賞。",
    "女子隊首戰以五比二十四不敵衛冕冠軍，次戰與對手糾纏至最後一分鐘才以兩分之差落敗。",
    "來自外地的球迷表示，今年取消各項入境限制，特意與朋友來觀賽，對現場氣氛相當滿意，期待明日再戰。",
]
_REPORT_S = [
    "11月29日，某市召开全市秋冬季农业生产工作会议，部署小麦播种、设施蔬菜管护等重点工作。",
    "会议要求，各县区要抓住墒情适宜的有利时机，确保小麦播种面积稳定在一百二十万亩以上。",
    "会议强调，要加强农技人员下沉指导，及时发布天气预警，帮助农户做好防冻防灾准备。",
]
_VIDEO_BOX = ("<div class='listing-widget'><div class='video-channel-info'><a href='https://video.example.hk/ch/1'>"
              "<span>健康診症室</span></a></div><video controls data-src='/v/1.mp4'></video>"
              "<div class='listing-title'><a href='https://video.example.hk/video/1'>【健康診症室】鼻敏感點樣醫？醫生拆解治療成效</a></div></div>")


def last_paragraph(title: str, *lines: str) -> str:
    """The last body paragraph of a news page headed ``title`` whose text block holds
    ``lines`` (:func:`tests.clean.news_page.block`)."""
    return story_paragraphs(title, block(*lines))[-1]


def test_an_apps_download_call_with_a_short_link_under_a_report_is_not_its_last_sentence() -> None:
    paragraphs = story_paragraphs("本地女子隊兩戰惜敗", block(
        *_REPORT_T,
        "最新影片推介",
        _VIDEO_BOX,
        "健康台更多都市疾病影片：<a href='https://abc.ly/3cNFwr7'>https://abc.ly/3cNFwr7</a>",
        "本報App已全面升級，為大家推出一系列親子、健康、娛樂、港聞及休閒生活資訊及Video。立即下載：<a href='https://abc.ly/34FTtW9'>https://abc.ly/34FTtW9</a>",
        "記者：某某某"))
    assert paragraphs[0].startswith("一连三日")
    assert paragraphs[-1].startswith("来自外地的球迷表示")


def test_calls_to_watch_a_column_and_open_the_app_without_an_address_are_not_text() -> None:
    calls = ("【理財有道】年輕人儲蓄攻略：點樣先可以早日財務自由？專家逐一拆解，立即收看",
             "想盡早財務自由，提早退休，立即<a href='https://apps.example.com/app/id1'>免費下載《某某日報》App</a>取經",
             "開啟某某App，閱讀全文",
             "欄目：理財有道")
    assert last_paragraph("逾四成受訪者擬增加消費", *_REPORT_T, *calls).startswith("来自外地的球迷表示")


def test_calls_to_follow_the_sites_pages_and_watch_its_video_in_simplified_script_are_not_text() -> None:
    calls = ("更多内容，请看视频↓",
             "<p><video src='/v/2.mp4' controls></video></p>",
             "关注某某新闻微博、微信公众号，获取更多本地权威资讯：<a href='http://t.ab/A6bQx9Zk'>http://t.ab/A6bQx9Zk</a>")
    assert last_paragraph("某市部署秋冬季农业生产", *_REPORT_S, *calls) == _REPORT_S[-1]


def test_calls_to_like_the_sites_page_and_join_its_channel_are_not_text() -> None:
    calls = ("Like我哋Facebook專頁，緊貼最新資訊：<a href='https://www.facebook.com/example.hk'>按此</a>",
             "加入本台WhatsApp頻道，每日接收重點新聞：<a href='https://abc.ly/7Jk2Lmn'>https://abc.ly/7Jk2Lmn</a>")
    assert last_paragraph("本地女子隊兩戰惜敗", *_REPORT_T, *calls).startswith("来自外地的球迷表示")


def test_numbered_calls_to_follow_the_sites_audio_and_video_news_are_not_text() -> None:
    calls = ("新聞來源：", "◆ 追蹤更多某某台影音及圖文新聞：",
             "1.用Plurk追蹤某某台影音及圖文新聞：<a href='https://www.plurk.com/example'>追蹤</a>",
             "2.用Twitter追蹤某某台影音及圖文新聞：<a href='https://twitter.com/example'>追蹤</a>")
    assert last_paragraph("本地女子隊兩戰惜敗", *_REPORT_T, *calls).startswith("来自外地的球迷表示")


_APP_CALL = ("本报客户端全新改版，为读者带来更多本地新闻、财经和生活资讯，每日焦点一手掌握。"
             "立即下载：<a href='https://abc.ly/4Rk2mWq'>https://abc.ly/4Rk2mWq</a>")


def test_one_call_at_the_very_end_goes_under_a_storys_number_and_a_comment_widgets_line() -> None:
    lines = ("3450132", "blog comments powered by Disqus", "最新影片推介", _APP_CALL)
    assert last_paragraph("某市部署秋冬季农业生产", *_REPORT_S, *lines) == _REPORT_S[-1]


def test_one_call_after_the_text_cuts_the_page_lines_under_it() -> None:
    lines = ("最新影片推介", _APP_CALL, "（本文采写过程中得到某某县农业农村局的大力支持，在此致谢）")
    assert last_paragraph("某市部署秋冬季农业生产", *_REPORT_S, *lines) == _REPORT_S[-1]


def test_a_notices_contact_lines_above_a_call_stay() -> None:
    contact = ["联系人：王某某", "联系电话：010-12345678"]
    call = "关注某某发布微信公众号，获取更多政务信息：<a href='https://abc.ly/8Hj3Kpq'>https://abc.ly/8Hj3Kpq</a>"
    assert last_paragraph("某市部署秋冬季农业生产", *_REPORT_S, *contact, call) == contact[-1]


def test_a_notices_closing_pointer_to_its_own_web_site_stays() -> None:
    pointer = "其它相关信息请及时关注某某大学研究生招生信息网：http://yjszs.example.edu.cn/"
    notice = ("1.调剂志愿锁定时间到达后是否可以修改？",
              "可以。锁定时间到达后，学校将分批次进行解锁，解锁后考生可继续填报其他志愿。",
              "其它相关信息请及时关注某某大学研究生招生信息网：<a href='http://yjszs.example.edu.cn/'>http://yjszs.example.edu.cn/</a>")
    assert last_paragraph("某某大学2026年硕士研究生调剂常见问题解答", *notice) == pointer


def test_a_last_sentence_telling_readers_to_download_an_app_stays() -> None:
    last = "市民可立即下载“某某出行”App，登记行程后即可领取乘车优惠券。"
    assert last_paragraph("某市推出绿色出行优惠", *_REPORT_S[:2], last) == last


def test_a_call_in_the_middle_of_the_text_stays() -> None:
    call = "现场视频请点击观看：<a href='https://abc.ly/5aBc7Yz'>https://abc.ly/5aBc7Yz</a>"
    paragraphs = story_paragraphs("某市部署秋冬季农业生产", block(_REPORT_S[0], call, *_REPORT_S[1:]))
    assert "现场视频请点击观看：https://abc.ly/5aBc7Yz" in paragraphs
    assert paragraphs[-1] == _REPORT_S[-1]
