"""The autouse fixture ``no_network`` (tests/conftest.py) blocks the network for every test: proved here, so that
the whole suite passing means factcheck needed no network. Loopback is not the network (`factcheck batch` talks
to its own local Dask processes over 127.0.0.1)."""

from __future__ import annotations

import socket
import urllib.request

import pytest

ELSEWHERE = [("192.0.2.1", 80), ("2001:db8::1", 80, 0, 0), ("example.org", 443)]


@pytest.mark.parametrize("address", ELSEWHERE)
def test_a_connection_to_another_machine_fails_the_test(address: tuple) -> None:
    family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock, pytest.raises(AssertionError, match="network"):
        sock.connect(address)
    with socket.socket(family, socket.SOCK_STREAM) as sock, pytest.raises(AssertionError, match="network"):
        sock.connect_ex(address)
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(address[:2], timeout=1)


def test_no_datagram_and_no_host_name_lookup() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(AssertionError, match="network"):
        sock.sendto(b"x", ("192.0.2.1", 53))
    with pytest.raises(AssertionError, match="network"):
        socket.getaddrinfo("example.org", 80)


def test_http_cannot_reach_out() -> None:
    with pytest.raises(AssertionError, match="network"):
        urllib.request.urlopen("http://example.org/", timeout=1)


def test_loopback_is_not_the_network() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=5), socket.socket() as other:
            other.connect(("localhost", port))
