"""The canonical JSON serialization of every output: sorted keys, two-space indent, UTF-8 text (no \\u escapes but
for control characters), a final newline. These are the bytes of `json.dumps(value, ensure_ascii=False, indent=2,
sort_keys=True) + "\\n"` (but for floats under 1e-4, written without an exponent), made by orjson about twenty
times faster: on 1000 documents, writing the outputs took 3 s of JSON encoding with the standard library.

In one piece (`dumps`), or written element by element (`write_streamed`), which gives the same bytes without
holding the whole text, or the whole object, in memory.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import orjson

OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
UNIT_SEPARATOR = b"\x1f"
NUMBER_CHARACTERS = "0123456789.eE+-"


def dumps(value) -> str:
    return encode(value).decode("utf-8") + "\n"


def encode(value) -> bytes:
    """The canonical bytes of a value, without the final newline."""
    return orjson.dumps(value, option=OPTIONS)


class Encoded(bytes):
    """An element already in canonical form (as `encode` gives it); `write_streamed` copies it as it is."""


class Stream:
    """A list value of `write_streamed`'s top object that is produced while writing (a generator, a spill file):
    its elements are encoded and written one at a time."""

    def __init__(self, elements: Iterable):
        self.elements = elements

    def __iter__(self) -> Iterator:
        return iter(self.elements)


def write_streamed(path: Path, top: dict) -> None:
    """Write `top` with exactly the bytes of `dumps(top)`; list values (and `Stream`s) are written one element at a
    time, so that the peak memory is one element's text, not the file's."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        if not top:
            f.write(b"{}\n")
            return
        for n, key in enumerate(sorted(top)):
            f.write((b"{\n  " if n == 0 else b",\n  ") + orjson.dumps(key) + b": ")
            value = top[key]
            if isinstance(value, (list, Stream)):
                _write_list(f, value)
            else:
                f.write(encode(value).replace(b"\n", b"\n  "))
        f.write(b"\n}\n")


def _write_list(f, elements: Iterable) -> None:
    empty = True
    for element in elements:
        data = element if isinstance(element, Encoded) else encode(element)
        f.write((b"[\n    " if empty else b",\n    ") + data.replace(b"\n", b"\n    "))
        empty = False
    f.write(b"[]" if empty else b"\n  ]")


class Spill:
    """Elements parked in a temporary file, already encoded, until they are written out in order: what an export
    produces faster than it can place it (CASE items, associations and rubrics come out interleaved) does not stay
    in memory. Use as a context manager; the file is removed on exit."""

    def __init__(self, folder: Path | None = None):
        fd, name = tempfile.mkstemp(prefix="competency-kb-spill-", suffix=".bin", dir=folder)
        self.path = Path(name)
        self._file = os.fdopen(fd, "wb")
        self.count = 0

    def append(self, element) -> None:
        # One element per line. Canonical text has no control character but its own line breaks (JSON escapes
        # them inside strings), so they can stand in as the unit separator.
        self._file.write(encode(element).replace(b"\n", UNIT_SEPARATOR) + b"\n")
        self.count += 1

    def __iter__(self) -> Iterator[Encoded]:
        self._file.flush()
        with open(self.path, "rb") as f:
            for line in f:
                yield Encoded(line[:-1].replace(UNIT_SEPARATOR, b"\n"))

    def __len__(self) -> int:
        return self.count

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)


def read_streamed(path: Path, key: str, chunk_size: int = 1 << 20) -> dict:
    """A JSON object file with `top[key]` as a lazy iterator of its elements, decoded one at a time: the peak
    memory is one element, not the file. Any JSON object layout is read (no line structure is assumed). The other
    top-level values are added to the returned dict as the file is read, so all of them are there once the
    iterator is exhausted. A missing `key` gives an empty iterator; a file that is not a JSON object raises
    ValueError when the iterator reaches the problem."""
    top: dict = {}
    top[key] = _stream_object(Path(path), key, top, chunk_size)
    return top


def _stream_object(path: Path, key: str, top: dict, chunk_size: int) -> Iterator:
    with open(path, encoding="utf-8") as f:
        tokens = _Tokens(f, chunk_size)
        tokens.expect("{")
        if tokens.peek() == "}":
            tokens.take()
        else:
            while True:
                name = tokens.value()
                if not isinstance(name, str):
                    raise ValueError(f"{path}: an object key is not a string")
                tokens.expect(":")
                if name == key and tokens.peek() == "[":
                    yield from _stream_array(tokens)
                else:
                    top[name] = tokens.value()
                if tokens.separator(",", "}") == "}":
                    break
        if tokens.peek() != "":
            raise ValueError(f"{path}: more data after the top-level object")


def _stream_array(tokens: _Tokens) -> Iterator:
    tokens.expect("[")
    if tokens.peek() == "]":
        tokens.take()
        return
    while True:
        yield tokens.value()
        if tokens.separator(",", "]") == "]":
            return


class _Tokens:
    """Structural characters and whole values from a text file read in chunks (json's own decoder for values)."""

    def __init__(self, f, chunk_size: int):
        self.f, self.chunk_size = f, chunk_size
        self.buffer, self.pos, self.eof = "", 0, False
        self.decoder = json.JSONDecoder()

    def _more(self) -> bool:
        if self.eof:
            return False
        chunk = self.f.read(self.chunk_size)
        self.buffer = self.buffer[self.pos :] + chunk
        self.pos = 0
        self.eof = not chunk
        return bool(chunk)

    def peek(self) -> str:
        """The next non-blank character ("" at the end of the file)."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buffer) or not self._more():
                return self.buffer[self.pos : self.pos + 1]

    def take(self) -> str:
        ch = self.peek()
        self.pos += len(ch)
        return ch

    def expect(self, ch: str) -> None:
        got = self.take()
        if got != ch:
            raise ValueError(f"expected {ch!r}, found {got or 'the end of the file'!r}")

    def _number_may_go_on(self, value, end: int) -> bool:
        if self.eof or isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        return not self.buffer[end:].lstrip(NUMBER_CHARACTERS)

    def separator(self, more: str, end: str) -> str:
        got = self.take()
        if got not in (more, end):
            raise ValueError(f"expected {more!r} or {end!r}, found {got or 'the end of the file'!r}")
        return got

    def value(self):
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError:
                if self._more():
                    continue  # the value runs on into the next chunk
                raise
            if self._number_may_go_on(value, end) and self._more():
                continue  # a number cut at the chunk's end ("1" of "1.5") may go on
            self.pos = end
            return value
