"""Crash-safe file writes: temp file → fsync → rename → fsync the folder."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from evidencevault.domain.errors import DiskFull


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable. Best effort where the system cannot do it:
    Windows cannot open a folder, and some file systems (FAT on a USB stick, some
    network shares) refuse to fsync one; the file itself was already fsynced."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES):
            raise
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise
