# ruff: noqa: E501  (Chinese test strings)
"""A short letter whose one paragraph is followed by its contact lines (issue 14, stop 31,
block choice): pages in the shape of a provincial government's letter page, with text
written here.

A block showing two footer marks is taken for a footer; ``地址：`` (in ``回函地址：``) and
``电话：`` (in ``联系电话：``) are two. A letter asking for comments — an addressee line, one
paragraph of prose, then the reply address, the contact person, the telephone and the
mailbox — was found only by the last resort that takes such a block when every other pass
finds nothing (stop 24). Any other block holding 20 characters of text won before it: a
column of other stories' teasers beside it, a menu or a comment line put over the page.
Now a block whose only footer marks are contact labels is the text when the sentences
before the first mark make at least half of what comes before it (the addressee line
aside) and hold 40 Chinese characters or more: a letter's paragraph, not a footer's lines.

- The letter with a column of teasers (linked headline, cut-off summary, "更多") beside its
  block: the letter, from its paragraph to its mailbox line.
- Guard: a footer of office hours (lines of times, one sentence among them) closing with the
  office's address and telephone stays a footer beside a short notice (tests of
  test_clean_widget_words and test_clean_contact_card_notices keep it).
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, page_head

TITLE = "关于征求《社区菜市场管理规范》地方标准意见的函"
ADDRESSEE = "各有关单位及专家："
TEXT = "《社区菜市场管理规范》地方标准现已形成征求意见稿，欢迎各有关单位及专家对标准进行审阅，并于2026年12月10日前返回具体的修改意见。"
CONTACTS = ["回函地址：某某省标准技术审评中心，某某市东湖区人民路八号原省工商局大楼三楼标准化研究所。", "联 系 人：王某某、李某某、张某某",
            "联系电话：0000-12345678", "电子邮箱：biaozhun@example.com"]
TEASERS = [("全省冬季农业生产工作会议召开", "会议要求各地抓紧抓实冬季农业生产各项工作，确保设施蔬菜稳定供应，农资储备充足，"),
           ("市场监管部门开展专项检查", "本次专项检查重点针对食品和特种设备等领域，将持续到年底，对发现的问题"),
           ("城市更新项目有序推进", "今年以来，全市城市更新项目按计划推进，老旧小区改造已开工一百余个，涉及居民")]


def test_a_letter_closing_with_its_contact_lines_beats_a_teaser_column() -> None:
    letter = ("<div id='zoom'>" + f"<p>{ADDRESSEE}</p><p>{TEXT}</p>"
              + "".join(f"<p>{line}</p>" for line in CONTACTS) + "<p>2026年11月30日</p></div>")
    column = ("<div><ul>" + "".join(
        f"<li><a href='/xw/{k}.html'>{head}</a><br><span>{summary}...</span>"
        f"<a href='/xw/{k}.html'>更多</a></li>" for k, (head, summary) in enumerate(TEASERS))
        + "</ul></div>")
    page = (page_head(TITLE) + "<div class='nav'><a href='/'>首页</a> <a href='/gk/'>政府信息公开</a></div>"
            f"<div class='article'><p class='title'>{TITLE}</p>{letter}{column}</div>"
            "<div class='foot'>主办单位：某某省人民政府办公厅 网站标识码：0000000000</div></body></html>")
    body = cleaned(page).body
    assert body.startswith(TEXT) or body.startswith(ADDRESSEE)
    assert TEXT in body
    assert CONTACTS[-1] in body
    assert "更多" not in body
