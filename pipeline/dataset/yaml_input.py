"""The analyst's YAML files in the raw folder (manifest.yaml, corrections.yaml): read safely, checked against
their JSON Schemas (`pipeline/vocab/manifest.schema.json`, `corrections.schema.json`) before the build uses them.

- Read as documents are (`guards.open_document`): from inside the raw folder only, a link leading out of it
  refused, never a pipe, at most MAX_YAML_BYTES.
- No aliases (`*name`): a few hundred bytes of nested aliases expand to gigabytes. Nesting is bounded
  (MAX_YAML_DEPTH), numbers too (MAX_NUMBER_DIGITS), a date is kept as the text it was written as (the schema
  says what a date is), and only plain values are accepted (no `!!binary`, no `!!python/...`).
- Each value's line is remembered, so that every problem is `file line N: what is wrong`; an unknown key comes
  with the nearest known one ("did you mean"). A message never quotes a value: it may be anything, of any size.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..model.errors import BuildError, DocumentError, one_line
from ..read.guards import checked_document
from ..vocab.vocabulary import VOCAB_DIR

MAX_YAML_BYTES = 1024 * 1024
MAX_YAML_DEPTH = 32  # mappings and lists inside each other
MAX_NUMBER_DIGITS = 40
MAX_SHOWN_KEY = 60  # characters of a key shown in a message
TAG = "tag:yaml.org,2002:"
BOUNDS = {
    "minItems": "must have at least {} items",
    "maxItems": "must have at most {} items",
    "minLength": "must have at least {} characters",
    "maxLength": "must have at most {} characters",
    "minimum": "must be at least {}",
    "maximum": "must be at most {}",
}

JsonPath = tuple[str | int, ...]  # a value's place: keys and list indexes


class YamlInputError(BuildError):
    """A YAML file of the raw folder that cannot be used at all: the message names the file and line."""


@dataclass(frozen=True)
class Problem:
    line: int
    path: JsonPath
    message: str


@dataclass
class Loaded:
    """A YAML file's data (plain dicts, lists, str, int, float, bool, None) and the line of every value."""

    data: object
    source: str
    lines: dict[JsonPath, int] = field(default_factory=dict)  # path of a value -> its line
    key_lines: dict[JsonPath, int] = field(default_factory=dict)  # path of a mapping's key -> the key's line

    def line(self, path: JsonPath) -> int:
        """The line of the value at `path`, or of the nearest value above it."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


# ------------------------------------------------------------------ reading
def read_raw_file(raw_dir: Path, names: tuple[str, ...]) -> tuple[str, bytes] | None:
    """(name, bytes) of the first of `names` in the raw folder, read as a document is (see the module's
    docstring); None when there is none. A link leading out of the folder, a pipe or a file too large is refused
    with one line."""
    root = Path(os.path.realpath(raw_dir))
    for name in names:
        path = root / name
        if not os.path.lexists(path):
            continue
        target = name
        if path.is_symlink():
            resolved = Path(os.path.realpath(path))
            if not resolved.is_relative_to(root) or not resolved.exists():
                raise YamlInputError(
                    f"{name}: refused: a symbolic link leading outside the raw documents folder (or nowhere) "
                    f"(copy the file in instead)"
                )
            target = resolved.relative_to(root).as_posix()
        try:
            with checked_document(target, limit=sys.maxsize, root=root) as f:
                size = os.fstat(f.fileno()).st_size
                if size > MAX_YAML_BYTES:
                    raise YamlInputError(
                        f"{name}: refused: {size} bytes, over the limit of {MAX_YAML_BYTES} bytes for this file "
                        f"(it is meant to be written by hand: split or shorten it)"
                    )
                return name, f.read(MAX_YAML_BYTES + 1)[:MAX_YAML_BYTES]
        except DocumentError as exc:
            raise YamlInputError(f"{name}: refused: {exc}") from exc
        except OSError as exc:
            raise YamlInputError(f"{name}: cannot read the file: {exc.strerror or exc}") from exc
    return None


# ------------------------------------------------------------------ parsing
def parse_yaml(text: str | bytes, source: str) -> Loaded:
    """The file's data and lines. Raises YamlInputError (file, line, problem) for text that is not YAML, an
    alias, nesting too deep, a number too long, a value of an unknown type, a key used twice."""
    import yaml

    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise YamlInputError(f"{source}: not UTF-8 text (byte {exc.start}): save it as UTF-8") from exc
    loader = _loader_class()(text)
    try:
        node = loader.get_single_node()
        loaded = Loaded(data=None, source=source)
        if node is not None:
            loaded.data = _data(node, (), loaded, loader)
        return loaded
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" line {mark.line + 1}" if mark else ""
        problem = one_line(exc.problem or exc.context or "error")
        raise YamlInputError(f"{source}{line}: not valid YAML: {problem}") from exc
    except yaml.YAMLError as exc:
        raise YamlInputError(f"{source}: not valid YAML: {one_line(str(exc))[:200]}") from exc
    finally:
        loader.dispose()


@lru_cache(maxsize=1)
def _loader_class():
    import yaml
    from yaml.composer import ComposerError
    from yaml.events import AliasEvent

    class Loader(yaml.SafeLoader):
        depth = 0

        def compose_node(self, parent, index):
            if self.check_event(AliasEvent):
                raise ComposerError(
                    None, None, "aliases (*name) are not accepted: write the value out", self.peek_event().start_mark
                )
            self.depth += 1
            try:
                if self.depth > MAX_YAML_DEPTH:
                    raise ComposerError(
                        None, None, f"nested more than {MAX_YAML_DEPTH} levels deep", self.peek_event().start_mark
                    )
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return Loader


def _data(node, path: JsonPath, loaded: Loaded, loader) -> object:
    from yaml.constructor import ConstructorError
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    loaded.lines[path] = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        out: dict[str, object] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise ConstructorError(None, None, "a key must be a plain text", key_node.start_mark)
            key = str(_scalar(key_node, loader))
            if key in out:
                raise ConstructorError(None, None, f"duplicate key {shown(key)!r}", key_node.start_mark)
            loaded.key_lines[path + (key,)] = key_node.start_mark.line + 1
            out[key] = _data(value_node, path + (key,), loaded, loader)
        return out
    if isinstance(node, SequenceNode):
        return [_data(item, path + (n,), loaded, loader) for n, item in enumerate(node.value)]
    return _scalar(node, loader)


def _scalar(node, loader) -> object:
    from yaml.constructor import ConstructorError

    tag = node.tag
    if tag in (TAG + "str", TAG + "timestamp"):
        return node.value  # a date stays the text it was written as: the schema checks it is one
    if tag in (TAG + "int", TAG + "float"):
        digits = sum(ch.isdigit() for ch in node.value)
        if digits > MAX_NUMBER_DIGITS:
            raise ConstructorError(
                None, None, f"a number of {digits} digits, over the limit of {MAX_NUMBER_DIGITS}", node.start_mark
            )
        return loader.construct_object(node)
    if tag in (TAG + "null", TAG + "bool"):
        return loader.construct_object(node)
    raise ConstructorError(None, None, f"values tagged {shown(tag)} are not accepted", node.start_mark)


# ------------------------------------------------------------------ checking
@lru_cache(maxsize=4)
def load_schema(name: str) -> dict:
    return json.loads((VOCAB_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def _validator(name: str):
    from jsonschema import Draft202012Validator, FormatChecker

    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker(formats=["date"]))


def check(loaded: Loaded, schema_name: str, describe: Callable[[JsonPath], str]) -> list[Problem]:
    """Every problem of the file against its schema, in line order. `describe(path)` names a value's place for
    the message ("entry 'a.pdf': name: ")."""
    problems = []
    for error in _validator(schema_name).iter_errors(loaded.data):
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            known = sorted(error.schema.get("properties", {}))
            for key in sorted(set(error.instance) - set(known)):
                line = loaded.key_lines.get(path + (key,), loaded.line(path))
                problems.append(Problem(line, path + (key,), describe(path) + unknown_key(key, known)))
            continue
        problems.append(Problem(loaded.line(path), path, describe(path) + _message(error)))
    return sorted(problems, key=lambda p: (p.line, [str(x) for x in p.path]))


def unknown_key(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(known)}"
    return f"unknown key '{shown(key)}' ({hint})"


def _message(error) -> str:
    """What is wrong, in words, from the schema alone: never the value."""
    custom = error.schema.get("x-message") if isinstance(error.schema, dict) else None
    if custom and error.validator != "required":  # the schema's own words for a problem with this value
        return custom
    kind, expected = error.validator, error.validator_value
    if kind == "type":
        return f"expected {_type_words(expected)}, found {_found(error.instance)}"
    if kind == "required":
        missing = [k for k in expected if isinstance(error.instance, dict) and k not in error.instance]
        return f"{', '.join(missing) or 'a key'}: is missing"
    if kind in ("enum", "const"):
        choices = expected if kind == "enum" else [expected]
        return f"must be one of {', '.join(map(str, choices))}"
    if kind == "format":
        return f"not a {expected}" + (" (write it as YYYY-MM-DD)" if expected == "date" else "")
    if kind in BOUNDS:
        return BOUNDS[kind].format(expected)
    if kind == "pattern":
        return "is not in the expected form"
    return f"does not match the file's schema ({kind})"


def _type_words(types) -> str:
    words = {
        "string": "a text",
        "object": "a mapping (key: value lines)",
        "array": "a list",
        "number": "a number",
        "integer": "a whole number",
        "null": "nothing",
        "boolean": "true or false",
    }
    types = [types] if isinstance(types, str) else list(types)
    return " or ".join(words.get(t, t) for t in types if t != "null") or "nothing"


def _found(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def shown(text: str) -> str:
    """A key as it may appear in a message: control characters escaped, at most MAX_SHOWN_KEY characters."""
    text = "".join(
        ch if unicodedata.category(ch)[0] != "C" else ch.encode("unicode_escape").decode("ascii") for ch in str(text)
    )
    return text if len(text) <= MAX_SHOWN_KEY else text[: MAX_SHOWN_KEY - 1] + "…"


def raise_problems(problems: list[Problem], source: str, limit: int = 20) -> None:
    """A YamlInputError listing the problems (file line N: what), first line first; nothing when there are none."""
    if problems:
        lines = [f"{source} line {p.line}: {p.message}" for p in problems[:limit]]
        more = len(problems) - limit
        raise YamlInputError("\n  ".join(lines) + (f"\n  ... and {more} more" if more > 0 else ""))
