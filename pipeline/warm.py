"""A warm extraction worker: a process left behind by a build, with spaCy and the readers loaded, that extracts the
next rebuild's few changed documents.

Extracting one document takes 20-100 ms once the libraries are loaded; loading them (spaCy alone is about a second)
takes 1.5 s in a fresh process, so it was most of a rebuild after an edit. A build that uses the cache starts one
such worker when it ends (like a build tool's daemon), and the next build sends it its misses when they are few.

- It serves only builds of the same pipeline: its address is derived from the cache folder, the cache salt (the
  pipeline's version, sources and data tables, the extraction libraries' versions) and the Python executable. A
  build of other code finds no worker there, and stops the ones left for its cache folder by other code.
- Only its owner can reach it: the socket is in a folder only the user can read (0700), and the client must prove it
  holds the key in a 0600 file beside it (multiprocessing's HMAC challenge).
- It ends on its own after `idle_seconds` without a request, when its cache folder is removed, when its socket is
  removed or taken over, or when asked (`competency-kb warm --stop`).
- Reaching it is never required: when it is absent, busy warming up, or fails mid-way, the build extracts the rest
  in its own process pool as it would have. What it returns is what `extract_document` returns anywhere.
"""
from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .document import DocumentJob, time_limit_of

DEFAULT_IDLE_SECONDS = 600.0
IDLE_ENV = "COMPETENCY_KB_WARM_SECONDS"  # the default of `build --warm-seconds`; 0 switches warm workers off
# Up to this many documents go to the warm worker; more go to the process pool, whose parallelism then outweighs
# the 1.5 s each of its workers spends loading the libraries.
MAX_WARM_DOCUMENTS = 16
REPLY_MARGIN_SECONDS = 10.0  # beyond a document's own time limit, before a silent worker is given up on
PACKAGE_DIR = Path(__file__).resolve().parent
MAX_SOCKET_PATH = 100  # bytes: AF_UNIX socket paths end at 104-108, depending on the system


def default_idle_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(IDLE_ENV, DEFAULT_IDLE_SECONDS)))
    except ValueError:
        return DEFAULT_IDLE_SECONDS


def runtime_dir() -> Path | None:
    """The user's private folder for warm workers' sockets, or None when it cannot be made private."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    folder = Path(base) / "competency-kb" if base else Path(tempfile.gettempdir()) / f"competency-kb-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = folder.lstat()
    except OSError:
        return None
    if not folder.is_dir() or folder.is_symlink() or st.st_uid != os.getuid() or st.st_mode & 0o077:
        return None
    return folder


@dataclass(frozen=True)
class WarmAddress:
    socket: Path
    home: Path   # the cache folder the worker serves; it ends when this is removed

    @property
    def key(self) -> Path:
        return self.socket.with_suffix(".key")

    @property
    def starting(self) -> Path:
        return self.socket.with_suffix(".starting")

    @property
    def family(self) -> str:
        """The name its cache folder's workers share, whatever code they run."""
        return self.socket.name.split("-")[0]


def address_for(cache_root: Path, salt: object) -> WarmAddress | None:
    folder = runtime_dir()
    if folder is None:
        return None
    home = Path(cache_root).resolve()
    family = hashlib.sha256(str(home).encode()).hexdigest()[:12]
    code = json.dumps([dataclasses.asdict(salt) if dataclasses.is_dataclass(salt) else salt, sys.executable],
                      sort_keys=True)
    version = hashlib.sha256(code.encode()).hexdigest()[:12]
    stem = f"{family}-{version}"
    if len(str(folder / f"{stem}.starting").encode()) > MAX_SOCKET_PATH:
        return None
    return WarmAddress(socket=folder / f"{stem}.sock", home=home)


# --- the client side, in a build --------------------------------------------------------------------------------

def connect(address: WarmAddress | None, timeout: float = 2.0):
    """A connection to the worker at `address`, or None (absent, still warming up, not ours, or stuck)."""
    if address is None or not address.socket.exists():
        return None
    try:
        key = address.key.read_bytes()
    except OSError:
        return None
    opened: list = []
    # multiprocessing's handshake has no time limit of its own, and blocks while the worker serves another build
    thread = threading.Thread(target=_open, args=(address.socket, key, opened), daemon=True)
    thread.start()
    thread.join(timeout)
    return opened[0] if opened else None


def _open(socket: Path, key: bytes, opened: list) -> None:
    from multiprocessing import AuthenticationError
    from multiprocessing.connection import Client

    try:
        opened.append(Client(str(socket), "AF_UNIX", authkey=key))
    except (OSError, EOFError, ValueError, AuthenticationError):
        pass


class WarmClient:
    """Sends a build's few documents to the warm worker, if there is one. `served` counts what it extracted."""

    def __init__(self, address: WarmAddress | None):
        self.address = address
        self.served = 0

    def run(self, jobs: list[DocumentJob], fallback: Callable[[list[DocumentJob]], Iterator[dict]]) -> Iterator[dict]:
        """Results in job order: from the worker while it answers, the rest from `fallback`. Started at once (the
        request is sent before the first result is asked for), like the process pool."""
        conn = connect(self.address) if 0 < len(jobs) <= MAX_WARM_DOCUMENTS else None
        if conn is None:
            return fallback(jobs)
        try:
            conn.send(("extract", [_portable(job) for job in jobs]))
        except (OSError, ValueError):
            conn.close()
            return fallback(jobs)
        return self._receive(conn, jobs, fallback)

    def _receive(self, conn, jobs, fallback) -> Iterator[dict]:
        done = 0
        try:
            for job in jobs:
                limit = time_limit_of(job)
                if not conn.poll(limit + REPLY_MARGIN_SECONDS if limit else None):  # a worker stuck or gone
                    break
                kind, payload = conn.recv()
                if kind != "result":
                    break
                done += 1
                self.served += 1
                yield payload
        except (OSError, EOFError, ValueError):
            pass
        finally:
            conn.close()
        if done < len(jobs):
            yield from fallback(jobs[done:])


def _portable(job: DocumentJob) -> DocumentJob:
    """The job as another process (its own working folder and environment) must see it."""
    return dataclasses.replace(job, path=os.path.abspath(job.path), time_limit=time_limit_of(job))


def ensure_running(address: WarmAddress | None, idle_seconds: float) -> bool:
    """Start a worker at `address` unless one answers there or is starting; stop the workers of the same cache
    folder that run other code (a build after a code change leaves them useless). Returns whether one started."""
    if address is None or idle_seconds <= 0:
        return False
    conn = connect(address)
    if conn is not None:
        conn.close()
        return False
    if _starting(address):
        return False
    for other in sorted(address.socket.parent.glob(f"{address.family}-*.sock")):
        if other != address.socket:
            stop(WarmAddress(other, address.home))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(PACKAGE_DIR.parent),
                                                                     os.environ.get("PYTHONPATH")])))
    process = subprocess.Popen([sys.executable, "-m", "pipeline.warm", str(address.socket), str(address.home),
                                str(idle_seconds)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               close_fds=True, start_new_session=True, cwd=str(PACKAGE_DIR.parent), env=env)
    try:
        address.starting.write_text(str(process.pid), encoding="ascii")
    except OSError:
        pass
    return True


def _starting(address: WarmAddress) -> bool:
    """A worker for `address` was started less than a minute ago and is still alive: it is warming up."""
    try:
        pid = int(address.starting.read_text(encoding="ascii"))
        recent = time.time() - address.starting.stat().st_mtime < 60
        os.kill(pid, 0)
    except (OSError, ValueError):
        return False
    return recent


def stop(address: WarmAddress) -> bool:
    conn = connect(address)
    if conn is None:
        return False
    try:
        conn.send(("stop", None))
        conn.poll(2.0)
    except (OSError, ValueError):
        pass
    finally:
        conn.close()
    return True


def _all_addresses() -> list[WarmAddress]:
    folder = runtime_dir()
    return [WarmAddress(s, Path("/")) for s in sorted(folder.glob("*.sock"))] if folder is not None else []


def running() -> list[Path]:
    """The sockets of this user's warm workers that answer."""
    alive = []
    for address in _all_addresses():
        conn = connect(address)
        if conn is not None:
            conn.close()
            alive.append(address.socket)
    return alive


def stop_all() -> int:
    """Stop every warm worker of this user; returns how many answered."""
    return sum(stop(address) for address in _all_addresses())


# --- the worker ---------------------------------------------------------------------------------------------------

def warm_up() -> None:
    """Load everything extraction loads on first use."""
    import docx  # noqa: F401
    import lxml.html  # noqa: F401
    import pdfplumber  # noqa: F401

    from .language import preload

    preload()


class _Lifetime:
    """Ends the worker when it has been idle too long or its home or socket is gone (checked every second)."""

    def __init__(self, address: WarmAddress, idle_seconds: float):
        self.address, self.idle_seconds = address, idle_seconds
        self.last = time.monotonic()
        self.busy = False
        self.inode = address.socket.stat().st_ino

    def should_end(self) -> bool:
        if self.busy:
            return False
        try:
            taken_over = self.address.socket.stat().st_ino != self.inode
        except OSError:
            return True
        return taken_over or not self.address.home.is_dir() or time.monotonic() - self.last > self.idle_seconds

    def watch(self) -> None:
        while not self.should_end():
            time.sleep(1.0)
        self.end()

    def end(self) -> None:
        try:
            if self.address.socket.stat().st_ino == self.inode:
                self.address.socket.unlink()
                self.address.key.unlink(missing_ok=True)
        except OSError:
            pass
        os._exit(0)


def serve(address: WarmAddress, idle_seconds: float) -> None:
    from multiprocessing import AuthenticationError
    from multiprocessing.connection import Listener

    from .executors import _extract_in_worker

    warm_up()
    gc.collect()
    gc.freeze()
    _remove_stale(address.socket)
    key = secrets.token_bytes(32)
    try:
        listener = Listener(str(address.socket), "AF_UNIX", authkey=key)
    except OSError:  # another worker took the address first
        return
    # the key file after the socket: replacing it before could lock clients out of a worker already listening
    staged = address.key.with_suffix(f".{os.getpid()}.tmp")
    with os.fdopen(os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
        f.write(key)
    os.replace(staged, address.key)
    address.starting.unlink(missing_ok=True)
    lifetime = _Lifetime(address, idle_seconds)
    threading.Thread(target=lifetime.watch, daemon=True).start()
    while True:
        try:
            conn = listener.accept()
        except (OSError, EOFError, ValueError, AuthenticationError):  # no key, or left mid-handshake
            continue
        lifetime.busy = True
        try:
            if not conn.poll(REPLY_MARGIN_SECONDS):  # connected, then nothing: a client that gave up
                continue
            kind, payload = conn.recv()
            if kind == "stop":
                conn.close()
                lifetime.end()
            if kind == "extract":
                for job in payload:
                    conn.send(("result", _extract_in_worker(job)))
        except (OSError, EOFError, ValueError, TypeError):
            pass
        finally:
            conn.close()
            lifetime.last = time.monotonic()
            lifetime.busy = False


def _remove_stale(path: Path) -> None:
    """A socket file nobody listens on (its worker was killed): it would keep every new worker from binding."""
    import socket

    if not path.exists():
        return
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
    except ConnectionRefusedError:
        path.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        probe.close()


def main(argv: list[str]) -> int:
    socket, home, idle = argv
    serve(WarmAddress(Path(socket), Path(home)), float(idle))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
