from __future__ import annotations

import contextlib
import io
import ipaddress
import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", ROOT.parent / "shared" / "data"))
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")  # where Debian's package puts it
CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", DEBIAN_CHROMIUM))

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
    if os.geteuid() != 0:
        return "run `apt-get install chromium` as root (the tests install it themselves only when run as root)"
    if shutil.which("apt-get") is None:
        return "apt-get is not available to install it"
    tell(f"factcheck tests: no Chromium at {CHROMIUM}; installing Debian's chromium with apt-get for the browser "
         "tests (it can take minutes); `pytest -m \"not slow\"` runs without the browser tests")
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
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
    return None if CHROMIUM.exists() else "apt-get installed chromium, but not at that path"


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
