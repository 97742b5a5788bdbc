"""The progress bar of a batch on standard error: clusters done of all, documents per second, time left. Quiet
when standard error is not a terminal (a log file, CI, a pipe), where a redrawn bar is only noise."""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from factcheck.batch.model import ClusterOutcome


class BatchProgress:
    def __init__(self, clusters: int, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self._progress = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("clusters"),
            TextColumn("{task.fields[rate]} documents/s"),
            TimeRemainingColumn(),
            TextColumn("left"),
            console=self.console,
            disable=not self.console.is_terminal,
        )
        self._task = self._progress.add_task("batch", total=clusters, rate="–")
        self._documents = 0
        self._started = time.perf_counter()

    def advance(self, outcome: ClusterOutcome) -> None:
        self._documents += outcome.document_count
        elapsed = time.perf_counter() - self._started
        rate = f"{self._documents / elapsed:,.1f}" if elapsed > 0 else "–"
        self._progress.update(self._task, advance=1, rate=rate)

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        self._started = time.perf_counter()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._progress.stop()
