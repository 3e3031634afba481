# ruff: noqa: E501  (prose paragraphs are kept on one line each, as articles have them)
"""Other outlets' reports of the stored stories' press conferences, written for this set.

Each report is built from its own paragraphs (dateline, byline, lead, who asked, closing)
around paragraphs of a stored story quoted word for word — the official's answer, as every
outlet quotes it — with the stored outlet's own wording taken out of the quoted paragraphs
(``replace``: e.g. the seed's ``在回答《每日经济新闻》记者提问时表示`` becomes ``表示``).
Most quote so much that the text overlap alone says "duplicate" (containment >= 0.8): only
attribution tells them apart. None of this is the text of a real report.

``event`` labels the press conference each text reports on (for the events evaluation):
``scio_0110`` is the seed's (国新办, 2025-01-10, 束为 / 况旭).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The seed's own wording inside the answer paragraphs, as other outlets drop it.
SEED_OWN_WORDING = {
    "市场监管总局副局长束为在回答《每日经济新闻》记者提问时表示": "市场监管总局副局长束为表示",
    "束为向《每日经济新闻》记者介绍": "束为介绍",
}


@dataclass
class Report:
    key: str
    target: str  # the stored story whose paragraphs it quotes
    event: str
    published_at: str
    head: list[str]
    quote: list[int]  # paragraph numbers of the stored story, in order
    tail: list[str] = field(default_factory=list)
    replace: dict[str, str] = field(default_factory=dict)


REPORTS = [
    Report(
        "seed_wire_chinanews", "seed", "scio_0110", "2025-01-10T17:32:00+08:00",
        ["中新网北京1月10日电（记者 赵明远）国务院新闻办公室10日举行系列主题新闻发布会。会上有记者提问，市场监管总局在推动更好发挥质量认证作用方面取得了哪些进展。"],
        [2, 3, 4, 5, 6, 7, 8], ["（完）"], SEED_OWN_WORDING,
    ),
    Report(
        "seed_wire_xinhua", "seed", "scio_0110", "2025-01-10T18:05:00+08:00",
        ["新华社北京1月10日电（记者 钱进、周宁）记者从国新办10日举行的新闻发布会上获悉，去年我国把12种安全风险较高的产品纳入强制性产品认证管理。"],
        [3, 4, 5, 6, 7], [], SEED_OWN_WORDING,
    ),
    Report(
        "seed_paper_byline", "seed", "scio_0110", "2025-01-11T06:00:00+08:00",
        ["本报北京1月10日讯 记者孙悦报道：春节临近，年货市场的产品质量安全格外受人关注。在国新办当天举行的新闻发布会上，市场监管总局执法稽查局局长况旭回应了这一话题。"],
        [9, 10, 11, 12, 13, 14],
    ),
    Report(
        "seed_portal_rewrite", "seed", "scio_0110", "2025-01-10T20:14:00+08:00",
        ["1月10日下午，国新办新闻发布会现场，有记者就质量认证工作的进展和今后的工作重点提问，市场监管总局副局长束为作了详细回答。以下根据发布会现场整理。"],
        [2, 3, 4, 5, 8], ["更多发布会内容，请关注本网后续报道。"], SEED_OWN_WORDING,
    ),
    Report(
        "seed_tv_app", "seed", "scio_0110", "2025-01-10T19:40:00+08:00",
        ["据央视新闻客户端报道，国新办1月10日举行新闻发布会，市场监管总局副局长束为、执法稽查局局长况旭介绍了质量认证和节日市场质量安全监管有关情况。"],
        [8, 9, 10, 11, 12, 14], [], SEED_OWN_WORDING,
    ),
    Report(
        "samr_food_wire", "samr_food", "samr_0116", "2025-01-16T16:20:00+08:00",
        ["中新网1月16日电（记者 吴晓丹）记者16日从市场监管总局新闻发布会上获悉，去年全国食品安全监督抽检总体不合格率与上年基本持平。"],
        [1, 2, 3], [],
        {"这位负责人表示": "市场监管总局食品安全抽检监测司负责人表示"},
    ),
    Report(
        "samr_food_paper", "samr_food", "samr_0116", "2025-01-17T07:00:00+08:00",
        ["本报讯（记者 林青）在16日举行的新闻发布会上，有记者问到哪些食品的抽检不合格率较高，市场监管总局有关负责人作了回应。"],
        [1, 2, 3],
    ),
    Report(
        "pboc_wire", "pboc_credit", "scio_0114", "2025-01-14T17:45:00+08:00",
        ["证券时报网讯（记者 贺然）1月14日，国新办举行新闻发布会。中国人民银行副行长邹澜在会上回答了记者关于信贷结构和融资成本的提问。"],
        [1, 2, 3],
    ),
    Report(
        "csrc_wire", "csrc_funds", "csrc_0123", "2025-01-23T15:50:00+08:00",
        ["新华社北京1月23日电（记者 刘慧、郑琳）证监会23日召开新闻发布会。有记者问，中长期资金入市方案有哪些具体安排。"],
        [1, 2, 3],
    ),
    Report(
        "csrc_portal", "csrc_funds", "csrc_0123", "2025-01-23T19:10:00+08:00",
        ["在1月23日中国证监会召开的新闻发布会上，《金融时报》记者就中长期资金入市的节奏提问。证监会副主席李明在回答时作了说明。"],
        [1, 2, 3],
    ),
]


def build_report(report: Report, stored: str) -> str:
    """The report's text: its own paragraphs around the quoted (reworded) paragraphs."""
    paragraphs = [p for p in stored.split("\n\n") if p.strip()]
    quoted = []
    for number in report.quote:
        text = paragraphs[number]
        for old, new in report.replace.items():
            text = text.replace(old, new)
        quoted.append(text)
    return "\n\n".join([*report.head, *quoted, *report.tail])


# Copies of the seed that strip its attribution (sentences naming 每日经济新闻's reporter cut,
# nothing added): still the seed. ``drop`` removes these phrases; ``keep_byline`` adds the
# original's own byline line (the stored body does not have it; its author column does).
SEED_STRIPPED = {
    "seed_stripped": {
        "对此，《每日经济新闻》记者在发布会现场提问：": "",
        "在回答《每日经济新闻》记者提问时": "",
        "向《每日经济新闻》记者": "",
    },
}
SEED_BYLINE = "每经记者 李宣璋 每经编辑 陈星"
# Lines republishers add about the story they copied (naming its outlet, or nobody).
SOURCE_LINES = [
    "来源：每日经济新闻",
    "据《每日经济新闻》报道，",
    "（本文转载自每经网，作者：每经记者 李宣璋）",
    "本网转载此文出于传递更多信息之目的，若有来源标注错误或侵权，请联系本网删除。",
    "原标题：束为答每经记者问：质量认证是市场经济的“信用证”",
]
SEED_AUTHOR = "李宣璋、陈星"
SEED_MEDIA = "每日经济新闻"
