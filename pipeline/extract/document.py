"""One document's extraction: blocks -> tree (`structure`) -> labelled tree -> competency records and warnings.

A pure function of the blocks, the vocabulary and the names a document may need (its stored title, the manifest's
name, its file name): whatever process runs it gives the same records.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model.blocks import Block
from ..model.issues import Dropped, Issue
from ..model.records import Competency
from ..model.tree import LabelledTree, Role
from ..structure.tree import build_tree
from ..vocab.vocabulary import Vocabulary
from .entry_openers import lift_entry_openers
from .flow_tables import unwrap_flow_tables
from .labeller import Naming, label_document
from .nodes import defined_headings, introduced_lists, labelled_runs, numbered_headings, short_labels
from .records import competency_records, document_scale_ranks, merge_namesakes
from .recurring import recurring_scales, recurring_sections
from .scale import document_keys, document_ladders, enumerations, listed_levels, required_levels
from .table_layout import document_scales
from .warnings import structural_warnings

STRUCTURE_ROLES = {Role.COMPETENCY, Role.SECTION, Role.LEVEL, Role.GROUP, Role.STRUCTURE, Role.TITLE, Role.CLUSTER}
CONTENT_ROLES = {Role.CONTENT, Role.DEFINITION, Role.NOTE}


@dataclass
class Extraction:
    competencies: list[Competency]
    title: str | None
    tree: LabelledTree
    dropped: list[Dropped] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    name_origins: dict[str, str] = field(default_factory=dict)  # competency name -> where it came from


def extract(blocks: tuple[Block, ...], document: str, vocab: Vocabulary, naming: Naming) -> Extraction:
    tree = build_tree(blocks, document, vocab)
    tree = replace(tree, root=lift_entry_openers(unwrap_flow_tables(tree.root, vocab), vocab))
    vocab = document_ladders(short_labels(tree.root), vocab, defined_headings(tree.root))
    vocab = document_scales(tree.root, vocab)
    vocab = document_keys(labelled_runs(tree.root), vocab)
    vocab = listed_levels(introduced_lists(tree.root), vocab)
    vocab = enumerations(numbered_headings(tree.root), vocab)
    vocab = required_levels(numbered_headings(tree.root), vocab)
    vocab = recurring_scales(tree.root, vocab)
    vocab = recurring_sections(tree.root, vocab)
    outcome = label_document(tree.root, vocab, naming)
    records = competency_records(outcome.tree, outcome.competencies, document, vocab, outcome.key)
    kept = [(cid, rec) for cid, rec in zip(outcome.competencies, records, strict=True) if _worth_keeping(rec, records)]
    records = document_scale_ranks(merge_namesakes([rec for _, rec in kept], vocab, outcome.key))
    origins = {rec.name: outcome.name_origin.get(cid, "document") for cid, rec in kept}
    warnings = structural_warnings(outcome, records, origins, vocab, naming)
    return Extraction(records, outcome.title, outcome.tree, list(tree.dropped), warnings, origins)


def _worth_keeping(record: Competency, records: list[Competency]) -> bool:
    """A competency that holds nothing beside others that do is a heading whose content they took (a title over a
    table of competencies)."""
    return bool(record.item_count()) or len(records) == 1


def coverage(tree: LabelledTree, dropped: list[Dropped], total: int) -> dict[str, float | int]:
    """The share of the document's text that went into fields, into structure (headings, labels), into front
    matter or nowhere (ignored), and dropped as furniture."""
    chars = {"in_fields": 0, "structure": 0, "front_matter": 0, "ignored": 0}
    for node in tree.root.walk():
        label = tree.labels.get(node.id)
        if not node.text or label is None:
            continue
        size = len(node.text)
        if label.role in CONTENT_ROLES or label.role is Role.LEVEL and label.text:
            chars["in_fields"] += size
        elif label.role in STRUCTURE_ROLES:
            chars["structure"] += size
        elif label.role is Role.FRONT_MATTER:
            chars["front_matter"] += size
        else:
            chars["ignored"] += size
    dropped_chars = sum(len(d.text) for d in dropped)

    def share(n: int) -> float:
        return round(min(n / total, 1.0), 4) if total else 0.0

    return {"characters": total, **{k: share(v) for k, v in chars.items()}, "dropped": share(dropped_chars)}
