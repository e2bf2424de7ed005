"""The build: documents found, extracted (cached, in parallel), assembled, validated, exported and published.
The only package that imports every stage."""

from .run import BuildOptions, BuildOutcome, build, default_workers

__all__ = ["BuildOptions", "BuildOutcome", "build", "default_workers"]
