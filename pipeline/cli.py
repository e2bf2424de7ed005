"""The `competency-kb` command. Heavy libraries are imported by the commands that need them, so that
`competency-kb --help` starts at once."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from . import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="competency-kb", description="Build a validated competency knowledge base from documents."
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    parser.add_argument("--version", action="version", version=f"competency-kb {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="build the dataset from a folder of documents")
    b.add_argument(
        "raw_dir", nargs="?", default="raw_docs", type=Path, help="folder of competency documents (default: raw_docs)"
    )
    b.add_argument(
        "--out", default="output", help="output folder: empty, or one an earlier build published (default: output)"
    )
    b.add_argument("--workers", type=int, default=None, help="parallel worker processes (default: CPU cores)")
    b.add_argument("--strict", action="store_true", help="treat warnings as failures (exit code 1)")
    b.add_argument("--quiet", action="store_true", help="print only failures and the summary")
    b.add_argument("--no-cache", action="store_true", help="extract every document again, ignoring the cache")
    b.add_argument("--cache-dir", type=Path, default=None, help="extraction cache folder (default: .cache/extract)")
    b.add_argument("--force", action="store_true", help="rebuild even when no input changed")
    b.add_argument(
        "--executor",
        choices=("process", "dask"),
        default="process",
        help="where documents are extracted: a local process pool (default) or a Dask cluster",
    )
    b.add_argument(
        "--scheduler",
        default=None,
        help="Dask scheduler address (with --executor dask; default: start a local cluster)",
    )
    b.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: only on a terminal)",
    )

    d = sub.add_parser("diff", help="what changed between two competencies.json files")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--json", action="store_true", help="print the changes as JSON instead of Markdown")

    c = sub.add_parser("check", help="fail if the committed output is not what the documents give today")
    c.add_argument("raw_dir", nargs="?", default="raw_docs", type=Path)
    c.add_argument("--out", default="output", type=Path, help="the committed output folder (default: output)")
    c.add_argument("--workers", type=int, default=None)

    i = sub.add_parser("inspect", help="print a document's labelled tree: each node, its label and why")
    i.add_argument("document", type=Path)
    i.add_argument("--no-evidence", action="store_true", help="labels only, without the evidence for them")
    i.add_argument("--width", type=int, default=90, help="characters of each node's text shown (default 90)")

    v = sub.add_parser("validate", help="validate a competencies.json against the schema")
    v.add_argument("file", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with _terminate_like_interrupt() as received:
        return _run(args, received)


def _run(args: argparse.Namespace, received: list[int]) -> int:
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "check":
            return _check(args)
        if args.command == "inspect":
            return _inspect(args)
    except KeyboardInterrupt:
        print("interrupted: the previous output is unchanged", file=sys.stderr)
        return 128 + (received[0] if received else signal.SIGINT)
    except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence
        from .model.errors import BuildError

        if args.debug:
            raise
        if isinstance(exc, BuildError):
            print(f"competency-kb: {exc}", file=sys.stderr)
        else:
            print(
                f"competency-kb: unexpected error: {type(exc).__name__}: {exc} (run with --debug for details)",
                file=sys.stderr,
            )
        return 2
    return 2


@contextmanager
def _terminate_like_interrupt() -> Iterator[list[int]]:
    """SIGTERM (what `kill`, systemd and CI runners send) stops a command as Ctrl-C does: the staging folder is
    removed, the output left as it was, the workers stopped, exit 143. Yields the list the signal's number is put
    in, for the exit code; the previous handler is put back afterwards."""
    received: list[int] = []

    def on_terminate(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield received
        return
    previous = signal.signal(signal.SIGTERM, on_terminate)
    try:
        yield received
    finally:
        signal.signal(signal.SIGTERM, previous)


def _build(args: argparse.Namespace) -> int:
    from .build.cache import DEFAULT_CACHE_ROOT
    from .build.run import BuildOptions, build, default_workers

    if not args.out.strip():
        print(
            "competency-kb: refused: the output folder is an empty path (give --out a folder, e.g. --out output)",
            file=sys.stderr,
        )
        return 2
    cache_root = None if args.no_cache else args.cache_dir or DEFAULT_CACHE_ROOT
    options = BuildOptions(
        raw_dir=args.raw_dir,
        out_dir=Path(args.out),
        workers=args.workers or default_workers(),
        strict=args.strict,
        cache_root=cache_root,
        executor=args.executor,
        scheduler=args.scheduler,
        progress=args.progress,
        force=args.force,
        on_wait=lambda line: print(line, file=sys.stderr),
    )
    outcome = build(options)
    for line in outcome.messages:
        if args.quiet and not line.startswith(("FAILED", "built", "up to date")):
            continue
        print(line, file=sys.stderr if line.startswith(("FAILED", "warning")) else sys.stdout)
    return outcome.exit_code


def _inspect(args: argparse.Namespace) -> int:
    from .build.jobs import inspect_document

    text, problem = inspect_document(args.document, evidence=not args.no_evidence, width=args.width)
    if problem:
        print(f"competency-kb: {args.document}: {problem}", file=sys.stderr)
        return 2
    print(text, end="")
    return 0


def _check(args: argparse.Namespace) -> int:
    from .build.check import stale_outputs
    from .build.run import default_workers

    problems = stale_outputs(args.raw_dir, args.out, workers=args.workers or default_workers())
    for p in problems:
        print(f"stale: {args.out}/{p}", file=sys.stderr)
    if problems:
        print(f"{args.out}/ is stale: run `make` and commit the result", file=sys.stderr)
        return 1
    print(f"{args.out}/ is up to date with {args.raw_dir}/")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from .dataset.changes import has_changes
    from .export.canonical import dumps
    from .export.changes import diff_files, render_markdown

    try:
        changes = diff_files(args.old, args.new)
    except (OSError, ValueError) as exc:
        print(f"competency-kb: {exc}", file=sys.stderr)
        return 2
    print(dumps(changes) if args.json else render_markdown(changes), end="")
    return 1 if has_changes(changes) else 0


def _validate(args: argparse.Namespace) -> int:
    import json

    from .dataset.validate import validate_dataset
    from .export.changes import NESTED_TOO_DEEPLY

    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
        problems = validate_dataset(data)
    except RecursionError:
        print(f"competency-kb: cannot read {args.file}: {NESTED_TOO_DEEPLY}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"competency-kb: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{args.file}: {'valid' if not problems else f'{len(problems)} problem(s)'}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
