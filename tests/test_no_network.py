"""The no_network fixture (tests/conftest.py): connections to other machines fail the test, loopback does not."""

from __future__ import annotations

import socket

import pytest


@pytest.mark.parametrize("address", [("192.0.2.1", 80), ("2001:db8::1", 80, 0, 0), ("example.org", 443)])
def test_a_connection_to_another_machine_fails_the_test(address: tuple) -> None:
    family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock, pytest.raises(AssertionError, match="network"):
        sock.connect(address)
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(address[:2], timeout=1)


def test_loopback_is_not_the_network() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=5), socket.socket() as other:
            other.connect(("localhost", port))
