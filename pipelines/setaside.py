"""Which blocks of a page are set aside before the article block is chosen: widgets by their
class or id words (navigation, share, comments, related lists, ads), blocks the reader does
not see (``display:none``, ``ng-hide``) and small forms.

They stay in the tree while the headline and the date are read (a date may sit in a summary
or info bar), and never become the body. :mod:`pipelines.articlebody` chooses the body among
what is left, and asks :func:`spared_blocks` again when the body found is too short.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lxml import etree

from pipelines.treetext import HAN, classed, classes_of, han_count, han_only

# class/id fragments of widgets that are never the article body.
_NEGATIVE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|crumbs?|share|sharing|bshare|jiathis|social|"
    r"comment\w*|reply|replies|pinglun\w*|related|recommend|relate|hot|rank|sidebar|side|aside|footer|"
    r"foot|copyright|toolbar|tools|login|qrcode|qr|erweima|ewm|advert|ads?|banner|"
    r"caption|pic-?info|img-?desc|imgtxt|pictext|tags?|keywords|pagination|pager|page-?nav|"
    r"prev|next|print|fontsize|zihao|bottom|header-?nav|subscribe|weixin|wechat|position|"
    r"location|crumbs?|"
    r"editor|zeren|author-?info|statement|disclaimer|source-?info|banquan\w*|mianze\w*)"
    r"(?:$|[\s_-])",
    re.I,
)
# An editor's summary above the body ("g-article-abstract"): not body text even though the
# class says "article".
_ABSTRACT = re.compile(r"(?:^|[\s_-])(?:abstract|summary|zhaiyao|digest|daodu)(?:$|[\s_-])", re.I)
BODY_HINT = re.compile(
    r"(?:^|[\s_-])(?:article|content|contents|body|text|detail|main|post|news|zw|"
    r"TRS_Editor|TRS_UEDITOR|Custom_UnionStyle|pages_content|left_zw|con)",
    re.I,
)


def han_at_least(el: etree._Element, limit: int) -> bool:
    """True when the element holds ``limit`` Chinese characters (stops reading there)."""
    count = 0
    for piece in el.itertext():
        count += han_count(piece)
        if count >= limit:
            return True
    return False


# Negative blocks that list other things (articles, links, comments): their dates are not
# the article's. Other hidden blocks (a summary, an info or tool bar, a small form) may hold
# the printed date and are still read for it. A side or an edge named after a box
# property (``padding-side``, ``margin-bottom``: a spacing rule of the stylesheet) names
# no block that lists anything.
LISTING = re.compile(
    r"(?:^|[\s_-])(?<!padding[-_])(?<!margin[-_])(?<!border[-_])(?:nav|navbar|menu|related|recommend|relate|hot|rank|sidebar|side|aside|"
    r"footer|foot|copyright|bottom|comment\w*|reply|replies|pinglun\w*|advert|ads?|banner|pagination|pager|"
    r"page-?nav|prev|next|login|tags?|keywords)(?:$|[\s_-])",
    re.I,
)


# Blocks the reader does not see: hidden by an inline style or by Angular's ``ng-hide``
# (a template's second copy of the title, a document number left empty). Read for dates
# like the other negative blocks, never body or headline.
# Inline styles are read as strings (XPath string tests copy Word's long inline styles:
# measured slower, with or without ``translate``); ``none`` is looked for first, the
# pattern decides.
_STYLES = etree.XPath("/descendant::*/@style")
_NG_HIDE = etree.XPath("//@class[contains(., 'ng-hide')]/..")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)


# The elements are reached through their attributes (``//@style[…]/..``): the same
# elements as ``//*[contains(@style, …)]``, but only elements that have the attribute are
# tested (2-8x faster on the slowest opened pages).
_STYLE_WITH = etree.XPath("//@style[contains(., $spelling)]/..")


def _none_spellings(markup: str) -> set[str]:
    """The spellings of ``display:none`` in ``markup`` (``display:none``, ``DISPLAY: none``…),
    found with plain substring searches: a case-blind regular expression over a 500 KB page
    costs several milliseconds."""
    found = set()
    for word in ("isplay", "ISPLAY"):
        at = markup.find(word)
        while at >= 0:
            match = _DISPLAY_NONE.match(markup, max(0, at - 1))
            if match:
                found.add(match.group(0))
            at = markup.find(word, at + 6)
    return found


# The page's own style sheet hiding a class: a rule at the sheet's top level whose selector
# list holds a lone class (``.aitt{display:none}``, ``.x, .aitt { visibility: hidden }``).
# Rules inside ``@media`` (hidden on one screen size) and classes the sheet shows again
# elsewhere (``.tab-pane.active{display:block}``) are left alone.
_STYLE_TEXTS = etree.XPath("/descendant::style/text()")
_CSS_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_CSS_HIDES = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CSS_SHOWS = re.compile(r"display\s*:\s*(?!none)[a-z]", re.I)
_LONE_CLASS = re.compile(r"\s*\.([A-Za-z_][\w-]*)\s*")
_CLASS_IN = re.compile(r"\.([A-Za-z_][\w-]*)")
_CLASSED = etree.XPath("/descendant::*[@class]")
_CSS_HIDDEN_MAX = 300
_HIDDEN_ATTRIBUTE = etree.XPath("//@hidden/..")


def _style_sheets(markup: str) -> list[str]:
    """The ``<style>`` sheets of ``markup``, found with plain substring searches (a
    case-blind expression over a long page costs milliseconds)."""
    sheets = []
    for word, end in (("<style", "</style"), ("<STYLE", "</STYLE"), ("<Style", "</Style")):
        at = markup.find(word)
        while at >= 0:
            opened = markup.find(">", at)
            closed = markup.find(end, opened)
            if opened < 0 or closed < 0:
                break
            sheets.append(markup[opened + 1:closed])
            at = markup.find(word, closed)
    return sheets


def _declared(sheet: str, pattern: re.Pattern[str]) -> list[int]:
    """Where ``pattern`` (a ``display``/``visibility`` value) matches in ``sheet``, found with
    plain substring searches (a case-blind expression over a 200 KB sheet costs ~10 ms)."""
    found = []
    for word in ("display", "DISPLAY", "visibility", "VISIBILITY"):
        at = sheet.find(word)
        while at >= 0:
            if pattern.match(sheet, at):
                found.append(at)
            at = sheet.find(word, at + 7)
    return sorted(found)


def _selector_at(sheet: str, at: int) -> tuple[str, int]:
    """The selector list of the rule whose declarations hold ``sheet[at]`` and where its
    declarations open (-1 when ``at`` is outside any rule)."""
    opened = sheet.rfind("{", 0, at)
    if opened < 0 or sheet.rfind("}", opened, at) >= 0:
        return "", -1
    begin = max(sheet.rfind("}", 0, opened), sheet.rfind("{", 0, opened)) + 1
    return sheet[begin:opened], opened


def css_hidden_classes(root: etree._Element, markup: str | None = None) -> set[str]:
    """Classes the page's own ``<style>`` sheets hide at their top level (not inside
    ``@media …{…}``) and never show. The sheets are read from ``markup`` when given (the
    parser may have dropped them); only the rules around a ``display``/``visibility``
    value are read."""
    hidden: set[str] = set()
    shown: set[str] = set()
    sheets = _STYLE_TEXTS(root) if markup is None else _style_sheets(markup)
    for sheet in sheets:
        sheet = str(sheet)
        if "none" not in sheet and "hidden" not in sheet:
            continue
        depth, counted = 0, 0  # braces opened minus closed before ``counted``
        for at in _declared(sheet, _CSS_HIDES):
            selectors, opened = _selector_at(sheet, at)
            if opened < 0 or "@" in selectors:
                continue
            depth += sheet.count("{", counted, opened) - sheet.count("}", counted, opened)
            counted = opened
            if depth == 0:
                hidden.update(lone.group(1) for lone in map(_LONE_CLASS.fullmatch,
                                                            selectors.split(",")) if lone)
        if hidden:
            for at in _declared(sheet, _CSS_SHOWS):
                shown.update(_CLASS_IN.findall(_selector_at(sheet, at)[0]))
    return hidden - shown


def hidden_blocks(root: etree._Element, markup: str | None = None) -> set[etree._Element]:
    """Elements hidden by an inline ``display:none``, by the class ``ng-hide``, by the
    ``hidden`` attribute or by a class the page's own style sheet hides
    (:func:`css_hidden_classes`).

    ``markup`` (the page's text the tree was parsed from) makes this cheap on pages of
    Word's markup, where thousands of inline styles each cost a Python string: only the
    spellings of ``display:none`` the page holds are looked for, in libxml2 (a style written
    with character references, ``display&#58;none``, or in mixed case, ``DiSpLaY``, is
    found only without ``markup``)."""
    found = _hidden_otherwise(root, markup)
    if markup is None:
        found |= {style.getparent() for style in _STYLES(root)
                 if ("none" in style or "NONE" in style or "None" in style)
                 and _DISPLAY_NONE.search(style)}
    else:
        for spelling in _none_spellings(markup):
            found.update(el for el in _STYLE_WITH(root, spelling=spelling)
                         if _DISPLAY_NONE.search(el.get("style") or ""))
        if "ng-hide" not in markup:
            return _unfolded(found)
    found.update(el for el in _NG_HIDE(root) if "ng-hide" in el.get("class", "").split())
    return _unfolded(found)


# A "read more" fold's own words (``- 閱讀更多 -``, ``展开全文``, ``Read more``): a button's
# line, at most this many characters once dashes, arrows and brackets are taken off.
_FOLD = re.compile(r"(?:點擊|点击)?(?:閱讀|阅读|查看|顯示|显示|展開|展开|點擊|点击|繼續|继续)"
                   r"(?:更多|全文|全部|閱讀|阅读)"
                   r"|(?:read|show|view|see)\s*(?:more|all|full)|continue\s*reading", re.I)
_FOLD_DRESS = re.compile(r"[\s\-－—–_·.…>»▼▽↓∨︾\[\]【】()（）<«]+")
_FOLD_MAX = 8


def _fold_line(el: etree._Element) -> bool:
    """True when ``el`` holds nothing but a "read more" button's words. The dress is taken
    off piece by piece (it is a set of single characters, so that equals taking it off the
    joined text), and reading stops once more than a button's words are left: the block
    before a hidden one may be a whole story's container."""
    parts = []
    size = 0
    for piece in el.itertext():
        kept = _FOLD_DRESS.sub("", piece)
        size += len(kept)
        if size > _FOLD_MAX:
            return False
        parts.append(kept)
    text = "".join(parts)
    return 0 < len(text) <= _FOLD_MAX and bool(_FOLD.fullmatch(text))


_WRAPPERS_UP = 6


def _block_before(el: etree._Element) -> etree._Element | None:
    """The block printed right before ``el``: its previous element, or that of the wrappers
    ``el`` opens (a page builder nests each block in its own chain of ``<section>``)."""
    for _ in range(_WRAPPERS_UP):
        before = el.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            return before
        parent = el.getparent()
        if parent is None or (parent.text or "").strip():
            return None
        el = parent
    return None


def _unfolded(found: set[etree._Element]) -> set[etree._Element]:
    """``found`` with the text behind a "read more" fold given back: a hidden block right
    after a block holding only the fold's words (``- 閱讀更多 -``) and holding sentences of
    its own is the article's rest, which a click shows (a news site prints the first
    paragraphs and folds the others). The fold's line is set aside in its place: it is a
    button, not a sentence of the text."""
    for el in list(found):
        fold = _block_before(el)
        if fold is None or fold in found or (fold.tail or "").strip() or not _fold_line(fold) \
                or not has_prose(el):
            continue
        found.discard(el)
        found.add(fold)
    return found


def _hidden_otherwise(root: etree._Element, markup: str | None) -> set[etree._Element]:
    """Elements hidden by the ``hidden`` attribute or by a class the page's style sheet
    hides (looked for only when ``markup`` holds a ``<style`` or the word ``hidden``)."""
    found: set[etree._Element] = set()
    if markup is None or "hidden" in markup:
        found.update(el for el in _HIDDEN_ATTRIBUTE(root) if el.tag != "input")
    if markup is None or "<style" in markup or "<STYLE" in markup:
        names = css_hidden_classes(root, markup)
        if names:  # a block of 300 Chinese characters or more is left alone: a page may
            # hide its text in the sheet and show it from a script once loaded
            found.update(el for el in _classed_with(root, names)
                         if not names.isdisjoint(el.get("class", "").split())
                         and not han_at_least(el, _CSS_HIDDEN_MAX))
    return found


def _classed_with(root: etree._Element, names: set[str]) -> list[etree._Element]:
    """Elements whose class attribute holds one of ``names`` anywhere in it, found by
    libxml2: every element holding one as a class token is among them (the caller tests
    the tokens), and a page's thousands of other classed elements are never made Python
    objects (a loop over all of them cost up to 4 ms on the slowest opened pages)."""
    if any("'" in name for name in names):
        return _CLASSED(root)  # not written into the expression below
    test = " or ".join(f"contains(., '{name}')" for name in sorted(names))
    return etree.XPath(f"//@class[{test}]/..")(root)


# Readers' comments (``commentlist``, ``comment-4632``, ``pinglun``): never the article,
# however long they run (a discussion under a short post can outgrow it).
_COMMENTS = re.compile(r"(?:^|[\s_-])(?:comment\w*|reply|replies|pinglun\w*)(?:$|[\s_-])", re.I)
_SENTENCE_END = re.compile(r"[。！？]")


def has_prose(el: etree._Element) -> bool:
    """True when ``el`` holds two or more sentences of running text (Chinese text of 20
    characters or more ending at a full stop): a form holding the article has them, a
    search, login or comment form has labels and buttons. (Each sentence ends at a stop of
    its own: a block whose text holds fewer than two is known from one string made by
    libxml2, without a search of each text node.)"""
    whole = _JOINED(el)
    if whole.count("。") + whole.count("！") + whole.count("？") < 2:
        return False
    sentences = 0
    carry: list[str] = []  # the sentence begun in earlier text nodes (as if joined by spaces)
    for text in el.itertext():  # lazily: a long body answers within its first lines
        start = 0
        for end in _SENTENCE_END.finditer(text):
            piece = "".join(carry) + text[start:end.start()]
            carry, start = [], end.end()
            if len(piece.strip()) >= 20 and han_count(piece) >= 10:
                sentences += 1
                if sentences >= 2:
                    return True
        carry += (text[start:], " ")
    return False


# A comment's header: a full date with its clock (2004-12-27 12:46, 2014年12月14日 10:20).
_STAMP = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}")
# What marks a stamped line as a reader's: a reply, a floor number, a commenter's label.
_REPLY = re.compile(r"re:|RE:|Re:|回复|楼|网友|发表于|留言|评论|says|wrote", re.I)
_STAMPED_MAX = 80  # a comment's header line is short
_STAMPS_MIN = 4
_HAN_PER_STAMP = 150


def comment_list(el: etree._Element) -> bool:
    """True when ``el`` reads as readers' comments without a class to say so: four or more
    short stamped lines (a date with its clock), at least one for every 150 Chinese
    characters, and two or more short lines marked as replies (``# re: 标题`` over
    ``2004-12-27 12:46``, ``网友1 2014-12-14 10:20:05``). An article quoting a date and time
    now and then has few such lines, and no reply marks. (Each stamp's clock holds a colon
    in a text node of its own: a block whose text holds fewer colons than the stamps asked
    for is none, known from one string made by libxml2 instead of a search per node.)"""
    if _JOINED(el).count(":") < _STAMPS_MIN:
        return False
    stamps = replies = 0
    for piece in el.itertext():
        if len(piece) <= _STAMPED_MAX:  # a header's parts may sit in nodes of their own
            stamps += bool(_STAMP.search(piece))
            replies += bool(_REPLY.search(piece))
    if stamps < _STAMPS_MIN or replies < 2:
        return False  # nearly every body: its Chinese text need not be counted
    han = sum(han_count(piece) for piece in el.itertext())
    return stamps * _HAN_PER_STAMP >= han


# A comment header's clock (12:46, 7:32 pm), in a short piece of text.
_CLOCK = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}")
_JOINED = etree.XPath("string()")


def _opens_with_header(item: etree._Element) -> bool:
    """True when ``item`` opens with a comment's header: among its first three short pieces
    of text, a clock and a reply mark (``读者2`` ``的评论`` ``September 19th, 2005 at 7:32 pm``)."""
    clock = reply = False
    pieces = 0
    for piece in item.itertext():
        if not piece.strip():
            continue
        if len(piece) > _STAMPED_MAX or pieces == 3:
            break
        pieces += 1
        clock = clock or bool(_CLOCK.search(piece))
        reply = reply or bool(_REPLY.search(piece))
    return clock and reply


def classed_as_comments(el: etree._Element) -> bool:
    """True when ``el`` is a list of readers' comments by its markup: its own class or id
    names comments (``commentlist``, ``reply``, ``pinglun``) and it is a list (``<ol>``,
    ``<ul>``, ``<dl>``) or holds two or more items classed so too. Whatever prose such a
    list holds, it is not the text's; a single block that a template ids ``comment`` (the
    text's own container) is no list."""
    if not _COMMENTS.search(classes_of(el)):
        return False
    if el.tag in ("ol", "ul", "dl"):
        return True
    return sum(1 for child in el if isinstance(child.tag, str)
               and _COMMENTS.search(classes_of(child))) >= 2


def comments_classed(blocks: list[etree._Element], el: etree._Element) -> bool:
    """True when one of ``blocks`` is classed as readers' comments and ``el`` is a list of
    them: two or more of its parts, half of those holding text, open with a comment's
    header. The class word with its lines: fewer than :func:`comment_list` asks of a block
    no class marks (two long comments have only two stamps)."""
    if not any(_COMMENTS.search(classes_of(block)) for block in blocks):
        return False
    parts = [child for child in el if isinstance(child.tag, str) and HAN.search(_JOINED(child))]
    headed = sum(1 for part in parts if _opens_with_header(part))
    return headed >= 2 and 2 * headed >= len(parts)


# Text outside links, and prose: the pieces of it holding a sentence's punctuation
# (navigation, menus, headings and field labels hold next to none).
_TEXT_PIECES = etree.XPath("descendant::text()[not(ancestor::a)]")
_PROSE_PIECES = etree.XPath("descendant::text()[not(ancestor::a)][contains(., '，') or "
                            "contains(., '。') or contains(., '；') or contains(., '！') or "
                            "contains(., '？')]")
# The same as plain strings, for a count with nothing to leave out: a text node's "smart"
# string (which knows its parent) costs more to make than counting its characters.
_TEXT_PLAIN = etree.XPath(_TEXT_PIECES.path, smart_strings=False)
_PROSE_PLAIN = etree.XPath(_PROSE_PIECES.path, smart_strings=False)


def text_han(el: etree._Element, gone: set[etree._Element] | frozenset = frozenset(), *,
             prose: bool = False) -> int:
    """Chinese characters of ``el``'s text outside links and outside the elements of
    ``gone`` (what a block gives as text once the blocks set aside inside it are dropped);
    ``prose``: only the pieces holding a sentence's punctuation."""
    if not gone:
        return han_count("".join((_PROSE_PLAIN if prose else _TEXT_PLAIN)(el)))
    count = 0
    for piece in (_PROSE_PIECES if prose else _TEXT_PIECES)(el):
        holder = piece.getparent()
        if piece.is_tail:
            holder = holder.getparent()
        if holder in gone:
            continue
        count += han_count(piece)
    return count


# A block holding this share of the page's prose is the text, whatever its class says.
_MOST = 0.5


class PageProse:
    """How much of a page's prose a block holds, against the page's ``<body>`` (counted once,
    when first asked: most pages have no block to ask about).

    A page whose text Word's markup cut into runs (``<font>一、</font><font>3. </font><font>
    专用合同条款中</font>…``) may have no piece holding a sentence's punctuation with its
    words: there the Chinese text outside links is weighed instead, so the block holding
    that text (a ``<nav>`` left unclosed around the whole page) still holds most of it."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self._total: int | None = None
        self._prose = True  # weighing prose pieces (False: the page has none)

    def holds_most(self, el: etree._Element) -> bool:
        """True when ``el`` holds at least half of the page's prose (and some prose), or of
        its Chinese text outside links when no piece of it is prose."""
        if self._total is None:
            body = self.root.find("body")
            page = body if body is not None else self.root
            self._total = text_han(page, prose=True)
            if self._total == 0:
                self._prose, self._total = False, text_han(page)
        return self._total > 0 and text_han(el, prose=self._prose) >= _MOST * self._total


class _TextHolders:
    """The blocks that hold the page's text whatever their class words say (a template may
    class the article's container, and every wrapper around it, ``share-box``, ``side`` or
    ``page-footer``; a short notice's one paragraph may carry a widget's id): a block
    holding most (:data:`_MOST`) of the page's prose, and inside such a block one holding
    most of that block's prose (the text's paragraph in its container). Readers' comments
    and hidden blocks are never such blocks (the caller leaves them out). The page's prose
    is counted once, when first asked, and only for a block holding enough Chinese text to
    be asked about (``enough``: :func:`han_at_least` or the tree's kept counts)."""

    def __init__(self, root: etree._Element,
                 enough: Callable[[etree._Element, int], bool]) -> None:
        self.root = root
        self.enough = enough
        self._total: int | None = None
        self.kept: dict[etree._Element, int] = {}  # a block kept as the text: its prose

    def holds_it(self, el: etree._Element,
                 statement: Callable[[etree._Element], bool] | None = None) -> bool:
        """True when ``el`` holds the text (see the class) and ``statement`` (when given)
        does not say it is the site's statement: it is then kept as a block of the text,
        and the blocks inside it are judged against its prose."""
        if self._total is None:
            body = self.root.find("body")
            self._total = text_han(body if body is not None else self.root, prose=True)
        whole = next((self.kept[up] for up in el.iterancestors() if up in self.kept),
                     self._total)
        need = max(1, -int(-_MOST * whole // 1))
        if not whole or not self.enough(el, need):
            return False  # (prose is Chinese text: under ``need`` characters, under ``need``)
        prose = text_han(el, prose=True)
        if prose < need or (statement is not None and statement(el)):
            return False
        self.kept[el] = prose
        return True


_FIELDS = etree.XPath(
    "descendant::input[not(@type) or translate(@type, 'HIDEN', 'hiden') != 'hidden']"
    " | descendant::select | descendant::textarea | descendant::button")


# The kinds of ``<input>`` a reader types into (no type is text), and those that send.
_TYPED_KINDS = frozenset({"", "text", "email", "tel", "number", "password"})
_SENDING_KINDS = frozenset({"submit", "button", "image"})
# Boxes a reader ticks, and how many of them with a text area make a feedback box.
_CHOICE_KINDS = frozenset({"checkbox", "radio"})
_CHOICES_MIN = 3


# The attribute :func:`form_blocks`' blocks are marked with before their fields are dropped.
FORM_MARK = "data-presswatch-fields"
# :func:`form_blocks`' blocks with no class or id (the others are among the classed
# elements): a booking box is a form however it is marked up.
_UNMARKED_FORMS = etree.XPath(f"/descendant::*[@{FORM_MARK}][not(@class) and not(@id)]")
# Chinese characters: a block of fields holding fewer is a form (a booking box's call, a
# sentence of its service, its labels), never the text (a block holding more keeps it).
_FORM_HAN = 200


def form_blocks(root: etree._Element) -> list[etree._Element]:
    """Blocks built as forms without a ``<form>`` element: the smallest element around a
    field a reader types into that also holds a button to send it, when it holds two such
    fields or more (a booking or sign-up box under a report: a phone number, a call, a
    line of service, ``姓名：`` and ``手机号码：`` over their input boxes and a submit
    button). A lone search box is not one (one field). Such a block around another is
    listed too (:func:`negative_blocks` weighs each by the text it holds). So is the
    smallest block around a text area and three boxes to tick or more (a reader's feedback
    box, sent by a link)."""
    fields: list[etree._Element] = []
    choices: list[etree._Element] = []  # boxes to tick
    sending: set[etree._Element] = set()  # every element holding a send control
    for el in root.iter("input", "textarea", "button"):
        kind = (el.get("type") or "").strip().lower() if el.tag == "input" else el.tag
        if kind in _TYPED_KINDS or kind == "textarea":
            fields.append(el)
        elif kind in _CHOICE_KINDS:
            choices.append(el)
        elif kind in _SENDING_KINDS or kind == "button":
            for up in el.iterancestors():
                if up in sending:
                    break
                sending.add(up)
    # A reader's feedback or poll box: a list of boxes to tick and a text area (``不感兴趣``:
    # ``广告软文``, ``重复、旧闻``… ``其他问题，我要吐槽``), sent by a link.
    ticked = _choice_boxes(choices, fields) if choices else []
    # A booking box around a ``<form>`` sent by a script (no send control in it).
    boxed = _boxes_around_forms(fields) if len(fields) >= 2 else []
    if len(fields) < 2 or not sending:
        return [*ticked, *(el for el in boxed if el not in ticked)]
    nearest: dict[etree._Element, None] = {}  # each field's nearest, in document order
    for field_el in fields:
        up = next((up for up in field_el.iterancestors() if up in sending), None)
        if up is not None and up.tag not in ("body", "html", "form"):
            nearest[up] = None
    held = dict.fromkeys(nearest, 0)  # the fields each holds, its own and deeper ones
    for field_el in fields:
        for up in field_el.iterancestors():
            if up in held:
                held[up] += 1
    # Nested ones too: a comment box's wrapper holding the text around a booking box.
    return [*(el for el, count in held.items() if count >= 2),
            *(el for el in [*ticked, *boxed] if el not in held)]


# Chinese characters a booking form's box prints beside the form: its call and a line of
# its service (``装修严选``, ``免费设计``, ``免费提供多种设计方案``), never a sentence.
_BOX_CALL_HAN = 40
_BOX_STOP = re.compile(r"[。！？!?]")


def _boxes_around_forms(fields: list[etree._Element]) -> list[etree._Element]:
    """The box around each ``<form>`` holding two fields a reader types into or more (a
    booking or sign-up form, sent by a script however its button is built: a ``<div>``
    reading ``立即申请``), when the box prints nothing beside the form but its call and a
    line of its service — no sentence, at most :data:`_BOX_CALL_HAN` Chinese characters
    (a short text whose container also holds a comment form has its sentences)."""
    held: dict[etree._Element, int] = {}
    for field_el in fields:
        form = next(field_el.iterancestors("form"), None)
        if form is not None:
            held[form] = held.get(form, 0) + 1
    boxes = []
    for form, count in held.items():
        box = form.getparent()
        if count < 2 or box is None or box.tag in ("body", "html", "form"):
            continue
        pieces = [box.text or ""]
        for child in box:
            if child is not form and isinstance(child.tag, str):  # not a comment
                pieces.extend(child.itertext())
            pieces.append(child.tail or "")
        beside = "".join(pieces)
        if han_count(beside) <= _BOX_CALL_HAN and not _BOX_STOP.search(beside):
            boxes.append(box)
    return boxes


def _choice_boxes(choices: list[etree._Element], fields: list[etree._Element]
                  ) -> list[etree._Element]:
    """For each text area, the smallest element holding it and :data:`_CHOICES_MIN` boxes
    to tick or more (a reader's feedback box, a poll with its comment)."""
    areas = [el for el in fields if el.tag == "textarea"]
    if len(choices) < _CHOICES_MIN or not areas:
        return []
    held: dict[etree._Element, int] = {}
    for choice in choices:
        for up in choice.iterancestors():
            held[up] = held.get(up, 0) + 1
    boxes = []
    for area in areas:
        for up in area.iterancestors():
            if up.tag in ("body", "html", "form"):
                break
            if held.get(up, 0) >= _CHOICES_MIN:
                boxes.append(up)
                break
    return boxes


def fillable(form: etree._Element) -> bool:
    """True when ``form`` holds a field a reader fills in or a button (a search box, a login,
    a comment's text area); hidden inputs do not count."""
    return bool(_FIELDS(form))


_TABLE_ROWS = 3


def _holds_text(form: etree._Element) -> bool:
    """True when ``form`` holds one sentence of text (10 Chinese characters or more closed by
    a stop) or a table of three rows or more with text in two cells each: what a page
    builder's article form (``<form name="_newscontent_fromname">``, no field in it) holds
    for a one-sentence notice over its attachments or a list published as a table. A form
    of a headline, an info line, an attachment's link and the previous and next items'
    links holds no text of the page's own."""
    carry = ""
    for text in form.itertext():
        pieces = _SENTENCE_END.split(carry + text)
        if len(pieces) > 1 and any(han_count(piece) >= 10 for piece in pieces[:-1]):
            return True
        carry = pieces[-1][-200:] + " "
    for table in form.iter("table"):
        rows = 0
        for row in table.iter("tr"):
            cells = [c for c in row if c.tag in ("td", "th") and "".join(c.itertext()).strip()]
            rows += len(cells) >= 2
            if rows >= _TABLE_ROWS:
                return True
    return False


def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (case-blind) for lower-case ASCII text: its words lower-cased, the case
    flag dropped. On ASCII text a case-blind match folds ASCII letters only, as
    ``str.lower`` does, so the twin finds a match in ``text.lower()`` exactly when
    ``pattern`` finds one in ``text``. Only for patterns whose escapes are all lower-case
    (lower-casing ``\\S`` or ``\\W`` would change them) and that hold no bracket range."""
    if not pattern.flags & re.IGNORECASE or re.search(r"\\[A-Z]|\[[^\]]*-[^\]]", pattern.pattern):
        raise ValueError(f"no case-sensitive twin for {pattern.pattern!r}")
    return re.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE)


# The three widget-class tests for an ASCII class string, searched lower-cased: a case-blind
# alternation of ~80 words folds the case of every character it compares (~2.4 times the
# time), and a page's class strings are nearly always ASCII.
_NEGATIVE_LOWER = _case_sensitive(_NEGATIVE)
_ABSTRACT_LOWER = _case_sensitive(_ABSTRACT)
_BODY_HINT_LOWER = _case_sensitive(BODY_HINT)


@lru_cache(maxsize=4096)
def _negative_class(cls: str) -> bool:
    """True for the class and id of a widget that is never the body (memoised: a page
    repeats a few hundred class strings across thousands of elements, and so does a site)."""
    if cls.isascii():
        low = cls.lower()
        return bool(_ABSTRACT_LOWER.search(low)
                    or (_NEGATIVE_LOWER.search(low) and not _BODY_HINT_LOWER.search(low)))
    return bool(_ABSTRACT.search(cls) or (_NEGATIVE.search(cls) and not BODY_HINT.search(cls)))


def negative_blocks(
    root: etree._Element, marked: list[etree._Element] | None = None,
    markup: str | None = None, hidden: set[etree._Element] | None = None,
    enough: Callable[[etree._Element, int], bool] = han_at_least,
    statement: Callable[[etree._Element], bool] | None = None,
    *, classes: dict[etree._Element, str] | None = None,
) -> list[etree._Element]:
    """Navigation, share, comment, related and ad blocks (by class or id; ``marked``: the
    page's elements with a class or id, when already found; ``classes``: every such
    element's :func:`classes_of`, when already read), hidden blocks and small
    forms: never the body. They are left in the tree until headline and date are read (a
    date printed in a ``zhaiyao`` block or an e-paper's date form is still the date). A
    form holding sentences of running text is the page's article form (CMSs such as
    Visual SiteBuilder wrap the article in one), not a small form. ``markup``: the text the
    tree was parsed from, if at hand (finding hidden blocks is cheaper with it); ``hidden``:
    the page's :func:`hidden_blocks`, when already found; ``enough``: :func:`han_at_least`
    or the same answer from counts kept for this tree (``TreeCounts.han_at_least``).

    With ``statement`` given (asked when the body found without it is weak: counting the
    page's prose costs time on every page), a class-marked block holding most of the page's
    prose is the text's own block whatever its class says (:class:`_TextHolders`), unless
    it reads as readers' comments, is hidden, or ``statement`` says it reads as the site's
    statement (a copyright statement under a notice that is a table of fields holds more
    prose than the notice)."""
    found = []
    inside: set[etree._Element] = set()
    if hidden is None:
        hidden = hidden_blocks(root, markup)
    shown: list[str] = []  # the page's shown text, read once when a long hidden block asks
    text = _TextHolders(root, enough) if statement is not None else None
    known = classes.get if classes is not None else None
    for el in [*(classed(root) if marked is None else marked), *root.iter("form"),
               *_UNMARKED_FORMS(root), *hidden]:
        cls = known(el, "") if known is not None else classes_of(el)
        if el.tag == "form" and el not in hidden and not _negative_class(cls) \
                and (has_prose(el) or (not fillable(el) and _holds_text(el))):
            continue
        if el.tag != "form" and el not in hidden and not _negative_class(cls) \
                and (el.get(FORM_MARK) is None or enough(el, _FORM_HAN)):
            continue
        if el in inside:
            found.append(el)  # inside a block already found: holds less text still
            continue
        if text is not None and el.tag != "form" and el not in hidden \
                and not _COMMENTS.search(cls) and text.holds_it(el, statement):
            continue  # the text's own block, whatever its class says
        # Never a block that holds most of the page's text (a mislabelled wrapper, or an
        # ASP.NET page whose whole body is one form) — except readers' comments.
        if not enough(el, 600) or (_COMMENTS.search(cls) and el not in hidden
                                          and not BODY_HINT.search(cls)) \
                or (el in hidden and _copy_of_shown(el, root, hidden, shown)):
            found.append(el)
            inside.update(el.iter())
    return found


# A hidden block is a copy of the shown text when pieces of this many Chinese characters,
# taken at these places of its text, are each shown elsewhere on the page.
_COPY_PIECE = 20
_COPY_AT = (0.1, 0.5, 0.9)


def _copy_of_shown(el: etree._Element, root: etree._Element, hidden: set[etree._Element],
                   shown: list[str]) -> bool:
    """True when the hidden block ``el`` holds a copy of text the page shows outside its
    hidden blocks: pieces of its text near its start, middle and end are each read there
    too (a read-aloud or print copy of the article kept hidden under the page, which holds
    as much text as the article and is no more of it). A hidden block whose text is shown
    nowhere else (a template that hides the text until a script shows it) is not one.
    ``shown``: the shown text's Chinese characters, filled on the first call."""
    own = han_only("".join(el.itertext()))
    if len(own) < len(_COPY_AT) * _COPY_PIECE:
        return False
    if not shown:
        top = [h for h in hidden if not any(up in hidden for up in h.iterancestors())]
        shown.append(han_only("".join(root.itertext())))
        shown.extend(han_only("".join(h.itertext())) for h in top)
    for at in _COPY_AT:
        start = min(int(len(own) * at), len(own) - _COPY_PIECE)
        piece = own[start:start + _COPY_PIECE]
        if shown[0].count(piece) <= sum(text.count(piece) for text in shown[1:]):
            return False
    return True


def spared_blocks(root: etree._Element, negative: list[etree._Element],
                  markup: str | None = None,
                  hidden: set[etree._Element] | None = None,
                  prose: bool = True) -> set[etree._Element]:
    """The blocks of ``negative`` that hold sentences of running text and are neither
    hidden nor readers' comments: widgets by their class words (``print_area``, ``side``),
    yet possibly the article's own wrapper. Asked only when the body found without them
    holds hardly any text (the later page of a paginated story is short, under the 600
    characters that keep a big wrapper from being taken for a widget). ``hidden``: the
    page's :func:`hidden_blocks`, when already found (the tree is unchanged since
    :func:`negative_blocks` found them; finding them again cost up to 2 ms). ``prose=False``:
    every such block, sentences or not (the last resort when no body is found at all)."""
    if hidden is None:
        hidden = hidden_blocks(root, markup)
    return {el for el in negative if el.tag != "form" and el not in hidden
            and not _COMMENTS.search(classes_of(el)) and (not prose or has_prose(el))}
