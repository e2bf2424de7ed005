"""What the reading libraries say on their own (pdfminer's log messages, Python warnings from pdfplumber,
python-docx or lxml) becomes the document's warnings, instead of stray lines on the terminal that name no
document and break the build's one line per problem."""

from __future__ import annotations

import logging
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from ..model.errors import one_line

MAX_NOTICES = 5  # distinct messages kept per document; the rest are counted
MAX_NOTICE_CHARS = 200


class _Collector(logging.Handler):
    def __init__(self, notices: list[str]):
        super().__init__(level=logging.WARNING)
        self.notices = notices

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a library's badly formatted message must not fail the document
            message = str(record.msg)
        self.notices.append(f"{record.name.split('.')[0]}: {message}")


@contextmanager
def library_notices() -> Iterator[list[str]]:
    """Collect, for the block, the log records of level WARNING and above and the Python warnings raised; the
    yielded list holds them as one-line notices once the block ends (see `summarise`). Only in a process's main
    thread, where documents are read one at a time: elsewhere the messages of several documents would mix."""
    notices: list[str] = []
    if threading.current_thread() is not threading.main_thread():
        yield notices
        return
    collector = _Collector(notices)
    root = logging.getLogger()
    root.addHandler(collector)  # with a handler in place, logging no longer prints to stderr by itself
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                yield notices
            finally:
                notices.extend(f"{w.category.__name__}: {w.message}" for w in caught)
    finally:
        root.removeHandler(collector)
        notices[:] = summarise(notices)


def summarise(notices: list[str]) -> list[str]:
    """Distinct notices in order, each on one line and bounded, at most MAX_NOTICES and a count of the rest."""
    seen: list[str] = []
    for notice in notices:
        line = one_line(notice, MAX_NOTICE_CHARS)
        if line and line not in seen:
            seen.append(line)
    if len(seen) > MAX_NOTICES:
        return seen[:MAX_NOTICES] + [f"and {len(seen) - MAX_NOTICES} more messages of the reading libraries"]
    return seen
