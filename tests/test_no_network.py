"""The autouse fixture ``no_network`` (tests/conftest.py) blocks the network for every test: proved here, so that
the whole suite passing means factcheck needed no network."""

from __future__ import annotations

import socket
import urllib.request

import pytest


def test_a_socket_cannot_connect() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(AssertionError, match="network"):
        sock.connect(("127.0.0.1", 9))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(AssertionError, match="network"):
        sock.connect_ex(("127.0.0.1", 9))


def test_no_datagram_and_no_host_name_lookup() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(AssertionError, match="network"):
        sock.sendto(b"x", ("127.0.0.1", 9))
    with pytest.raises(AssertionError, match="network"):
        socket.getaddrinfo("example.org", 80)


def test_http_cannot_reach_out() -> None:
    with pytest.raises(AssertionError, match="network"):
        urllib.request.urlopen("http://example.org/", timeout=1)
    with pytest.raises(AssertionError, match="network"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
