"""docs/schema.md from schema/competency-kb.schema.json: every field with its type, meaning, whether it is
required, and an example.

    python -m tools.schemadoc           # write docs/schema.md
    python -m tools.schemadoc --check   # exit 1 if docs/schema.md is not what the schema renders to

The schema is the single source: a field's meaning is its `description`. A few fields have none yet; for those the
meaning comes from the output contract (FALLBACK_MEANINGS below) until the schema gains descriptions (a PATCH).
Examples come from EXAMPLE, a small crafted dataset that the tests validate against the schema, not from
output/competencies.json: the page must not change every time the build does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC_PATH = ROOT / "docs" / "schema.md"
EXAMPLE_LIMIT = 60  # characters of an example shown in a table cell

# Meanings from the output contract for schema nodes without a description ("def" or "def.property").
FALLBACK_MEANINGS = {
    "text": "A non-empty string without leading or trailing white space.",
    "slug": "A stable id: lower-case letters and digits in runs joined by single hyphens.",
    "documentId": "The id of a document of the dataset (the slug of its path without the extension).",
    "span": "One source piece of an item: a block of the document and the characters taken from it.",
    "item": "One bullet, activity, question or note, with where it came from.",
    "item.text": "One bullet or one activity, whitespace-normalized, bullet glyphs and list numbering removed, "
    "a bullet wrapped over several lines joined into one; otherwise verbatim.",
    "item.source": "Where the item came from.",
    "reading": "A recommended reading: the citation as printed and its parts.",
    "reading.title": "Title of the work.",
    "reading.authors": "Authors as printed, in citation order.",
    "reading.publisher": "Publisher, if the citation names one.",
    "reading.year": "Year of publication, if the citation gives one.",
    "reading.source": "Where the citation came from.",
    "reading.group": "The sub-heading the reading stood under, if any.",
    "level": "A proficiency level of a competency with its behaviors.",
    "level.behaviors": "The behaviors that show this level, in document order.",
    "competency": "One competency: its name, definition, levels and development material, merged over every "
    "document that describes it.",
    "competency.key_words": "Key words the document lists for the competency.",
    "competency.readings": "Recommended readings.",
    "competency.sources": "Ids of the documents the competency was built from.",
    "document": "A source document the dataset was built from.",
    "document.id": "Stable id of the document: the slug of its path without the extension.",
    "document.format": "The format detected from the content (not the file extension).",
    "document.sha256": "SHA-256 of the document's bytes, lower-case hex.",
    "source.document": "Id of the document the item came from.",
}

# Built files record spans on every source; the example shows them once (on the indicator and the definition)
# so that the competency example stays readable.
_SPAN = {"block": 12, "page": 2, "locator": "page 2 line 7", "start": 0, "end": 47}
_SOURCE = {"document": "customer-focus-guide", "page": 2}

# A small dataset that uses every definition and every optional field, for the examples.
EXAMPLE = {
    "schema_version": "1.0.0",
    "documents": [
        {
            "id": "customer-focus-guide",
            "path": "customer-focus-guide.pdf",
            "format": "pdf",
            "sha256": "3797406bc53f115b16fcf2217fb8a94738c9bbac8d6fe091588fc4ccf21bf5bf",
            "title": "Customer Focus: A Development Guide",
        }
    ],
    "competencies": [
        {
            "id": "customer-focus",
            "name": "Customer Focus",
            "definition": "Attends to the needs of internal and external customers and acts to meet them.",
            "definition_source": {
                "document": "customer-focus-guide",
                "page": 1,
                "spans": [{"block": 3, "page": 1, "locator": "page 1 line 4", "start": 0, "end": 83}],
            },
            "key_words": ["service", "responsiveness"],
            "indicators": [
                {
                    "text": "Listens to customers to understand their needs.",
                    "group": "Understanding",
                    "source": {**_SOURCE, "spans": [_SPAN]},
                }
            ],
            "levels": [
                {
                    "rank": 1,
                    "label": "Basic",
                    "behaviors": [{"text": "Responds to customer requests in a timely way.", "source": _SOURCE}],
                },
                {
                    "rank": 2,
                    "label": "Advanced",
                    "behaviors": [{"text": "Anticipates customer needs before they are expressed.", "source": _SOURCE}],
                },
            ],
            "activities": [
                {"text": "Keep a log of customer problems. Review it weekly.", "group": "On the job", "source": _SOURCE}
            ],
            "courses": [{"text": "Customer Service Essentials (one day)", "source": _SOURCE}],
            "readings": [
                {
                    "text": "Delivering Knock Your Socks Off Service by K. Anderson (AMACOM, 2007).",
                    "title": "Delivering Knock Your Socks Off Service",
                    "authors": ["K. Anderson"],
                    "publisher": "AMACOM",
                    "year": 2007,
                    "description": "Practical advice for front-line service.",
                    "group": "Books",
                    "source": _SOURCE,
                }
            ],
            "related": ["Verbal Communication", "Responsiveness & Follow-up"],
            "interview_questions": [
                {"text": "Tell me about a time you turned around an unhappy customer.", "source": _SOURCE}
            ],
            "tips": [{"text": "Return calls the same day.", "source": _SOURCE}],
            "notes": [{"text": "This guide is one of a series on core competencies.", "source": _SOURCE}],
            "sources": ["customer-focus-guide"],
        }
    ],
}


# --- rendering ---------------------------------------------------------------------------------------------------


def render(schema: dict, example: dict = EXAMPLE) -> str:
    """The Markdown page of a schema (deterministic: same schema, same text)."""
    defs = schema.get("$defs", {})
    instances = collect_examples(schema, example)
    objects, scalars = _def_order(schema)
    lines = [
        f"# {schema.get('title', 'Schema')}",
        "",
        "<!-- Generated by `python -m tools.schemadoc` from schema/competency-kb.schema.json: do not edit by "
        "hand; edit the schema and run it again. -->",
        "",
        f"Schema version **{schema.get('version', '?')}** (JSON Schema `{schema.get('$schema', '?')}`), "
        f"`$id` `{schema.get('$id', '?')}`.",
        "",
        schema.get("description", ""),
        "",
        "How to read the tables: a type in a link is a definition further down; **required** means the key is "
        "always present (its value may still be `null` where the type allows it); an optional key is left out "
        "when it has no value. Versioning rules: see CHANGELOG.md.",
        "",
        "Contents: [dataset](#dataset) (the top level), "
        + ", ".join(f"[{name}](#{_anchor(name)})" for name in objects + scalars)
        + ".",
        "",
    ]
    lines += _object_section("dataset", schema, [example], top=True)
    for name in objects:
        lines += _object_section(name, defs[name], instances.get(name, []))
    if scalars:
        lines += ["## Value types", "", "| Type | Definition | Meaning | Example |", "|---|---|---|---|"]
        for name in scalars:
            node = defs[name]
            example_value = instances.get(name, [None])[0]
            lines.append(
                _row(
                    [
                        f'<a id="{_anchor(name)}"></a>`{name}`',
                        _type(node) + _constraints(node),
                        _meaning(node, name),
                        _short(example_value),
                    ]
                )
            )
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _object_section(name: str, node: dict, examples: list, top: bool = False) -> list[str]:
    required = set(node.get("required", []))
    lines = [f"## {name}", "", _meaning(node, name) if not top else "The file is one JSON object with these keys.", ""]
    if node.get("additionalProperties") is False:
        lines += ["No other keys are allowed.", ""]
    lines += ["| Field | Type | Required | Meaning | Example |", "|---|---|---|---|---|"]
    for prop, sub in node.get("properties", {}).items():
        value = next((e[prop] for e in examples if prop in e), None)
        shown = _short(value) if any(prop in e for e in examples) else ""
        lines.append(
            _row(
                [
                    f"`{prop}`",
                    _type(sub) + _constraints(sub),
                    "yes" if prop in required else "no",
                    _meaning(sub, f"{name}.{prop}"),
                    shown,
                ]
            )
        )
    lines.append("")
    if examples and not top:
        fullest = max(examples, key=lambda e: len(e))  # first of the examples with the most keys
        lines += [
            "Example:",
            "",
            "```json",
            json.dumps(fullest, ensure_ascii=False, indent=2, sort_keys=True),
            "```",
            "",
        ]
    return lines


def _type(node: dict) -> str:
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{_anchor(name)})"
    if "const" in node:
        return f"constant `{json.dumps(node['const'])}`"
    if "enum" in node:
        return "one of " + ", ".join(f"`{json.dumps(v)}`" for v in node["enum"])
    for key in ("oneOf", "anyOf"):
        if key in node:
            return " or ".join(_type(branch) for branch in node[key])
    types = node.get("type", "any")
    types = types if isinstance(types, list) else [types]
    shown = []
    for t in types:
        if t == "array":
            shown.append(f"array of {_type(node.get('items', {}))}")
        else:
            shown.append(t)
    return " or ".join(shown)


def _constraints(node: dict) -> str:
    parts = []
    if "minLength" in node:
        parts.append(f"at least {node['minLength']} character{'s' if node['minLength'] != 1 else ''}")
    if "pattern" in node:
        parts.append(f"pattern `{node['pattern']}`")
    if "minimum" in node:
        parts.append(f"≥ {node['minimum']}")
    if "maximum" in node:
        parts.append(f"≤ {node['maximum']}")
    if "minItems" in node:
        parts.append(f"at least {node['minItems']} item{'s' if node['minItems'] != 1 else ''}")
    if node.get("uniqueItems"):
        parts.append("no duplicates")
    return f" ({'; '.join(parts)})" if parts else ""


def _meaning(node: dict, key: str) -> str:
    return node.get("description") or FALLBACK_MEANINGS.get(key, "")


def _short(value) -> str:
    """A JSON value cut to fit a table cell."""
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > EXAMPLE_LIMIT:
        if isinstance(value, str):
            text = json.dumps(value[: EXAMPLE_LIMIT - 12].rstrip() + "…", ensure_ascii=False)
        elif isinstance(value, list) and value:
            first = _short(value[0]).strip("`")
            text = f"[{first if len(first) <= EXAMPLE_LIMIT else '{…}'}{', …' if len(value) > 1 else ''}]"
        elif isinstance(value, dict):
            text = "{…}"
    return f"`{text}`"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def _anchor(name: str) -> str:
    return name.lower()  # GitHub's anchor of a heading "## name" (names are single words)


# --- examples and order ----------------------------------------------------------------------------------------


def collect_examples(schema: dict, example: dict) -> dict[str, list]:
    """Every value of the example that a `$ref` to a definition describes, by definition name, in walk order."""
    defs = schema.get("$defs", {})
    found: dict[str, list] = {}

    def walk(node: dict, value) -> None:
        if value is None:
            return
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            found.setdefault(name, []).append(value)
            walk(defs.get(name, {}), value)
        for key in ("oneOf", "anyOf", "allOf"):
            for branch in node.get(key, []):
                if "$ref" in branch or _fits(branch, value):
                    walk(branch, value)
        if isinstance(value, dict):
            for prop, sub in node.get("properties", {}).items():
                if prop in value:
                    walk(sub, value[prop])
        elif isinstance(value, list) and "items" in node:
            for x in value:
                walk(node["items"], x)

    walk(schema, example)
    return found


def _fits(node: dict, value) -> bool:
    kinds = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}
    types = node.get("type")
    return types is None or kinds.get(type(value)) in (types if isinstance(types, list) else [types])


def _def_order(schema: dict) -> tuple[list[str], list[str]]:
    """Definitions in the order a reader meets them from the top level (breadth first): objects, then value types."""
    defs = schema.get("$defs", {})
    order: list[str] = []
    queue = [schema]
    while queue:
        node = queue.pop(0)
        for ref in _refs(node):
            if ref in defs and ref not in order:
                order.append(ref)
                queue.append(defs[ref])
    order += [name for name in defs if name not in order]  # unreferenced definitions last, in schema order
    objects = [n for n in order if defs[n].get("type") == "object" or "properties" in defs[n]]
    return objects, [n for n in order if n not in objects]


def _refs(node) -> list[str]:
    """Definition names referenced under a node, in document order (not into other definitions)."""
    out = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$defs":
                continue
            if key == "$ref" and isinstance(value, str):
                out.append(value.rsplit("/", 1)[-1])
            else:
                out += _refs(value)
    elif isinstance(node, list):
        for value in node:
            out += _refs(value)
    return out


# --- command line ------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    from pipeline.vocab.vocabulary import SCHEMA_PATH

    parser = argparse.ArgumentParser(prog="python -m tools.schemadoc", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the page is stale instead of writing it")
    parser.add_argument("--schema", type=Path, default=SCHEMA_PATH)
    parser.add_argument("--out", type=Path, default=DOC_PATH)
    args = parser.parse_args(argv)
    page = render(json.loads(args.schema.read_text(encoding="utf-8")))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.is_file() else None
        if current != page:
            print(f"{args.out} is stale: run `python -m tools.schemadoc` and commit it", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
