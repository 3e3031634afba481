"""The article's headline.

The headline is the heading (``<h1>``…``<h6>`` or a ``title``-classed block) that best
matches the page's ``<title>``/``og:title`` and sits with the body rather than in the
masthead, so a site name in ``<h1>`` loses to the real headline; navigation labels
(``阅读下一篇``) and info lines (``来源：… 作者：…``) are never headlines, and such info glued
to a headline is cut off. Used by :mod:`pipelines.extract`.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from pipelines.dates import date_text, has_year, is_date_line
from pipelines.headlinetext import (
    TRAILING_NUMBER,
    closes_open,
    closes_unopened,
    headline_text,
    leaves_open,
    main_part,
    title_class,
    unspaced,
    without_tools,
)
from pipelines.pagefacts import (
    CLAUSE_MARK,
    HOME_LINK,
    SITE_END,
    PageFacts,
    headline_shaped,
    organisation_like,
    read_facts,
    site_like,
    title_parts,
    title_runs,
)
from pipelines.textnorm import to_simplified
from pipelines.treetext import (
    CHROME,
    HAN,
    HEADINGS,
    classes_if_any,
    classes_of,
    collapse_spaces,
    han_count,
    in_chrome,
    short_text,
    text_content,
    text_lines,
)

_CANDIDATE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "td", "strong", "b",
                   "font")


def headline(
    root: etree._Element,
    body: etree._Element | None,
    facts: PageFacts | None = None,
    *,
    skip: set[etree._Element] | frozenset = frozenset(),
    classes: dict[etree._Element, str] | None = None,
) -> tuple[etree._Element | None, str | None]:
    """(element, text) of the headline: the heading (or title-classed block) that best
    matches the page's ``<title>``/``og:title`` and sits with the body, not in the masthead;
    else ``og:title`` or the ``<title>`` part that is not the site's name. ``classes``: every
    element of the page with a class or id, and its :func:`classes_of`, when already read.
    A headline printed over two blocks, broken inside a bracket (``<p>关于印发《某某标准第3号
    </p><p>——某某和补植》的通知</p>``), is both blocks' line."""
    el, text = _headline(root, body, facts, skip=skip, classes=classes)
    return el, _bracket_run(el, text) if el is not None and text else text


def _bracket_run(el: etree._Element, text: str) -> str:
    """``text``, the line of the headline's block ``el``, with the neighbouring block's line
    that closes a bracket it leaves open (``关于印发《某某标准第3号`` | ``——某某和补植》的
    通知``, two centred blocks or two ``<div>`` of a title box) — or that it closes, opened
    by the block before. Nothing stated told them apart as one headline."""
    if leaves_open(text):
        other = _line_beside(el, preceding=False)
        return text + other if other and closes_open(text, other) else text
    if not closes_unopened(text):
        return text  # no bracket closed that it did not open: nothing to look for before it
    other = _line_beside(el, preceding=True)
    return other + text if other and closes_open(other, text) else text


def _line_beside(el: etree._Element, *, preceding: bool) -> str | None:
    """The one short line (60 characters or fewer) of the block next to ``el`` (before it
    when ``preceding``), read as a headline line; None for anything else."""
    own = _key(text_content(el))
    while (up := el.getparent()) is not None and up.tag not in ("body", "html") \
            and _key(text_content(up)) == own:
        el = up  # ``<p><strong>line</strong></p>``: the block is the ``<p>``
    near = next((s for s in el.itersiblings(preceding=preceding) if isinstance(s.tag, str)),
                None)
    if near is None:
        return None
    lines = text_lines(near, 60)
    return headline_text(lines[0], min_han=2) if lines and len(lines) == 1 else None


def _headline(
    root: etree._Element,
    body: etree._Element | None,
    facts: PageFacts | None = None,
    *,
    skip: set[etree._Element] | frozenset = frozenset(),
    classes: dict[etree._Element, str] | None = None,
) -> tuple[etree._Element | None, str | None]:
    """:func:`headline`, its blocks as found."""
    facts = facts or read_facts(root)
    candidates: list[tuple[etree._Element | None, str]] = []
    seen: set[str] = set()
    in_h1: set[str] = set()
    unstated = not facts.page_title and not facts.meta_title
    # A short headline of few Chinese characters (``什么是4G？``) is no fragment when the
    # <title> states it as its headline part: a heading printing exactly that part counts.
    stated = {_key(p) for p in facts.headline_parts() if len(_key(p)) >= 4} \
        if len(title_parts(facts.page_title)) > 1 else set()
    # Three characters (``义工联``) only as the <title>'s first part, printed in a heading
    # right over its date line (``<h3>义工联</h3>`` | ``深圳中学 2012-09-03``).
    first_part = _key(title_parts(facts.page_title)[0]) \
        if len(title_parts(facts.page_title)) > 1 else ""
    short_first = first_part if len(first_part) == 3 and han_count(first_part) == 3 else ""
    known = classes.get if classes is not None else classes_if_any
    for el in root.iter(*_CANDIDATE_TAGS):
        if el.tag not in HEADINGS and ((cls := known(el)) is None or not title_class(cls)):
            continue  # only a heading or a title-classed block
        if el in skip:
            continue
        # A heading holding its date line and page tools too, indented over many source
        # lines (``<h2>标题 <small>2023-08-19 来源：…</small><div>字号：…``): its first lines.
        lines = text_lines(el, 300) or (text_lines(el, 1500) if el.tag in HEADINGS else None)
        if not lines and el.tag in HEADINGS:
            lines = _pushed_out_lines(el) or _leading_line(el)
        elif lines and len(lines) > 1 and el.tag not in HEADINGS:
            lines = _heading_line(el, lines) or lines
        if lines and len(lines) == 1:
            lines = [without_tools(lines[0])]  # ``什么是4G？ 【打印】``: the short line alone
        text = headline_text("\n".join(lines)) if lines else None
        if text is None and lines and len(lines) == 1 and _key(lines[0]) in stated:
            text = collapse_spaces(lines[0])
        if text is None and short_first and lines and len(lines) == 1 \
                and _key(lines[0]) == short_first and el.tag in HEADINGS and _dated_next(el):
            text = collapse_spaces(lines[0])
        if text is None and lines and len(lines) == 1 and el.tag in HEADINGS \
                and _dated_programme(lines[0], facts.page_title):
            # A programme's day in the page's heading (``2025年12月3日 新闻联播``, a
            # transcript's page), the <title> stating the same words: its headline, not a
            # date line.
            text = collapse_spaces(lines[0])
        if text is None and lines and len(lines) == 1 and _spaced_short(lines[0], facts):
            # A notice's headline of two to seven characters set apart by spaces
            # (``公  示``, ``招 聘 启 事``) in a heading or title-classed block, the whole <title>
            # saying the same: the page's headline, however short.
            text = collapse_spaces(lines[0])
        if text is None and lines and len(lines) == 1 and el.tag == "h1" \
                and _SHORT_MIXED.fullmatch(_key(lines[0])) and _dated_next(el):
            # A short headline of three Chinese characters with letters or digits
            # (``什么是4G？``) in the page's <h1> right over its date line: no fragment.
            text = headline_text(lines[0], min_han=3)
        if text and (len(text) <= 80 or _long_headline(text)) and (
                text not in seen or (el.tag == "h1" and text not in in_h1 and unstated)):
            # The same line again in an ``<h1>`` (a page's mobile copy under its desktop
            # one, its cell classed ``biaoti``) when nothing states the headline: both are
            # weighed, the one at the text wins (a slogan beside the mobile copy's logo,
            # nearer the text than the desktop cell, no longer does).
            seen.add(text)
            candidates.append((el, text))
            if el.tag == "h1":
                in_h1.add(text)
    for el, text in _printed_titles(root, facts, skip) + _printed_spaced(root, facts, skip):
        if text not in seen:
            # The <title>, or its leading parts, printed whole in an unmarked block; a short
            # notice's spaced headline (``公  示``) the <title> states, in a plain ``<div>``.
            seen.add(text)
            candidates.append((el, text))
    meta_title = headline_text(facts.meta_title) if facts.meta_title else None
    if meta_title and meta_title not in seen:
        # A headline the CMS states in <meta> but prints in an unmarked block.
        candidates.append((None, meta_title))
    best = best_title(root, candidates, body=body, facts=facts)
    if best and best[0] is None:
        # Stated only: a large or bold line printing the stated headline and one more
        # clause of it (a ``<title>`` cut short) is the headline as printed.
        best = _printed_run_on(root, best, skip, body)
    if best and best[0] is None and facts.page_title:
        # Stated only, in <meta> shorter than the <title> states it: a line printing the
        # stated headline with more of the <title>'s words (a kicker, ``电视专题片《…》…``).
        best = _printed_fuller(root, best, facts.page_title, skip)
    if best and best[0] is None:
        # Stated only: a plain block printing the stated headline as its whole text, over
        # or at the text's top, is where the page prints it (the anchor of the date line).
        best = _printed_as_stated(root, best, skip, body)
    if best and best[0] is None:
        # Stated only, and printed nowhere as stated: a large or bold line over the text
        # saying it in the page's own wording (the <title>'s ``“三助一辅”`` spelt out as
        # ``助研、助教、助管和学生辅导员``), both ends the same, is the headline as printed.
        best = _printed_reworded(root, best, skip, body)
    if best and best[0] is None:
        best = _printed_h1(root, best, facts, skip, body)
    name = _name_only_title(facts)
    if best and not facts.meta_title and (not facts.page_title or name) \
            and not (name and _key(best[1]) == _key(name)) and _unmatched_doubt(best, body):
        # Nothing stated names the story (no <title>, or one naming only the channel or the
        # office): best_title matched nothing and ranked by tag and nearness alone. When its
        # pick is a box's name (``<h6>某某财经</h6>`` under the headline), a heading inside the
        # text or a headline run on into tools, what is printed before the text, weighed by
        # kind and closeness, decides — if it finds anything.
        sites = facts.site_names | _masthead_names(root, body)
        printed = _closest_before(root, body, [(el, t) for el, t in candidates
                                               if el is not None and t not in sites
                                               and not site_like(t)]
                                  + _emphasised_lines(root, skip, body), skip=skip, sites=sites)
        if printed[1] and (_box_name(best) or _inside_text(best[0], body)
                           or (_key(best[1]).startswith(_key(printed[1]))
                               and _key(best[1]) != _key(printed[1]))):
            best = printed
    if best and best[0] is not None and not facts.page_title and not facts.meta_title \
            and not _dated_or_dating(best[0]):
        # Nothing stated, and the pick is over no date line (a section's heading opening the
        # report, ``<h3>某某召开…新闻发布会</h3>``): a headline-shaped heading printed before
        # it right over its date line (``<h2>标题</h2><div><span>2018-09-26 09:00</span>``)
        # is the page's headline.
        sites = facts.site_names | _masthead_names(root, body)
        dated = [(el, t) for el, t in candidates
                 if el is not None and el is not best[0]
                 and headline_shaped(t) and t not in sites and not site_like(t)
                 and not organisation_like(t) and _precedes(el, best[0])
                 and not _masthead(el, body) and _dated_or_dating(el)]
        if dated:
            best = dated[-1]
    if best and best[0] is not None and body is not None \
            and (facts.page_title or facts.meta_title) and not _dated_or_dating(best[0]) \
            and _opens_text(best[0], body) and not _states(facts, best[1]):
        # The <title> states no story (the site's and the channel's names), and the pick is
        # the document's own title printed again at the top of the text in its own wording
        # (``<h2>某某项目成交公告</h2>`` opening the notice): the page's heading printed
        # before the text over its date line, matching nothing stated either, is the
        # headline — as on a page with no <title> at all.
        sites = facts.site_names | _masthead_names(root, body)
        dated = [(el, t) for el, t in candidates
                 if el is not None and el is not best[0] and not _states(facts, t)
                 and headline_shaped(t) and t not in sites and not site_like(t)
                 and not organisation_like(t) and _precedes(el, best[0])
                 and body not in el.iterancestors() and not _masthead(el, body)
                 and _dated_or_dating(el)]
        if dated:
            best = dated[-1]
    if best and name and _key(best[1]) == _key(name):
        # The <title> names only the channel or the office (``通知公告``, ``某某区水务局``)
        # and the block matching it is that name's box over the text: a headline printed
        # nearer the text, however marked, is the page's.
        printed = _closest_before(root, body, [(el, t) for el, t in candidates
                                               if el is not None and _key(t) != _key(name)]
                                  + _emphasised_lines(root, skip, body), skip=skip,
                                  sites=facts.site_names | {name})
        return printed if printed[1] else best
    if best:
        return best
    sites = facts.site_names | _masthead_names(root, body)
    if facts.page_title and name is None:
        # No heading or title class matched the <title> (headings set as bold blocks, a
        # title with a separator or a keyword list we do not split): a bold or large line
        # printed alone whose words the <title> holds is the headline as printed.
        page_key = _key(facts.page_title)
        lines = _emphasised_lines(root, skip, body) + _large_lines(root, skip, body)
        printed = [(el, text) for el, text in lines
                   if len(_key(text)) >= 6 and _key(text) in page_key and text not in sites
                   and not site_like(text) and not organisation_like(text)]
        if printed:
            return max((_run_of_lines(el, text, dict(lines), page_key) for el, text in printed),
                       key=lambda item: len(_key(item[1])))
    links: set[str] | None = None
    parts = facts.headline_parts()
    body_name = None  # a <title> that is only a public body's name: the site's, most likely
    for part in parts:
        text = headline_text(part)
        if text and text not in sites and not site_like(text):
            if len(parts) == 1 and (organisation_like(text) or len(_key(text)) <= 6
                                    or _PAGE_TYPE.search(text) or _DEFAULT_NAME.fullmatch(text)
                                    or _printed_as_home_link(root, text)):
                # Only a public body's name, or a channel's (``通知公告``, ``工作动态``): a
                # headline printed before the text is the better answer.
                body_name = text
                break
            if len(title_parts(facts.page_title)) > 1 and links is None:
                links = _link_texts(root)
            if not links or text not in links or facts.channel_first \
                    or (headline_shaped(text) and CLAUSE_MARK.search(text)):
                # A channel printed as a breadcrumb link is no headline; a headline printed
                # as the link to its own page (a table-laid blog's post title) is — told
                # by its clause marks (``，``, ``！``), which no channel's name holds.
                unprinted = len(parts) == 1 and not _printed(root, text)
                if unprinted and not _words_in_text(text, body):
                    # A <title> printed nowhere on the page and foreign to the text (a
                    # site's name and slogan on every page, ``某某传媒 一个有国际观…的新媒
                    # 体！``) with a heading over the text that it does not match: the
                    # heading names the story.
                    over = _heading_over_text(root, body, candidates, skip, sites)
                    if over is not None:
                        return over
                if unprinted and (_channel_and_topic(text, root)
                                  or _channel_and_topic(facts.page_title, root)):
                    # A <title> printed nowhere that names a channel of the page's menu and
                    # a topic (``某栏目-2026某某行动``, or the topic first), the same on every
                    # page of the topic: a line printed before the text, however marked,
                    # names the story — whether or not the topic's words are the text's
                    # (stop 38, i28e: a topic foreign to the text skipped this rule when no
                    # heading tag or title class stood over the text).
                    found = _closest_before(root, body, [(el, t) for el, t in candidates
                                                         if el is not None and t not in sites
                                                         and not site_like(t)]
                                            + _emphasised_lines(root, skip, body),
                                            skip=skip, sites=sites)
                    if found[1] is not None and headline_shaped(found[1]):
                        return found
                # A bold or large line printing the <title>'s headline part and one more
                # clause of it (``…补贴办法 每部最高补贴二十万元``: the <title> cut short).
                found = _printed_run_on(root, (None, text), skip, body)
                if found[0] is not None:
                    return found
                found = _printed_as_stated(root, (None, text), skip, body)
                if found[0] is not None:
                    return found
                found = _printed_reworded(root, found, skip, body)
                return found if found[0] is not None else _printed_h1(root, found, facts,
                                                                      skip, body)
    if body_name is not None and _printed_as_home_link(root, body_name):
        # The <title> is the site's name alone, printed only as the logo's link home
        # (``<a href="http://example.cn">某某数据库</a>``): the headline is printed before the
        # text, a heading tag's or a block set large by its style alike.
        sites = sites | {_key(body_name), collapse_spaces(body_name)}
        large = _large_lines(root, skip, body)
    else:
        large = []
    lines = [(el, t) for el, t in candidates if el is not None and t not in sites
             and not site_like(t)] + _emphasised_lines(root, skip, body) + large
    if any(not organisation_like(t) for _, t in lines):
        # Only a public body's name (``<h1>某某市住房和城乡建设局</h1>``), nothing stated to
        # match: the site's name over the page, not the story's headline printed as a bold
        # line at the text's top (stop 38, i28d).
        lines = [(el, t) for el, t in lines if not organisation_like(t)]
    found = _closest_before(root, body, lines, skip=skip, sites=sites)
    if found[1] is not None and (body_name is not None or not facts.page_title) \
            and not facts.meta_title:
        # A notice's headline broken over several centred lines, its first line found: the
        # info table's ``标题：`` field names the document whole.
        field = _field_title(root, skip)
        if field and _key(found[1]) != _key(field) and _key(field).startswith(_key(found[1])):
            return found[0], field
    if found[1] is None:
        # Nothing marked or set apart over the text: a line the text opens with that is
        # printed before the text too, in a block of its own (a blog's post title as the
        # link to its own page over the byline, repeated as the post's first line).
        repeated = _repeated_opening(root, body, skip)
        if repeated[1] is not None:
            return repeated
    if found[1] is None and (body_name is not None or not facts.page_title) \
            and not facts.meta_title and not _story_h1(root):
        # A body-only copy (no <title>, or one naming only the channel or the office; no
        # <h1> but a logo's) of a disclosure page: its info table names the document
        # (``标题：`` | ``关于…的决定``).
        field = _field_title(root, skip)
        if field or body_name is None:
            return None, field
    if found[1] is None:
        # Nothing printed or stated names the story but the breadcrumb, which ends on it
        # (``当前位置：首页 > 新闻中心 > 标题``, the last item not a link).
        crumb = _breadcrumb_last(root, body, sites)
        if crumb[1] is not None and (body_name is None or _key(crumb[1]) != _key(body_name)):
            return crumb
    return found if found[1] or body_name is None else (None, body_name)


# Two to seven Chinese characters each set apart by spaces (``公  示``, ``招 聘 启 事``): a
# short headline spaced out by its designer (eight or more: :func:`unspaced`).
_SPACED_SHORT = re.compile(r"[\u4e00-\u9fff](?:[ \u3000\xa0]+[\u4e00-\u9fff]){1,6}")


def _printed_spaced(
    root: etree._Element, facts: PageFacts, skip: set[etree._Element] | frozenset
) -> list[tuple[etree._Element, str]]:
    """Blocks whose whole text is a short notice's spaced headline (``<div>公  示</div>``,
    :func:`_spaced_short`: the page's one-part ``<title>`` says the same): its headline where
    no tag or class marks it. Looked for only under such a title (two to seven characters)."""
    title = facts.page_title
    key = _key(title) if title else ""
    if not 2 <= len(key) <= 7 or len(title_parts(title)) != 1:
        return []
    found: list[tuple[etree._Element, str]] = []
    for node in root.xpath("/descendant::text()[contains(., $c)]", c=key[0]):
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        if el is None or el.tag in ("title", "a", "option", "body", "html") or el in skip:
            continue
        lines = text_lines(el, 40)
        if lines and len(lines) == 1 and _spaced_short(lines[0], facts):
            found.append((el, collapse_spaces(lines[0])))
    return found


def _spaced_short(line: str, facts: PageFacts) -> bool:
    """True when ``line`` is two to seven Chinese characters spaced apart and the page's
    ``<title>``, one part, is those characters (spaced or not): a short notice's headline
    (``公  示``), which a box's or a menu's name never prints spaced out."""
    return bool(_SPACED_SHORT.fullmatch(line.strip())) and bool(facts.page_title) \
        and len(title_parts(facts.page_title)) == 1 and _key(facts.page_title) == _key(line)


# Three Chinese characters and a word of letters or digits, a question's or an exclamation's
# mark perhaps (``什么是4G？``, ``iPhone发布会``): a whole short headline, not a box's name.
_SHORT_MIXED = re.compile(r"(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){3}[^\u4e00-\u9fff]*$)"
                          r"(?=.*[A-Za-z0-9])[\u4e00-\u9fffA-Za-z0-9.+-]{4,12}[？！?!]?")


def _dated_next(el: etree._Element) -> bool:
    """True when one of the three elements printed right after ``el`` holds a short dated
    line (the headline's date or info line)."""
    return any((text := short_text(f, 60)) and has_year(text) for f in _FOLLOWING(el))


def _dated_programme(line: str, page_title: str) -> bool:
    """True when ``line``, read as a date line, is a day and a name of two Chinese
    characters or more beside it, no label or clock (``2025年12月3日 新闻联播``), and the
    ``<title>`` holds its words: a programme's or an issue's day, the page's own title."""
    if not page_title or not is_date_line(line):
        return False
    day = date_text(line)
    rest = line.replace(day, " ") if day else line
    return han_count(rest) >= 2 and not re.search(r"[:：\d]", rest) \
        and _key(line) in _key(page_title)


def _dated_or_dating(el: etree._Element) -> bool:
    """True when ``el`` is over a short dated line (:func:`_dated_next`) or holds one under
    its first line (a title box printing the headline and its date line)."""
    if _dated_next(el):
        return True
    lines = text_lines(el, 300)
    return bool(lines) and any(len(line) <= 60 and has_year(line) for line in lines[1:3])


# A bar setting a column's name apart from the headline on one line (``某栏目 | 标题``).
_BAR = re.compile(r"\s*[|｜│┃丨∣]\s*")


# What a sentence or a paragraph holds and a headline's line does not: a full stop, a
# question or exclamation mark, a semicolon.
_SENTENCE_MARK = re.compile(r"[。！？；!?;]")


def _long_headline(text: str) -> bool:
    """True when ``text``, a heading's line longer than 80 characters, is still a headline:
    150 characters at most and no sentence's mark (a daily report's headline lists its
    figures in clauses, ``某市某日，新增…例 新增…例 无新增…``; a lead paragraph set in a
    heading ends its sentences)."""
    return len(text) <= 150 and not _SENTENCE_MARK.search(text)


def _run_of_lines(el: etree._Element, text: str, lines: dict[etree._Element, str],
                  page_key: str) -> tuple[etree._Element, str]:
    """``el``'s line joined with the set-apart lines of the blocks right after it, as long
    as the <title> holds the whole: a notice's headline centred in bold over several
    blocks (``<div align=center><b>某某省人民政府关于禁止在</b></div><div align=center>
    <b>某某工程建设</b></div>…``)."""
    node = el
    while (following := node.getnext()) is not None and following in lines:
        joined = _joined([text, lines[following]])
        if _key(joined) not in page_key:
            break
        node, text = following, joined
    return el, text


_PRINTED_TEXT = etree.XPath("/descendant::text()[contains(., $s)]")


def _printed(root: etree._Element, text: str) -> bool:
    """True when the opening words of ``text`` (its first eight characters) are printed in
    the page's visible text, not only in ``<title>``, a script, a style or a form value."""
    for node in _PRINTED_TEXT(root, s=text[:8]):
        parent = node.getparent()
        if parent is not None and node.is_tail:
            parent = parent.getparent()
        if parent is not None and parent.tag not in ("title", "script", "style", "option",
                                                     "textarea"):
            return True
    return False


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def _words_in_text(title: str, body: etree._Element | None) -> bool:
    """True when a third or more of ``title``'s pairs of adjacent Chinese characters occur
    in the body's text: a title naming the story shares its words with it, a site's slogan
    does not."""
    pairs = {run[i:i + 2] for run in _HAN_RUN.findall(title) for i in range(len(run) - 1)}
    if body is None or not pairs:
        return False
    text = text_content(body)
    return 3 * sum(pair in text for pair in pairs) >= len(pairs)


# A <title>'s first piece before a hyphen or a bar (``栏目-专题``).
_FIRST_PIECE = re.compile(r"\s*([^-_|｜—]{2,8}?)\s*[-_|｜]\s*\S")
# Its last piece after one (``专题-栏目``), the topic's name before it.
_LAST_PIECE = re.compile(r"\S\s*[-_|｜]\s*([^-_|｜—\s]{2,8})\s*$")


def _channel_and_topic(title: str, root: etree._Element) -> bool:
    """True when ``title``'s first piece before a hyphen or a bar (or its last piece after
    one, the topic first: ``2017某某行动_海派文化``) is the text of a link on the page
    (``海派文化-2017某某行动`` with ``<a>海派文化</a>`` in the menu): the title names a
    channel and the topic it belongs to, not the story."""
    match = _FIRST_PIECE.match(title) or _LAST_PIECE.search(title)
    return bool(match) and match.group(1) in _link_texts(root)


def _heading_over_text(
    root: etree._Element, body: etree._Element | None,
    candidates: list[tuple[etree._Element | None, str]],
    skip: set[etree._Element] | frozenset, sites: set[str],
) -> tuple[etree._Element, str] | None:
    """The heading or title-classed block printed nearest before the text, when it reads
    as a headline (:func:`headline_shaped`) and names no site: else None."""
    marked = [(el, t) for el, t in candidates if el is not None and t not in sites
              and not site_like(t) and headline_shaped(t)]
    found = _closest_before(root, body, marked, skip=skip, sites=sites)
    if found[0] is None or all(found[0] is not el for el, _ in marked):
        return None  # nothing marked, or a plain line
    return found[0], found[1]


def _repeated_opening(root: etree._Element, body: etree._Element | None,
                      skip: set[etree._Element] | frozenset
                      ) -> tuple[etree._Element | None, str | None]:
    """(element, line) when the text's first line is headline-shaped (six Chinese
    characters or more, 60 characters at most, no date, credit or clause end) and an element
    before the body prints that line as its whole text: the headline printed twice, once
    over the text (a link to the post's own page, a plain cell) and once as its opening."""
    first = _first_text(body) if body is not None else None
    lines = text_lines(first, 2000) if first is not None else None
    if not lines:
        return None, None
    line = unspaced(lines[0])
    if headline_text(line) != line or han_count(line) < 6 or len(line) > 60 \
            or _LINE_END.search(line) or has_year(line) or _CREDIT.search(to_simplified(line)):
        return None, None
    inside = set(body.iter())
    key = _key(line)
    for node in root.xpath("/descendant::text()[contains(., $s)]", s=line[:6]):
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        if el is None or el in inside:
            continue
        if el.tag in ("title", "option", "script", "style", "textarea") or el in skip:
            continue
        text = short_text(el, 100)
        if text is not None and _key(text) == key and _precedes(el, body):
            return el, line
    return None, None


def _opens_text(el: etree._Element, body: etree._Element) -> bool:
    """True when ``el`` is inside the body and prints its first text (a heading opening it)."""
    if body not in el.iterancestors():
        return False
    first = _first_text(body)
    return first is not None and (first is el or el in first.iterancestors())


def _states(facts: PageFacts, text: str) -> bool:
    """True when the page's ``<title>`` or ``<meta>`` title states ``text``'s words: holds
    them, is held by them, or opens like them (half their characters, four at least)."""
    key = _key(text)
    if not key:
        return False
    stated = [k for k in (_key(facts.page_title), _key(facts.meta_title)) if k]
    return any(key in k or k in key or k.startswith(key[: max(4, len(key) // 2)])
               for k in stated)


def _precedes(el: etree._Element, other: etree._Element) -> bool:
    """True when ``el`` opens before ``other`` in the document and does not hold it."""
    if el in other.iterancestors():
        return False
    mine = [el, *el.iterancestors()]
    theirs = [other, *other.iterancestors()]
    common = next((a for a in mine if a in theirs), None)
    if common is None:
        return False
    a = mine[mine.index(common) - 1]
    b = theirs[theirs.index(common) - 1]
    return common.index(a) < common.index(b)


_CRUMB_START = re.compile(r"首页|主页|当前位置|您的位置|你的位置|所在位置|现在位置")
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>>|>|»|＞|›|→|/)\s*")


def _breadcrumb_last(root: etree._Element, body: etree._Element | None, sites: set[str]
                     ) -> tuple[etree._Element | None, str | None]:
    """(element, text) of a breadcrumb's last item when it is a headline: a trail before
    the body (``首页`` or ``当前位置：`` and separators) ending in plain text, not in a link,
    of six Chinese characters or more that is not a site's or a channel's name."""
    inside = set(body.iter()) if body is not None else set()
    for el in root.iter("div", "p", "span", "td", "li", "ul", "nav"):
        if el in inside:
            break  # the body reached: a trail is printed above it
        text = short_text(el, 200)
        if not text or not _CRUMB_START.search(text[:12]) \
                or len(_CRUMB_SEPARATOR.findall(text)) < 2:
            continue
        last = collapse_spaces(_CRUMB_SEPARATOR.split(text.strip())[-1])
        if any(last in collapse_spaces(short_text(a, 200) or "") for a in el.iter("a")):
            continue  # the trail ends on a link: a channel
        title = headline_text(last)
        if title and han_count(title) >= 6 and title not in sites \
                and not site_like(title) and not organisation_like(title):
            return el, title
    return None, None


def _unmatched_doubt(best: tuple[etree._Element | None, str], body: etree._Element | None
                     ) -> bool:
    """True when ``best``, chosen with nothing stated to match, may be a box's name (six
    characters or fewer), a heading inside the text, or a headline run on into its tools."""
    return _box_name(best) or _inside_text(best[0], body) or bool(_TOOL_WORDS.search(best[1]))


def _box_name(best: tuple[etree._Element | None, str]) -> bool:
    """True when ``best`` is as short as a box's name (six characters or fewer) and not a
    short headline in the page's ``<h1>`` over its date line (``什么是4G？``)."""
    key = _key(best[1])
    return len(key) <= 6 and not (best[0] is not None and best[0].tag == "h1"
                                  and _SHORT_MIXED.fullmatch(key) and _dated_next(best[0]))


_TOOL_WORDS = re.compile(r"字号|打印|分享|收藏|荐稿|联系记者|評論|评论")


def _inside_text(el: etree._Element | None, body: etree._Element | None) -> bool:
    """True when ``el`` is a heading inside the body printed after its running text has
    begun (a section's or an inserted box's heading), not one over the text."""
    if el is None or body is None or body not in el.iterancestors():
        return False
    start = _article_start(body)
    if start is body or el is start or start in el.iterancestors():
        return False
    for node in body.iter():
        if node is el:
            return False  # reached before the text's start
        if node is start:
            return True
    return False


def _name_only_title(facts: PageFacts) -> str | None:
    """The page's stated title when it is only a public body's or a channel's name
    (``通知公告``, ``某某区水务局``: one part, six characters or fewer, or an office's name)
    and no ``<meta>`` states a headline; else None."""
    parts = facts.headline_parts()
    if facts.meta_title or len(parts) != 1:
        return None
    text = headline_text(parts[0])
    if text is None and _DEFAULT_NAME.fullmatch(parts[0].strip()):
        return parts[0].strip()
    return text if text and (organisation_like(text) or len(_key(text)) <= 6
                             or bool(_PAGE_TYPE.search(text))
                             or bool(_DEFAULT_NAME.fullmatch(text))) else None


# A template's generic title naming the kind of page (``中标公告详细页面``, ``政务公开信息内容页``,
# ``新闻详情页``): no story's headline.
_PAGE_TYPE = re.compile(r"(?:详细|詳細|内容|內容|详情|詳情|正文|文章|信息|资讯|新闻|細節|细览|細覽)"
                        r"(?:页面|頁面|页|頁)\s*$")


# An editor's default name for a new page or document, left as the ``<title>`` (``新建
# Microsoft Word 文档``, ``无标题文档``, ``新建网页 1``, ``Untitled Document``, ``New Page 1``).
_DEFAULT_NAME = re.compile(
    r"(?:新建|未命名|无标题|無標題)\s*(?:Microsoft\s*)?(?:Office\s*)?(?:Word|Excel|PowerPoint|WPS)?"
    r"\s*(?:文字)?\s*(?:文档|文件|网页|網頁|页面|頁面|文本文档)?\s*\d*(?:\s*[(（]\d{1,3}[)）])?"
    r"|(?:Untitled|New\s+Page|Document|Doc)\s*(?:Document|Page)?\s*\d*", re.I)


# A link to the site's home page (``/``, ``./index.html``, ``http://www.example.org/``,
# an IIS site's ``Default.aspx``).
_HOME_LINK = HOME_LINK


def _logo(el: etree._Element) -> bool:
    """True when ``el`` prints nothing but a logo: no text (a picture), or only links to the
    site's home page (``<h1><a href="/">某某委员会</a></h1>``)."""
    if not "".join(el.itertext()).strip():
        return True
    links = [a.get("href") or "" for a in el.iter("a")]
    return bool(links) and all(_HOME_LINK.fullmatch(href) for href in links)


# Links whose whole text is a given name, and the text nodes printing that name alone.
_LINKS_NAMED = etree.XPath("/html/body//a[normalize-space(.)=$name]")
_TEXTS_HOLDING = etree.XPath("/html/body//text()[normalize-space(.)=$name]")


def _printed_as_home_link(root: etree._Element, text: str) -> bool:
    """True when ``text`` is printed, and only as the whole text of links to the site's home
    page (a logo's ``<a href="http://example.cn">某某数据库</a>``): the site's name however
    it reads, never a story's headline, which is not a link home (a one-part ``<title>``
    saying only that). A block printing it otherwise than in such a link (a heading, a
    paragraph) makes it no name. Links are looked up first: on most pages none prints the
    name, and the page's text is never searched."""
    name = " ".join(text.split())
    links = _LINKS_NAMED(root, name=name)
    if not links or not all(HOME_LINK.fullmatch(a.get("href") or "x") for a in links):
        return False
    for node in _TEXTS_HOLDING(root, name=name):
        parent = node.getparent()
        if parent is None or parent.tag in ("title", "script", "style", "option", "textarea"):
            continue
        if parent.tag != "a" and next(parent.iterancestors("a"), None) not in links:
            return False
        if parent.tag == "a" and parent not in links:
            return False
    return True


def _story_h1(root: etree._Element) -> bool:
    """True when the page has an ``<h1>`` that may print a headline: not a logo's."""
    return any(not _logo(h1) for h1 in root.iter("h1"))
# A disclosure table's label of the document's name (``标<span> </span>题：``, ``名称：``).
_FIELD_LABEL = re.compile(r"(?:标题|標題|名称|名稱|文件名称|文件名稱)[:：]")


_CELLS = ("td", "th", "dt")


def _field_title(root: etree._Element, skip: set[etree._Element] | frozenset) -> str | None:
    """The document's name a page's info table gives in its ``标题：``/``名称：`` field: the
    cell or span right after the label, no link in it (an entry of a list of other items
    links its name) and no date alone. The page's one name: None when its fields name more
    than one (a table of several items) or none. A desktop table and its mobile copy naming
    the same document are one name."""
    names: set[str] = set()
    for el in root.iter("td", "th", "span", "dt", "label", "b", "strong", "em"):
        if el in skip:
            continue
        label = short_text(el, 30)
        label = _key(label) if label else ""
        if not _FIELD_LABEL.fullmatch(label) and not (
                el.tag in _CELLS and _FIELD_LABEL.fullmatch(label + "：")):
            continue  # a cell of its own needs no colon (``<td><b>名称</b></td><td>…``)
        value = el.getnext()
        if value is None or value.find(".//a") is not None or value.tag == "a":
            continue
        text = headline_text(collapse_spaces(short_text(value, 200) or ""))
        if text and han_count(text) >= 4 and len(text) <= 80:
            names.add(text)
    return names.pop() if len(names) == 1 else None


def _printed_titles(
    root: etree._Element, facts: PageFacts, skip: set[etree._Element] | frozenset
) -> list[tuple[etree._Element, str]]:
    """Elements printing the ``<title>`` or a run of its leading parts as their whole text
    (``<strong>对比试车—测试昌河北斗星(图)</strong>``), or as their headline line before an
    info line or page tools: the headline where no class marks it.
    A run ending with the site's name is not a headline, nor is a ``<title>`` of one part
    (the headline or the site's name: a logo may print it)."""
    runs: dict[str, str] = {}
    first = facts.site_first  # "某某博客 » 标题": the runs that end the title
    for run in (title_runs(facts.page_title, trailing=first)
                if len(title_parts(facts.page_title)) > 1 else []):
        parts = title_parts(run)
        edge = (parts[0] if first else parts[-1]) if parts else run
        if edge not in facts.stated_site_names and not site_like(edge):
            runs[_key(run)] = run
    if not runs:
        return []
    needle = next(iter(runs.values()))[:6]
    found: list[tuple[etree._Element, str]] = []
    for node in root.xpath("/descendant::text()[contains(., $s)]", s=needle):
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        for _ in range(2):
            if el is None or el.tag in ("title", "a", "option", "body", "html") or el in skip:
                break
            lines = text_lines(el, 200)
            # The block may print its info or tools after the title (``标题 <a>【打印】</a>``,
            # ``标题<span>来源：某某</span>``): the title read as a headline's line matches.
            text = headline_text("\n".join(lines)) or "" if lines else ""
            if not text and lines and len(lines) == 1 and len(_key(lines[0])) >= 4 \
                    and _key(lines[0]) in runs and not _link_line(el):
                # A short headline of three Chinese characters (``什么是4G？``) printed
                # alone in a block of its own, the <title> stating it as its headline.
                text = headline_text(lines[0], min_han=3) or ""
            if lines and (_key("".join(lines)) in runs or (text and _key(text) in runs)):
                found.append((el, text))
                break
            el = el.getparent()
    return [(el, text) for el, text in found if text]


def _link_line(el: etree._Element) -> bool:
    """True when ``el``'s text is all in links (a menu's or a list's entry)."""
    linked = sum(len(text_content(a)) for a in el.iter("a"))
    return linked > 0 and linked >= len(text_content(el).strip())


def _key(text: str) -> str:
    r"""``text`` without whitespace: a headline broken over lines matches its one-line form.
    (``str.split`` drops what ``\s`` matches: the same string, cheaper than a regex.)"""
    return "".join(text.split())


# A picture's caption ends with its credit (``… 蔡某/摄``, ``…。某某宣传部供图``).
_CAPTION = re.compile(r"[\s/／(（。]\S{1,10}?\s*[/／]?\s*(?:摄|攝|供图|供圖)[)）]?\s*$")


def _label_cell(el: etree._Element, text: str) -> bool:
    """True when ``el`` is (or alone fills) a table cell of six characters or fewer with a
    cell after it in its row: an info table's field name (``<td><b>相关信息</b></td><td>``),
    never a headline, whatever its emphasis."""
    if len(_key(text)) > 6:
        return False
    cell: etree._Element | None = el
    for _ in range(3):
        if cell is None or cell.tag in _CELLS[:2]:
            break
        cell = cell.getparent()
    if cell is None or cell.tag not in _CELLS[:2] or _key(text_content(cell)) != _key(text):
        return False
    return any(isinstance(s.tag, str) and s.tag in _CELLS[:2] for s in cell.itersiblings())


# Without any stated title to match, how much a block's kind says "headline": the page's
# first-level heading most, then lower headings, a title-classed block, a set-apart line.
# A document's section head (``九、联系方式``, ``3. 结果``) or a sentence: no headline.
_SECTION_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]|。\s*$")
_HEADING_WEIGHT = {"h1": 3.0, "h2": 2.0, "h3": 1.5, "h4": 1.0, "h5": 0.5, "h6": 0.5}


def _closest_before(
    root: etree._Element,
    body: etree._Element | None,
    candidates: list[tuple[etree._Element, str]],
    *,
    skip: set[etree._Element] | frozenset = frozenset(),
    sites: set[str] | frozenset = frozenset(),
) -> tuple[etree._Element | None, str | None]:
    """Without any title to match: the heading, title-classed block or set-apart line
    printed before the body (within 150 elements), not in the masthead, weighed by its kind
    (``h1`` over ``h2`` over a bold line over a plain line alone in its block) and its
    closeness to the text — a template may set a related-link heading or a section name
    between the headline and the body, but not an ``h1``. A candidate inside the body counts
    only as the body's first text (a centred cell of a table in it does not)."""
    if body is None:
        return None, None
    elements = list(root.iter())
    order = {el: i for i, el in enumerate(elements)}
    known = {el for el, _ in candidates}
    lone = [(el, text) for el, text in _lone_lines(elements, order, body, skip)
            if el not in known and text not in sites and not site_like(text)]
    candidates = candidates + lone
    lone_els = {el for el, _ in lone}
    start = order.get(body, 0)
    inside = [el for el, _ in candidates if el is not None and body in el.iterancestors()]
    if inside:
        start = order.get(_article_start(body), start)  # the text starts inside the body
        first = _first_text(body)
        leading = set(first.iterancestors()) | {first} if first is not None else set()
        # The body chosen around the page's navigation too (``<div><div class=nav><a>首页</a>
        # &gt; <a>通知公告</a></div><h2>标题</h2><p>…``), its first text a menu link: the
        # first text that is no link and could be a headline opens the story as well.
        lead = _first_unlinked_line(body) if first is not None and (
            first.tag == "a" or any(up.tag == "a" for up in first.iterancestors())) else None
        if lead is not None and lead is not first:
            leading |= {lead, *lead.iterancestors()}
        # A plain line under a picture the text opens with is its caption (``<img>`` then
        # ``<div align=center><font size=2>某某与某某</font></div>``), not the headline; a
        # bold or large one there is a heading.
        picture = min((order[img] for img in body.iter("img") if img in order), default=None)
        # A plain line right over its date line inside the body is its headline too (the
        # body chosen around the headline's block and a box put between it and the text).
        candidates = [(el, text) for el, text in candidates
                      if el is not None and (el not in inside or (
                          el in leading and (picture is None or order[el] < picture
                                             or _bold_or_large(el)))
                          or (el in lone_els and _over_date_line(elements, order[el])))]
    level1 = sum(1 for el, _ in candidates if el is not None and el.tag == "h1")
    # The text runs in the body's own element (its text and its children's tails), not in
    # blocks inside it (a table's cells, none holding a sentence).
    own_text = han_count((body.text or "") + "".join(c.tail or "" for c in body)) >= 20
    scored = []
    for el, text in candidates:
        gap = start - order[el] if el in order else -1
        if gap <= 0 and inside and el in leading and start == order.get(body) and own_text \
                and (el.tag == "center" or (el.get("align") or "").lower() == "center"):
            # The body's own text runs in its element (``<td>`` of lines and ``<br>``) and
            # opens with this line centred (``<center>标题<br>(日期)</center>``): right over
            # the text. A bold label opening a table's cell is no such line.
            gap = 1
        # The page's only h1 counts however far above the text (a hidden mobile copy, a
        # sidebar of forms between them); other candidates within 150 elements.
        reach = 1000 if el.tag == "h1" and level1 == 1 else 150
        if not 0 < gap <= reach or _masthead(el, body) or _SECTION_HEAD.search(text) \
                or (el.tag == "h1" and _logo(el) and text_content(el).strip()) \
                or _label_cell(el, text) or _CAPTION.search(text) \
                or _picture_box_line(el, text):
            # A logo's h1 names the site (its links lead home), never a story; an h1 left
            # empty by the parser (``<h1><p>标题</p></h1>``) has its lines after it.
            continue
        weight = _HEADING_WEIGHT.get(el.tag, 0.0)
        if el.tag == "h1" and level1 > 1:
            weight = 2.0  # several h1: the logo's and the article's
        if title_class(classes_of(el)):
            weight = max(weight, 2.0)
        dated = False
        if el.tag not in HEADINGS and not title_class(classes_of(el)) and _issuer_line(text):
            continue  # the author's or the issuer's names (``某某医院 张三 李四``), unmarked
        if el in lone_els:
            # A plain line: only where nothing marked stands near the text, unless it sits
            # right over its date line, however far above the text.
            dated = _over_date_line(elements, order[el])
            weight = 1.0 if dated else -0.5
        elif weight < 1.5 and _large(el):
            weight = 1.5  # set large and centred or bold: as an h3
        if len(_key(text)) <= 6:
            weight -= 1.0  # a channel's or a box's name more often than a headline
        near = 2.0 if gap <= 15 else 1.5 if gap <= 40 else 1.0 if gap <= 60 else 0.0
        # A plain line over its date line, a share bar or a tag list between it and the text,
        # still outweighs a plain line nearer the text over none (a topic's banner).
        weight += max(near, 1.0) if dated else near
        if weight <= 0:
            continue  # a bold line far above the text
        scored.append((weight, -gap, el, text))
    if inside:
        scored = _under_printed_headline(scored, elements, order, body, set(inside))
    if not scored:
        return None, None
    # A column's or a box's name (``即時新聞``, ``焦点新闻``: six characters or fewer) with a
    # longer line printed between it and the text heads the column, not the story: the
    # nearer line is the item's headline, whatever the name's tag or class.
    nearest_long = min((-neg for _, neg, _, t in scored if len(_key(t)) > 6), default=None)
    if nearest_long is not None:
        scored = [item for item in scored
                  if len(_key(item[3])) > 6 or -item[1] < nearest_long] or scored
    _, _, el, text = max(scored, key=lambda item: item[:2])
    # The nearest line repeating the end of a heading above it (a tender notice's text opens
    # with ``中标（成交）结果公告`` under ``<h2>某某学校空调采购中标（成交）结果公告</h2>``): the
    # heading names the item whole.
    fuller = [(e, t) for _, _, e, t in scored if e.tag in HEADINGS and e is not el
              and len(_key(t)) > len(_key(text)) and _key(t).endswith(_key(text))]
    if fuller:
        el, text = max(fuller, key=lambda item: len(_key(item[1])))
    # A title-classed block holding the headline, then its summary and tools (``<div
    # class="tit">`` over ``<td>标题</td>``, ``<td>摘要…</td>``, ``在线荐稿 联系记者``): the
    # line inside it that opens its text is the headline.
    opening = [(e, t) for e, t in candidates if e is not None and el in e.iterancestors()
               and len(_key(t)) >= 6 and _key(text).startswith(_key(t)) and _key(t) != _key(text)
               and not _clause_of(text, t)]
    if opening:
        return max(opening, key=lambda item: len(item[1]))
    # One line set in several bold runs (Word's markup: ``<p><b><span>山东开展…活动</span></b>
    # <b> </b><b><span>倡树…新风</span></b></p>``): each run is a candidate and the nearest
    # one wins, but the line they make together is the headline.
    whole = [(e, t) for e, t in candidates if e is not None and e in el.iterancestors()
             and _key(text) in _key(t) and _key(t) != _key(text) and _all_emphasised(e)]
    if whole:
        return max(whole, key=lambda item: len(_key(item[1])))
    return el, text


def _under_printed_headline(
    scored: list[tuple[float, int, etree._Element, str]],
    elements: list[etree._Element],
    order: dict[etree._Element, int],
    body: etree._Element,
    inside: set[etree._Element],
) -> list[tuple[float, int, etree._Element, str]]:
    """``scored`` (:func:`_closest_before`'s weighed candidates) without the stop-less line
    opening the body (:func:`_title_line_first`) when a candidate printed before the body
    sits over its date line and that date line comes before the body's line: the headline is
    printed over its date line, and a line under that date line opens the text (an old
    portal's ``测试：某某报汽车测评中心张三李四等20人`` credit in the text's cell, under the
    headline's bold cell, the date line's row and the tools' row), whatever its shape."""
    opening = [item for item in scored if item[2] in inside
               and _title_line_first(item[2], body)
               and not _over_date_line(elements, order[item[2]])]
    if not opening:
        return scored
    first = min(order[item[2]] for item in opening)
    dates = (_date_line_at(elements, order[item[2]]) for item in scored
             if item[2] not in inside and item[2] in order)
    if not any(at is not None and at < first for at in dates):
        return scored
    return [item for item in scored if item not in opening]


# A name ending like a public body's or a firm's (``某某医院``, ``某某有限公司``), and a person's
# name of two or three Chinese characters.
_ISSUER_END = re.compile(r"(?:公司|集团|集團)$")
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _issuer_line(text: str) -> bool:
    """True when ``text`` is only names set apart by spaces, a body's or a firm's among them
    (``南京某某医院 吴某 林某``, ``某某资产经营公司 某某咨询有限公司``): a report's authors
    under their institution, or a notice's issuers, printed over the text — no headline. (One
    name alone may be a headline ending like a body's name: ``…培训班举办``.)"""
    parts = text.split()
    issuers = [p for p in parts if 4 <= len(p) <= 20 and (organisation_like(p)
                                                           or _ISSUER_END.search(p))]
    return len(parts) >= 2 and bool(issuers) \
        and all(p in issuers or _PERSON.fullmatch(p) for p in parts)


def _picture_box_line(el: etree._Element, text: str) -> bool:
    """True when ``el``, no heading and not title-classed, prints the only line of the
    smallest box around it that holds a picture, under the picture (``<div><a><img></a>
    <div><center><font size=4>说明</font></center></div></div>``: a slideshow's or a
    photo's caption, however large), five levels up at most. A line over the picture may
    head it."""
    if el.tag in HEADINGS or title_class(classes_of(el)):
        return False
    key = _key(text)
    box = el.getparent()
    for _ in range(5):
        if box is None or box.tag in ("body", "html", "td", "table"):
            return False
        if box.find(".//img") is not None:
            inner = short_text(box, len(text) + 40)
            if inner is None or _key(inner) != key:
                return False
            for node in box.iter("img", el.tag):
                if node is el:
                    return False  # the line before the picture
                if node.tag == "img":
                    return True
            return False
        box = box.getparent()
    return False


def _bold_or_large(el: etree._Element) -> bool:
    """True when ``el`` is or holds a bold run, or is set large (:func:`_large`)."""
    return el.tag in ("b", "strong") or el.find(".//b") is not None \
        or el.find(".//strong") is not None or _large(el)


def _all_emphasised(el: etree._Element) -> bool:
    """True when every piece of text in ``el`` lies in a bold or large run inside it: a line
    set apart whole, however many runs it is printed in."""
    for node in el.xpath("descendant::text()[normalize-space()]"):
        owner = node.getparent()
        if owner is not None and node.is_tail:
            owner = owner.getparent()
        while owner is not None and owner is not el and not _emphasis(owner):
            owner = owner.getparent()
        if owner is None or owner is el:
            return False
    return True


# A byline or credit line printed alone above the text: never a headline.
_CREDIT = re.compile(r"记者|通讯员|报道|报导|撰文|撰稿|摄影|编辑|作者|来源|稿源|出处")
_LONE_TAGS = {"div", "td", "p", "span", "font", "center", "li", "section", "header", "dt"}


def _lone_lines(
    elements: list[etree._Element],
    order: dict[etree._Element, int],
    body: etree._Element,
    skip: set[etree._Element] | frozenset,
) -> list[tuple[etree._Element, str]]:
    """Lines printed alone in a plain block just above the article's text (the 60 elements
    before its running text starts), with no heading tag, class or emphasis: an old table
    layout's headline cell (``<td align="left">标题</td>``), a plain ``<div>`` over the date
    line. A link, a byline, a label, a dated line or a sentence is no such line; the two
    nearest the text are kept."""
    # Above the text's start: above the body, and inside it before its running text (a body
    # chosen around the headline's block, ``<div><div>标题</div><div>日期 来源</div></div>``
    # over the paragraphs); _closest_before keeps a line inside only as the body's first text.
    text_start = _article_start(body)
    start = order.get(text_start, order.get(body, 0))
    ancestors = set(text_start.iterancestors()) | {text_start}
    body_at = order.get(body, 0)
    found: list[tuple[etree._Element, str]] = []
    dated = False  # a line found sits over its date line, outside a small box with it
    boxes: dict[etree._Element, tuple[etree._Element, etree._Element]] = {}  # _info_box's
    for index in range(start - 1, max(-1, start - 151), -1):
        el = elements[index]
        if not isinstance(el.tag, str) or el.tag not in _LONE_TAGS or el in ancestors \
                or el in skip:
            continue
        over = None
        if index < start - 60 or len(found) >= 2:
            over = _over_date_line(elements, index)
            if not over:
                # Far above the text, or two lines nearer it found (a topic's banner, a box's
                # name) none of them over a date line: only a line right over its date line.
                continue
        lines = text_lines(el, 120)
        if not lines or len(lines) != 1 or _LINE_END.search(lines[0]) or has_year(lines[0]) \
                or _CREDIT.search(to_simplified(lines[0])):
            continue
        line = unspaced(lines[0])
        if headline_text(line) != line or han_count(line) < 6 or len(line) > 60 \
                or _SUBTITLE_START.match(line) or site_like(line):
            continue  # a subtitle (``——热烈祝贺…``) or a document number; the site's name
        if sum(len(text_content(a)) for a in el.iter("a")) >= len(line) / 2:
            continue  # a link (a menu entry, a related article, a breadcrumb)
        if _field_value(el) or (index > body_at and (
                _data_cell(el) or _part_of_line(el)
                or not (_dated_below(elements, index, start)
                        or _title_line_first(el, body)))):
            continue  # a field's value in an info table (``主题分类：`` | ``综合政务``)
        if any(el in a.iterancestors() for a, _ in found) or _masthead(el, body):
            continue  # the block around a line already found
        found.append((el, line))
        info = _info_box(elements, index)
        if info is not None:
            boxes[el] = info
        elif over or (over is None and _over_date_line(elements, index)):
            dated = True
        if len(found) >= 4 or (len(found) >= 2 and dated):
            break
    # A line over its date line inside the small box that holds both (``<div>标题</div><div>
    # <div>某某客户端</div><div>2024-03-12 15:35</div></div>``) opens the info line (the
    # source's or the column's name) when a line over that box is found too, over the same
    # date line: that one heads the story.
    return [(el, line) for el, line in found
            if el not in boxes or not any(
                other is not el and order[other] < order[el]
                and boxes[el][1] not in other.iterancestors()
                and _holds_date_line(elements, order[other], boxes[el][0])
                for other, _ in found)]


def _holds_date_line(elements: list[etree._Element], index: int, date: etree._Element) -> bool:
    """True when the date line under ``elements[index]`` is ``date`` or a box holding it."""
    at = _date_line_at(elements, index)
    return at is not None and (elements[at] is date or elements[at] in date.iterancestors())


_INFO_REACH = 12  # elements read after a line for its date line, three with text at most
_CLAUSE = re.compile(r"[，。；！？,;!?]")


def _over_date_line(elements: list[etree._Element], index: int) -> bool:
    """True when one of the three elements printed right after ``elements[index]`` (and
    its own) holds a short dated line: a headline over its date or source-and-date line
    (``<div>标题</div><div>某某社 记者 某某</div><div>2024-08-03 20:02</div>``), which lists
    and menus put between it and the text do not move. A table's cell over a dated cell is
    a field's label (``行政处罚决定书文号`` | ``…〔2024〕36号``), never such a line."""
    return _date_line_at(elements, index) is not None


def _info_box(elements: list[etree._Element], index: int
              ) -> tuple[etree._Element, etree._Element] | None:
    """(date line, box) when ``elements[index]`` sits over its date line inside a small box
    (120 characters) that holds both: an info line's first field (a source's name, a
    column's) or a headline in its own small header box."""
    at = _date_line_at(elements, index)
    if at is None:
        return None
    el, date = elements[index], elements[at]
    around = set(el.iterancestors())
    box = next((a for a in date.iterancestors() if a in around), None)
    if box is None or short_text(box, 120) is None:
        return None
    return date, box


def _date_line_at(elements: list[etree._Element], index: int) -> int | None:
    """The index of the short dated line :func:`_over_date_line` finds under
    ``elements[index]``: among the next twelve elements, before a fourth line of text (a
    spacer and wrappers over ``<div>某某 • 现场</div><div>阅读：92187</div><div>2024-08-03
    15:44:32</div>`` count for nothing)."""
    if elements[index].tag in _CELLS:
        return None
    end = index + sum(1 for _ in elements[index].iter())
    found = _date_line_in(elements[end:end + _INFO_REACH])
    return None if found is None else end + found


_INFO_FOLLOWING = etree.XPath(f"following::*[position() <= {_INFO_REACH}]")


def _date_line_in(following: list[etree._Element]) -> int | None:
    """The position in ``following`` (the elements after a line) of the first short dated
    line, before a fourth line of text: see :func:`_date_line_at`."""
    lines = 0
    for at, el in enumerate(following):
        if not isinstance(el.tag, str):
            continue
        text = short_text(el, 60)
        if text and has_year(text):
            return at
        own = (el.text or "").strip()
        if text is None and len(own) <= 40 and has_year(own) and not _CLAUSE.search(own):
            return at  # a long info line opening with its day (``2024-11-03 13:48 出处：<a>…``)
        if own:
            lines += 1
            if lines >= 3:
                return None
    return None


def _dated_below(elements: list[etree._Element], index: int, start: int) -> bool:
    """True when a date line is printed between ``elements[index]`` and the text's start
    (``start``): a headline inside the body's block sits over its date line, a short first
    paragraph of the text (``“妈妈，为什么还不能出去？”``) over more text."""
    for el in elements[index + 1:start]:
        if isinstance(el.tag, str) and el.text and has_year(el.text):
            return True
    return False


_INLINE = {"span", "font", "b", "strong", "em", "i", "u", "a", "small", "big"}


def _part_of_line(el: etree._Element) -> bool:
    """True when ``el`` is an inline run whose block prints more on the same line
    (``<p><span>2020</span><span>年…考试于</span>12月26日…</p>``): a piece of a sentence."""
    if el.tag not in _INLINE:
        return False
    block = el.getparent()
    if block is not None and block.tag not in _INLINE and _own_line(el, block):
        return False
    while block is not None and block.tag in _INLINE:
        block = block.getparent()
    if block is None:
        return False
    line = collapse_spaces(text_content(el))
    lines = text_lines(block, 400)
    return lines is None or line not in lines


_BREAKS = {"br", "div", "p", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6",
           "section", "header", "center", "blockquote", "hr"}


def _own_line(el: etree._Element, block: etree._Element) -> bool:
    """True when the inline ``el``, a child of ``block``, stands on a line of its own: nothing
    printed before it in the block or a break right before it, and a break or nothing right
    after it (``<div><span>标题</span><div>留言时间：…</div></div>``)."""
    previous = el.getprevious()
    before = (block.text if previous is None else previous.tail) or ""
    after = el.getnext()
    return not before.strip() and not (el.tail or "").strip() \
        and (previous is None or previous.tag in _BREAKS) \
        and (after is None or after.tag in _BREAKS) \
        and (previous is not None or after is not None)


def _data_cell(el: etree._Element) -> bool:
    """True when ``el`` is a table cell (or fills one, two levels down at most) whose row has
    another cell with text: a row of an info table or of a list of items, not a layout's
    headline cell."""
    cell: etree._Element | None = el
    for _ in range(3):
        if cell is None or cell.tag in _CELLS[:2]:
            break
        cell = cell.getparent()
    if cell is None or cell.tag not in _CELLS[:2]:
        return False
    return any(isinstance(s.tag, str) and s.tag in _CELLS[:2] and text_content(s).strip()
               for s in (*cell.itersiblings(preceding=True), *cell.itersiblings()))


_FIELD_NAME = re.compile(r"\s*\S{1,10}\s*[:：]\s*")


def _field_value(el: etree._Element) -> bool:
    """True when the element before ``el`` is a field's name alone (``主题分类：``,
    ``公文种类：``): ``el`` is that field's value, as an info table prints it."""
    previous = el.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()  # a comment between the cells
    if previous is None:
        return False
    text = short_text(previous, 20)
    return text is not None and bool(_FIELD_NAME.fullmatch(text))


def _masthead(el: etree._Element, body: etree._Element | None = None) -> bool:
    """In the page's chrome (masthead, navigation, footer: :func:`in_chrome`), unless the
    chrome mark is an article's own ``<header>`` (inside ``<article>`` or ``<main>``: HTML5's
    heading block of the story) or a block that holds the article's text too (a template
    wrapping the whole page in ``<div id="header">``)."""
    if not in_chrome(el):
        return False
    around_body = set(body.iterancestors()) | {body} if body is not None else set()
    for node in (el, *el.iterancestors()):
        if node.tag in ("article", "main"):
            around_body = around_body | {node}  # a <header> above is the page's
        if not (node.tag in ("nav", "footer", "header")
                or CHROME.intersection(classes_of(node).lower().split())):
            continue
        if node in around_body:
            continue  # wraps the text too: the page's frame, not its masthead
        if node.tag == "header" and any(a.tag in ("article", "main")
                                        for a in node.iterancestors()):
            continue  # the story's own heading block
        if _story_header(node) or _bare_heading_box(node, body) \
                or _header_over_text(node, body) or _tools_header(node):
            continue
        return True
    return False


_MENU = etree.XPath("boolean(descendant::nav | descendant::ul | descendant::form)")


def _header_over_text(node: etree._Element, body: etree._Element | None) -> bool:
    """True when ``node`` is an HTML5 ``<header>`` printing a date, with no menu in it (no
    ``nav``, list or form), whose next block is the article's text: the body itself, or the
    block of the body's running text (``<header><h1>标题</h1><div>作者</div><div>2019.05.22
    </div></header><section><p>正文…``) — the story's heading block, not the page's
    masthead, whose next block is a menu or the page's wrapper."""
    if node.tag != "header" or body is None or _MENU(node) \
            or not has_year(short_text(node, 800) or ""):
        return False
    following = node.getnext()
    while following is not None and (not isinstance(following.tag, str)
                                     or _link_box(following, body)):
        following = following.getnext()  # a comment, or a box of links, after the header
    if following is None:
        return False
    if following is body:
        return True
    if body not in following.iterancestors():
        return False  # a block around the body (the page's wrapper) or beside it
    start = _article_start(body)
    return start is following or following in start.iterancestors()


# A box of links between a story's header and its text: at most this many Chinese
# characters outside its links (the box's heading, the items' dates).
_LINK_BOX_OWN = 20
_TITLE_HAN = 6


def _link_box(el: etree._Element, body: etree._Element) -> bool:
    """True when ``el``, not around the body, is a box of other stories' links: two linked
    titles (six Chinese characters or more each; a menu's words are shorter) and at most 20
    Chinese characters outside its links (``热点新闻`` over the titles and their dates) — a
    template's or an ad's box set between a story's heading block and its text, no part of
    either."""
    if el is body or el in body.iterancestors():
        return False
    links = [a for a in el.iter("a") if han_count(text_content(a))]
    if sum(1 for a in links if han_count(text_content(a)) >= _TITLE_HAN) < 2:
        return False  # a menu's short words (首页, 要闻) follow a masthead, not a story's header
    return han_count(text_content(el)) - sum(han_count(text_content(a)) for a in links) \
        <= _LINK_BOX_OWN


_LINK_OR_PICTURE = etree.XPath("boolean(descendant::a[@href] | descendant::img"
                               " | descendant::form | descendant::ul)")


def _bare_heading_box(node: etree._Element, body: etree._Element | None) -> bool:
    """True when a block marked as chrome (``<div class="header top">``) holds one short
    line and nothing a masthead holds (no link, picture, form or list) and the article's
    text follows it closely: the story's heading box, whatever its class words say."""
    if body is None or _LINK_OR_PICTURE(node):
        return False
    lines = text_lines(node, 100)
    if not lines or len(lines) > 1:
        return False  # a masthead's name over its "today" line is two
    above_body = set(body.iterancestors()) | {body}
    if body in node.iterancestors():
        # Inside the text's own block (a post's ``div.image_content`` holding the heading's
        # box and the text under it): the text's start, or a block holding it, follows.
        start = _article_start(body)
        above_body |= {start, *start.iterancestors()}
    follows = 0
    block: etree._Element | None = node
    for _ in range(3):  # the box's next siblings, then its parent's
        if block is None:
            return False
        for el in block.itersiblings():
            if el in above_body:
                return True
            follows += sum(1 for _ in el.iter())
            if follows > 40:
                return False
        block = block.getparent()
    return False


# A story's info line: its source, or a date with its clock (a masthead prints neither).
_STORY_INFO = re.compile(r"(?:来源|來源|稿源)\s*[:：]|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]"
                         r"\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\d{2}")


def _story_header(node: etree._Element) -> bool:
    """True when a block marked as chrome (``<div class="header">``) is a story's heading
    block: short (800 characters) and printing the story's source or its dated clock time
    under the headline (Xinhua's ``div.header > div.h-title + div.h-info``)."""
    text = short_text(node, 800)
    return text is not None and bool(_STORY_INFO.search(collapse_spaces(text)))


# An article's font-size switch (``字号：大 中 小``, ``[字体：大 中 小]``): a page tool of a story,
# which a site's masthead does not print.
_SIZE_SWITCH = re.compile(r"(?:字号|字號|字体|字體)\s*[:：]?\s*[\[【(（]?"
                          r"\s*[大中小]\s*[大中小]\s*[大中小]")


def _tools_header(node: etree._Element) -> bool:
    """True when a block marked as chrome (``<div class="header">``) is a story's heading
    block because it holds the story's page tools: short (300 characters besides its
    styles and scripts), a font-size switch among them, and no menu (no ``nav``, list or
    form)."""
    parts: list[str] = []
    size = 0
    for el in node.iter():
        pieces = (el.text if isinstance(el.tag, str) and el.tag not in ("style", "script")
                  else None, el.tail if el is not node else None)
        for piece in pieces:
            if piece:
                size += len(piece.strip())
                parts.append(piece)
        if size > 300:
            return False
    return bool(_SIZE_SWITCH.search(collapse_spaces(" ".join(parts)))) and not _MENU(node)


def _first_text(body: etree._Element) -> etree._Element | None:
    """The body's first element with Chinese text of its own."""
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag != "title" and el.text \
                and han_count(el.text) >= 2:
            return el
    return None


def _first_unlinked_line(body: etree._Element) -> etree._Element | None:
    """The body's first element with Chinese text of its own that is no link's (a menu's, a
    breadcrumb's) and reads as a headline's line (no label, date or tool row): where the
    story opens when the body holds the page's navigation over it."""
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("title", "a") or not el.text \
                or han_count(el.text) < 2:
            continue
        if any(up.tag == "a" for up in el.iterancestors()) \
                or headline_text(collapse_spaces(el.text)) is None:
            continue
        return el
    return None


def _article_start(body: etree._Element) -> etree._Element:
    """The body's first element with running text of its own (20 Chinese characters or
    more in its text and its children's tails). A heading is never running text, however
    long its line (``<h1>`` of twenty characters over the pictures and the text)."""
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in HEADINGS:
            continue
        own = (el.text or "") + "".join(child.tail or "" for child in el)
        if han_count(own) >= 20 and not _headline_over_date(el, own) \
                and not _title_line_first(el, body):
            return el
    runs = _paragraph_of_runs(body)
    return runs if runs is not None else body


_RUN_HAN_MIN = 8  # a short notice's line (``经省政府研究决定：``)


def _paragraph_of_runs(body: etree._Element) -> etree._Element | None:
    """The body's first paragraph reading as the text's, when no element holds running text
    of its own: its text set in runs none of which holds 20 Chinese characters (a word
    processor's ``<p><span>近期，某某局</span><span>组织…</span>…``), or a short notice's lines
    each under 20 (``各市、县（区）人民政府：``). Eight characters or more with a clause's stop,
    not a list of links; the body's first line (a headline at its top) and the blocks
    holding it are not, nor a paragraph in a table's cell (a penalty notice's table of
    fields: a value's paragraph is no start of running text, and the labels over it no
    headline). None when the body holds no such paragraph."""
    first = _first_text(body)
    held = set(first.iterancestors()) if first is not None else set()
    cells = {el for cell in body.iter("td", "th") for el in cell.iter("p")}
    for el in body.iter("p"):
        if el in held or el is first or el in cells:
            continue  # a table's cell holds a field's value, not the text's start
        text = text_content(el)
        if han_count(text) >= _RUN_HAN_MIN and _RUN_MARK.search(text) \
                and 2 * sum(len(text_content(a)) for a in el.iter("a")) < len(text):
            return el
    return None


# A sentence's or a clause's stop: a notice's headline (``关于征求《…》意见的公告``) has none.
_RUN_MARK = re.compile(r"[。，；！？,;!?]")


def _title_line_first(el: etree._Element, body: etree._Element) -> bool:
    """True when ``el`` is the body's first text and one line of a headline's shape, twenty
    Chinese characters or more (what would be read as running text), with no sentence's or
    clause's stop (``关于征求《…》意见的公告`` at the top of a block chosen around the
    headline, a list of links between it and the text): a headline, no running text."""
    if _first_text(body) is not el:
        return False
    lines = text_lines(el, 120)
    if not lines or len(lines) != 1:
        return False
    line = unspaced(lines[0])
    return han_count(line) >= 20 and len(line) <= 60 and headline_text(line) == line \
        and not has_year(line) and not _RUN_MARK.search(line)


_FOLLOWING = etree.XPath("following::*[position() <= 3]")


def _headline_over_date(el: etree._Element, own: str) -> bool:
    """True when ``el``'s own text is one line of 60 characters or fewer, no sentence's
    or clause's end, and one of the three elements after it prints a short dated line (a
    plain ``<div>标题</div>`` over ``<div>某某社 记者 某某</div><div>2024-08-03 20:02</div>``):
    a headline over its date line, not the text's first paragraph."""
    line = collapse_spaces(own)
    if len(line) > 60 or len(el) or el.tag in _CELLS or _LINE_END.search(line):
        return False  # a table's cell over a dated cell is a field's value
    if _SENTENCE_MARK.search(line.rstrip("？！?!")):
        return False  # a sentence (a question's or an exclamation's mark may close a headline)
    if any((text := short_text(f, 60)) and has_year(text) for f in _FOLLOWING(el)):
        return True
    # A question closing the line (``…缴个税吗？``) over its info box (``留言时间：…`` |
    # ``答复时间：2019年11月14日``): as for a line read over the text (``_date_line_at``).
    return line[-1] in "？！?!" and _date_line_in(_INFO_FOLLOWING(el)) is not None


# A link to a file to download (``….doc?e=.doc``, ``download.jsp?…``): an attachment's.
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|ofd|pptx?|zip|rar|7z)\b|download", re.I)


# A pointer to the previous or next item (``上一条：``, ``下一篇:``) right before a link.
_PREVIOUS_NEXT = re.compile(r"(?:上|下)一(?:条|篇|條|則|则)\s*[:：]?\s*$")


def _link_texts(root: etree._Element) -> set[str]:
    """The texts of the page's short links (breadcrumb and menu entries); a link to a file
    is no channel's: a notice of one attachment prints the document's name, its headline,
    as the link to it; nor is a link to the previous or next item (``上一条：<a>…</a>``), which
    a template may point at the page itself."""
    texts = set()
    for a in root.iter("a"):
        if _FILE_LINK.search(a.get("href") or ""):
            continue
        before = a.getprevious().tail if a.getprevious() is not None else a.getparent().text
        if before and _PREVIOUS_NEXT.search(before):
            continue  # ``上一条：<a>标题</a>``: another item's headline (or the page's own)
        text = short_text(a, 40)
        if text and text.strip():
            texts.add(collapse_spaces(text))
    return texts


_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt)", re.I)


def _large(el: etree._Element) -> bool:
    """A block set large (18px, 14pt or ``<font size=4>`` and up) and centred or bold, or
    holding such a line: a headline's mark without a heading tag."""
    for node in (el, *(child for child in el if isinstance(child.tag, str))):
        style = node.get("style") or ""
        match = _FONT_SIZE.search(style)
        size = (float(match.group(1)) * (4 / 3 if match.group(2).lower() == "pt" else 1)
                if match else 0.0)
        font = node.get("size") if node.tag == "font" else None
        large = size >= 18 or node.tag == "big" or (font is not None and font.strip().isdigit()
                                                     and int(font) >= 4)
        marked = node.tag in ("center", "b", "strong") or bool(_CENTRED.search(style)) \
            or "bold" in style.lower() or (node.get("align") or "").lower() == "center" \
            or el.tag in ("center", "b", "strong") or (el.get("align") or "").lower() == "center"
        if large and marked:
            return True
    return False
_EMPHASIS = {"strong", "b", "center", "big"}
_LARGE = re.compile(r"font-size|bold", re.I)


def _emphasis(el: etree._Element) -> bool:
    """Bold, or a ``<font>`` set larger or bold (a coloured one is not a headline mark)."""
    if not isinstance(el.tag, str):
        return False
    return el.tag in _EMPHASIS or (el.tag == "font" and (
        el.get("size") is not None or bool(_LARGE.search(el.get("style") or ""))))
_LINE_END = re.compile(r"[。，；：、,;:]$")


def _broken_headline(el: etree._Element, lines: list[str]) -> bool:
    """True when ``lines``, the two lines of a centred block ``el`` set bold or large, are
    one headline broken by a ``<br>``: together 60 characters or fewer, six Chinese
    characters each or more, neither a date, a document number, a subtitle nor a line that
    ends a sentence or a clause."""
    if not (_emphasis(el) or any(_emphasis(child) for child in el)) or \
            el.find(".//br") is None or len("".join(lines)) > 60:
        return False
    return all(han_count(line) >= 6 and not has_year(line) and not _LINE_END.search(line)
               and headline_text(line) == line and not _SUBTITLE_START.match(line)
               for line in lines)


# A line opening with a dash (``——某某使馆向某某协会捐赠``): the subtitle under a headline,
# never the headline itself.
_DASH_LEAD = re.compile(r"\s*(?:——|--|—|－－)")
# A second line that is a subtitle (``——热烈祝贺…``) or a document number (``某政发〔2023〕12号``).
_SUBTITLE_START = re.compile(r"\s*(?:——|--|—)|.*[〔\[【]\s*\d{4}\s*[〕\]】]")


def _under_headline(line: str) -> bool:
    """True when ``line`` is what a notice prints under its headline in the same block: its
    document number (``某水〔2023〕12号``), its date alone (``2023年5月12日``) or a dated
    info line in brackets (``(某某网北京时间2012年12月20日 首发 - 支持此文作者)``)."""
    return bool(_NUMBER_LINE.fullmatch(line)) or (
        has_year(line) and han_count(line) <= 8 and len(line) <= 20) or (
        has_year(line) and line.lstrip()[:1] in "(（" and len(line) <= 60)


_NUMBER_LINE = re.compile(r"\s*[（(]?[^（）()\s]{0,20}[〔\[【]\s*\d{4}\s*[〕\]】]"
                          r"[^（）()\s]{0,8}号[）)]?\s*")


def _joined(lines: list[str]) -> str:
    """Two lines of one headline as one: no space between Chinese characters."""
    first, second = lines
    glue = "" if HAN.match(first[-1:]) or HAN.match(second[:1]) else " "
    return f"{first}{glue}{second}"


def _emphasised_lines(
    root: etree._Element, skip: set[etree._Element] | frozenset,
    body: etree._Element | None = None, longest: int = 60,
) -> list[tuple[etree._Element, str]]:
    """Lines set apart as a headline without a heading tag or class: a centred block or a
    bold or large-font line, alone on its line (``<p align=center><font size=5>标题``,
    ``<p><strong>标题</strong></p>``). Candidates only where nothing else names the
    headline."""
    found = []
    for el in root.iter("p", "div", "td", "center", "font", "strong", "b", "big"):
        if el in skip:
            continue
        centred = el.tag == "center" or (el.get("align") or "").lower() == "center" \
            or _CENTRED.search(el.get("style") or "")
        if not (centred or _emphasis(el) or any(_emphasis(child) for child in el)):
            continue
        lines = text_lines(el, 120)
        if lines and len(lines) == 2 and centred and _broken_headline(el, lines):
            # A notice's headline broken over two lines in its centred bold block
            # (``<b>关于开展2023年汛前河道<br>安全检查的通知</b>``): one line.
            lines = [_joined(lines)]
        elif lines and len(lines) == 2 and centred and _under_headline(lines[1]):
            lines = lines[:1]  # the headline over its document number or its date
        if not lines or len(lines) != 1 or _LINE_END.search(lines[0]):
            continue
        text = headline_text(lines[0])
        if text != TRAILING_NUMBER.sub("", unspaced(lines[0])):
            continue  # an info line ("某某网 ( 2012-06-04 09:20 )"), a label, a fragment
        links = [a for a in el.iter("a")
                 if collapse_spaces(text_content(a)) in lines[0]]  # the line's own links
        if links and all(text_content(a).strip() for a in links) and \
                sum(len(text_content(a)) for a in links) >= len(lines[0]) / 2 \
                and not _over_byline(el, lines[0]):
            continue  # a link (a menu entry, a related article)
        if text and len(text) <= longest and not _masthead(el, body):
            found.append((el, text))
    return found


def _large_lines(
    root: etree._Element, skip: set[etree._Element] | frozenset,
    body: etree._Element | None = None, longest: int = 60,
) -> list[tuple[etree._Element, str]]:
    """Blocks printing one line set large and bold or centred by their style
    (``<div style="font-weight:bold;font-size:22px">``: a heading without a heading tag)."""
    found = []
    for el in root.iter("div", "p", "td", "span"):
        if el in skip or not el.get("style") or not _large(el):
            continue
        lines = text_lines(el, 120)
        text = headline_text(lines[0]) if lines and len(lines) == 1 else None
        if text and len(text) <= longest and not _masthead(el, body):
            found.append((el, text))
    return found


def _over_byline(el: etree._Element, line: str) -> bool:
    """True when ``line`` (``el``'s text) opens its block and the block's next and last line
    is a dated byline (``某某 发表于 2005-9-15 11:46:00``): a blog's headline, linked to its
    own page, set above its byline — a menu entry has no byline of its own."""
    block = el.getparent()
    while block is not None and block.tag in ("font", "strong", "b", "span", "a", "big"):
        block = block.getparent()
    lines = text_lines(block, 200) if block is not None else None
    return bool(lines) and len(lines) == 2 and lines[0] == line and len(lines[1]) <= 60 \
        and has_year(lines[1])


def _home_link(el: etree._Element) -> bool:
    """True when ``el``'s whole text is one link to the site's home page (``<h1><a
    href="Default.aspx">某某市政府某某专区</a></h1>``): a logo's heading naming the site, never
    the article's headline, which is not linked or links to its own page (:func:`_logo`
    takes any heading all of whose links lead home; a candidate here prints text, and a
    home link beside the headline's words does not make it a logo's)."""
    links = [a for a in el.iter("a") if (a.text or "").strip() or len(a)]
    href = (links[0].get("href") or "").strip() if len(links) == 1 else ""
    if not href:
        return False  # no link, or one to the page itself
    return bool(_HOME_LINK.fullmatch(href)) \
        and collapse_spaces(text_content(links[0])) == collapse_spaces(text_content(el))


def _masthead_names(root: etree._Element, body: etree._Element | None = None) -> set[str]:
    """The texts of the masthead's headings and of logo blocks: the site's name."""
    names = set()
    for el in root.iter("h1", "h2", "a", "div", "span"):
        if (el.tag in ("h1", "h2") and _masthead(el, body)) or "logo" in classes_of(el).lower():
            text = short_text(el, 60)
            if text and text.strip():
                names.add(collapse_spaces(text))
    return names


def _after(el: etree._Element, body: etree._Element) -> bool:
    """True when ``el`` is printed after the whole of ``body`` (not inside it, not around
    it): under the text, where a comment box's or a related list's heading sits
    (``<p class="bigTitle">最新评论</p>``), never the item's own headline."""
    around = [body, *body.iterancestors()]
    if el in around:
        return False
    members = set(around)
    child = el
    for parent in el.iterancestors():
        if parent in members:
            if parent is body:
                return False  # inside the body
            mine = around[around.index(parent) - 1]
            return parent.index(child) > parent.index(mine)
        child = parent
    return False


def _near(el: etree._Element, body: etree._Element) -> bool:
    """True when ``el`` sits in the body's parent or grandparent (the article block). A
    layout table's cell, row and table count as one level: a body moved into a table's
    cell beside a menu (``<table><tr><td>菜单</td><td>正文</td></tr></table>``) keeps the
    headline printed over the table near."""
    ancestors = set(el.iterancestors())
    block = body.getparent()
    for _ in range(2):
        if block is None or block.tag in ("body", "html"):
            return False
        if block in ancestors:
            return True
        if block.tag in _CELL_LEVEL:
            while block.getparent() is not None and block.getparent().tag in _ROW_LEVEL:
                block = block.getparent()
                if block in ancestors:
                    return True
        block = block.getparent()
    return False


_CELL_LEVEL = frozenset({"td", "th"})
_ROW_LEVEL = frozenset({"tr", "tbody", "thead", "tfoot", "table"})


# What a block prints after the stated headline that is no part of it: a sentence, tools
# and links ("在线荐稿 记者博客 联系记者"), a byline.
_NOT_CLAUSE = re.compile(r"[，。；：,;:！？!?]|荐稿|博客|联系|打印|关闭|分享|收藏|评论|记者"
                         r"|编辑|来源|作者|發稿|編輯|記者|來源|聯繫|評論")


def _clause_of(line: str, part: str) -> bool:
    """True when ``line`` is ``part`` and one more clause of the headline set off by a space
    (``<h1><span>某市出台…办法</span> <span>每部最高补贴二十万元</span></h1>``): the
    heading's two runs are one headline, not a headline run on into tools."""
    line, part = collapse_spaces(line), collapse_spaces(part)
    return line.startswith(part) and _run_on_clause(line[len(part):])


def _run_on_clause(rest: str) -> bool:
    """True when the words a printed headline runs on with, past the stated title, are one
    more clause of it (``…三成企业加码办　年终比去年多1.8天 奖金太低54%拟离职``): set off by a
    space, headline-like (8 to 30 characters, six Chinese characters or more), no sentence
    punctuation, tools or byline words."""
    if not rest[:1].isspace():
        return False
    rest = rest.strip()
    return 8 <= len(rest) <= 30 and han_count(rest) >= 6 and not _NOT_CLAUSE.search(rest)


def _entry_class(el: etree._Element) -> tuple[str, str]:
    return el.tag, el.get("class") or ""


def _heading_line(el: etree._Element, lines: list[str]) -> list[str] | None:
    """The last line of a title-classed block when a heading inside it prints that line
    and every line before it is a short name (``<div class="insidepage-title">`` holding the
    breadcrumb ``新聞與公告 > 區域動態`` over ``<h2>标题</h2>``): the heading's, not the
    breadcrumb's items joined to it; else None (a kicker over the heading, a subtitle under
    it stay with it)."""
    if any(len(_key(line)) > 6 for line in lines[:-1]):
        return None
    found = [line for heading in el.iter("h1", "h2", "h3")
             if (line := short_text(heading, 200)) and collapse_spaces(line) == lines[-1]]
    return [lines[-1]] if found else None


def _leading_line(el: etree._Element) -> list[str] | None:
    """The first line of a heading left open (``<h2>标题</br>`` — no ``</h2>``, so the
    heading holds the date line and the whole text after it): its own text and inline
    children up to its first line break or block, 300 characters at most."""
    line = el.text or ""
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _INLINE:
            break
        if isinstance(child.tag, str):
            line += text_content(child)
        line += child.tail or ""
        if len(line) > 300:
            return None
    line = collapse_spaces(line)
    return [line] if line and len(line) <= 300 else None


def _pushed_out_lines(el: etree._Element) -> list[str] | None:
    """The lines of a heading written as paragraphs (``<h2><p>标题</p><p>副题</p></h2>``):
    the HTML parser closes the heading at the first ``<p>``, so the heading is left empty
    and its lines follow it as sibling paragraphs, up to the first other element."""
    if el.tail and el.tail.strip():
        return None
    lines: list[str] = []
    for sibling in el.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag != "p" or len(lines) == 2:
            break
        found = text_lines(sibling, 120)
        if not found or len(found) != 1:
            break
        lines.append(found[0])
        if sibling.tail and sibling.tail.strip():
            break
    return lines or None


def _printed_run_on(
    root: etree._Element, best: tuple[etree._Element | None, str],
    skip: set[etree._Element] | frozenset, body: etree._Element | None,
) -> tuple[etree._Element | None, str]:
    """A large or emphasised line printing ``best``'s stated headline and one more clause of
    it (:func:`_run_on_clause`), as (element, line); else ``best``."""
    stated = collapse_spaces(best[1])
    for el, text in _large_lines(root, skip, body, 80) + _emphasised_lines(root, skip, body, 80):
        if text.startswith(stated) and _run_on_clause(text[len(stated):]) \
                and not _masthead(el, body):
            return el, text
    return best


def _printed_fuller(
    root: etree._Element, best: tuple[etree._Element | None, str], page_title: str,
    skip: set[etree._Element] | frozenset,
) -> tuple[etree._Element | None, str]:
    """A block whose whole text prints ``best``'s stated headline with more words around it,
    the whole line found in the ``<title>`` too (``<meta>`` states ``《某片》第三集…``, the
    ``<title>`` and the page ``电视专题片《某片》第三集…``), as (element, line); else ``best``.
    Both statements agreeing on the fuller line, it is the headline as printed; a column's
    name set apart by a separator (``某栏目 | 标题``) is no part of it, unless what is stated
    is no headline but that name (``<meta>`` stating the kicker ``某某骗案`` of ``某某骗案｜
    标题``)."""
    stated = _key(best[1])
    page_key = _key(page_title)
    if len(stated) < 4 or stated not in page_key or stated == page_key:
        return best
    for node in root.xpath("/descendant::body/descendant::text()[contains(., $s)]", s=best[1][:6]):
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        for _ in range(2):
            if el is None or el.tag in ("title", "a", "option", "body", "html", "script",
                                        "style", "textarea") or el in skip:
                break
            lines = text_lines(el, 120)
            if lines:
                text = headline_text("\n".join(lines))
                key = _key(text or "")
                if text and len(text) <= 80 and stated in key and key != stated \
                        and key in page_key and (len(title_parts(text)) == 1
                                                 or not headline_shaped(best[1])):
                    return el, text
                if len(lines) > 1 or len(_key("".join(lines))) > len(stated) + 40:
                    break
            el = el.getparent()
    return best


_PLAIN_BLOCKS = frozenset(("p", "div", "td", "span", "font", "strong", "b", "center", "h1",
                           "h2", "h3", "h4", "h5", "h6", "big", "th", "dd", "dt"))


def _printed_as_stated(
    root: etree._Element, best: tuple[etree._Element | None, str],
    skip: set[etree._Element] | frozenset, body: etree._Element | None,
) -> tuple[etree._Element | None, str]:
    """The block whose whole text is ``best``'s stated headline (six characters or more),
    not a link or a list's entry, not in the chrome, not under the text nor inside it after
    it began — the last such block before the text —, as (element, headline); else
    ``best``. A template whose headline block carries no heading tag or title class
    (``<p><!--标题-->关于…的通知</p>``) still prints it there, over its date line."""
    key = _key(best[1])
    if len(key) < 6:
        return best
    found: etree._Element | None = None
    for node in _PRINTED_TEXT(root, s=collapse_spaces(best[1])[:8]):
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        for _ in range(3):
            if el is None or el.tag not in _PLAIN_BLOCKS or el in skip:
                break
            text_key = _key(text_content(el))
            if len(text_key) > len(key):
                break
            if text_key == key:
                if any(a.tag in ("a", "li", "option", "title", "button", "label")
                       for a in (el, *el.iterancestors())) or _masthead(el, body) \
                        or _field_value(el) or _data_cell(el) \
                        or (body is not None and (_after(el, body) or _inside_text(el, body))):
                    break  # a menu's, a list's or an info table's (``标 题：`` | 标题) line
                if found is None or body is None or (
                        body not in el.iterancestors() and _precedes(el, body)):
                    found = el
                break
            el = el.getparent()
    return (found, best[1]) if found is not None else best


def _printed_reworded(
    root: etree._Element, best: tuple[etree._Element | None, str],
    skip: set[etree._Element] | frozenset, body: etree._Element | None,
) -> tuple[etree._Element | None, str]:
    """A large or emphasised line, not under the text, that opens and closes as ``best``'s
    stated headline does (two characters or more each, together eight or more and three
    fifths of the statement) and says its middle otherwise, the statement itself printed
    nowhere, as (element, line); else ``best``. A CMS states a shortened wording (an
    abbreviation, a quotation cut) while the page prints the editor's headline."""
    stated = _key(best[1])
    if len(stated) < 8 or _printed_whole(root, best[1]):
        return best
    found: tuple[etree._Element | None, str] | None = None
    found_shared = 0
    for el, text in _large_lines(root, skip, body, 80) + _emphasised_lines(root, skip, body, 80):
        key = _key(text)
        if key == stated or (body is not None and _after(el, body)) or _masthead(el, body):
            continue
        most = min(len(key), len(stated))
        head = next((i for i in range(most) if key[i] != stated[i]), most)
        tail = next((i for i in range(most - head) if key[-1 - i] != stated[-1 - i]),
                    most - head)
        shared = head + tail
        if head >= 2 and tail >= 2 and shared >= 8 and 5 * shared >= 3 * len(stated) \
                and shared > found_shared:
            found, found_shared = (el, text), shared
    return found or best


_UNPRINTED = ("title", "script", "style", "option", "textarea")


def _printed_whole(root: etree._Element, text: str) -> bool:
    """True when ``text`` is printed whole in one of the page's visible text nodes."""
    for node in _PRINTED_TEXT(root, s=collapse_spaces(text)):
        parent = node.getparent()
        if parent is not None and node.is_tail:
            parent = parent.getparent()
        if parent is not None and parent.tag not in _UNPRINTED:
            return True
    return False


def _printed_h1(
    root: etree._Element, best: tuple[etree._Element | None, str], facts: PageFacts,
    skip: set[etree._Element] | frozenset, body: etree._Element | None,
) -> tuple[etree._Element | None, str]:
    """The page's one ``<h1>``, over or at the text, printing a headline of its own
    (:func:`headline_shaped`, no site's or body's name) when ``best``'s stated headline is
    printed nowhere: the headline as the page shows it (a video page's ``<h1>`` where the
    CMS states its search headline, printed only in the player's caption); else ``best``."""
    if len(_key(best[1])) < 8 or _printed_whole(root, best[1]):
        return best
    ones = []
    for el in root.iter("h1"):
        if el in skip or _logo(el):
            continue  # a logo's <h1> (a picture, the site's name linked home) names no story
        lines = text_lines(el, 300)
        text = headline_text("\n".join(lines)) if lines else None
        if text and (text in facts.site_names or site_like(text) or organisation_like(text)):
            continue  # the site's or a body's name
        ones.append((el, text))
    if len(ones) != 1:
        return best
    el, text = ones[0]
    if not text or not headline_shaped(text) or _masthead(el, body) or _home_link(el) \
            or (body is not None and _after(el, body)):
        return best
    return el, text


def _stated_lead(el: etree._Element | None, cand: str, stated: str) -> bool:
    """True when the heading ``el`` prints the stated headline's leading clauses and the
    statement runs on with a deck after a space (``<h1>标题 副题</h1>`` stated as ``标题 副题
    又一句``): the printed heading is the headline, the rest a standfirst."""
    if el is None or el.tag not in HEADINGS or not stated:
        return False
    stated = collapse_spaces(stated)
    return len(_key(cand)) >= 8 and stated.startswith(cand + " ") \
        and len(stated) - len(cand) <= len(cand) + 1


def best_title(
    root: etree._Element,
    candidates: list[tuple[etree._Element | None, str]] | list[str],
    *,
    body: etree._Element | None = None,
    facts: PageFacts | None = None,
) -> tuple[etree._Element | None, str] | None:
    """The candidate that best matches the page's titles, near the body, not in the masthead.

    The site name is the last part of ``<title>`` ("标题_频道_网站"), ``og:site_name`` and
    often the masthead's ``<h1>``: such a candidate counts little.
    """
    facts = facts or read_facts(root)
    pairs = [(None, c) if isinstance(c, str) else c for c in candidates]
    meta_title = facts.meta_title
    page_title = facts.page_title
    parts = facts.headline_parts()  # the headline's end of <title> first
    sites = facts.site_names
    page_key = _key(page_title)
    meta_key = _key(meta_title)
    # A stated headline matches with or without its subtitle or document number.
    meta_keys = {meta_key, _key(main_part(meta_title))} if meta_title else set()
    first_key = _key(parts[0]) if parts else ""
    # A <title> naming only the channel or the office (``通知公告``) states no story: a
    # heading matching nothing is judged as on a page without a title.
    states_story = bool(meta_key) or bool(page_key and _name_only_title(facts) is None)
    best, best_score = None, 0.0
    # Title blocks that share their tag and class with two others are a list's entries
    # (``div.tj-title`` of every recommended story): none is the headline unless stated.
    repeated = Counter(_entry_class(el) for el, _ in pairs if el is not None)
    prefix_only: set[etree._Element] = set()  # candidates that only open like the title
    for el, cand in pairs:
        score = 0.0
        # A block printing the headline and then a subtitle or links ("标题 副题 在线荐稿"):
        # the part the page's titles state is the headline.
        run_on = False  # the stated title, and one more clause of it printed on its line
        for stated in (meta_title, parts[0] if parts else ""):
            stated = collapse_spaces(stated)
            if (len(stated) >= 6 and cand.startswith(stated) and cand != stated
                    and stated not in sites and not organisation_like(stated)
                    and not page_title.startswith(cand)):
                run_on = _run_on_clause(cand[len(stated):])
                cand = cand if run_on else stated
                break
        if el is not None and not run_on and first_key and _key(cand) not in meta_keys \
                and _key(cand) not in page_key and len(pieces := _BAR.split(cand)) == 2:
            # A heading printing a column's name and the stated headline set apart by a bar
            # (``<h1>某栏目 | 标题</h1>``) that no statement holds whole: the stated part,
            # when it reads as a headline and the other as a name, is the headline.
            cand = next((p for p, other in (pieces, pieces[::-1])
                         if headline_shaped(p) and not headline_shaped(other)
                         and p not in sites
                         and (_key(p) in meta_keys or _key(p) == first_key)), cand)
        key = _key(cand)
        if cand in sites:
            score = 0.0
        elif key in meta_keys or run_on or _stated_lead(el, cand, meta_title):
            score = 3.5
        elif page_key and key in (page_key, first_key):
            score = 3.0
        elif page_key and key in page_key:
            score = 2.0
        elif any(t and t.startswith(key[: max(4, len(key) // 2)]) for t in (page_key, meta_key)):
            score = 1.0
            if el is not None:
                prefix_only.add(el)
        elif _SECTION_HEAD.search(cand) or _DASH_LEAD.match(cand):
            continue  # matching nothing stated: a section head, a sentence, a subtitle
        if score == 0.0 and el is not None and el.get("class") \
                and repeated.get(_entry_class(el), 0) >= 3:
            continue  # matching nothing stated, one of a list's entries (teasers' titles)
        if score == 0.0 and el is not None and body is not None and _after(el, body):
            continue  # matching nothing stated, printed after the text: a box's heading
        if score == 0.0 and states_story and _inside_text(el, body):
            # Matching nothing the page states, printed inside the text after it began: an
            # inserted card's or a section's heading (``<div class="insert_news_title">
            # <a>专题｜…</a>`` closing the story), never the story's own headline.
            continue
        if el is not None:
            if body is not None and _near(el, body):
                score += 1.5
            if _masthead(el, body):
                # A block in the chrome printing the stated headline's words whole (eight
                # characters or more, no body's or site's name): a headline in a box the template
                # classes ``header``, counted down less than a masthead's other lines.
                score -= 1.0 if score >= 2.0 and len(key) >= 8 \
                    and not organisation_like(cand) and not SITE_END.search(cand) else 2.0
            elif _home_link(el):
                score -= 2.0  # the site's name, linked to its home page: a logo's heading
            # A first-level heading over a lower one (an earlier story's h2 in the same box).
            score += _HEADING_WEIGHT.get(el.tag, 0.0) / 10
            score += 0.1  # printed: beats the same headline stated only in <meta>
        if cand in sites or (site_like(cand) and score < 3.0):
            score = min(score, 0.5)
        score += len(cand) / 1000  # the fuller of two equally good headlines
        if score > best_score:
            best, best_score = (el, cand), score
    if best is not None and best[0] in prefix_only:
        upper = _heading_over(best[0], pairs, page_key)
        if upper is not None:
            return upper
    if best is not None and best_score >= 1.0 and len(parts) == 1:
        whole = _whole_title_over_text(best, pairs, body, facts)
        if whole is not None:
            return whole
    return best if best_score >= 1.0 else None


def _whole_title_over_text(
    best: tuple[etree._Element | None, str], pairs: list[tuple[etree._Element | None, str]],
    body: etree._Element | None, facts: PageFacts,
) -> tuple[etree._Element | None, str] | None:
    """The heading over the text printing the whole ``<title>`` of two parts (``早安某地｜
    某某来了``), when the chosen candidate is a line inside the text printing only its first
    part (a digest's column name opening its text) and the other part names no site: the
    page's headline is the heading's whole line; else None. A site's part is printed apart
    from the headline, never in its heading with it."""
    el = best[0]
    if el is None or body is None or body not in el.iterancestors():
        return None
    parts = title_parts(facts.page_title)
    if len(parts) != 2 or _key(best[1]) != _key(parts[0]) or site_like(parts[1]) \
            or organisation_like(parts[1]) or parts[1] in facts.stated_site_names:
        return None
    page_key = _key(facts.page_title)
    return next(((other, text) for other, text in pairs
                 if other is not None and _key(text) == page_key
                 and (other.tag in HEADINGS or title_class(classes_of(other)))
                 and body not in other.iterancestors() and other not in body.iterancestors()),
                None)


def _heading_over(
    el: etree._Element, pairs: list[tuple[etree._Element | None, str]], page_key: str
) -> tuple[etree._Element | None, str] | None:
    """The candidate printed in a higher heading right over ``el`` (``<h3>标题</h3><h4>
    副题</h4>``), when ``<title>`` is rewritten from both (each heading's words in it, the
    subtitle's first): the headline, the subtitle under it only opening like the title; else
    None."""
    upper = el.getprevious()
    if upper is None or el.tag not in HEADINGS or upper.tag not in HEADINGS \
            or upper.tag >= el.tag or (upper.tail or "").strip():
        return None
    cand = next((pair for pair in pairs if pair[0] is upper), None)
    if cand is None:
        return None
    key = _key(cand[1])
    shared = max((len(run) for run in re.findall(r"[\u4e00-\u9fff]{4,}", key)
                  if run in page_key), default=0)
    return cand if shared >= 4 else None
