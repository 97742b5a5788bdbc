from __future__ import annotations

import contextlib
import io
import ipaddress
import itertools
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", ROOT.parent / "shared" / "data"))
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")  # where Debian's package puts it
CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", DEBIAN_CHROMIUM))
POSTGRES_PASSWORD = "factcheck-tests"  # the throwaway server's superuser (postgres_server), on 127.0.0.1 only
_DATABASES = itertools.count(1)

# Property tests: a few seconds each in CI, reproducible (derandomized, no example database written into the
# tree); `HYPOTHESIS_PROFILE=dev` tries more examples. bench/fuzz.py is the long run.
settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=500, deadline=None, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Tests that take seconds each carry the `slow` mark (pyproject.toml): `pytest -m "not slow"` runs the rest in under
# a minute. Whatever uses the browser is slow wherever it is.


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "chromium" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """factcheck never touches the network: any attempt to connect to another machine, send it a datagram or look
    up a host name fails the test (tests/test_no_network.py proves it). Loopback is not the network: `factcheck
    batch` talks to its own local Dask scheduler and worker processes over 127.0.0.1, and so do the tests' local
    clusters; connections to a loopback address (or a Unix socket) are let through. Processes a test starts are
    outside its reach."""
    connect, connect_ex, sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto
    create_connection, getaddrinfo = socket.create_connection, socket.getaddrinfo

    def guarded_connect(self: socket.socket, address: object) -> None:
        _refuse_unless_loopback(address)
        connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        _refuse_unless_loopback(address)
        return connect_ex(self, address)

    def guarded_sendto(self: socket.socket, data: bytes, *args: object) -> int:
        _refuse_unless_loopback(args[-1] if args else None)
        return sendto(self, data, *args)  # type: ignore[arg-type]

    def guarded_create_connection(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        _refuse_unless_loopback(address)
        return create_connection(address, *args, **kwargs)  # type: ignore[arg-type]

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> list:
        _refuse_unless_loopback((host,))
        return getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", guarded_sendto)
    monkeypatch.setattr(socket, "create_connection", guarded_create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)


def _refuse_unless_loopback(address: object) -> None:
    if isinstance(address, str | bytes):  # a Unix socket: this machine
        return
    host = address[0] if isinstance(address, tuple) and address else None
    if isinstance(host, bytes):
        host = host.decode()
    try:
        loopback = isinstance(host, str) and (host == "localhost" or ipaddress.ip_address(host).is_loopback)
    except ValueError:
        loopback = False
    if not loopback:
        raise AssertionError(f"factcheck tried to open a network connection (to {address!r})")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The evaluation data in ../shared/data. In CI its absence is a failure, never a silent skip."""
    if not SHARED_DATA.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"evaluation data not found at {SHARED_DATA}")
        pytest.skip(f"evaluation data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def chromium(request: pytest.FixtureRequest) -> Path:
    """Debian's chromium for the browser tests. Playwright drives it as it is and downloads no browser of its
    own (none can be downloaded here). When it is missing it is installed with apt-get, which needs root, and a
    line on the terminal says so; if that cannot be done the browser tests fail in CI, and are skipped with the
    reason elsewhere. The browser tests are slow: `pytest -m "not slow"` never comes here."""
    if not CHROMIUM.exists():
        problem = _install_chromium(lambda line: _tell(request, line))
        if problem:
            message = f"no Chromium at {CHROMIUM}: {problem}"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
    return CHROMIUM


def _tell(request: pytest.FixtureRequest, line: str) -> None:
    """One line on the terminal now, whatever pytest is capturing."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        sys.stderr.write(f"\n{line}\n")
        sys.stderr.flush()


def _install_chromium(tell: Callable[[str], None]) -> str | None:
    """apt-get update and install Debian's chromium, saying so with ``tell`` first; None when it worked, else why
    not."""
    if CHROMIUM != DEBIAN_CHROMIUM:
        return "FACTCHECK_CHROMIUM names a file that does not exist"
    problem = _apt_install("chromium", "the browser tests", tell)
    return problem or (None if CHROMIUM.exists() else "apt-get installed chromium, but not at that path")


def _apt_install(package: str, purpose: str, tell: Callable[[str], None]) -> str | None:
    """apt-get update and install Debian's ``package`` for ``purpose``, saying so with ``tell`` first; None when it
    worked, else why not."""
    if os.geteuid() != 0:
        return f"run `apt-get install {package}` as root (the tests install it themselves only when run as root)"
    if shutil.which("apt-get") is None:
        return "apt-get is not available to install it"
    tell(f"factcheck tests: installing Debian's {package} with apt-get for {purpose} (it can take minutes); "
         "`pytest -m \"not slow\"` runs without them")
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "--no-install-recommends", package],
    ):
        try:
            done = subprocess.run(
                command, env=environment, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=1200
            )
        except subprocess.TimeoutExpired:
            return f"`{' '.join(command)}` did not finish in 20 minutes"
        if done.returncode != 0:
            tail = " | ".join((done.stdout + done.stderr).strip().splitlines()[-5:])
            return f"`{' '.join(command)}` failed with exit code {done.returncode}: {tail}"
    return None


@pytest.fixture(scope="session")
def postgres_server(request: pytest.FixtureRequest) -> Iterator[str]:
    """A throwaway PostgreSQL server for the PostgreSQL ledger tests; the URL of its `postgres` database. Debian's
    `postgresql` package provides the binaries (/usr/lib/postgresql/*/bin), installed with apt-get when missing, as
    chromium is (the same line on the terminal; failure in CI, a skip elsewhere). `initdb` makes a cluster in a new
    temporary folder, run as the package's `postgres` user when the tests run as root (PostgreSQL refuses to run as
    root), with a superuser `factcheck` who logs in with a password over TCP; `pg_ctl` starts it on a free port of
    127.0.0.1 (its socket in the same folder), and stops it, and the folder is removed, when the session ends."""
    binaries = _postgres_binaries()
    if binaries is None:
        problem = _apt_install("postgresql", "the PostgreSQL ledger tests", lambda line: _tell(request, line))
        binaries = _postgres_binaries()
        if binaries is None:
            _fail_or_skip(f"no PostgreSQL under /usr/lib/postgresql: {problem or 'apt-get installed none there'}")
    folder = Path(tempfile.mkdtemp(prefix="factcheck-postgres-"))
    try:
        url = _start_postgres(binaries, folder)  # type: ignore[arg-type]
        yield url
    finally:
        if (folder / "data" / "postmaster.pid").exists():
            _as_postgres([str(binaries / "pg_ctl"), "stop", "-D", str(folder / "data"), "-m", "fast", "-w"])
        shutil.rmtree(folder, ignore_errors=True)


def _fail_or_skip(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _postgres_binaries() -> Path | None:
    """The newest of Debian's PostgreSQL versions installed, its bin folder."""
    found = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/pg_ctl") if p.parent.parent.name.isdigit()]
    return max(found, key=lambda p: int(p.parent.name)) if found else None


def _start_postgres(binaries: Path, folder: Path) -> str:
    """initdb into ``folder``/data and start the server on a free port of 127.0.0.1; its `postgres` database's URL."""
    (folder / "password").write_text(POSTGRES_PASSWORD, encoding="utf-8")
    if os.geteuid() == 0:
        if _postgres_uid() is None:
            _fail_or_skip("PostgreSQL refuses to run as root, and there is no `postgres` user to run it")
        shutil.chown(folder, "postgres")
        shutil.chown(folder / "password", "postgres")
    _as_postgres([str(binaries / "initdb"), "-D", str(folder / "data"), "-U", "factcheck", "-E", "UTF8",
                  "--no-locale", f"--pwfile={folder / 'password'}", "--auth-local=trust",
                  "--auth-host=scram-sha-256"])
    with socket.socket() as probe:  # a port free now; the server takes it a moment later
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    options = f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c fsync=off"
    _as_postgres([str(binaries / "pg_ctl"), "start", "-D", str(folder / "data"), "-l", str(folder / "log"), "-w",
                  "-o", options])
    return f"postgresql://factcheck:{POSTGRES_PASSWORD}@127.0.0.1:{port}/postgres"


def _postgres_uid() -> int | None:
    try:
        return pwd.getpwnam("postgres").pw_uid
    except KeyError:
        return None


def _as_postgres(command: list[str]) -> None:
    """Run a PostgreSQL program, as the `postgres` user when we are root; a failure stops the tests with its
    output."""
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        _fail_or_skip(f"`{' '.join(command)}` failed: {(done.stdout + done.stderr).strip()}")


@pytest.fixture
def postgres_database(postgres_server: str) -> str:
    """A new, empty database on the session's PostgreSQL server; its URL."""
    import psycopg

    name = f"test_{next(_DATABASES)}"
    with psycopg.connect(postgres_server, autocommit=True) as db:
        db.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    return postgres_server.rsplit("/", 1)[0] + f"/{name}"


def cli_json(*args: str) -> tuple[int, dict]:
    """Run the CLI in-process from the repository root with ``--format json``; (exit code, parsed output)."""
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            code = main([*args, "--format", "json"])
    finally:
        os.chdir(cwd)
    return code, json.loads(out.getvalue())


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code, out, _err = run_cli(capsys, *args, "--format", "json")
    return code, json.loads(out)
