"""Publishing a build's outputs: only where it destroys nothing of the user's, one build at a time, atomically.

- `check_target` refuses, before anything is touched, an output path that is empty, a file, the raw documents
  folder or a folder inside or above it, or a folder of someone else's files: a build may replace only a folder
  this tool published (it holds the `MARKER` file) or an empty one.
- `output_lock` serialises builds into one output folder (an exclusive `flock` on a lock file beside it); a second
  build waits for the first, then compares with what the first published.
- `staging` gives the build a private folder beside the output; stale ones (their build's process is gone) are
  removed, live ones never.
- `publish` records every published file's hash in the marker, fsyncs everything (a failed fsync fails the
  publish), then swaps the staged folder and the output in one atomic exchange (`renameat2(RENAME_EXCHANGE)`), so
  the output path always holds a complete output, the old or the new. Where the exchange is not available, two
  renames are used, and `recover` puts the previous output back if a build died between them.
- `verify` checks a published folder against its marker, so that a damaged output is rebuilt, never trusted.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from ..model.errors import BuildError

MARKER = ".competency-kb-output"
STAGING_PREFIX = ".staging-"
RETIRED_PREFIX = ".retired-"
LOCK_SUFFIX = ".lock"
# What builds before the marker existed published: a folder holding only these is taken as this tool's output.
LEGACY_OUTPUTS = {
    "competencies.json",
    "build-report.json",
    "changes.json",
    "changes.md",
    "review.html",
    "case.json",
    "tables",
}
LOCK_WAIT_SECONDS = 600.0
RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class OutputRefused(BuildError):
    """The output path would destroy or mix with files this tool did not create: nothing was touched."""


# ------------------------------------------------------------------ where a build may publish
def check_target(out_dir: Path, raw_dir: Path) -> None:
    """Refuse an output path a build must not replace, with one line that says why and what to do."""
    if not str(out_dir).strip():
        raise OutputRefused("refused: the output folder is an empty path (give --out a folder, e.g. --out output)")
    out, raw = _resolved(out_dir), _resolved(raw_dir)
    if out == raw:
        raise OutputRefused(
            f"refused: the output folder {out_dir} is the raw documents folder itself "
            f"(choose another --out, e.g. output)"
        )
    if out.is_relative_to(raw):
        raise OutputRefused(
            f"refused: the output folder {out_dir} is inside the raw documents folder {raw_dir}; "
            f"the next build would read its own output as documents (choose --out outside it)"
        )
    if raw.is_relative_to(out):
        raise OutputRefused(
            f"refused: the output folder {out_dir} holds the raw documents folder {raw_dir}; "
            f"publishing would replace it (choose --out beside it, e.g. output)"
        )
    if out_dir.is_symlink() or out.exists() and not out.is_dir():
        raise OutputRefused(
            f"refused: the output path {out_dir} is a file or a link, not a folder (choose a folder for --out)"
        )
    if out.is_dir() and not is_ours(out):
        raise OutputRefused(
            f"refused: the output folder {out_dir} holds files this tool did not write "
            f"(it publishes only into an empty folder or one it published; choose another --out, "
            f"or empty that folder)"
        )


def is_ours(folder: Path) -> bool:
    """Empty, published by this tool (its marker), or an output of a build from before the marker existed."""
    try:
        names = {p.name for p in folder.iterdir()}
    except OSError:
        return False
    if not names or MARKER in names:
        return True
    return "competencies.json" in names and names <= LEGACY_OUTPUTS


def _resolved(path: Path) -> Path:
    return Path(os.path.realpath(os.path.abspath(path)))


# ------------------------------------------------------------------ one build at a time
@contextmanager
def output_lock(out_dir: Path, wait: float = LOCK_WAIT_SECONDS, on_wait=None) -> Iterator[None]:
    """Hold an exclusive lock on the output folder for the block (a lock file beside it, which stays: it is
    this tool's and tiny). A second build waits up to `wait` seconds, then says the folder is busy."""
    import fcntl

    out = _resolved(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    path = out.parent / f".{out.name}{LOCK_SUFFIX}"
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0), 0o644)
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise BuildError(
                        f"the output folder {out_dir} is busy: another build has been publishing into "
                        f"it for over {wait:g} s (wait for it to finish, or use another --out)"
                    ) from None
                if not told and on_wait is not None:
                    on_wait(f"waiting for another build into {out_dir} to finish")
                    told = True
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# ------------------------------------------------------------------ staging and the swap
@contextmanager
def staging(out_dir: Path) -> Iterator[Path]:
    """A new empty folder beside the output (same file system), removed unless `publish` moved it into place.
    Call it holding `output_lock`: stale folders of dead builds are removed first."""
    out = _resolved(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    recover(out)
    tmp = out.parent / f"{STAGING_PREFIX}{out.name}-{os.getpid()}-{secrets.token_hex(4)}"
    tmp.mkdir(mode=0o700)
    os.chmod(tmp, 0o777 & ~_umask())  # published as any folder the user makes, not private like a temp folder
    try:
        yield tmp
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def clean_leftovers(out_dir: Path) -> None:
    """`recover` for an output folder as the user named it. Call it holding `output_lock`: every build does
    first, even one that then finds nothing to do, so that a killed build's folders do not wait for the next
    build that publishes."""
    out = _resolved(out_dir)
    if out.parent.is_dir():
        recover(out)


def recover(out: Path) -> None:
    """Undo what a killed build left beside the output: restore a previous output retired by the two-rename swap
    when the output is missing, and remove staging or retired folders whose build's process is gone."""
    for p in sorted(out.parent.glob(f"{RETIRED_PREFIX}{out.name}-*")):
        if not out.exists() and is_ours(p):
            os.replace(p, out)
        elif not _owner_alive(p):
            shutil.rmtree(p, ignore_errors=True)
    for p in out.parent.glob(f"{STAGING_PREFIX}{out.name}-*"):
        if not _owner_alive(p):
            shutil.rmtree(p, ignore_errors=True)


def _owner_alive(folder: Path) -> bool:
    m = re.search(r"-(\d+)-[0-9a-f]{8}$", folder.name)
    if not m:
        return False
    pid = int(m.group(1))
    if pid == os.getpid():
        return False  # this build holds the lock: a folder of ours from before is a leftover of a killed run
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def publish(staged: Path, out_dir: Path) -> None:
    """Make the staged folder the output: marker written, every file and folder fsynced, then one atomic exchange
    (or, where the system has none, two renames that `recover` can undo). The previous output is removed last."""
    out = _resolved(out_dir)
    write_marker(staged)
    sync_tree(staged)
    if not out.exists():
        os.rename(staged, out)
        _fsync_dir(out.parent)
        return
    if _exchange(staged, out):
        _fsync_dir(out.parent)
        shutil.rmtree(staged, ignore_errors=True)  # it now holds the previous output
        return
    retired = out.parent / f"{RETIRED_PREFIX}{out.name}-{os.getpid()}-{secrets.token_hex(4)}"
    os.replace(out, retired)
    try:
        os.replace(staged, out)
    except OSError:
        os.replace(retired, out)  # put the previous output back
        raise
    _fsync_dir(out.parent)
    shutil.rmtree(retired, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux's renameat2(RENAME_EXCHANGE); False where it is not available."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, f"cannot swap the new output into place: {os.strerror(err)}", str(b))


def sync_tree(folder: Path) -> None:
    """fsync every file and folder below `folder`; any failure is raised (the data may not be on disk)."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    with ThreadPoolExecutor(max_workers=8) as pool:  # the disk takes several at once: a third of the time
        list(pool.map(_fsync_file, files))
    for d in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
        _fsync_dir(d)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF):  # file systems that cannot sync a directory
            raise
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ------------------------------------------------------------------ what was published
def write_marker(folder: Path) -> None:
    """The marker: this folder is competency-kb's output, and the hash of every file in it as published."""
    files = {
        p.relative_to(folder).as_posix(): file_hash(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MARKER
    }
    text = json.dumps({"tool": "competency-kb", "files": files}, indent=2, sort_keys=True) + "\n"
    write_text(folder / MARKER, text)


def verify(out_dir: Path) -> list[str]:
    """What differs between a published folder and its marker: missing, changed or unexpected files; [] = intact."""
    try:
        recorded = json.loads((out_dir / MARKER).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return [f"{MARKER}: missing or unreadable"]
    if not isinstance(recorded, dict) or not all(isinstance(v, str) for v in recorded.values()):
        return [f"{MARKER}: not a list of published files"]
    problems = []
    for name, digest in sorted(recorded.items()):
        path = out_dir / name
        try:
            if file_hash(path) != digest:
                problems.append(f"{name}: changed since it was published")
        except OSError:
            problems.append(f"{name}: missing")
    present = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file() and p.name != MARKER}
    problems.extend(f"{name}: not published by this tool" for name in sorted(present - set(recorded)))
    return problems


def file_hash(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
