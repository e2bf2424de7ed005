"""DOCX reader (python-docx): body paragraphs and tables in document order, page headers and footers.

Word stores list numbering apart from the text (w:numPr pointing into numbering.xml) and bullets drawn from symbol
fonts (Wingdings, Symbol) as ordinary characters in a run of that font; both are turned into list markers here, so no
later stage sees a glyph that only has meaning in a symbol font.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..model.blocks import Block, Cell, Kind, ReadResult, Region, renumber
from ..model.errors import DocumentError
from .guards import check_package

if TYPE_CHECKING:  # python-docx and lxml are imported by `read`, when a document is read
    from docx.document import Document
    from docx.section import Section
    from docx.styles.style import BaseStyle
    from lxml.etree import _Element

Run = tuple[
    str, bool | None, bool
]  # a run's text, its bold (None: as its style says), whether its font is a symbol font

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SYMBOL_FONTS = {"wingdings", "wingdings 2", "wingdings 3", "symbol", "webdings", "zapfdingbats", "zapf dingbats"}
# Word's own bounds: list levels 0-8, a list's start number at most 32767, outline levels 0-8, 63 columns. A number past
# them is clamped: a numbering level of 2000000000 would otherwise make a list of two billion counters.
MAX_LIST_LEVEL = 8
MAX_LIST_START = 32767
MAX_TABLE_COLUMNS = 63
HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título)\s*(\d)$", re.I)


def read(path: Path, data: bytes | None = None) -> ReadResult:
    import docx  # heavy import kept local: start-up of the CLI must stay fast
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    data = path.read_bytes() if data is None else data
    check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = _DocxReader(document).read()
        title = (document.core_properties.title or "").strip() or None
        entities = sum(1 for _ in document.element.iter(etree.Entity))
    except PackageNotFoundError as exc:
        raise DocumentError("not a Word document (no DOCX package found)", "save it again as .docx") from exc
    except KeyError as exc:
        missing = re.search(r"no item named '([^']+)'", str(exc))
        part = missing.group(1) if missing else str(exc).strip("'\"")
        raise DocumentError(
            f"the DOCX package is incomplete: its part {part!r} is missing", "open and save it again in Word"
        ) from exc
    except etree.XMLSyntaxError as exc:
        raise _xml_error(exc) from exc
    except ValueError as exc:
        if "not a Word file" in str(exc):
            kind = re.search(r"content type is '([^']+)'", str(exc))
            raise DocumentError(
                f"a ZIP package but not a Word document (its main part is "
                f"{kind.group(1) if kind else 'something else'})",
                "save the document as .docx, or export it to PDF",
            ) from exc
        raise _damaged(exc) from exc
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        RuntimeError,
        TypeError,
        AttributeError,
        IndexError,
        OverflowError,
        etree.LxmlError,
    ) as exc:
        raise _damaged(exc) from exc
    warnings: tuple[str, ...] = ()
    if entities:
        warnings = (
            f"the document's XML refers to {entities} XML entit{'y' if entities == 1 else 'ies'}: "
            f"never resolved (entities and external files are not read)",
        )
    return ReadResult(blocks=renumber(blocks), title=title, warnings=warnings)


def _xml_error(exc: Exception) -> DocumentError:
    message = re.sub(r"\s*\(<string>, line \d+\)\s*$", "", str(exc))
    if "amplification" in message or "entity" in message.lower() and "loop" in message.lower():
        return DocumentError(
            "refused: the DOCX's XML defines entities that expand enormously, an XML bomb",
            "open and save it again in Word",
        )
    if "depth" in message.lower():
        return DocumentError("the DOCX's XML is nested too deeply", "open and save it again in Word")
    return DocumentError(f"not a readable DOCX: its XML is damaged ({message[:80]})", "open and save it again in Word")


def _damaged(exc: Exception) -> DocumentError:
    detail = str(exc) or type(exc).__name__
    return DocumentError(f"not a readable DOCX: damaged content ({detail[:80]})", "open and save it again in Word")


class _DocxReader:
    def __init__(self, document: Document):
        self.document = document
        self.numbering = _Numbering(document)
        self.styles = {s.style_id: s for s in document.styles}
        self._chains: dict[str | None, tuple[BaseStyle, ...]] = {}
        self.blocks: list[Block] = []
        self.paragraph_no = 0
        self.table_no = 0

    def read(self) -> list[Block]:
        self._read_header_footer(self.document.sections, "header", Region.HEADER)
        for item in self.document.element.body.iterchildren():
            self._read_body_element(item, cell=None)
        self._read_header_footer(self.document.sections, "footer", Region.FOOTER)
        return self.blocks

    def _read_header_footer(self, sections: Iterable[Section], attr: str, region: Region) -> None:
        seen: set[str] = set()
        for section in sections:
            part = getattr(section, attr)
            if part.is_linked_to_previous and seen:
                continue
            for i, p in enumerate(part.paragraphs):
                text = p.text.strip()
                if text and text not in seen:
                    seen.add(text)
                    self.blocks.append(
                        Block(kind=Kind.PARAGRAPH, text=text, region=region, locator=f"page {attr} paragraph {i + 1}")
                    )

    def _read_body_element(self, element: _Element, cell: Cell | None) -> None:
        tag = element.tag
        if tag == f"{W}p":
            self._read_paragraph(element, cell)
        elif tag == f"{W}tbl":
            self._read_table(element)
        elif tag == f"{W}sdt":  # content controls wrap ordinary paragraphs and tables
            content = element.find(f"{W}sdtContent")
            if content is not None:
                for child in content.iterchildren():
                    self._read_body_element(child, cell)

    def _read_paragraph(self, p: _Element, cell: Cell | None) -> None:
        # a text box anchored in the paragraph holds paragraphs (and tables) of its own, read where it is anchored,
        # once: Word stores a VML copy of each box for older readers (mc:Fallback), which is not read again
        for box in _text_boxes(p):
            for child in box.iterchildren():
                self._read_body_element(child, cell)
        self.paragraph_no += 1
        runs = list(_runs(p))
        marker = None
        # a leading run in a symbol font is a bullet glyph, not text
        while runs and runs[0][2] and runs[0][0].strip():
            marker = (marker or "") + runs[0][0].strip()
            runs.pop(0)
        text = "".join(r[0] for r in runs)
        if not text.strip() and cell is None:
            return
        style_id = _style_id(p)
        heading_level = self._heading_level(p, style_id)
        bold, lead = self._emphasis(runs, style_id)
        num = self.numbering.marker(p, self._chain(style_id))
        kind = Kind.PARAGRAPH
        depth = 0
        ordered = False
        if heading_level is not None:
            kind = Kind.HEADING
        elif num is not None:
            kind = Kind.LIST_ITEM
            depth, num_marker, ordered = num
            marker = num_marker if num_marker else marker
        elif marker is not None:
            kind = Kind.LIST_ITEM
        if cell is not None and kind is Kind.PARAGRAPH:
            kind = Kind.TABLE_CELL
        locator = f"table {cell.table} row {cell.row} col {cell.col}" if cell else f"paragraph {self.paragraph_no}"
        self.blocks.append(
            Block(
                kind=kind,
                text=text.strip("\n"),
                locator=locator,
                heading_level=heading_level,
                list_depth=depth,
                marker=marker,
                ordered=ordered,
                bold=bold,
                lead=lead,
                cell=cell,
                indent=_indent(p),
            )
        )

    def _chain(self, style_id: str | None) -> tuple[BaseStyle, ...]:
        """The style and the styles it is based on, nearest first; looked up once per style (python-docx finds a
        base style by an XPath query over the whole styles part, which cost more than reading the text)."""
        if style_id not in self._chains:
            chain: list[BaseStyle] = []
            style = self.styles.get(style_id) if style_id else None
            while style is not None and style not in chain:
                chain.append(style)
                style = style.base_style
            self._chains[style_id] = tuple(chain)
        return self._chains[style_id]

    def _heading_level(self, p: _Element, style_id: str | None) -> int | None:
        for style in self._chain(style_id):
            name = style.name or ""
            if name.lower() == "title":
                return 1
            m = HEADING_STYLE.match(name)
            if m:
                return int(m.group(1))
        outline = p.find(f"{W}pPr/{W}outlineLvl")
        if outline is not None:
            return _bounded(outline.get(f"{W}val", "0"), MAX_LIST_LEVEL) + 1
        return None

    def _emphasis(self, runs: list[Run], style_id: str | None) -> tuple[bool, str | None]:
        style_bold = _style_bold(self._chain(style_id))
        texts = [(t, b if b is not None else style_bold) for t, b, _sym in runs if t.strip()]
        if not texts:
            return False, None
        if all(b for _, b in texts):
            return True, None
        lead = ""
        for t, b in texts:
            if not b:
                break
            lead += t
        # text of the runs before the first plain one, with the whitespace of the full text
        return False, (lead.strip() or None)

    def _read_table(self, tbl: _Element) -> None:
        self.table_no += 1
        table_no = self.table_no
        for r, tr in enumerate(tbl.iterchildren(f"{W}tr"), start=1):
            header = tr.find(f"{W}trPr/{W}tblHeader") is not None
            c = 0
            for tc in tr.iterchildren(f"{W}tc"):
                c += 1
                if _continues_vertical_merge(tc):
                    continue
                cell = Cell(table=table_no, row=r, col=c, header=header)
                before = len(self.blocks)
                for child in tc.iterchildren():
                    self._read_body_element(child, cell)
                if len(self.blocks) == before:
                    self.blocks.append(
                        Block(kind=Kind.TABLE_CELL, text="", cell=cell, locator=f"table {table_no} row {r} col {c}")
                    )
                span = tc.find(f"{W}tcPr/{W}gridSpan")
                if span is not None:
                    c += _bounded(span.get(f"{W}val", "1"), MAX_TABLE_COLUMNS) - 1


MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
TEXT_BOX = f"{W}txbxContent"


def _inside_a_box(el: _Element, p: _Element) -> bool:
    """Is the element inside a text box (or a compatibility copy of one) anchored in paragraph `p`?"""
    parent = el.getparent()
    while parent is not None and parent is not p:
        if parent.tag in (TEXT_BOX, MC_FALLBACK):
            return True
        parent = parent.getparent()
    return False


def _text_boxes(p: _Element) -> list[_Element]:
    """The text boxes anchored in the paragraph, outermost only, without their compatibility copies."""
    return [box for box in p.iter(TEXT_BOX) if not _inside_a_box(box, p)]


def _runs(p: _Element) -> Iterator[Run]:
    """(text, bold or None, is_symbol_font) for each run of the paragraph, hyperlinks and smart tags included;
    not the runs of a text box anchored in it (read as paragraphs of their own)."""
    boxed = p.find(f".//{TEXT_BOX}") is not None or p.find(f".//{MC_FALLBACK}") is not None
    for r in p.iter(f"{W}r"):
        if boxed and _inside_a_box(r, p):
            continue
        rpr = r.find(f"{W}rPr")
        bold = _bold_of(rpr)
        fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
        font = (fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or "") if fonts is not None else ""
        symbol = font.lower() in SYMBOL_FONTS
        parts: list[str] = []
        for child in r.iterchildren():
            tag = child.tag
            if tag == f"{W}t":
                parts.append(_t_text(child))
            elif tag == f"{W}tab":
                parts.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                parts.append("\n")
            elif tag == f"{W}sym":
                symbol = True
                parts.append(chr(int(child.get(f"{W}char", "F0B7"), 16)))
        if parts:
            yield "".join(parts), bold, symbol


def _t_text(t: _Element) -> str:
    """A w:t's text; an (unresolved) entity reference inside it is skipped, the text after it kept."""
    return (t.text or "") + "".join(child.tail or "" for child in t)


def _bold_of(rpr: _Element | None) -> bool | None:
    """Is the run emphasised: bold, or underlined (a typewriter's emphasis: "Definition" underlined on a line of its
    own heads a section where a document has no heading styles)."""
    if rpr is None:
        return None
    b = rpr.find(f"{W}b")
    u = rpr.find(f"{W}u")
    if u is not None and u.get(f"{W}val", "single").lower() not in ("none", "0", "false", "off"):
        return True
    if b is None:
        return None
    return b.get(f"{W}val", "true").lower() not in ("0", "false", "off")


def _style_bold(chain: tuple[BaseStyle, ...]) -> bool:
    from docx.styles.style import CharacterStyle  # paragraph and table styles are character styles too

    for style in chain:
        if not isinstance(style, CharacterStyle):
            return False  # a list style: it has no font
        if style.font.bold is not None:
            return bool(style.font.bold)
    return False


def _style_id(p: _Element) -> str | None:
    ps = p.find(f"{W}pPr/{W}pStyle")
    return ps.get(f"{W}val") if ps is not None else None


def _indent(p: _Element) -> float:
    ind = p.find(f"{W}pPr/{W}ind")
    if ind is None:
        return 0.0
    val = ind.get(f"{W}left") or ind.get(f"{W}start") or "0"
    try:
        return int(val) / 20.0  # twentieths of a point
    except ValueError:
        return 0.0


def _continues_vertical_merge(tc: _Element) -> bool:
    vm = tc.find(f"{W}tcPr/{W}vMerge")
    return vm is not None and vm.get(f"{W}val", "continue") == "continue"


class _Numbering:
    """Resolves w:numPr to (depth, marker as rendered, ordered), counting items as Word does."""

    BULLET_FORMATS = {"bullet", "none"}

    def __init__(self, document: Document):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in numbering.iterchildren(f"{W}abstractNum"):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iterchildren(f"{W}lvl"):
                ilvl = _bounded(lvl.get(f"{W}ilvl", "0"), MAX_LIST_LEVEL)
                fmt = _val(lvl.find(f"{W}numFmt"), "decimal")
                text = _val(lvl.find(f"{W}lvlText"), "")
                start = _bounded(_val(lvl.find(f"{W}start"), "1"), MAX_LIST_START)
                lv[ilvl] = (fmt, text, start)
            abstract[an.get(f"{W}abstractNumId")] = lv
        for num in numbering.iterchildren(f"{W}num"):
            aid = _val(num.find(f"{W}abstractNumId"), "")
            for ilvl, spec in abstract.get(aid, {}).items():
                self.levels[(num.get(f"{W}numId"), ilvl)] = spec

    def marker(self, p: _Element, style_chain: tuple[BaseStyle, ...]) -> tuple[int, str, bool] | None:
        num_pr = p.find(f"{W}pPr/{W}numPr")
        for style in style_chain:  # list styles carry numPr on the style
            if num_pr is not None:
                break
            num_pr = style.element.find(f"{W}pPr/{W}numPr")
        if num_pr is None:
            return None
        num_id = _val(num_pr.find(f"{W}numId"), "0")
        ilvl = _bounded(_val(num_pr.find(f"{W}ilvl"), "0"), MAX_LIST_LEVEL)
        if num_id == "0":  # numId 0 switches numbering off
            return None
        fmt, text, start = self.levels.get((num_id, ilvl), ("bullet", "", 1))
        if fmt in self.BULLET_FORMATS:
            return ilvl, text or "•", False
        counters = self.counters.setdefault(num_id, [])
        while len(counters) <= ilvl:
            counters.append(0)
        del counters[ilvl + 1 :]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        rendered = re.sub(
            r"%(\d)",
            lambda m: _format_number(counters[int(m.group(1)) - 1] if int(m.group(1)) - 1 < len(counters) else 1, fmt),
            text,
        )
        return ilvl, rendered or f"{counters[ilvl]}.", True


def _bounded(value: str, highest: int) -> int:
    """A number of the XML, clamped to 0..highest (a value that is not a number is damaged content)."""
    return min(max(int(value), 0), highest)


def _val(el: _Element | None, default: str) -> str:
    if el is None:
        return default
    value: str = el.get(f"{W}val", default)  # an attribute's value: text
    return value


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += letters
            n -= value
    return out
