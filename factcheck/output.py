"""Writing result files atomically: a temporary file in the same folder, then a rename, so that an
interrupted run leaves the previous file whole."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from factcheck.errors import InputError


def write_atomic(path: str | Path, data: str | bytes) -> None:
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise InputError(target, f"cannot be written ({error.strerror or error})") from None
    try:
        os.chmod(temporary, file_mode())  # mkstemp creates 0600; a report is an ordinary file
        with os.fdopen(handle, "wb") as out:
            out.write(data.encode("utf-8") if isinstance(data, str) else data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException as error:
        # Interrupted (Ctrl-C, a full disk) before the rename: the previous file stays, the temporary one goes.
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise InputError(target, f"cannot be written ({error.strerror or error})") from None
        raise


def file_mode() -> int:
    """The mode of an ordinary new file under the process's umask."""
    current = os.umask(0)
    os.umask(current)
    return 0o666 & ~current
