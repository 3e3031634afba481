"""A Q&A whose every answer closes on a table of contacts (stop 35, after fresh17), on pages
of our own text in the shape of a provincial government's policy interpretation.

Each of the ten answers of a ``十问十答`` ended on a small table, ``政策咨询联系人和联系方式``
over ``单位 | 姓名 | 联系方式`` and one or more rows; the same office's row stood under
several answers. The cleaner dropped a row it had seen in an earlier table as a repeated
paragraph, so the last answer's table lost its last row and the text ended a row early. A
row of a new table (new running text stands between the two tables) is that table's own;
a row printed twice in one table, and the tables of a page printed twice over, are still
repeats. The related document's pointer under the text (``相关文件：某某的通知``) is not text.
"""

from __future__ import annotations

from tests.clean.news_page import cleaned, news_page


def _table(*rows: tuple[str, str, str]) -> str:
    head = "<tr><td colspan='3'>政策咨询联系人和联系方式</td></tr>" \
           "<tr><td>单位</td><td>姓名</td><td>联系方式</td></tr>"
    return "<table>" + head + "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>"


OFFICE = ("市发展改革委财金处", "王某", "0123-4567890、13800000001")
BANK = ("某某中心支行信贷处", "李某", "13800000002")
CREDIT = ("某某中心支行征信处", "赵某", "13800000003")

QA = [
    "<p>一、企业如何申请纳入重点企业名单？</p>",
    "<p>企业可向所在地发展改革部门提出申请，经审核后报省级部门汇总，名单每周更新一次。</p>",
    _table(OFFICE, BANK),
    "<p>二、受影响的企业能否申请延期还款？</p>",
    "<p>企业可与贷款银行协商展期或续贷，银行应根据企业实际情况给予支持，不得盲目抽贷。</p>",
    _table(BANK),
    "<p>三、逾期记录会影响企业的信用吗？</p>",
    "<p>因疫情造成逾期的，相关逾期贷款可以不作逾期记录报送，已报送的可以提出异议申请。</p>",
    _table(CREDIT, OFFICE),
]


def _last(body: str) -> str:
    return [p for p in body.split("\n") if p][-1]


def test_a_row_listed_again_in_the_last_answers_table_ends_the_text() -> None:
    page = news_page("某某措施十问十答", "".join(QA))
    assert _last(cleaned(page).body) == "｜".join(OFFICE)


def test_the_related_documents_pointer_under_the_text_is_not_the_text() -> None:
    pointer = "<p>相关文件：某某省人民政府办公厅印发关于支持企业发展若干措施的通知</p>"
    page = news_page("某某措施十问十答", "".join(QA[:3]) + pointer)
    assert _last(cleaned(page).body) == "｜".join(BANK)


def test_a_row_printed_twice_in_one_table_is_kept_once() -> None:
    page = news_page("某某措施十问十答", "".join(QA[:2]) + _table(OFFICE, BANK, OFFICE))
    rows = [p for p in cleaned(page).body.split("\n") if p == "｜".join(OFFICE)]
    assert len(rows) == 1


def test_a_text_printed_twice_over_keeps_its_tables_rows_once() -> None:
    # The page holds its whole text twice (a hidden copy after the visible one): the second
    # copy's answers are repeats, and so are its tables' rows.
    page = news_page("某某措施十问十答", "".join(QA) + "".join(QA))
    body = cleaned(page).body
    assert body.count("｜".join(BANK)) == 2  # under answers one and two, once each
    assert body.count("｜".join(CREDIT)) == 1
