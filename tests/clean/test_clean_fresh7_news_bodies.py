# ruff: noqa: E501  (Chinese test strings)
"""A news story's body whole, however its page cuts it (issue 14, the fresh7 body misses
tuned after its score): pages in the real markup's shapes, with text written here.

- A Hong Kong paper's story printed as sections, each in its own ``ArticleContent_Outer``
  box (the lead, then sections under their own headings), with photo boxes of another class
  (a picture and its caption) set between the sections: the story is every section, not the
  longest one (the climb to the sections' block stopped at the first photo box); the photo
  box above the lead is the picture's, not the story's first line.
- A Taiwanese paper's story whose text opens with a picture set in a table of its own (the
  picture in one row, its caption in the row under it, a slogan after the photographer's
  credit), not centred: the caption is the picture's line, not the story's first paragraph.
- A story cut at a "read more" fold (``- 閱讀更多 -`` in its own block, the rest of the text
  in the next block, hidden by ``display:none`` until the click): the text behind the fold
  is the story's, the fold's words are not; also when fold and text each sit in their own
  chain of wrappers.
- Guards: a hidden block after a fold that holds no sentences (a menu) stays hidden; a
  hidden block without a fold before it stays hidden; a picture table inside the text (not
  at its edge) does not cut it.
"""

from __future__ import annotations

from pipelines.clean import clean_document
from pipelines.textnorm import to_simplified

FETCHED = "2026-12-02T08:00:00Z"


def _page(title: str, body: str, charset: str = "utf-8") -> str:
    return ("<html><head><meta charset='" + charset + "'><title>" + title + "</title></head><body>"
            "<div class='nav'><a href='/'>首頁</a> <a href='/news/'>新聞</a></div>"
            "<h1>" + title + "</h1><div>2026-11-30</div>"
            + body + "<div class='foot'>關於我們 聯絡我們 版權所有</div></body></html>")


SECTIONS = [
    ("", ["【本報訊】寒流昨晚抵港，天文台錄得今冬最低氣溫，多區市民清晨出門都要加穿厚衣，街頭小販的熱飲生意明顯好轉。",
          "有長者表示，屋內沒有暖爐，只能多蓋兩張被子，希望社區中心延長開放時間。記者：陳小明"]),
    ("", ["民政處昨日起開放多個臨時避寒中心，為有需要的市民提供熱飯和毛毯，不少露宿者傍晚已在門外排隊。",
          "社工表示，今年求助人數比去年同期多出約兩成，部分人是首次露宿，對避寒中心的位置並不熟悉。"]),
    ("學校：按需要調整體育課", ["教育局提醒學校留意學生保暖，如氣溫過低，可把戶外體育課改在室內進行，或者縮短課堂時間。",
                     "有小學校長說，校方已通知家長讓學生穿着外套回校，早上集會亦改在禮堂舉行，以免學生受寒。"]),
    ("醫生：心血管病人要留神", ["醫生指出，氣溫驟降容易令血管收縮，患有高血壓或心臟病的人士早上起床時動作要慢，並按時服藥。",
                     "他又建議市民外出時戴上帽子和頸巾，飲食宜清淡，如出現胸口痛或氣促，應盡快求醫，切勿拖延。"]),
]


def _section(heading: str, paragraphs: list[str]) -> str:
    head = f"<h2>{heading}</h2>" if heading else ""
    return ("<div class='ArticleContent_Outer'><div class='ArticleContent'><div class='ArticleContent_Inner'>"
            + head + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></div></div>")


def _photo(caption: str, cls: str = "photo_right") -> str:
    return (f"<div class='{cls}'><a rel='fancybox-button' href='/images/large/1.jpg'>"
            f"<img src='/images/small/1.jpg' alt='{caption}'><span>{caption}</span></a></div>")


def test_story_in_sections_with_photo_boxes_between_them_is_whole() -> None:
    body = ("<div class='Article cXenseParse'>"
            + _photo("大批市民清晨在巴士站排隊候車，不少人穿上羽絨外套。記者攝")
            + _section(*SECTIONS[0])
            + _photo("避寒中心")
            + _section(*SECTIONS[1]) + "<div class='clear'></div>"
            + _section(*SECTIONS[2]) + "<div class='clear'></div>"
            + _photo("學生在禮堂上體育課。記者攝 市民在街頭買熱飲。記者攝", "photo_center")
            + _photo("", "photo_right")
            + _section(*SECTIONS[3]) + "<div class='clear'></div></div>")
    result = clean_document(_page("寒流襲港 避寒中心爆滿", body), fetched_at=FETCHED)
    text = "\n".join(result.paragraphs)
    assert text.startswith(to_simplified("【本報訊】寒流昨晚抵港"))
    assert text.endswith(to_simplified("應盡快求醫，切勿拖延。"))
    for _, paragraphs in SECTIONS:
        for paragraph in paragraphs:
            assert to_simplified(paragraph) in text


STORY = [
    "〔記者王大同／台北報導〕市面上出現愈來愈多標榜「零糖」的手搖飲料，但消基會抽查發現，部分產品的含糖量與標示相差甚遠，消費者難以分辨。",
    "消基會表示，抽查的二十件樣品中，有六件實際含糖量超過標示的兩倍，其中一件甚至與一般全糖飲料相近。",
    "衛生局指出，業者如標示不實，將依食品安全衛生管理法要求限期改正，屆期不改正者可處罰鍰。",
    "營養師提醒，民眾選購飲料時應留意成分表，並以白開水為主要的水分來源，減少額外的糖分攝取。",
]
PICTURE = ("<table class=picture><tr><td><a href='/pic.php?pic=1'><img src=images/1.jpg border=0></a></td></tr>"
           "<tr><td style='padding:5 0 5 0'>消基會昨舉行記者會，公布手搖飲料含糖量抽查結果，呼籲業者誠實標示。（記者李小華攝）＊多喝水，少喝含糖飲料＊</td></tr></table>"
           "<p><span class=boldtitle>抽查六件超標</span></p>")


def test_story_opening_with_a_picture_table_starts_at_its_text() -> None:
    body = ("<table><tr><td class='content' id='newsContent'>"
            "<span class='insubject1' id='newtitle'>零糖飲料 含糖量不符標示</span>"
            "<span id='newsc100001'>" + PICTURE
            + "".join(f"<p>{p}</p>" for p in STORY) + "</span></td></tr></table>")
    result = clean_document(_page("零糖飲料 含糖量不符標示", body, "big5").encode("big5"),
                            fetched_at=FETCHED)
    assert result.paragraphs == [to_simplified(p) for p in STORY]


def test_picture_table_inside_the_text_does_not_cut_it() -> None:
    body = ("<div class='content'>" + "".join(f"<p>{p}</p>" for p in STORY[:2]) + PICTURE
            + "".join(f"<p>{p}</p>" for p in STORY[2:]) + "</div>")
    result = clean_document(_page("零糖飲料 含糖量不符標示", body), fetched_at=FETCHED)
    text = "\n".join(result.paragraphs)
    assert text.startswith(to_simplified(STORY[0])) and text.endswith(to_simplified(STORY[-1]))


SHOWN = [
    "海關昨日公布，上月出口總值按年上升百分之五，升幅高於市場預期，主要受電子產品需求帶動。",
    "分析員指出，區內貿易夥伴的訂單回暖，加上運費回落，令出口商的成本壓力有所紓緩。",
]
FOLDED = [
    "不過，政府發言人表示，外圍環境仍然充滿變數，主要經濟體的利率走勢及地緣局勢都可能影響未來數月的表現。",
    "發言人又說，政府會繼續開拓新市場，協助中小企參加海外展覽，並透過信用保險降低出口商的風險。",
    "有商會代表歡迎數據好轉，但提醒業界不宜過分樂觀，應及早為明年的訂單作好準備。",
]


def _folded_page(fold: str, behind: str) -> str:
    return ("<div class='single-article'><div class='content-wrapper'>"
            + "".join(f"<p>{p}</p>" for p in SHOWN)
            + f"<div class='div-continue-load'><p>{fold}</p></div>\t"
            + f"<div class='div-continue-content' style='display:none;'>{behind}</div>"
            + "</div></div><h3>往下看更多文章</h3>")


def test_story_behind_a_read_more_fold_is_whole_without_the_folds_words() -> None:
    behind = "".join(f"<p>{p}</p>" for p in FOLDED)
    for fold in ("- 閱讀更多 -", "展开全文 ▼", "Read more »"):
        result = clean_document(_page("上月出口按年升百分之五", _folded_page(fold, behind)),
                                fetched_at=FETCHED)
        assert result.paragraphs[:5] == [to_simplified(p) for p in SHOWN + FOLDED], fold
        assert not any("阅读更多" in p or "展开全文" in p or "Read more" in p
                       for p in result.paragraphs)


def test_fold_and_hidden_rest_in_separate_wrapper_chains_still_unfold() -> None:
    body = ("<div class='single-article'>" + "".join(f"<p>{p}</p>" for p in SHOWN)
            + "<section><section><div class='more'><p>- 閱讀更多 -</p></div></section></section>"
            + "<section><section><div style='display:none;'>"
            + "".join(f"<p>{p}</p>" for p in FOLDED) + "</div></section></section></div>")
    result = clean_document(_page("上月出口按年升百分之五", body), fetched_at=FETCHED)
    assert result.paragraphs[:5] == [to_simplified(p) for p in SHOWN + FOLDED]
    assert not any("阅读更多" in p for p in result.paragraphs)


def test_hidden_menu_after_a_fold_and_hidden_text_without_one_stay_hidden() -> None:
    menu = "<ul><li><a href='/a'>財經</a></li><li><a href='/b'>地產</a></li></ul>"
    result = clean_document(_page("上月出口按年升百分之五", _folded_page("查看更多", menu)),
                            fetched_at=FETCHED)
    assert result.paragraphs == [to_simplified(p) for p in SHOWN]
    hidden = ("<div class='single-article'>" + "".join(f"<p>{p}</p>" for p in SHOWN)
              + "<div style='display:none'>" + "".join(f"<p>{p}</p>" for p in FOLDED)
              + "</div></div>")
    result = clean_document(_page("上月出口按年升百分之五", hidden), fetched_at=FETCHED)
    assert result.paragraphs == [to_simplified(p) for p in SHOWN]
