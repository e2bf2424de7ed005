"""HTML reader (lxml): headings, paragraphs, list items and table cells in document order.

Site chrome (navigation, banners, page header and footer outside the article) is read as well but marked
`Region.CHROME`, so that later stages can drop it and the build report can list it. Scripts, styles and the
document head are not text at all and are never read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..model.blocks import Block, Cell, Kind, ReadResult, Region, renumber
from ..model.errors import DocumentError
from ..vocab.text import collapse_whitespace
from .encodings import declared_encoding, encoding_of_bom

if TYPE_CHECKING:  # lxml is imported by `read`, when a page is read
    from lxml.html import HtmlElement, HTMLParser

NOT_TEXT = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "meta",
    "link",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "select",
    "input",
    "textarea",
}
CONTAINERS = {
    "html",
    "body",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "form",
    "fieldset",
    "figure",
    "center",
    "blockquote",
    "details",
    "summary",
    "address",
    "dl",
    "ul",
    "ol",
    "menu",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "hgroup",
}
TEXT_BLOCKS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "td",
    "th",
    "dt",
    "dd",
    "pre",
    "figcaption",
    "caption",
    "legend",
}
BLOCK_TAGS = CONTAINERS | TEXT_BLOCKS | {"hr", "br"}
BOLD_TAGS = {"b", "strong"}
EMPHASISED_BLOCKS = {"dt", "th"}  # browsers render a term and a header cell bold
CHROME_TAGS = {"nav", "aside"}
CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "menubar"}
LAYOUT_NAME = re.compile(r"(?:^|[-_\s])(?:sidebar|menu|nav)(?:[-_][\w-]*)?", re.I)
CHROME_NAME = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|breadcrumbs?|banner|masthead|site-?header|"
    r"site-?footer|footer|sidebar|skip-?link|cookie|topnav|toolbar|social|share)(?:$|[-_\s\d])",
    re.I,
)
# a class that says what state an element is in or what it holds ("has-footer", "with-sidebar", "no-nav"), not
# what it is
STATE_NAME = re.compile(r"^(?:has|with|without|no|is|show|hide)-", re.I)
WHITESPACE = re.compile(r"[ \t\r\n\f]+")  # HTML white space; NBSP is text and stays
# a DOCTYPE with an internal subset (entity declarations): HTML has none, and the HTML parser would show its tail
DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.I | re.S)
MAX_DEPTH = 256  # the HTML parser's own nesting limit (libxml2 without huge_tree): deeper pages are refused
# Text a browser does not show is not content: the `hidden` attribute, aria-hidden="true", and display:none or
# visibility:hidden in an element's style attribute or in a page stylesheet's rule for a plain .class or #id
HIDING = re.compile(
    r"(?:^|[;{\s])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important)?\s*(?:;|$|})", re.I
)
SIMPLE_SELECTOR = re.compile(r"^[.#][A-Za-z_-][\w-]*$")
# Text only a screen reader speaks ("Question Title", "Opens in a new window", "Step") is not on the page either: the
# classes frameworks and site kits give it, and a page stylesheet's visually-hidden rule (a 1px clipped box)
SCREEN_READER_ONLY = frozenset(
    {
        "sr-only",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-text",
        "screen-reader-only",
        "element-invisible",
        "govuk-visually-hidden",
        "usa-sr-only",
        "wb-inv",
    }
)
# (clipped to nothing, or to one pixel: "rect(0 0 0 0)", WordPress's and Drupal's "rect(1px, 1px, 1px, 1px)")
CLIPPED_AWAY = re.compile(
    r"clip\s*:\s*rect\(\s*(?:0|1px)(?:\s*,?\s*(?:0|1px)){3}\s*\)|clip-path\s*:\s*inset\(\s*50%", re.I
)


def read(path: Path, data: bytes | None = None) -> ReadResult:
    from lxml import etree
    from lxml import html as lxml_html

    data = path.read_bytes() if data is None else data
    if not data.strip():
        raise DocumentError("the file is empty", "replace it with the full document")
    text = decode_html(data).replace("\x00", "")
    if not text.strip():
        raise DocumentError("the file holds only white space", "replace it with the full document")
    # entities are never loaded (HTML has no external entities, no_network forbids any fetch); a DTD's internal
    # subset is dropped, or the parser would show its tail as text
    text = DOCTYPE_SUBSET.sub("<!DOCTYPE html>", text[:65536], count=1) + text[65536:]
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=False)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        if "empty" in str(exc).lower():
            raise DocumentError("the HTML holds no content", "replace it with the full page") from exc
        raise DocumentError(f"not readable as HTML: {exc}", "check that the file is a web page") from exc
    _check_limits(parser)
    walker = _HtmlWalker(
        has_content_root=_has_content_root(root),
        hiding=hiding_selectors(root),
        panels=controlled_panels(root),
        summaries=summary_levels(root),
    )
    body = root.find("body")
    walker.walk(body if body is not None else root, chrome=False)
    title_el = root.find(".//title")
    title = WHITESPACE.sub(" ", title_el.text_content()).strip() if title_el is not None else None
    return ReadResult(blocks=renumber(walker.blocks), title=title or None)


CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode_html(data: bytes) -> str:
    """The page's text: a BOM or a <meta charset> decides; without either, UTF-8, then Windows-1252 (lxml alone
    would read an undeclared UTF-8 page as Latin-1)."""
    bom = encoding_of_bom(data)
    if bom:
        return XML_DECLARATION.sub("", data.decode(bom, errors="replace"))
    declared = CHARSET.search(data[:4096])
    trusted = declared_encoding(declared.group(1).decode("ascii", "replace")) if declared else None
    for encoding in ([trusted] if trusted else []) + ["utf-8"]:
        try:
            return XML_DECLARATION.sub("", data.decode(encoding))
        except (LookupError, UnicodeDecodeError):
            continue
    return XML_DECLARATION.sub("", data.decode("cp1252", errors="replace"))


def _check_limits(parser: HTMLParser) -> None:
    """The parser stops at its safety limits (nesting depth, huge text nodes) and, recovering, would silently drop
    what lies beyond: refuse the page instead."""
    for error in parser.error_log:
        if (
            error.type_name == "ERR_RESOURCE_LIMIT"
            or "Excessive depth" in error.message
            or "huge" in error.message.lower()
        ):
            if "depth" in error.message.lower():
                raise DocumentError(
                    f"the HTML is nested too deeply: more than {MAX_DEPTH} levels of elements",
                    "simplify the page, or save it as PDF and add that",
                )
            raise DocumentError(
                f"the HTML exceeds the parser's safety limits ({error.message.strip()})",
                "simplify the page, or save it as PDF and add that",
            )


def _has_content_root(root: HtmlElement) -> bool:
    return bool(root.xpath("//main|//article|//*[@role='main']"))


def _is_chrome(el: HtmlElement, has_content_root: bool, inside_content: bool) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in CHROME_TAGS or (el.get("role") or "").lower() in CHROME_ROLES:
        return True
    if tag in ("header", "footer") and not inside_content:
        return True
    names = " ".join(n for n in f"{el.get('id') or ''} {el.get('class') or ''}".split() if not STATE_NAME.match(n))
    if names.strip() and CHROME_NAME.search(names) and tag not in TEXT_BLOCKS:
        # a layout name is weaker evidence than a tag or a role ("sidebar-with-body" holds the page): chrome by
        # such a name is mostly links, as menus and link bars are, or holds little text
        if not LAYOUT_NAME.search(names) or CHROME_NAME.search(LAYOUT_NAME.sub(" ", names)):
            return True
        return _link_density(el) >= 0.5 or len(" ".join(el.itertext()).split()) < 40
    return False


def _link_density(el: HtmlElement) -> float:
    """The share of an element's text that is link text."""
    total = len(" ".join(el.itertext()).split())
    if not total:
        return 1.0
    linked = sum(len(" ".join(a.itertext()).split()) for a in el.iter("a"))
    return linked / total


def hiding_selectors(root: HtmlElement) -> frozenset[str]:
    """The plain `.class` and `#id` selectors that the page's own stylesheets hide (display:none,
    visibility:hidden), outside @media and other at-rule blocks (a rule for print alone hides nothing on the
    screen). Linked stylesheets are never fetched."""
    selectors: set[str] = set()
    for style in root.iter("style"):
        for selector_list, declarations in _top_level_rules(style.text or ""):
            if HIDING.search(declarations) or CLIPPED_AWAY.search(declarations):
                selectors.update(s.strip() for s in selector_list.split(",") if SIMPLE_SELECTOR.match(s.strip()))
    return frozenset(selectors)


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """(selectors, declarations) of each rule not inside an at-rule's block; comments removed."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    rules, depth, start, selector = [], 0, 0, ""
    for n, ch in enumerate(css):
        if ch == "{":
            if depth == 0:
                selector, start = css[start:n].strip(), n + 1
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0:
                if not selector.startswith("@"):
                    rules.append((selector, css[start:n]))
                start = n + 1
    return rules


def controlled_panels(root: HtmlElement) -> frozenset[str]:
    """Ids of the panels a page's controls open (aria-controls, href="#id", data-target) or its script shows (a
    hidden element whose id the script names, as a published spreadsheet's sheets): an accordion's or a tab's
    collapsed content, hidden until the reader clicks, is content all the same."""
    ids: set[str] = set()
    scripts = " ".join(el.text or "" for el in root.iter("script"))
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ident = el.get("id") or ""
        if ident and scripts and HIDING.search(el.get("style") or "") and _named_in(ident, scripts):
            ids.add(ident)  # a sheet or pane the page's script shows ("switchToSheet('0')"): content once shown
        ids.update((el.get("aria-controls") or "").split())
        for attr in ("href", "data-target", "data-bs-target"):
            value = el.get(attr) or ""
            if value.startswith("#") and len(value) > 1:
                ids.add(value[1:])
    return frozenset(ids)


def _named_in(ident: str, scripts: str) -> bool:
    return f'"{ident}"' in scripts or f"'{ident}'" in scripts


def _is_panel(el: HtmlElement, panels: frozenset[str]) -> bool:
    return (
        (el.get("id") or "") in panels
        or (el.get("role") or "") in ("tabpanel", "region", "dialog")
        or (el.get("aria-labelledby") is not None)
    )


def _is_hidden(el: HtmlElement, hiding: frozenset[str], panels: frozenset[str] = frozenset()) -> bool:
    """An element a browser does not show (see HIDING), unless it is a collapsed panel a control opens."""
    hidden = (el.get("aria-hidden") or "").strip().lower() == "true" or el.get("hidden") is not None
    if hidden or HIDING.search(el.get("style") or ""):
        return not _is_panel(el, panels)
    classes = (el.get("class") or "").split()
    if SCREEN_READER_ONLY.intersection(classes):
        return True
    if hiding:
        names = {f".{c}" for c in classes}
        if el.get("id"):
            names.add(f"#{el.get('id')}")
        return bool(names & hiding) and not _is_panel(el, panels)
    return False


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def summary_levels(root: HtmlElement) -> dict[HtmlElement, int]:
    """The heading level of each `<summary>` that holds no heading of its own: a disclosure's title heads its
    panel as a heading would, one level below the page heading in force before the outermost `<details>`, one
    more for each `<details>` it is nested in ("Core Competences" over "Thinking Things Through"). An accordion's
    toggle button outside any heading is such a title too, one level below the heading in force."""
    levels: dict[HtmlElement, int] = {}
    in_force = 1
    for el in root.iter(*HEADINGS, "summary", "button"):
        depth = sum(1 for a in el.iterancestors("details"))
        if el.tag == "button":
            in_heading = next(el.iterancestors(*HEADINGS, "summary"), None) is not None
            if _disclosure(el) and not _repeated_in_panel(el) and not in_heading:
                levels[el] = min(6, in_force + depth + 1)
            continue
        if el.tag != "summary":
            if not depth:
                in_force = int(el.tag[1])
            continue
        if depth and next(el.iter(*HEADINGS, "p", "ul", "ol", "table"), None) is None:
            levels[el] = min(6, in_force + depth)
    return levels


class _HtmlWalker:
    def __init__(
        self,
        has_content_root: bool,
        hiding: frozenset[str] = frozenset(),
        panels: frozenset[str] = frozenset(),
        summaries: dict[HtmlElement, int] | None = None,
    ):
        self.blocks: list[Block] = []
        self.hiding = hiding
        self.panels = panels
        self.summaries = summaries or {}
        self.has_content_root = has_content_root
        self.table_no = 0
        self.element_no = 0

    def walk(self, el: HtmlElement, chrome: bool, inside_content: bool = False, list_depth: int = 0) -> None:
        """Emit blocks for a container: its text-bearing children, and loose text between them as paragraphs."""
        loose: list[tuple[str, bool]] = []
        if el.text:
            loose.append((el.text, False))
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if not tag or _not_text(child) or _is_hidden(child, self.hiding, self.panels):
                if child.tail:
                    loose.append((child.tail, False))
                continue
            if tag in BLOCK_TAGS and tag != "br" or child in self.summaries:
                self._flush(loose, el, chrome)
                loose = []
                self._block(child, chrome, inside_content, list_depth)
            elif _holds_blocks(child):
                # an inline element wrapping paragraphs, lists and tables ("<span class='jobdescription'>" over
                # a job's whole text): a browser lays them out as blocks, so it is a container
                self._flush(loose, el, chrome)
                loose = []
                self.walk(
                    child,
                    chrome or _is_chrome(child, self.has_content_root, inside_content),
                    inside_content,
                    list_depth,
                )
            else:
                loose.extend(_inline_runs(child, keep_tail=False, hiding=self.hiding))  # the tail follows, once
            if child.tail:
                loose.append((child.tail, False))
        self._flush(loose, el, chrome)

    def _block(self, el: HtmlElement, chrome: bool, inside_content: bool, list_depth: int) -> None:
        tag = el.tag
        in_content = inside_content or tag in ("main", "article") or (el.get("role") or "") == "main"
        chrome = chrome or _is_chrome(el, self.has_content_root, in_content)
        if self.has_content_root and not in_content and tag in ("main", "article"):
            chrome = False
        if tag in ("ul", "ol", "menu"):
            self._list(el, chrome, in_content, list_depth)
        elif tag == "table" and layout_table(el):
            self._layout_table(el, chrome, in_content, list_depth)
        elif tag == "table":
            self._table(el, chrome, in_content)
        elif tag == "p" and WORD_LIST_PARAGRAPH.match(el.get("class") or ""):
            self._word_list_item(el, chrome, in_content)
        elif tag in TEXT_BLOCKS:
            kind = Kind.HEADING if re.fullmatch(r"h[1-6]", tag) else Kind.PARAGRAPH
            level = int(tag[1]) if kind is Kind.HEADING else None
            self._text_block(el, kind, chrome, in_content, heading_level=level)
        elif tag == "hr":
            return
        elif el in self.summaries:
            self._text_block(el, Kind.HEADING, chrome, in_content, heading_level=self.summaries[el])
        else:
            self._tab_label(el, chrome)
            self.walk(el, chrome, in_content, list_depth)

    def _word_list_item(self, el: HtmlElement, chrome: bool, inside_content: bool) -> None:
        """A paragraph Word saved as a list item ("MsoListParagraph", "MsoListBullet" ...): its bullet or number is
        typed text before the item's own ("·" in the Symbol font, "1."), its level in `mso-list` or its indent."""
        start = len(self.blocks)
        self._text_block(el, Kind.PARAGRAPH, chrome, inside_content)
        if len(self.blocks) != start + 1:
            return
        block = self.blocks[-1]
        typed = WORD_LIST_MARKER.match(block.text)
        if typed is None:
            return
        ordered = typed["glyph"] is None
        text = block.text[typed.end() :]
        lead = (
            block.lead[typed.end() :].lstrip() if block.lead and block.lead.startswith(typed.group(0)) else block.lead
        )
        self.blocks[-1] = replace(
            block,
            kind=Kind.LIST_ITEM,
            text=text,
            lead=lead or None,
            marker=typed["number"] if ordered else "•",
            ordered=ordered,
            list_depth=_word_list_depth(el.get("style") or ""),
        )

    def _tab_label(self, el: HtmlElement, chrome: bool) -> None:
        """A tab panel is labelled by its tab, a button elsewhere on the page (`aria-labelledby`): the tab's text
        ("Essential", "Level 2") heads the panel's content, one step above the panel's own headings."""
        if (el.get("role") or "").lower() != "tabpanel":
            return
        tabs = _tabs_of(el)
        text = collapse_whitespace(" ".join(t.text_content() for t in tabs if not _inside(t, el)))
        if not text:
            return
        inner = [int(h.tag[1]) for h in el.iter("h1", "h2", "h3", "h4", "h5", "h6")]
        level = max(1, min(inner) - 1) if inner else None
        runs = [(text, True)]
        self._emit(runs, el, Kind.HEADING if level else Kind.PARAGRAPH, chrome, level, 0, None, False, None)

    def _list(self, el: HtmlElement, chrome: bool, inside_content: bool, depth: int, cell: Cell | None = None) -> None:
        """A list's items; inside a table cell they stay in that cell."""
        ordered = el.tag == "ol"
        number = int(el.get("start") or 1) if ordered else 0
        for child in el:
            if not isinstance(child.tag, str) or _not_text(child) or _is_hidden(child, self.hiding, self.panels):
                continue
            if child.tag == "li" and _opens_with_heading(child):
                # an outline's entry ("<li><h3>Name</h3><p>...</p><ol>...</ol></li>"): its heading heads the rest,
                # as on the page, rather than a list item of the paragraph's text printed before its heading
                self.walk(child, chrome, inside_content, depth)
                number += 1
            elif child.tag == "li":
                marker = f"{number}." if ordered else "•"
                self._text_block(
                    child,
                    Kind.LIST_ITEM,
                    chrome,
                    inside_content,
                    list_depth=depth,
                    marker=marker,
                    ordered=ordered,
                    cell=cell,
                )
                number += 1
            else:
                self._block(child, chrome, inside_content, depth)

    def _layout_table(self, el: HtmlElement, chrome: bool, inside_content: bool, list_depth: int) -> None:
        """A table that lays out the page: each cell read as a part of the page, in reading order."""
        for td in _own_cells(el):
            if not _is_hidden(td, self.hiding, self.panels):
                cell_chrome = chrome or _is_chrome(td, self.has_content_root, inside_content)
                self.walk(td, cell_chrome, inside_content, list_depth)

    def _table(self, el: HtmlElement, chrome: bool, inside_content: bool) -> None:
        self.table_no += 1
        table_no = self.table_no
        rows = [
            tr
            for tr in _own_rows(el)
            if not _is_hidden(tr, self.hiding, self.panels) and not _is_hidden(tr.getparent(), self.hiding, self.panels)
        ]
        below: dict[int, int] = {}  # column -> rows still to come that a cell above spans into (rowspan)
        for r, tr in enumerate(rows, start=1):
            cells = _row_cells(tr)
            header = bool(cells) and all(c.tag == "th" for c in cells) or tr.getparent().tag == "thead"
            spanned = {k for k, n in below.items() if n > 0}
            below = {k: n - 1 for k, n in below.items() if n > 1}
            c = 1
            for td in cells:
                while c in spanned:
                    c += 1  # the column of a cell above that spans this row: the next cell stands right of it
                rows_spanned = _span(td.get("rowspan"), MAX_SPAN)
                columns_spanned = _span(td.get("colspan"), MAX_SPAN)
                if rows_spanned > 1:
                    below.update(dict.fromkeys(range(c, c + columns_spanned), rows_spanned - 1))
                if not _is_hidden(td, self.hiding, self.panels):
                    cell = Cell(table=table_no, row=r, col=c, header=header)
                    self._text_block(td, Kind.TABLE_CELL, chrome, inside_content, cell=cell)
                c += columns_spanned

    def _text_block(
        self,
        el: HtmlElement,
        kind: Kind,
        chrome: bool,
        inside_content: bool,
        heading_level: int | None = None,
        list_depth: int = 0,
        marker: str | None = None,
        ordered: bool = False,
        cell: Cell | None = None,
    ) -> None:
        """A text-bearing element: its own text becomes one block; nested lists and tables are walked after it. A
        description or paragraph-like element holding paragraphs of its own (`<dd><p>..</p><p>..</p></dd>`) is a
        container: each paragraph is a block."""
        chrome = chrome or _is_chrome(el, self.has_content_root, inside_content)
        if (
            kind is Kind.PARAGRAPH
            and heading_level is None
            and any(isinstance(c.tag, str) and c.tag == "p" for c in el)
        ):
            self.walk(el, chrome, inside_content, list_depth)
            return
        paragraphs = [c for c in el if isinstance(c.tag, str) and c.tag == "p"]
        if (
            kind is Kind.TABLE_CELL
            and len(paragraphs) >= 2
            and not (el.text or "").strip()
            and _bold_title(paragraphs[0])
        ):
            # a cell of paragraphs ("<p><strong>Builds teams</strong></p><p>Develops ...</p>"): one block each, as
            # a word processor's cell gives them, so that a bold first line can head the rest
            for child in el:
                if not isinstance(child.tag, str) or _not_text(child) or _is_hidden(child, self.hiding, self.panels):
                    continue
                if child.tag in ("ul", "ol", "menu"):
                    self._list(child, chrome, inside_content, list_depth + 1, cell)
                else:
                    self._text_block(child, Kind.TABLE_CELL, chrome, inside_content, cell=cell)
            return
        runs: list[tuple[str, bool]] = []
        nested: list[HtmlElement] = []
        if el.text:
            runs.append((el.text, False))
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if not tag or _not_text(child) or _is_hidden(child, self.hiding, self.panels):
                pass
            elif tag in ("ul", "ol", "menu", "table") or (
                tag in TEXT_BLOCKS and tag != "p" and kind is not Kind.TABLE_CELL
            ):
                nested.append(child)
            elif tag in BLOCK_TAGS and tag not in ("br",):
                if runs:
                    runs.append(("\n", False))
                runs.extend(_inline_runs(child, keep_tail=False, hiding=self.hiding))
                runs.append(("\n", False))
            else:
                runs.extend(_inline_runs(child, keep_tail=False, hiding=self.hiding))
            if child.tail:
                (runs if not nested else runs).append((child.tail, False))
        self._emit(runs, el, kind, chrome, heading_level, list_depth, marker, ordered, cell)
        for child in nested:
            if child.tag in ("ul", "ol", "menu"):
                self._list(child, chrome, inside_content, list_depth + 1, cell)
            else:
                self._block(child, chrome, inside_content, list_depth)

    def _flush(self, runs: list[tuple[str, bool]], el: HtmlElement, chrome: bool) -> None:
        self._emit(runs, el, Kind.PARAGRAPH, chrome, None, 0, None, False, None)

    def _emit(
        self,
        runs: list[tuple[str, bool]],
        el: HtmlElement,
        kind: Kind,
        chrome: bool,
        heading_level: int | None,
        list_depth: int,
        marker: str | None,
        ordered: bool,
        cell: Cell | None,
    ) -> None:
        text, bold, lead = _compose(runs)
        if not text and cell is None:
            return
        self.element_no += 1
        locator = (
            f"table {cell.table} row {cell.row} col {cell.col}" if cell else f"element {self.element_no} <{el.tag}>"
        )
        self.blocks.append(
            Block(
                kind=kind,
                text=text,
                locator=locator,
                heading_level=heading_level,
                list_depth=list_depth,
                marker=marker,
                ordered=ordered,
                bold=bold or kind is Kind.HEADING or el.tag in EMPHASISED_BLOCKS,
                lead=lead,
                region=Region.CHROME if chrome else Region.BODY,
                cell=cell,
            )
        )


MAX_SPAN = 64  # a rowspan or colspan beyond any real table's size is a typo or an attack, not a layout


# Word's "Web Page, Filtered" list paragraphs, and the bullet or number it types before each one's text
WORD_LIST_PARAGRAPH = re.compile(r"^Mso(?:ListParagraph|ListBullet|ListNumber|List\d)", re.I)
WORD_LIST_MARKER = re.compile(
    r"^\s*(?:(?P<glyph>[·•o§▪\uf0b7\uf0a7\uf0d8-])|(?P<number>(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]))[\s\u00a0]+(?=\S)"
)
WORD_LIST_LEVEL = re.compile(r"mso-list:\s*l\d+\s+level(?P<level>\d)", re.I)
WORD_LIST_MARGIN = re.compile(r"margin-left:\s*(?P<pt>[\d.]+)pt", re.I)
WORD_LIST_STEP = 36.0  # points Word indents each list level by


def _word_list_depth(style: str) -> int:
    level = WORD_LIST_LEVEL.search(style)
    if level:
        return int(level["level"]) - 1
    margin = WORD_LIST_MARGIN.search(style)
    return max(0, round(float(margin["pt"]) / WORD_LIST_STEP) - 1) if margin else 0


def _span(value: str | None, highest: int) -> int:
    """A rowspan or colspan as a count of at least 1, at most `highest` ("0", "x", "2.5" read as browsers do)."""
    m = re.match(r"\s*(\d+)", value or "")
    return min(max(int(m.group(1)), 1), highest) if m else 1


def _holds_blocks(el: HtmlElement) -> bool:
    """Does an inline element hold block elements (paragraphs, lists, tables, headings) of its own?"""
    return any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS and d.tag != "br" for d in el.iterdescendants())


def _bold_title(p: HtmlElement) -> bool:
    """A paragraph that is a short bold line and nothing else ("<p><strong>Builds teams</strong></p>")."""
    text = collapse_whitespace(p.text_content())
    bold = collapse_whitespace(" ".join(b.text_content() for b in p.iter("strong", "b")))
    return bool(text) and text == bold and len(text.split()) <= 10


def _opens_with_heading(li: HtmlElement) -> bool:
    """Does a list item open with a heading element, no text before it?"""
    first = next((c for c in li if isinstance(c.tag, str) and not _not_text(c)), None)
    return first is not None and bool(re.fullmatch(r"h[1-6]", first.tag)) and not (li.text or "").strip()


def _inside(el: HtmlElement, container: HtmlElement) -> bool:
    return any(a is container for a in el.iterancestors())


def layout_table(table: HtmlElement) -> bool:
    """A table that lays out a page rather than holding data (the old way of building a page: a navigation
    column beside a content column; a job board's "Job Description" cell holding the whole posting): a cell holds
    the page's outline, two headings or more, a heading over a table of its own, or a document's worth of
    paragraphs and lists, or text beside a table of its own."""
    for td in _own_cells(table):
        headings = [h for h in td.iter(*HEADINGS) if _nearest_table(h) is table]
        nested = [t for t in td.iter("table") if t is not td and _nearest_table(t) is table]
        if len(headings) >= 2 or headings and nested:
            return True
        if nested and any(_nearest_table(b) is table for b in td.iter("p", "ul", "ol", "dl")):
            return True  # text of its own beside a table of its own: the page laid out in a cell, not a datum
        blocks = [b for b in td.iter(*PAGE_BLOCKS) if _nearest_table(b) is table]
        if len(blocks) >= PAGE_OF_BLOCKS and any(b.tag in ("ul", "ol") for b in blocks):
            return True
    return False


PAGE_BLOCKS = ("p", "ul", "ol", "dl", "blockquote", *HEADINGS)
PAGE_OF_BLOCKS = 10  # a level's cell holds a paragraph and a list or two; a page's text holds many


def _own_rows(table: HtmlElement) -> list[HtmlElement]:
    """A table's own rows, not those of the tables nested in its cells."""
    return [tr for tr in table.iter("tr") if _nearest_table(tr) is table]


def _row_cells(tr: HtmlElement) -> list[HtmlElement]:
    return [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]


def _own_cells(table: HtmlElement) -> list[HtmlElement]:
    """The cells of a table's own rows, in reading order."""
    return [c for tr in _own_rows(table) for c in _row_cells(tr)]


def _nearest_table(el: HtmlElement) -> HtmlElement | None:
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _not_text(el: HtmlElement) -> bool:
    """Scripts, styles, form controls: no text of the document. A disclosure button is the exception: the button
    that opens an accordion's panel (`aria-expanded`, `aria-controls`, a collapse toggle) carries that panel's title,
    the competency's name in a framework page ("<h3><button aria-controls="c1">Integrity</button></h3>"). A tab
    is not read here (its panel is headed by it, `_tab_label`), nor a button whose panel repeats its label."""
    if el.tag == "label":
        return _labels_a_blank(el)
    if el.tag == "a" and (el.get("href") or "").startswith("#") and el.text_content().strip() in PERMALINK_MARKS:
        return True  # a heading's permalink ("Applied Skills#"): a mark to click, no text of the heading
    if (el.get("role") or "").lower() == "tablist" and _heads_panels(el):
        return True  # its tabs' text heads their panels where they stand (`_tab_label`), not here again
    if el.tag not in NOT_TEXT:
        return False
    if not _disclosure(el):
        return True
    return _repeated_in_panel(el)


PERMALINK_MARKS = frozenset({"#", "¶", "§", "🔗", "⚓"})


def _heads_panels(tablist: HtmlElement) -> bool:
    """Does every tab of the list label a tab panel of the page (`aria-labelledby` on the panel names the tab, or
    the tab points at the panel: `href="#id"`, `aria-controls`, a `data-target`)?"""
    tabs = [t for t in tablist.iter() if isinstance(t.tag, str) and (t.get("role") or "").lower() == "tab"]
    if not tabs:
        return False
    labelling = {
        id(t)
        for panel in tablist.getroottree().iter()
        if isinstance(panel.tag, str) and (panel.get("role") or "").lower() == "tabpanel"
        for t in _tabs_of(panel)
    }
    return all(id(t) in labelling for t in tabs)


def _tabs_of(panel: HtmlElement) -> list[HtmlElement]:
    """The tabs that label a tab panel: those its `aria-labelledby` names, else those pointing at its id."""
    root = panel.getroottree().getroot()
    named = [
        t for i in (panel.get("aria-labelledby") or "").split() if (t := root.get_element_by_id(i, None)) is not None
    ]
    if named or not panel.get("id"):
        return named
    return _tabs_by_target(root).get(panel.get("id") or "", [])


@lru_cache(maxsize=1)
def _tabs_by_target(root: HtmlElement) -> dict[str, list[HtmlElement]]:
    """The page's tabs by the id of the panel each points at (`href="#id"`, `aria-controls`, a `data-target`),
    gathered once per page rather than once per panel."""
    out: dict[str, list[HtmlElement]] = {}
    for tab in root.iter():
        if not isinstance(tab.tag, str) or (tab.get("role") or "").lower() != "tab":
            continue
        targets = set((tab.get("aria-controls") or "").split())
        for pointer in (tab.get("href"), tab.get("data-target"), tab.get("data-bs-target")):
            if pointer and pointer.startswith("#"):
                targets.add(pointer[1:])
        for target in sorted(targets):
            out.setdefault(target, []).append(tab)
    return out


def _disclosure(el: HtmlElement) -> bool:
    """A button that opens and closes a panel (`aria-expanded`, `aria-controls`, a collapse toggle), not a tab."""
    if el.tag != "button" or (el.get("role") or "").lower() == "tab":
        return False
    toggle = (el.get("data-bs-toggle") or el.get("data-toggle") or "").lower()
    return el.get("aria-expanded") is not None or bool(el.get("aria-controls")) or toggle == "collapse"


# input types one writes into: their labels ask for text ("Goal", "Action steps"); a checkbox's or a radio button's
# label may be the statement it ticks ("Listens actively"), so it stays
WRITTEN_INPUTS = {"text", "email", "search", "tel", "url", "number", "date", "password", ""}


def _labels_a_blank(label: HtmlElement) -> bool:
    """A form's label for a field to write in (a `<textarea>`, a text `<input>`): a prompt of the form, no text of
    the document."""
    controls = [c for c in label.iter("textarea", "input")]
    target = label.get("for")
    if target:
        found = label.getroottree().getroot().get_element_by_id(target, None)
        controls += [found] if found is not None else []
    return any(c.tag == "textarea" or (c.get("type") or "").strip().lower() in WRITTEN_INPUTS for c in controls)


def _repeated_in_panel(button: HtmlElement) -> bool:
    """Does the panel a disclosure button opens begin with the button's label, or with a heading the label
    begins with (a pane heading "Level 1" under the button "Level 1 - Developing")? Then the panel's copy is the one
    read, in its place in the content's outline. The panel is the one named by `aria-controls`, else the element
    after the button (or after the heading holding it)."""
    label = collapse_whitespace(button.text_content()).lower()
    root = button.getroottree().getroot()
    panels = [root.get_element_by_id(i, None) for i in (button.get("aria-controls") or "").split()]
    holder = button.getparent() if button.getnext() is None and button.getparent() is not None else button
    panels.append(holder.getnext())
    for panel in panels:
        if panel is None or not isinstance(panel.tag, str):
            continue
        if collapse_whitespace(panel.text_content()).lower().startswith(label):
            return True
        first = next(panel.iter("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"), None)
        heading = collapse_whitespace(first.text_content()).lower() if first is not None else ""
        if (
            heading
            and label.startswith(heading)
            and collapse_whitespace(panel.text_content()).lower().startswith(heading)
        ):
            return True
    return False


def _inline_runs(
    el: HtmlElement, keep_tail: bool = True, bold: bool = False, hiding: frozenset[str] = frozenset()
) -> list[tuple[str, bool]]:
    """(text, bold) runs of an inline element and its descendants, <br> as a line break; hidden ones left out."""
    tag = el.tag if isinstance(el.tag, str) else ""
    runs: list[tuple[str, bool]] = []
    if not tag or _not_text(el) or _is_hidden(el, hiding):
        return [(el.tail, bold)] if keep_tail and el.tail else []
    bold = bold or tag in BOLD_TAGS or _css_bold(el) or tag == "button"  # a disclosure's label is a title
    if tag == "br":
        runs.append(("\n", bold))
    elif el.text:
        runs.append((el.text, bold))
    for child in el:
        runs.extend(_inline_runs(child, keep_tail=True, bold=bold, hiding=hiding))
    if keep_tail and el.tail:
        runs.append((el.tail, False))
    return runs


def _css_bold(el: HtmlElement) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return "font-weight:bold" in style or "font-weight:700" in style


def _compose(runs: list[tuple[str, bool]]) -> tuple[str, bool, str | None]:
    """Join runs into block text, collapsing HTML white space within lines; report whole or leading boldness."""
    pieces: list[tuple[str, bool]] = []
    for text, bold in runs:
        if text == "\n":
            pieces.append(("\n", bold))
        else:
            pieces.append((WHITESPACE.sub(" ", text), bold))
    text = "".join(p for p, _ in pieces)
    text = "\n".join(line.strip(" ") for line in text.split("\n")).strip("\n ")
    text = re.sub(r"\n{2,}", "\n", text)
    visible = [(p, b) for p, b in pieces if p.strip()]
    if not visible:
        return text, False, None
    if all(b for _, b in visible):
        return text, True, None
    lead = ""
    for p, b in pieces:
        if p.strip() and not b:
            break
        lead += p
    lead = WHITESPACE.sub(" ", lead).strip()
    return text, False, lead or None
