"""Plain-text and Markdown reader: blocks from lines, lists, headings and pipe tables recognised by their markup.

- A paragraph is the run of lines up to a blank line: in Markdown always (CommonMark), in plain text where the
  lines are hard-wrapped (a line that fills most of the text's width goes on in the next one); short lines of
  their own stay blocks of their own (a name, a level label).
- Headings: Markdown's `#` headings, and a line underlined with `===` or `---` of about its length (setext); in
  plain text any reStructuredText adornment (`~~~`, `^^^`, `***`, ...), levels in the order the characters first
  appear; a longer rule is a separator.
- A text browser's dump: its link numbers ("[12]Careers") are removed.
- Markdown's YAML front matter is metadata (its `title:` is the document's title), template shortcodes
  (`{{% ... %}}`) are no text, and inline markup (links, emphasis, code) is reduced to its text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from ..model.blocks import Block, Cell, Kind, ReadResult, Region, renumber
from ..vocab.language import is_imperative
from ..vocab.text import collapse_whitespace
from .encodings import decode
from .text_columns import LETTERED_CODE, join_label_column, split_columns, split_label_column

BULLET_GLYPHS = "•●○◦▪▫■□◆◇►▶➢➤✓✔‣⁃∙·*+-–—o\uf0b7\uf0a7\uf076\uf0d8\uf0fc"
BULLET_LINE = re.compile(rf"^(?P<indent>\s*)(?P<marker>[{re.escape(BULLET_GLYPHS)}])(?:\s+|$)(?P<text>.*)$")
NUMBER_LINE = re.compile(
    r"^(?P<indent>\s*)(?P<marker>(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2}[A-Z]{1,2})[.)]|(?!\(c\)\s+(?i:copyright|crown|\d{4}))\((?:\d{1,3}|[a-z]|[ivx]{1,4})\))\s+(?P<text>\S.*)$"
    # an outline code set in from the margin with a gap after it, as a PDF's text export lays out numbered items
    # ("   3.1  Adapts communication to ...", "   T-1  Analyze the existing order ..."); at the margin "3.1 Title"
    # numbers a section
    rf"|^(?P<indent2>\s+)(?P<code>\d{{1,2}}(?:\.\d{{1,2}})+|{LETTERED_CODE})\.?\s{{2,}}(?P<text2>\S.*)$"
)
SUB_NUMBER = re.compile(r"^\d{1,2}[A-Z]{1,2}[.)]$")
# Pandoc's attributes after a heading ("# Introduction {#sec:introduction}", "{.unnumbered}") are no part of it
MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)(?:\s+\{[#.][^{}]*\})?\s*#*\s*$")
MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
# MkDocs (pymdownx) content tabs and collapsible blocks: `=== "Entry Level"`, `??? note "Examples"`: a titled pane,
# read as a heading one level below the heading in force (as an HTML page's tabs and accordions are)
MD_PANE = re.compile(r"^\s*(?:===|\?\?\?|!!!)\+?(?:\s+[\w-]+)*\s*(?:\"(?P<text>[^\"]*)\")?\s*$")
MD_ICON = re.compile(r":[a-z0-9]+(?:[-_][a-z0-9]+)+:\s*")  # an icon's shortcode (":material-battery-10:")
MD_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
# reStructuredText's section adornments, in plain text: a line of one punctuation character under a title
TEXT_UNDERLINE = re.compile(r"^\s*(([=\-~^\"'`#*+_:.])\2{2,})\s*$")
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
MD_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)([^_]+?)(?<!\s)_(?![\w_])")
MD_CODE = re.compile(r"`([^`]+)`")
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
# a reference-style link, "[text][ref]" or "[text][]": its text
MD_REF_LINK = re.compile(r"!?\[([^\]]+)\]\[[^\]]*\]")
MD_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+(?:\s+[\"'(].*[\"')])?\s*$")
MD_QUOTE = re.compile(r"^(\s*)(?:>[ \t]?)+")
SHORTCODE = re.compile(r"^\s*\{\{[%<].*[%>]\}\}\s*$")
# a fenced div's fence (Pandoc, MyST: "::: {.checklist}", ":::"): markup around its content, no text
MD_FENCE_DIV = re.compile(r"^\s*:{3,}\s*(?:\{[^{}]*\}|[\w-]+)?\s*:*\s*$")
# a task list's box ("- [ ] Ask two colleagues ...", "- [x] ..."): a box to tick, not text
MD_TASK_BOX = re.compile(r"^\[[ xX]\]\s+")
FRONT_MATTER_TITLE = re.compile(r"^title:\s*[\"']?(?P<title>.*?)[\"']?\s*$")
# a labelled line ("Related competencies: ..."), or a label alone over its content ("Behavioural indicators:")
LABEL_START = re.compile(r"^[A-Z][\w'’ -]{0,30}:(?:\s|$)|^[A-Z][\w'’]*(?: [\w'’&]+){0,4} [-–—] [A-Z]")
BANNER = re.compile(r"^([=#*~+-])\1{1,}\s+(?P<text>\S.{0,100}?\S)\s+\1{2,}$")
BOXED = re.compile(r"^([#*|])\s+(?P<text>\S.{0,100}?\S)\s+\1$")
CITATION_START = re.compile(r"^[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?)+.{0,120}?\((?:1[89]|20)\d\d[a-z]?\)")
WRAPPED = 0.9  # share of the text's usual line length a wrapped line fills, with the next line's first word


def read(path: Path, data: bytes | None = None) -> ReadResult:
    text = decode(path.read_bytes() if data is None else data)
    markdown = path.suffix.lower() in (".md", ".markdown")
    # a form feed is a page break even where the page's last line runs into it ("...Framework   1\fGREEN CLUSTER")
    lines = re.sub(r"(?<!\n)\f", "\n\f", text).split("\n")
    title = None
    if markdown:
        lines, title = _front_matter(lines)
        # a shortcode, or a link's reference definition ("[crucial]: https://..."): markup, no text of the page
        lines = [
            "" if SHORTCODE.match(line) or MD_LINK_DEFINITION.match(line) or MD_FENCE_DIV.match(line) else line
            for line in lines
        ]
        lines = _without_html(html_tables(lines))
    origin: list[int] | None = None
    if not markdown:
        lines = _without_link_numbers(lines)
        if _tab_delimited(lines):
            return ReadResult(blocks=renumber(tab_delimited_blocks(text)), title=None)
        lines, origin = split_columns(lines)
        lines, moved = split_label_column(lines)
        origin = [origin[k - 1] for k in moved]
        lines, moved = join_label_column(lines)
        origin = [origin[k - 1] for k in moved]
    blocks = read_lines(lines, markdown)
    if origin is not None:
        # a line moved by reading two columns one after the other keeps its own line number
        blocks = [replace(b, locator=_renumbered(b.locator, origin)) for b in blocks]
    return ReadResult(blocks=renumber(blocks), title=title)


def _renumbered(locator: str, origin: list[int]) -> str:
    return re.sub(r"^line (\d+)", lambda m: f"line {origin[int(m[1]) - 1]}", locator)


def _tab_delimited(lines: list[str]) -> bool:
    """A spreadsheet saved as tab-delimited text: most lines hold two tabs or more."""
    filled = [line for line in lines if line.strip()]
    tabbed = [line for line in filled if line.count("\t") >= 2]
    return len(tabbed) >= 3 and len(tabbed) * 3 >= len(filled) * 2


def tab_delimited_blocks(text: str) -> list[Block]:
    """The rows of a tab-delimited export (quoted cells may hold line breaks): a row with one filled cell is a
    paragraph, a run of rows with two or more is one table, its first row the header."""
    import csv
    import io

    blocks: list[Block] = []
    table_no = 0
    row_no = 0
    for n, row in enumerate(csv.reader(io.StringIO(text), delimiter="\t"), start=1):
        cells = [collapse_whitespace(c) for c in row]
        filled = [c for c in cells if c]
        if len(filled) <= 1:
            row_no = 0
            if filled:
                blocks.append(Block(kind=Kind.PARAGRAPH, text=filled[0], locator=f"row {n}"))
            continue
        if row_no == 0:
            table_no += 1
        row_no += 1
        for c, cell in enumerate(cells, start=1):
            header = row_no == 1
            cell_ref = Cell(table=table_no, row=row_no, col=c, header=header)
            blocks.append(Block(kind=Kind.TABLE_CELL, text=cell, locator=f"row {n} col {c}", cell=cell_ref))
    return blocks


HTML_COMMENT = re.compile(r"<!--.*?-->")
HTML_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")  # not an autolink: <hello@x.org>, <https://...>
HTML_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)
HTML_SUMMARY = re.compile(r"<summary[^>]*>(?P<text>.*?)</summary>", re.I)
HTML_CHROME_LINE = re.compile(r"^\s*<(?P<tag>footer|nav|aside|small)\b[^>]*>.*</(?P=tag)>\s*$", re.I)


HTML_TABLE_START = re.compile(r"^\s*<table\b", re.I)
HTML_TABLE_END = re.compile(r"</table\s*>", re.I)
HTML_ROW_START = re.compile(r"<tr\b", re.I)


def html_tables(lines: list[str]) -> list[str]:
    """A raw HTML table in Markdown (`<table>` ... `</table>`, as handbooks write a matrix) as the pipe table it
    shows: each row on the line its `<tr>` opens, a cell's list items one "• item" line each, the table's other
    lines left blank so that every line keeps its number."""
    out = list(lines)
    n = 0
    while n < len(out):
        if not HTML_TABLE_START.match(out[n]):
            n += 1
            continue
        end = next((k for k in range(n, len(out)) if HTML_TABLE_END.search(out[k])), None)
        if end is None:
            break
        rows = _html_rows("\n".join(lines[n : end + 1]))
        starts = [k for k in range(n, end + 1) for _ in HTML_ROW_START.finditer(lines[k])]
        if len(starts) != len(rows) or len(set(starts)) != len(starts):
            starts = list(range(n, n + len(rows)))
        for k in range(n, end + 1):
            out[k] = ""
        for k, row in zip(starts, rows, strict=False):
            out[k] = "| " + " | ".join(row) + " |"
        n = end + 1
    return out


def _html_rows(html: str) -> list[list[str]]:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        table = lxml_html.fragment_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    rows = []
    for tr in table.iter("tr"):
        cells = []
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            items = [collapse_whitespace(li.text_content()) for li in cell.iter("li")]
            text = "<br>".join(f"• {t}" for t in items if t) if items else collapse_whitespace(cell.text_content())
            cells.append(text.replace("|", "\\|"))
        if cells:
            rows.append(cells)
    return rows


def _without_html(lines: list[str]) -> list[str]:
    """Markdown's raw HTML is markup, not text: comments and tags go, their text stays; a collapsible block's
    `<summary>` is the bold line it shows ("Example tasks")."""
    out = []
    for line in lines:
        if HTML_CHROME_LINE.match(line):
            out.append("")  # a page footer or navigation line written in HTML: site chrome
            continue
        line = HTML_COMMENT.sub("", line)
        # a line break inside a pipe table's cell ("• Mentors<br>• Gives feedback") parts the cell's lines
        line = HTML_BREAK.sub("\n" if _is_table_line(line.strip()) else " ", line)
        line = HTML_SUMMARY.sub(lambda m: f"**{m['text'].strip()}**" if m["text"].strip() else "", line)
        out.append(HTML_TAG.sub("", line) if HTML_TAG.search(line) else line)
    return out


LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=\S)")
LINK_TARGET = re.compile(r"^\s*\d{1,4}\.\s+\S+:\S*$")
LINK_RELATION = re.compile(r"^\s*#\[\d{1,4}\]\S*\s*$")


def _without_link_numbers(lines: list[str]) -> list[str]:
    """A text browser's dump (lynx, w3m -dump) numbers each link ("[12]Careers") and lists the targets under
    "References" at the end: the numbers are markup, not text, and the page's <link> lines ("#[1]alternate") are
    no content. Line numbers are kept."""
    has_references = any(line.strip() == "References" for line in lines[len(lines) // 2 :])
    if not has_references or sum(len(LINK_NUMBER.findall(line)) for line in lines) < 3:
        return lines
    out = ["" if LINK_RELATION.match(line) else LINK_NUMBER.sub("", line) for line in lines]
    start = max(n for n, line in enumerate(lines) if line.strip() == "References")
    if all(not line.strip() or LINK_TARGET.match(line) for line in lines[start + 1 :]):
        out[start:] = [""] * (len(lines) - start)  # the list of link targets
    return out


def _front_matter(lines: list[str]) -> tuple[list[str], str | None]:
    """Lines with a leading YAML front matter blanked (line numbers kept), and the title it names."""
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != "---":
        return lines, None
    end = next((n for n in range(first + 1, len(lines)) if lines[n].strip() in ("---", "...")), None)
    if end is None:
        return lines, None
    title = None
    for line in lines[first + 1 : end]:
        m = FRONT_MATTER_TITLE.match(line.strip())
        if m and m["title"]:
            title = m["title"]
    return [""] * (end + 1) + lines[end + 1 :], title


def read_lines(lines: list[str], markdown: bool) -> list[Block]:
    """Blocks of the lines, with a list item's continuation lines joined to it: in Markdown any line right under
    an item (no blank line between); in plain text a line indented past the item's marker."""
    out: list[Block] = []
    last_line = 0
    width = _line_width(lines)
    counts = Counter(line.strip() for line in lines if 0 < len(line.strip()) <= 80)
    running = {text for text, n in counts.items() if n >= 3 and not BULLET_LINE.match(text)}  # headers, footers
    pages = _pages(lines)
    margins = _page_margins(lines)
    numbered = _beside_page_numbers(lines, running)
    for n, block in _blocks(lines, markdown):
        if lines[n - 1].strip() in numbered and "\n" not in block.text:
            # "2" / "Core Competencies for Public Health in Canada: Release 1.0" in the text's flow, page after
            # page: a PDF's running footer copied with its page number, however far from any page break
            block = replace(block, region=Region.FOOTER)
        page_break = lines[n - 1].lstrip(" \t").startswith("\f")
        block = replace(block, gap_before=n == 1 or not lines[n - 2].strip() or page_break)
        if pages:
            block = replace(block, page=pages[n - 1], region=margins.get(n, block.region))
        if _standalone_numbered_title(block, lines, n) and not _next_in_list(out[-1] if out else None, block):
            # "5. Managing finances" alone between blank lines numbers a section, not a list
            block = replace(block, kind=Kind.PARAGRAPH, text=f"{block.marker} {block.text}", marker=None, ordered=False)
        prev = out[-1] if out else None
        raw = lines[n - 1]
        right_under = (
            last_line == n - 1
            and not page_break
            and raw.strip() not in running
            and lines[last_line - 1].strip() not in running
        )
        if (
            prev is not None
            and prev.kind is Kind.LIST_ITEM
            and block.kind is Kind.PARAGRAPH
            and right_under
            and (markdown or len(raw) - len(raw.lstrip()) > prev.indent)
        ):
            out[-1] = replace(prev, text=_joined(prev.text, block.text, markdown))
        elif (
            prev is not None
            and prev.kind is Kind.PARAGRAPH
            and block.kind is Kind.PARAGRAPH
            and (
                right_under
                and (
                    not _parallel_line(lines[last_line - 1], raw, width)
                    if markdown
                    else _wrapped(lines[last_line - 1], raw, width)
                )
                or not markdown
                and last_line == n - 1
                and not page_break
                and _label_over(prev, block)  # a label printed again for every entry is no running header
            )
        ):
            out[-1] = replace(prev, text=_joined(prev.text, block.text, markdown), bold=prev.bold and block.bold)
        else:
            out.append(block)
        last_line = n
    return out


_BARE_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}\s*$", re.I)


def _beside_page_numbers(lines: list[str], running: set[str]) -> set[str]:
    """The running lines (printed three times or more) that stand right beside a line holding only a number at
    least twice: a page's footer or header and its page number, copied out of a PDF viewer."""
    beside: Counter[str] = Counter()
    for k, line in enumerate(lines):
        text = line.strip()
        if text not in running:
            continue
        around = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        if any(_BARE_PAGE_NUMBER.match(a) for a in around):
            beside[text] += 1
    return {text for text, n in beside.items() if n >= 2}


def _label_over(label: Block, block: Block) -> bool:
    """A label alone on its line ("Explanation:") over text set in below it: the label of that text, one line as a
    definition list prints it."""
    return (
        "\n" not in label.text
        and label.text.rstrip().endswith(":")
        and len(label.text.split()) <= LABEL_WORDS
        and block.indent > label.indent
    )


LABEL_WORDS = 5


# bold or emphasis opened on one line and closed on the next ("**Senior" / "engineers:** Lead ..."): each line alone
# left it as printed
MD_MARKUP_ACROSS = re.compile(
    r"\*\*([^*\n]*\n[^*]*?)\*\*|__([^_\n]*\n[^_]*?)__"
    # and emphasis: "*They know their own assumptions ... and" / "limits.*"
    r"|(?<![\w*])\*(?![\s*])([^*\n]*\n[^*]*?)(?<!\s)\*(?![\w*])"
)


def _joined(text: str, line: str, markdown: bool) -> str:
    """A block's text with its next line: markup that spans the line break reduced to its text in Markdown."""
    joined = f"{text}\n{line}"
    return MD_MARKUP_ACROSS.sub(lambda m: m.group(1) or m.group(2) or m.group(3), joined) if markdown else joined


def _pages(lines: list[str]) -> list[int]:
    """The page of each line of a text with form feeds (a PDF's text export), [] when it has none."""
    if not any("\f" in line for line in lines):
        return []
    out, page = [], 1
    for line in lines:
        page += line.count("\f")
        out.append(page)
    return out


_PAGE_NUMBER = re.compile(r"\b\d{1,4}\b")


def _page_margins(lines: list[str]) -> dict[int, Region]:
    """Lines (1-based) that end or start the pages of a text with form feeds and recur from page to page with
    only their numbers changed ("DFID Core Competency Framework    2"): its running footers and headers."""
    breaks = [n for n, line in enumerate(lines) if line.lstrip(" \t").startswith("\f")]
    if not breaks:
        return {}
    candidates: list[tuple[int, Region]] = []
    for b in breaks:
        # a running header or footer may take a few lines ("Nursing and Midwifery Board" over the title)
        candidates.extend((k, Region.FOOTER) for k in _margin_lines(lines, range(b - 1, -1, -1)))
        candidates.extend((k, Region.HEADER) for k in _margin_lines(lines, range(b, len(lines))))
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()), None)
    if last is not None:
        candidates.append((last, Region.FOOTER))
    candidates.extend((k, Region.HEADER) for k in _margin_lines(lines, range(len(lines))))  # the first page's
    candidates = list(dict.fromkeys(candidates))
    shapes = Counter(
        (_PAGE_NUMBER.sub("#", collapse_whitespace(lines[k].replace("\f", ""))), region) for k, region in candidates
    )
    pages = len(breaks) + 1
    out: dict[int, Region] = {}
    for k, region in candidates:
        text = collapse_whitespace(lines[k].replace("\f", ""))
        shape = _PAGE_NUMBER.sub("#", text)
        found = shapes[(shape, region)]
        # a margin line with no number recurs on three pages, or on every page of a short document
        if found >= 2 and len(text.split()) <= 12 and ("#" in shape or found >= 3 or found == pages):
            out[k + 1] = region
    return out


MARGIN_LINES = 3


def _margin_lines(lines: list[str], order: range) -> list[int]:
    """The first lines met in `order` from a page break: up to three, up to the first blank line after them."""
    out: list[int] = []
    for k in order:
        if lines[k].strip(" \t\f"):
            out.append(k)
            if len(out) == MARGIN_LINES:
                break
        elif out:
            break
    return out


def _wrapped(line: str, following: str, width: int) -> bool:
    """Was `line` hard-wrapped into `following`: the next line's first word would not have fitted on it, and the two
    do not start alike (parallel lines, "Level A - ..." over "Level B - ...", are entries of their own)."""
    words = following.split()
    if not words or not line.strip():
        return False
    if line.split()[0].casefold() == words[0].casefold() or LABEL_START.match(following.strip()):
        return False  # parallel lines, or a new labelled line ("Related competencies: ...")
    if OUTLINE_NUMBER.fullmatch(line.split()[0]) and OUTLINE_NUMBER.fullmatch(words[0]):
        return False  # "2.3 recognises ..." over "2.4 gives ...": numbered entries of one list
    if CLAUSE_NUMBER.fullmatch(words[0]) and ends_line(line):
        return False  # "... procedures." over "3.4 Put a policy ...": the sentence ended, the next clause starts
    if CITATION_START.match(following.strip()) and ends_line(line):
        return False  # the next reference of a list ("Voss, C. (2016). ...")
    return len(line.rstrip()) + 1 + len(words[0]) > WRAPPED * width


def _parallel_line(line: str, following: str, width: int) -> bool:
    """A Markdown line of its own under another, as typed one statement per line without list markers: the next
    opens with a capital under a line that stops short of the text's width without ending a sentence ("Take part
    in conversations ..." over "Recognise when ..."), or the two open alike, or both are instructions ("Know where
    the tools live." over "Understand how ..."). Prose written a sentence per line ("Team work has many facets
    ..." over "It includes ...") joins into its paragraph, as Markdown renders it."""
    if not following.strip()[:1].isupper():
        return False
    if not ends_line(line) and not _wrapped(line, following, width):
        return True
    first, next_first = line.split()[:1], following.split()[:1]
    return first == next_first or is_imperative(line) and is_imperative(following)


OUTLINE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]")
CLAUSE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")  # "3.4", "2.1.3"


def ends_line(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?"))


def _line_width(lines: list[str]) -> int:
    """The text's usual full line length (its 90th percentile), the width a hard-wrapped text fills."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if not lengths:
        return 80
    return max(40, lengths[int(0.9 * (len(lengths) - 1))])


def _next_in_list(prev: Block | None, block: Block) -> bool:
    """Is a numbered line the next item of the numbered list right before it ("1. Works productively ..." wrapped
    over two lines, then "2. Stays productive under pressure" alone between blank lines)?"""
    if prev is None or prev.kind is not Kind.LIST_ITEM or not prev.ordered or not prev.marker or not block.marker:
        return False
    a, b = re.match(r"\(?(\d{1,3})", prev.marker), re.match(r"\(?(\d{1,3})", block.marker)
    if a is None or b is None:
        return False
    return int(b[1]) == int(a[1]) + 1 and prev.indent == block.indent


def _standalone_numbered_title(block: Block, lines: list[str], n: int) -> bool:
    if block.kind is not Kind.LIST_ITEM or not block.ordered or block.text.rstrip().endswith((".", ":", ";", "?")):
        return False
    blank_before = n == 1 or not lines[n - 2].strip()
    blank_after = n >= len(lines) or not lines[n].strip()
    return blank_before and blank_after and len(block.text.split()) <= 10


def _blocks(lines: list[str], markdown: bool) -> Iterator[tuple[int, Block]]:
    table_no = 0
    table_row = 0
    in_table = False
    pending_marker: str | None = None
    adornments: dict[str, int] = {}  # underline character -> heading level, in the order first seen (as in rST)
    open_items: list[int] = []  # the indents of the list items open above this line, outermost first
    content_head: int | None = None  # the indent of a bold line heading an item's own paragraphs
    md_level = 0  # the level of the Markdown heading in force
    for n, raw in enumerate(lines, start=1):
        line = raw.replace("\f", "").rstrip()  # a form feed is a page break, not indentation
        if markdown:
            line = MD_QUOTE.sub(r"\1", line)  # "> We are determined ...": a quoted paragraph, read as its text
        locator = f"line {n}"
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped == "|":
            # a lone pipe is a row rule of a one-column table dumped to text: structure, no content
            in_table = False
            continue
        if markdown and MD_RULE.match(line):
            continue
        if _is_table_line(stripped):
            if TABLE_SEPARATOR.match(stripped):
                continue
            if not in_table:
                table_no += 1
                table_row = 0
                in_table = True
            table_row += 1
            open_items.clear()
            cells = _split_row(stripped)
            for c, cell_text in enumerate(cells, start=1):
                text, bold, lead = _emphasis(cell_text, markdown)
                yield (
                    n,
                    Block(
                        kind=Kind.TABLE_CELL,
                        text=text,
                        locator=f"{locator} col {c}",
                        bold=bold,
                        lead=lead,
                        cell=Cell(table=table_no, row=table_row, col=c, header=markdown and table_row == 1),
                    ),
                )
            continue
        in_table = False
        if markdown and (pane := MD_PANE.match(line)):
            open_items.clear()
            title = MD_ICON.sub("", pane["text"] or "").strip()
            if title:
                level = min(md_level + 1, 6)
                yield (n, Block(kind=Kind.HEADING, text=title, locator=locator, heading_level=level, bold=True))
            continue
        if markdown:
            m = MD_HEADING.match(line)
            if m:
                open_items.clear()
                md_level = len(m["hashes"])
                yield (
                    n,
                    Block(
                        kind=Kind.HEADING,
                        text=_emphasis(m["text"], markdown)[0],  # "### *Published ...*", "## [Name](#name)"
                        locator=locator,
                        heading_level=len(m["hashes"]),
                        bold=True,
                    ),
                )
                continue
        above = lines[n - 2].strip() if n > 1 else ""
        underline = MD_UNDERLINE.match(line) or not markdown and TEXT_UNDERLINE.match(line)
        if underline and (len(stripped) >= 3 or n > 1 and (markdown or _underlines(line, above, False))):
            continue  # an underline (its heading was yielded with the line above) or a rule
        if stripped in BULLET_GLYPHS and len(stripped) == 1:
            pending_marker = stripped  # a glyph alone on its line marks the text on the next line
            continue
        if not markdown and 1 < n < len(lines) and _framed(above, lines[n].strip()):
            # "=====" / "2. PROBLEM SOLVING ABILITY" / "=====": a title between two rules, numbered or not
            text, bold, lead = _emphasis(stripped, markdown)
            level = adornments.setdefault(above[0], len(adornments) + 1)
            yield n, Block(kind=Kind.HEADING, text=text, locator=locator, bold=True, heading_level=level)
            continue
        indent = len(line) - len(line.lstrip())
        m = BULLET_LINE.match(line) or NUMBER_LINE.match(line)
        if m and (m["text"] or m.groupdict().get("text2") or "").strip():
            ordered = not BULLET_LINE.match(line)
            text = (m["text"] or m["text2"]).strip()
            text, bold, lead = _emphasis(MD_TASK_BOX.sub("", text) if markdown else text, markdown)
            yield (
                n,
                Block(
                    kind=Kind.LIST_ITEM,
                    text=text,
                    locator=locator,
                    marker=m["marker"] or m["code"],
                    ordered=ordered,
                    # "1A." numbers an item under entry "1.": one level deeper than its indent says
                    list_depth=_nested_depth(open_items, indent) + bool(SUB_NUMBER.match(m["marker"] or "")),
                    bold=bold,
                    lead=lead,
                    indent=float(indent),
                ),
            )
            pending_marker = None
            content_head = None
            continue
        banner = None if markdown else BANNER.match(stripped) or BOXED.match(stripped)
        if banner:
            # "==== A.1 Recruit Volunteers ====", "#  A. SUPERVISION  #": a title set off by rules of one character
            level = 1 if banner.re is BOXED else 2
            yield n, Block(kind=Kind.HEADING, text=banner["text"], locator=locator, bold=True, heading_level=level)
            continue
        text, bold, lead = _emphasis(stripped, markdown)
        if indent == 0:
            open_items.clear()  # a paragraph at the margin ends the lists above it
        elif markdown and open_items and indent >= open_items[-1] + 2 and not lines[n - 2].strip():
            # a paragraph set in under an item, past its marker, after a blank line is the item's own content (a
            # Notion toggle's body, a loose list's second paragraph; a line right under the item carries its text
            # on): one level under it; a bold line there heads the paragraphs after it, as a sub-heading would
            depth = _nested_depth(open_items[:], open_items[-1]) + 1
            if bold:
                content_head = indent
            elif content_head == indent:
                depth += 1
            yield (
                n,
                Block(kind=Kind.LIST_ITEM, text=text, locator=locator, list_depth=min(depth, 6), indent=float(indent)),
            )
            continue
        single = markdown or n == 1 or not lines[n - 2].strip()  # a plain-text title stands on its own line
        if n < len(lines) and single and _underlines(lines[n], stripped, markdown):
            char = lines[n].strip()[0]
            level = 1 if char == "=" else 2 if markdown else adornments.setdefault(char, len(adornments) + 1)
            yield n, Block(kind=Kind.HEADING, text=text, locator=locator, bold=True, heading_level=level)
            continue
        if pending_marker is not None:
            yield (
                n,
                Block(
                    kind=Kind.LIST_ITEM,
                    text=text,
                    locator=locator,
                    marker=pending_marker,
                    bold=bold,
                    lead=lead,
                    indent=float(indent),
                ),
            )
            pending_marker = None
            continue
        yield n, Block(kind=Kind.PARAGRAPH, text=text, locator=locator, bold=bold, lead=lead, indent=float(indent))


def _framed(above: str, below: str) -> bool:
    """Rules of one character right above and right below a line: it is a title, whatever their length."""
    up, down = TEXT_UNDERLINE.match(above), TEXT_UNDERLINE.match(below)
    return bool(up and down) and above[0] == below[0]


def _underlines(below: str, text: str, markdown: bool) -> bool:
    """Is `below` a setext underline of `text` ("Tact" over "===="): in Markdown any such line; in plain text one
    about as long as the text (a longer line of dashes is a separator)."""
    m = MD_UNDERLINE.match(below) if markdown else TEXT_UNDERLINE.match(below)
    if not m or not below.strip():
        return False
    if markdown:
        return True
    return len(m.group(1)) >= 3 and 0.5 * len(text) <= len(m.group(1)) <= 2 * len(text) + 2


def _is_table_line(line: str) -> bool:
    return line.startswith("|") and line.count("|") >= 2


def _split_row(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def _depth(indent: int) -> int:
    return 0 if indent < 2 else min(indent // 2, 6) if indent < 4 else min(indent // 4, 6)


def _nested_depth(open_items: list[int], indent: int) -> int:
    """An item's depth from the items open above it (`open_items`, their indents, updated here): one deeper than
    the nearest item set in from it, as deep as one at its indent (a space either way is the same column: a
    misaligned export). So "- a", "  - b", "    - c" nest three deep, as Markdown reads them, where a fixed
    width per level would put b and c side by side; the outermost item's own indent still counts (`_depth`)."""
    while open_items and open_items[-1] > indent + 1:
        open_items.pop()
    if not open_items or open_items[-1] < indent - 1:
        open_items.append(indent)
    return min(_depth(open_items[0]) + len(open_items) - 1, 6)


def _emphasis(text: str, markdown: bool) -> tuple[str, bool, str | None]:
    """Markdown inline markup reduced to its text: (text, bold throughout, a bold lead-in)."""
    if markdown:
        text = MD_CODE.sub(r"\1", MD_REF_LINK.sub(r"\1", MD_LINK.sub(r"\1", text)))
        text = MD_EMPHASIS.sub(lambda x: x.group(1) or x.group(2), text)
        text = MD_ESCAPE.sub(r"\1", text)  # "\[LMS\]": a character escaped so as not to be markup
    if not markdown or ("**" not in text and "__" not in text):
        return text, False, None
    m = MD_BOLD.match(text)
    plain = MD_BOLD.sub(lambda x: x.group(1) or x.group(2), text)
    if m and m.end() == len(text):
        return plain, True, None
    if m:
        return plain, False, (m.group(1) or m.group(2)).strip()
    return plain, False, None
