"""A content-hash cache of per-document extraction results (what `document.extract_document` returns).

An entry's key hashes everything the result depends on: the document's bytes, where it sits and what it is called
(rel_path, doc_id, the manifest name and the rest of its manifest entry), the pipeline's version, the data tables,
the pipeline's own source files and the versions of the extraction libraries. Editing a document, a table or the
code, or upgrading a reader library, therefore re-extracts by itself; nothing is ever invalidated by hand.

Entries are compact JSON files `<root>/<key[:2]>/<key>.json`, written atomically (temporary file + os.replace).
The cache is only a shortcut, and never trusted: an entry records the sha256 of its document's content and of its
own result, and its result must have the shape of one (`pipeline/vocab/cached-result.schema.json`) and be about
its document. An entry that fails any of these (cut short, edited in place, another document's entry copied under
this key, a well-formed envelope around a malformed result) is not used: the document is extracted again and the
build report says so (warning `cache-entry-refused`). A cache that cannot be written to slows the build down but
never fails it.

The shape check is the dearest part of reading an entry back (most of a one-document rebuild's reading of the
others), so each result is shape-checked once: the hashes of results found sound are kept in `checked.json` beside
the entries, for the same salt, and a result whose hash is there skips only that check. An entry edited and
resealed has another hash, so it is checked in full as before.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

import orjson

from .. import __version__
from ..model.errors import DocumentError
from ..model.issues import Issue
from ..read.guards import document_sha256
from ..vocab.vocabulary import SCHEMA_PATH, VOCAB_DIR, fingerprint
from .jobs import DocumentJob

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # the pipeline package: its sources are part of the key
DEFAULT_CACHE_ROOT = Path(".cache") / "extract"  # beside where the build runs, like make's own files
ENTRY_FORMAT = 2  # bump when the envelope below changes shape
RESULT_SCHEMA_PATH = VOCAB_DIR / "cached-result.schema.json"
LOCK_NAME = ".lock"
CHECKED_NAME = "checked.json"  # hashes of results read back and found sound (see the module's docstring)
CHECKED_FORMAT = 1


# The libraries whose behaviour is part of an extraction's result: upgrading one re-extracts every document.
EXTRACTION_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "python-docx", "lxml", "spacy", "spacy-lookups-data")


@dataclass(frozen=True)
class CacheSalt:
    """What every key of one build shares: the pipeline's version, its tables, its code and the versions of the
    extraction libraries."""

    version: str
    tables: str
    code: str
    libraries: str = ""


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    stored: int = 0
    refused: int = 0  # entries found but not used (damaged, edited, foreign): counted in misses too

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def current_salt(tables_dir: Path = VOCAB_DIR) -> CacheSalt:
    return CacheSalt(
        version=__version__, tables=fingerprint(tables_dir), code=source_fingerprint(), libraries=library_versions()
    )


@lru_cache(maxsize=1)
def library_versions(path: tuple[str, ...] | None = None) -> str:
    """`name==version` of each installed extraction library, as the first folder of `path` (sys.path) holding its
    metadata names it: the distribution that `import` finds. Read from the metadata folders' names
    (`lxml-6.1.3.dist-info`): importlib.metadata takes 70 ms to start, a tenth of a rebuild with nothing to do."""
    wanted = {_project(name) for name in EXTRACTION_LIBRARIES}
    found: dict[str, str] = {}
    for folder in sys.path if path is None else path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:  # a zip file, a folder that does not exist
            continue
        for name in names:
            stem, dot, suffix = name.rpartition(".")
            if dot and suffix in ("dist-info", "egg-info"):
                project, _, version = stem.partition("-")
                if _project(project) in wanted:
                    found.setdefault(_project(project), version)
    return ",".join(f"{name}=={found[name]}" for name in sorted(found))


def _project(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()  # PEP 503: "python_docx" and "Python-Docx" are one project


@lru_cache(maxsize=4)
def source_fingerprint(package_dir: Path = PACKAGE_DIR) -> str:
    """A hash of the pipeline's Python sources, so that a code change re-extracts every document."""
    h = hashlib.sha256()
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        h.update(path.relative_to(package_dir).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def file_sha256(path: Path) -> str:
    """The content hash of a file, from one checked descriptor: never through a link, never a pipe, and a file
    over the size limit refused before it is read (`guards.document_sha256`)."""
    return document_sha256(path)


def job_sha256(job: DocumentJob) -> str:
    """The content hash of a job's document, opened as its extraction will open it (see `DocumentJob.root`)."""
    if job.root is None:
        return document_sha256(job.path)
    return document_sha256(job.target or job.rel_path, root=job.root)


def cache_dir_for(raw_dir: Path, base: Path = DEFAULT_CACHE_ROOT) -> Path:
    """One cache folder per raw documents folder: `prune` then only ever drops entries of that folder's builds."""
    return base / hashlib.sha256(str(raw_dir.resolve()).encode()).hexdigest()[:16]


class ExtractionCache:
    def __init__(self, root: Path = DEFAULT_CACHE_ROOT, salt: CacheSalt | None = None):
        self.root = Path(root)
        self.salt = salt or current_salt()
        self._lock_fd: int | None = None
        self._checked: set[str] | None = None  # read from CHECKED_NAME on first use
        self._sound: dict[str, str] = {}  # key -> its result's hash, for the entries this build found sound

    @contextmanager
    def in_use(self) -> Iterator[None]:
        """Hold a shared lock on the cache folder while a build reads and writes it. Builds of one raw folder
        into different outputs share its cache: `prune` removes entries only when no other build holds the
        lock (the other may need them); otherwise the next build alone prunes. Without a writable folder, no
        lock: the cache is only a shortcut."""
        import fcntl

        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.root / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
        except OSError:
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
            self._lock_fd = fd
            yield
        finally:
            self._lock_fd = None
            os.close(fd)  # and with it the lock

    def key(self, job: DocumentJob, content_sha256: str, manifest_entry: object = None) -> str:
        """The entry's name: sha256 over the document's content hash, its job, its manifest entry and the salt."""
        material = {
            "content": content_sha256,
            "rel_path": job.rel_path,
            "doc_id": job.doc_id,
            "name": job.name,
            "manifest": _plain(manifest_entry),
            "salt": dataclasses.asdict(self.salt),
        }
        encoded = json.dumps(material, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(encoded.encode("utf-8")).hexdigest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str, job: DocumentJob | None = None) -> dict | None:
        """The stored result, or None: absent, or not fit to use (see `lookup`)."""
        return self.lookup(key, job)[0]

    def lookup(self, key: str, job: DocumentJob | None = None) -> tuple[dict | None, str | None]:
        """(result, None) for a sound entry; (None, None) when there is none; (None, why) for an entry that is
        there but must not be used. With `job`, the entry must be about that job's document and content."""
        try:
            data = self.path(key).read_bytes()
        except FileNotFoundError:
            return None, None
        except OSError as exc:
            return None, f"it cannot be read ({exc.strerror or type(exc).__name__})"
        try:
            envelope = orjson.loads(data)
        except ValueError:  # orjson.JSONDecodeError is a ValueError
            return None, "it is not a cache entry (damaged or cut short)"
        problem = entry_problem(envelope, key, job, self.checked())
        if problem:
            return None, problem
        self._sound[key] = envelope["digest"]
        return envelope["result"], None

    def checked(self) -> set[str]:
        """The hashes of results found sound by earlier builds with this salt (empty when there is no record, or
        it is not one: the record only ever saves work, never decides)."""
        if self._checked is None:
            self._checked = set()
            try:
                record = orjson.loads((self.root / CHECKED_NAME).read_bytes())
            except (OSError, ValueError):
                return self._checked
            if (
                isinstance(record, dict)
                and record.get("format") == CHECKED_FORMAT
                and record.get("salt") == self._salt_hash()
                and isinstance(record.get("digests"), list)
            ):
                self._checked = {d for d in record["digests"] if isinstance(d, str)}
        return self._checked

    def remember_checked(self, keys: Iterable[str]) -> bool:
        """Record the hashes of the sound results among `keys` (this build's entries) for the next build; written
        only when they differ from the record read, atomically. False when the folder cannot be written."""
        digests = sorted({self._sound[k] for k in keys if k in self._sound})
        if set(digests) == self.checked():
            return True
        data = orjson.dumps({"format": CHECKED_FORMAT, "salt": self._salt_hash(), "digests": digests})
        try:
            fd, tmp = tempfile.mkstemp(prefix=".checked-", suffix=".tmp", dir=self.root)
        except OSError:
            return False
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, self.root / CHECKED_NAME)
        except OSError:
            _unlink(Path(tmp))
            return False
        self._checked = set(digests)
        return True

    def _salt_hash(self) -> str:
        encoded = json.dumps(dataclasses.asdict(self.salt), sort_keys=True)
        return hashlib.sha256(encoded.encode("utf-8")).hexdigest()

    def put(self, key: str, result: dict) -> bool:
        """Store a result; False (and no exception) when the cache folder cannot be written."""
        target = self.path(key)
        body = orjson.dumps(result, option=orjson.OPT_SORT_KEYS)
        envelope = {
            "format": ENTRY_FORMAT,
            "key": key,
            "sha256": (result.get("document") or {}).get("sha256"),
            "digest": hashlib.sha256(body).hexdigest(),
            "result": result,
        }
        data = orjson.dumps(envelope, option=orjson.OPT_SORT_KEYS)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:16]}-", suffix=".tmp", dir=target.parent)
        except OSError:
            return False
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, target)
        except OSError:
            _unlink(Path(tmp))
            return False
        return True

    def keys(self) -> set[str]:
        return {p.stem for p in self.root.glob("??/*.json")}

    def prune(self, keep: Iterable[str]) -> int:
        """Drop every entry not in `keep` (the keys of this build's documents) and leftover temporary files;
        returns how many files went."""
        if self._lock_fd is not None:
            import fcntl

            try:  # from the shared lock to an exclusive one: only when no other build uses the cache
                fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return 0
        keep = set(keep)
        removed = 0
        for path in list(self.root.glob("??/*.json")) + list(self.root.glob("??/.*.tmp")):
            if path.suffix == ".json" and path.stem in keep:
                continue
            removed += _unlink(path)
        for folder in self.root.glob("??"):
            try:
                folder.rmdir()  # only succeeds when empty
            except OSError:
                pass
        return removed


def is_cacheable(result: dict) -> bool:
    """Only successful extractions are kept: a failure may be passing (permissions, a file still being copied)."""
    return result.get("report", {}).get("status") == "ok" and bool(result.get("document", {}).get("sha256"))


def extract_with_cache(
    jobs: list[DocumentJob],
    run: Callable[[list[DocumentJob]], Iterable[dict]],
    cache: ExtractionCache,
    manifest_entries: Mapping[str, object] | None = None,
    keep: Callable[[dict], dict] | None = None,
) -> tuple[list[dict], CacheStats, set[str]]:
    """Results for `jobs` in their order: cached ones read back, the others computed by `run` (which may use a
    process pool; its results are taken one at a time as they come) and stored. `keep(result)` is what stays in
    memory of each result once it is stored (the build moves the blocks out to disk). Also returns the keys in
    use, for `cache.prune`."""
    manifest_entries = manifest_entries or {}
    keep = keep or (lambda result: result)
    results: list[dict | None] = [None] * len(jobs)
    keys: list[str | None] = [None] * len(jobs)
    hashes: list[str | None] = [None] * len(jobs)
    stats = CacheStats()
    jobs = list(jobs)
    for i, job in enumerate(jobs):
        sha256 = job.sha256
        if sha256 is None:
            try:
                # the extraction checks that it reads these same bytes: what is stored under the key is theirs
                sha256 = job_sha256(job)
            except (OSError, DocumentError):
                continue  # unreadable or refused: extraction reports why
            jobs[i] = job = dataclasses.replace(job, sha256=sha256)
        hashes[i] = sha256
        keys[i] = cache.key(job, sha256, manifest_entries.get(job.rel_path))
    # Documents without an entry go to the executor first: a process pool extracts them (loading the libraries
    # extraction needs) while this process reads the hits back.
    absent = [i for i, key in enumerate(keys) if key is None or not cache.path(key).is_file()]
    extracted = run([jobs[i] for i in absent]) if absent else iter(())
    skip = set(absent)
    refused: dict[int, str] = {}  # entries there but not fit to use, and why
    vanished: list[int] = []
    for i, key in enumerate(keys):
        if i not in skip and key is not None:  # (a job without a key is among the absent)
            hit, problem = cache.lookup(key, jobs[i])
            results[i] = keep(hit) if hit is not None else None
            if hit is None:  # gone since it was seen (another program removed it) or refused: extracted again
                vanished.append(i)
                if problem:
                    refused[i] = problem
    unreadable = vanished
    stats.misses = len(absent) + len(unreadable)
    stats.hits = len(jobs) - stats.misses
    stats.refused = len(refused)

    def computed():
        yield from zip(absent, extracted)
        if unreadable:
            yield from zip(unreadable, run([jobs[i] for i in unreadable]))

    for i, result in computed():
        # a file rewritten between hashing and reading must not be stored under its old content's key
        same_bytes = result.get("document", {}).get("sha256") == hashes[i]
        if keys[i] and same_bytes and is_cacheable(result) and cache.put(keys[i], result):
            stats.stored += 1
        if i in refused:  # after storing: the warning is about this build's cache, not the document
            result["report"]["warnings"].append(refused_warning(refused[i]))
        results[i] = keep(result)
    # every job has its result by now: a hit, or an extraction (of the absent, or again of the unreadable)
    return cast(list[dict], results), stats, {k for k in keys if k}


def refused_warning(why: str) -> dict:
    return Issue("cache-entry-refused", f"the cached extraction was not used: {why}; extracted again").as_dict()


@lru_cache(maxsize=1)
def _result_check() -> Callable[[object], object]:
    """The cached-result schema compiled (fastjsonschema), with the dataset's document and competency
    definitions; a cached competency has no id yet."""
    import fastjsonschema

    schema = json.loads(RESULT_SCHEMA_PATH.read_text(encoding="utf-8"))
    dataset = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    defs = dict(dataset["$defs"], **schema["$defs"])
    competency = dict(defs["competency"])
    competency["required"] = [k for k in competency["required"] if k != "id"]
    defs["competency"] = competency
    schema["$defs"] = defs
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"  # as validate._fast_check reads the dataset's
    return fastjsonschema.compile(schema)


def entry_problem(
    envelope: object, key: str, job: DocumentJob | None = None, checked: Container[str] = ()
) -> str | None:
    """Why an entry read back must not be used, or None when it is sound: its envelope, then its integrity (the
    result's hash as stored with it), then whose it is (the document's content hash, id and path), then the
    result's shape, unless a result of that hash was found sound before (`checked`). Never quotes the entry's
    values: they may be anything."""
    import fastjsonschema

    if not isinstance(envelope, dict) or envelope.get("format") != ENTRY_FORMAT or envelope.get("key") != key:
        return "it is not a cache entry of this key (damaged, or copied from elsewhere)"
    result = envelope.get("result")
    digest = hashlib.sha256(orjson.dumps(result, option=orjson.OPT_SORT_KEYS)).hexdigest()
    if digest != envelope.get("digest"):
        return "its content does not match the hash stored with it (edited after it was written)"
    if job is not None and job.sha256 and envelope.get("sha256") != job.sha256:
        return "it holds the extraction of other content than the document's (another document's entry)"
    try:
        if digest not in checked:
            _result_check()(result)
    except fastjsonschema.JsonSchemaValueException as exc:
        where = str(exc.name).replace("data", "result", 1) if getattr(exc, "name", None) else "result"
        return f"its result is malformed (at {where[:120]})"
    sound = cast(dict, result)  # the schema check passed (now or before): the result is an object with these keys
    document = sound["document"]
    if document["sha256"] != envelope.get("sha256"):
        return "its result is about other content than the entry records"
    if job is not None and (document["id"] != job.doc_id or document["path"] != job.rel_path):
        return "its result is about another document"
    if job is not None and any(c["sources"] != [job.doc_id] for c in sound["competencies"]):
        return "its competencies name other source documents"
    return None


def _plain(value: object) -> object:
    if value is None:
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


def _unlink(path: Path) -> int:
    try:
        path.unlink()
        return 1
    except OSError:
        return 0
