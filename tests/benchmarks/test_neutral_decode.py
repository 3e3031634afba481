"""benchmarks/real/scoring.neutral_decode, the text GNE is handed (and every perturbed page
of extraction_robust is built from): a page saved in GBK whose ``<meta>`` naming the charset
comes after kilobytes of scripts, or that names none, is read as the Chinese it is, never as
another code page's mojibake; text in another code page is not forced into GB18030."""

from __future__ import annotations

from benchmarks.real.scoring import neutral_decode

TEXT = ("十月最后一天，城东新建的图书馆正式开放，首日接待读者两千余人次。"
        "馆内设有少儿阅览区和自习室，周末延长开放到晚上九点。")
SCRIPTS = "<script>var cfg = {a: 1, b: [1, 2, 3]};</script>\n" * 250  # ~11 KB


TEXT_T = ("十月最後一天，城東新建的圖書館正式開放，首日接待讀者兩千餘人次。"
          "館內設有少兒閱覽區和自習室，週末延長開放到晚上九點。")


def page(head: str = "", before: str = "", text: str = TEXT) -> str:
    return (f"<html><head>{before}{head}<title>{text[:6]}</title></head>"
            f"<body><h1>{text[:6]}</h1><p>{text}</p></body></html>")


def test_a_gbk_page_naming_its_charset_after_kilobytes_of_scripts_reads_as_chinese():
    html = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', SCRIPTS)
    assert len(SCRIPTS) > 8192
    assert TEXT in neutral_decode(html.encode("gbk"))


def test_a_gbk_page_naming_no_charset_reads_as_chinese():
    assert TEXT in neutral_decode(page().encode("gbk"))


def test_a_page_naming_its_charset_early_is_read_in_it():
    html = page('<meta charset="gbk">')
    assert TEXT in neutral_decode(html.encode("gbk"))
    assert TEXT in neutral_decode(page('<meta charset="utf-8">').encode("utf-8"))


def test_a_big5_page_naming_no_charset_is_not_read_as_gb18030():
    # Guard: Big5 bytes decode cleanly as GB18030 more often than not, into kana, Greek and
    # rare characters; they do not read as Chinese, so they are left to detection.
    data = page(text=TEXT_T).encode("big5")
    assert data.decode("gb18030") != page(text=TEXT_T)  # the bytes decode, wrongly
    assert neutral_decode(data) != data.decode("gb18030")



def test_a_utf8_page_with_one_broken_sequence_in_its_head_is_read_as_declared():
    # A description cut inside its last character leaves two stray bytes: a browser shows the
    # page in its declared UTF-8 with one replacement mark; charset detection took such a
    # page, with its menu of links, for a Cyrillic code page.
    head = '<meta charset="UTF-8"><meta name="description" content="读者服务，开放时间？使用">'
    menu = "".join(f'<li><a href="/news/{n}.html" class="nav-item">栏目{n}</a></li>\n'
                   for n in range(120))
    html = page(head, before="").replace("<body>", f"<body><ul>{menu}</ul>")
    cut = "使用".encode()
    data = html.encode("utf-8").replace(cut + b'"', cut[:-1] + b'"', 1)
    text = neutral_decode(data)
    assert TEXT in text
    assert text.count("\ufffd") == 1


def test_a_page_whose_declared_charset_breaks_everywhere_is_not_forced_into_it():
    # Guard: GBK bytes under a false UTF-8 declaration break on nearly every character, so
    # the declaration is not taken with replacement marks; the bytes read as the GBK they are.
    data = page('<meta charset="utf-8">').encode("gbk")
    assert TEXT in neutral_decode(data)
