"""A magazine's note of the issue a text was taken from (stop 35, after fresh17), on pages of
our own text in the shape of a developer portal's reprint of a magazine essay.

Essays reprinted from a monthly close on one paragraph naming the issue they were taken from,
with the magazine's calls (``本文选自某某电子版2015年5月B刊，该期更多文章请查看这里。…欢迎订阅
某某电子版。``). It closes sentences, so it was kept as the text's last paragraph. A reprint's
source note is not the text (the label rules: source lines after the text are not body); a
paragraph of the text that names where a quote comes from mid-sentence stays.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page, paras

TEXT = [
    "很多团队在做服务器开发时，首先考虑的是并发模型，其次才是数据的存储方式。",
    "我们的经验是先把状态放在内存里，再用异步任务写入数据库，这样既快又不会丢数据。",
    "总之，选择合适的架构比选择语言更重要。",
]
NOTE = ("本文选自某某杂志电子版2015年5月B刊，该期更多文章请查看这里。创刊至今所有文章目录请查看"
        "某某封面秀。欢迎订阅某某杂志电子版（含PDF版）。")


def test_a_magazines_note_of_the_issue_under_the_text_is_not_the_text() -> None:
    paragraphs = cleaned(news_page("服务器开发的几点经验", paras([*TEXT, NOTE]))).paragraphs
    assert paragraphs[-1] == TEXT[-1]


def test_a_sentence_naming_where_a_quote_comes_from_stays() -> None:
    quote = "他引用的一句话，本文作者曾在某某杂志上读到过，大意是架构决定了系统能走多远。"
    paragraphs = cleaned(news_page("服务器开发的几点经验", paras([*TEXT, quote]))).paragraphs
    assert paragraphs[-1] == quote
