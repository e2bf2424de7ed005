"""The blocks of every document of a build, parked on disk from the moment the document is extracted until the
review page shows them: the build holds one document's blocks at a time, whatever the number of documents."""

from __future__ import annotations

import tempfile
from pathlib import Path

import orjson


class BlockStore:
    """Blocks by document id in an anonymous temporary file (gone when closed, or when the process dies).
    Use as a context manager."""

    def __init__(self, folder: Path | None = None):
        if folder is not None:
            Path(folder).mkdir(parents=True, exist_ok=True)
        self._file = tempfile.TemporaryFile(prefix="competency-kb-blocks-", dir=folder)
        self._where: dict[str, tuple[int, int]] = {}

    def put(self, doc_id: str, blocks: list[dict]) -> None:
        data = orjson.dumps(blocks)
        self._file.seek(0, 2)
        self._where[doc_id] = (self._file.tell(), len(data))
        self._file.write(data)

    def get(self, doc_id: str) -> list[dict]:
        """The document's blocks; [] for a document that has none (it could not be read)."""
        if doc_id not in self._where:
            return []
        offset, size = self._where[doc_id]
        self._file.seek(offset)
        return orjson.loads(self._file.read(size))

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> BlockStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
