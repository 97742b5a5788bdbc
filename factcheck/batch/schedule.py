"""Where the tasks run: in this process, on local worker processes, or on an existing Dask cluster. Each runner
gives back the outcomes in the order of the tasks, whatever order they finish in, so the output files are the
same however the run was spread; and each keeps only a window of tasks in flight, so neither the scheduler nor
the client holds the corpus.

Dask (distributed) runs the same worker function on a laptop's cores and on a cluster. Extraction is Python
that holds the GIL, so local workers are processes with one thread each. The rules reach the workers once,
scattered as data; a worker needs factcheck installed, at the client's version."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from factcheck import __version__
from factcheck.batch.model import ClusterOutcome, ClusterTask, Job
from factcheck.batch.worker import cached, check_cluster, failed, worker_version
from factcheck.errors import InputError

if TYPE_CHECKING:
    from distributed import Client, Future

TASKS_PER_THREAD = 8  # in flight per worker thread: a slow cluster at the head of the line leaves the others busy
MIN_WINDOW = 16
# The client reads a cluster's documents to look it up in the cache; on a cold run that reading is wasted and
# takes CPU from the workers on a small machine, so after this many misses in a row it stops looking.
LOOKUP_MISSES = 32
CONNECT_SECONDS = 30


class Interrupts:
    """A Ctrl-C noted as well as raised. Python drops a KeyboardInterrupt raised while the main thread runs a
    finalizer (an object's ``__del__``, a weakref callback: Dask's futures and tornado's handles have them), printing
    "Exception ignored in ..." and going on; a batch would then run to its end and exit 0. The runners ask
    ``stop_if_noted`` after each cluster, and the traceback of the dropped one is not printed."""

    def __init__(self) -> None:
        self._noted = threading.Event()

    def stop_if_noted(self) -> None:
        if self._noted.is_set():
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def noting(self) -> Iterator[None]:
        # Only where Ctrl-C raises today: a batch started with it ignored (a shell's background job) keeps it so.
        if threading.current_thread() is not threading.main_thread() or (
                signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
            yield
            return

        def interrupt(signum: int, frame: object) -> None:
            self._noted.set()
            raise KeyboardInterrupt

        def unraisable(raised: sys.UnraisableHookArgs) -> None:
            if not (raised.exc_type is KeyboardInterrupt and self._noted.is_set()):
                hook(raised)

        previous, hook = signal.signal(signal.SIGINT, interrupt), sys.unraisablehook
        sys.unraisablehook = unraisable
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
            sys.unraisablehook = hook


class InProcess:
    """Every task in this process, one after the other: no start-up, and a debugger sees everything."""

    description = "in this process"

    def __init__(self, interrupts: Interrupts | None = None) -> None:
        self._interrupts = interrupts or Interrupts()

    def map(self, tasks: Iterable[ClusterTask], job: Job) -> Iterator[ClusterOutcome]:
        for task in tasks:
            self._interrupts.stop_if_noted()
            yield check_cluster(task, job)


class OnDask:
    """Tasks submitted to a Dask client, at most ``window`` at a time, gathered in submission order. A cluster
    whose rows the cluster cache holds is answered by the client itself, with no round trip (until the cache
    misses ``LOOKUP_MISSES`` times in a row); ``connect`` is called for a client only when a task must run, so a
    run the cache answers in full starts no workers."""

    def __init__(self, connect: Callable[[], Client], description: str, interrupts: Interrupts | None = None) -> None:
        self._connect = connect
        self._client: Client | None = None
        self.description = description
        self._interrupts = interrupts or Interrupts()

    @property
    def started(self) -> bool:
        """Whether a client was needed: False when the cache answered every cluster."""
        return self._client is not None

    @property
    def client(self) -> Client:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def map(self, tasks: Iterable[ClusterTask], job: Job) -> Iterator[ClusterOutcome]:
        waiting = iter(tasks)
        running: deque[tuple[str, ClusterOutcome | Future]] = deque()  # answered by the cache, or in flight
        shared: list[Future] = []  # the job, scattered to the workers once a task must run
        window = MIN_WINDOW
        misses = 0  # in a row: a cache that does not hold this corpus is not asked again (the workers still are)

        def fill() -> None:
            nonlocal window, misses
            while len(running) < window and (task := next(waiting, None)) is not None:
                outcome = cached(task, job) if misses < LOOKUP_MISSES else None
                misses = 0 if outcome is not None else misses + 1
                if outcome is not None:
                    running.append((task.cluster, outcome))
                    continue
                if not shared:
                    shared.append(self.client.scatter(job, broadcast=True, hash=False))
                    window = max(MIN_WINDOW, TASKS_PER_THREAD * sum(self.client.nthreads().values()))
                running.append((task.cluster, self.client.submit(check_cluster, task, shared[0], pure=False)))

        fill()
        while running:
            cluster, pending = running.popleft()
            if isinstance(pending, ClusterOutcome):
                outcome = pending
            else:
                try:
                    outcome = pending.result()
                except Exception as error:  # the task died with its worker, or could not be sent back
                    outcome = failed(cluster, f"task failed: {type(error).__name__}: {error}", None)
                pending.release()
            self._interrupts.stop_if_noted()
            fill()
            yield outcome


@contextlib.contextmanager
def runner(workers: int | None = None, scheduler: str | None = None) -> Iterator[InProcess | OnDask]:
    """``scheduler``: the address of a running Dask scheduler; else ``workers`` local worker processes (default:
    one per core), 0 for this process alone."""
    interrupts = Interrupts()
    with interrupts.noting():
        if scheduler:
            with _connect(scheduler) as client:
                yield OnDask(lambda: client, f"scheduler {scheduler}", interrupts)
            return
        count = (os.cpu_count() or 1) if workers is None else workers
        if count == 0:
            yield InProcess(interrupts)
            return
        with _local(count, interrupts) as local:
            yield local


@contextlib.contextmanager
def _local(count: int, interrupts: Interrupts) -> Iterator[OnDask]:
    with contextlib.ExitStack() as started:
        def start() -> Client:
            import dask
            from distributed import Client, LocalCluster
            from distributed.security import Security

            # Loopback only: a local run opens no port to the network. No dashboard; the scheduler's small HTTP
            # server (health, metrics) takes any free loopback port instead of 8787, which another cluster may
            # hold. No statistical profiler on the workers: it samples the running task's stack every 10 ms and
            # keeps one call tree per second for the dashboard, the last 1,000 of them, about 140 MiB per worker
            # once a run passes a quarter of an hour (bench/batch.py: the tree's peak grew 1.4x from 860 to 8,600
            # clusters with it).
            started.enter_context(dask.config.set({"distributed.worker.profile.enabled": False}))
            # TLS with a certificate made for this run and held in memory: the scheduler and the workers accept
            # only peers that show it, so another user of the machine cannot reach them on 127.0.0.1 and run code
            # as the user running the batch.
            security = Security.temporary()
            # The worker processes start with Ctrl-C ignored (a disposition a new interpreter keeps): a terminal
            # sends it to the whole process group, and each worker would print its own tracebacks; this process
            # alone stops, and closing the cluster stops them. (A signal mask does not survive the workers' start;
            # the cost: a Ctrl-C in the second or two the cluster takes to start is not seen, and a worker its
            # nanny restarts after a crash takes Ctrl-C again.)
            with _ignoring_interrupts():
                cluster = started.enter_context(LocalCluster(
                    n_workers=count, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}, silence_logs=logging.ERROR,
                    protocol="tls://", security=security))
            return started.enter_context(Client(cluster, security=security))

        try:
            yield OnDask(start, f"{count} local worker process{'' if count == 1 else 'es'}", interrupts)
        except KeyboardInterrupt:
            # Closing a cluster cut short makes its scheduler log what the interrupted tasks lost ("Removing worker
            # ... caused the cluster to lose scattered data"): the user asked for it, and is told in one line.
            logging.getLogger("distributed").addFilter(_no_record)
            logging.getLogger("distributed.scheduler").addFilter(_no_record)
            raise


def _no_record(record: logging.LogRecord) -> bool:
    return False


@contextlib.contextmanager
def _ignoring_interrupts() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may change signal handlers
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def _connect(address: str) -> Iterator[Client]:
    from distributed import Client

    try:
        client = Client(address, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as error:
        raise InputError("--scheduler", f"cannot connect to {address} ({error})") from None
    try:
        try:
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
            versions = set(client.run(worker_version).values())
        except TimeoutError:
            raise InputError("--scheduler", f"no worker joined {address} within {CONNECT_SECONDS} s") from None
        except Exception as error:
            raise InputError("--scheduler", f"the workers of {address} cannot run factcheck ({type(error).__name__}: "
                             f"{error}); install factcheck {__version__} on every worker") from None
        if versions != {__version__}:
            raise InputError("--scheduler", f"the workers of {address} run factcheck {', '.join(sorted(versions))}, "
                             f"this client {__version__}: install one version everywhere")
        yield client
    finally:
        client.close()
