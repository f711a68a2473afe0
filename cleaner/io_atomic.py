"""Write-to-temp-then-rename outputs, so an interrupted run never leaves a truncated file.

A file only appears under its final name once it is complete; that is what lets ``--resume``
trust every output that exists. Temporary files are hidden (``.NAME.PID.clean-files-tmp``)
beside their target, so the rename never crosses file systems.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from typing import BinaryIO

TMP_SUFFIX = ".clean-files-tmp"


def is_temp_name(name: str) -> bool:
    """True for our own temporary files (never treated as inputs or outputs)."""
    return name.startswith(".") and name.endswith(TMP_SUFFIX)


def remove_stale_temps(target: Path) -> None:
    """Delete temporaries left for ``target`` by a killed earlier run (only ours)."""
    prefix = f".{target.name}."
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(TMP_SUFFIX):
            try:
                entry.unlink()
            except OSError:
                pass


class AtomicWriter:
    """A binary output that becomes visible under ``target`` only on :meth:`commit`.

    ``gzip=True`` compresses with a fixed header timestamp so identical input gives identical
    bytes whatever the run. ``fsync`` makes the content durable before the rename.
    """

    def __init__(self, target: str | Path, gzip_output: bool = False, fsync: bool = True):
        self.target = Path(target)
        self.fsync = fsync
        self.target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(self.target)
        self.tmp = self.target.parent / f".{self.target.name}.{os.getpid()}{TMP_SUFFIX}"
        self._raw: BinaryIO = open(self.tmp, "wb")  # noqa: SIM115 - closed in commit/abort
        self._stream: BinaryIO = (
            gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0, compresslevel=6)
            if gzip_output else self._raw
        )
        self.bytes_written = 0
        self.closed = False

    def write(self, data: bytes) -> None:
        self._stream.write(data)
        self.bytes_written += len(data)

    def commit(self) -> None:
        """Finish the file and move it into place (atomic on POSIX and Windows)."""
        if self._stream is not self._raw:
            self._stream.close()
        self._raw.flush()
        if self.fsync:
            os.fsync(self._raw.fileno())
        self._raw.close()
        os.replace(self.tmp, self.target)
        self.closed = True

    def abort(self) -> None:
        """Drop the partial output; the target is left as it was."""
        if self.closed:
            return
        self.closed = True
        for stream in (self._stream, self._raw):
            try:
                stream.close()
            except Exception:  # a broken gzip trailer must not stop the cleanup
                pass
        try:
            self.tmp.unlink()
        except OSError:
            pass
