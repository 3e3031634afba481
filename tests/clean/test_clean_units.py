# ruff: noqa: E501  (Chinese test strings)
"""Unit behaviour of the cleaning stages: dates, annotations, entities, metadata, rules."""

from __future__ import annotations

import pytest

from pipelines.boilerplate import RulesError, load_rules
from pipelines.charnorm import fix_entities, fix_punctuation, remove_invisible
from pipelines.clean import clean_document, clean_text
from pipelines.dates import has_year, parse_date
from pipelines.metadata import read_byline, read_dateline
from pipelines.mojibake import repair_mojibake
from pipelines.pinyin import fullwidth_parentheses, remove_annotations

FETCHED = "2025-01-11T02:00:00Z"  # 10:00 in Beijing


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("每日经济新闻 2025-01-10 16:47:15", "2025-01-10T16:47:15+08:00"),
        ("2025年1月10日", "2025-01-10T00:00:00+08:00"),
        ("2025年01月10日 16:47", "2025-01-10T16:47:00+08:00"),
        ("2025年1月10日16时47分", "2025-01-10T16:47:00+08:00"),
        ("2025/1/10 9:05", "2025-01-10T09:05:00+08:00"),
        ("2025.01.10", "2025-01-10T00:00:00+08:00"),
        ("发布时间：2025-01-10T16:47", "2025-01-10T16:47:00+08:00"),
        ("01-10 16:47", "2025-01-10T16:47:00+08:00"),
        ("1月10日", "2025-01-10T00:00:00+08:00"),
        ("12-30 08:00", "2024-12-30T08:00:00+08:00"),
        ("昨天 16:47", "2025-01-10T16:47:00+08:00"),
        ("前天", "2025-01-09T00:00:00+08:00"),
        ("3小时前", "2025-01-11T07:00:00+08:00"),
        ("20250110", "2025-01-10T00:00:00+08:00"),
    ],
)
def test_dates_in_chinese_forms(text, iso):
    assert parse_date(text, fetched_at=FETCHED) == iso


def test_impossible_dates_are_none():
    assert parse_date("2025-02-30") is None
    assert parse_date("没有日期") is None


def test_annotations_go_real_parentheticals_stay():
    text, n = remove_annotations("經(jīng)濟(jì)與CCC認(rèn)證(中國強(qiáng)制性)(CCC)(2024-2030年)")
    assert text == "經濟與CCC認證(中國強制性)(CCC)(2024-2030年)" and n == 4
    assert remove_annotations("质量(zhi4)认证")[0] == "质量认证"
    assert remove_annotations("附件(a)")[0] == "附件(a)"  # no tone: not an annotation
    assert fullwidth_parentheses("认证(中国强制性产品认证)(CCC)") == "认证（中国强制性产品认证）(CCC)"


def test_entities_with_and_without_ampersand():
    assert fix_entities("?ldquo;减压阀?rdquo;")[0] == "“减压阀”"
    assert fix_entities("&amp;ldquo;信用证&amp;rdquo;&nbsp;")[0] == "“信用证”\xa0"
    assert fix_entities("M&A deal")[0] == "M&A deal"


def test_invisible_characters_and_punctuation():
    assert remove_invisible("质\u200b量\u3000\u3000认证\xa0 工作\ufeff") == "质量 认证 工作"
    assert fix_punctuation("表示,质量认证:一是;二是?是!") == "表示，质量认证：一是；二是？是！"
    assert fix_punctuation("共1,000条，时间16:47") == "共1,000条，时间16:47"


def test_bylines_and_datelines():
    meta = read_byline("每经记者 李宣璋 每经编辑 陈星")
    assert meta.authors == ["李宣璋"] and meta.editors == ["陈星"]
    meta = read_byline("（记者 王五 张三 通讯员 赵六）")
    assert meta.authors == ["王五", "张三", "赵六"]
    assert read_byline("束为在回答记者提问时表示，质量认证很重要") is None
    meta = read_dateline("2025-01-10 16:47 来源：中国新闻网")
    assert meta.media == "中国新闻网" and meta.published_at == "2025-01-10T16:47:00+08:00"
    assert read_dateline("1月10日，国新办举行新闻发布会，介绍有关情况。") is None


def test_mojibake_span_repaired_or_removed_never_left():
    assert repair_mojibake("攔截?zé)o證") == "攔截無證"
    # Nothing left to read back (both bytes of the character lost): the span is removed.
    out = repair_mojibake("这是?ǎ)?")
    assert "ǎ" not in out and ")" not in out
    assert repair_mojibake("正常文本\ufffd\ufffd锟斤拷继续") == "正常文本继续"


def test_spam_is_cut_out_without_cutting_the_sentence():
    result = clean_text("国新办举行新闻发布会，澳门六开彩免费资料公开介绍有关情况。\n"
                        "质量认证是一码一肖100%精准国际通行的“信用证”。")
    assert result.paragraphs == ["国新办举行新闻发布会，介绍有关情况。",
                                 "质量认证是国际通行的“信用证”。"]
    assert result.counts["spam_removed"] == 2


def test_user_rules_file_adds_patterns_per_source(tmp_path):
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text("[default]\ndrop_lines = ['^本文首发于']\n"
                          "[sources.mysite]\nspam = ['点击领取红包']\n", "utf-8")
    rules = load_rules(rules_file)
    text = "国新办举行新闻发布会，点击领取红包介绍有关情况。\n本文首发于某某网\n第二段内容很重要。"
    plain = clean_text(text, rules=rules)
    assert plain.paragraphs == ["国新办举行新闻发布会，点击领取红包介绍有关情况。", "第二段内容很重要。"]
    site = clean_text(text, rules=rules, source="mysite")
    assert site.paragraphs[0] == "国新办举行新闻发布会，介绍有关情况。"


def test_rules_file_from_the_setting(tmp_path, monkeypatch):
    from pipelines import boilerplate

    rules_file = tmp_path / "rules.toml"
    rules_file.write_text("[default]\ndrop_lines = ['^本文首发于']\n", "utf-8")
    monkeypatch.setenv("PRESSWATCH_CLEAN_RULES_FILE", str(rules_file))
    boilerplate._cached_rules.cache_clear()
    assert clean_text("第一段内容很重要。\n本文首发于某某网").paragraphs == ["第一段内容很重要。"]


def test_bad_rules_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[default]\ndrop_lines = ['(unclosed']\n", "utf-8")
    with pytest.raises(RulesError, match="bad pattern"):
        load_rules(bad)
    with pytest.raises(RulesError, match="cannot read"):
        load_rules(tmp_path / "missing.toml")


def test_selectors_css_and_xpath():
    page = """<html><head><title>标题甲_网站</title></head><body><h1>网站名称</h1>
    <div class="t"><h2>标题甲</h2></div><span class="d">2025-01-10 16:47</span>
    <div id="c"><p>第一段正文内容在这里。</p><p class="ad">广告内容不要</p><p>第二段正文内容在这里。</p></div>
    </body></html>"""
    css = clean_document(page, selectors={"title": "div.t h2", "body": "#c", "date": "span.d",
                                          "remove": "p.ad"})
    assert css.extracted_by == "selectors"
    assert css.title == "标题甲" and css.published_at == "2025-01-10T16:47:00+08:00"
    assert css.paragraphs == ["第一段正文内容在这里。", "第二段正文内容在这里。"]
    xpath = clean_document(page, selectors={"body": "//div[@id='c']", "remove": "//p[@class='ad']"})
    assert xpath.paragraphs == css.paragraphs


def test_selectors_reused_across_pages_read_each_page_and_a_bad_one_falls_back(caplog):
    selectors = {"body": "#c", "title": "//h2", "date": "span.d::text"}
    pages = [f"""<html><body><h2>标题{k}号文件发布</h2><span class="d">2025-01-1{k} 16:47</span>
    <div id="c"><p>第{k}页的正文内容写在这里，说明文件的主要内容和执行时间。</p></div></body></html>""" for k in (1, 2)]
    first, second = (clean_document(page, selectors=selectors) for page in pages)
    assert (first.title, first.paragraphs) == ("标题1号文件发布", ["第1页的正文内容写在这里，说明文件的主要内容和执行时间。"])
    assert (second.title, second.paragraphs) == ("标题2号文件发布", ["第2页的正文内容写在这里，说明文件的主要内容和执行时间。"])
    assert second.published_at == "2025-01-12T16:47:00+08:00"
    bad = clean_document(pages[0], selectors={"body": "div[", "title": "h2"})
    assert bad.extracted_by == "general" and bad.paragraphs == first.paragraphs
    assert "bad selector" in caplog.text


def test_relative_date_in_page_uses_fetch_time():
    page = """<html><body><div class="time">昨天 09:30</div><div class="content">
    <p>国新办举行新闻发布会，介绍市场环境有关情况，并回答记者提问。</p></div></body></html>"""
    result = clean_document(page, fetched_at=FETCHED)
    assert result.published_at == "2025-01-10T09:30:00+08:00"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # <meta> dates with an offset.
        ("2025-01-14T09:30:00Z", "2025-01-14T17:30:00+08:00"),
        ("2025-01-14T17:30:00.000+0800", "2025-01-14T17:30:00+08:00"),
        ("2025-01-28-09:30:11", "2025-01-28T09:30:11+08:00"),
        # A clock printed with its zone's name.
        ("更新时间 2012年12月10日, 格林尼治标准时间10:41", "2012-12-10T18:41:00+08:00"),
        ("2012-12-10 22:05 GMT", "2012-12-11T06:05:00+08:00"),
        ("2020-03-01 09:00 (GMT+1)", "2020-03-01T16:00:00+08:00"),
        ("2020-03-01 09:00 UTC-5", "2020-03-01T22:00:00+08:00"),
        ("2024-01-01 10:00 北京时间", "2024-01-01T10:00:00+08:00"),
        ("2024-01-01 10:00（台北时间）", "2024-01-01T10:00:00+08:00"),
        ("2012年12月10日 格林尼治标准时间", "2012-12-10T00:00:00+08:00"),  # no clock: the day as printed
        # Months in words.
        ("Saturday, September 10th, 2005 \u00a0 10:56 am", "2005-09-10T10:56:00+08:00"),
        ("September 19th, 2005 at 7:32 pm", "2005-09-19T19:32:00+08:00"),
        ("Sep. 3, 2019", "2019-09-03T00:00:00+08:00"),
        ("10 September 2005", "2005-09-10T00:00:00+08:00"),
        ("十一月 6th, 2009", "2009-11-06T00:00:00+08:00"),
        ("十一月 7th, 2009 at 12:26 上午", "2009-11-07T00:26:00+08:00"),
        ("二月 28, 2010 at 3:05 下午", "2010-02-28T15:05:00+08:00"),
    ],
)
def test_dates_with_an_offset_a_zone_or_the_month_in_words_are_read_as_beijing_time(text, iso):
    # An offset or a zone's clock becomes Beijing time; a month in words is a dated date.
    assert parse_date(text) == iso
    assert has_year(text)


def test_month_words_inside_prose_are_not_dates():
    assert parse_date("May I ask 3 questions about 2019 plans?", allow_relative=False) is None
    assert parse_date("他在十一月 6 号左右到达", allow_relative=False) is None


def test_a_lead_repeated_or_truncated_is_kept_once():
    full = "1月10日，国新办举行新闻发布会，介绍营造公平公正市场环境有关情况。"
    result = clean_text(f"{full}\n第二段内容很重要，需要保留下来。\n{full}")
    assert result.paragraphs == [full, "第二段内容很重要，需要保留下来。"]
    result = clean_text(f"1月10日，国新办举行新闻发布会，介绍营造……\n{full}\n第二段内容。")
    assert result.paragraphs == [full, "第二段内容。"]
    assert result.counts["repeated_paragraphs_removed"] == 1


def test_drop_lines_judge_a_paragraph_as_one_search_over_every_pattern_would(tmp_path):
    """Patterns anchored at the start are tried once, the others searched: the same
    paragraphs are dropped as by a search over all of them, however a pattern is written."""
    import random
    import re

    from pipelines.boilerplate import load_rules

    patterns = ["^本文", "^a|b", "^(?:x|y)z", "^[|]q", r"^\|w", "^[]|]v", "尾巴$", "^(?i:Ab)c",
                r"^\(?编者", "^(c)|d"]
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text("[default]\ndrop_lines = [" + ", ".join(f"'{p}'" for p in patterns)
                          + "]\n", "utf-8")
    rules = load_rules(rules_file)
    every = [re.compile(p.pattern) for p in rules.drop_lines]
    rng = random.Random(5)
    alphabet = "本文abABxyzq|wv尾巴\n(编者cd]"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert rules.is_boilerplate(text) == any(p.search(text) for p in every), text


@pytest.mark.parametrize("source", [None, "nbd", "chinanews"])
def test_builtin_drop_lines_judge_as_a_search_over_every_pattern_would(source):
    """The anchored drop rules are tried only when a paragraph's first character can begin
    them (and holds their literals): the same verdicts as searching every built-in pattern,
    on paragraphs made of the rules' own words, brackets, digits and prose."""
    import random
    import re
    from importlib import resources

    from pipelines.boilerplate import default_rules

    rules = default_rules().for_source(source)
    text = resources.files("pipelines.rules").joinpath("boilerplate.toml").read_text("utf-8")
    pieces = sorted(set(re.findall(r"[\u4e00-\u9fff]{1,6}|[^\s\w\\'\",]", text)))
    pieces += ["1", "23", "2024年1月29日", " ", "　", "APP", "Copyright", "Trackback", "国新办",
               "举行新闻发布会", "介绍有关情况。", "李明", "……", "..."]
    rng = random.Random(31)
    for _ in range(6000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        expected = (len(line) <= rules.max_line_chars
                    and any(p.search(line) for p in rules.drop_lines))
        assert rules.is_boilerplate(line) == expected, line


@pytest.mark.parametrize("user_rules", [False, True])
def test_spam_rules_cut_and_flag_what_the_plain_alternations_do(user_rules, tmp_path):
    """The hint that skips most paragraphs (pipelines.regexhint) never changes a result:
    the same cuts and verdicts as running every spam and boilerplate pattern, also when a
    user's rules add patterns without a literal to require (those always run)."""
    import random
    import re

    from pipelines.boilerplate import default_rules, load_rules

    rules = default_rules()
    if user_rules:
        file = tmp_path / "rules.toml"
        file.write_text("[default]\ndrop_lines = ['\\d{4}$', '[a-z]{2}\\d', '下载']\n"
                        "spam_lines = ['^\\d+%?$', '网上百家乐']\n", "utf-8")
        rules = load_rules(file)
        assert len(rules.drop_lines) == len(default_rules().drop_lines) + 3
        assert rules._drop_line_tests()[1].always is not None  # unhinted patterns exist
        assert rules._spam_line_test().always is not None

    def plain(patterns):
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))

    spam, spam_lines, drop = plain(rules.spam), plain(rules.spam_lines), rules.drop_lines
    pieces = ["澳门", "六合彩", "开奖", "资料大全", "一码一肖", "100%", "精准", "管家婆", "网上",
              "百家乐", "返回搜狐", "，查看更多", "转载", "未经授权", "不得", "二维码", "摄",
              "（新华社记者 李明 摄）", "供图", "APP", "客户端", "下载", "本报讯", "2025年",
              "新闻发布会", "，", "。", " ", "、、", "ab1", "2025", "99%", "7"]
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        cut, removed = spam.subn("", text)
        if removed:
            cut = re.sub(r"\s{2,}", " ", re.sub(r"([，、；：])\1+", r"\1", cut)).strip()
        assert rules.remove_spam(text) == (cut, removed), text
        assert rules.is_spam_line(text) == (spam_lines.search(text) is not None), text
        expected = len(text) <= rules.max_line_chars and any(p.search(text) for p in drop)
        assert rules.is_boilerplate(text) == expected, text


def test_datelines_read_as_when_the_date_was_parsed_first():
    """read_dateline checks what is left besides dates and labels before it parses the
    date (the cheaper test first): the same answers as parsing first, on random lines."""
    import random
    import re

    from pipelines import metadata
    from pipelines.metadata import LineMeta

    def parsed_first(line, fetched_at):
        text = metadata._UI_JUNK.sub(" ", line).strip()
        if not text or len(text) > metadata._DATELINE_MAX:
            return None
        published = parse_date(text, fetched_at=fetched_at)
        if not published:
            return None
        meta = LineMeta(published_at=published)
        source = metadata._SOURCE.search(text)
        rest = text
        if source:
            meta.media = source["media"]
            rest = rest.replace(source.group(0), " ")
        rest = metadata._DATE_WORDS.sub(" ", rest)
        rest = metadata._COUNTS_AND_LABELS.sub(" ", rest).strip()
        if not rest:
            return meta
        if " " not in rest and re.match(r"^[\u4e00-\u9fffA-Za-z]{2,14}\s*$", rest):
            meta.media = meta.media or rest
            return meta
        return None

    pieces = ["每日经济新闻", "新华社", "人民网", "2025-01-10", "2025年1月10日", "1月10日",
              "16:47:15", "08:00", "昨天", "3小时前", "刚刚", "来源：", "来源：中国新闻网",
              "发布时间：", "阅读 123", "【字体：大 中 小】", "【打印本页】", "国新办举行新闻发布会",
              "，", " ", "|", "September 10th, 2005", "2025.01.10", "作者", "CCTV", "。",
              "【分享，打印】", "来源：新华社。"]
    rng = random.Random(17)
    for _ in range(3000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        assert read_dateline(line, fetched_at=FETCHED) == parsed_first(line, FETCHED), line


def test_bylines_read_as_when_every_role_was_found_first(monkeypatch):
    """read_byline gives up when no role opens the line before it finds every role: the
    same answers as finding them all first (the shortcut switched off), on random lines."""
    import random

    from pipelines import metadata

    class AllRolesFirst:  # the role pattern without the one-position test
        def __init__(self, pattern):
            self.finditer = pattern.finditer

        def match(self, text):
            return True

    pieces = ["每经记者", "本报记者", "记者", "编辑", "责编", "通讯员", "文", "作者", "：", " ",
              "李宣璋", "陈星", "王五", "、", "（", "）", "【", "】", "□", "摄", "报道",
              "束为在回答", "提问时表示", "发自北京", "，", "实习生"]
    rng = random.Random(29)
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 7))) for _ in range(4000)]
    fast = [read_byline(line) for line in lines]
    monkeypatch.setattr(metadata, "_ROLE", AllRolesFirst(metadata._ROLE))
    assert [read_byline(line) for line in lines] == fast
    assert sum(meta is not None for meta in fast) > 300  # bylines among them


def test_paragraphs_without_anything_to_repair_normalise_as_through_every_step(monkeypatch):
    """normalize_paragraph skips mojibake, entity, invisible-character and annotation repair
    when a paragraph holds nothing they act on: the same text, counts and conversions as
    running every step, on random paragraphs with and without such characters."""
    import random
    import re
    from collections import Counter

    from pipelines import paragraphs
    from pipelines.cleanresult import COUNT_KEYS

    pieces = ["国家统计局", "發展", "經(jīng)濟(jì)", "?", "燃?xì)", "&ldquo;", "?ldquo;", ";", "&amp;",
              "(", ")", "（", "）", "\u200b", "\xa0", "\u3000", " ", "\t", "ＣＣＣ", "２０２４",
              "\ufffd", "锟斤拷", "烫烫烫", "屯", "认证(中国强制性)", "，", "。", "a", "1"]
    rng = random.Random(37)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(4000)]

    def run():
        out = []
        for text in texts:
            counts, conversions = dict.fromkeys(COUNT_KEYS, 0), Counter()
            out.append((paragraphs.normalize_paragraph(text, counts, conversions), counts,
                        conversions))
        return out

    fast = run()
    monkeypatch.setattr(paragraphs, "_MAY_REPAIR", re.compile(""))  # every step, always
    assert run() == fast
    assert sum(1 for text in texts if text.isprintable() and " " not in text
               and not re.search("[?\ufffd锟烫屯&;(（]", text)) > 300  # the short path taken


def test_byline_brackets_are_removed_as_the_translate_table_did():
    import random

    from pipelines import metadata

    table = str.maketrans("", "", "()（）【】[]□■◆◇●○▲△")
    rng = random.Random(23)
    alphabet = "()（）【】[]□■◆◇●○▲△本报记者 王五\\^-"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert metadata._BRACKETS.sub("", text) == text.translate(table), text


def test_a_sources_rules_are_merged_once_and_again_when_the_rules_grow(tmp_path):
    """Every page of a crawl asks for its source's rules: they are merged and compiled once,
    and merged anew when patterns were added to the rules since."""
    import re

    rules_file = tmp_path / "rules.toml"
    rules_file.write_text("[sources.mysite]\nspam = ['点击领取红包']\n", "utf-8")
    rules = load_rules(rules_file)
    first = rules.for_source("mysite")
    assert rules.for_source("mysite") is first
    assert rules.for_source("othersite") is rules
    assert first.remove_spam("正文点击领取红包内容") == ("正文内容", 1)
    rules.spam.append(re.compile("广告词"))
    again = rules.for_source("mysite")
    assert again is not first
    assert again.remove_spam("正文广告词点击领取红包内容") == ("正文内容", 2)


_LOOKAHEAD_TEXTS = [
    "本站版权所有，ICP备12345号 联系我们 网站地图",
    "copyright © 2020 某某网 icp证 050123 京公网安备 主办：某局 承办单位：信息中心",
    "建议使用 IE9 以上浏览器，分辨率1280*800 以获得最佳效果；地址：某路1号 邮编：100000 电话：123",
    "通报全文。主办方表示，技术支持由本地企业提供；关于我们的说明和免责声明见后。" * 40,
    "Copyrıght COPYRİGHT İCP备 ıcp证 ICP ICPICP备 建议使用这个非常非常非常非常非常长的说明文字浏览器",
    "没有任何页脚标记的普通正文段落。" * 200,
    "article-title news_tit2 bt3 Heading HEADLINE biaoti subtitle tit bt btn-title",
    "pubtime PUBLISH_DATE info-bar meta source laiyuan ly fbsj rq rqx lyric dateline",
    "liveclock live_date livetime nowtime cur_date current-time todaydate sysTime clocks",
    "flex items-center justify-between px-4 py-2 text-sm wp-block-group has-global-padding"
    " elementor-widget-container jeg_post_meta td-post-date entry-header ıtem İnfo ſource",
]


def _random_class_strings(seed: int, count: int) -> list[str]:
    import random

    rng = random.Random(seed)
    alphabet = "titlebiaohdngrpusmfcowkyqTIBHDSCıİſ0123 _-\u212a"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
            for _ in range(count)]


@pytest.mark.parametrize("name", ["pipelines.articlebody:_FOOTER",
                                  "pipelines.headlinetext:TITLE_HINT",
                                  "pipelines.pagedate:_DATE_HINT",
                                  "pipelines.pagedate:_CLOCK_HINT"])
def test_patterns_behind_a_first_letter_lookahead_match_as_the_plain_alternation(name):
    """Case-blind alternations scanned over long text (a block's text, utility-class strings)
    are searched behind a lookahead of the characters their alternatives open with. That
    must leave every match (start, end, text) as the plain alternation gives, case-blind
    equivalents (``ı``, ``İ``, ``ſ``, the Kelvin sign) included."""
    import importlib
    import re

    module, attr = name.split(":")
    pattern = getattr(importlib.import_module(module), attr)
    parts = re.fullmatch(r"\(\?=\[([^\]]+)\]\)\(\?:(.*)\)", pattern.pattern, re.S)
    assert parts, "not a lookahead over a group"
    plain = re.compile(parts.group(2), pattern.flags)
    texts = [*_LOOKAHEAD_TEXTS, *_random_class_strings(len(name), 3000)]
    found = 0
    for text in texts:
        expected = [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]
        assert [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)] == expected
        found += len(expected)
    assert found >= 5  # the texts do hold marks


def test_body_scores_with_counts_kept_across_calls_equal_counts_made_afresh():
    """The tree's own-text counts (and teaser verdicts) are made once and kept for every
    body search of a page, each with other blocks hidden: every score, link count and
    link list is the one a fresh count gives."""
    from lxml import etree

    from pipelines.articlebody import TreeCounts, _Stats, best_body

    paragraphs = "".join(f"<p>第{i}段，市场监管部门今天通报了检查结果。各地要落实整改要求！</p>"
                         for i in range(6))
    teasers = "".join(f"<li><a href='/n{i}'>另一条新闻标题第{i}条</a>摘要写到这里就断了……"
                      f"<a href='/n{i}'>更多</a></li>" for i in range(4))
    root = etree.HTML(
        f"<html><body><div class='nav'><a href='/'>首页</a><a href='/a'>新闻中心</a></div>"
        f"<div class='main'><h1>标题</h1><div class='content'>{paragraphs}尾巴文字。"
        f"<ul class='related'>{teasers}</ul></div></div>"
        f"<div class='side'><p>侧栏里的一段说明文字，也有句号。还有一句！</p></div></body></html>")
    counts = TreeCounts(root)
    blocks = {c: root.xpath(f"//*[@class='{c}']")[0] for c in ("nav", "related", "side", "content")}
    for hidden in (set(), set(blocks["nav"].iter()), set(blocks["related"].iter()),
                   set(blocks["side"].iter()) | set(blocks["nav"].iter()),
                   set(blocks["content"].iter())):
        kept, fresh = _Stats(root, hidden, counts), _Stats(root, hidden)
        assert (kept.han, kept.links, kept.punct, kept.own, kept.link_lists) == \
            (fresh.han, fresh.links, fresh.punct, fresh.own, fresh.link_lists)
        assert best_body(root, hidden, counts=counts) == best_body(root, hidden)
    assert counts.teasers  # the teasers were judged, once each
    assert blocks["related"] in _Stats(root, set(), counts).link_lists


def test_chinese_characters_are_counted_as_a_search_for_each_one_counts_them():
    """``han_count`` counts long text through its UTF-16 high bytes and short text by runs:
    both must give ``len(HAN.findall(text))`` on every code point (astral characters,
    surrogates and the neighbours of U+4E00–U+9FFF included), on long and short text."""
    import random

    from pipelines.treetext import HAN, han_count

    every = "".join(map(chr, range(0x110000)))
    assert han_count(every) == len(HAN.findall(every)) == 0x9FFF - 0x4E00 + 1
    rng = random.Random(14)
    near = [*map(chr, range(0x4D00, 0x4F00)), *map(chr, range(0x9F00, 0xA100)),
            "\ud83d", "😀", "𠀀", "a", " ", "，", "ｱ"]
    for _ in range(2000):
        text = "".join(rng.choice(near) for _ in range(rng.randint(0, 200)))
        assert han_count(text) == len(HAN.findall(text)), text


def test_a_fold_line_read_piece_by_piece_gives_the_verdict_of_its_whole_text():
    """``_fold_line`` takes the fold's dress off each text piece and stops reading a block
    once more than a button's words are left: the verdict must be the one the block's whole
    joined text gives, for buttons, dressed buttons split over elements, and long blocks."""
    import random
    import re

    from lxml import etree

    from pipelines.setaside import _FOLD, _FOLD_DRESS, _FOLD_MAX, _fold_line

    def whole(el: etree._Element) -> bool:
        text = _FOLD_DRESS.sub("", "".join(el.itertext()))
        return 0 < len(text) <= _FOLD_MAX and bool(_FOLD.fullmatch(text))

    rng = random.Random(24)
    words = ["閱讀更多", "展开全文", "Read more", "read", " more", "点击", "查看", "全文", "- ",
             " -", "▼", "【", "】", "（", "）", "...", "…", "\u3000", "\n", "市场监管", "今天",
             "通报", "。", "abc", "·", ">>"]
    tags = ["span", "a", "b", "em"]
    found = {True: 0, False: 0}
    for _ in range(3000):
        pieces = [rng.choice(words) for _ in range(rng.randint(0, 9))]
        inner = "".join(f"<{t}>{p}</{t}>" if rng.random() < 0.5 else p
                        for p in pieces for t in [rng.choice(tags)])
        el = etree.HTML(f"<html><body><div>{inner}</div></body></html>").find(".//div")
        verdict = _fold_line(el)
        assert verdict == whole(el), re.sub(r"\s+", " ", inner)
        found[verdict] += 1
    long = etree.HTML("<html><body><div><p>" + "市场监管部门今天通报。" * 500
                      + "</p><span>阅读全文</span></div></body></html>").find(".//div")
    assert _fold_line(long) is whole(long) is False
    assert found[True] >= 20 and found[False] >= 20  # both verdicts were met


def test_blocks_reached_through_their_attributes_are_those_an_element_test_finds():
    """``setaside`` finds inline-hidden, ``hidden``-attribute and ``ng-hide`` blocks, and
    ``treetext.classed`` the classed ones, through their attributes (``//@style[contains(.,
    …)]/..``): the same elements, in the same order, as the element tests
    (``//*[contains(@style, …)]``) give, and the classes a style sheet hides
    are found on the same elements, on the authored pages, the replicas and a page
    holding each case (the root's own style, an SVG's, attributes in upper case, a
    ``hidden`` input, text that only names the words, an element with class and id)."""
    from pathlib import Path

    from lxml import etree

    from pipelines import setaside
    from pipelines.decode import decode_html
    from pipelines.htmlparse import parse_html
    from pipelines.treetext import classed

    root_dir = Path(__file__).resolve().parents[2]
    pages = [*sorted((root_dir / "benchmarks/extraction/pages").rglob("*.*htm*")),
             *sorted((root_dir / "crawler/replicas").rglob("*.*htm*"))]
    made = ("<html style='display:none'><body><div STYLE='DISPLAY: none'>甲</div>"
            "<p style='color:red;display:none;'>乙</p><svg style='display:none'><g/></svg>"
            "<div class='a ng-hide b'>丙</div><div class='ng-hidex'>丁</div><p>display:none"
            " ng-hide hidden</p><input type='hidden' hidden><section HIDDEN>戊</section>"
            "<span style=''>己</span><b id='x' class='y'>庚</b><i class='xhide hide\tz'>辛</i>"
            "<u class='hidex'>壬</u></body></html>")
    trees = [parse_html(decode_html(page.read_bytes())[0]) for page in pages]
    trees.append(parse_html(made))
    old = {"style": etree.XPath("//*[contains(@style, $spelling)]"),
           "ng": etree.XPath("//*[contains(@class, 'ng-hide')]"),
           "hidden": etree.XPath("//*[@hidden]")}
    found = 0
    for tree in trees:
        if tree is None:
            continue
        for spelling in ("display:none", "DISPLAY: none", "display: none", "none"):
            new = setaside._STYLE_WITH(tree, spelling=spelling)
            assert new == old["style"](tree, spelling=spelling)
            found += len(new)
        assert setaside._NG_HIDE(tree) == old["ng"](tree)
        assert setaside._HIDDEN_ATTRIBUTE(tree) == old["hidden"](tree)
        assert classed(tree) == tree.xpath("//*[@class or @id]")
        # a style sheet's hidden classes: the tokens of a few of the page's own classes, a
        # part of one (matched inside other tokens, never a token itself) and a made one
        tokens = sorted({t for el in tree.xpath("//*[@class]") for t in el.get("class").split()})
        for names in ({"hide", "ng-hide"}, set(tokens[:3]), set(tokens[-2:]),
                      {t[:3] for t in tokens[:4] if len(t) > 4}):
            def holding(elements: list, names: set = names) -> list:
                return [el for el in elements if not names.isdisjoint(el.get("class").split())]
            wanted = holding(tree.xpath("//*[@class]"))
            assert holding(setaside._classed_with(tree, names)) == wanted
            found += len(wanted)
        found += len(setaside._NG_HIDE(tree)) + len(setaside._HIDDEN_ATTRIBUTE(tree))
    assert len(trees) > 20 and found >= 10
