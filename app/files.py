"""Writing files so that a crash or power cut never leaves half of one.

Used wherever the app writes a file someone depends on (keys, trust list, packages, basemap
library, exported maps). Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_POSIX = os.name == "posix"


def fsync_dir(folder: Path) -> None:
    """Make a rename durable; not every platform can open a directory, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_file(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Write ``path`` all or nothing: a new temporary file beside it, fsync, then rename.

    The temporary file is created with O_CREAT|O_EXCL, so it is never a file (or symlink) that
    someone else prepared, and it has ``mode`` from the first byte on.
    """
    folder = path.parent
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, mode)
    try:
        if _POSIX:
            os.fchmod(fd, mode)  # the umask may have taken bits away; set exactly what we mean
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)
