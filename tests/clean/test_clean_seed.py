# ruff: noqa: E501  (Chinese test strings)
"""The seed article (a damaged mirror copy) cleans to the story, with its metadata."""

from __future__ import annotations

import re

from pipelines.pinyin import SYLLABLE
from pipelines.textnorm import to_simplified

LEAD = "市场监管总局副局长束为在回答《每日经济新闻》记者提问时表示"
FOOTER_MARKERS = ("封面图片来源", "如需转载", "严禁转载", "读者热线", "特别提醒", "欢迎关注", "APP")


def test_no_pinyin_annotation_is_left(cleaned_seed):
    assert not re.search(rf"[(（]\s*{SYLLABLE}\s*[)）]", cleaned_seed.body)
    assert cleaned_seed.counts["pinyin_removed"] > 300


def test_no_character_that_opencc_would_convert(cleaned_seed):
    assert to_simplified(cleaned_seed.body) == cleaned_seed.body
    assert cleaned_seed.conversions["經→经"] > 10


def test_no_footer_line(cleaned_seed):
    for paragraph in cleaned_seed.paragraphs:
        assert not any(marker in paragraph for marker in FOOTER_MARKERS), paragraph
    assert cleaned_seed.counts["boilerplate_removed"] == 6


def test_no_question_mark_inside_chinese_words(cleaned_seed):
    assert not re.search(r"[\u4e00-\u9fff][?？]+[\u4e00-\u9fff]", cleaned_seed.body.replace(
        "哪些进展？今后", ""))
    assert "?" not in cleaned_seed.body
    assert "\ufffd" not in cleaned_seed.body


def test_the_lead_paragraph_is_kept_once(cleaned_seed):
    assert sum(p.startswith(LEAD) for p in cleaned_seed.paragraphs) == 1
    assert cleaned_seed.counts["repeated_paragraphs_removed"] == 1


def test_reporters_editor_media_and_dateline_exact(cleaned_seed):
    assert cleaned_seed.authors == ["李宣璋"]
    assert cleaned_seed.editors == ["陈星"]
    assert cleaned_seed.media == "每日经济新闻"
    assert cleaned_seed.published_at == "2025-01-10T16:47:15+08:00"
    assert not any("每经记者" in p or "16:47:15" in p for p in cleaned_seed.paragraphs)


def test_mojibake_spans_are_repaired_from_their_bytes(cleaned_seed):
    body = cleaned_seed.body
    assert "商用燃气燃烧器具、可燃气体探测器" in body
    assert "拦截无证商品信息1315万次" in body
    assert "比如去年将燃气“减压阀”等6种产品" in body
    # The digit the damage swallowed ("等3类") cannot be read back: it is left out.
    assert "燃气用具、电动自行车等类产品" in body
    assert "燃气用具等节日旺销品" in body
    assert cleaned_seed.counts["mojibake_repaired"] == 6


def test_parentheticals_stay_and_chinese_ones_become_full_width(cleaned_seed):
    assert "CCC认证（中国强制性产品认证）管理" in cleaned_seed.body
    assert "《加快推进认证认可高水平开放行动方案(2024-2030年)》" in cleaned_seed.body


def test_half_width_punctuation_between_chinese_becomes_full_width(cleaned_seed):
    assert "时表示，质量认证" in cleaned_seed.body
    assert "取得了哪些进展？今后的工作重点是什么？" in cleaned_seed.body
    assert "同比增长135%，拦截" in cleaned_seed.body


def test_original_script_is_kept(cleaned_seed):
    assert "經(jīng)濟(jì)" in cleaned_seed.original_text
    assert cleaned_seed.extracted_by == "text"
    assert cleaned_seed.encoding == "utf-8"


def test_the_seed_in_a_gbk_page_cleans_like_the_seed_text(seed_bytes, cleaned_seed):
    import html

    from pipelines.clean import clean_document

    lines = seed_bytes.decode("utf-8").splitlines()
    body = "<br>".join(html.escape(line, quote=False) for line in lines)
    page = (
        "<html><head><meta charset=gbk><title>質量認證-資訊-某某網</title></head><body>"
        "<div class=nav><a>首页</a><a>资讯</a></div><div class=main>"
        "<div class=tit>質量認證是國際通行的市場經濟信用證</div>"
        f"<div class=txt>{body}</div></div><div class=footer>版权所有</div></body></html>"
    )
    result = clean_document(page.encode("gbk"), fetched_at="2025-01-11T02:00:00Z")
    assert result.encoding == "gb18030" and result.extracted_by == "general"
    assert result.paragraphs == cleaned_seed.paragraphs
    assert (result.authors, result.editors) == (cleaned_seed.authors, cleaned_seed.editors)
    assert result.published_at == cleaned_seed.published_at
    assert result.title == "质量认证是国际通行的市场经济信用证"


def test_spam_injected_into_the_seed_is_cut_out(seed_bytes, cleaned_seed):
    from pipelines.clean import clean_document

    text = seed_bytes.decode("utf-8").replace("質(zhì)量認(rèn)證是", "質(zhì)量認(rèn)證澳门六开彩免费资料公开是", 1)
    text = text.replace("二是聚焦", "一码一肖100%精准二是聚焦", 1)
    result = clean_document(text, fetched_at="2025-01-11T02:00:00Z")
    assert result.paragraphs == cleaned_seed.paragraphs
    assert result.counts["spam_removed"] == 2
