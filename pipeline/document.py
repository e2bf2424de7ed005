"""The per-document work: a pure function of (document bytes, pipeline configuration) to a JSON-ready result.

file -> blocks (reader) -> page furniture dropped -> segments (normalized, continuations merged)
     -> roles (section recognition) -> competency records (extraction)

The result is plain data, so that it can be cached, sent between processes and rebuilt anywhere.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from . import readers
from .errors import DocumentError
from .extract import extract
from .furniture import drop_page_furniture
from .normalize import merge_continuations, to_segment
from .sections import classify, is_heading_segment
from .tables import Tables, load_tables
from .text import collapse_whitespace

MAX_BLOCK_TEXT_IN_RESULT = 4000


@dataclass(frozen=True)
class DocumentJob:
    """What one document's extraction depends on, besides its bytes and the tables."""
    path: str              # absolute or working-directory path of the file
    rel_path: str          # path relative to the raw documents folder, as published
    doc_id: str
    name: str | None = None  # the manifest's competency name, for documents that print none


def extract_document(job: DocumentJob, tables: Tables | None = None) -> dict:
    """Read and extract one document. Never raises for bad input: a failure is a result with status "failed"."""
    tables = tables or load_tables()
    started = time.perf_counter()
    path = Path(job.path)
    info = {"id": job.doc_id, "path": job.rel_path, "format": None, "sha256": None, "title": None}
    report = {"id": job.doc_id, "path": job.rel_path, "status": "failed", "reason": None, "warnings": [],
              "dropped": [], "coverage": None, "counts": {}, "timings": {}}
    try:
        data = path.read_bytes()
        info["sha256"] = hashlib.sha256(data).hexdigest()
        fmt = readers.detect_format(path, data[:1024])
        info["format"] = fmt
        read_result = readers.read(path, fmt)
        read_done = time.perf_counter()
        result = _extract_blocks(read_result, job, tables, path)
    except DocumentError as exc:
        report["reason"] = str(exc)
        report["timings"] = {"total": round(time.perf_counter() - started, 4)}
        return {"document": info, "competencies": [], "report": report, "blocks": []}
    except OSError as exc:
        report["reason"] = f"cannot read the file: {exc.strerror or exc} (check its permissions)"
        return {"document": info, "competencies": [], "report": report, "blocks": []}
    except RecursionError:
        report["reason"] = "the document is nested too deeply to read (split or simplify it)"
        return {"document": info, "competencies": [], "report": report, "blocks": []}
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the build; it is reported
        report["reason"] = (f"internal error while reading ({type(exc).__name__}: {str(exc)[:120]}); "
                            f"please report it with this document")
        return {"document": info, "competencies": [], "report": report, "blocks": []}
    extraction, blocks, segments_used = result
    info["title"] = extraction.title
    report.update(status="ok", warnings=extraction.warnings, dropped=[d.as_dict() for d in extraction.dropped])
    report["coverage"] = _coverage(blocks, extraction)
    report["counts"] = {"blocks": len(blocks), "competencies": len(extraction.competencies),
                        "items": sum(c.item_count() for c in extraction.competencies),
                        "dropped_lines": len(extraction.dropped)}
    report["names"] = {c.name: c.name_origin for c in extraction.competencies}
    report["timings"] = {"read": round(read_done - started, 4), "total": round(time.perf_counter() - started, 4)}
    comps = [_competency_dict(c) for c in extraction.competencies]
    return {"document": info, "competencies": comps, "report": report,
            "blocks": [_block_dict(b) for b in blocks]}


def _extract_blocks(read_result, job: DocumentJob, tables: Tables, path: Path):
    kept, dropped = drop_page_furniture(read_result.blocks, job.doc_id, tables)
    segments = [to_segment(b, job.doc_id) for b in kept]
    segments = [s for s in segments if s.text or s.cell is not None]
    segments = merge_continuations(segments, lambda s: is_heading_segment(s, tables))
    units = classify(segments, tables)
    fallback = path.stem.replace("-", " ").replace("_", " ").strip().title()
    extraction = extract(units, job.doc_id, tables, read_result.title, job.name, fallback)
    extraction.dropped[:0] = dropped
    if not extraction.competencies or not any(c.item_count() for c in extraction.competencies):
        extraction.warnings.append("no competency content recognised in the document")
    return extraction, read_result.blocks, segments


def _coverage(blocks, extraction) -> dict:
    """How much of the document's text ended in a field, in structure (headings, labels) or dropped."""
    total = sum(len(collapse_whitespace(b.text)) for b in blocks)
    in_fields = 0
    for comp in extraction.competencies:
        for span in _all_spans(comp):
            in_fields += max(span.end - span.start, 0)
    structure = sum(max(s.end - s.start, 0) for s in extraction.structure)
    dropped = sum(len(d.text) for d in extraction.dropped)
    share = (lambda n: round(min(n / total, 1.0), 4) if total else 0.0)
    return {"characters": total, "in_fields": share(in_fields), "structure": share(structure),
            "dropped": share(dropped)}


def _all_spans(comp):
    yield from comp.definition_spans
    for name in ("indicators", "activities", "courses", "interview_questions", "tips", "notes", "readings"):
        for item in getattr(comp, name):
            yield from item.spans
    for level in comp.levels:
        for item in level.behaviors:
            yield from item.spans


def _competency_dict(comp) -> dict:
    return {
        "name": comp.name,
        "definition": comp.definition,
        "definition_source": ({"document": comp.document, "page": comp.definition_spans[0].page,
                               "spans": [s.as_dict() for s in comp.definition_spans]}
                              if comp.definition_spans and comp.definition else None),
        "key_words": list(comp.key_words),
        "indicators": [i.as_dict() for i in comp.indicators],
        "levels": [lv.as_dict() for lv in comp.levels],
        "activities": [i.as_dict() for i in comp.activities],
        "courses": [i.as_dict() for i in comp.courses],
        "readings": [r.as_dict() for r in comp.readings],
        "related": list(comp.related),
        "interview_questions": [i.as_dict() for i in comp.interview_questions],
        "tips": [i.as_dict() for i in comp.tips],
        "notes": [i.as_dict() for i in comp.notes],
        "sources": [comp.document],
    }


def _block_dict(block) -> dict:
    return {"index": block.index, "kind": block.kind.value, "region": block.region.value, "page": block.page,
            "locator": block.locator, "text": block.text[:MAX_BLOCK_TEXT_IN_RESULT]}
