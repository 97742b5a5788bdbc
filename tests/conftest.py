from __future__ import annotations

import contextlib
import io
import json
import os
import socket
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """factcheck never touches the network: any attempt to connect fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("factcheck tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The evaluation data in ../shared/data. In CI its absence is a failure, never a silent skip."""
    if not SHARED_DATA.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"evaluation data not found at {SHARED_DATA}")
        pytest.skip(f"evaluation data not found at {SHARED_DATA}")
    return SHARED_DATA


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
