"""Turn clean-files arguments (files, folders, globs) into an ordered list of input files.

Everything is found before anything is written, so the safety checks (output inside an input,
outputs that already exist) can refuse a run while the disk is still untouched. Walks are
sorted, so runs are reproducible, and follow directory symlinks with loop detection.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cleaner.io_atomic import is_temp_name
from cleaner.io_formats import file_kind

GLOB_CHARS = set("*?[")


class UsageError(Exception):
    """A problem with the command line itself (exit status 2)."""


@dataclass
class InputFile:
    """One file to clean and where its output goes."""

    path: str  # as the user will recognise it (the argument joined with the walked path)
    abspath: str
    rel: str  # output path relative to OUTDIR, mirroring the input tree
    kind: str  # text, gztext, jsonl, warc
    size: int
    special: bool = False  # a pipe or device named explicitly (read as a stream)
    mtime: float = 0.0


@dataclass
class Problem:
    """An input that will not be processed, found while walking."""

    path: str
    status: str  # "skipped" or "failed"
    reason: str


@dataclass
class Discovery:
    files: list[InputFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    dirs: list[str] = field(default_factory=list)  # input folders (absolute)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def expand_arguments(args: list[str]) -> list[str]:
    """Arguments with globs expanded (sorted); a literal path wins over a glob reading."""
    out: list[str] = []
    for arg in args:
        if GLOB_CHARS & set(arg) and not os.path.lexists(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                raise UsageError(f"no input matches {arg!r}")
            out.extend(matches)
        else:
            if not os.path.lexists(arg):
                raise UsageError(f"no such file or directory: {arg!r}")
            out.append(arg)
    return out


def discover(args: list[str]) -> Discovery:
    """All input files under ``args`` in a stable order, plus the problems met on the way."""
    found = Discovery()
    paths = expand_arguments(args)
    anchors = []
    for p in paths:
        absolute = os.path.abspath(p)
        anchors.append(absolute if os.path.isdir(p) else os.path.dirname(absolute))
    base = os.path.commonpath(anchors) if anchors else os.getcwd()
    seen: set[str] = set()

    def add_file(path: str, st: os.stat_result, special: bool) -> None:
        absolute = os.path.abspath(path)
        if absolute in seen:
            return
        seen.add(absolute)
        rel = os.path.relpath(absolute, base)
        found.files.append(InputFile(path, absolute, rel, file_kind(path), st.st_size,
                                     special, st.st_mtime))

    for p in paths:
        try:
            st = os.stat(p)
        except OSError as exc:
            reason = "broken symlink" if os.path.islink(p) and exc.errno == errno.ENOENT \
                else _os_reason(exc)
            found.problems.append(Problem(p, "failed", reason))
            continue
        if stat.S_ISDIR(st.st_mode):
            found.dirs.append(os.path.abspath(p))
            _walk(p, found, add_file, {os.path.realpath(p)})
        elif stat.S_ISREG(st.st_mode):
            add_file(p, st, special=False)
        else:  # a pipe or device named on purpose, e.g. <(zcat shard.gz)
            add_file(p, st, special=True)
    return found


def _walk(folder: str, found: Discovery, add_file, ancestors: set[str]) -> None:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        found.problems.append(Problem(folder, "failed",
                                      f"cannot read directory: {_os_reason(exc)}"))
        return
    for entry in entries:
        path = os.path.join(folder, entry.name)
        if is_temp_name(entry.name):
            continue
        try:
            st = os.stat(path)
        except OSError as exc:
            broken = entry.is_symlink() and exc.errno == errno.ENOENT
            found.problems.append(Problem(path, "failed",
                                          "broken symlink" if broken else _os_reason(exc)))
            continue
        if stat.S_ISDIR(st.st_mode):
            real = os.path.realpath(path)
            if real in ancestors:
                found.problems.append(Problem(path, "skipped",
                                              "symlink loop: points to a folder above it"))
                continue
            _walk(path, found, add_file, ancestors | {real})
        elif stat.S_ISREG(st.st_mode):
            add_file(path, st, special=False)
        else:
            found.problems.append(Problem(path, "skipped", "not a regular file"))


def check_output_dir(outdir: str, found: Discovery) -> None:
    """Refuse an OUTDIR equal to or inside an input folder, or outputs landing on inputs."""
    out_real = os.path.realpath(outdir)
    for folder in found.dirs:
        real = os.path.realpath(folder)
        if out_real == real or out_real.startswith(real.rstrip(os.sep) + os.sep):
            raise UsageError(f"output directory {outdir!r} is inside input folder {folder!r}; "
                             "choose an output directory outside the inputs")
    inputs = {os.path.realpath(f.abspath) for f in found.files}
    for f in found.files:
        if os.path.realpath(Path(outdir) / f.rel) in inputs:
            raise UsageError(f"the output for {f.path!r} would overwrite an input file")
