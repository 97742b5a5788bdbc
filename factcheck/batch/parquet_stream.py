"""Parquet files written as rows arrive: rows are buffered up to a few megabytes and written as one row group, so
memory stays flat however large the file grows. Each file is written under a hidden temporary name beside its
target and renamed into place only when every file of the set is complete: an interrupted run leaves the
previous files (or none), never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.parquet as pq

from factcheck.errors import InputError
from factcheck.output import file_mode

ROW_GROUP_BYTES = 8 * 2**20  # a row group per 8 MiB of Arrow data: readers get sizeable groups, memory stays small


class ParquetStream:
    """One file of ``schema`` at ``target``."""

    def __init__(self, target: Path, schema: pa.Schema) -> None:
        self.target = target
        self.schema = schema
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
        os.chmod(name, file_mode())  # mkstemp creates 0600; results are ordinary files
        self.temporary = Path(name)
        self._writer = pq.ParquetWriter(self.temporary, schema)
        self._buffer: list[pa.Table] = []
        self._buffered = 0
        self.rows = 0

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self._buffer.append(table)
        self._buffered += table.nbytes
        self.rows += table.num_rows
        if self._buffered >= ROW_GROUP_BYTES:
            self._flush()

    def finish(self) -> None:
        """Write what is buffered and close the file, still under its temporary name."""
        self._flush()
        self._writer.close()
        with open(self.temporary, "rb") as written:
            os.fsync(written.fileno())

    def discard(self) -> None:
        self._buffer.clear()
        try:
            self._writer.close()
        finally:
            self.temporary.unlink(missing_ok=True)

    def _flush(self) -> None:
        if self._buffer:
            self._writer.write_table(pa.concat_tables(self._buffer))
            self._buffer.clear()
            self._buffered = 0


class ParquetSet:
    """Several streams in one folder, committed together: ``with ParquetSet(folder, {"facts": FACTS}) as files:
    files["facts"].write(table)``; on leaving without an exception every file is renamed into place, otherwise every
    temporary file is removed."""

    def __init__(self, folder: str | Path, schemas: Mapping[str, pa.Schema]) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(self.folder, f"cannot be written ({error.strerror or error})") from None
        self.streams: dict[str, ParquetStream] = {}
        try:
            for name, schema in schemas.items():
                self.streams[name] = ParquetStream(self.folder / f"{name}.parquet", schema)
        except OSError as error:
            self._discard()
            raise InputError(self.folder, f"cannot be written ({error.strerror or error})") from None

    def __getitem__(self, name: str) -> ParquetStream:
        return self.streams[name]

    def __enter__(self) -> ParquetSet:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if kind is not None:
            self._discard()
            return
        try:
            for stream in self.streams.values():
                stream.finish()
            for stream in self.streams.values():
                os.replace(stream.temporary, stream.target)
        except OSError as problem:
            self._discard()
            raise InputError(self.folder, f"cannot be written ({problem.strerror or problem})") from None

    def _discard(self) -> None:
        for stream in self.streams.values():
            with contextlib.suppress(OSError):  # already closed or gone; the other temporary files must still go
                stream.discard()
