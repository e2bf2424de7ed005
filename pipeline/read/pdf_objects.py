"""A PDF page's objects as pdfplumber gives them, with the characters converted directly.

pdfplumber turns every layout object pdfminer returns into a dict by filtering all of the object's attributes and
resolving each one recursively (`Page.process_object`); on a page of text that costs about as much as pdfminer's
interpretation of the page itself, because a page is mostly characters. A character's attributes are plain numbers,
strings and tuples, so characters are converted here into the very same dicts (same keys, same values: a test
compares them with pdfplumber's own on real PDFs), and every other object (ruling lines, rectangles, curves,
images, anything unusual about a character) still goes through pdfplumber. The result is stored where pdfplumber
caches a page's objects, so `page.chars`, `page.edges`, `page.images` and `page.find_tables()` all read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pdfplumber.page import Page

# A character or a word as pdfplumber gives it: a dict of its attributes (pdfplumber's own type for them, T_obj)
PdfObject = dict[str, Any]

# The value types a character's attribute may have for the direct conversion; anything else (an indirect
# reference, a byte-string font name) is left to pdfplumber's generic conversion
_PLAIN = (int, float, str, bool, type(None))


def load_objects(page: Page) -> dict[str, list[PdfObject]]:
    """The page's objects by kind ("char", "line", "rect", ...), as `page.objects` would give them, and cached
    where `page.objects` looks (pdfplumber's `_objects`; `page.flush_cache()` frees them as before)."""
    from pdfminer.layout import LTChar, LTContainer
    from pdfplumber.page import ALL_ATTRS
    from pdfplumber.utils.pdfinternals import resolve_and_decode

    if page.pdf.unicode_norm is not None or page.pdf.laparams is not None:
        return page.objects  # options this project never sets: pdfplumber's own conversion, unchanged
    height = page.height
    mb_x0, mb_top = page.mediabox[:2]
    doctop = page.initial_doctop
    number = page.page_number
    colour_spaces: dict[Any, Any] = {}
    objects: dict[str, list[PdfObject]] = {}

    def convert(obj: Any) -> None:
        if isinstance(obj, LTContainer):  # a figure: its children only, as pdfplumber does without laparams
            for child in obj:
                convert(child)
            return
        converted = _char(obj) if type(obj) is LTChar else None
        if converted is None:
            converted = page.process_object(obj)
        if converted["object_type"] != "anno":
            objects.setdefault(converted["object_type"], []).append(converted)

    def _char(obj: Any) -> PdfObject | None:
        attr = {k: v for k, v in vars(obj).items() if k in ALL_ATTRS}
        if not all(type(v) in _PLAIN for k, v in attr.items() if k != "matrix") or not isinstance(
            attr.get("fontname"), str
        ):
            return None
        attr["object_type"] = "char"
        attr["page_number"] = number
        ncs = getattr(obj, "ncs", None)
        if ncs is not None:
            name = ncs.name
            if name not in colour_spaces:
                colour_spaces[name] = resolve_and_decode(name)
            attr["ncs"] = colour_spaces[name]
        attr["text"] = obj.get_text()
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        top = height - attr["y1"] + mb_top
        attr["top"] = top
        attr["bottom"] = height - attr["y0"] + mb_top
        attr["doctop"] = doctop + top
        if mb_x0 != 0:
            attr["x0"] += mb_x0
            attr["x1"] += mb_x0
        return attr

    for obj in page.layout:
        convert(obj)
    page._objects = objects  # pdfplumber's cache of `page.objects`
    return objects
