"""The review page: one self-contained HTML file (no network, no scripts) in which an analyst checks every
extracted item against its source.

Per document: status, reason and warnings on top; the extracted competencies, every item linked to the block it
came from; the document's text as read, extracted spans highlighted, dropped furniture struck through with its
reason. A summary table of all documents opens the page. Every piece of document text is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html import escape
from pathlib import Path

from ..model.issues import warning_line
from ..model.records import ITEM_FIELDS

STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header,section.doc{margin:1em auto;max-width:1300px;padding:0 1em}
h1{font-size:1.4em}h2{font-size:1.2em;border-top:2px solid #ccc;padding-top:.6em}h3{font-size:1.05em;margin:.6em 0 .2em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
.status-ok{color:#176b2c}.status-failed{color:#b00020;font-weight:bold}
.warnings{background:#fff4d6;border:1px solid #e0b84c;padding:.4em .8em}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}
.source{background:#fff;border:1px solid #ddd;padding:.5em;max-height:80vh;overflow:auto;font-size:13px}
.block{margin:.15em 0;padding:.1em .3em;white-space:pre-wrap}.block:target{outline:2px solid #1a5fb4}
.block .loc{color:#888;font-size:11px;margin-right:.5em}.k-heading{font-weight:bold}
.r-header,.r-footer,.r-chrome{color:#999}
mark{background:#d8f0d0}del{color:#b00020;text-decoration:line-through}
ul.items{margin:.2em 0 .6em 1.2em;padding:0}
ul.items a{color:inherit;text-decoration:none;border-bottom:1px dotted #1a5fb4}
.group{color:#555;font-style:italic}.level{font-weight:bold}
"""


def write_review(dataset: dict, report: dict, blocks_of: Callable[[str], list[dict]], path: Path) -> None:
    """Write the page piece by piece: one document's blocks (`blocks_of(document id)`) in memory at a time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for piece in _pieces(dataset, report, blocks_of):
            f.write(piece)


def render(dataset: dict, report: dict, blocks_of: Callable[[str], list[dict]]) -> str:
    return "".join(_pieces(dataset, report, blocks_of))


def _pieces(dataset: dict, report: dict, blocks_of: Callable[[str], list[dict]]) -> Iterator[str]:
    yield (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>competency-kb review</title><style>{STYLE}</style></head><body>"
        "<header><h1>competency-kb: review of the build</h1>"
    )
    yield _summary_table(report)
    yield "</header>"
    shown = _items_by_document(dataset)
    for doc in report["documents"]:
        doc_id = doc.get("id") or ""
        yield _document_section(doc, shown.get(doc_id, []), blocks_of(doc_id) if doc_id else [])
    yield "</body></html>\n"


def _summary_table(report: dict) -> str:
    s = report["summary"]
    rows = [
        "<p>",
        escape(
            f"{s['built']} of {s['documents']} documents built, {s['competencies']} competencies, "
            f"{s['warnings']} warnings, {s['dropped_lines']} lines of page furniture dropped."
        ),
        "</p>",
        "<table id='documents'><thead><tr><th>document</th><th>status</th><th>competencies</th>"
        "<th>text in fields</th><th>structure</th><th>dropped</th><th>warnings</th></tr></thead><tbody>",
    ]
    for d in report["documents"]:
        cov = d.get("coverage") or {}
        anchor = f"#doc-{escape(d['id'])}" if d.get("id") else ""
        rows.append(
            f"<tr><td><a href='{anchor}'>{escape(d['path'])}</a></td>"
            f"<td class='status-{escape(d['status'])}'>{escape(d['status'])}</td>"
            f"<td>{(d.get('counts') or {}).get('competencies', 0)}</td>"
            f"<td>{_percent(cov.get('in_fields'))}</td><td>{_percent(cov.get('structure'))}</td>"
            f"<td>{_percent(cov.get('dropped'))}</td><td>{len(d.get('warnings') or [])}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "".join(rows)


def _percent(value) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


Entries = list[tuple[str, str | None, dict]]  # (field, level label, item) in the competency's order


def _items_by_document(dataset: dict) -> dict[str, list[tuple[dict, Entries]]]:
    """Per document, its competencies with the items that came from it: a competency merged from many documents
    shows each document's part in that document's section, so the page grows with the items, not their square.
    An item without a source (made by a correction) shows in every source document of its competency."""
    out: dict[str, list[tuple[dict, Entries]]] = {}
    for comp in dataset["competencies"]:
        entries: dict[str, Entries] = {doc_id: [] for doc_id in comp["sources"]}
        for entry in _items_of(comp):
            doc_id = (entry[2].get("source") or {}).get("document")
            for target in [doc_id] if doc_id in entries else entries:
                entries[target].append(entry)
        for doc_id, items in entries.items():
            out.setdefault(doc_id, []).append((comp, items))
    return out


def _document_section(doc: dict, shown: list[tuple[dict, Entries]], blocks: list[dict]) -> str:
    doc_id = doc.get("id") or ""
    out = [
        f"<section class='doc' id='doc-{escape(doc_id)}'><h2>{escape(doc['path'])} "
        f"<span class='status-{escape(doc['status'])}'>({escape(doc['status'])})</span></h2>"
    ]
    notices = [f"could not be read: {doc['reason']}"] if doc.get("reason") else []
    notices += [warning_line(w) for w in doc.get("warnings") or []]
    if notices:
        out.append("<div class='warnings'><ul>" + "".join(f"<li>{escape(n)}</li>" for n in notices) + "</ul></div>")
    if not blocks:
        out.append("</section>")
        return "".join(out)
    highlights = _highlights(shown, doc, doc_id)
    out.append("<div class='cols'><div class='extracted'>")
    out.extend(_competency_html(comp, items, doc_id) for comp, items in shown)
    out.append("</div><div class='source'>")
    out.extend(_block_html(b, doc_id, highlights.get(b["index"], [])) for b in blocks)
    out.append("</div></div></section>")
    return "".join(out)


def _items_of(comp: dict) -> Iterator[tuple[str, str | None, dict]]:
    """(field, level label, item) for every item of a competency, in the order the page lists them."""
    for lv in comp["levels"]:
        for b in lv["behaviors"]:
            yield "levels", lv["label"], b
    for name in ITEM_FIELDS + ("readings",):
        for item in comp[name]:
            yield name, None, item


def _highlights(shown: list[tuple[dict, Entries]], doc: dict, doc_id: str) -> dict[int, list[tuple]]:
    """(start, end, tag, title) marks per block index: extracted spans and dropped furniture."""
    marks: dict[int, list[tuple[int, int, str, str]]] = {}
    for comp, items in shown:
        sources = [("definition", comp.get("definition_source"))] + [(f, i.get("source")) for f, _, i in items]
        for field_name, source in sources:
            for span in (source or {}).get("spans") or []:
                if (source or {}).get("document") == doc_id:
                    marks.setdefault(span["block"], []).append(
                        (span["start"], span["end"], "mark", f"{comp['name']}: {field_name}")
                    )
    for d in doc.get("dropped") or []:
        src = d["source"]
        marks.setdefault(src["block"], []).append((src["start"], src["end"], "del", f"dropped: {d['reason']}"))
    return marks


def _competency_html(comp: dict, items: Entries, doc_id: str) -> str:
    out = [f"<h3>{escape(comp['name'])} <small>({escape(comp['id'])})</small></h3>"]
    if comp.get("definition"):
        out.append(f"<p><b>Definition.</b> {_link(comp['definition'], comp.get('definition_source'), doc_id)}</p>")
    for label, values in (("Key words", comp["key_words"]), ("Related", comp["related"])):
        if values:
            out.append(f"<p><b>{label}:</b> {escape('; '.join(values))}</p>")
    current = None
    for field_name, level, item in items:
        heading = f"{field_name}: {level}" if level else field_name
        if heading != current:
            out.append(("</ul>" if current else "") + f"<div class='level'>{escape(heading)}</div><ul class='items'>")
            current = heading
        group = f"<span class='group'>[{escape(item['group'])}]</span> " if item.get("group") else ""
        out.append(f"<li>{group}{_link(item['text'], item.get('source'), doc_id)}</li>")
    if current:
        out.append("</ul>")
    return "".join(out)


def _link(text: str, source: dict | None, doc_id: str) -> str:
    spans = (source or {}).get("spans") or []
    if not spans or (source or {}).get("document") != doc_id:
        return escape(text)
    where = "; ".join(s.get("locator") or f"block {s['block']}" for s in spans)
    return f"<a href='#{escape(doc_id)}-b{spans[0]['block']}' title='{escape(where)}'>{escape(text)}</a>"


def _block_html(block: dict, doc_id: str, marks: list[tuple[int, int, str, str]]) -> str:
    text = block["text"]
    pieces, pos = [], 0
    for start, end, tag, title in sorted(marks):
        start, end = max(start, pos), min(end, len(text))
        if end <= start:
            continue
        pieces.append(escape(text[pos:start]))
        pieces.append(f"<{tag} title='{escape(title)}'>{escape(text[start:end])}</{tag}>")
        pos = end
    pieces.append(escape(text[pos:]))
    loc = escape(block.get("locator") or f"block {block['index']}")
    return (
        f"<div class='block k-{escape(block['kind'])} r-{escape(block['region'])}' "
        f"id='{escape(doc_id)}-b{block['index']}'><span class='loc'>{loc}</span>{''.join(pieces)}</div>"
    )
