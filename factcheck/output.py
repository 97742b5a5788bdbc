"""Writing result files atomically: a temporary file in the same folder, then a rename, so that an
interrupted run leaves the previous file whole."""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

from factcheck.errors import InputError


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all. Only a regular file (or nothing) is replaced; a device or a
    pipe (/dev/null, /dev/stdout, a FIFO) is written through; a symlink is followed; a folder, a socket or a
    read-only file is refused."""
    target = Path(path)
    try:
        status = target.stat()  # through a symlink: its target is what the user means
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise InputError(target, f"cannot be written ({error.strerror or error})") from None
    if status is not None:
        if stat.S_ISCHR(status.st_mode) or stat.S_ISFIFO(status.st_mode):
            _write_through(target, data)
            return
        if not stat.S_ISREG(status.st_mode):
            raise InputError(target, "is not a regular file; give a file to write the report to")
        if not status.st_mode & 0o222:
            raise InputError(target, "is read-only; it was left as it is")
        target = target.resolve()
    _clean_stale(target)
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


_STALE_SECONDS = 3600  # a temporary file this old was left by a killed run (kill -9, a power cut), not a running one


def _clean_stale(target: Path) -> None:
    """Remove the temporary files a killed run left beside ``target`` (".name.XXXX.tmp"), an hour old or more."""
    try:
        leftovers = list(target.parent.glob(f".{glob.escape(target.name)}.*.tmp"))
    except OSError:
        return
    for path in leftovers:
        with contextlib.suppress(OSError):
            if time.time() - path.lstat().st_mtime >= _STALE_SECONDS and path.is_file():
                path.unlink()


def _write_through(target: Path, data: str | bytes) -> None:
    try:
        with target.open("wb") as out:
            out.write(data.encode("utf-8") if isinstance(data, str) else data)
    except OSError as error:
        raise InputError(target, f"cannot be written ({error.strerror or error})") from None


def write_stdout(data: str | bytes) -> None:
    """Write a report to standard output whole, or say it was not: a full disk behind a redirection is an error, not
    a report cut short with exit 0. A closed pipe (``| head``) is the reader's choice and no error."""
    try:
        sys.stdout.write(data if isinstance(data, str) else data.decode())
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        with contextlib.suppress(OSError):  # nothing more goes to the broken stream, not even at exit
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        raise InputError("standard output", f"the report could not be written whole ({error.strerror or error}); "
                         "what was written is incomplete") from None


def file_mode() -> int:
    """The mode of an ordinary new file under the process's umask."""
    current = os.umask(0)
    os.umask(current)
    return 0o666 & ~current
